# A channel's key, found by the channel's ARN (a channel holds one key); `arn` works too.
data "awsmedia_ivs_stream_key" "show" {
  channel_arn = "arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
}

output "stream_key" {
  value     = data.awsmedia_ivs_stream_key.show.value
  sensitive = true
}
