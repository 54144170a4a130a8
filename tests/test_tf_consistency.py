"""Eventual consistency through a real terraform: the local backend hides a new resource from reads for a
while after its create (`consistency_delay_ms`), and the provider neither fails nor drops it, while a
resource deleted outside Terraform still drops out of the state."""

from __future__ import annotations

from pathlib import Path

from conftest import boto3_client
from test_local_control import control
from tfharness import Workspace, assert_clean, assert_creates_only

from awsmedia_runtime.provider.install import endpoint_config

ROOT = Path(__file__).resolve().parent.parent
ASSET = """
resource "awsmedia_mediapackagevod_asset" "match" {
  id                 = "match-1"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.vod.id
  source_arn         = "arn:aws:s3:::media-bucket/matches/match-1.smil"
  source_role_arn    = "arn:aws:iam::123456789012:role/mediapackage-read"
}
"""


def backend_resources(endpoint: str) -> dict[str, list[str]]:
    """What the backend holds, by kind (named as in the example stack), read after the delay is off."""
    ivs = boto3_client("ivs", endpoint)
    mc = boto3_client("mediaconnect", endpoint)
    vod = boto3_client("mediapackage-vod", endpoint)
    flows = [mc.describe_flow(FlowArn=f["FlowArn"])["Flow"] for f in mc.list_flows()["Flows"]]
    channels = ivs.list_channels()["channels"]
    return {
        "channels": sorted(c["arn"] for c in channels),
        "stream_keys": sorted(
            k["arn"] for c in channels for k in ivs.list_stream_keys(channelArn=c["arn"])["streamKeys"]
        ),
        "flows": sorted(f["FlowArn"] for f in flows),
        "sources": sorted(s["SourceArn"] for f in flows for s in f.get("Sources") or []),
        "outputs": sorted(o["OutputArn"] for f in flows for o in f.get("Outputs") or []),
        "entitlements": sorted(e["EntitlementArn"] for f in flows for e in f.get("Entitlements") or []),
        "packaging_groups": sorted(g["Id"] for g in vod.list_packaging_groups()["PackagingGroups"]),
        "packaging_configurations": sorted(
            c["Id"] for c in vod.list_packaging_configurations()["PackagingConfigurations"]
        ),
        "assets": sorted(a["Id"] for a in vod.list_assets()["Assets"]),
    }


def state_resources(tf: Workspace) -> dict[str, list[str]]:
    """The same, from the Terraform state."""
    found = tf.resources()

    def of(kind: str, attr: str) -> list[str]:
        return sorted(v[attr] for a, v in found.items() if a.startswith(f"awsmedia_{kind}."))

    return {
        "channels": of("ivs_channel", "arn"),
        "stream_keys": of("ivs_stream_key", "arn"),
        "flows": of("mediaconnect_flow", "flow_arn"),
        "sources": sorted(
            [
                v["source"]["source_arn"]
                for a, v in found.items()
                if a.startswith("awsmedia_mediaconnect_flow.")
            ]
            + of("mediaconnect_flow_source", "source_arn")
        ),
        "outputs": of("mediaconnect_flow_output", "output_arn"),
        "entitlements": of("mediaconnect_flow_entitlement", "entitlement_arn"),
        "packaging_groups": of("mediapackagevod_packaging_group", "id"),
        "packaging_configurations": of("mediapackagevod_packaging_configuration", "id"),
        "assets": of("mediapackagevod_asset", "id"),
    }


def test_the_example_stack_applies_and_plans_clean_while_new_resources_are_unseen(tf: Workspace) -> None:
    # The example stack (its own provider block, pointed at the backend) plus an asset.
    example = (ROOT / "examples" / "terraform" / "main.tf").read_text()
    (tf.root / "main.tf").write_text(example.replace("default = null", f'default = "{tf.endpoint}"') + ASSET)
    control(tf.endpoint, "faults", {"consistency_delay_ms": 1500}, method="PUT")
    applied = tf.apply()
    assert "Apply complete! Resources: 9 added" in applied.out, applied.out
    # At once, while what was created last may still be unseen by reads: nothing dropped, nothing to do.
    assert_clean(tf)
    control(tf.endpoint, "faults", {"consistency_delay_ms": 0}, method="PUT")
    assert state_resources(tf) == backend_resources(tf.endpoint)

    # A resource a read has shown, deleted outside Terraform, drops out at once: drift still shows.
    mc = boto3_client("mediaconnect", tf.endpoint)
    output = tf.resource("awsmedia_mediaconnect_flow_output.to_studio")
    mc.remove_flow_output(FlowArn=output["flow_arn"], OutputArn=output["output_arn"])
    assert_creates_only(tf.plan(), "awsmedia_mediaconnect_flow_output.to_studio")
    tf.apply()
    assert_clean(tf)
    assert state_resources(tf) == backend_resources(tf.endpoint)
    tf.destroy()
    assert not any(backend_resources(tf.endpoint).values())


CHANNELS = """
resource "awsmedia_ivs_channel" "kept" {
  name = "kept"
}

resource "awsmedia_ivs_channel" "deleted" {
  name = "deleted"
}
"""


def test_a_resource_no_read_has_shown_yet_is_read_again_by_the_next_refresh(tf: Workspace) -> None:
    """The create's read gives up before the resource shows (window 8 s, backend delay 12 s): the apply
    fails, the resources stay in the state, and the refresh that follows at once waits for the one that
    shows and drops the one deleted meanwhile."""
    settings = endpoint_config(tf.endpoint).replace(
        "  endpoints {", "  consistency_window = 8\n  endpoints {"
    )
    (tf.root / "main.tf").write_text(settings + CHANNELS)
    control(tf.endpoint, "faults", {"consistency_delay_ms": 12000}, method="PUT")
    failed = tf.apply_fails()
    assert failed.out.count("GetChannel found nothing") == 2, failed.out
    assert "read again for 8 s" in failed.out and "terraform untaint" in failed.out, failed.out
    kept = tf.resource("awsmedia_ivs_channel.kept")["arn"]
    ivs = boto3_client("ivs", tf.endpoint)
    ivs.delete_channel(arn=tf.resource("awsmedia_ivs_channel.deleted")["arn"])

    tf.apply("-refresh-only")
    refreshed = tf.resources()
    assert list(refreshed) == ["awsmedia_ivs_channel.kept"], refreshed
    assert refreshed["awsmedia_ivs_channel.kept"]["arn"] == kept
    assert refreshed["awsmedia_ivs_channel.kept"]["playback_url"].startswith("https://")

    control(tf.endpoint, "faults", {"consistency_delay_ms": 0}, method="PUT")
    tf.run("untaint", "awsmedia_ivs_channel.kept")
    assert_creates_only(tf.plan(), "awsmedia_ivs_channel.deleted")
    tf.apply()
    assert_clean(tf)
    names = {c["name"]: c["arn"] for c in ivs.list_channels()["channels"]}
    assert names.keys() == {"kept", "deleted"} and names["kept"] == kept
