# How a packaging configuration segments its HLS output.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediapackagevodPackagingConfiguration, cdk


class HlsSegments(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        hls = DataAwsmediaMediapackagevodPackagingConfiguration(self, "hls", id="replays-hls")

        # `hls_package` is one object: read its fields by path.
        seconds = hls.get_number_attribute("hls_package.segment_duration_seconds")
        cdk.TerraformOutput(self, "segment_seconds", value=seconds)


if __name__ == "__main__":
    app = cdk.App()
    HlsSegments(app, "hls-segments")
    app.synth()
