"""Terraform lifecycle of the IVS resources against the local backend, with a real terraform."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import boto3_client
from tfharness import Workspace, assert_clean

CHANNEL = """
resource "awsmedia_ivs_channel" "c" {
  name         = "%(name)s"
  latency_mode = "%(latency)s"
  tags         = { team = "video" }
}
"""


def channel(name: str = "news", latency: str = "LOW") -> str:
    return CHANNEL % {"name": name, "latency": latency}


def test_channel_lifecycle(tf: Workspace) -> None:
    ivs = boto3_client("ivs", tf.endpoint)
    tf.write(channel())
    first = tf.plan()
    assert first.plan_has_changes and "awsmedia_ivs_channel.c will be created" in first.out
    tf.apply()
    created = tf.resource("awsmedia_ivs_channel.c")
    arn = created["arn"]
    assert (
        created["id"] == arn
        and created["type"] == "STANDARD"
        and created["playback_url"].startswith("https://")
    )
    assert ivs.get_channel(arn=arn)["channel"]["tags"] == {"team": "video"}
    assert_clean(tf)

    # In-place update: same ARN, new latency mode, through UpdateChannel.
    tf.write(channel(latency="NORMAL"))
    update = tf.plan()
    assert "updated in-place" in update.out and "must be replaced" not in update.out
    tf.apply()
    assert tf.resource("awsmedia_ivs_channel.c")["arn"] == arn
    assert ivs.get_channel(arn=arn)["channel"]["latencyMode"] == "NORMAL"
    assert_clean(tf)

    # A change made outside Terraform shows up in the next plan, and apply puts it back.
    ivs.update_channel(arn=arn, latencyMode="LOW")
    drift = tf.plan()
    assert drift.plan_has_changes and '"LOW" -> "NORMAL"' in drift.out
    tf.apply()
    assert ivs.get_channel(arn=arn)["channel"]["latencyMode"] == "NORMAL"

    # Tags change through TagResource/UntagResource, in place.
    tf.write(channel(latency="NORMAL").replace('{ team = "video" }', '{ team = "live", tier = "gold" }'))
    tf.apply()
    assert ivs.get_channel(arn=arn)["channel"]["tags"] == {"team": "live", "tier": "gold"}
    assert_clean(tf)

    # Import after forgetting it: the same state comes back.
    tf.reimport("awsmedia_ivs_channel.c", arn)
    assert_clean(tf)

    # Deleted outside Terraform: the next plan creates it again.
    ivs.delete_channel(arn=arn)
    gone = tf.plan()
    assert gone.plan_has_changes and "will be created" in gone.out
    tf.apply()
    new_arn = tf.resource("awsmedia_ivs_channel.c")["arn"]
    assert new_arn != arn

    tf.destroy()
    assert ivs.list_channels()["channels"] == []
    after = tf.plan()
    assert after.plan_has_changes and "will be created" in after.out


def test_stream_key_replaces_channel_key_and_stays_secret(tf: Workspace) -> None:
    ivs = boto3_client("ivs", tf.endpoint)
    body = channel() + """
