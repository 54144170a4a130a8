# A channel and the key its broadcaster streams with. Creating the key replaces the one IVS issued
# with the channel; `terraform apply -replace=awsmedia_ivs_stream_key.key` (in the synthesized
# stack's folder) rotates it.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, IvsChannel, IvsStreamKey, cdk


class ShowWithKey(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = IvsChannel(self, "show", name="evening-news", latency_mode="LOW")
        key = IvsStreamKey(self, "key", channel_arn=show.arn, tags={"rotated-by": "terraform"})

        # The key's value is sensitive: an output of it must say so.
        cdk.TerraformOutput(self, "stream_key", value=key.value, sensitive=True)
        cdk.TerraformOutput(self, "playback_url", value=show.playback_url)


if __name__ == "__main__":
    app = cdk.App()
    ShowWithKey(app, "show-with-key")
    app.synth()
