# A low-latency channel for a live show, with its playback URL and ingest server as outputs.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, IvsChannel, cdk


class LiveShow(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        show = IvsChannel(
            self,
            "show",
            name="evening-news",
            latency_mode="LOW",
            type="STANDARD",
            tags={"team": "news", "env": "production"},
        )

        cdk.TerraformOutput(self, "playback_url", value=show.playback_url)
        cdk.TerraformOutput(self, "ingest_server", value=f"rtmps://{show.ingest_endpoint}:443/app/")


if __name__ == "__main__":
    app = cdk.App()
    LiveShow(app, "live-show")
    app.synth()
