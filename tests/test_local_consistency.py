"""Eventual consistency in the local backend: with `consistency_delay_ms` set (a fault setting), a newly
created resource reads as not found and is left out of lists for that long, while the service already
takes changes to it; afterwards it reads as usual."""

from __future__ import annotations

import time

from test_local_backend import create_flow, expect_error, make_client, output
from test_local_control import control

DELAY_MS = 3000  # long enough for the checks below on a busy machine (tests run in parallel)


def settled() -> None:
    """Past the delay of everything created so far."""
    time.sleep(DELAY_MS / 1000 + 0.05)


def test_a_new_mediaconnect_flow_and_its_new_children_are_unseen_for_the_delay(local_endpoint: str) -> None:
    mc = make_client("mediaconnect", local_endpoint)
    old = create_flow(mc, "old", Entitlements=[{"Name": "old-ent", "Subscribers": ["123456789012"]}])
    assert control(local_endpoint, "faults", {"consistency_delay_ms": DELAY_MS}, method="PUT")[0] == 200
    deadline = time.monotonic() + DELAY_MS / 1000
    new = create_flow(mc, "new", Entitlements=[{"Name": "new-ent", "Subscribers": ["123456789012"]}])
    added = mc.add_flow_outputs(FlowArn=old["FlowArn"], Outputs=[output("late")])["Outputs"][0]
    granted = mc.grant_flow_entitlements(
        FlowArn=old["FlowArn"], Entitlements=[{"Name": "late-ent", "Subscribers": ["123456789012"]}]
    )["Entitlements"][0]

    expect_error("NotFoundException", 404, mc.describe_flow, FlowArn=new["FlowArn"])
    assert [f["Name"] for f in mc.list_flows()["Flows"]] == ["old"]
    described = mc.describe_flow(FlowArn=old["FlowArn"])["Flow"]
    assert added["OutputArn"] not in [o["OutputArn"] for o in described.get("Outputs") or []]
    assert [e["EntitlementName"] for e in mc.list_entitlements()["Entitlements"]] == ["old-ent"]
    # Changes are taken at once: only reads lag.
    mc.update_flow(FlowArn=new["FlowArn"], SourceFailoverConfig={"State": "DISABLED"})
    mc.update_flow_output(FlowArn=old["FlowArn"], OutputArn=added["OutputArn"], Port=7005)
    assert time.monotonic() < deadline, "the checks above took longer than the delay; raise DELAY_MS"

    settled()
    assert mc.describe_flow(FlowArn=new["FlowArn"])["Flow"]["Name"] == "new"
    assert sorted(f["Name"] for f in mc.list_flows()["Flows"]) == ["new", "old"]
    outputs = mc.describe_flow(FlowArn=old["FlowArn"])["Flow"]["Outputs"]
    assert [(o["OutputArn"], o["Port"]) for o in outputs] == [(added["OutputArn"], 7005)]
    names = sorted(e["EntitlementName"] for e in mc.list_entitlements()["Entitlements"])
    assert names == ["late-ent", "new-ent", "old-ent"] and granted["Name"] == "late-ent"


def test_new_ivs_channels_and_stream_keys_are_unseen_for_the_delay(local_endpoint: str) -> None:
    ivs = make_client("ivs", local_endpoint)
    old = ivs.create_channel(name="old")["channel"]["arn"]
    control(local_endpoint, "faults", {"consistency_delay_ms": DELAY_MS}, method="PUT")
    deadline = time.monotonic() + DELAY_MS / 1000
    created = ivs.create_channel(name="new", tags={"k": "v"})
    new, issued = created["channel"]["arn"], created["streamKey"]["arn"]
    expect_error("ResourceNotFoundException", 404, ivs.get_channel, arn=new)
    expect_error("ResourceNotFoundException", 404, ivs.get_stream_key, arn=issued)
    expect_error("ResourceNotFoundException", 404, ivs.list_tags_for_resource, resourceArn=new)
    assert [c["name"] for c in ivs.list_channels()["channels"]] == ["old"]
    batch = ivs.batch_get_channel(arns=[old, new])
    assert [c["arn"] for c in batch["channels"]] == [old] and [e["arn"] for e in batch["errors"]] == [new]
    ivs.update_channel(arn=new, name="renamed")
    assert time.monotonic() < deadline, "the checks above took longer than the delay; raise DELAY_MS"

    settled()
    assert ivs.get_channel(arn=new)["channel"]["name"] == "renamed"
    assert ivs.get_stream_key(arn=issued)["streamKey"]["channelArn"] == new
    assert ivs.list_tags_for_resource(resourceArn=new)["tags"] == {"k": "v"}


def test_new_mediapackage_vod_resources_are_unseen_for_the_delay(local_endpoint: str) -> None:
    vod = make_client("mediapackage-vod", local_endpoint)
    control(local_endpoint, "faults", {"consistency_delay_ms": DELAY_MS}, method="PUT")
    deadline = time.monotonic() + DELAY_MS / 1000
    vod.create_packaging_group(Id="group")
    vod.create_packaging_configuration(
        Id="config", PackagingGroupId="group", HlsPackage={"HlsManifests": [{"ManifestName": "index"}]}
    )
    vod.create_asset(
        Id="asset",
        PackagingGroupId="group",
        SourceArn="arn:aws:s3:::media-bucket/titles/movie.smil",
        SourceRoleArn="arn:aws:iam::123456789012:role/mediapackage-read",
    )
    for call, kwargs in (
        (vod.describe_packaging_group, {"Id": "group"}),
        (vod.describe_packaging_configuration, {"Id": "config"}),
        (vod.describe_asset, {"Id": "asset"}),
    ):
        expect_error("NotFoundException", 404, call, **kwargs)
    assert vod.list_packaging_groups()["PackagingGroups"] == []
    assert vod.list_assets()["Assets"] == []
    assert time.monotonic() < deadline, "the checks above took longer than the delay; raise DELAY_MS"

    settled()
    assert vod.describe_asset(Id="asset")["PackagingGroupId"] == "group"
    assert [c["Id"] for c in vod.list_packaging_configurations()["PackagingConfigurations"]] == ["config"]


def test_the_delay_is_a_fault_setting_with_its_limits(local_endpoint: str) -> None:
    status, body = control(local_endpoint, "faults", {"consistency_delay_ms": -1}, method="PUT")
    assert status == 400 and "consistency_delay_ms must be a number >= 0" in body["message"]
    control(local_endpoint, "faults", {"consistency_delay_ms": 5000}, method="PUT")
    assert control(local_endpoint, "faults", method="GET")[1]["consistency_delay_ms"] == 5000
    control(local_endpoint, "reset", {})
    assert control(local_endpoint, "faults", method="GET")[1]["consistency_delay_ms"] == 0
    ivs = make_client("ivs", local_endpoint)
    arn = ivs.create_channel(name="at-once")["channel"]["arn"]
    assert ivs.get_channel(arn=arn)["channel"]["name"] == "at-once"
