"""Bad input to the provider through the real terraform: wrong types, unknown attributes, oversize
strings and lists, malformed ARNs, control characters and garbage import ids. Each is a diagnostic
naming the attribute (or the id and what it should look like); none is a crash."""

from __future__ import annotations

import json
import re

from tfharness import Workspace

# A provider crash shows up as one of these in Terraform's output.
CRASH_SIGNS = (
    "Traceback",
    "nternal error",
    "panic:",
    "plugin crashed",
    "rpc error",
    "Plugin did not respond",
)
FLOW = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-2-3:x"


def hcl(value: str) -> str:
    """A Terraform string literal (JSON's escapes are HCL's too, \\u0007 included)."""
    return json.dumps(value)


def diagnostics(out: str) -> list[tuple[str, str, str]]:
    """(summary, resource address, detail) of every error in Terraform's output, after checking it
    holds no sign of a crash."""
    for sign in CRASH_SIGNS:
        assert sign not in out, out
    found = []
    for block in out.split("Error: ")[1:]:
        summary = block.splitlines()[0]
        address = re.search(r"with (\S+),", block)
        found.append((summary, address.group(1) if address else "", " ".join(block.split())))
    return found


def test_core_type_errors_name_the_attribute(tf: Workspace) -> None:
    """Values Terraform itself refuses against the provider's schema: all in one plan."""
    tf.write(f"""
resource "awsmedia_ivs_channel" "c" {{
  latency_mode = ["LOW"]
  colour       = "red"
}}
resource "awsmedia_ivs_stream_key" "k" {{
  channel_arn = {{ a = 1 }}
}}
resource "awsmedia_mediaconnect_flow" "f" {{
  name   = "f"
  source = "main"
}}
resource "awsmedia_mediaconnect_flow_output" "o" {{
  flow_arn = "{FLOW}"
  name     = "studio"
  protocol = "rtp"
  port     = "five thousand"
  encryption {{
    unknown_thing = 1
  }}
}}
resource "awsmedia_mediapackagevod_packaging_group" "g" {{
  id   = "g"
  tags = ["a"]
}}
""")
    found = {(summary, detail.split(": ", 1)[-1]) for summary, _, detail in diagnostics(tf.plan_fails().out)}
    text = " | ".join(d for _, d in found)
    for words in (
        'attribute "latency_mode": string required',
        'argument named "colour" is not expected',
        'attribute "channel_arn": string required',
        'argument named "source" is not expected here. Did you mean to define a block of type "source"',
        'attribute "port": a number is required',
        'argument "role_arn" is required',
        'argument named "unknown_thing" is not expected',
        'attribute "tags": map of string required',
    ):
        assert words in text, (words, text)


def test_values_the_provider_refuses_at_plan_name_the_attribute(tf: Workspace) -> None:
    """Oversize strings, maps and lists, fractions and huge numbers, malformed ARNs, control
    characters: the provider's plan-time checks, all in one plan."""
    tags51 = "{" + ", ".join(f'k{i} = "v"' for i in range(51)) + "}"
    bell, long_key, long_value = hcl("bad\u0007name"), hcl("k" * 129), hcl("v" * 257)
    tf.write(f"""
resource "awsmedia_ivs_channel" "long" {{
  name = "{'x' * 200}"
  tags = {tags51}
}}
resource "awsmedia_ivs_channel" "ctl" {{
  name         = {bell}
  latency_mode = "FAST"
  tags         = {{ {long_key} = {long_value} }}
}}
resource "awsmedia_ivs_stream_key" "k" {{
  channel_arn = "not-an-arn"
}}
resource "awsmedia_mediaconnect_flow" "f" {{
  name = "f"
  source {{
    name           = "main"
    protocol       = "zixi-push"
    ingest_port    = 2088.5
    whitelist_cidr = "10.0.0.0/8"
  }}
}}
resource "awsmedia_mediaconnect_flow_output" "o" {{
  flow_arn    = "arn:aws:mediaconnect:us-east-1:1:flow:"
  name        = "studio"
  protocol    = "rtp"
  destination = "192.0.2.10"
  port        = 1e300
}}
""")
    found = diagnostics(tf.plan_fails().out)
    expected = [
        ("Invalid length for name", "awsmedia_ivs_channel.long", "at most 128"),
        ("Wrong number of items in tags", "awsmedia_ivs_channel.long", "51 items given; allowed: at most 50"),
        ("Invalid format for name", "awsmedia_ivs_channel.ctl", "'bad\\x07name' does not match the pattern"),
        ("Invalid value for latency_mode", "awsmedia_ivs_channel.ctl", "'FAST' is not allowed"),
        ("Invalid length for tags['" + "k" * 129 + "']", "awsmedia_ivs_channel.ctl", "key length 129"),
        ("Invalid length for tags['" + "k" * 129 + "']", "awsmedia_ivs_channel.ctl", "at most 256"),
        ("Invalid format for channel_arn", "awsmedia_ivs_stream_key.k", "'not-an-arn' does not match"),
        (
            "Wrong type for source.ingest_port",
            "awsmedia_mediaconnect_flow.f",
            "expected integer, got float 2088.5",
        ),
        ("Invalid format for flow_arn", "awsmedia_mediaconnect_flow_output.o", "does not match the pattern"),
    ]
    for summary, address, words in expected:
        assert any(s == summary and a == address and words in d for s, a, d in found), (summary, found)
    port = [d for s, a, d in found if a == "awsmedia_mediaconnect_flow_output.o" and "port" in s]
    assert port and "got str" not in port[0], port


