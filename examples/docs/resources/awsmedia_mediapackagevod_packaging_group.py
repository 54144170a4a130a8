# A packaging group for replays, with CDN authorization: the CDN sends a secret header that the
# group checks, the secret kept in Secrets Manager.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, MediapackagevodPackagingGroup, cdk


class ReplayGroup(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = MediapackagevodPackagingGroup(
            self,
            "replays",
            id="replays",
            authorization={
                "cdn_identifier_secret": "arn:aws:secretsmanager:us-east-1:111122223333:secret:cdn-header-AbCdEf",
                "secrets_role_arn": "arn:aws:iam::111122223333:role/MediaPackageSecrets",
            },
            tags={"team": "vod"},
        )

        cdk.TerraformOutput(self, "group_domain", value=replays.domain_name)


if __name__ == "__main__":
    app = cdk.App()
    ReplayGroup(app, "replay-group")
    app.synth()
