"""Terraform lifecycle of the MediaConnect resources against the local backend, with a real terraform."""

from __future__ import annotations

import re
from typing import Any

from conftest import boto3_client
from tfharness import Result, Workspace, assert_clean, assert_in_place

FLOW_ADDR = "awsmedia_mediaconnect_flow.f"
# The local backend's account: entitlements naming it are listed by ListEntitlements.
ACCOUNT = "123456789012"

FLOW = """
resource "awsmedia_mediaconnect_flow" "f" {
  name    = "%(name)s"
  running = %(running)s
  source {
    name           = "%(source)s"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "%(cidr)s"
  }
  source_failover_config {
    state           = "%(failover)s"
    failover_mode   = "FAILOVER"
    recovery_window = %(window)d
  }
}
"""


def flow(
    name: str = "live",
    running: bool = False,
    source: str = "primary",
    cidr: str = "10.0.0.0/16",
    window: int = 200,
    failover: str = "ENABLED",
) -> str:
    return FLOW % {
        "name": name,
        "running": str(running).lower(),
        "source": source,
        "cidr": cidr,
        "window": window,
        "failover": failover,
    }


def assert_creates(result: Result, *addresses: str) -> None:
    assert result.plan_has_changes, result.out
    for address in addresses:
        assert f"{address} will be created" in result.out, result.out


def shows_change(result: Result, attribute: str, change: str) -> bool:
    """Whether the plan shows `attribute = <change>`, however Terraform aligns the `=`."""
    return re.search(rf"\b{attribute}\s+= {re.escape(change)}", result.out) is not None


def flat(text: str) -> str:
    """Terraform wraps diagnostic details at 78 columns; compare them on one line."""
    return " ".join(text.split())


def describe(mc: Any, flow_arn: str) -> dict[str, Any]:
    found: dict[str, Any] = mc.describe_flow(FlowArn=flow_arn)["Flow"]
    return found


def destroy_only(tf: Workspace, address: str) -> Result:
    return tf.run("destroy", "-auto-approve", "-input=false", f"-target={address}")


def create_child(tf: Workspace, config: str, addr: str, arn_key: str) -> tuple[str, dict[str, Any]]:
    """Applies a flow with one child: both are planned as creations, and the child's ID is
    "<flow_arn>,<child_arn>". Returns the flow's ARN and the child's state."""
    tf.write(config)
    assert_creates(tf.plan(), FLOW_ADDR, addr)
    tf.apply()
    flow_arn = tf.resource(FLOW_ADDR)["flow_arn"]
    created = tf.resource(addr)
    assert created["id"] == f"{flow_arn},{created[arn_key]}"
    return flow_arn, created


def rename_import_and_remove(
    tf: Workspace,
    mc: Any,
    addr: str,
    flow_arn: str,
    created: dict[str, Any],
    renamed_config: str,
    *,
    arn_key: str,
    collection: str,
    change: str,
    names_after_rename: list[str],
    names_after_removal: list[str],
) -> None:
    """What every flow child shares: a new name replaces it (the name is only set when it is added),
    it imports as "<flow_arn>,<child_arn>", and destroying it alone removes it from the flow; then the
    whole stack goes."""
    tf.write(renamed_config)
    rename = tf.plan()
    assert f"{addr} must be replaced" in rename.out
    assert shows_change(rename, "name", change)
    tf.apply()
    renamed = tf.resource(addr)
    assert renamed[arn_key] != created[arn_key]
    assert [c["Name"] for c in describe(mc, flow_arn)[collection]] == names_after_rename

    tf.reimport(addr, renamed["id"])
    assert tf.resource(addr)["flow_arn"] == flow_arn
    assert_clean(tf)

    destroy_only(tf, addr)
    assert [c["Name"] for c in describe(mc, flow_arn)[collection]] == names_after_removal
    assert_creates(tf.plan(), addr)
    tf.destroy()
    assert mc.list_flows()["Flows"] == []
    assert_creates(tf.plan(), FLOW_ADDR, addr)


