"""The same boto3 scenario against moto's server and against our local backend, compared field by field.

Each step records what boto3 observed (the parsed response, or the error code and HTTP status) on
both servers; `diff_fields` compares the listed fields after normalising what is random on both
sides (ARN ids, stream-key values, IP addresses) down to its *format*. Every difference must be
named in KNOWN_MOTO_DIFFERENCES with its reason, and every entry there must still be a difference:
the list is an allow-list that fails both ways, so a moto upgrade (or a backend change) that closes
a gap shows up as a stale entry to delete.

Only what moto 5.2.5 implements is exercised: IVS channel create/get/update/list/batch-get/delete,
and MediaConnect flows with their outputs and entitlements. Region us-east-1 throughout.
"""

from __future__ import annotations

import re
import time
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

REGION = "us-east-1"
ACCOUNT = "123456789012"
NO_RETRY = Config(retries={"total_max_attempts": 1, "mode": "standard"})
POLL_TIMEOUT = 5.0  # seconds a flow may take to reach ACTIVE / STANDBY
POLL_DELAY = 0.05

# "step:field" -> why moto and our backend differ there. "step:*" covers every field of a step.
# Who is off is said in the reason: "moto:" where moto strays from AWS, "ours:" where we do.
_MOTO_EXTRA_CHANNEL_FIELDS = (
    "ours: the backend leaves {0} out of a channel that has none ('' is not one of the enum's "
    "values, so the model gives no default); AWS and moto return it ({1} by default)"
)
_CHANNEL_DEFAULTS = {"preset": '""'}
KNOWN_MOTO_DIFFERENCES: dict[str, str] = {
    # -- IVS --------------------------------------------------------------------------------------
    **{
        f"{step}:{prefix}{member}": _MOTO_EXTRA_CHANNEL_FIELDS.format(member, default)
        for step, prefix in (
            ("ivs.create", "channel."),
            ("ivs.get", "channel."),
            ("ivs.update", "channel."),
            ("ivs.list", "channel."),
            ("ivs.batch_get", "channels[0]."),
        )
        for member, default in _CHANNEL_DEFAULTS.items()
    },
    **{
        f"{step}:{prefix}{member}": "moto: a fixed placeholder (ingest.example.com / https://playback.example.com/...) instead of "
        "AWS's <id>.global-contribute.live-video.net / https://<id>.<region>.playback.live-video.net/... format"
        for step, prefix in (
            ("ivs.create", "channel."),
            ("ivs.get", "channel."),
            ("ivs.update", "channel."),
            ("ivs.batch_get", "channels[0]."),
        )
        for member in ("ingestEndpoint", "playbackUrl")
    },
    "ivs.create:streamKey.tags": "moto copies the channel's tags onto the stream key it creates; ours returns the key untagged",
    "ivs.batch_get:errors[*].code": "moto: BatchGetChannel silently drops unknown ARNs (errors is []); AWS and ours report each "
    "one in errors with code ResourceNotFoundException",
    "ivs.batch_get:errors[*].arn": "moto: same as errors[*].code -- no entry for the unknown ARN",
    "ivs.delete:_status": "moto answers DeleteChannel with 200; AWS (and ours) with 204 No Content",
    # -- MediaConnect -----------------------------------------------------------------------------
    **{
        f"{step}:{field}": "moto: ARN ids are uuid4().hex (32 hex digits); AWS (and ours) use <n>-<16 chars>-<12 chars>, "
        "e.g. flow:1-23aBC45dEF67hiJ8-12AbC34DE5fG:name"
        for step, fields in (
            ("mc.create", ("Flow.FlowArn", "Flow.Source.SourceArn", "Flow.Outputs[0].OutputArn")),
            ("mc.describe", ("Flow.FlowArn", "Flow.Source.SourceArn", "Flow.Outputs[0].OutputArn")),
            ("mc.start", ("FlowArn",)),
            ("mc.stop", ("FlowArn",)),
            ("mc.grant_entitlement", ("Entitlements[0].EntitlementArn",)),
            ("mc.revoke_entitlement", ("FlowArn", "EntitlementArn")),
            ("mc.delete", ("FlowArn",)),
        )
        for field in fields
    },
    **{
        f"{step}:{field}": "moto drops Protocol (and RemoteId): it never builds the Transport structure AWS returns"
        for step, fields in (
            ("mc.create", ("Flow.Source.Transport.Protocol", "Flow.Outputs[0].Transport.Protocol")),
            ("mc.describe", ("Flow.Source.Transport.Protocol", "Flow.Outputs[0].Transport.Protocol")),
            ("mc.add_output", ("Outputs[0].Transport.Protocol", "Outputs[0].Transport.RemoteId")),
        )
        for field in fields
    },
    "mc.create:Flow.Description": "moto invents the description 'A Moto test flow' when none is given; ours (like AWS) omits it",
    "mc.describe:Flow.Description": "moto: same invented 'A Moto test flow' description",
    "mc.create:_status": "moto answers CreateFlow with 200; AWS (and ours) with 201 Created",
    "mc.add_output:_status": "moto answers AddFlowOutputs with 200; AWS (and ours) with 201",
    "mc.add_output:FlowArn": "moto: the AddFlowOutputs response uses snake_case keys (flow_arn), so boto3 sees no FlowArn",
    "mc.add_output:Outputs[0].OutputArn": "moto: AddFlowOutputs stores the request's outputs as given and assigns no OutputArn",
    "mc.outputs_after_add:Flow.Outputs[*].Name": "moto: AddFlowOutputs replaces the flow's outputs instead of appending, so out-1 is gone",
    "mc.remove_output:*": "moto cannot be exercised: AddFlowOutputs gave the new output no OutputArn to remove by (and moto's "
    "RemoveFlowOutput compares the ARN from the URL with output *names*, so it would remove nothing)",
    "mc.grant_entitlement:FlowArn": "moto: the GrantFlowEntitlements response has no FlowArn",
    "mc.grant_entitlement:Entitlements[0].EntitlementStatus": "moto returns the request as given: no EntitlementStatus (AWS: ENABLED)",
    "mc.grant_entitlement:Entitlements[0].DataTransferSubscriberFeePercent": "moto returns the request as given: no "
    "DataTransferSubscriberFeePercent (AWS: 0)",
    "mc.delete:Status": "moto answers DeleteFlow with the flow's last status (STANDBY); AWS (and ours) say DELETING",
    "mc.delete:_status": "moto answers DeleteFlow with 200; AWS (and ours) with 202 Accepted",
    "mc.start:_status": "moto answers StartFlow with 200; AWS (and ours) with 202 Accepted",
    "mc.stop:_status": "moto answers StopFlow with 200; AWS (and ours) with 202 Accepted",
    "mc.revoke_entitlement:_status": "moto answers RevokeFlowEntitlement with 200; AWS (and ours) with 202 Accepted",
    "mc.describe_after_delete:_status": "moto sends NotFoundException with HTTP 400; AWS (and ours) with 404",
}