resource "awsmedia_ivs_stream_key" "k" {
  channel_arn = awsmedia_ivs_channel.c.arn
}
output "key_arn" { value = awsmedia_ivs_stream_key.k.arn }
"""
    tf.write(body)
    tf.apply()
    key = tf.resource("awsmedia_ivs_stream_key.k")
    channel_arn = tf.resource("awsmedia_ivs_channel.c")["arn"]
    keys = ivs.list_stream_keys(channelArn=channel_arn)["streamKeys"]
    # The key IVS issued with the channel made room for this one.
    assert [k["arn"] for k in keys] == [key["arn"]]
    secret = ivs.get_stream_key(arn=key["arn"])["streamKey"]["value"]
    assert key["value"] == secret and secret.startswith("sk_")
    assert_clean(tf)

    # The key value never appears in plan output.
    tf.write(
        body.replace(
            "channel_arn = awsmedia_ivs_channel.c.arn",
            'channel_arn = awsmedia_ivs_channel.c.arn\n  tags = { rotated = "1" }',
        )
    )
    plan = tf.plan()
    assert plan.plan_has_changes and secret not in plan.out
    tf.apply()
    assert ivs.get_stream_key(arn=key["arn"])["streamKey"]["tags"] == {"rotated": "1"}

    # Tags changed outside Terraform show up in the plan.
    ivs.untag_resource(resourceArn=key["arn"], tagKeys=["rotated"])
    drift = tf.plan()
    assert drift.plan_has_changes and '+ "rotated" = "1"' in drift.out and secret not in drift.out
    tf.apply()

    tf.reimport("awsmedia_ivs_stream_key.k", key["arn"])
    assert_clean(tf)

    # Replacing the key (rotation): a new ARN and secret.
    tf.run("apply", "-auto-approve", "-input=false", "-replace=awsmedia_ivs_stream_key.k")
    rotated = tf.resource("awsmedia_ivs_stream_key.k")
    assert rotated["arn"] != key["arn"] and rotated["value"] != secret

    # channel_arn is create-only: moving the key to another channel replaces it.
    moved = (
        body.replace(
            "channel_arn = awsmedia_ivs_channel.c.arn", "channel_arn = awsmedia_ivs_channel.other.arn"
        )
        + 'resource "awsmedia_ivs_channel" "other" {\n  name = "other"\n}\n'
    )
    tf.write(moved)
    plan = tf.plan()
    assert "awsmedia_ivs_stream_key.k must be replaced" in plan.out and "# forces replacement" in plan.out
    tf.apply()
    other = tf.resource("awsmedia_ivs_channel.other")["arn"]
    assert [k["arn"] for k in ivs.list_stream_keys(channelArn=other)["streamKeys"]] == [
        tf.resource("awsmedia_ivs_stream_key.k")["arn"]
    ]

    # Deleted outside Terraform: planned for creation again.
    ivs.delete_stream_key(arn=tf.resource("awsmedia_ivs_stream_key.k")["arn"])
    gone = tf.plan()
    assert "awsmedia_ivs_stream_key.k will be created" in gone.out

    tf.destroy()
    assert ivs.list_channels()["channels"] == []
    after = tf.plan()
    assert after.plan_has_changes and "awsmedia_ivs_stream_key.k will be created" in after.out


@pytest.mark.real_launcher  # Terraform installs the provider from the mirror and starts it
def test_data_sources_read_what_resources_made(tf: Workspace) -> None:
    tf.write(channel() + """
