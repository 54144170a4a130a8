# The live stream of a channel: its state and health while it is on air.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsStream, cdk


class StreamHealth(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = DataAwsmediaIvsStream(
            self, "show", channel_arn="arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
        )

        # `stream` is one object: read its fields by path.
        state = show.get_string_attribute("stream.state")
        health = show.get_string_attribute("stream.health")
        cdk.TerraformOutput(self, "stream_health", value=f"{state}: {health}")


if __name__ == "__main__":
    app = cdk.App()
    StreamHealth(app, "stream-health")
    app.synth()
