# Entitlements other accounts granted to this one: subscribe to one with a flow source.
data "awsmedia_mediaconnect_entitlements" "granted" {}

output "granted_entitlements" {
  value = { for e in data.awsmedia_mediaconnect_entitlements.granted.entitlements : e.entitlement_name => e.entitlement_arn }
}
