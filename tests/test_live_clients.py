"""The typed clients over real HTTP on 127.0.0.1.

The shared tests run twice: against moto's server (for what it implements faithfully: IVS
channels, MediaConnect flows, outputs and entitlements) and against the project's local backend.
Operations moto lacks (output removal, failover sources, MediaPackage VOD, IVS streams and keys)
run against the local backend only."""

from __future__ import annotations

from typing import Any

import pytest

from awsmedia.clients.ivs import IvsClient
from awsmedia.clients.mediaconnect import (
    AddOutputRequest,
    FailoverConfig,
    GrantEntitlementRequest,
    MediaConnectClient,
    SetSourceRequest,
    UpdateFailoverConfig,
)
from awsmedia.clients.mediapackage_vod import HlsManifest, HlsPackage, MediaPackageVodClient
from awsmedia_runtime import NotFoundError, ValidationError, WaiterError
from awsmedia_runtime.local.hooks import start_stream


@pytest.fixture(params=["moto", "local"])
def endpoint(request: pytest.FixtureRequest) -> str:
    name = "moto_endpoint" if request.param == "moto" else "local_endpoint"
    return str(request.getfixturevalue(name))


@pytest.fixture
def ivs(endpoint: str) -> IvsClient:
    return IvsClient(region_name="us-east-1", endpoint_url=endpoint)


@pytest.fixture
def mediaconnect(endpoint: str) -> MediaConnectClient:
    return MediaConnectClient(region_name="us-east-1", endpoint_url=endpoint)


def test_ivs_channel_lifecycle(ivs: IvsClient) -> None:
    created = ivs.create_channel(name="live-1", latency_mode="NORMAL", type="BASIC", tags={"env": "test"})
    assert created.channel is not None and created.channel.arn is not None
    arn = created.channel.arn
    got = ivs.get_channel(arn=arn).channel
    assert got is not None
    assert (got.name, got.latency_mode, got.type, got.tags) == ("live-1", "NORMAL", "BASIC", {"env": "test"})
    updated = ivs.update_channel(arn=arn, name="live-1b", latency_mode="LOW")
    assert updated.channel is not None and (updated.channel.name, updated.channel.latency_mode) == (
        "live-1b",
        "LOW",
    )
    batch = ivs.batch_get_channel(arns=[arn])
    assert [c.name for c in batch.channels or []] == ["live-1b"]
    ivs.delete_channel(arn=arn)
    with pytest.raises(NotFoundError) as info:
        ivs.get_channel(arn=arn)
    assert info.value.code == "ResourceNotFoundException" and info.value.status == 404


def test_ivs_list_paging_follows_tokens(ivs: IvsClient) -> None:
    arns = [ivs.create_channel(name=f"page-{i}").channel.arn for i in range(5)]  # type: ignore[union-attr]
    try:
        first = ivs.list_channels(filter_by_name="page-", max_results=2)
        assert len(first.channels or []) <= 2
        names = [c.name for c in ivs.iter_channels(max_results=2) if c.name and c.name.startswith("page-")]
        assert sorted(names) == [f"page-{i}" for i in range(5)]
    finally:
        for arn in arns:
            ivs.delete_channel(arn=arn)  # type: ignore[arg-type]


def test_ivs_validation_happens_before_sending(ivs: IvsClient) -> None:
    with pytest.raises(ValidationError) as info:
        ivs.create_channel(name="x" * 129, latency_mode="FAST")  # type: ignore[arg-type]
    paths = {p for p, _ in info.value.problems}
    assert paths == {"name", "latency_mode"}
    assert "NORMAL, LOW" in str(info.value)


def test_mediaconnect_flow_lifecycle(mediaconnect: MediaConnectClient) -> None:
    mc = mediaconnect
    flow = mc.create_flow(
        name="flow-1",
        availability_zone="us-east-1a",
        source=SetSourceRequest(
            name="cam", protocol="zixi-push", ingest_port=2088, whitelist_cidr="10.0.0.0/16"
        ),
        outputs=[AddOutputRequest(name="out-1", protocol="rtp", destination="198.51.100.1", port=5000)],
    ).flow
    assert flow is not None and flow.flow_arn is not None
    arn = flow.flow_arn
    assert flow.status == "STANDBY"
    described = mc.describe_flow(flow_arn=arn).flow
    assert described is not None and described.name == "flow-1"
    assert [o.name for o in described.outputs or []] == ["out-1"]
    assert arn in [f.flow_arn for f in mc.iter_flows()]

    mc.start_flow(flow_arn=arn)
    active = mc.wait_until_flow_active(flow_arn=arn, delay=0.1, timeout=10)
    assert active.flow is not None and active.flow.status == "ACTIVE"
    mc.stop_flow(flow_arn=arn)
    standby = mc.wait_until_flow_standby(flow_arn=arn, delay=0.1, timeout=10)
    assert standby.flow is not None and standby.flow.status == "STANDBY"
    mc.delete_flow(flow_arn=arn)
    assert mc.wait_until_flow_deleted(flow_arn=arn, delay=0.1, timeout=10) is None
    with pytest.raises(NotFoundError):
        mc.describe_flow(flow_arn=arn)


