# The assets of one packaging group.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodAssets, cdk


class GroupAssets(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = DataAwsmediaMediapackagevodAssets(self, "replays", packaging_group_id="replays")

        assets = cdk.TerraformIterator.from_list(replays.assets)
        cdk.TerraformOutput(self, "asset_ids", value=assets.pluck_property("id"))


if __name__ == "__main__":
    app = cdk.App()
    GroupAssets(app, "group-assets")
    app.synth()