IMPORT_TARGETS = f"""
resource "awsmedia_ivs_channel" "c" {{}}
resource "awsmedia_ivs_stream_key" "k" {{
  channel_arn = "arn:aws:ivs:us-east-1:123456789012:channel/abcdABCD1234"
}}
resource "awsmedia_mediaconnect_flow" "f" {{
  name = "f"
}}
resource "awsmedia_mediaconnect_flow_output" "o" {{
  flow_arn = "{FLOW}"
  name     = "o"
  protocol = "rtp"
}}
resource "awsmedia_mediaconnect_flow_source" "s" {{
  flow_arn = "{FLOW}"
  name     = "s"
}}
resource "awsmedia_mediaconnect_flow_entitlement" "e" {{
  flow_arn    = "{FLOW}"
  subscribers = ["111122223333"]
}}
resource "awsmedia_mediapackagevod_packaging_group" "g" {{
  id = "g"
}}
resource "awsmedia_mediapackagevod_packaging_configuration" "p" {{
  id                 = "p"
  packaging_group_id = "g"
}}
resource "awsmedia_mediapackagevod_asset" "a" {{
  id                 = "a"
  packaging_group_id = "g"
  source_arn         = "arn:aws:s3:::bucket/key.smil"
  source_role_arn    = "arn:aws:iam::123456789012:role/r"
}}
"""


def test_garbage_import_ids_are_refused_naming_the_id(tf: Workspace) -> None:
    """One garbage id per resource, each of another kind: not an ARN, an ARN of the wrong resource,
    a composite id without its parts, control characters, a path."""
    tf.write(IMPORT_TARGETS)
    tf.init()
    vod_missing = "Cannot import awsmedia_mediapackagevod_{} {!r} does not exist"
    for address, garbage, words in [
        ("awsmedia_ivs_channel.c", "not-an-arn", "arn: 'not-an-arn' does not match the pattern"),
        (
            "awsmedia_ivs_stream_key.k",
            "arn:aws:ivs:us-east-1:123456789012:channel/abcdABCD1234",
            "does not match the pattern arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/",
        ),
        (
            "awsmedia_mediaconnect_flow.f",
            "arn:aws:mediaconnect:us-east-1:1:flow:\u0007",
            "Cannot import awsmedia_mediaconnect_flow 'arn:aws:mediaconnect:us-east-1:1:flow:\\x07' does not exist",
        ),
        ("awsmedia_mediaconnect_flow_output.o", FLOW, "expected FlowArn,OutputArn (joined with ','), got"),
        ("awsmedia_mediaconnect_flow_source.s", f"{FLOW},{FLOW},extra", "expected FlowArn,SourceArn"),
        (
            "awsmedia_mediaconnect_flow_entitlement.e",
            ",",
            "expected FlowArn,EntitlementArn (joined with ','), got ','",
        ),
        (
            "awsmedia_mediapackagevod_packaging_group.g",
            "../../etc",
            vod_missing.format("packaging_group", "../../etc"),
        ),
        ("awsmedia_mediapackagevod_packaging_configuration.p", "x" * 3000, "does not exist"),
        ("awsmedia_mediapackagevod_asset.a", "line\nbreak", vod_missing.format("asset", "line\nbreak")),
    ]:
        out = tf.run("import", "-input=false", address, garbage, ok_codes=(1,)).out
        (found,) = diagnostics(out)
        assert words in found[2], (words, found)
    assert tf.resources() == {}