ABSENT = "<absent>"

# -- normalising what is random on both sides down to its format ---------------------------------

_IVS_ARN = re.compile(rf"arn:aws:ivs:{REGION}:{ACCOUNT}:(channel|stream-key)/([A-Za-z0-9]+)")
_MC_ARN = re.compile(
    rf"arn:aws:mediaconnect:{REGION}:{ACCOUNT}:(flow|source|output|entitlement):([^:]+):(.+)"
)
_MC_AWS_ID = re.compile(r"\d-[A-Za-z0-9]{16}-[A-Za-z0-9]{12,13}")
_IPV4 = re.compile(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
_STREAM_KEY = re.compile(rf"sk_{REGION}_[A-Za-z0-9_-]{{20,}}")
_INGEST = re.compile(r"[a-z0-9]+\.global-contribute\.live-video\.net")
_PLAYBACK = re.compile(
    rf"https://[a-z0-9]+\.{REGION}\.playback\.live-video\.net/api/video/v1/{REGION}\.{ACCOUNT}\.channel\.[A-Za-z0-9]+\.m3u8"
)


def normalise(field: str, value: Any) -> Any:
    """The value with its random parts replaced by a description of their format."""
    if not isinstance(value, str):
        return value
    leaf = field.rsplit(".", 1)[-1]
    if leaf.lower().endswith("arn"):
        m = _IVS_ARN.fullmatch(value)
        if m:
            return f"ivs {m.group(1)} ARN, id of {len(m.group(2))} alphanumerics"
        m = _MC_ARN.fullmatch(value)
        if m:
            kind, ident, name = m.groups()
            shape = "AWS-style id" if _MC_AWS_ID.fullmatch(ident) else f"non-AWS id of {len(ident)} chars"
            return f"mediaconnect {kind} ARN, {shape}, name {name}"
        return f"unrecognised ARN {value}"
    if leaf in ("IngestIp", "EgressIp"):
        ip = _IPV4.fullmatch(value)
        return "IPv4 address" if ip and all(int(p) < 256 for p in ip.groups()) else value
    if field.endswith("streamKey.value"):
        return "stream key sk_<region>_<secret>" if _STREAM_KEY.fullmatch(value) else value
    if leaf == "ingestEndpoint":
        return "AWS ingest endpoint format" if _INGEST.fullmatch(value) else value
    if leaf == "playbackUrl":
        return "AWS playback URL format" if _PLAYBACK.fullmatch(value) else value
    return value


def pick(observed: dict[str, Any], field: str) -> Any:
    """The value at a dotted path such as Flow.Outputs[0].Name; `[*]` collects a member of every item."""
    parts = field.split(".")
    for i, part in enumerate(parts):
        m = re.fullmatch(r"([^\[]+)(?:\[(\d+|\*)\])?", part)
        assert m, f"bad field path {field!r}"
        key, index = m.groups()
        if not isinstance(observed, dict) or key not in observed:
            return ABSENT
        observed = observed[key]
        if index == "*":
            rest = ".".join(parts[i + 1 :])
            if not isinstance(observed, list):
                return ABSENT
            return [pick(item, rest) if rest else item for item in observed]
        if index is not None:
            if not isinstance(observed, list) or int(index) >= len(observed):
                return ABSENT
            observed = observed[int(index)]
    return observed


def diff_fields(moto: dict[str, Any], ours: dict[str, Any], fields: list[str]) -> dict[str, tuple[Any, Any]]:
    """The fields whose (normalised) values differ: field -> (moto's, ours)."""
    out = {}
    for field in fields:
        a, b = pick(moto, field), pick(ours, field)
        na = (
            [normalise(field, v) for v in a]
            if isinstance(a, list) and "[*]" in field
            else normalise(field, a)
        )
        nb = (
            [normalise(field, v) for v in b]
            if isinstance(b, list) and "[*]" in field
            else normalise(field, b)
        )
        if na != nb:
            out[field] = (na, nb)
    return out


# -- the scenarios: each returns {step: observed dict} --------------------------------------------


def _client(service: str, endpoint: str) -> Any:
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION, config=NO_RETRY)


