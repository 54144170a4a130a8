# Look up a channel made elsewhere and hand its ingest server to the encoder team.
data "awsmedia_ivs_channel" "show" {
  arn = "arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
}

output "ingest_server" {
  value = "rtmps://${data.awsmedia_ivs_channel.show.ingest_endpoint}:443/app/"
}

output "latency_mode" {
  value = data.awsmedia_ivs_channel.show.latency_mode
}
