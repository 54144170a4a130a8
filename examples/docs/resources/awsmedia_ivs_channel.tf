# A low-latency channel for a live show, with its playback URL and ingest server as outputs.
resource "awsmedia_ivs_channel" "show" {
  name         = "evening-news"
  latency_mode = "LOW"
  type         = "STANDARD"
  tags = {
    team = "news"
    env  = "production"
  }
}

output "playback_url" {
  value = awsmedia_ivs_channel.show.playback_url
}

output "ingest_server" {
  value = "rtmps://${awsmedia_ivs_channel.show.ingest_endpoint}:443/app/"
}