def test_flow_lifecycle(tf: Workspace) -> None:
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write(flow())
    first = tf.plan()
    assert_creates(first, FLOW_ADDR)
    tf.apply()
    created = tf.resource(FLOW_ADDR)
    arn = created["flow_arn"]
    assert created["id"] == arn and created["status"] == "STANDBY" and created["running"] is False
    assert (
        created["source"]["source_arn"].startswith("arn:aws:mediaconnect:") and created["source"]["ingest_ip"]
    )
    server = describe(mc, arn)
    assert server["Status"] == "STANDBY" and server["Source"]["Name"] == "primary"
    assert server["SourceFailoverConfig"] == {
        "State": "ENABLED",
        "FailoverMode": "FAILOVER",
        "RecoveryWindow": 200,
    }
    assert_clean(tf)

    # In place: the failover config goes through UpdateFlow, the primary source through UpdateFlowSource
    # (UpdateFlow has no source member, so the server's CIDR changes only if that call was made).
    tf.write(flow(window=300, cidr="10.1.0.0/16"))
    update = tf.plan()
    assert_in_place(update, FLOW_ADDR)
    assert shows_change(update, "recovery_window", "200 -> 300")
    assert shows_change(update, "whitelist_cidr", '"10.0.0.0/16" -> "10.1.0.0/16"')
    tf.apply()
    updated = tf.resource(FLOW_ADDR)
    assert updated["flow_arn"] == arn and updated["source"]["source_arn"] == created["source"]["source_arn"]
    server = describe(mc, arn)
    assert server["SourceFailoverConfig"]["RecoveryWindow"] == 300
    assert server["Source"]["WhitelistCidr"] == "10.1.0.0/16"
    assert_clean(tf)

    # Out of band: both kinds of change show up in the plan, and apply puts them back.
    mc.update_flow(FlowArn=arn, SourceFailoverConfig={"RecoveryWindow": 450})
    mc.update_flow_source(FlowArn=arn, SourceArn=updated["source"]["source_arn"], WhitelistCidr="10.9.0.0/16")
    drift = tf.plan()
    assert_in_place(drift, FLOW_ADDR)
    assert shows_change(drift, "recovery_window", "450 -> 300")
    assert shows_change(drift, "whitelist_cidr", '"10.9.0.0/16" -> "10.1.0.0/16"')
    tf.apply()
    server = describe(mc, arn)
    assert (
        server["SourceFailoverConfig"]["RecoveryWindow"] == 300
        and server["Source"]["WhitelistCidr"] == "10.1.0.0/16"
    )

    # The flow's name can only be set at create: a new flow replaces the old one.
    tf.write(flow(name="live2", window=300, cidr="10.1.0.0/16"))
    rename = tf.plan()
    assert f"{FLOW_ADDR} must be replaced" in rename.out
    assert shows_change(rename, "name", '"live" -> "live2" # forces replacement')
    tf.apply()
    renamed = tf.resource(FLOW_ADDR)
    assert renamed["flow_arn"] != arn and renamed["name"] == "live2"
    assert [f["FlowArn"] for f in mc.list_flows()["Flows"]] == [renamed["flow_arn"]]

    # So can the source's name (UpdateFlowSource cannot rename it).
    tf.write(flow(name="live2", source="main", window=300, cidr="10.1.0.0/16"))
    resource_plan = tf.plan()
    assert f"{FLOW_ADDR} must be replaced" in resource_plan.out
    assert shows_change(resource_plan, "name", '"primary" -> "main" # forces replacement')
    tf.apply()
    resourced = tf.resource(FLOW_ADDR)
    assert resourced["flow_arn"] != renamed["flow_arn"]
    assert describe(mc, resourced["flow_arn"])["Source"]["Name"] == "main"
    assert_clean(tf)

    # Import after forgetting it: the flow's import id is its ARN.
    tf.reimport(FLOW_ADDR, resourced["id"])
    assert tf.resource(FLOW_ADDR)["source"]["name"] == "main"
    assert_clean(tf)

    tf.destroy()
    assert mc.list_flows()["Flows"] == []
    assert_creates(tf.plan(), FLOW_ADDR)


