# An asset's playback URLs, one per packaging configuration of its group.
data "awsmedia_mediapackagevod_asset" "final" {
  id = "cup-final-2024"
}

output "playback_urls" {
  value = { for e in data.awsmedia_mediapackagevod_asset.final.egress_endpoints : e.packaging_configuration_id => e.url }
}