def test_mediaconnect_outputs_and_entitlements(mediaconnect: MediaConnectClient) -> None:
    mc = mediaconnect
    flow = mc.create_flow(
        name="flow-2",
        source=SetSourceRequest(name="cam", protocol="rtp", ingest_port=5000, whitelist_cidr="10.0.0.0/16"),
    ).flow
    assert flow is not None and flow.flow_arn is not None
    arn = flow.flow_arn
    added = mc.add_flow_outputs(
        flow_arn=arn,
        outputs=[AddOutputRequest(name="extra", protocol="rtp-fec", destination="198.51.100.2", port=6000)],
    )
    assert [o.name for o in added.outputs or []] == ["extra"]
    outputs = mc.describe_flow(flow_arn=arn).flow.outputs or []  # type: ignore[union-attr]
    assert [(o.name, o.port) for o in outputs] == [("extra", 6000)]
    # moto assigns outputs no outputArn, so RemoveFlowOutput is tested against the local backend below.

    granted = mc.grant_flow_entitlements(
        flow_arn=arn, entitlements=[GrantEntitlementRequest(name="partner", subscribers=["111122223333"])]
    )
    assert granted.entitlements and granted.entitlements[0].entitlement_arn
    ent_arn = granted.entitlements[0].entitlement_arn
    assert [e.name for e in mc.describe_flow(flow_arn=arn).flow.entitlements or []] == ["partner"]  # type: ignore[union-attr]
    revoked = mc.revoke_flow_entitlement(flow_arn=arn, entitlement_arn=ent_arn)
    assert revoked.entitlement_arn == ent_arn
    mc.delete_flow(flow_arn=arn)


def test_waiter_times_out_with_last_state(mediaconnect: MediaConnectClient) -> None:
    flow = mediaconnect.create_flow(
        name="idle",
        source=SetSourceRequest(name="cam", protocol="rtp", ingest_port=5000, whitelist_cidr="10.0.0.0/16"),
    ).flow
    assert flow is not None and flow.flow_arn is not None
    with pytest.raises(WaiterError) as info:
        mediaconnect.wait_until_flow_active(flow_arn=flow.flow_arn, delay=0.05, timeout=0.3)  # never started
    assert info.value.last_value == "STANDBY" and "timed out" in str(info.value)
    mediaconnect.delete_flow(flow_arn=flow.flow_arn)


def test_client_from_existing_boto3_client(endpoint: str) -> None:
    import boto3

    raw = boto3.client("ivs", region_name="us-east-1", endpoint_url=endpoint)
    client = IvsClient.from_boto3(raw)
    assert client.boto3_client is raw
    with pytest.raises(TypeError):
        IvsClient(raw, region_name="us-east-1")


# -- local backend only ----------------------------------------------------------------------------