def test_flow_running_switch(tf: Workspace) -> None:
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write(flow(running=True))
    tf.apply()
    started = tf.resource(FLOW_ADDR)
    arn = started["flow_arn"]
    assert started["running"] is True and started["status"] == "ACTIVE"
    assert describe(mc, arn)["Status"] == "ACTIVE"
    assert_clean(tf)

    # Stopped outside Terraform: the plan starts it again.
    mc.stop_flow(FlowArn=arn)
    drift = tf.plan()
    assert_in_place(drift, FLOW_ADDR)
    assert shows_change(drift, "running", "false -> true")
    tf.apply()
    assert describe(mc, arn)["Status"] == "ACTIVE"

    # running = false stops it, in place.
    tf.write(flow(running=False))
    stop = tf.plan()
    assert_in_place(stop, FLOW_ADDR)
    assert shows_change(stop, "running", "true -> false")
    tf.apply()
    stopped = tf.resource(FLOW_ADDR)
    assert stopped["flow_arn"] == arn and stopped["status"] == "STANDBY" and stopped["running"] is False
    assert describe(mc, arn)["Status"] == "STANDBY"
    assert_clean(tf)

    # Started again, then destroyed while running: the runtime stops it before DeleteFlow.
    tf.write(flow(running=True))
    tf.apply()
    assert describe(mc, arn)["Status"] == "ACTIVE"
    tf.destroy()
    assert mc.list_flows()["Flows"] == []


OUTPUT = """
resource "awsmedia_mediaconnect_flow_output" "o" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "%(name)s"
  protocol    = "zixi-push"
  destination = "%(destination)s"
  port        = %(port)d
  description = "to the studio"
}
"""


def output(name: str = "studio", destination: str = "198.51.100.10", port: int = 1025) -> str:
    return flow() + OUTPUT % {"name": name, "destination": destination, "port": port}


def test_flow_output_lifecycle(tf: Workspace) -> None:
    mc = boto3_client("mediaconnect", tf.endpoint)
    addr = "awsmedia_mediaconnect_flow_output.o"
    flow_arn, created = create_child(tf, output(), addr, "output_arn")
    assert created["flow_arn"] == flow_arn
    [server] = describe(mc, flow_arn)["Outputs"]
    assert server["OutputArn"] == created["output_arn"] and server["Transport"]["Protocol"] == "zixi-push"
    assert (server["Destination"], server["Port"]) == ("198.51.100.10", 1025)
    assert_clean(tf)

    # In place through UpdateFlowOutput.
    tf.write(output(destination="198.51.100.20", port=1030))
    update = tf.plan()
    assert_in_place(update, addr)
    assert shows_change(update, "destination", '"198.51.100.10" -> "198.51.100.20"')
    tf.apply()
    assert tf.resource(addr)["output_arn"] == created["output_arn"]
    [server] = describe(mc, flow_arn)["Outputs"]
    assert (server["Destination"], server["Port"]) == ("198.51.100.20", 1030)
    assert_clean(tf)

    # Out of band.
    mc.update_flow_output(FlowArn=flow_arn, OutputArn=created["output_arn"], Port=2000)
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert shows_change(drift, "port", "2000 -> 1030")
    tf.apply()
    assert describe(mc, flow_arn)["Outputs"][0]["Port"] == 1030

    rename_import_and_remove(
        tf,
        mc,
        addr,
        flow_arn,
        created,
        output(name="studio-b", destination="198.51.100.20", port=1030),
        arn_key="output_arn",
        collection="Outputs",
        change='"studio" -> "studio-b" # forces replacement',
        names_after_rename=["studio-b"],
        names_after_removal=[],
    )


ENTITLEMENT = """
resource "awsmedia_mediaconnect_flow_entitlement" "e" {
  flow_arn           = awsmedia_mediaconnect_flow.f.flow_arn
  name               = "%(name)s"
  subscribers        = [%(subscribers)s]
  entitlement_status = "ENABLED"
  description        = "%(description)s"
}
"""


def entitlement(
    name: str = "partner", subscribers: tuple[str, ...] = ("111122223333",), description: str = "partner feed"
) -> str:
    quoted = ", ".join(f'"{s}"' for s in subscribers)
    return flow() + ENTITLEMENT % {"name": name, "subscribers": quoted, "description": description}


