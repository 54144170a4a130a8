"""The model against the botocore service models that the pinned boto3 installs.

Every operation, member (by wire name), type, required flag, location, enum value, error and
paginator in model/*.yaml must exist in botocore with the same meaning. Deliberate differences
are listed in ALLOWED with the reason; an entry that no longer matches a difference fails too.
"""

from __future__ import annotations


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
