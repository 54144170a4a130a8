# A flow made elsewhere: where its source listens and whether it runs.
data "awsmedia_mediaconnect_flow" "stadium" {
  flow_arn = "arn:aws:mediaconnect:us-east-1:111122223333:flow:1-23aBC45dEF67hiJ8-12AbC34DE5fG:stadium-feed"
}

output "ingest_ip" {
  value = data.awsmedia_mediaconnect_flow.stadium.source.ingest_ip
}

output "status" {
  value = data.awsmedia_mediaconnect_flow.stadium.status
}