def test_flow_entitlement_lifecycle(tf: Workspace) -> None:
    mc = boto3_client("mediaconnect", tf.endpoint)
    addr = "awsmedia_mediaconnect_flow_entitlement.e"
    flow_arn, created = create_child(tf, entitlement(), addr, "entitlement_arn")
    assert created["data_transfer_subscriber_fee_percent"] == 0  # computed: the service's default
    [server] = describe(mc, flow_arn)["Entitlements"]
    assert server["EntitlementArn"] == created["entitlement_arn"] and server["Subscribers"] == [
        "111122223333"
    ]
    assert_clean(tf)

    # In place through UpdateFlowEntitlement.
    tf.write(entitlement(subscribers=("111122223333", "444455556666"), description="two partners"))
    update = tf.plan()
    assert_in_place(update, addr)
    assert shows_change(update, "description", '"partner feed" -> "two partners"')
    tf.apply()
    assert tf.resource(addr)["entitlement_arn"] == created["entitlement_arn"]
    [server] = describe(mc, flow_arn)["Entitlements"]
    assert (
        server["Subscribers"] == ["111122223333", "444455556666"] and server["Description"] == "two partners"
    )
    assert_clean(tf)

    # Out of band: disabled on the server; the configuration enables it again.
    mc.update_flow_entitlement(
        FlowArn=flow_arn, EntitlementArn=created["entitlement_arn"], EntitlementStatus="DISABLED"
    )
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert shows_change(drift, "entitlement_status", '"DISABLED" -> "ENABLED"')
    tf.apply()
    assert describe(mc, flow_arn)["Entitlements"][0]["EntitlementStatus"] == "ENABLED"

    rename_import_and_remove(
        tf,
        mc,
        addr,
        flow_arn,
        created,
        entitlement(
            name="partner-b", subscribers=("111122223333", "444455556666"), description="two partners"
        ),
        arn_key="entitlement_arn",
        collection="Entitlements",
        change='"partner" -> "partner-b" # forces replacement',
        names_after_rename=["partner-b"],
        names_after_removal=[],
    )


SOURCE = """
resource "awsmedia_mediaconnect_flow_source" "s" {
  flow_arn       = awsmedia_mediaconnect_flow.f.flow_arn
  name           = "%(name)s"
  protocol       = "zixi-push"
  ingest_port    = 2088
  whitelist_cidr = "%(cidr)s"
}
"""


def second_source(name: str = "backup", cidr: str = "10.2.0.0/16") -> str:
    # A flow takes a second source only with failover ENABLED (flow() sets it).
    return flow() + SOURCE % {"name": name, "cidr": cidr}


def test_flow_source_lifecycle(tf: Workspace) -> None:
    mc = boto3_client("mediaconnect", tf.endpoint)
    addr = "awsmedia_mediaconnect_flow_source.s"
    flow_arn, created = create_child(tf, second_source(), addr, "source_arn")
    assert created["ingest_ip"]
    server = describe(mc, flow_arn)
    assert [s["Name"] for s in server["Sources"]] == ["primary", "backup"]
    assert server["Sources"][1]["SourceArn"] == created["source_arn"]
    assert server["Source"]["Name"] == "primary"  # the flow's own source is still the primary
    assert_clean(tf)

    # In place through UpdateFlowSource.
    tf.write(second_source(cidr="10.3.0.0/16"))
    update = tf.plan()
    assert_in_place(update, addr)
    assert shows_change(update, "whitelist_cidr", '"10.2.0.0/16" -> "10.3.0.0/16"')
    tf.apply()
    assert tf.resource(addr)["source_arn"] == created["source_arn"]
    assert describe(mc, flow_arn)["Sources"][1]["WhitelistCidr"] == "10.3.0.0/16"
    assert_clean(tf)

    # Out of band.
    mc.update_flow_source(FlowArn=flow_arn, SourceArn=created["source_arn"], WhitelistCidr="10.8.0.0/16")
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert shows_change(drift, "whitelist_cidr", '"10.8.0.0/16" -> "10.3.0.0/16"')
    tf.apply()
    assert describe(mc, flow_arn)["Sources"][1]["WhitelistCidr"] == "10.3.0.0/16"

    rename_import_and_remove(
        tf,
        mc,
        addr,
        flow_arn,
        created,
        second_source(name="backup-b", cidr="10.3.0.0/16"),
        arn_key="source_arn",
        collection="Sources",
        change='"backup" -> "backup-b" # forces replacement',
        names_after_rename=["primary", "backup-b"],
        names_after_removal=["primary"],
    )


