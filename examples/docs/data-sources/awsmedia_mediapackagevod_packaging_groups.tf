# Every packaging group of the account and region.
data "awsmedia_mediapackagevod_packaging_groups" "all" {}

output "group_ids" {
  value = [for g in data.awsmedia_mediapackagevod_packaging_groups.all.packaging_groups : g.id]
}
