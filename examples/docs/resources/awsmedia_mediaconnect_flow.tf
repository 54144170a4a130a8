# A contribution flow from a stadium: a Zixi push source (ingest port 2088), failover in merge
# mode for a second source added as awsmedia_mediaconnect_flow_source, a weekly maintenance window,
# and the flow started once created.
resource "awsmedia_mediaconnect_flow" "stadium" {
  name              = "stadium-feed"
  availability_zone = "us-east-1a"
  running           = true

  source {
    name           = "main-encoder"
    description    = "Encoder in the OB van"
    protocol       = "zixi-push"
    ingest_port    = 2088
    max_latency    = 2000
    whitelist_cidr = "203.0.113.0/24"
  }

  source_failover_config {
    state           = "ENABLED"
    failover_mode   = "MERGE"
    recovery_window = 300
  }

  maintenance {
    maintenance_day        = "Tuesday"
    maintenance_start_hour = "04:00"
  }
}

output "ingest_ip" {
  value = awsmedia_mediaconnect_flow.stadium.source.ingest_ip
}