def test_source_count_is_checked_at_plan_time(tf: Workspace) -> None:
    """The rule spans two resources (the flow's failover state, the flow_source resources), so the
    provider checks it while planning a new source, with the flow as planned in the same run."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    # Flow and source new together: the flow's ARN is unknown at plan time, so the check runs when
    # Terraform plans the source again during apply, once the flow exists; no source is added.
    tf.write(flow(failover="DISABLED") + SOURCE % {"name": "backup", "cidr": "10.2.0.0/16"})
    out = flat(tf.apply_fails().out)
    assert "Error: Invalid combination at flow_arn" in out
    assert "without source failover (state ENABLED) a flow has exactly one source." in out
    flow_arn = tf.resource(FLOW_ADDR)["flow_arn"]
    assert [s["Name"] for s in describe(mc, flow_arn)["Sources"]] == ["primary"]

    # Without failover a flow has one source: a second is refused at plan time, at flow_arn.
    tf.write(flow(failover="DISABLED") + SOURCE % {"name": "backup", "cidr": "10.2.0.0/16"})
    out = flat(tf.plan_fails().out)
    assert "Error: Invalid combination at flow_arn" in out
    assert "without source failover (state ENABLED) a flow has exactly one source." in out
    assert f"Adding this resource would give awsmedia_mediaconnect_flow {flow_arn} 2 items in sources." in out
    assert [s["Name"] for s in describe(mc, flow_arn)["Sources"]] == ["primary"]

    # Enabling failover in the same change is seen: the flow is planned before its source.
    tf.write(second_source())
    assert_in_place(tf.plan(), FLOW_ADDR)
    tf.apply()
    assert [s["Name"] for s in describe(mc, flow_arn)["Sources"]] == ["primary", "backup"]
    assert_clean(tf)

    # With failover, two at most. A third next to an existing second is a warning at plan time (that
    # second may be on its way out in the same run: a rename, or `terraform destroy`, which plans
    # the configuration first) and an error before the create call; nothing is added.
    third = SOURCE.replace('"s" {', '"third" {') % {"name": "third", "cidr": "10.4.0.0/16"}
    tf.write(second_source() + third)
    out = flat(tf.plan().out)
    assert "Warning: Invalid combination at flow_arn" in out
    assert "with source failover enabled a flow has one or two sources." in out
    assert "3 items in sources. Unless one is destroyed first, creating this resource will fail." in out
    out = flat(tf.apply_fails().out)
    assert "Error: Invalid combination at flow_arn" in out and "3 items in sources." in out
    assert len(describe(mc, flow_arn)["Sources"]) == 2

    # ... and it never stops a destroy (issue 13, point 3).
    tf.destroy()
    assert mc.list_flows()["Flows"] == []


def test_data_sources_read_what_resources_made(tf: Workspace) -> None:
    tf.write(flow() + OUTPUT % {"name": "studio", "destination": "198.51.100.10", "port": 1025} + f"""
