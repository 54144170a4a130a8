# Every flow of the account and region, with the ARNs of those that run now.
data "awsmedia_mediaconnect_flows" "all" {}

output "active_flows" {
  value = [for f in data.awsmedia_mediaconnect_flows.all.flows : f.flow_arn if f.status == "ACTIVE"]
}
