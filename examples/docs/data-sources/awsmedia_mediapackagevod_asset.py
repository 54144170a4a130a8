# An asset's playback URLs, one per packaging configuration of its group.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodAsset, cdk


class AssetUrls(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        final = DataAwsmediaMediapackagevodAsset(self, "final", id="cup-final-2024")

        endpoints = cdk.TerraformIterator.from_list(final.egress_endpoints)
        cdk.TerraformOutput(
            self,
            "playback_urls",
            value=endpoints.for_expression_for_map("val.packaging_configuration_id", "val.url"),
        )


if __name__ == "__main__":
    app = cdk.App()
    AssetUrls(app, "asset-urls")
    app.synth()