def test_remove_output_and_failover_sources(local_endpoint: str) -> None:
    mc = MediaConnectClient(region_name="us-east-1", endpoint_url=local_endpoint)
    flow = mc.create_flow(
        name="failover",
        sources=[
            SetSourceRequest(name="a", protocol="rtp", ingest_port=5000, whitelist_cidr="10.0.0.0/16"),
            SetSourceRequest(name="b", protocol="rtp", ingest_port=5001, whitelist_cidr="10.0.0.0/16"),
        ],
        source_failover_config=FailoverConfig(state="ENABLED", failover_mode="FAILOVER", recovery_window=300),
        outputs=[AddOutputRequest(name="out", protocol="rtp", destination="198.51.100.1", port=5000)],
    ).flow
    assert flow is not None and flow.flow_arn and flow.outputs and flow.sources
    assert (
        [s.name for s in flow.sources] == ["a", "b"] and flow.source is not None and flow.source.name == "a"
    )
    assert flow.source_failover_config is not None and flow.source_failover_config.recovery_window == 300

    output_arn = flow.outputs[0].output_arn
    assert output_arn is not None
    removed = mc.remove_flow_output(flow_arn=flow.flow_arn, output_arn=output_arn)
    assert removed.output_arn == output_arn
    assert mc.describe_flow(flow_arn=flow.flow_arn).flow.outputs == []  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        mc.remove_flow_output(flow_arn=flow.flow_arn, output_arn=output_arn)

    second = flow.sources[1].source_arn
    assert second is not None
    updated = mc.update_flow_source(flow_arn=flow.flow_arn, source_arn=second, ingest_port=6000)
    assert updated.source is not None and updated.source.ingest_port == 6000
    mc.remove_flow_source(flow_arn=flow.flow_arn, source_arn=second)
    added = mc.add_flow_sources(
        flow_arn=flow.flow_arn,
        sources=[SetSourceRequest(name="c", protocol="rtp", ingest_port=5002, whitelist_cidr="10.0.0.0/16")],
    )
    assert [s.name for s in added.sources or []] == ["c"]
    after = mc.update_flow(
        flow_arn=flow.flow_arn, source_failover_config=UpdateFailoverConfig(recovery_window=400)
    ).flow
    assert after is not None and [s.name for s in after.sources or []] == ["a", "c"]
    assert after.source_failover_config is not None and after.source_failover_config.recovery_window == 400
    assert after.source_failover_config.state == "ENABLED"  # an update changes only what it names


def test_mediapackage_vod_typed_client(local_endpoint: str) -> None:
    vod = MediaPackageVodClient(region_name="us-east-1", endpoint_url=local_endpoint)
    group = vod.create_packaging_group(id="group-1", tags={"team": "vod"})
    assert (
        group.arn == "arn:aws:mediapackage-vod:us-east-1:123456789012:packaging-groups/group-1"
        and group.domain_name
    )
    vod.create_packaging_configuration(
        id="hls",
        packaging_group_id="group-1",
        hls_package=HlsPackage(hls_manifests=[HlsManifest(manifest_name="index")]),
    )
    asset = vod.create_asset(
        id="movie",
        packaging_group_id="group-1",
        source_arn="arn:aws:s3:::bucket/movie.smil",
        source_role_arn="arn:aws:iam::123456789012:role/vod",
    )
    assert [e.packaging_configuration_id for e in asset.egress_endpoints or []] == ["hls"]
    assert [a.id for a in vod.iter_assets(packaging_group_id="group-1")] == ["movie"]
    assert vod.list_tags_for_resource(resource_arn=group.arn).tags == {"team": "vod"}  # type: ignore[arg-type]
    vod.delete_asset(id="movie")
    with pytest.raises(NotFoundError):
        vod.describe_asset(id="movie")


def test_ivs_stream_key_and_live_stream(local_endpoint: str, local_server: Any) -> None:
    ivs = IvsClient(region_name="us-east-1", endpoint_url=local_endpoint)
    created = ivs.create_channel(name="live")
    assert created.channel and created.channel.arn and created.stream_key and created.stream_key.arn
    keys = [k.arn for k in ivs.iter_stream_keys(channel_arn=created.channel.arn)]
    assert keys == [created.stream_key.arn]
    with pytest.raises(NotFoundError) as info:
        ivs.get_stream(channel_arn=created.channel.arn)
    assert info.value.code == "ChannelNotBroadcasting"
    start_stream(local_server.backend, created.channel.arn, viewer_count=3)
    stream = ivs.get_stream(channel_arn=created.channel.arn).stream
    assert stream is not None and (stream.state, stream.viewer_count) == ("LIVE", 3)
    ivs.put_metadata(channel_arn=created.channel.arn, metadata="score=1-0")
    ivs.stop_stream(channel_arn=created.channel.arn)
    assert list(ivs.iter_streams()) == []


def test_a_client_of_the_local_backend_needs_no_credentials_and_elsewhere_missing_ones_are_said(
    local_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from awsmedia.clients.ivs import IvsClient
    from awsmedia_runtime import CredentialsError

    # No credentials anywhere: environment, shared files, instance metadata (never asked).
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")

    local = IvsClient(region_name="us-east-1", endpoint_url=local_endpoint)
    assert local.create_channel(name="no-keys").channel is not None
    elsewhere = IvsClient(region_name="us-east-1")
    with pytest.raises(CredentialsError) as info:
        elsewhere.list_channels()
    assert "ListChannels: no AWS credentials for ivs" in str(info.value) and "AWS_ACCESS_KEY_ID" in str(
        info.value
    )
