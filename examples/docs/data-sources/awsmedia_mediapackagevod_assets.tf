# The assets of one packaging group.
data "awsmedia_mediapackagevod_assets" "replays" {
  packaging_group_id = "replays"
}

output "asset_ids" {
  value = [for a in data.awsmedia_mediapackagevod_assets.replays.assets : a.id]
}
