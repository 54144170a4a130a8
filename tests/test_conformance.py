"""The model against the botocore service models that the pinned boto3 installs.

Every operation, member (by wire name), type, required flag, location, enum value, error and
paginator in model/*.yaml must exist in botocore with the same meaning. Deliberate differences
are listed in ALLOWED with the reason; an entry that no longer matches a difference fails too.
The other way round, what botocore has and the model lacks (operations, members of modelled
structures, enum values, limits on modelled input members) is either modelled or listed in
LEFT_OUT with the reason, and planted omissions of each kind are found.
"""

from __future__ import annotations

import copy
import re

import pytest

from codegen.botocore_model import Checker
from codegen.ir import Model

# (service, path, what) -> why the model differs from botocore on purpose.
ALLOWED: dict[tuple[str, str, str], str] = {}
# The documents give a constant initialization vector as 32 hexadecimal characters (a 128-bit value;
# seeds 001, 002); botocore states no pattern for it.
_IV = "the documents give the constant initialization vector as 32 hex characters; botocore has no pattern"
ALLOWED.update(
    {
        ("mediaconnect", f"{where}.ConstantInitializationVector", "pattern"): _IV
        for where in (
            "AddFlowOutputs.Outputs[].Encryption",
            "AddFlowSources.Sources[].Decryption",
            "CreateFlow.Entitlements[].Encryption",
            "CreateFlow.Flow.Entitlements[].Encryption",
            "CreateFlow.Flow.Outputs[].Encryption",
            "CreateFlow.Flow.Source.Decryption",
            "CreateFlow.Flow.Sources[].Decryption",
            "CreateFlow.Outputs[].Encryption",
            "CreateFlow.Source.Decryption",
            "CreateFlow.Sources[].Decryption",
            "DescribeFlow.Flow.Entitlements[].Encryption",
            "DescribeFlow.Flow.Outputs[].Encryption",
            "DescribeFlow.Flow.Source.Decryption",
            "DescribeFlow.Flow.Sources[].Decryption",
            "GrantFlowEntitlements.Entitlements[].Encryption",
            "UpdateFlow.Flow.Entitlements[].Encryption",
            "UpdateFlow.Flow.Outputs[].Encryption",
            "UpdateFlow.Flow.Source.Decryption",
            "UpdateFlow.Flow.Sources[].Decryption",
            "UpdateFlowEntitlement.Encryption",
            "UpdateFlowEntitlement.Entitlement.Encryption",
            "UpdateFlowOutput.Encryption",
            "UpdateFlowOutput.Output.Encryption",
            "UpdateFlowSource.Decryption",
            "UpdateFlowSource.Source.Decryption",
        )
    }
)
# botocore's IVS resource-ARN pattern allows one letter before the slash (":[a-z-]/"), so no real
# ARN (":channel/...", ":stream-key/...") matches it; botocore never checks patterns, but our
# validation does, so the model allows a word there (":[a-z-]+/").
_IVS_ARN = "botocore's IVS resource-ARN pattern matches no real ARN (one letter before '/'); the model allows a word there."
ALLOWED.update(
    {
        ("ivs", path, "pattern"): _IVS_ARN
        for path in (
            "BatchGetChannel.errors[].arn",
            "BatchGetStreamKey.errors[].arn",
            "TagResource.resourceArn",
            "UntagResource.resourceArn",
            "ListTagsForResource.resourceArn",
        )
    }
)


