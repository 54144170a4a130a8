# A packaging group for replays, with CDN authorization: the CDN sends a secret header that the
# group checks, the secret kept in Secrets Manager.
resource "awsmedia_mediapackagevod_packaging_group" "replays" {
  id = "replays"

  authorization {
    cdn_identifier_secret = "arn:aws:secretsmanager:us-east-1:111122223333:secret:cdn-header-AbCdEf"
    secrets_role_arn      = "arn:aws:iam::111122223333:role/MediaPackageSecrets"
  }

  tags = { team = "vod" }
}

output "group_domain" {
  value = awsmedia_mediapackagevod_packaging_group.replays.domain_name
}
