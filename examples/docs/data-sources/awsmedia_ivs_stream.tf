# The live stream of a channel: its state and health while it is on air.
data "awsmedia_ivs_stream" "show" {
  channel_arn = "arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
}

output "stream_health" {
  value = "${data.awsmedia_ivs_stream.show.stream.state}: ${data.awsmedia_ivs_stream.show.stream.health}"
}
