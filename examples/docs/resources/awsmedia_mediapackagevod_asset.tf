# A recorded match ingested from S3 into a packaging group with an HLS configuration; each
# configuration gives the asset one egress endpoint.
resource "awsmedia_mediapackagevod_packaging_group" "replays" {
  id = "replays"
}

resource "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id                 = "replays-hls"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.replays.id
  hls_package {
    hls_manifests {
      manifest_name = "index"
    }
  }
}

resource "awsmedia_mediapackagevod_asset" "final" {
  id                 = "cup-final-2024"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.replays.id
  source_arn         = "arn:aws:s3:::replays-source/cup-final-2024/index.smil"
  source_role_arn    = "arn:aws:iam::111122223333:role/MediaPackageIngest"
  resource_id        = "cup-final-2024"
  tags               = { season = "2024" }

  depends_on = [awsmedia_mediapackagevod_packaging_configuration.hls]
}

output "playback_urls" {
  value = [for e in awsmedia_mediapackagevod_asset.final.egress_endpoints : e.url]
}
