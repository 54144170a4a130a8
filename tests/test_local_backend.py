"""The local backend seen through plain boto3 over real HTTP.

Every call goes through botocore's serializer and parser, so these tests check the wire format
as well as the behaviour the model documents: ARNs, flow states, quotas, rules, paging, tags.
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

ACCOUNT = "123456789012"
SUBSCRIBER = "111122223333"
S3_SOURCE = "arn:aws:s3:::media-bucket/titles/movie.smil"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/mediapackage-read"
HLS = {"HlsManifests": [{"ManifestName": "index"}]}

# (service, operation, HTTP status) of every successful call made by a client from make_client
CALLS: list[tuple[str, str, int]] = []


def _record(http_response: Any, parsed: dict[str, Any], model: Any, **_: Any) -> None:
    if 200 <= http_response.status_code < 300 and "Error" not in parsed:
        CALLS.append((model.service_model.service_name, model.name, http_response.status_code))


def make_client(service: str, endpoint: str, region: str = "us-east-1", *, validate: bool = True) -> Any:
    """A plain boto3 client on the local backend that logs its successful calls in CALLS.

    `validate=False` turns off botocore's own parameter checks so bad input reaches the server.
    """
    config = Config(parameter_validation=validate, retries={"total_max_attempts": 1})
    client = boto3.client(service, endpoint_url=endpoint, region_name=region, config=config)
    client.meta.events.register("after-call.*", _record)
    return client


def expect_error(code: str, status: int, call: Callable[..., Any], **kwargs: Any) -> str:
    """Make a call that must fail with this error code and HTTP status; returns the message."""
    with pytest.raises(ClientError) as info:
        call(**kwargs)
    response = info.value.response
    assert response["Error"]["Code"] == code, response["Error"]
    assert response["ResponseMetadata"]["HTTPStatusCode"] == status
    return str(response["Error"]["Message"])


def wait_for_flow(mc: Any, arn: str, wanted: str, timeout: float = 2.0) -> str:
    """Poll DescribeFlow until the flow reaches `wanted` or `timeout` passes; returns the last status."""
    deadline = time.monotonic() + timeout
    status = mc.describe_flow(FlowArn=arn)["Flow"]["Status"]
    while status != wanted and time.monotonic() < deadline:
        time.sleep(0.02)
        status = mc.describe_flow(FlowArn=arn)["Flow"]["Status"]
    return str(status)


def start_broadcast(endpoint: str, channel_arn: str) -> dict[str, Any]:
    """Pretend a broadcaster went live on a channel, through the backend's control endpoint."""
    request = urllib.request.Request(
        f"{endpoint}/_awsmedia/ivs/streams",
        data=json.dumps({"channelArn": channel_arn}).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200
        return dict(json.loads(response.read()))


def all_pages(
    call: Callable[..., Any], items: str, token: str, limit: str, size: int | None, **kwargs: Any
) -> list[list[Any]]:
    """Follow NextToken through a list operation (at most 50 pages); the items of each page."""
    pages: list[list[Any]] = []
    extra = {limit: size} if size else {}
    for _ in range(50):
        page = call(**kwargs, **extra)
        pages.append(page[items])
        if not page.get(token):
            return pages
        extra[token] = page[token]
    raise AssertionError("paging did not end within 50 pages")


def source(name: str = "primary", protocol: str = "rtp", port: int = 5000) -> dict[str, Any]:
    return {"Name": name, "Protocol": protocol, "IngestPort": port, "WhitelistCidr": "10.0.0.0/16"}


def output(name: str, port: int = 6000) -> dict[str, Any]:
    return {"Name": name, "Protocol": "rtp", "Destination": "198.51.100.7", "Port": port}


def short_id(value: Any) -> str | None:
    """Test ids: short strings as they are, anything else numbered by pytest."""
    return value if isinstance(value, str) and len(value) < 40 and not value.startswith("arn:") else None


def create_flow(mc: Any, name: str, **extra: Any) -> dict[str, Any]:
    if "Sources" not in extra:
        extra.setdefault("Source", source())
    return dict(mc.create_flow(Name=name, **extra)["Flow"])


def create_group_with_configs(vod: Any, group: str, configs: list[str]) -> dict[str, Any]:
    created = vod.create_packaging_group(Id=group)
    for cid in configs:
        vod.create_packaging_configuration(Id=cid, PackagingGroupId=group, HlsPackage=HLS)
    return dict(created)


def create_asset(vod: Any, asset_id: str, group: str, **extra: Any) -> dict[str, Any]:
    return dict(
        vod.create_asset(
            Id=asset_id, PackagingGroupId=group, SourceArn=S3_SOURCE, SourceRoleArn=ROLE, **extra
        )
    )


@pytest.fixture
def mc(local_endpoint: str) -> Any:
    return make_client("mediaconnect", local_endpoint)


@pytest.fixture
def ivs(local_endpoint: str) -> Any:
    return make_client("ivs", local_endpoint)


@pytest.fixture
def vod(local_endpoint: str) -> Any:
    return make_client("mediapackage-vod", local_endpoint)


# -- every modelled operation, once per service, in a full scenario -------------------------------


def tour_mediaconnect(endpoint: str) -> None:
    mc = make_client("mediaconnect", endpoint)
    flow = create_flow(
        mc, "tour", Outputs=[output("out-a")], Entitlements=[{"Name": "ent-a", "Subscribers": [ACCOUNT]}]
    )
    arn = flow["FlowArn"]
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"][0]["Name"] == "out-a"
    mc.tag_resource(ResourceArn=arn, Tags={"team": "video"})
    mc.untag_resource(ResourceArn=arn, TagKeys=["team"])
    assert mc.list_tags_for_resource(ResourceArn=arn)["Tags"] == {}
    assert [f["FlowArn"] for f in mc.list_flows()["Flows"]] == [arn]
    updated = mc.update_flow(
        FlowArn=arn, SourceFailoverConfig={"State": "ENABLED", "FailoverMode": "FAILOVER"}
    )["Flow"]
    assert updated["SourceFailoverConfig"]["State"] == "ENABLED"
    backup = mc.add_flow_sources(FlowArn=arn, Sources=[source("backup", port=5001)])["Sources"][0]
    assert (
        mc.update_flow_source(FlowArn=arn, SourceArn=backup["SourceArn"], Description="backup feed")[
            "Source"
        ]["Description"]
        == "backup feed"
    )
    assert (
        mc.remove_flow_source(FlowArn=arn, SourceArn=backup["SourceArn"])["SourceArn"] == backup["SourceArn"]
    )
    out = mc.add_flow_outputs(FlowArn=arn, Outputs=[output("out-b", 6001)])["Outputs"][0]
    assert mc.update_flow_output(FlowArn=arn, OutputArn=out["OutputArn"], Port=6002)["Output"]["Port"] == 6002
    assert mc.remove_flow_output(FlowArn=arn, OutputArn=out["OutputArn"])["OutputArn"] == out["OutputArn"]
    ent = mc.grant_flow_entitlements(FlowArn=arn, Entitlements=[{"Name": "ent-b", "Subscribers": [ACCOUNT]}])[
        "Entitlements"
    ][0]
    assert (
        mc.update_flow_entitlement(FlowArn=arn, EntitlementArn=ent["EntitlementArn"], Description="d")[
            "Entitlement"
        ]["Description"]
        == "d"
    )
    assert {e["EntitlementName"] for e in mc.list_entitlements()["Entitlements"]} == {"ent-a", "ent-b"}
    assert (
        mc.revoke_flow_entitlement(FlowArn=arn, EntitlementArn=ent["EntitlementArn"])["EntitlementArn"]
        == ent["EntitlementArn"]
    )
    assert mc.start_flow(FlowArn=arn)["Status"] == "STARTING"
    assert wait_for_flow(mc, arn, "ACTIVE") == "ACTIVE"
    assert mc.stop_flow(FlowArn=arn)["Status"] == "STOPPING"
    assert wait_for_flow(mc, arn, "STANDBY") == "STANDBY"
    assert mc.delete_flow(FlowArn=arn)["Status"] == "DELETING"


def tour_ivs(endpoint: str) -> None:
    ivs = make_client("ivs", endpoint)
    created = ivs.create_channel(name="tour", latencyMode="NORMAL")
    arn, key = created["channel"]["arn"], created["streamKey"]["arn"]
    assert ivs.get_channel(arn=arn)["channel"]["latencyMode"] == "NORMAL"
    assert ivs.update_channel(arn=arn, name="tour-2", type="BASIC")["channel"]["type"] == "BASIC"
    assert [c["name"] for c in ivs.list_channels()["channels"]] == ["tour-2"]
    assert [c["arn"] for c in ivs.batch_get_channel(arns=[arn])["channels"]] == [arn]
    assert ivs.get_stream_key(arn=key)["streamKey"]["channelArn"] == arn
    assert [k["arn"] for k in ivs.list_stream_keys(channelArn=arn)["streamKeys"]] == [key]
    assert [k["arn"] for k in ivs.batch_get_stream_key(arns=[key])["streamKeys"]] == [key]
    ivs.delete_stream_key(arn=key)
    key = ivs.create_stream_key(channelArn=arn)["streamKey"]["arn"]
    ivs.tag_resource(resourceArn=key, tags={"team": "live"})
    ivs.untag_resource(resourceArn=key, tagKeys=["team"])
    assert ivs.list_tags_for_resource(resourceArn=key)["tags"] == {}
    start_broadcast(endpoint, arn)
    assert ivs.get_stream(channelArn=arn)["stream"]["state"] == "LIVE"
    assert [s["channelArn"] for s in ivs.list_streams()["streams"]] == [arn]
    ivs.put_metadata(channelArn=arn, metadata='{"score": "1-0"}')
    ivs.stop_stream(channelArn=arn)
    ivs.delete_channel(arn=arn)


def tour_mediapackage_vod(endpoint: str) -> None:
    vod = make_client("mediapackage-vod", endpoint)
    group = vod.create_packaging_group(Id="tour-group")
    assert vod.describe_packaging_group(Id="tour-group")["Arn"] == group["Arn"]
    auth = {
        "CdnIdentifierSecret": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:cdn",
        "SecretsRoleArn": ROLE,
    }
    assert vod.update_packaging_group(Id="tour-group", Authorization=auth)["Authorization"] == auth
    assert [g["Id"] for g in vod.list_packaging_groups()["PackagingGroups"]] == ["tour-group"]
    config = vod.create_packaging_configuration(Id="tour-hls", PackagingGroupId="tour-group", HlsPackage=HLS)
    assert (
        vod.describe_packaging_configuration(Id="tour-hls")["HlsPackage"]["HlsManifests"][0]["ManifestName"]
        == "index"
    )
    assert [
        c["Id"]
        for c in vod.list_packaging_configurations(PackagingGroupId="tour-group")["PackagingConfigurations"]
    ] == ["tour-hls"]
    create_asset(vod, "tour-asset", "tour-group")
    assert vod.describe_asset(Id="tour-asset")["EgressEndpoints"][0]["PackagingConfigurationId"] == "tour-hls"
    assert [a["Id"] for a in vod.list_assets(PackagingGroupId="tour-group")["Assets"]] == ["tour-asset"]
    vod.tag_resource(ResourceArn=config["Arn"], Tags={"env": "test"})
    assert vod.list_tags_for_resource(ResourceArn=config["Arn"])["Tags"] == {"env": "test"}
    vod.untag_resource(ResourceArn=config["Arn"], TagKeys=["env"])
    vod.delete_asset(Id="tour-asset")
    vod.delete_packaging_configuration(Id="tour-hls")
    vod.delete_packaging_group(Id="tour-group")


TOURS: dict[str, Callable[[str], None]] = {
    "mediaconnect": tour_mediaconnect,
    "ivs": tour_ivs,
    "mediapackage-vod": tour_mediapackage_vod,
}


@pytest.mark.parametrize("service", sorted(TOURS))
def test_every_modelled_operation_round_trips_through_boto3(
    model: Any, local_endpoint: str, service: str
) -> None:
    """Each operation of the service succeeds once, with the HTTP status the model documents."""
    documented = {op.name: op.http_status for s in model.services if s.name == service for op in s.operations}
    assert documented, f"no operations modelled for {service}"
    mark = len(CALLS)
    TOURS[service](local_endpoint)
    seen = {(op, status) for svc, op, status in CALLS[mark:] if svc == service}
    assert {op for op, _ in seen} == set(
        documented
    ), f"not exercised: {sorted(set(documented) - {op for op, _ in seen})}"
    assert seen == set(documented.items())


def test_the_operation_count_is_the_modelled_54(model: Any) -> None:
    counts = {s.name: len(s.operations) for s in model.services}
    assert counts == {"mediaconnect": 20, "mediapackage-vod": 16, "ivs": 18}
    assert set(counts) == set(TOURS)


# -- errors as the services' own codes ------------------------------------------------------------

MISSING_FLOW = f"arn:aws:mediaconnect:us-east-1:{ACCOUNT}:flow:1-0000000000000000-000000000000:gone"
MISSING_CHANNEL = f"arn:aws:ivs:us-east-1:{ACCOUNT}:channel/000000000000"


@pytest.mark.parametrize(
    ("service", "method", "kwargs", "code"),
    [
        ("mediaconnect", "describe_flow", {"FlowArn": MISSING_FLOW}, "NotFoundException"),
        ("mediaconnect", "start_flow", {"FlowArn": MISSING_FLOW}, "NotFoundException"),
        ("ivs", "get_channel", {"arn": MISSING_CHANNEL}, "ResourceNotFoundException"),
        (
            "ivs",
            "get_stream_key",
            {"arn": f"arn:aws:ivs:us-east-1:{ACCOUNT}:stream-key/000000000000"},
            "ResourceNotFoundException",
        ),
        ("ivs", "list_tags_for_resource", {"resourceArn": MISSING_CHANNEL}, "ResourceNotFoundException"),
        ("mediapackage-vod", "describe_packaging_group", {"Id": "missing"}, "NotFoundException"),
        ("mediapackage-vod", "delete_asset", {"Id": "missing"}, "NotFoundException"),
    ],
    ids=short_id,
)
def test_a_missing_resource_is_the_services_not_found_error(
    local_endpoint: str, service: str, method: str, kwargs: dict[str, Any], code: str
) -> None:
    client = make_client(service, local_endpoint)
    message = expect_error(code, 404, getattr(client, method), **kwargs)
    assert "does not exist" in message or "ARN" in message


@pytest.mark.parametrize(
    ("service", "method", "kwargs", "code", "status", "where"),
    [
        ("ivs", "create_channel", {"latencyMode": "FAST"}, "ValidationException", 400, "latencyMode"),
        ("ivs", "list_channels", {"maxResults": 101}, "ValidationException", 400, "maxResults"),
        ("ivs", "create_stream_key", {}, "ValidationException", 400, "channelArn"),
        ("ivs", "batch_get_channel", {"arns": [MISSING_CHANNEL] * 51}, "ValidationException", 400, "arns"),
        ("ivs", "get_channel", {"arn": "not-an-arn"}, "ValidationException", 400, "arn"),
        ("mediaconnect", "create_flow", {"Source": source()}, "BadRequestException", 400, "name"),
        (
            "mediaconnect",
            "create_flow",
            {"Name": "f", "Source": source(protocol="ftp")},
            "BadRequestException",
            400,
            "source.protocol",
        ),
        (
            "mediaconnect",
            "create_flow",
            {"Name": "f", "Source": source(), "SourceFailoverConfig": {"RecoveryWindow": 50}},
            "BadRequestException",
            400,
            "sourceFailoverConfig.recoveryWindow",
        ),
        (
            "mediaconnect",
            "create_flow",
            {"Name": "f", "Source": source(), "Outputs": [output(f"o{i}") for i in range(51)]},
            "BadRequestException",
            400,
            "outputs",
        ),
        ("mediaconnect", "list_flows", {"MaxResults": 0}, "BadRequestException", 400, "maxResults"),
        ("mediapackage-vod", "create_packaging_group", {}, "UnprocessableEntityException", 422, "id"),
        (
            "mediapackage-vod",
            "list_assets",
            {"MaxResults": 1001},
            "UnprocessableEntityException",
            422,
            "maxResults",
        ),
        (
            "mediapackage-vod",
            "create_packaging_configuration",
            {
                "Id": "c",
                "PackagingGroupId": "g",
                "HlsPackage": {"HlsManifests": [{"AdMarkers": "SOMETIMES"}]},
            },
            "UnprocessableEntityException",
            422,
            "hlsPackage.hlsManifests[0].adMarkers",
        ),
        (
            "mediapackage-vod",
            "tag_resource",
            {"ResourceArn": f"arn:aws:mediapackage-vod:us-east-1:{ACCOUNT}:assets/a", "Tags": {}},
            "UnprocessableEntityException",
            422,
            "tags",
        ),
    ],
    ids=short_id,
)
def test_invalid_input_is_the_services_validation_error_naming_the_member(
    local_endpoint: str, service: str, method: str, kwargs: dict[str, Any], code: str, status: int, where: str
) -> None:
    client = make_client(service, local_endpoint, validate=False)
    message = expect_error(code, status, getattr(client, method), **kwargs)
    assert re.search(rf"(^|; ){re.escape(where)}: ", message), message


def test_a_forged_next_token_is_a_bad_request(mc: Any) -> None:
    message = expect_error("BadRequestException", 400, mc.list_flows, NextToken="bm90LWEtdG9rZW4=")
    assert "NextToken" in message


# -- MediaConnect ---------------------------------------------------------------------------------


def test_flow_arns_are_real_formats_in_the_requests_region(local_endpoint: str) -> None:
    mc = make_client("mediaconnect", local_endpoint, region="us-west-2")
    flow = create_flow(
        mc,
        "news",
        Outputs=[output("to-cdn")],
        Entitlements=[{"Name": "partner", "Subscribers": [SUBSCRIBER]}],
    )
    prefix = r"^arn:aws:mediaconnect:us-west-2:123456789012:"
    assert re.fullmatch(prefix + r"flow:1-[0-9a-f]{16}-[0-9a-f]{12}:news$", flow["FlowArn"]), flow["FlowArn"]
    assert re.fullmatch(prefix + r"source:2-[0-9a-f]{16}-[0-9a-f]{12}:primary$", flow["Source"]["SourceArn"])
    assert re.fullmatch(
        prefix + r"output:2-[0-9a-f]{16}-[0-9a-f]{12}:to-cdn$", flow["Outputs"][0]["OutputArn"]
    )
    assert re.fullmatch(
        prefix + r"entitlement:1-[0-9a-f]{16}-[0-9a-f]{12}:partner$",
        flow["Entitlements"][0]["EntitlementArn"],
    )
    assert flow["AvailabilityZone"] == "us-west-2a"
    assert flow["Status"] == "STANDBY"
    assert flow["Sources"] == [flow["Source"]]


def test_a_flow_starts_and_stops_through_its_transitional_states(mc: Any) -> None:
    arn = create_flow(mc, "live")["FlowArn"]
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Status"] == "STANDBY"
    started = mc.start_flow(FlowArn=arn)
    assert (started["Status"], started["FlowArn"]) == ("STARTING", arn)
    assert wait_for_flow(mc, arn, "ACTIVE") == "ACTIVE"
    expect_error("BadRequestException", 400, mc.start_flow, FlowArn=arn)
    assert mc.stop_flow(FlowArn=arn)["Status"] == "STOPPING"
    assert wait_for_flow(mc, arn, "STANDBY") == "STANDBY"
    assert {f["FlowArn"]: f["Status"] for f in mc.list_flows()["Flows"]} == {arn: "STANDBY"}
    expect_error("BadRequestException", 400, mc.stop_flow, FlowArn=arn)


def test_a_running_flow_cannot_be_deleted_until_it_is_stopped(mc: Any) -> None:
    arn = create_flow(mc, "busy")["FlowArn"]
    mc.start_flow(FlowArn=arn)
    assert wait_for_flow(mc, arn, "ACTIVE") == "ACTIVE"
    message = expect_error("BadRequestException", 400, mc.delete_flow, FlowArn=arn)
    assert "ACTIVE" in message and "STANDBY" in message
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Status"] == "ACTIVE"
    mc.stop_flow(FlowArn=arn)
    assert wait_for_flow(mc, arn, "STANDBY") == "STANDBY"
    deleted = mc.delete_flow(FlowArn=arn)
    assert (deleted["FlowArn"], deleted["Status"]) == (arn, "DELETING")
    expect_error("NotFoundException", 404, mc.describe_flow, FlowArn=arn)
    assert mc.list_flows()["Flows"] == []


def test_outputs_are_added_updated_and_removed_by_arn(mc: Any) -> None:
    arn = create_flow(mc, "outs", Outputs=[output("keep")])["FlowArn"]
    added = mc.add_flow_outputs(FlowArn=arn, Outputs=[output("a", 6001), output("b", 6002)])
    assert added["FlowArn"] == arn and [o["Name"] for o in added["Outputs"]] == ["a", "b"]
    target = added["Outputs"][1]["OutputArn"]
    changed = mc.update_flow_output(
        FlowArn=arn, OutputArn=target, Protocol="srt-listener", Port=7000, Description="to partner"
    )["Output"]
    assert (
        changed["OutputArn"],
        changed["Port"],
        changed["Transport"]["Protocol"],
        changed["Description"],
    ) == (target, 7000, "srt-listener", "to partner")
    assert mc.remove_flow_output(FlowArn=arn, OutputArn=target) | {"ResponseMetadata": None} == {
        "FlowArn": arn,
        "OutputArn": target,
        "ResponseMetadata": None,
    }
    assert [o["Name"] for o in mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"]] == ["keep", "a"]
    expect_error("NotFoundException", 404, mc.update_flow_output, FlowArn=arn, OutputArn=target, Port=1)
    expect_error("NotFoundException", 404, mc.remove_flow_output, FlowArn=arn, OutputArn=target)


def test_revoking_an_entitlement_removes_its_output(mc: Any) -> None:
    flow = create_flow(
        mc,
        "shared",
        Outputs=[output("plain")],
        Entitlements=[
            {"Name": "one", "Subscribers": [ACCOUNT]},
            {"Name": "two", "Subscribers": [SUBSCRIBER]},
        ],
    )
    arn, (one, two) = flow["FlowArn"], flow["Entitlements"]
    assert one["EntitlementStatus"] == "ENABLED" and one["DataTransferSubscriberFeePercent"] == 0
    # ListEntitlements shows what was granted to this account, not what its flows grant to others.
    assert [e["EntitlementName"] for e in mc.list_entitlements()["Entitlements"]] == ["one"]
    disabled = mc.update_flow_entitlement(
        FlowArn=arn, EntitlementArn=two["EntitlementArn"], EntitlementStatus="DISABLED"
    )["Entitlement"]
    assert (disabled["EntitlementArn"], disabled["EntitlementStatus"]) == (two["EntitlementArn"], "DISABLED")

    # A subscriber's flow takes entitlement "one" as its source: the granting flow gains an output for it.
    create_flow(mc, "subscriber", Source={"Name": "from-shared", "EntitlementArn": one["EntitlementArn"]})
    outputs = mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"]
    assert [(o["Name"], o.get("EntitlementArn")) for o in outputs] == [
        ("plain", None),
        ("one", one["EntitlementArn"]),
    ]
    message = expect_error(
        "BadRequestException", 400, mc.remove_flow_output, FlowArn=arn, OutputArn=outputs[1]["OutputArn"]
    )
    assert "revoke the entitlement instead" in message

    revoked = mc.revoke_flow_entitlement(FlowArn=arn, EntitlementArn=one["EntitlementArn"])
    assert (revoked["FlowArn"], revoked["EntitlementArn"]) == (arn, one["EntitlementArn"])
    after = mc.describe_flow(FlowArn=arn)["Flow"]
    assert [e["Name"] for e in after["Entitlements"]] == ["two"]
    assert [o["Name"] for o in after["Outputs"]] == ["plain"]  # the entitlement's output went with it
    expect_error(
        "NotFoundException",
        404,
        mc.revoke_flow_entitlement,
        FlowArn=arn,
        EntitlementArn=one["EntitlementArn"],
    )
    expect_error(
        "NotFoundException",
        404,
        mc.create_flow,
        Name="late",
        Source={"Name": "s", "EntitlementArn": one["EntitlementArn"]},
    )


def test_source_count_limits_after_creation(mc: Any) -> None:
    single = create_flow(mc, "single", Source=source("only", port=5000))
    only = single["Source"]["SourceArn"]
    message = expect_error(
        "BadRequestException", 400, mc.remove_flow_source, FlowArn=single["FlowArn"], SourceArn=only
    )
    assert "at least one source" in message
    message = expect_error(
        "BadRequestException",
        400,
        mc.add_flow_sources,
        FlowArn=single["FlowArn"],
        Sources=[source("more", port=5001)],
    )
    # Worded from the model's CreateFlow rule, judged on the flow as the add would leave it.
    assert (
        message
        == "sources: without source failover (state ENABLED) a flow has exactly one source. (adding 1 would make 2)"
    )
    pair = create_flow(
        mc,
        "pair",
        Sources=[source("a", port=5000), source("b", port=5001)],
        SourceFailoverConfig={"State": "ENABLED", "FailoverMode": "FAILOVER"},
    )
    message = expect_error(
        "BadRequestException",
        400,
        mc.add_flow_sources,
        FlowArn=pair["FlowArn"],
        Sources=[source("c", port=5002)],
    )
    assert (
        message
        == "sources: with source failover enabled a flow has one or two sources. (adding 1 would make 3)"
    )


def test_failover_sources_are_added_updated_and_removed(mc: Any) -> None:
    flow = create_flow(
        mc,
        "redundant",
        Sources=[source("main", port=5000), source("spare", port=5001)],
        SourceFailoverConfig={"State": "ENABLED", "FailoverMode": "MERGE"},
    )
    arn = flow["FlowArn"]
    assert flow["SourceFailoverConfig"] == {
        "State": "ENABLED",
        "FailoverMode": "MERGE",
        "RecoveryWindow": 200,
    }
    assert [s["Name"] for s in flow["Sources"]] == ["main", "spare"] and flow["Source"]["Name"] == "main"
    updated = mc.update_flow(
        FlowArn=arn,
        SourceFailoverConfig={"FailoverMode": "FAILOVER", "SourcePriority": {"PrimarySource": "spare"}},
    )
    assert updated["Flow"]["SourceFailoverConfig"]["FailoverMode"] == "FAILOVER"
    assert updated["Flow"]["SourceFailoverConfig"]["SourcePriority"] == {"PrimarySource": "spare"}
    main_arn = flow["Sources"][0]["SourceArn"]
    changed = mc.update_flow_source(
        FlowArn=arn, SourceArn=main_arn, Protocol="zixi-push", IngestPort=2088, MaxLatency=800
    )["Source"]
    assert (
        changed["SourceArn"],
        changed["IngestPort"],
        changed["Transport"]["Protocol"],
        changed["Transport"]["MaxLatency"],
    ) == (main_arn, 2088, "zixi-push", 800)
    assert mc.remove_flow_source(FlowArn=arn, SourceArn=main_arn)["SourceArn"] == main_arn
    after = mc.describe_flow(FlowArn=arn)["Flow"]
    assert [s["Name"] for s in after["Sources"]] == ["spare"] and after["Source"]["Name"] == "spare"
    added = mc.add_flow_sources(FlowArn=arn, Sources=[source("third", port=5002)])
    assert added["FlowArn"] == arn and [s["Name"] for s in added["Sources"]] == ["third"]
    assert [s["Name"] for s in mc.describe_flow(FlowArn=arn)["Flow"]["Sources"]] == ["spare", "third"]
    expect_error(
        "NotFoundException", 404, mc.update_flow_source, FlowArn=arn, SourceArn=main_arn, Description="x"
    )


@pytest.mark.parametrize(
    ("extra", "where", "rule"),
    [
        ({"Sources": [source("a"), source("b", port=5001)]}, "sources", "exactly one source"),
        (
            {"Sources": [source("a"), source("b", port=5001)], "SourceFailoverConfig": {"State": "DISABLED"}},
            "sources",
            "exactly one source",
        ),
        (
            {
                "Sources": [source(n, port=p) for n, p in (("a", 1), ("b", 2), ("c", 3))],
                "SourceFailoverConfig": {"State": "ENABLED"},
            },
            "sources",
            "one or two sources",
        ),
        ({"Source": source("a"), "Sources": [source("b")]}, "sources", "not both"),
        ({"Source": source("z", protocol="zixi-push", port=2077)}, "source.ingestPort", "2088"),
    ],
    ids=[
        "two-without-failover",
        "two-failover-disabled",
        "three-with-failover",
        "source-and-sources",
        "zixi-port",
    ],
)
def test_create_flow_rules_reject_invalid_source_setups(
    mc: Any, extra: dict[str, Any], where: str, rule: str
) -> None:
    message = expect_error("BadRequestException", 400, mc.create_flow, Name="ruled", **extra)
    assert message.startswith(f"{where}: ") and rule in message, message
    assert mc.list_flows()["Flows"] == []


def test_zixi_push_sources_must_listen_on_2088_everywhere(mc: Any) -> None:
    arn = create_flow(mc, "zixi", Source=source("z", protocol="zixi-push", port=2088))["FlowArn"]
    source_arn = mc.describe_flow(FlowArn=arn)["Flow"]["Source"]["SourceArn"]
    message = expect_error(
        "BadRequestException",
        400,
        mc.update_flow_source,
        FlowArn=arn,
        SourceArn=source_arn,
        Protocol="zixi-push",
        IngestPort=2089,
    )
    assert (
        message.startswith("ingestPort: ") and "2088" in message
    )  # the request's own rule, named on the wire
    plain = create_flow(mc, "plain", Source=source("p", port=5000))["FlowArn"]
    plain_source = mc.describe_flow(FlowArn=plain)["Flow"]["Source"]["SourceArn"]
    message = expect_error(
        "BadRequestException",
        400,
        mc.update_flow_source,
        FlowArn=plain,
        SourceArn=plain_source,
        Protocol="zixi-push",
    )
    assert message.startswith("ingestPort: ") and "2088" in message, message
    assert message.endswith(
        "(this update would leave transport.protocol = zixi-push, ingestPort = 5000)"
    ), message
    assert mc.describe_flow(FlowArn=plain)["Flow"]["Source"]["Transport"]["Protocol"] == "rtp"
    moved = mc.update_flow_source(
        FlowArn=plain, SourceArn=plain_source, Protocol="zixi-push", IngestPort=2088
    )["Source"]
    assert (moved["Transport"]["Protocol"], moved["IngestPort"]) == ("zixi-push", 2088)
    mc.update_flow(FlowArn=arn, SourceFailoverConfig={"State": "ENABLED", "FailoverMode": "FAILOVER"})
    expect_error(
        "BadRequestException",
        400,
        mc.add_flow_sources,
        FlowArn=arn,
        Sources=[source("z2", protocol="zixi-push", port=9000)],
    )
    assert (
        mc.add_flow_sources(FlowArn=arn, Sources=[source("z2", protocol="zixi-push", port=2088)])["Sources"][
            0
        ]["IngestPort"]
        == 2088
    )


# -- IVS ------------------------------------------------------------------------------------------


def test_create_channel_issues_its_one_stream_key(local_endpoint: str) -> None:
    ivs = make_client("ivs", local_endpoint, region="eu-west-1")
    created = ivs.create_channel(name="studio", tags={"team": "live"})
    channel, key = created["channel"], created["streamKey"]
    channel_id = re.fullmatch(r"arn:aws:ivs:eu-west-1:123456789012:channel/([a-zA-Z0-9]+)", channel["arn"])
    assert channel_id, channel["arn"]
    assert re.fullmatch(r"arn:aws:ivs:eu-west-1:123456789012:stream-key/[a-zA-Z0-9]+", key["arn"])
    assert key["channelArn"] == channel["arn"] and key["value"].startswith("sk_eu-west-1_")
    assert (channel["latencyMode"], channel["type"], channel["tags"]) == ("LOW", "STANDARD", {"team": "live"})
    assert channel["playbackUrl"].endswith(f"/eu-west-1.{ACCOUNT}.channel.{channel_id.group(1)}.m3u8")
    message = expect_error(
        "ServiceQuotaExceededException", 402, ivs.create_stream_key, channelArn=channel["arn"]
    )
    assert "limit is 1" in message
    assert [k["arn"] for k in ivs.list_stream_keys(channelArn=channel["arn"])["streamKeys"]] == [key["arn"]]
    ivs.delete_stream_key(arn=key["arn"])
    assert ivs.list_stream_keys(channelArn=channel["arn"])["streamKeys"] == []
    assert ivs.create_stream_key(channelArn=channel["arn"])["streamKey"]["channelArn"] == channel["arn"]


def test_deleting_a_channel_deletes_its_stream_key(ivs: Any) -> None:
    created = ivs.create_channel(name="short-lived")
    channel_arn, key_arn = created["channel"]["arn"], created["streamKey"]["arn"]
    other = ivs.create_channel(name="stays")["streamKey"]["arn"]
    ivs.delete_channel(arn=channel_arn)
    expect_error("ResourceNotFoundException", 404, ivs.get_stream_key, arn=key_arn)
    expect_error("ResourceNotFoundException", 404, ivs.get_channel, arn=channel_arn)
    expect_error("ResourceNotFoundException", 404, ivs.list_stream_keys, channelArn=channel_arn)
    batch = ivs.batch_get_stream_key(arns=[key_arn, other])
    assert [k["arn"] for k in batch["streamKeys"]] == [other]
    assert [(e["arn"], e["code"]) for e in batch["errors"]] == [(key_arn, "ResourceNotFoundException")]


def test_put_metadata_needs_a_live_stream(local_endpoint: str, ivs: Any) -> None:
    arn = ivs.create_channel(name="show")["channel"]["arn"]
    message = expect_error("ChannelNotBroadcasting", 404, ivs.put_metadata, channelArn=arn, metadata="goal")
    assert arn in message
    expect_error("ChannelNotBroadcasting", 404, ivs.get_stream, channelArn=arn)
    assert ivs.list_streams()["streams"] == []
    assert start_broadcast(local_endpoint, arn)["state"] == "LIVE"
    assert ivs.put_metadata(channelArn=arn, metadata="x" * 1024)["ResponseMetadata"]["HTTPStatusCode"] == 204
    message = expect_error("ValidationException", 400, ivs.put_metadata, channelArn=arn, metadata="x" * 1025)
    assert message.startswith("metadata: ")
    stream = ivs.get_stream(channelArn=arn)["stream"]
    assert (stream["channelArn"], stream["state"], stream["health"]) == (arn, "LIVE", "HEALTHY")
    ivs.stop_stream(channelArn=arn)
    expect_error("ChannelNotBroadcasting", 404, ivs.put_metadata, channelArn=arn, metadata="late")


def test_list_channels_pages_with_next_token_and_filters_by_name(ivs: Any) -> None:
    arns = [ivs.create_channel(name=f"ch-{i}")["channel"]["arn"] for i in range(5)]
    pages = all_pages(ivs.list_channels, "channels", "nextToken", "maxResults", 2)
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [c["arn"] for p in pages for c in p] == sorted(arns)  # in the order of their identifiers
    assert [c["arn"] for c in ivs.list_channels(filterByName="ch-3")["channels"]] == [arns[3]]
    assert [
        c["arn"]
        for p in ivs.get_paginator("list_channels").paginate(PaginationConfig={"PageSize": 3})
        for c in p["channels"]
    ] == sorted(arns)


def test_batch_get_channel_reports_missing_arns_as_errors(ivs: Any) -> None:
    arn = ivs.create_channel(name="real")["channel"]["arn"]
    result = ivs.batch_get_channel(arns=[arn, MISSING_CHANNEL])
    assert [c["name"] for c in result["channels"]] == ["real"]
    assert [(e["arn"], e["code"]) for e in result["errors"]] == [
        (MISSING_CHANNEL, "ResourceNotFoundException")
    ]


# -- MediaPackage VOD -----------------------------------------------------------------------------


def test_vod_arns_use_the_requests_region(local_endpoint: str) -> None:
    vod = make_client("mediapackage-vod", local_endpoint, region="us-west-2")
    group = create_group_with_configs(vod, "Studio_1", ["hls-1"])
    prefix = "arn:aws:mediapackage-vod:us-west-2:123456789012:"
    assert group["Arn"] == prefix + "packaging-groups/Studio_1"
    assert re.fullmatch(
        r"https://[0-9a-f]{12}\.egress\.mediapackage-vod\.us-west-2\.amazonaws\.com", group["DomainName"]
    )
    assert (
        vod.describe_packaging_configuration(Id="hls-1")["Arn"] == prefix + "packaging-configurations/hls-1"
    )
    assert create_asset(vod, "movie", "Studio_1")["Arn"] == prefix + "assets/movie"


def test_an_asset_gets_one_egress_endpoint_per_configuration_in_its_group(vod: Any) -> None:
    group = create_group_with_configs(vod, "films", ["hls"])
    packages = {
        "dash": {"DashPackage": {"DashManifests": [{"ManifestName": "index"}]}},
        "cmaf": {"CmafPackage": HLS},
        "mss": {"MssPackage": {"MssManifests": [{"ManifestName": "index"}]}},
    }
    for cid, package in packages.items():
        vod.create_packaging_configuration(Id=cid, PackagingGroupId="films", **package)
    create_group_with_configs(vod, "other", ["elsewhere"])
    asset = create_asset(vod, "feature", "films")
    # Each URL ends in the manifest its package serves: HLS and CMAF .m3u8, DASH .mpd, MSS /Manifest.
    manifests = {"hls": "index.m3u8", "dash": "index.mpd", "cmaf": "index.m3u8", "mss": "index.ism/Manifest"}
    expected = [
        {"PackagingConfigurationId": c, "Url": f"{group['DomainName']}/out/v1/feature/{c}/{m}"}
        for c, m in manifests.items()
    ]
    assert asset["EgressEndpoints"] == expected
    assert vod.describe_asset(Id="feature")["EgressEndpoints"] == expected
    assert [a["Id"] for a in vod.list_assets(PackagingGroupId="other")["Assets"]] == []


def test_an_asset_needs_an_existing_group_and_a_fresh_id(vod: Any) -> None:
    message = expect_error(
        "NotFoundException", 404, create_asset, vod=vod, asset_id="orphan", group="no-such-group"
    )
    assert "no-such-group" in message
    create_group_with_configs(vod, "films", [])
    create_asset(vod, "feature", "films")
    message = expect_error(
        "UnprocessableEntityException", 422, create_asset, vod=vod, asset_id="feature", group="films"
    )
    assert "feature" in message and "already exists" in message
    expect_error("UnprocessableEntityException", 422, vod.create_packaging_group, Id="films")
    expect_error(
        "NotFoundException",
        404,
        vod.create_packaging_configuration,
        Id="c",
        PackagingGroupId="absent",
        HlsPackage=HLS,
    )
    assert [a["Id"] for a in vod.list_assets()["Assets"]] == ["feature"]


def test_vod_lists_page_with_next_token(vod: Any) -> None:
    for i in range(5):
        vod.create_packaging_group(Id=f"group-{i}")
    pages = all_pages(vod.list_packaging_groups, "PackagingGroups", "NextToken", "MaxResults", 2)
    assert [[g["Id"] for g in p] for p in pages] == [
        ["group-0", "group-1"],
        ["group-2", "group-3"],
        ["group-4"],
    ]


# -- tags -----------------------------------------------------------------------------------------


def _ivs_channel(endpoint: str) -> tuple[Any, str]:
    ivs = make_client("ivs", endpoint)
    return ivs, ivs.create_channel(name="tagged")["channel"]["arn"]


def _ivs_stream_key(endpoint: str) -> tuple[Any, str]:
    ivs = make_client("ivs", endpoint)
    return ivs, ivs.create_channel(name="tagged")["streamKey"]["arn"]


def _mc_flow(endpoint: str) -> tuple[Any, str]:
    mc = make_client("mediaconnect", endpoint)
    return mc, create_flow(mc, "tagged")["FlowArn"]


def _vod_group(endpoint: str) -> tuple[Any, str]:
    vod = make_client("mediapackage-vod", endpoint)
    return vod, create_group_with_configs(vod, "tagged", [])["Arn"]


def _vod_config(endpoint: str) -> tuple[Any, str]:
    vod = make_client("mediapackage-vod", endpoint)
    create_group_with_configs(vod, "tagged", ["cfg"])
    return vod, vod.describe_packaging_configuration(Id="cfg")["Arn"]


def _vod_asset(endpoint: str) -> tuple[Any, str]:
    vod = make_client("mediapackage-vod", endpoint)
    create_group_with_configs(vod, "tagged", [])
    return vod, create_asset(vod, "tagged-asset", "tagged")["Arn"]


@pytest.mark.parametrize(
    "make",
    [_ivs_channel, _ivs_stream_key, _mc_flow, _vod_group, _vod_config, _vod_asset],
    ids=["ivs-channel", "ivs-stream-key", "mediaconnect-flow", "vod-group", "vod-config", "vod-asset"],
)
def test_every_taggable_resource_takes_and_drops_tags(
    local_endpoint: str, make: Callable[[str], tuple[Any, str]]
) -> None:
    client, arn = make(local_endpoint)
    ivs = client.meta.service_model.service_name == "ivs"
    arn_key, tags_key, keys_key = (
        ("resourceArn", "tags", "tagKeys") if ivs else ("ResourceArn", "Tags", "TagKeys")
    )

    def listed() -> dict[str, str]:
        return dict(client.list_tags_for_resource(**{arn_key: arn})[tags_key])

    assert listed() == {}
    client.tag_resource(**{arn_key: arn, tags_key: {"env": "test", "owner": "media", "tier": "gold"}})
    client.tag_resource(**{arn_key: arn, tags_key: {"tier": "silver"}})
    assert listed() == {"env": "test", "owner": "media", "tier": "silver"}
    client.untag_resource(**{arn_key: arn, keys_key: ["owner", "not-there"]})
    assert listed() == {"env": "test", "tier": "silver"}
    missing = re.sub(r"[^/]+$", "doesnotexist0", arn)
    code = "ResourceNotFoundException" if ivs else "NotFoundException"
    expect_error(code, 404, client.tag_resource, **{arn_key: missing, tags_key: {"a": "b"}})


# -- MediaConnect's documented default page sizes ---------------------------------------------------


def _default_page_size(model: Any, operation: str) -> int:
    op = next(
        o for s in model.services if s.name == "mediaconnect" for o in s.operations if o.name == operation
    )
    assert op.paginate is not None and op.paginate.default_page_size
    return int(op.paginate.default_page_size)


def test_list_flows_pages_by_the_documented_default(model: Any, mc: Any) -> None:
    size = _default_page_size(model, "ListFlows")
    assert size == 10
    arns = [create_flow(mc, f"flow-{i}")["FlowArn"] for i in range(size + 1)]
    first = mc.list_flows()
    assert len(first["Flows"]) == size and first["NextToken"]
    rest = mc.list_flows(NextToken=first["NextToken"])
    assert len(rest["Flows"]) == 1 and "NextToken" not in rest
    assert [f["FlowArn"] for f in first["Flows"] + rest["Flows"]] == sorted(arns)
    pages = all_pages(mc.list_flows, "Flows", "NextToken", "MaxResults", 4)
    assert [len(p) for p in pages] == [4, 4, 3]


@pytest.mark.parametrize("service", ["mediaconnect", "ivs"])
def test_a_listing_keeps_its_place_when_items_come_and_go(local_endpoint: str, service: str) -> None:
    """Every resource that exists throughout a listing is on exactly one of its pages, however many
    others are deleted or created between the pages (the load benchmark saw a page skip one)."""
    client = make_client(service, local_endpoint)
    if service == "mediaconnect":
        list_page = lambda **token: client.list_flows(MaxResults=2, **token)
        items, token_name, key = "Flows", "NextToken", "FlowArn"
        create = lambda name: create_flow(client, name)["FlowArn"]
        delete = lambda arn: client.delete_flow(FlowArn=arn)
    else:
        list_page = lambda **token: client.list_channels(maxResults=2, **token)
        items, token_name, key = "channels", "nextToken", "arn"
        create = lambda name: client.create_channel(name=name)["channel"]["arn"]
        delete = lambda arn: client.delete_channel(arn=arn)
    kept = {create(f"kept-{i}") for i in range(6)}
    page = list_page()
    seen = [x[key] for x in page[items]]
    for i in range(20):
        if not page.get(token_name):
            break
        delete(seen[-1])  # one already listed goes and another comes before the next page
        create(f"late-{i}")
        page = list_page(**{token_name: page[token_name]})
        seen += [x[key] for x in page[items]]
    assert not page.get(token_name)
    assert len(seen) == len(set(seen)) and kept <= set(seen)


def test_list_entitlements_pages_by_the_documented_default(model: Any, mc: Any) -> None:
    size = _default_page_size(model, "ListEntitlements")
    assert size == 20
    grants = [{"Name": f"ent-{i}", "Subscribers": [ACCOUNT]} for i in range(size + 5)]
    create_flow(mc, "popular", Entitlements=grants)
    first = mc.list_entitlements()
    assert len(first["Entitlements"]) == size and first["NextToken"]
    listed = [
        (e["EntitlementArn"], e["EntitlementName"])
        for p in all_pages(mc.list_entitlements, "Entitlements", "NextToken", "MaxResults", None)
        for e in p
    ]
    assert [arn for arn, _ in listed] == sorted(arn for arn, _ in listed)  # in the order of their identifiers
    assert sorted(name for _, name in listed) == sorted(g["Name"] for g in grants)


def test_without_a_transition_delay_start_answers_starting_and_then_reads_active() -> None:
    """StartFlow answers with the state the flow passes through, as the service does, even when
    the backend finishes the change at once."""
    from awsmedia_runtime.local import LocalServer

    with LocalServer(transition_delay=0) as server:
        client = make_client("mediaconnect", server.url)
        arn = create_flow(client, "instant")["FlowArn"]
        assert client.start_flow(FlowArn=arn)["Status"] == "STARTING"
        assert client.describe_flow(FlowArn=arn)["Flow"]["Status"] == "ACTIVE"
        assert client.stop_flow(FlowArn=arn)["Status"] == "STOPPING"
        assert client.describe_flow(FlowArn=arn)["Flow"]["Status"] == "STANDBY"


def test_a_flow_without_a_source_is_refused(mc: Any) -> None:
    """The documents: the CreateFlow request must include one source (as Source or Sources)."""
    message = expect_error("BadRequestException", 400, mc.create_flow, Name="no-source")
    assert message == "source: a flow needs a source; give source (or sources)."
    assert mc.list_flows()["Flows"] == []


def test_ivs_answers_an_empty_tag_map_when_there_are_no_tags(ivs: Any) -> None:
    created = ivs.create_channel(name="untagged")
    assert created["channel"]["tags"] == {} and created["streamKey"]["tags"] == {}
    arn = created["channel"]["arn"]
    assert ivs.get_channel(arn=arn)["channel"]["tags"] == {}
    assert ivs.get_stream_key(arn=created["streamKey"]["arn"])["streamKey"]["tags"] == {}
    assert [c["tags"] for c in ivs.list_channels()["channels"]] == [{}]
    ivs.tag_resource(resourceArn=arn, tags={"team": "video"})
    assert ivs.create_channel(name="other")["channel"]["tags"] == {}  # tags are not shared between records


def test_a_packaging_group_is_deleted_only_when_empty_and_deleted_configurations_stop_serving(
    vod: Any,
) -> None:
    """The documents: a packaging group's configurations and assets are deleted first; a deleted
    configuration no longer gives its group's assets an egress endpoint."""
    group = create_group_with_configs(vod, "shows", ["hls", "hls2"])
    create_asset(vod, "pilot", "shows")
    message = expect_error("UnprocessableEntityException", 422, vod.delete_packaging_group, Id="shows")
    assert message == "PackagingGroup shows still has PackagingConfiguration hls, hls2; delete them first"
    vod.delete_packaging_configuration(Id="hls2")
    assert vod.describe_asset(Id="pilot")["EgressEndpoints"] == [
        {"PackagingConfigurationId": "hls", "Url": f"{group['DomainName']}/out/v1/pilot/hls/index.m3u8"}
    ]
    vod.delete_packaging_configuration(Id="hls")
    message = expect_error("UnprocessableEntityException", 422, vod.delete_packaging_group, Id="shows")
    assert message == "PackagingGroup shows still has Asset pilot; delete them first"
    vod.delete_asset(Id="pilot")
    vod.delete_packaging_group(Id="shows")
    assert vod.list_packaging_groups()["PackagingGroups"] == []


def test_a_flow_holds_at_most_50_outputs_and_entitlements_also_when_added_later(mc: Any) -> None:
    outputs = [output(f"o{i}", 6000 + i) for i in range(49)]
    entitlements = [{"Name": f"e{i}", "Subscribers": [SUBSCRIBER]} for i in range(50)]
    arn = create_flow(mc, "full", Outputs=outputs, Entitlements=entitlements)["FlowArn"]
    message = expect_error(
        "AddFlowOutputs420Exception",
        420,
        mc.add_flow_outputs,
        FlowArn=arn,
        Outputs=[output("a"), output("b")],
    )
    assert message.endswith("already has 49 FlowOutput; the limit is 50")
    mc.add_flow_outputs(FlowArn=arn, Outputs=[output("fiftieth")])
    assert len(mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"]) == 50
    expect_error(
        "GrantFlowEntitlements420Exception",
        420,
        mc.grant_flow_entitlements,
        FlowArn=arn,
        Entitlements=[{"Name": "one-more", "Subscribers": [SUBSCRIBER]}],
    )


def test_outputs_and_sources_of_a_flow_have_names_of_their_own(mc: Any) -> None:
    """The documents: an output's name is unique within its flow; so is a source's."""
    arn = create_flow(mc, "named", Outputs=[output("dup")], SourceFailoverConfig={"State": "ENABLED"})[
        "FlowArn"
    ]
    message = expect_error(
        "BadRequestException", 400, mc.add_flow_outputs, FlowArn=arn, Outputs=[output("dup")]
    )
    assert message == "Flow already has a FlowOutput with Name 'dup'"
    expect_error(
        "BadRequestException", 400, mc.add_flow_sources, FlowArn=arn, Sources=[source("primary", port=5001)]
    )
    flow = mc.describe_flow(FlowArn=arn)["Flow"]
    assert [o["Name"] for o in flow["Outputs"]] == ["dup"] and [s["Name"] for s in flow["Sources"]] == [
        "primary"
    ]


def test_failover_cannot_be_turned_off_while_a_flow_has_two_sources(mc: Any) -> None:
    arn = create_flow(
        mc, "pair", Sources=[source("a"), source("b", port=5001)], SourceFailoverConfig={"State": "ENABLED"}
    )["FlowArn"]
    message = expect_error(
        "BadRequestException", 400, mc.update_flow, FlowArn=arn, SourceFailoverConfig={"State": "DISABLED"}
    )
    assert message.startswith(
        "sources: without source failover (state ENABLED) a flow has exactly one source."
    )
    assert mc.describe_flow(FlowArn=arn)["Flow"]["SourceFailoverConfig"]["State"] == "ENABLED"


def test_what_the_backend_does_not_emulate_is_an_error_that_says_so(ivs: Any) -> None:
    """A member the model does not have is refused rather than dropped (dropping a filter would
    answer another question); an operation it does not serve names the service asked for."""
    ivs.create_channel(name="kept")
    recording = "arn:aws:ivs:us-east-1:123456789012:recording-configuration/abcd"
    message = expect_error(
        "ValidationException", 400, ivs.list_channels, filterByRecordingConfigurationArn=recording
    )
    assert message == (
        "ivs: the local backend does not support filterByRecordingConfigurationArn in ListChannels (not in its model)"
    )
    message = expect_error("UnknownOperationException", 404, ivs.get_recording_configuration, arn=recording)
    assert message == "the local backend does not emulate POST /GetRecordingConfiguration of ivs"


def test_a_flows_two_sources_share_one_protocol_rtp_and_rtp_fec_counting_as_one(mc: Any) -> None:
    failover = {"State": "ENABLED"}
    zixi = {**source("z", protocol="zixi-push", port=2088)}
    message = expect_error(
        "BadRequestException",
        400,
        mc.create_flow,
        Name="mixed",
        Sources=[zixi, source("srt", protocol="srt-listener")],
        SourceFailoverConfig=failover,
    )
    assert (
        message
        == "a flow's sources use one protocol (RTP with RTP-FEC); these would use srt-listener, zixi-push"
    )
    arn = create_flow(mc, "rtp-pair", Sources=[source("a")], SourceFailoverConfig=failover)["FlowArn"]
    expect_error("BadRequestException", 400, mc.add_flow_sources, FlowArn=arn, Sources=[zixi])
    mc.add_flow_sources(FlowArn=arn, Sources=[source("b", protocol="rtp-fec", port=5001)])
    assert [s["Transport"]["Protocol"] for s in mc.describe_flow(FlowArn=arn)["Flow"]["Sources"]] == [
        "rtp",
        "rtp-fec",
    ]


def test_a_zixi_push_source_given_no_port_reads_back_2088(mc: Any) -> None:
    flow = mc.create_flow(
        Name="zixi", Source={"Name": "z", "Protocol": "zixi-push", "WhitelistCidr": "10.0.0.0/16"}
    )["Flow"]
    assert flow["Source"]["IngestPort"] == 2088 and flow["Sources"][0]["IngestPort"] == 2088
    assert mc.describe_flow(FlowArn=flow["FlowArn"])["Flow"]["Source"]["IngestPort"] == 2088


def test_metadata_is_limited_to_1_kb_counted_in_bytes(ivs: Any) -> None:
    """PutMetadata takes at most 1 KB: 1,000 characters of "é" are 2,000 bytes, refused by the typed
    client before sending and by the backend alike."""
    from awsmedia.clients.ivs import IvsClient
    from awsmedia_runtime import ValidationError

    arn = ivs.create_channel(name="meta")["channel"]["arn"]
    message = expect_error("ValidationException", 400, ivs.put_metadata, channelArn=arn, metadata="é" * 1000)
    assert message == "metadata: 2000 bytes in UTF-8; allowed: at most 1024."
    with pytest.raises(ValidationError) as info:
        IvsClient(ivs).put_metadata(channel_arn=arn, metadata="é" * 1000)
    assert info.value.problems == [("metadata", "2000 bytes in UTF-8; allowed: at most 1024.")]
    # 1,024 bytes pass validation; the channel is not live, which is what the backend then says.
    expect_error("ChannelNotBroadcasting", 404, ivs.put_metadata, channelArn=arn, metadata="x" * 1024)


def test_a_subscriber_removed_from_an_entitlement_loses_its_output(mc: Any) -> None:
    """Seed 000: changing an entitlement's subscribers removes the outputs the removed ones used."""
    flow = create_flow(mc, "granting", Entitlements=[{"Name": "feed", "Subscribers": [ACCOUNT]}])
    arn, ent = flow["FlowArn"], flow["Entitlements"][0]
    create_flow(mc, "taker", Source={"Name": "in", "EntitlementArn": ent["EntitlementArn"]})
    assert [o.get("EntitlementArn") for o in mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"]] == [
        ent["EntitlementArn"]
    ]
    mc.update_flow_entitlement(FlowArn=arn, EntitlementArn=ent["EntitlementArn"], Subscribers=[SUBSCRIBER])
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"] == []


def test_outputs_a_receiver_connects_to_report_a_listener_address(mc: Any) -> None:
    """Zixi pull and SRT listener outputs report where to connect (the flow's egress IP); others,
    and an output changed to push, report none."""
    flow = create_flow(
        mc,
        "listening",
        Outputs=[
            {"Name": "pull", "Protocol": "zixi-pull", "RemoteId": "rx"},
            {"Name": "srt", "Protocol": "srt-listener", "Port": 5001},
            output("push"),
        ],
    )
    by_name = {o["Name"]: o for o in flow["Outputs"]}
    assert by_name["pull"]["ListenerAddress"] == by_name["srt"]["ListenerAddress"] == flow["EgressIp"]
    assert "ListenerAddress" not in by_name["push"]
    changed = mc.update_flow_output(
        FlowArn=flow["FlowArn"],
        OutputArn=by_name["srt"]["OutputArn"],
        Protocol="zixi-push",
        Destination="198.51.100.3",
        Port=2088,
    )["Output"]
    assert "ListenerAddress" not in changed
