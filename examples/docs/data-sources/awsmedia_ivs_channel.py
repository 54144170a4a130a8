# Look up a channel made elsewhere and hand its ingest server to the encoder team.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsChannel, cdk


class ExistingChannel(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = DataAwsmediaIvsChannel(
            self, "show", arn="arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
        )

        cdk.TerraformOutput(self, "ingest_server", value=f"rtmps://{show.ingest_endpoint}:443/app/")
        cdk.TerraformOutput(self, "latency_mode", value=show.latency_mode)


if __name__ == "__main__":
    app = cdk.App()
    ExistingChannel(app, "existing-channel")
    app.synth()
