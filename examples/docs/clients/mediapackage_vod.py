"""A packaging group with an HLS configuration and an asset, against the local backend."""

import os

from awsmedia.clients.mediapackage_vod import HlsManifest, HlsPackage, MediaPackageVodClient

endpoint = os.environ.get("AWSMEDIA_ENDPOINT", "http://127.0.0.1:4580")
vod = MediaPackageVodClient(endpoint_url=endpoint, region_name="us-east-1")

vod.create_packaging_group(id="replays", tags={"team": "vod"})
vod.create_packaging_configuration(
    id="replays-hls",
    packaging_group_id="replays",
    hls_package=HlsPackage(hls_manifests=[HlsManifest(manifest_name="index")], segment_duration_seconds=6),
)
asset = vod.create_asset(
    id="cup-final",
    packaging_group_id="replays",
    source_arn="arn:aws:s3:::replays-source/cup-final/index.smil",
    source_role_arn="arn:aws:iam::111122223333:role/MediaPackageIngest",
)
for endpoint_ in asset.egress_endpoints or []:
    print(endpoint_.packaging_configuration_id, endpoint_.url)

print([a.id for a in vod.iter_assets(packaging_group_id="replays")])
vod.delete_asset(id="cup-final")
vod.delete_packaging_configuration(id="replays-hls")
vod.delete_packaging_group(id="replays")
