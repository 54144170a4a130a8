# A packaging group's domain, to point a CDN at.
data "awsmedia_mediapackagevod_packaging_group" "replays" {
  id = "replays"
}

output "origin_domain" {
  value = data.awsmedia_mediapackagevod_packaging_group.replays.domain_name
}
