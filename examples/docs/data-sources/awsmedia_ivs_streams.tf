# Every live stream in the region, by channel.
data "awsmedia_ivs_streams" "live" {}

output "live_channels" {
  value = [for s in data.awsmedia_ivs_streams.live.streams : s.channel_arn]
}
