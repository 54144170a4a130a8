# A channel's key, found by the channel's ARN (a channel holds one key); `arn=` works too.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsStreamKey, cdk


class ChannelKey(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = DataAwsmediaIvsStreamKey(
            self, "show", channel_arn="arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
        )

        cdk.TerraformOutput(self, "stream_key", value=show.value, sensitive=True)


if __name__ == "__main__":
    app = cdk.App()
    ChannelKey(app, "channel-key")
    app.synth()
