#!/usr/bin/env python
"""A live-video stack written with the awsmedia constructs: an IVS channel with a stream key; a
MediaConnect flow with two sources in failover, an output and an entitlement; a MediaPackage VOD
packaging group with HLS, DASH and CMAF packaging configurations and an asset.

    python main.py      # or `cdktf synth`: writes cdktf.out/stacks/media/cdk.tf.json

Then run terraform in cdktf.out/stacks/media (the state stays there). AWSMEDIA_ENDPOINT sends every
service to one endpoint (the local backend); without it the provider talks to AWS. The constructs
subclass cdktf's classes, or cdktn's when AWSMEDIA_CDK=cdktn.
"""

import os

from constructs import Construct

from awsmedia.constructs import (
    AwsmediaProvider,
    IvsChannel,
    IvsStreamKey,
    MediaconnectFlow,
    MediaconnectFlowEntitlement,
    MediaconnectFlowOutput,
    MediaconnectFlowSource,
    MediapackagevodAsset,
    MediapackagevodPackagingConfiguration,
    MediapackagevodPackagingGroup,
    cdk,
)

INGEST_ROLE = "arn:aws:iam::123456789012:role/vod-ingest"


class MediaStack(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str, endpoint: str | None):
        super().__init__(scope, id)
        # State beside the synthesized stack (cdktf.out/stacks/media), not in the source folder.
        cdk.LocalBackend(self, path="terraform.tfstate")
        AwsmediaProvider(
            self,
            "awsmedia",
            region="us-east-1",
            endpoints=(
                {"ivs": endpoint, "mediaconnect": endpoint, "mediapackagevod": endpoint} if endpoint else None
            ),
        )

        # Live: a low-latency IVS channel and the key a broadcaster streams with.
        channel = IvsChannel(self, "live", name="evening-news", latency_mode="LOW", tags={"team": "news"})
        key = IvsStreamKey(self, "live_key", channel_arn=channel.arn)

        # Contribution: a MediaConnect flow fed by two Zixi sources in failover.
        flow = MediaconnectFlow(
            self,
            "contribution",
            name="stadium-feed",
            source={
                "name": "main",
                "protocol": "zixi-push",
                "ingest_port": 2088,
                "whitelist_cidr": "203.0.113.0/24",
            },
            source_failover_config={"state": "ENABLED", "failover_mode": "FAILOVER", "recovery_window": 200},
        )
        backup = MediaconnectFlowSource(
            self,
            "backup",
            flow_arn=flow.flow_arn,
            name="backup",
            protocol="zixi-push",
            ingest_port=2088,
            whitelist_cidr="198.51.100.0/24",
        )
        MediaconnectFlowOutput(
            self,
            "to_studio",
            flow_arn=flow.flow_arn,
            name="studio",
            protocol="rtp",
            destination="192.0.2.10",
            port=5000,
        )
        MediaconnectFlowEntitlement(
            self, "partner", flow_arn=flow.flow_arn, name="partner", subscribers=["111122223333"]
        )

        # On demand: one packaging group, three packaging formats, one asset.
        group = MediapackagevodPackagingGroup(self, "vod", id="replays", tags={"team": "news"})
        formats = [
            MediapackagevodPackagingConfiguration(
                self,
                "hls",
                id="replays-hls",
                packaging_group_id=group.id,
                hls_package={"hls_manifests": [{"manifest_name": "index", "ad_markers": "SCTE35_ENHANCED"}]},
            ),
            MediapackagevodPackagingConfiguration(
                self,
                "dash",
                id="replays-dash",
                packaging_group_id=group.id,
                dash_package={
                    "segment_duration_seconds": 4,
                    "dash_manifests": [{"manifest_name": "tv", "manifest_layout": "COMPACT"}],
                },
            ),
            MediapackagevodPackagingConfiguration(
                self,
                "cmaf",
                id="replays-cmaf",
                packaging_group_id=group.id,
                cmaf_package={"hls_manifests": [{"manifest_name": "cmaf"}]},
            ),
        ]
        # Egress endpoints are made for the configurations the group has when the asset is ingested.
        asset = MediapackagevodAsset(
            self,
            "match",
            id="final-match",
            packaging_group_id=group.id,
            source_arn="arn:aws:s3:::vod-source/final-match.smil",
            source_role_arn=INGEST_ROLE,
            depends_on=formats,
        )

        cdk.TerraformOutput(self, "playback_url", value=channel.playback_url)
        cdk.TerraformOutput(self, "ingest_endpoint", value=channel.ingest_endpoint)
        cdk.TerraformOutput(self, "stream_key", value=key.value, sensitive=True)
        cdk.TerraformOutput(self, "flow_ingest_ip", value=flow.source.ingest_ip)
        cdk.TerraformOutput(self, "backup_ingest_ip", value=backup.ingest_ip)
        cdk.TerraformOutput(self, "flow_egress_ip", value=flow.egress_ip)
        cdk.TerraformOutput(self, "vod_egress_endpoints", value=asset.egress_endpoints)


app = cdk.App()
MediaStack(app, "media", os.environ.get("AWSMEDIA_ENDPOINT"))
app.synth()
