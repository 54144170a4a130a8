# A packaging group's domain, to point a CDN at.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodPackagingGroup, cdk


class OriginDomain(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = DataAwsmediaMediapackagevodPackagingGroup(self, "replays", id="replays")

        cdk.TerraformOutput(self, "origin_domain", value=replays.domain_name)


if __name__ == "__main__":
    app = cdk.App()
    OriginDomain(app, "origin-domain")
    app.synth()
