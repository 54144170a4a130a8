"""What the local backend serves: each service's shared tables (shapes, operations, errors; see
awsmedia_runtime.tables) with the backend's own data beside them: the resource definitions and
tagging operations (generated/awsmedia/local/<service>.json) and a URI route per operation."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

from ..shapes import Rule, Scalar
from ..tables import Operation, ServiceTables, load_all


@dataclass(frozen=True)
class Route:
    """How an operation's requests look: the HTTP method and the URI with its labels."""

    method: str
    pattern: re.Pattern[str]
    labels: tuple[str, ...]  # URI label names, in order

    @classmethod
    def of(cls, op: Operation) -> Route:
        path, _, _ = op.uri.partition("?")
        labels: list[str] = []
        pattern = ""
        for part in re.split(r"(\{[^}]+\})", path):
            if part.startswith("{"):
                label = part[1:-1]
                labels.append(label.rstrip("+"))
                pattern += "(.+)" if label.endswith("+") else "([^/]+)"  # a greedy label spans slashes
            else:
                pattern += re.escape(part)
        return cls(op.http_method, re.compile(f"^{pattern}/?$"), tuple(labels))


@dataclass(frozen=True)
class ServiceTable(ServiceTables):
    """A service's shared tables and what the backend adds to them."""

    resources: dict[str, dict[str, Any]]
    tagging: dict[str, str] | None
    routes: dict[str, Route]
    # (shape, member) -> the pattern requests hold that member's generated value to: a resource's
    # identifier as its delete operation takes it (a flow's ARN, which ends in the flow's name).
    identifier_patterns: dict[tuple[str, str], re.Pattern[str]] = field(default_factory=dict)
    _chosen: dict[str, str] = field(default_factory=dict)  # error_for's answers

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
            found = [name for name, e in self.errors.items() if e.category == wanted]
            if found:
                self._chosen[category] = max(found, key=lambda n: (usage.get(n, 0), n))
                return self._chosen[category]
        return "BadRequestException"

    def status_of(self, code: str) -> int:
        return self.errors[code].status if code in self.errors else 400


def load_tables() -> dict[str, ServiceTable]:
    """Every service the backend serves, by boto3 service name."""
    package = resources.files("awsmedia.local")
    tables = {}
    for name, shared in load_all().items():
        own = json.loads(package.joinpath(f"{name}.json").read_text(encoding="utf-8"))
        for resource in own["resources"].values():  # the parent's rules on how many children it holds
            parent = resource.get("parent") or {}
            parent["rules"] = [Rule.from_json(r) for r in parent.get("rules", ())]
        routes = {op.name: Route.of(op) for op in shared.operations.values()}
        inherited = {f.name: getattr(shared, f.name) for f in fields(ServiceTables)}
        tables[name] = ServiceTable(
            **inherited,
            resources=own["resources"],
            tagging=own.get("tagging"),
            routes=routes,
            identifier_patterns=_identifier_patterns(shared, own["resources"]),
        )
    return tables


def _identifier_patterns(
    shared: ServiceTables, resources: dict[str, dict[str, Any]]
) -> dict[tuple[str, str], re.Pattern[str]]:
    found = {}
    for r in resources.values():
        taken = shared.operations[r["delete"]].input
        member = taken.members.get(r["identifier"]) if taken is not None else None
        if member is not None and isinstance(member.type, Scalar) and member.type.pattern is not None:
            found[(r["shape"], r["identifier"])] = re.compile(member.type.pattern)
    return found
