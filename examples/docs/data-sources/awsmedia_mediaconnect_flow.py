# A flow made elsewhere: where its source listens and whether it runs.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediaconnectFlow, cdk


class ExistingFlow(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        stadium = DataAwsmediaMediaconnectFlow(
            self,
            "stadium",
            flow_arn="arn:aws:mediaconnect:us-east-1:111122223333:flow:1-23aBC45dEF67hiJ8-12AbC34DE5fG:stadium-feed",
        )

        # `source` is one object: read its fields by path.
        cdk.TerraformOutput(self, "ingest_ip", value=stadium.get_string_attribute("source.ingest_ip"))
        cdk.TerraformOutput(self, "status", value=stadium.status)


if __name__ == "__main__":
    app = cdk.App()
    ExistingFlow(app, "existing-flow")
    app.synth()
