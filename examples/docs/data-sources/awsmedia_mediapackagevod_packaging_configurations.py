# The configurations of one packaging group, by id.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodPackagingConfigurations, cdk


class GroupConfigurations(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = DataAwsmediaMediapackagevodPackagingConfigurations(
            self, "replays", packaging_group_id="replays"
        )

        configurations = cdk.TerraformIterator.from_list(replays.packaging_configurations)
        cdk.TerraformOutput(self, "configuration_ids", value=configurations.pluck_property("id"))


if __name__ == "__main__":
    app = cdk.App()
    GroupConfigurations(app, "group-configurations")
    app.synth()