resource "awsmedia_mediaconnect_flow_entitlement" "mine" {{
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "to-myself"
  subscribers = ["{ACCOUNT}"]
}}
data "awsmedia_mediaconnect_flow" "f" {{
  flow_arn   = awsmedia_mediaconnect_flow.f.flow_arn
  depends_on = [awsmedia_mediaconnect_flow_output.o, awsmedia_mediaconnect_flow_entitlement.mine]
}}
data "awsmedia_mediaconnect_flows" "all" {{
  depends_on = [awsmedia_mediaconnect_flow.f]
}}
data "awsmedia_mediaconnect_entitlements" "granted" {{
  depends_on = [awsmedia_mediaconnect_flow_entitlement.mine]
}}
output "name" {{ value = data.awsmedia_mediaconnect_flow.f.name }}
output "source" {{ value = data.awsmedia_mediaconnect_flow.f.source.name }}
output "window" {{ value = data.awsmedia_mediaconnect_flow.f.source_failover_config.recovery_window }}
output "outputs" {{ value = [for o in data.awsmedia_mediaconnect_flow.f.outputs : o.output_arn] }}
output "entitlements" {{ value = [for e in data.awsmedia_mediaconnect_flow.f.entitlements : e.name] }}
output "flows" {{ value = [for f in data.awsmedia_mediaconnect_flows.all.flows : [f.flow_arn, f.name, f.status]] }}
output "granted" {{ value = [for e in data.awsmedia_mediaconnect_entitlements.granted.entitlements : [e.entitlement_arn, e.entitlement_name]] }}
""")
    tf.apply()
    outputs: dict[str, Any] = {k: v["value"] for k, v in tf.show()["values"]["outputs"].items()}
    flow_arn = tf.resource(FLOW_ADDR)["flow_arn"]
    entitlement_arn = tf.resource("awsmedia_mediaconnect_flow_entitlement.mine")["entitlement_arn"]
    assert outputs["name"] == "live" and outputs["source"] == "primary" and outputs["window"] == 200
    assert outputs["outputs"] == [tf.resource("awsmedia_mediaconnect_flow_output.o")["output_arn"]]
    assert outputs["entitlements"] == ["to-myself"]
    assert outputs["flows"] == [[flow_arn, "live", "STANDBY"]]
    assert outputs["granted"] == [[entitlement_arn, "to-myself"]]


def test_plan_time_validation(tf: Workspace) -> None:
    # No resource depends on another here: Terraform skips the dependents of a resource that failed.
    tf.write("""
resource "awsmedia_mediaconnect_flow" "bad" {
  name = "bad"
  source {
    protocol    = "zixi"
    ingest_port = 2088
  }
  source_failover_config {
    recovery_window = 50
  }
}
resource "awsmedia_mediaconnect_flow" "zixi" {
  name = "zixi"
  source {
    protocol    = "zixi-push"
    ingest_port = 5000
  }
}
resource "awsmedia_mediaconnect_flow_source" "zixi" {
  flow_arn    = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:live"
  protocol    = "zixi-push"
  ingest_port = 2000
}
""")
    result = tf.plan_fails()
    out = flat(result.out)
    assert "Error: Invalid value for source.protocol" in out
    assert (
        "'zixi' is not allowed; allowed values: zixi-push, rtp-fec, rtp, zixi-pull, rist, st2110-jpegxs, cdi, "
        "srt-listener, srt-caller, fujitsu-qos, udp, ndi-speed-hq, rtmp-push." in out
    )
    assert "Error: Value out of range for source_failover_config.recovery_window" in out
    assert "50 is outside the allowed range: 100 to 500." in out
    rule = "a Zixi source listens on port 2088; ingest_port must be 2088 when protocol is zixi-push."
    # Once on the flow's source block, once on the flow_source resource, each at its own path.
    assert "Error: Invalid combination at source.ingest_port with awsmedia_mediaconnect_flow.zixi" in out
    assert "Error: Invalid combination at ingest_port with awsmedia_mediaconnect_flow_source.zixi" in out
    assert out.count(rule) == 2
    assert out.count("Error: ") == 4


def test_flow_description_is_not_its_sources(tf: Workspace) -> None:
    """A flow created without a description has none, although its source has one: the source's
    description is returned inside the source (Flow.Source.Description) and stays there, in the
    resource's state and in the flow data source alike."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write("""
resource "awsmedia_mediaconnect_flow" "f" {
  name = "described"
  source {
    name           = "cam"
    description    = "camera one"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "10.0.0.0/16"
  }
}
data "awsmedia_mediaconnect_flow" "f" {
  flow_arn = awsmedia_mediaconnect_flow.f.flow_arn
}
""")
    tf.apply()
    flow_state = tf.resource(FLOW_ADDR)
    server = describe(mc, flow_state["flow_arn"])
    assert "Description" not in server and server["Source"]["Description"] == "camera one"
    assert flow_state["description"] is None
    # Members the request gives flat and the response nests (Transport.Protocol) are still read back.
    assert (
        flow_state["source"]["description"] == "camera one"
        and flow_state["source"]["protocol"] == "zixi-push"
    )
    read = tf.resource("data.awsmedia_mediaconnect_flow.f")
    assert read["description"] is None
    assert (
        read["source"]["description"] == "camera one"
        and read["source"]["transport"]["protocol"] == "zixi-push"
    )
    assert_clean(tf)


def test_a_zixi_source_left_without_a_port_takes_the_one_the_service_reports(tf: Workspace) -> None:
    """The service reports 2088 for a Zixi push source created without a port; the port is optional
    and computed, so the apply converges and the next plan is clean."""
    tf.write("""
