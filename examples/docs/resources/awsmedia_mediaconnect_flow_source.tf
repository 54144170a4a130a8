# The backup encoder of a failover flow: a second Zixi push source. A flow takes two sources
# only with failover enabled, and both must use the same protocol.
resource "awsmedia_mediaconnect_flow" "stadium" {
  name = "stadium-feed"

  source {
    name           = "main-encoder"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "203.0.113.0/24"
  }

  source_failover_config {
    state           = "ENABLED"
    failover_mode   = "FAILOVER"
    recovery_window = 200
    source_priority {
      primary_source = "main-encoder"
    }
  }
}

resource "awsmedia_mediaconnect_flow_source" "backup" {
  flow_arn       = awsmedia_mediaconnect_flow.stadium.flow_arn
  name           = "backup-encoder"
  description    = "Second encoder on a separate uplink"
  protocol       = "zixi-push"
  ingest_port    = 2088
  whitelist_cidr = "198.51.100.0/24"
}

output "backup_ingest_ip" {
  value = awsmedia_mediaconnect_flow_source.backup.ingest_ip
}
