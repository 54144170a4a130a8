# A small live-video stack for the awsmedia provider: an IVS channel with its own stream key,
# a MediaConnect flow with a failover source, an output and an entitlement, and a VOD packaging
# group with one HLS configuration. `examples/terraform_demo.py` applies it against the local
# backend; point `endpoint` at nothing (null) to use real AWS with your usual credentials.
terraform {
  required_providers {
    awsmedia = { source = "awsmedia/awsmedia" }
  }
}

variable "endpoint" {
  type    = string
  default = null
}

provider "awsmedia" {
  region = "us-east-1"
  endpoints {
    ivs             = var.endpoint
    mediaconnect    = var.endpoint
    mediapackagevod = var.endpoint
  }
}

resource "awsmedia_ivs_channel" "live" {
  name         = "evening-news"
  latency_mode = "LOW"
  tags         = { team = "news" }
}

# Replaces the key IVS issues with the channel; `terraform apply -replace` rotates it.
resource "awsmedia_ivs_stream_key" "live" {
  channel_arn = awsmedia_ivs_channel.live.arn
}

resource "awsmedia_mediaconnect_flow" "contribution" {
  name    = "stadium-feed"
  running = true
  source {
    name           = "main"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "203.0.113.0/24"
  }
  source_failover_config {
    state           = "ENABLED"
    failover_mode   = "MERGE"
    recovery_window = 300
  }
}

resource "awsmedia_mediaconnect_flow_source" "backup" {
  flow_arn       = awsmedia_mediaconnect_flow.contribution.flow_arn
  name           = "backup"
  protocol       = "zixi-push"
  ingest_port    = 2088
  whitelist_cidr = "198.51.100.0/24"
}

resource "awsmedia_mediaconnect_flow_output" "to_studio" {
  flow_arn    = awsmedia_mediaconnect_flow.contribution.flow_arn
  name        = "studio"
  protocol    = "rtp"
  destination = "192.0.2.10"
  port        = 5000
}

resource "awsmedia_mediaconnect_flow_entitlement" "partner" {
  flow_arn    = awsmedia_mediaconnect_flow.contribution.flow_arn
  name        = "partner"
  subscribers = ["111122223333"]
}

resource "awsmedia_mediapackagevod_packaging_group" "vod" {
  id   = "replays"
  tags = { team = "news" }
}

resource "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id                 = "replays-hls"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.vod.id
  hls_package {
    hls_manifests {
      manifest_name = "index"
    }
  }
}

data "awsmedia_mediaconnect_flow" "contribution" {
  flow_arn = awsmedia_mediaconnect_flow.contribution.flow_arn
}

output "playback_url" {
  value = awsmedia_ivs_channel.live.playback_url
}

output "ingest_ip" {
  value = awsmedia_mediaconnect_flow.contribution.source.ingest_ip
}

output "flow_status" {
  value = data.awsmedia_mediaconnect_flow.contribution.status
}
