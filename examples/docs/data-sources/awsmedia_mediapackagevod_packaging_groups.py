# Every packaging group of the account and region.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodPackagingGroups, cdk


class AllGroups(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        everything = DataAwsmediaMediapackagevodPackagingGroups(self, "all")

        groups = cdk.TerraformIterator.from_list(everything.packaging_groups)
        cdk.TerraformOutput(self, "group_ids", value=groups.pluck_property("id"))


if __name__ == "__main__":
    app = cdk.App()
    AllGroups(app, "all-groups")
    app.synth()
