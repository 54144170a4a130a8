"""The installed botocore's model of a service, compared with ours, in both directions.

`Checker` walks every modelled operation beside botocore's and records
- `differences`: what the model states that botocore does not (a member, enum value, type, required
  flag, location, wire name, pattern, error or paginator that differs), which
  tests/test_conformance.py holds against a justified allow-list; and
- `missing`: what botocore has and the model lacks, within what the model covers (members of
  modelled structures, enum values, limits on modelled input members) plus the operations the
  model does not have, which `codegen sync --from-botocore` turns into proposed YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import botocore.session

from .ir import Service, Structure, TypeRef


@dataclass(frozen=True)
class Missing:
    """Something botocore has that the model lacks."""

    kind: str  # "operation" | "member" | "enum" | "limit"
    owner: str  # our structure or enum it belongs to; the operation's name for an operation
    name: str  # the member, enum value or limit key; the operation's name for an operation
    where: str  # the first path through the operations where it was found
    # botocore's operation model; (member shape, required) for a member; the value of an enum value or limit
    shape: Any = None


# botocore writes IVS tag patterns with Java classes that Python's re cannot compile; the model writes
# them with \w and \s, which accept every character those do (and a little more: never stricter).
_JAVA_CLASSES = ("\\p{L}\\p{Z}\\p{N}", "\\w\\s")


def python_pattern(pattern: Any) -> Any:
    """botocore's pattern as the model writes it."""
    return pattern.replace(*_JAVA_CLASSES) if isinstance(pattern, str) else pattern


# botocore limit -> our constraint key, by botocore type.
LIMIT_KEYS = {
    "string": {"min": "min_length", "max": "max_length", "pattern": "pattern"},
    "integer": {"min": "min", "max": "max"},
    "long": {"min": "min", "max": "max"},
    "double": {"min": "min", "max": "max"},
    "float": {"min": "min", "max": "max"},
    "list": {"min": "min_items", "max": "max_items"},
    "map": {"min": "min_items", "max": "max_items"},
}


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
        self.missing: list[Missing] = []
        self._missing_keys: set[tuple[str, str, str]] = set()

    def lack(self, kind: str, owner: str, name: str, where: str, shape: Any = None) -> None:
        if (kind, owner, name) not in self._missing_keys:
            self._missing_keys.add((kind, owner, name))
            self.missing.append(Missing(kind, owner, name, where, shape))

    def diff(self, path: str, what: str, message: str) -> None:
        key = (self.service.name, path, what)
        self.differences.append(key)
        self.messages[key] = message

    def run(self) -> None:
        paginators = self.session.get_paginator_model(self.service.name)._paginator_config
        modelled = {op.name for op in self.service.operations}
        for name in self.bc.operation_names:
            if name not in modelled:
                self.lack("operation", name, name, name, self.bc.operation_model(name))
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
                self.limits(ours.name, mpath, m.name, m.constraints, bm)
        if is_input:
            for name in required:
                if ours.member(name) is None:
                    self.diff(f"{path}.{name}", "member", "botocore requires this member; the model lacks it")
        for name, bm in theirs.members.items():
            if ours.member(name) is None:
                self.lack("member", ours.name, name, f"{path}.{name}", (bm, name in required))

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
            for value in bshape.enum or []:
                if value not in ref.shape.values:
                    self.lack("enum", ref.shape.name, value, path, value)
        elif ref.kind == "primitive" and ref.name == "string" and "pattern" in constraints:
            if constraints["pattern"] != python_pattern(bshape.metadata.get("pattern")):
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

    def limits(self, owner: str, path: str, member: str, constraints: dict[str, Any], bshape: Any) -> None:
        """Limits botocore puts on an input member that the model does not state; a list's item
        limits go with the list (item_pattern and so on)."""
        keys = LIMIT_KEYS.get(bshape.type_name, {})
        for theirs, key in keys.items():
            value = bshape.metadata.get(theirs)
            # A minimum of 0 on a length or a count says nothing.
            if (
                value is not None
                and key not in constraints
                and not (theirs == "min" and value == 0 and key != "min")
            ):
                self.lack("limit", owner, f"{member}.{key}", path, python_pattern(value))
        if bshape.type_name == "list" and bshape.member.type_name == "string":
            item = {"min": "item_min_length", "max": "item_max_length", "pattern": "item_pattern"}
            for theirs, key in item.items():
                value = bshape.member.metadata.get(theirs)
                if value is not None and key not in constraints and not (theirs == "min" and value == 0):
                    self.lack("limit", owner, f"{member}.{key}", path, python_pattern(value))
        if bshape.type_name == "map":
            for prefix, part in (("key", bshape.key), ("item", bshape.value)):
                for theirs in ("min", "max", "pattern"):
                    key = f"{prefix}_{theirs}_length" if theirs != "pattern" else f"{prefix}_pattern"
                    value = part.metadata.get(theirs)
                    if value is not None and key not in constraints and not (theirs == "min" and value == 0):
                        self.lack("limit", owner, f"{member}.{key}", path, python_pattern(value))
