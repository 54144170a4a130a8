# Every live stream in the region, by channel.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsStreams, cdk


class LiveStreams(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        live = DataAwsmediaIvsStreams(self, "live")

        streams = cdk.TerraformIterator.from_list(live.streams)
        cdk.TerraformOutput(self, "live_channels", value=streams.pluck_property("channel_arn"))


if __name__ == "__main__":
    app = cdk.App()
    LiveStreams(app, "live-streams")
    app.synth()
