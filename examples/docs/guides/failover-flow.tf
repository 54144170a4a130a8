# Two encoders feeding one flow: MERGE mode combines the packets of both; FAILOVER mode would
# switch to the backup when the primary fails and back after the recovery window.
resource "awsmedia_mediaconnect_flow" "match" {
  name    = "match-feed"
  running = true

  source {
    name           = "encoder-a"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "203.0.113.0/24"
  }

  source_failover_config {
    state           = "ENABLED"
    failover_mode   = "MERGE"
    recovery_window = 500
  }
}

resource "awsmedia_mediaconnect_flow_source" "encoder_b" {
  flow_arn       = awsmedia_mediaconnect_flow.match.flow_arn
  name           = "encoder-b"
  protocol       = "zixi-push"
  ingest_port    = 2088
  whitelist_cidr = "198.51.100.0/24"
}

resource "awsmedia_mediaconnect_flow_output" "playout" {
  flow_arn    = awsmedia_mediaconnect_flow.match.flow_arn
  name        = "playout"
  protocol    = "rtp-fec"
  destination = "192.0.2.20"
  port        = 5000
}

output "ingest" {
  value = {
    a = awsmedia_mediaconnect_flow.match.source.ingest_ip
    b = awsmedia_mediaconnect_flow_source.encoder_b.ingest_ip
  }
}
