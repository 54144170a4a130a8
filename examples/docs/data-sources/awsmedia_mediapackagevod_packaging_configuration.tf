# How a packaging configuration segments its HLS output.
data "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id = "replays-hls"
}

output "segment_seconds" {
  value = data.awsmedia_mediapackagevod_packaging_configuration.hls.hls_package.segment_duration_seconds
}
