"""The model against the botocore service models that the pinned boto3 installs.

Every operation, member (by wire name), type, required flag, location, enum value, error and
paginator in model/*.yaml must exist in botocore with the same meaning. Deliberate differences
are listed in ALLOWED with the reason; an entry that no longer matches a difference fails too.
"""

from __future__ import annotations

from typing import Any

import botocore.session
import pytest

from codegen.ir import Model, Service, Structure, TypeRef

# (service, path, what) -> why the model differs from botocore on purpose.
ALLOWED: dict[tuple[str, str, str], str] = {}
# botocore writes IVS tag patterns with Java classes Python's re cannot compile; the model writes them
# with \w and \s, which accept every character those do (and a little more: never stricter).
JAVA_CLASSES = ("\\p{L}\\p{Z}\\p{N}", "\\w\\s")
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

BOTO_KIND = {
    "string": "string",
    "integer": "integer",
    "long": "long",
    "boolean": "boolean",
    "double": "double",
    "float": "double",
    "timestamp": "timestamp",
    "blob": "blob",
}


def _kind(ref: TypeRef) -> str:
    return {"primitive": ref.name, "enum": "string", "structure": "structure"}.get(ref.kind, ref.kind)


class Checker:
    def __init__(self, service: Service):
        self.service = service
        self.session = botocore.session.get_session()
        self.bc = self.session.get_service_model(service.name)
        self.differences: list[tuple[str, str, str]] = []
        self.messages: dict[tuple[str, str, str], str] = {}
        self.seen: set[tuple[str, str]] = set()

    def diff(self, path: str, what: str, message: str) -> None:
        key = (self.service.name, path, what)
        self.differences.append(key)
        self.messages[key] = message

    def run(self) -> None:
        paginators = self.session.get_paginator_model(self.service.name)._paginator_config
        for op in self.service.operations:
            if op.name not in self.bc.operation_names:
                self.diff(op.name, "operation", "botocore has no such operation")
                continue
            bop = self.bc.operation_model(op.name)
            if (bop.http["method"], bop.http["requestUri"]) != (op.http_method, op.http_uri):
                self.diff(
                    op.name,
                    "http",
                    f"model {op.http_method} {op.http_uri}, botocore {bop.http['method']} {bop.http['requestUri']}",
                )
            if bop.http.get("responseCode", 200) != op.http_status:
                self.diff(
                    op.name, "status", f"model {op.http_status}, botocore {bop.http.get('responseCode', 200)}"
                )
            for side, ours, theirs in (
                ("input", op.input, bop.input_shape),
                ("output", op.output, bop.output_shape),
            ):
                if (ours is None) != (theirs is None):
                    self.diff(
                        op.name,
                        side,
                        f"model has {ours and ours.name}, botocore has {theirs and theirs.name}",
                    )
                elif ours is not None:
                    self.structure(f"{op.name}", ours, theirs, is_input=side == "input")
            bc_errors = {e.name: e for e in bop.error_shapes}
            for err in op.errors:
                if err.name not in bc_errors:
                    self.diff(f"{op.name}.errors", err.name, "botocore does not list this error")
                elif bc_errors[err.name].metadata.get("error", {}).get("httpStatusCode") != err.status:
                    self.diff(f"{op.name}.errors", err.name, "HTTP status differs")
            bc_pag = paginators.get(op.name)
            if op.paginate:
                if not bc_pag:
                    self.diff(op.name, "paginate", "botocore has no paginator")
                else:
                    ours_pag = (
                        op.paginate.input_token,
                        op.paginate.output_token,
                        op.paginate.limit_key,
                        op.paginate.items,
                    )
                    theirs_pag = (
                        bc_pag["input_token"],
                        bc_pag["output_token"],
                        bc_pag.get("limit_key"),
                        bc_pag["result_key"],
                    )
                    if ours_pag != theirs_pag:
                        self.diff(op.name, "paginate", f"model {ours_pag}, botocore {theirs_pag}")
            elif bc_pag:
                self.diff(op.name, "paginate", "botocore paginates this operation; the model does not")

    def structure(self, path: str, ours: Structure, theirs: Any, is_input: bool) -> None:
        if theirs.type_name != "structure":
            self.diff(path, "type", f"model structure, botocore {theirs.type_name}")
            return
        required = set(theirs.required_members)
        for m in ours.members:
            mpath = f"{path}.{m.name}"
            bm = theirs.members.get(m.name)
            if bm is None:
                self.diff(mpath, "member", f"botocore's {theirs.name} has no member {m.name}")
                continue
            if is_input and m.required != (m.name in required):
                self.diff(
                    mpath, "required", f"model required={m.required}, botocore required={m.name in required}"
                )
            loc = bm.serialization.get("location") or "body"
            if loc != m.location:
                self.diff(mpath, "location", f"model {m.location}, botocore {loc}")
            wire = bm.serialization.get("name", m.name)
            if wire != m.wire_name:
                self.diff(mpath, "wire_name", f"model {m.wire_name}, botocore {wire}")
            if bool(bm.metadata.get("sensitive")) and not m.sensitive and is_input:
                self.diff(mpath, "sensitive", "botocore marks this sensitive; the model does not")
            self.type(mpath, m.type, bm, is_input, m.constraints)
        if is_input:
            for name in required:
                if ours.member(name) is None:
                    self.diff(f"{path}.{name}", "member", "botocore requires this member; the model lacks it")

    def type(self, path: str, ref: TypeRef, bshape: Any, is_input: bool, constraints: dict[str, Any]) -> None:
        kind = _kind(ref)
        bkind = BOTO_KIND.get(bshape.type_name, bshape.type_name)
        if kind != bkind:
            self.diff(path, "type", f"model {ref.model}, botocore {bshape.type_name}")
            return
        if ref.kind == "enum":
            extra = [v for v in ref.shape.values if v not in (bshape.enum or [])]
            if extra:
                self.diff(path, "enum", f"values not in botocore: {extra}")
        elif ref.kind == "primitive" and ref.name == "string" and "pattern" in constraints:
            theirs = (bshape.metadata.get("pattern") or "").replace(*JAVA_CLASSES)
            if constraints["pattern"] != theirs:
                self.diff(path, "pattern", "pattern differs from botocore's")
        elif ref.kind == "list":
            assert ref.item
            item_c = {"pattern": constraints["item_pattern"]} if "item_pattern" in constraints else {}
            self.type(path + "[]", ref.item, bshape.member, is_input, item_c)
        elif ref.kind == "map":
            assert ref.item
            key_c = {"pattern": constraints["key_pattern"]} if "key_pattern" in constraints else {}
            self.type(path + "{key}", TypeRef("primitive", "string"), bshape.key, is_input, key_c)
            item_c = {"pattern": constraints["item_pattern"]} if "item_pattern" in constraints else {}
            self.type(path + "{}", ref.item, bshape.value, is_input, item_c)
        elif ref.kind == "structure":
            if (ref.shape.name, path) not in self.seen:
                self.seen.add((ref.shape.name, path))
                self.structure(path, ref.shape, bshape, is_input)


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


def test_every_seed_operation_is_modelled(model: Model) -> None:
    expected = {
        "mediaconnect": 17,  # 15 from the seeds + AddFlowSources and RemoveFlowSource for failover sources
        "mediapackage-vod": 16,
        "ivs": 18,
    }
    assert {s.name: len(s.operations) for s in model.services} == expected


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
