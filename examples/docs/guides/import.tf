# The channel as it is: after `terraform import`, `terraform plan` shows any difference.
resource "awsmedia_ivs_channel" "imported" {
  name         = "legacy-show"
  latency_mode = "NORMAL"
}
