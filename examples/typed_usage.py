"""A small typed program against the generated clients; `mypy --strict` checks it in CI."""

from __future__ import annotations

from collections.abc import Iterator

from awsmedia.clients.ivs import ChannelLatencyMode, ChannelSummary, IvsClient
from awsmedia.clients.mediaconnect import AddOutputRequest, Encryption, MediaConnectClient, SetSourceRequest
from awsmedia.clients.mediapackage_vod import MediaPackageVodClient, PackagingGroup


def low_latency_channels(ivs: IvsClient) -> Iterator[ChannelSummary]:
    mode: ChannelLatencyMode = "LOW"
    return (c for c in ivs.iter_channels() if c.latency_mode == mode)


def create_flow(mc: MediaConnectClient) -> str:
    response = mc.create_flow(
        name="typed",
        source=SetSourceRequest(
            name="src", protocol="srt-listener", ingest_port=5000, whitelist_cidr="10.0.0.0/16"
        ),
        outputs=[
            AddOutputRequest(
                protocol="rtp",
                destination="198.51.100.1",
                port=5000,
                encryption=Encryption(role_arn="arn:aws:iam::123456789012:role/mc", algorithm="aes256"),
            )
        ],
    )
    assert response.flow is not None and response.flow.flow_arn is not None
    return response.flow.flow_arn


def group_ids(vod: MediaPackageVodClient) -> list[str]:
    groups: list[PackagingGroup] = list(vod.iter_packaging_groups(max_results=10))
    return [g.id for g in groups if g.id is not None]