resource "awsmedia_mediaconnect_flow" "f" {
  name = "zixi-default"
  source {
    name           = "cam"
    protocol       = "zixi-push"
    whitelist_cidr = "10.0.0.0/16"
  }
}
""")
    tf.apply()
    assert tf.resource(FLOW_ADDR)["source"]["ingest_port"] == 2088
    assert_clean(tf)


def test_two_outputs_of_a_flow_cannot_share_a_name(tf: Workspace) -> None:
    """The documents: an output's name is unique within its flow. The plan says so, for an output
    the flow already has and for two planned together; nothing is created."""
    tf.write(output(name="studio"))
    tf.apply()
    second = OUTPUT.replace('"o"', '"again"') % {
        "name": "studio",
        "destination": "198.51.100.11",
        "port": 1026,
    }
    tf.write(output(name="studio") + second)
    # One that exists already: a warning at plan time (it could be destroyed in the same run), an
    # error before the create call.
    out = flat(tf.plan().out)
    assert (
        "Warning: Duplicate name" in out
        and "already has a awsmedia_mediaconnect_flow_output with name 'studio'" in out
    )
    out = flat(tf.apply_fails().out)
    assert "Error: Duplicate name" in out
    pair = [
        OUTPUT.replace('"o"', f'"{n}"') % {"name": "twin", "destination": "198.51.100.12", "port": p}
        for n, p in (("t1", 1027), ("t2", 1028))
    ]
    tf.write(output(name="studio") + "".join(pair))
    assert "Error: Duplicate name" in tf.plan_fails().out
    mc = boto3_client("mediaconnect", tf.endpoint)
    assert [o["Name"] for o in describe(mc, tf.resource(FLOW_ADDR)["flow_arn"])["Outputs"]] == ["studio"]


def test_two_sources_planned_together_count_together(tf: Workspace) -> None:
    """A flow with failover holds two sources: two new flow_source resources planned in one run
    would make three, which the plan says, rather than the service refusing the second half-way."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write(flow())
    tf.apply()
    flow_arn = tf.resource(FLOW_ADDR)["flow_arn"]
    both = [
        SOURCE.replace('"s" {', f'"{n}" {{') % {"name": n, "cidr": c}
        for n, c in (("b1", "10.2.0.0/16"), ("b2", "10.3.0.0/16"))
    ]
    tf.write(flow() + "".join(both))
    out = flat(tf.plan_fails().out)
    assert (
        "with source failover enabled a flow has one or two sources." in out and "3 items in sources." in out
    )
    assert [s["Name"] for s in describe(mc, flow_arn)["Sources"]] == ["primary"]


def test_removing_optional_attributes_converges(tf: Workspace) -> None:
    """Removing an optional attribute: a description or allow list is cleared by the update; a
    setting the update cannot clear (a source's minimum latency, its allow-listed CIDR) stays as it
    is. Either way the apply succeeds and the next plan is clean."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    full = """