# The other direction: what botocore has and the model leaves out (operations, members of modelled
# structures, enum values, limits on modelled input members), by (service, kind, pattern of the
# operation or Owner.member) -> why. Every left-out item must match one, and every pattern something.
LEFT_OUT: dict[tuple[str, str, str], str] = {
    # MediaConnect
    ("mediaconnect", "operation", r".*(Bridge|Gateway).*"): "MediaConnect Gateway (bridges, gateways, "
    "their instances) is a product of its own that the seeds do not describe",
    ("mediaconnect", "operation", r".*Router.*"): "MediaConnect routers came after the seeds",
    (
        "mediaconnect",
        "operation",
        r"\w*(Source|Destination)Endpoints?|(Connect|Disconnect)Endpoints",
    ): "router "
    "endpoints came after the seeds",
    ("mediaconnect", "operation", r"\w*(Offering|Reservation)s?"): "offerings and reservations are "
    "billing, not media resources",
    (
        "mediaconnect",
        "operation",
        r"(Add|Remove|Update)FlowMediaStreams?|(Add|Remove)FlowVpcInterfaces?",
    ): "a "
    "flow's media streams and VPC interfaces are set when it is created; the provider replaces the "
    "flow to change them, so it needs no operation on them alone",
    ("mediaconnect", "operation", r"DescribeFlowSource(Metadata|Thumbnail)"): "monitoring reads of a "
    "running source, not resource state",
    ("mediaconnect", "operation", r"(Tag|Untag|ListTagsFor)GlobalResource"): "tags of router and "
    "gateway resources (global ARNs), which are left out",
    ("mediaconnect", "member", r"\w+\.(Entitlement|MediaStream|Output|Source|VpcInterface)Tags"): "tags "
    "of a flow's children, tagged by their own ARNs, which the child resources do not manage yet (README)",
    ("mediaconnect", "member", r"\w+\.Ndi\w*"): "NDI settings are left out (README: today's API)",
    ("mediaconnect", "member", r"\w+\.RtmpPush\w*"): "RTMP push settings are left out (README)",
    ("mediaconnect", "member", r"\w+\.(RouterIntegration\w*|Connected\w*Arn)"): "router integration "
    "is left out with the routers",
    ("mediaconnect", "member", r"\w+\.(GatewayBridgeSource|BridgeArn|BridgePorts)"): "gateway bridges "
    "are left out with MediaConnect Gateway",
    ("mediaconnect", "member", r"\w+\.(SourceMonitoringConfig|FlowSize|EncodingConfig|OutputStatus)"): ""
    "encoding, monitoring, flow-size and output-status settings are left out (README)",
    ("mediaconnect", "member", r"(Output|Source)\.PeerIpAddress"): "the address of a connected peer, "
    "reported for running flows only; nothing a configuration sets",
    # IVS
    ("ivs", "operation", r"\w*(RecordingConfiguration|PlaybackKeyPair|PlaybackRestrictionPolic)\w*"): ""
    "recording configurations, playback key pairs and restriction policies are resources this "
    "project does not manage (a channel names them by ARN)",
    ("ivs", "operation", r"\w*(AdConfiguration|AdBreak|FailoverSlateConfiguration)\w*"): "ad and "
    "failover-slate configurations came after the seeds (README: today's API)",
    ("ivs", "operation", r"(Get|List)StreamSessions?|(Batch)?StartViewerSessionRevocation"): "stream "
    "sessions and viewer revocation came after the seeds",
    (
        "ivs",
        "member",
        r"\w+\.(adConfigurationArn|failoverSlateConfigurationArn|multitrackInputConfiguration|srt)",
    ): ""
    "multitrack input, ad and failover-slate configurations and SRT ingest details are left out (README)",
    ("ivs", "member", r"ListChannelsRequest\.filterBy\w+"): "list filters naming resources this "
    "project does not manage (README)",
    ("ivs", "member", r"BatchGet\w+Response\.\w+"): "HTTP response headers (CORS, caching, security), "
    "not data",
    ("ivs", "member", r"(Stream|StreamSummary)\.streamId|ListStreamsRequest\.filterBy"): "a stream "
    "session's id and the stream health filter came with stream sessions, after the seeds",
    # MediaPackage VOD
    ("mediapackage-vod", "operation", r"ConfigureLogs"): "egress access logging came after the seeds",
    ("mediapackage-vod", "member", r"\w+\.(EgressAccessLogs|ApproximateAssetCount)"): "egress access "
    "logging (ConfigureLogs) and a group's asset count came after the seeds",
    ("mediapackage-vod", "member", r"EgressEndpoint\.Status"): "an endpoint's status, reported by the "
    "service after the seeds",
}


def left_out_reason(service: str, kind: str, name: str) -> str | None:
    found = [
        why
        for (s, k, pattern), why in LEFT_OUT.items()
        if (s, k) == (service, kind) and re.fullmatch(pattern, name)
    ]
    return found[0] if found else None


@pytest.mark.parametrize("service_name", ["mediaconnect", "mediapackage-vod", "ivs"])
def test_what_botocore_has_is_modelled_or_left_out_for_a_reason(model: Model, service_name: str) -> None:
    service = next(s for s in model.services if s.name == service_name)
    checker = Checker(service)
    checker.run()
    names = [(m.kind, m.name if m.kind == "operation" else f"{m.owner}.{m.name}") for m in checker.missing]
    unexplained = [
        f"{kind} {name}" for kind, name in names if left_out_reason(service_name, kind, name) is None
    ]
    assert not unexplained, "botocore has what the model lacks, with no reason given:\n" + "\n".join(
        unexplained
    )
    unused = [
        pattern
        for s, kind, pattern in LEFT_OUT
        if s == service_name and not any(k == kind and re.fullmatch(pattern, n) for k, n in names)
    ]
    assert not unused, f"LEFT_OUT patterns that match nothing botocore has and the model lacks: {unused}"


