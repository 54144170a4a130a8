# HLS with SPEKE encryption (FairPlay and Widevine system ids) and renditions ordered by bitrate,
# plus a DASH configuration in the same group.
from constructs import Construct

from awsmedia.constructs import (
    AwsmediaProvider,
    MediapackagevodPackagingConfiguration,
    MediapackagevodPackagingGroup,
    cdk,
)

FAIRPLAY = "94ce86fb-07ff-4f43-adb8-93d2fa968ca2"
WIDEVINE = "edef8ba9-79d6-4ace-a3c8-27dcd51d21ed"


class ReplayFormats(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        replays = MediapackagevodPackagingGroup(self, "replays", id="replays")
        MediapackagevodPackagingConfiguration(
            self,
            "hls",
            id="replays-hls",
            packaging_group_id=replays.id,
            hls_package={
                "segment_duration_seconds": 6,
                "use_audio_rendition_group": True,
                "encryption": {
                    "encryption_method": "SAMPLE_AES",
                    "speke_key_provider": {
                        "role_arn": "arn:aws:iam::111122223333:role/MediaPackageSpeke",
                        "url": "https://keys.example.com/speke/v1",
                        "system_ids": [FAIRPLAY, WIDEVINE],
                    },
                },
                "hls_manifests": [
                    {
                        "manifest_name": "index",
                        "ad_markers": "SCTE35_ENHANCED",
                        "program_date_time_interval_seconds": 60,
                        "stream_selection": {
                            "stream_order": "VIDEO_BITRATE_DESCENDING",
                            "max_video_bits_per_second": 8000000,
                        },
                    }
                ],
            },
            tags={"format": "hls"},
        )
        dash = MediapackagevodPackagingConfiguration(
            self,
            "dash",
            id="replays-dash",
            packaging_group_id=replays.id,
            dash_package={
                "segment_duration_seconds": 4,
                "dash_manifests": [{"manifest_name": "index", "profile": "NONE", "manifest_layout": "FULL"}],
            },
        )

        cdk.TerraformOutput(self, "dash_configuration_arn", value=dash.arn)


if __name__ == "__main__":
    app = cdk.App()
    ReplayFormats(app, "replay-formats")
    app.synth()
