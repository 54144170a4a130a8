resource "awsmedia_ivs_channel" "main" {
  name = "main-stage"
}

resource "awsmedia_ivs_stream_key" "main" {
  channel_arn = awsmedia_ivs_channel.main.arn
}

output "stream_key" {
  value     = awsmedia_ivs_stream_key.main.value
  sensitive = true
}