@pytest.mark.parametrize("plant", ["enum value", "member", "operation", "limit"])
def test_something_botocore_has_and_the_model_drops_is_found(model: Model, plant: str) -> None:
    """Drop one modelled thing of each kind from a copy of the model: the check names it."""
    services = {s.name: s for s in copy.deepcopy(model).services}
    service = services["mediaconnect"]
    if plant == "enum value":
        next(e for e in service.enums if e.name == "Protocol").values.remove("udp")
        expected = ("enum", "udp")
    elif plant == "member":
        request = service.structure("AddOutputRequest")
        request.members.remove(request.member("SmoothingLatency"))  # type: ignore[arg-type]
        expected = ("member", "AddOutputRequest.SmoothingLatency")
    elif plant == "operation":
        service.operations = [o for o in service.operations if o.name != "StartFlow"]
        expected = ("operation", "StartFlow")
    else:  # a length botocore states, on an IVS channel's name
        service = services["ivs"]
        name = service.structure("CreateChannelRequest").member("name")
        assert name is not None
        del name.constraints["max_length"]
        expected = ("limit", "CreateChannelRequest.name.max_length")
    checker = Checker(service)
    checker.run()
    names = {
        (m.kind, m.name if m.kind in ("operation", "enum") else f"{m.owner}.{m.name}")
        for m in checker.missing
    }
    assert expected in names and left_out_reason(service.name, *expected) is None


@pytest.mark.parametrize("service_name", ["mediaconnect", "mediapackage-vod", "ivs"])
def test_model_matches_botocore(model: Model, service_name: str) -> None:
    service = next(s for s in model.services if s.name == service_name)
    checker = Checker(service)
    checker.run()
    unexplained = [
        f"{p} [{w}]: {checker.messages[(s, p, w)]}"
        for s, p, w in checker.differences
        if (s, p, w) not in ALLOWED
    ]
    assert not unexplained, "model differs from botocore:\n" + "\n".join(unexplained)
    stale = [k for k in ALLOWED if k[0] == service_name and k not in checker.differences]
    assert not stale, f"allow-list entries that no longer match a difference: {stale}"


# The operations of the seeds (DESIGN.md's table), by service.
SEED_OPERATIONS = {
    "mediaconnect": "CreateFlow DescribeFlow UpdateFlow DeleteFlow ListFlows StartFlow StopFlow AddFlowOutputs "
    "UpdateFlowOutput RemoveFlowOutput GrantFlowEntitlements UpdateFlowEntitlement RevokeFlowEntitlement "
    "ListEntitlements UpdateFlowSource",
    "mediapackage-vod": "CreateAsset DescribeAsset DeleteAsset ListAssets CreatePackagingConfiguration "
    "DescribePackagingConfiguration DeletePackagingConfiguration ListPackagingConfigurations "
    "CreatePackagingGroup DescribePackagingGroup DeletePackagingGroup ListPackagingGroups UpdatePackagingGroup "
    "TagResource UntagResource ListTagsForResource",
    "ivs": "CreateChannel GetChannel UpdateChannel DeleteChannel ListChannels BatchGetChannel CreateStreamKey "
    "GetStreamKey DeleteStreamKey ListStreamKeys BatchGetStreamKey GetStream ListStreams StopStream PutMetadata "
    "TagResource UntagResource ListTagsForResource",
}
# Modelled beyond the seeds, and why.
EXTRA_OPERATIONS = {
    # A flow's sources as Terraform resources (DESIGN.md).
    "mediaconnect": "AddFlowSources RemoveFlowSource "
    # Flow tags (botocore 1.44.5, issue 16); MediaConnect returns them only through these.
    "TagResource UntagResource ListTagsForResource",
}


def test_every_seed_operation_is_modelled(model: Model) -> None:
    """By name, not by count: the seeds' operations and the ones added on purpose, no more."""
    for service in model.services:
        wanted = set(SEED_OPERATIONS[service.name].split()) | set(
            EXTRA_OPERATIONS.get(service.name, "").split()
        )
        assert {op.name for op in service.operations} == wanted, service.name


def test_checker_notices_a_difference(model: Model) -> None:
    """Guard against a checker that passes everything: break one member on purpose."""
    service = next(s for s in model.services if s.name == "ivs")
    member = service.structure("CreateChannelRequest").member("latencyMode")
    assert member is not None
    original = member.wire_name
    member.wire_name = "latency_mode"
    try:
        checker = Checker(service)
        checker.run()
    finally:
        member.wire_name = original
    assert ("ivs", "CreateChannel.latencyMode", "wire_name") in checker.differences