resource "awsmedia_mediaconnect_flow" "f" {
  name = "removals"
  source {
    name           = "cam"
    description    = "camera one"
    protocol       = "srt-listener"
    ingest_port    = 5000
    min_latency    = 200
    whitelist_cidr = "10.0.0.0/16"
  }
}
resource "awsmedia_mediaconnect_flow_output" "o" {
  flow_arn        = awsmedia_mediaconnect_flow.f.flow_arn
  name            = "studio"
  description     = "to the studio"
  protocol        = "zixi-pull"
  remote_id       = "studio"
  cidr_allow_list = ["10.1.0.0/16"]
}
"""
    tf.write(full)
    tf.apply()
    arn = tf.resource(FLOW_ADDR)["flow_arn"]
    for line in (
        '    description    = "camera one"\n',
        "    min_latency    = 200\n",
        '    whitelist_cidr = "10.0.0.0/16"\n',
        '  description     = "to the studio"\n',
        '  cidr_allow_list = ["10.1.0.0/16"]\n',
    ):
        assert line in full
        full = full.replace(line, "")
    tf.write(full)
    tf.apply()
    assert_clean(tf)
    flow = describe(mc, arn)
    source, out = flow["Source"], flow["Outputs"][0]
    assert not source.get("Description") and not out.get("Description") and not out.get("CidrAllowList")
    assert source["Transport"]["MinLatency"] == 200 and source["WhitelistCidr"] == "10.0.0.0/16"
    state = tf.resource(FLOW_ADDR)["source"]
    assert state["description"] is None and state["min_latency"] == 200


def test_renaming_a_source_resource_counts_the_old_one_as_gone(tf: Workspace) -> None:
    """Issue 13, point 2: moving a flow_source to another address destroys the old one and creates
    the new one in the same run. The count takes the old one as gone; the create waits for the
    destroy Terraform runs alongside it, so one apply converges."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write(second_source())
    tf.apply()
    flow_arn = tf.resource(FLOW_ADDR)["flow_arn"]
    renamed = second_source().replace('"s" {', '"s2" {')
    tf.write(renamed)
    plan = flat(tf.plan().out)
    assert "Error" not in plan and "1 to add, 0 to change, 1 to destroy" in plan
    tf.apply()
    assert [s["Name"] for s in describe(mc, flow_arn)["Sources"]] == ["primary", "backup"]
    assert_clean(tf)


def test_destroy_is_not_stopped_by_a_source_it_would_never_create(tf: Workspace) -> None:
    """Issue 13, point 3: with one extra source applied and another (one too many) only in the
    configuration, `terraform destroy` still destroys everything."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    tf.write(second_source())
    tf.apply()
    tf.write(second_source() + SOURCE.replace('"s" {', '"b2" {') % {"name": "b2", "cidr": "10.5.0.0/16"})
    tf.destroy()
    assert mc.list_flows()["Flows"] == []


def test_an_output_switched_to_listening_reports_its_listener_address(tf: Workspace) -> None:
    """Issue 13, point 12: a Zixi pull or SRT listener output reports the address a receiver connects
    to (the flow's egress IP). The service sets it, and a protocol change changes it, so an update
    plans it as not known yet rather than keeping the old value."""
    tf.write(output())
    tf.apply()
    assert tf.resource("awsmedia_mediaconnect_flow_output.o")["listener_address"] is None
    listening = output().replace('protocol    = "zixi-push"', 'protocol    = "srt-listener"')
    tf.write(listening)
    assert "listener_address" in tf.plan().out and "(known after apply)" in tf.plan().out
    tf.apply()
    egress_ip = tf.resource(FLOW_ADDR)["egress_ip"]
    assert egress_ip and tf.resource("awsmedia_mediaconnect_flow_output.o")["listener_address"] == egress_ip
    assert_clean(tf)


def test_flow_tags_are_set_changed_in_place_and_read_back(tf: Workspace) -> None:
    """Issue 16: MediaConnect flows take tags (botocore 1.44.5). The service returns them only through
    ListTagsForResource, which every read calls, so changes made elsewhere show up and import keeps
    them; changing them is an update through TagResource and UntagResource."""
    mc = boto3_client("mediaconnect", tf.endpoint)
    tagged = flow().replace('  name    = "live"\n', '  name    = "live"\n  flow_tags = { team = "video" }\n')
    assert tagged != flow()
    tf.write(tagged)
    tf.apply()
    arn = tf.resource(FLOW_ADDR)["flow_arn"]
    assert mc.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"team": "video"}
    assert_clean(tf)
    tf.write(tagged.replace('{ team = "video" }', '{ team = "live", tier = "gold" }'))
    assert_in_place(tf.plan(), FLOW_ADDR)
    tf.apply()
    assert mc.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"team": "live", "tier": "gold"}
    mc.untag_resource(ResourceArn=arn, TagKeys=["tier"])
    drift = tf.plan()
    assert drift.plan_has_changes and "tier" in drift.out
    tf.apply()
    assert_clean(tf)
    tf.reimport(FLOW_ADDR, arn)
    assert tf.resource(FLOW_ADDR)["flow_tags"] == {"team": "live", "tier": "gold"}
    assert_clean(tf)
