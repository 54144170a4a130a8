"""Build sample values from the model: a typed value for our client and the boto3-shaped value it
must become, made side by side (not through the runtime under test)."""

from __future__ import annotations

import datetime
import importlib
import re
import re._parser as sre_parse  # the regex parser; public as sre_parse before 3.11
from typing import Any

from codegen.ir import Member, Service, Structure, TypeRef


def regex_sample(pattern: str) -> str:
    """A short string that fully matches `pattern` (enough of the regex language for our models)."""

    def walk(items: Any) -> str:
        out = ""
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out += chr(arg)
            elif name == "ANY":
                out += "x"
            elif name == "IN":
                out += walk_in(arg)
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                lo, _hi, sub = arg
                out += walk(sub) * max(lo, 1)
            elif name == "SUBPATTERN":
                out += walk(arg[-1])
            elif name == "BRANCH":
                out += walk(arg[1][0])
            elif name in ("AT",):
                continue
            else:
                raise ValueError(f"sample generator does not know {name} in {pattern}")
        return out

    def walk_in(items: Any) -> str:
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                return chr(arg)
            if name == "RANGE":
                return chr(arg[0])
            if name == "CATEGORY":
                return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(str(arg), "a")
        return "a"

    text = walk(sre_parse.parse(pattern))
    assert re.fullmatch(pattern, text), (pattern, text)
    return text


class Sampler:
    def __init__(self, service: Service):
        self.service = service
        self.module = importlib.import_module(f"awsmedia.clients.{service.module}")
        self.counter = 0

    def scalar(self, m_constraints: dict[str, Any], ref: TypeRef) -> Any:
        self.counter += 1
        if ref.kind == "enum":
            values = ref.shape.values
            return values[self.counter % len(values)]
        name = ref.name
        if name == "string":
            if "pattern" in m_constraints:
                return regex_sample(m_constraints["pattern"])
            text = f"v{self.counter}"
            lo, hi = m_constraints.get("min_length", 0), m_constraints.get("max_length", 64)
            return (text * 10)[: max(lo, min(len(text), hi))]
        if name in ("integer", "long"):
            lo, hi = m_constraints.get("min", 0), m_constraints.get("max", 10_000)
            return int(min(max(lo, 100 + self.counter), hi))
        if name == "double":
            return 1.5
        if name == "boolean":
            return self.counter % 2 == 0
        if name == "timestamp":
            return datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        raise AssertionError(name)

    def value(self, ref: TypeRef, constraints: dict[str, Any]) -> tuple[Any, Any]:
        """(typed value, boto3 value) for a type."""
        if ref.kind == "list":
            assert ref.item
            item_c = {k[5:]: v for k, v in constraints.items() if k.startswith("item_")}
            pairs = [self.value(ref.item, item_c) for _ in range(max(1, constraints.get("min_items", 1)))]
            return [p[0] for p in pairs], [p[1] for p in pairs]
        if ref.kind == "map":
            assert ref.item
            typed, wire = self.value(ref.item, {})
            return {"k1": typed}, {"k1": wire}
        if ref.kind == "structure":
            return self.structure(ref.shape)
        v = self.scalar(constraints, ref)
        return v, v

    def members(self, struct: Structure, members: list[Member]) -> tuple[dict[str, Any], dict[str, Any]]:
        typed: dict[str, Any] = {}
        wire: dict[str, Any] = {}
        for m in members:
            t, w = self.value(m.type, m.constraints)
            typed[m.python_name] = t
            wire[m.name] = w
        return typed, wire

    def structure(self, struct: Structure, omit: tuple[str, ...] = ()) -> tuple[Any, dict[str, Any]]:
        members = [m for m in struct.members if m.name not in omit]
        typed, wire = self.members(struct, members)
        self.satisfy_rules(struct, typed, wire)
        return getattr(self.module, struct.class_name)(**typed), wire

    def satisfy_rules(self, struct: Structure, typed: dict[str, Any], wire: dict[str, Any]) -> None:
        """Adjust a full sample so that the documented cross-field rules hold (judged here on their
        own, not by the runtime under test)."""
        for rule in struct.rules:
            path = rule.require["path"]
            if (
                "." in path
                or not _holds(rule.when, _at(wire, rule.when["path"]))
                or _holds(rule.require, wire.get(path))
            ):
                continue
            member = struct.member(path)
            assert member is not None
            if "equals" in rule.require:
                typed[member.python_name] = wire[path] = rule.require["equals"]
            elif rule.require.get("present") is False:
                typed.pop(member.python_name, None)
                wire.pop(path, None)
            elif rule.require.get("present") is True:
                typed[member.python_name], wire[path] = self.value(member.type, member.constraints)
            else:  # a count
                typed[member.python_name] = typed[member.python_name][: rule.require["max_items"]]
                wire[path] = wire[path][: rule.require["max_items"]]


def _at(wire: dict[str, Any], dotted: str) -> Any:
    value: Any = wire
    for step in dotted.split("."):
        value = value.get(step) if isinstance(value, dict) else None
    return value


def _holds(cond: dict[str, Any], value: Any) -> bool:
    if "equals" in cond:
        return bool(value == cond["equals"])
    if "not_equals" in cond:
        return bool(value != cond["not_equals"])
    if "in" in cond:
        return value in cond["in"]
    if "present" in cond:
        return (value is not None) is cond["present"]
    return value is None or not isinstance(value, (list, dict)) or len(value) <= cond["max_items"]


def flow_response(arn: str = "arn:f", **extra: Any) -> dict[str, Any]:
    """A small DescribeFlow/CreateFlow `Flow` as the service returns it, for Stubber responses."""
    flow = {
        "FlowArn": arn,
        "Name": "f",
        "AvailabilityZone": "us-east-1a",
        "Entitlements": [],
        "Outputs": [],
        "Source": {"Name": "cam", "SourceArn": "arn:s"},
        "Status": "STANDBY",
    }
    return {**flow, **extra}