def _ok(response: dict[str, Any]) -> dict[str, Any]:
    observed = {k: v for k, v in response.items() if k != "ResponseMetadata"}
    observed["_status"] = response["ResponseMetadata"]["HTTPStatusCode"]
    return observed


def _error(call: Any, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as info:
        call(**kwargs)
    return {
        "Code": info.value.response["Error"]["Code"],
        "_status": info.value.response["ResponseMetadata"]["HTTPStatusCode"],
    }


def ivs_scenario(endpoint: str) -> dict[str, dict[str, Any]]:
    ivs = _client("ivs", endpoint)
    seen: dict[str, dict[str, Any]] = {}
    seen["ivs.create"] = _ok(
        ivs.create_channel(name="xcheck-1", latencyMode="NORMAL", type="BASIC", tags={"env": "test"})
    )
    arn = seen["ivs.create"]["channel"]["arn"]
    seen["ivs.create"]["_derived"] = {
        "streamKeyOfChannel": seen["ivs.create"]["streamKey"].get("channelArn") == arn
    }
    seen["ivs.get"] = _ok(ivs.get_channel(arn=arn))
    seen["ivs.update"] = _ok(ivs.update_channel(arn=arn, name="xcheck-1b", latencyMode="LOW"))
    listed = _ok(ivs.list_channels())
    mine = [
        c for c in listed["channels"] if c.get("arn") == arn
    ]  # moto's server is shared by the whole session
    seen["ivs.list"] = {
        "_status": listed["_status"],
        "matches": len(mine),
        "channel": mine[0] if mine else {},
    }
    unknown = arn[:-12] + "0" * 12
    seen["ivs.batch_get"] = _ok(ivs.batch_get_channel(arns=[arn, unknown]))
    seen["ivs.delete"] = _ok(ivs.delete_channel(arn=arn))
    seen["ivs.get_after_delete"] = _error(ivs.get_channel, arn=arn)
    return seen


def _wait_status(mc: Any, arn: str, target: str) -> dict[str, Any]:
    deadline = time.monotonic() + POLL_TIMEOUT
    status = None
    while time.monotonic() < deadline:
        status = mc.describe_flow(FlowArn=arn)["Flow"]["Status"]
        if status == target:
            break
        time.sleep(POLL_DELAY)
    return {"Status": status, "reached": status == target}


def mediaconnect_scenario(endpoint: str) -> dict[str, dict[str, Any]]:
    mc = _client("mediaconnect", endpoint)
    seen: dict[str, dict[str, Any]] = {}
    seen["mc.create"] = _ok(
        mc.create_flow(
            Name="xcheck-flow",
            AvailabilityZone=f"{REGION}a",
            Source={
                "Name": "cam",
                "Protocol": "zixi-push",
                "IngestPort": 2088,
                "WhitelistCidr": "10.0.0.0/16",
            },
            Outputs=[{"Name": "out-1", "Protocol": "rtp", "Destination": "198.51.100.1", "Port": 5000}],
        )
    )
    arn = seen["mc.create"]["Flow"]["FlowArn"]
    seen["mc.describe"] = _ok(mc.describe_flow(FlowArn=arn))
    seen["mc.start"] = _ok(mc.start_flow(FlowArn=arn))
    seen["mc.wait_active"] = _wait_status(mc, arn, "ACTIVE")
    seen["mc.stop"] = _ok(mc.stop_flow(FlowArn=arn))
    seen["mc.wait_standby"] = _wait_status(mc, arn, "STANDBY")

    seen["mc.add_output"] = _ok(
        mc.add_flow_outputs(
            FlowArn=arn,
            Outputs=[
                {
                    "Name": "out-2",
                    "Protocol": "zixi-push",
                    "Destination": "198.51.100.2",
                    "Port": 2088,
                    "RemoteId": "remote-2",
                }
            ],
        )
    )
    seen["mc.outputs_after_add"] = _ok(mc.describe_flow(FlowArn=arn))
    added = (seen["mc.add_output"].get("Outputs") or [{}])[0].get("OutputArn")
    if added:  # moto assigns none (see KNOWN_MOTO_DIFFERENCES), so there is nothing to remove by
        removed = _ok(mc.remove_flow_output(FlowArn=arn, OutputArn=added))
        after = mc.describe_flow(FlowArn=arn)["Flow"]
        removed["_derived"] = {
            "removedTheAddedOne": removed.get("OutputArn") == added,
            "outputsAfter": [o.get("Name") for o in after.get("Outputs") or []],
        }
        seen["mc.remove_output"] = removed
    else:
        seen["mc.remove_output"] = {"_derived": {"performed": False}}

    seen["mc.grant_entitlement"] = _ok(
        mc.grant_flow_entitlements(
            FlowArn=arn,
            Entitlements=[{"Name": "ent-1", "Description": "partner", "Subscribers": ["111122223333"]}],
        )
    )
    granted = seen["mc.grant_entitlement"]["Entitlements"][0]["EntitlementArn"]
    seen["mc.entitlements_after_grant"] = _ok(mc.describe_flow(FlowArn=arn))
    seen["mc.revoke_entitlement"] = _ok(mc.revoke_flow_entitlement(FlowArn=arn, EntitlementArn=granted))
    seen["mc.revoke_entitlement"]["_derived"] = {
        "revokedTheGrantedOne": seen["mc.revoke_entitlement"].get("EntitlementArn") == granted
    }
    seen["mc.entitlements_after_revoke"] = _ok(mc.describe_flow(FlowArn=arn))
    seen["mc.delete"] = _ok(mc.delete_flow(FlowArn=arn))
    seen["mc.describe_after_delete"] = _error(mc.describe_flow, FlowArn=arn)
    return seen


# -- what is compared at each step -----------------------------------------------------------------

_CHANNEL = ["arn", "name", "latencyMode", "type", "tags", "ingestEndpoint", "playbackUrl", *_CHANNEL_DEFAULTS]
_SUMMARY = ["arn", "name", "latencyMode", "type", "tags", *_CHANNEL_DEFAULTS]
_FLOW = [
    "Flow.Name",
    "Flow.Status",
    "Flow.AvailabilityZone",
    "Flow.Description",
    "Flow.FlowArn",
    "Flow.EgressIp",
    "Flow.Source.Name",
    "Flow.Source.IngestPort",
    "Flow.Source.WhitelistCidr",
    "Flow.Source.IngestIp",
    "Flow.Source.SourceArn",
    "Flow.Source.Transport.Protocol",
    "Flow.Sources[*].Name",
    "Flow.Outputs[*].Name",
    "Flow.Outputs[0].Destination",
    "Flow.Outputs[0].Port",
    "Flow.Outputs[0].OutputArn",
    "Flow.Outputs[0].Transport.Protocol",
    "Flow.Entitlements",
]

FIELDS: dict[str, list[str]] = {
    "ivs.create": [
        "_status",
        *(f"channel.{f}" for f in _CHANNEL),
        "streamKey.arn",
        "streamKey.channelArn",
        "streamKey.value",
        "streamKey.tags",
        "_derived.streamKeyOfChannel",
    ],
    "ivs.get": ["_status", *(f"channel.{f}" for f in _CHANNEL)],
    "ivs.update": ["_status", *(f"channel.{f}" for f in _CHANNEL)],
    "ivs.list": ["_status", "matches", *(f"channel.{f}" for f in _SUMMARY)],
    "ivs.batch_get": [
        "_status",
        "channels[*].name",
        *(f"channels[0].{f}" for f in _CHANNEL),
        "errors[*].arn",
        "errors[*].code",
    ],
    "ivs.delete": ["_status"],
    "ivs.get_after_delete": ["Code", "_status"],
    "mc.create": ["_status", *_FLOW],
    "mc.describe": ["_status", *_FLOW],
    "mc.start": ["_status", "FlowArn", "Status"],
    "mc.wait_active": ["Status", "reached"],
    "mc.stop": ["_status", "FlowArn", "Status"],
    "mc.wait_standby": ["Status", "reached"],
    "mc.add_output": [
        "_status",
        "FlowArn",
        "Outputs[*].Name",
        "Outputs[0].Destination",
        "Outputs[0].Port",
        "Outputs[0].OutputArn",
        "Outputs[0].Transport.Protocol",
        "Outputs[0].Transport.RemoteId",
    ],
    "mc.outputs_after_add": ["_status", "Flow.Outputs[*].Name"],
    "mc.remove_output": [
        "_status",
        "FlowArn",
        "_derived.performed",
        "_derived.removedTheAddedOne",
        "_derived.outputsAfter",
    ],
    "mc.grant_entitlement": [
        "_status",
        "FlowArn",
        "Entitlements[*].Name",
        "Entitlements[0].Description",
        "Entitlements[0].Subscribers",
        "Entitlements[0].EntitlementArn",
        "Entitlements[0].EntitlementStatus",
        "Entitlements[0].DataTransferSubscriberFeePercent",
    ],
    "mc.entitlements_after_grant": [
        "_status",
        "Flow.Entitlements[*].Name",
        "Flow.Entitlements[0].Subscribers",
    ],
    "mc.revoke_entitlement": ["_status", "FlowArn", "EntitlementArn", "_derived.revokedTheGrantedOne"],
    "mc.entitlements_after_revoke": ["_status", "Flow.Entitlements"],
    "mc.delete": ["_status", "FlowArn", "Status"],
    "mc.describe_after_delete": ["Code", "_status"],
}


def allow_list_problems(
    moto: dict[str, dict[str, Any]],
    ours: dict[str, dict[str, Any]],
    fields: dict[str, list[str]],
    known: dict[str, str],
) -> list[str]:
    """Differences `known` does not name, and entries of `known` that no longer differ (stale)."""
    differing: dict[str, tuple[Any, Any]] = {}
    for step, step_fields in fields.items():
        for field, pair in diff_fields(moto[step], ours[step], step_fields).items():
            differing[f"{step}:{field}"] = pair

    def covered(key: str) -> bool:
        return key in known or f"{key.split(':', 1)[0]}:*" in known

    def still_differs(entry: str) -> bool:
        return entry in differing or entry.endswith(":*") and any(d.startswith(entry[:-1]) for d in differing)

    problems = [
        f"unexpected difference {k}: moto={v[0]!r} ours={v[1]!r}"
        for k, v in sorted(differing.items())
        if not covered(k)
    ]
    problems += [
        f"stale KNOWN_MOTO_DIFFERENCES entry {k} (no longer differs): {known[k]}"
        for k in sorted(known)
        if not still_differs(k)
    ]
    return problems


def _check(prefix: str, moto: dict[str, dict[str, Any]], ours: dict[str, dict[str, Any]]) -> None:
    fields = {s: f for s, f in FIELDS.items() if s.startswith(prefix)}
    assert sorted(moto) == sorted(ours) == sorted(fields), "both scenarios must record every compared step"
    known = {k: v for k, v in KNOWN_MOTO_DIFFERENCES.items() if k.startswith(prefix)}
    problems = allow_list_problems(moto, ours, fields, known)
    assert not problems, "\n".join(problems)


def test_known_differences_name_compared_fields() -> None:
    """Every allow-list entry points at a step and field that the scenarios actually compare."""
    for key in KNOWN_MOTO_DIFFERENCES:
        step, field = key.split(":", 1)
        assert step in FIELDS, key
        assert field == "*" or field in FIELDS[step], key


def test_ivs_channel_lifecycle_matches_moto(moto_endpoint: str, local_endpoint: str) -> None:
    _check("ivs.", ivs_scenario(moto_endpoint), ivs_scenario(local_endpoint))


def test_mediaconnect_flow_lifecycle_matches_moto(moto_endpoint: str, local_endpoint: str) -> None:
    moto, ours = mediaconnect_scenario(moto_endpoint), mediaconnect_scenario(local_endpoint)
    assert (
        ours["mc.wait_active"]["reached"] and ours["mc.wait_standby"]["reached"]
    ), "our flow must settle within the poll bound"
    _check("mc.", moto, ours)


def test_diff_fields_normalises_random_parts() -> None:
    a = {
        "Flow": {
            "FlowArn": f"arn:aws:mediaconnect:{REGION}:{ACCOUNT}:flow:1-0123456789abcdef-0123456789ab:f",
            "EgressIp": "10.0.0.1",
            "Outputs": [{"Name": "o1"}, {"Name": "o2"}],
        }
    }
    b = {
        "Flow": {
            "FlowArn": f"arn:aws:mediaconnect:{REGION}:{ACCOUNT}:flow:2-fedcba9876543210-ba9876543210:f",
            "EgressIp": "10.9.9.9",
            "Outputs": [{"Name": "o1"}],
        }
    }
    assert diff_fields(a, b, ["Flow.FlowArn", "Flow.EgressIp"]) == {}
    assert diff_fields(a, b, ["Flow.Outputs[*].Name", "Flow.Missing"]) == {
        "Flow.Outputs[*].Name": (["o1", "o2"], ["o1"])
    }
    c = {"Flow": {"FlowArn": f"arn:aws:mediaconnect:{REGION}:{ACCOUNT}:flow:{'a' * 32}:f"}}
    assert set(diff_fields(a, c, ["Flow.FlowArn"])) == {"Flow.FlowArn"}


def test_allow_list_fails_both_ways() -> None:
    fields = {"s": ["a", "b"], "t": ["c"]}
    moto = {"s": {"a": 1, "b": 2}, "t": {"c": 3}}
    ours = {"s": {"a": 1, "b": 9}, "t": {"c": 4}}
    assert allow_list_problems(moto, ours, fields, {"s:b": "why", "t:*": "why"}) == []
    assert allow_list_problems(moto, ours, fields, {"s:b": "why"}) == [
        "unexpected difference t:c: moto=3 ours=4"
    ]
    stale = allow_list_problems(moto, ours, fields, {"s:a": "old", "s:b": "why", "t:*": "why"})
    assert stale == ["stale KNOWN_MOTO_DIFFERENCES entry s:a (no longer differs): old"]
    assert allow_list_problems(moto, moto, fields, {"t:*": "gone"}) == [
        "stale KNOWN_MOTO_DIFFERENCES entry t:* (no longer differs): gone"
    ]