resource "awsmedia_ivs_stream_key" "k" {
  channel_arn = awsmedia_ivs_channel.c.arn
}
data "awsmedia_ivs_channel" "c" {
  arn = awsmedia_ivs_channel.c.arn
}
data "awsmedia_ivs_channels" "all" {
  depends_on = [awsmedia_ivs_channel.c]
}
data "awsmedia_ivs_stream_keys" "keys" {
  channel_arn = awsmedia_ivs_stream_key.k.channel_arn
}
output "name" { value = data.awsmedia_ivs_channel.c.name }
output "count" { value = length(data.awsmedia_ivs_channels.all.channels) }
output "key" { value = data.awsmedia_ivs_stream_keys.keys.stream_keys[0].arn }
""")
    tf.apply()
    outputs: dict[str, Any] = tf.show()["values"]["outputs"]
    assert outputs["name"]["value"] == "news"
    assert outputs["count"]["value"] == 1
    assert outputs["key"]["value"] == tf.resource("awsmedia_ivs_stream_key.k")["arn"]


@pytest.mark.real_launcher  # Terraform installs the provider from the mirror and starts it
def test_plan_time_validation(tf: Workspace) -> None:
    tf.write(channel(latency="FAST", name="bad name!"))
    result = tf.plan_fails()
    assert "Invalid value for latency_mode" in result.out
    assert "'FAST' is not allowed; allowed values: NORMAL, LOW" in result.out
    assert "Invalid format for name" in result.out and "[a-zA-Z0-9-_]*" in result.out


def test_removing_a_channel_name_clears_it(tf: Workspace) -> None:
    """The issue's report: a channel's name removed from the configuration is cleared through
    UpdateChannel (IVS reports an unnamed channel's name as ""), and the next plan is clean."""
    ivs = boto3_client("ivs", tf.endpoint)
    tf.write('resource "awsmedia_ivs_channel" "c" {\n  name = "sd5"\n}\n')
    tf.apply()
    arn = tf.resource("awsmedia_ivs_channel.c")["arn"]
    tf.write('resource "awsmedia_ivs_channel" "c" {\n}\n')
    assert "updated in-place" in tf.plan().out
    tf.apply()
    assert_clean(tf)
    assert ivs.get_channel(arn=arn)["channel"]["name"] == ""
    assert tf.resource("awsmedia_ivs_channel.c")["name"] is None


def test_stream_key_data_source_finds_a_channels_key_by_channel_arn(tf: Workspace) -> None:
    """Issue 13, point 6: users look a channel's key up by the channel's ARN, as with
    terraform-provider-aws's aws_ivs_stream_key; by the key's ARN still works. Exactly one of the
    two is given."""
    stack = channel() + """
resource "awsmedia_ivs_stream_key" "k" {
  channel_arn = awsmedia_ivs_channel.c.arn
}
data "awsmedia_ivs_stream_key" "by_channel" {
  channel_arn = awsmedia_ivs_stream_key.k.channel_arn
}
data "awsmedia_ivs_stream_key" "by_arn" {
  arn = awsmedia_ivs_stream_key.k.arn
}
output "same" {
  value = data.awsmedia_ivs_stream_key.by_channel.arn == awsmedia_ivs_stream_key.k.arn
}
output "value" {
  value     = data.awsmedia_ivs_stream_key.by_channel.value
  sensitive = true
}
"""
    tf.write(stack)
    applied = tf.apply()
    key = tf.resource("awsmedia_ivs_stream_key.k")
    outputs: dict[str, Any] = tf.show()["values"]["outputs"]
    assert outputs["same"]["value"] is True and outputs["value"]["value"] == key["value"]
    assert key["value"] not in applied.out
    assert tf.resource("data.awsmedia_ivs_stream_key.by_arn")["channel_arn"] == key["channel_arn"]

    tf.write(channel() + 'data "awsmedia_ivs_stream_key" "none" {\n}\n')
    out = tf.plan_fails().out
    assert (
        "Invalid combination at arn" in out and "give either arn or channel_arn, not both or neither." in out
    )


def test_a_channel_takes_the_settings_of_todays_api(tf: Workspace) -> None:
    """Issue 16: values and members botocore has today (advanced channel types, presets,
    authorization, insecure ingest, container format, recording configuration) are accepted, applied,
    read back and cleared again."""
    ivs = boto3_client("ivs", tf.endpoint)
    recording = "arn:aws:ivs:us-east-1:123456789012:recording-configuration/AbCdEf123456"
    tf.write(f"""
resource "awsmedia_ivs_channel" "c" {{
  name                        = "advanced"
  type                        = "ADVANCED_HD"
  preset                      = "CONSTRAINED_BANDWIDTH_DELIVERY"
  authorized                  = true
  insecure_ingest             = true
  container_format            = "FRAGMENTED_MP4"
  recording_configuration_arn = "{recording}"
}}
""")
    tf.apply()
    arn = tf.resource("awsmedia_ivs_channel.c")["arn"]
    got = ivs.get_channel(arn=arn)["channel"]
    assert (got["type"], got["preset"], got["authorized"], got["insecureIngest"]) == (
        "ADVANCED_HD",
        "CONSTRAINED_BANDWIDTH_DELIVERY",
        True,
        True,
    )
    assert got["containerFormat"] == "FRAGMENTED_MP4" and got["recordingConfigurationArn"] == recording
    assert_clean(tf)
    tf.write('resource "awsmedia_ivs_channel" "c" {\n  name = "advanced"\n  type = "ADVANCED_HD"\n}\n')
    tf.apply()
    assert_clean(tf)
    assert ivs.get_channel(arn=arn)["channel"]["recordingConfigurationArn"] == ""
