# A recorded match ingested from S3 into a packaging group with an HLS configuration; each
# configuration of the group gives the asset one egress endpoint.
from constructs import Construct

from awsmedia.constructs import (
    AwsmediaProvider,
    MediapackagevodAsset,
    MediapackagevodPackagingConfiguration,
    MediapackagevodPackagingGroup,
    cdk,
)


class MatchReplay(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = MediapackagevodPackagingGroup(self, "replays", id="replays")
        hls = MediapackagevodPackagingConfiguration(
            self,
            "hls",
            id="replays-hls",
            packaging_group_id=replays.id,
            hls_package={"hls_manifests": [{"manifest_name": "index"}]},
        )
        final = MediapackagevodAsset(
            self,
            "final",
            id="cup-final-2024",
            packaging_group_id=replays.id,
            source_arn="arn:aws:s3:::replays-source/cup-final-2024/index.smil",
            source_role_arn="arn:aws:iam::111122223333:role/MediaPackageIngest",
            resource_id="cup-final-2024",
            tags={"season": "2024"},
            # Endpoints are made for the configurations the group has when the asset is ingested.
            depends_on=[hls],
        )

        endpoints = cdk.TerraformIterator.from_list(final.egress_endpoints)
        cdk.TerraformOutput(self, "playback_urls", value=endpoints.pluck_property("url"))


if __name__ == "__main__":
    app = cdk.App()
    MatchReplay(app, "match-replay")
    app.synth()
