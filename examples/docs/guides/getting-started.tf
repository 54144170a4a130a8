terraform {
  required_providers {
    awsmedia = { source = "awsmedia/awsmedia" }
  }
}

variable "endpoint" {
  type    = string
  default = "http://127.0.0.1:4580"
}

# The local backend takes any credentials.
provider "awsmedia" {
  region     = "us-east-1"
  access_key = "local"
  secret_key = "local"
  endpoints {
    ivs             = var.endpoint
    mediaconnect    = var.endpoint
    mediapackagevod = var.endpoint
  }
}

resource "awsmedia_ivs_channel" "show" {
  name         = "first-show"
  latency_mode = "LOW"
}

resource "awsmedia_mediaconnect_flow" "feed" {
  name    = "first-feed"
  running = true
  source {
    name           = "encoder"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "10.0.0.0/16"
  }
}

resource "awsmedia_mediapackagevod_packaging_group" "replays" {
  id = "first-replays"
}

output "playback_url" {
  value = awsmedia_ivs_channel.show.playback_url
}

output "flow_ingest_ip" {
  value = awsmedia_mediaconnect_flow.feed.source.ingest_ip
}
