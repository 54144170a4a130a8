# Grant a partner account the flow's content, encrypted with a static key; the partner pays
# half of the data transfer.
resource "awsmedia_mediaconnect_flow" "stadium" {
  name = "stadium-feed"
  source {
    name           = "main-encoder"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "203.0.113.0/24"
  }
}

resource "awsmedia_mediaconnect_flow_entitlement" "partner" {
  flow_arn                             = awsmedia_mediaconnect_flow.stadium.flow_arn
  name                                 = "partner-broadcaster"
  description                          = "Rights holder in another region"
  subscribers                          = ["444455556666"]
  data_transfer_subscriber_fee_percent = 50
  entitlement_status                   = "ENABLED"

  encryption {
    algorithm  = "aes128"
    key_type   = "static-key"
    role_arn   = "arn:aws:iam::111122223333:role/MediaConnectSecrets"
    secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:partner-key-AbCdEf"
  }
}

output "entitlement_arn" {
  value = awsmedia_mediaconnect_flow_entitlement.partner.entitlement_arn
}
