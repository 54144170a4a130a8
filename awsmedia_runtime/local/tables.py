"""The generated wire tables (generated/awsmedia/local/*.json), compiled once into small objects."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..shapes import Rule

PRIMITIVE_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "long": (int,),
    "double": (int, float),
    "boolean": (bool,),
    "timestamp": (str, int, float),
    "blob": (str,),
}


@dataclass(eq=False)
class Node:
    """One type: a primitive, an enum, a list, a map or a structure."""

    kind: str  # primitive name, "enum", "list", "map" or "structure"
    name: str = ""
    item: Node | None = None
    values: frozenset[str] = frozenset()
    members: dict[str, MemberSpec] = field(default_factory=dict)
    by_wire: dict[str, MemberSpec] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)


@dataclass(eq=False)
class MemberSpec:
    name: str
    wire: str
    node: Node
    location: str = "body"
    required: bool = False
    constraints: dict[str, Any] = field(default_factory=dict)
    default: Any = None
    generated: Any = None
    regex: re.Pattern[str] | None = None
    item_regex: re.Pattern[str] | None = None
    response_path: tuple[str, ...] = ()  # where the response structure holds a request member's value


@dataclass
class OperationSpec:
    name: str
    method: str
    uri: str
    status: int
    input: Node | None
    output: Node | None
    errors: list[str]
    paginate: dict[str, Any] | None
    route: re.Pattern[str] = field(init=False)
    labels: list[str] = field(init=False)

    def __post_init__(self) -> None:
        path, _, _ = self.uri.partition("?")
        self.labels = []
        pattern = ""
        for part in re.split(r"(\{[^}]+\})", path):
            if part.startswith("{"):
                label = part[1:-1]
                greedy = label.endswith("+")
                self.labels.append(label.rstrip("+"))
                pattern += "(.+)" if greedy else "([^/]+)"
            else:
                pattern += re.escape(part)
        self.route = re.compile(f"^{pattern}/?$")


@dataclass
class ServiceTable:
    name: str
    title: str
    errors: dict[str, dict[str, Any]]
    operations: dict[str, OperationSpec]
    shapes: dict[str, Node]
    resources: dict[str, dict[str, Any]]
    tagging: dict[str, str] | None
    _chosen: dict[str, str] = field(default_factory=dict)

    def error_for(self, category: str) -> str:
        """The service's own error code for a kind of failure, falling back to its bad-request error.

        Of several errors in one category the one most operations declare wins: IVS has both
        ResourceNotFoundException and ChannelNotBroadcasting as not-found errors.
        """
        if category in self._chosen:
            return self._chosen[category]
        usage: dict[str, int] = {}
        for op in self.operations.values():
            for name in op.errors:
                usage[name] = usage.get(name, 0) + 1
        for wanted in (category, "bad_request"):
            found = [name for name, e in self.errors.items() if e["category"] == wanted]
            if found:
                self._chosen[category] = max(found, key=lambda n: (usage.get(n, 0), n))
                return self._chosen[category]
        return "BadRequestException"


_TYPE = re.compile(r"^(list|map)<(?:string,\s*)?(.+)>$")


def _compile(raw: dict[str, Any]) -> ServiceTable:
    shapes: dict[str, Node] = {}
    for name, s in raw["shapes"].items():
        shapes[name] = Node("enum", name, values=frozenset(s["enum"])) if "enum" in s else Node("structure", name, rules=[Rule(r["description"], r["when"], r["require"]) for r in s.get("rules", [])])

    def node(expr: str) -> Node:
        m = _TYPE.match(expr)
        if m:
            return Node(m.group(1), item=node(m.group(2).strip()))
        return shapes[expr] if expr in shapes else Node(expr)

    for name, s in raw["shapes"].items():
        if "members" not in s:
            continue
        target = shapes[name]
        for mname, m in s["members"].items():
            c = m.get("constraints", {})
            spec = MemberSpec(
                name=mname, wire=m.get("wire", mname), node=node(m["type"]), location=m.get("location", "body"),
                required=m.get("required", False), constraints=c, default=m.get("default"), generated=m.get("generated"),
                regex=re.compile(c["pattern"]) if "pattern" in c else None,
                item_regex=re.compile(c["item_pattern"]) if "item_pattern" in c else None,
                response_path=tuple(m.get("response_path", [mname])),
            )
            target.members[mname] = spec
            target.by_wire[spec.wire] = spec
    ops = {
        name: OperationSpec(name, o["method"], o["uri"], o["status"], shapes.get(o["input"] or ""), shapes.get(o["output"] or ""),
                            o["errors"], o.get("paginate"))
        for name, o in raw["operations"].items()
    }
    for r in raw["resources"].values():
        if r.get("parent"):
            r["parent"]["rules"] = [Rule(x["description"], x["when"], x["require"]) for x in r["parent"].get("rules", [])]
    svc = raw["service"]
    return ServiceTable(svc["name"], svc["title"], raw["errors"], ops, shapes, raw["resources"], raw.get("tagging"))


def load_tables() -> dict[str, ServiceTable]:
    """Every service table shipped in awsmedia.local, by boto3 service name."""
    package = resources.files("awsmedia.local")
    tables = {}
    for entry in sorted(package.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".json"):
            table = _compile(json.loads(entry.read_text(encoding="utf-8")))
            tables[table.name] = table
    return tables
