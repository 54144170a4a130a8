# Two outputs of one flow: RTP to the studio, and SRT in listener mode for a remote production
# team, encrypted with a password kept in Secrets Manager.
resource "awsmedia_mediaconnect_flow" "stadium" {
  name = "stadium-feed"
  source {
    name           = "main-encoder"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "203.0.113.0/24"
  }
}

resource "awsmedia_mediaconnect_flow_output" "studio" {
  flow_arn          = awsmedia_mediaconnect_flow.stadium.flow_arn
  name              = "studio"
  description       = "Playout in the main studio"
  protocol          = "rtp"
  destination       = "192.0.2.10"
  port              = 5000
  smoothing_latency = 100
}

resource "awsmedia_mediaconnect_flow_output" "remote" {
  flow_arn        = awsmedia_mediaconnect_flow.stadium.flow_arn
  name            = "remote-production"
  protocol        = "srt-listener"
  port            = 5001
  min_latency     = 2000
  cidr_allow_list = ["198.51.100.0/24"]

  encryption {
    algorithm  = "aes256"
    key_type   = "srt-password"
    role_arn   = "arn:aws:iam::111122223333:role/MediaConnectSecrets"
    secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:srt-password-AbCdEf"
  }
}

output "remote_listener" {
  value = "${awsmedia_mediaconnect_flow_output.remote.listener_address}:5001"
}
