# The configurations of one packaging group, by id.
data "awsmedia_mediapackagevod_packaging_configurations" "replays" {
  packaging_group_id = "replays"
}

output "configuration_ids" {
  value = [for c in data.awsmedia_mediapackagevod_packaging_configurations.replays.packaging_configurations : c.id]
}
