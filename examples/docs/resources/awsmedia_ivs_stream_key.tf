# A channel and the key its broadcaster streams with. Creating the key replaces the one IVS
# issued with the channel; `terraform apply -replace=awsmedia_ivs_stream_key.show` rotates it.
resource "awsmedia_ivs_channel" "show" {
  name         = "evening-news"
  latency_mode = "LOW"
}

resource "awsmedia_ivs_stream_key" "show" {
  channel_arn = awsmedia_ivs_channel.show.arn
  tags        = { rotated-by = "terraform" }
}

output "stream_key" {
  value     = awsmedia_ivs_stream_key.show.value
  sensitive = true
}

output "playback_url" {
  value = awsmedia_ivs_channel.show.playback_url
}
