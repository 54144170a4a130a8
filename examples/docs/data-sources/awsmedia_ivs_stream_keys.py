# The keys of one channel (ARNs only; read a key's value with DataAwsmediaIvsStreamKey).
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsStreamKeys, cdk


class ChannelKeys(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = DataAwsmediaIvsStreamKeys(
            self, "show", channel_arn="arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
        )

        keys = cdk.TerraformIterator.from_list(show.stream_keys)
        cdk.TerraformOutput(self, "key_arns", value=keys.pluck_property("arn"))


if __name__ == "__main__":
    app = cdk.App()
    ChannelKeys(app, "channel-keys")
    app.synth()
