"""One API change reaches every artifact: every target is generated from each history point of
MediaConnect into its own tree, and each change `codegen diff --json` reports between two
consecutive points is looked for in every artifact that should carry it:

- enum values: the typed client's Literal type and its validation, the provider's schema
  (allowed values in the attribute's description) and its plan-time validation, the local
  backend's validation;
- members: the client's dataclass fields; for request members, the client and the backend accept
  them where the older point refuses them as unknown;
- required flags, limits and cross-field rules: the client, the backend and the provider (where a
  resource configuration can express the request) report the problem at the same path in the
  point that has the rule and not in the other;
- operations and waiters: client methods and the backend's operations; Terraform attributes,
  blocks, modes, block limits, schema versions, resources and data sources: the schema the
  provider serves; a parent's item limit: the backend's resource table;
- the CDKTF constructs and the docs: enum values in the construct's Literal type and in the
  allowed values of the resource page's row, wherever the provider validates them; attributes and
  blocks as construct arguments (block TypedDict keys) and as rows and sections of the resource
  page; resources and data sources as construct classes and pages; operations, waiters, members
  and enum values in the client reference. Every request a provider's resource can express must be
  one its construct can be given, validated on the same declarations (the constructs call the
  provider's check_resource, so what the provider refuses they refuse).

Expectations come from the diff alone: each change becomes requests (built from the two models'
shapes) and the facts to look for. A kind of change this test has no check for fails it, so a new
kind cannot pass unnoticed. Each tree is read by tests/evolution_probe.py in its own process,
since two versions of the `awsmedia` package cannot share one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from codegen.build import load_path
from codegen.cli import main as codegen
from codegen.history import points
from codegen.ir import Member, Rule, Service, Structure, TypeRef
from awsmedia_runtime.naming import module_name, snake

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "model"
PROBE = Path(__file__).resolve().parent / "evolution_probe.py"
ABSENT = object()  # a member left out of a request
# Stands for a resource the service knows (URI labels must be filled for a request to be sent).
URI_VALUE = "arn:aws:probe:us-east-1:111122223333:probe/probe"
# What each kind of problem says, in every target's words (awsmedia_runtime.shapes words them all).
REQUIRED, VALUE, ITEMS, RANGE, LENGTH = (
    "required (",
    "is not allowed; allowed values",
    "items given; allowed",
    "outside the allowed range",
    "outside the allowed length",
)
UNKNOWN = "unknown attribute"  # the client's word; the backend says "does not support"


@dataclass
class Point:
    label: str
    file: Path
    service: Service
    tree: Path


@dataclass
class Probe:
    """A request that one point refuses at `path` and the other does not."""

    id: str
    operation: str
    method: str
    boto3_method: str
    params: dict[str, Any]
    kwargs: dict[str, Any]
    path: list[Any]  # member names and indexes
    python_path: str
    wire_path: str
    says: str  # a fragment of the problem's message
    refused_by: str  # "old" or "new"
    provider_needed: bool  # a resource configuration must be able to express it

    def request(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "boto3_method": self.boto3_method,
            "params": self.params,
            "kwargs": self.kwargs,
            "path": self.path,
        }


@dataclass
class Expectations:
    """What one change should have made of the artifacts: facts about each tree and probes."""

    # (what, check): each check is a function of the two points' reports, true when the fact holds
    facts: list[tuple[str, Callable[[dict[str, Any], dict[str, Any]], bool]]] = field(default_factory=list)
    probes: list[Probe] = field(default_factory=list)


def render(path: list[Any], names: list[str]) -> str:
    out = ""
    for step, name in zip(path, names):
        out += f"[{step}]" if isinstance(step, int) else ("." if out else "") + name
    return out


class Requests:
    """Builds requests of the two points' operations from their shapes (member names, Python names)."""

    def __init__(self, old: Service, new: Service):
        self.old, self.new = old, new

    def structure(self, name: str) -> list[Structure]:
        return [s.structure(name) for s in (self.new, self.old) if any(x.name == name for x in s.structures)]

    def member(self, structures: list[Structure], name: str) -> Member:
        return next(m for s in structures for m in s.members if m.name == name)

    def usages(self, svc: Service, target: str, kind: str) -> Iterator[tuple[str, list[Any]]]:
        """(operation, member path) of every place an operation's input holds the enum or structure
        `target` (lists through their first item)."""
        for op in svc.operations:
            if op.input is None:
                continue
            if kind == "structure" and op.input.name == target:
                yield op.name, []
            yield from ((op.name, p) for p in self._walk(op.input, target, kind, (op.input.name,)))

    def _walk(self, s: Structure, target: str, kind: str, seen: tuple[str, ...]) -> Iterator[list[Any]]:
        for m in s.members:
            path: list[Any] = [m.name]
            t = m.type
            while t.kind == "list":
                path.append(0)
                assert t.item is not None
                t = t.item
            if t.kind == kind and t.name == target:
                yield path
            if t.kind == "structure" and t.name not in seen:
                yield from (path + rest for rest in self._walk(t.shape, target, kind, seen + (t.name,)))

    def common_usages(self, target: str, kind: str) -> list[tuple[str, list[Any]]]:
        """Usages both points have, so that each can be asked."""
        old = [(o, p) for o, p in self.usages(self.old, target, kind)]
        return [(o, p) for o, p in self.usages(self.new, target, kind) if (o, p) in old]

    def probe(
        self,
        id: str,
        operation: str,
        at: list[Any],
        value: Any,
        says: str,
        refused_by: str,
        provider_needed: bool = False,
        problem_at: list[Any] | None = None,
    ) -> Probe:
        """A request of `operation` with `value` (member names) placed at path `at`; the problem is
        looked for at `problem_at` (default: `at`)."""
        op = next(o for s in (self.new, self.old) for o in s.operations if o.name == operation)
        assert op.input is not None
        params = _place({}, at, value)
        for m in op.input.members:  # URI labels must be there for the request to be sent
            if m.location == "uri" and m.name not in params:
                params[m.name] = URI_VALUE
        where = at if problem_at is None else problem_at
        python, wire = self.names(op.input.name, where)
        return Probe(
            id,
            operation,
            op.python_name,
            snake(operation),
            params,
            self.pythonize(op.input.name, params),
            where,
            render(where, python),
            render(where, wire),
            says,
            refused_by,
            provider_needed,
        )

    def names(self, structure: str, path: list[Any]) -> tuple[list[str], list[str]]:
        python, wire = [], []
        current = self.structure(structure)
        for step in path:
            if isinstance(step, int):
                python.append(""), wire.append("")
                continue
            m = self.member(current, step)
            python.append(m.python_name), wire.append(m.wire_name)
            leaf = m.type.leaf
            current = self.structure(leaf.name) if leaf.kind == "structure" else []
        return python, wire

    def pythonize(self, structure: str, value: Any) -> Any:
        """Member names -> the typed clients' field names (a plain dict of fields is accepted)."""
        if isinstance(value, list):
            return [self.pythonize(structure, v) for v in value]
        if not isinstance(value, dict):
            return value
        shapes = self.structure(structure)
        out = {}
        for name, v in value.items():
            m = self.member(shapes, name)
            leaf = m.type.leaf
            out[m.python_name] = self.pythonize(leaf.name, v) if leaf.kind == "structure" else v
        return out


def _place(params: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    """`params` with `value` at `path` (creating the dicts and one-item lists on the way)."""
    if value is ABSENT:
        return params
    if not path:
        return dict(value) if isinstance(value, dict) else params
    current: Any = params
    for step, following in zip(path, path[1:]):
        key = step
        if isinstance(current, list):
            while len(current) <= key:
                current.append({})
            current = current[key]
            continue
        current = current.setdefault(key, [] if isinstance(following, int) else {})
    if isinstance(current, list):
        current.append(value)
    else:
        current[path[-1]] = value
    return params


def dummy(t: TypeRef) -> Any:
    """A value of the type (for a member whose presence is what matters)."""
    if t.kind == "enum":
        return t.shape.values[0]
    if t.kind == "structure" or t.kind == "map":
        return {}
    if t.kind == "list":
        return []
    return {"integer": 1, "long": 1, "boolean": True, "double": 1.0}.get(t.name, "x")


def other(t: TypeRef, value: Any) -> Any:
    """A value of the type that is not `value` (and not in it, for a list of values)."""
    avoid = value if isinstance(value, (list, tuple)) else [value]
    if t.kind == "enum":
        return next(v for v in t.shape.values if v not in avoid)
    if t.name in ("integer", "long"):
        return max((v for v in avoid if isinstance(v, int)), default=0) + 1
    if t.name == "boolean":
        return not avoid[0]
    return "-".join(str(v) for v in avoid) + "-other"


def satisfying(cond: dict[str, Any], t: TypeRef) -> Any:
    if "equals" in cond:
        return cond["equals"]
    if "not_equals" in cond:
        return other(t, cond["not_equals"])
    if "in" in cond:
        chosen = cond["in"][0]
        return ABSENT if chosen is None else chosen
    if "present" in cond:
        return dummy(t) if cond["present"] else ABSENT
    if "max_items" in cond:
        return ABSENT
    raise AssertionError(f"no value for the condition {cond}: teach this test")


def violating(cond: dict[str, Any], t: TypeRef) -> Any:
    if "equals" in cond:
        return other(t, cond["equals"])
    if "not_equals" in cond:
        return cond["not_equals"]
    if "in" in cond:
        return other(t, [v for v in cond["in"] if v is not None])
    if "present" in cond:
        return ABSENT if cond["present"] else dummy(t)
    if "max_items" in cond:
        assert t.item is not None
        return [dummy(t.item) for _ in range(int(cond["max_items"]) + 1)]
    raise AssertionError(f"no value for the condition {cond}: teach this test")


def limit_probe_value(key: str, before: Any, after: Any, t: TypeRef) -> tuple[Any, str, str]:
    """A value at the looser of two limits, the problem's words, and which point refuses it."""
    is_max = key.startswith("max")
    if is_max:
        value = max(before, after) if None not in (before, after) else (before or after) + 1
        refused_by = "old" if before is None or (after is not None and after > before) else "new"
    else:
        value = min(before, after) if None not in (before, after) else max((before or after) - 1, 0)
        refused_by = "old" if before is None or (after is not None and after < before) else "new"
    if key in ("max_items", "min_items"):
        assert t.item is not None
        return [dummy(t.item) for _ in range(value)], ITEMS, refused_by
    if key in ("max", "min"):
        return value, RANGE, refused_by
    if key in ("max_length", "min_length"):
        return "a" * value, LENGTH, refused_by
    raise AssertionError(f"no consistency check for a change of the limit {key!r}: teach this test")


class Expect:
    """Turns the changes between two points into expectations."""

    def __init__(self, old: Point, new: Point):
        self.old, self.new = old, new
        self.requests = Requests(old.service, new.service)
        self.items: dict[str, Expectations] = {}
        self.old_report: dict[str, Any] = {}
        self.new_report: dict[str, Any] = {}

    # The facts a change asks of both trees are checked once the reports are in: each is a
    # function of (old report, new report).
    def fact(self, change: str, what: str, check: Any) -> None:
        self.items.setdefault(change, Expectations()).facts.append((what, check))

    def probe(self, change: str, probe: Probe) -> None:
        self.items.setdefault(change, Expectations()).probes.append(probe)

    def change(self, c: dict[str, Any]) -> None:
        key = f"{c['subject']} {c['path']}: {c['detail']}"
        self.items.setdefault(key, Expectations())
        handler = getattr(self, "on_" + c["subject"].replace(" ", "_"), None)
        if handler is None:
            self.fact(key, f"a consistency check for changes of kind {c['subject']!r}", lambda o, n: False)
            return
        handler(key, c)

    # -- the API ---------------------------------------------------------------------------------

    def on_enum(self, key: str, c: dict[str, Any]) -> None:
        added = c["detail"].startswith("values added")
        values = c["detail"].split(": ", 1)[1].split(", ")
        enum = c["path"]
        has, lacks = ("new", "old") if added else ("old", "new")
        for v in values:
            self.fact(
                key,
                f"the client's Literal {enum} has {v!r} in the {has} point only",
                lambda o, n, v=v: (v in _get(n if added else o, "client", "literals", enum, default=[]))
                and v not in _get(o if added else n, "client", "literals", enum, default=[]),
            )
            self.fact(
                key,
                f"the client reference lists {v!r} in the values of {enum} in the {has} point only",
                lambda o, n, v=v: (v in _get(n if added else o, "docs", "client", "enums", enum, default=[]))
                and v not in _get(o if added else n, "docs", "client", "enums", enum, default=[]),
            )
            for operation, path in self.requests.common_usages(enum, "enum"):
                self.probe(
                    key,
                    self.requests.probe(
                        f"{key} [{v} in {operation}]",
                        operation,
                        path,
                        v,
                        VALUE,
                        refused_by=lacks,
                        provider_needed="config" in c["impact"],
                    ),
                )

    def on_member(self, key: str, c: dict[str, Any]) -> None:
        structure, name = c["path"].split(".")
        added = c["detail"].startswith("added")
        has = self.new.service if added else self.old.service
        s = has.structure(structure)
        m = s.member(name)
        assert m is not None
        self.fact(
            key,
            f"the client's {structure} has the field {m.python_name} in the {'new' if added else 'old'} point only",
            lambda o, n: (
                m.python_name in _get(n if added else o, "client", "classes", structure, default={})
            )
            and m.python_name not in _get(o if added else n, "client", "classes", structure, default={}),
        )
        self.fact(
            key,
            f"the client reference's {structure} has the field {m.python_name} in the {'new' if added else 'old'} point only",
            lambda o, n: (
                m.python_name in _get(n if added else o, "docs", "client", "types", structure, default={})
            )
            and m.python_name
            not in _get(o if added else n, "docs", "client", "types", structure, default={}),
        )
        if m.type.leaf.kind == "structure":
            leaf = m.type.leaf.name
            self.fact(
                key,
                f"the client has the class {leaf}",
                lambda o, n: leaf in _get(n if added else o, "client", "classes", default={}),
            )
        if not s.used_in_input:
            return
        for operation, path in self.requests.common_usages(structure, "structure"):
            self.probe(
                key,
                self.requests.probe(
                    f"{key} [{operation}]",
                    operation,
                    path + [name],
                    dummy(m.type),
                    UNKNOWN,
                    refused_by="old" if added else "new",
                ),
            )

    def on_required(self, key: str, c: dict[str, Any]) -> None:
        structure, name = c["path"].split(".")
        detail = c["detail"]
        s = self.new.service.structure(structure)
        m = s.member(name)
        assert m is not None
        if detail in ("now always returned", "no longer always returned"):  # a response member
            optional = detail == "no longer always returned"
            self.fact(
                key,
                f"the client's {structure}.{m.python_name} is {'optional' if optional else 'always there'}",
                lambda o, n: ("None" in _get(n, "client", "classes", structure, m.python_name, default=""))
                is optional,
            )
            return
        refused_by = "old" if detail == "now optional" else "new"
        for operation, path in self.requests.common_usages(structure, "structure"):
            self.probe(
                key,
                self.requests.probe(
                    f"{key} [{operation}]",
                    operation,
                    path,
                    {},
                    REQUIRED,
                    refused_by,
                    provider_needed="config" in c["impact"],
                    problem_at=path + [name],
                ),
            )

    def on_limit(self, key: str, c: dict[str, Any]) -> None:
        if c["path"].startswith(self.new.service.terraform_prefix + "_"):
            return self.terraform_limit(key, c)
        structure, name = c["path"].split(".")
        limit, before, after = re.fullmatch(r"(\w+): (\S+) -> (\S+)", c["detail"]).groups()  # type: ignore[union-attr]
        m = self.new.service.structure(structure).member(name)
        assert m is not None
        value, says, refused_by = limit_probe_value(limit, _number(before), _number(after), m.type)
        for operation, path in self.requests.common_usages(structure, "structure"):
            self.probe(
                key,
                self.requests.probe(
                    f"{key} [{operation}]",
                    operation,
                    path + [name],
                    value,
                    says,
                    refused_by,
                ),
            )

    def on_rule(self, key: str, c: dict[str, Any]) -> None:
        added, description = c["detail"].split(": ", 1)
        has = self.new.service if added == "added" else self.old.service
        s = has.structure(c["path"])
        rule = next(r for r in s.rules if r.description == description)
        if not s.used_in_input:
            # Only requests are checked against rules; a rule on what the service returns is
            # documentation of the response, which no artifact enforces.
            self.fact(key, "a rule on a response structure is enforced nowhere", lambda o, n: True)
            return
        value = _violating_request(s, rule)
        for operation, path in self.requests.common_usages(s.name, "structure"):
            self.probe(
                key,
                self.requests.probe(
                    f"{key} [{operation}]",
                    operation,
                    path,
                    value,
                    description + ".",
                    refused_by="new" if added == "added" else "old",
                    problem_at=path + rule.require["path"].split("."),
                ),
            )

    def on_operation(self, key: str, c: dict[str, Any]) -> None:
        added = c["detail"] == "added"
        svc = self.new.service if added else self.old.service
        op = next(o for o in svc.operations if o.name == c["path"])
        for part, keys in (
            ("client's methods", ("client", "methods")),
            ("backend's operations", ("backend", "operations")),
            ("client reference's methods", ("docs", "client", "methods")),
        ):
            wanted = op.name if part.startswith("backend") else op.python_name
            self.fact(
                key,
                f"the {part} include {wanted} in the {'new' if added else 'old'} point only",
                lambda o, n, keys=keys, wanted=wanted: (wanted in _get(n if added else o, *keys, default=[]))
                and wanted not in _get(o if added else n, *keys, default=[]),
            )

    def on_waiter(self, key: str, c: dict[str, Any]) -> None:
        added = c["detail"] == "added"
        svc = self.new.service if added else self.old.service
        method = next(w for w in svc.waiters if w.name == c["path"]).python_name
        for part, keys in (("client", ("client",)), ("client reference", ("docs", "client"))):
            self.fact(
                key,
                f"the {part} has {method} in the {'new' if added else 'old'} point only",
                lambda o, n, keys=keys: method in _get(n if added else o, *keys, "methods", default=[])
                and method not in _get(o if added else n, *keys, "methods", default=[]),
            )

    # -- Terraform -------------------------------------------------------------------------------

    def schema_path(self, c: dict[str, Any]) -> tuple[str, str]:
        type_name, _, path = c["path"].partition(".")
        return type_name, path

    def on_attribute(self, key: str, c: dict[str, Any]) -> None:
        type_name, path = self.schema_path(c)
        kind = c["subject"]
        detail = c["detail"]

        def facts(report: dict[str, Any]) -> dict[str, Any] | None:
            found: dict[str, Any] | None = _get(
                report, "provider", "resources", type_name, "paths", path, default=None
            )
            return found

        if detail.startswith("added") or detail == "removed":
            added = detail.startswith("added")
            self.fact(
                key,
                f"the served schema of {type_name} has the {kind} {path} in the {'new' if added else 'old'} point only",
                lambda o, n: (facts(n if added else o) or {}).get("kind") == kind
                and facts(o if added else n) is None,
            )
            self.construct_and_page(key, type_name, path, kind, added)
            return
        modes = re.fullmatch(r"(required|optional|computed) -> (required|optional|computed)", detail)
        if modes:
            before, after = modes.groups()
            self.fact(
                key,
                f"the served {type_name}.{path} is {before}, then {after}",
                lambda o, n: (facts(o) or {}).get("mode") == before and (facts(n) or {}).get("mode") == after,
            )
            return
        if detail.startswith("type "):
            self.fact(
                key,
                f"the served type of {type_name}.{path} changed",
                lambda o, n: (facts(o) or {}).get("type") != (facts(n) or {}).get("type"),
            )
            return
        self.fact(key, f"a consistency check for {kind} changes like {detail!r}", lambda o, n: False)

    on_block = on_attribute

    def construct_and_page(self, key: str, type_name: str, path: str, kind: str, added: bool) -> None:
        """An added (removed) attribute or block: the construct takes it when a configuration can set
        it, and the resource page has its row (and its section, for a block), in one point only."""
        has = "new" if added else "old"

        def configurable(report: dict[str, Any]) -> bool:
            facts = _get(report, "provider", "resources", type_name, "paths", path, default={})
            return kind == "block" or facts.get("mode") in ("required", "optional")

        def in_construct(report: dict[str, Any]) -> bool:
            return path in _get(report, "constructs", "resources", type_name, "paths", default={})

        self.fact(
            key,
            f"the construct of {type_name} takes {path} in the {has} point only, if configurable",
            lambda o, n: in_construct(n if added else o) == configurable(n if added else o)
            and not in_construct(o if added else n),
        )

        def on_page(report: dict[str, Any]) -> bool:
            page = _get(report, "docs", "pages", "resources", type_name, default={})
            return path in page.get("rows", {}) and (kind != "block" or path in page.get("sections", []))

        self.fact(
            key,
            f"the page of {type_name} has the {kind} {path}{' and its section' if kind == 'block' else ''} "
            f"in the {has} point only",
            lambda o, n: on_page(n if added else o) and not on_page(o if added else n),
        )

    def terraform_limit(self, key: str, c: dict[str, Any]) -> None:
        type_name, path = self.schema_path(c)
        if path:
            limit, before, after = re.fullmatch(r"(\w+): (\d+) -> (\d+)", c["detail"]).groups()  # type: ignore[union-attr]
            self.fact(
                key,
                f"the served block {type_name}.{path} has {limit} {before}, then {after}",
                lambda o, n: _get(o, "provider", "resources", type_name, "paths", path, limit) == int(before)
                and _get(n, "provider", "resources", type_name, "paths", path, limit) == int(after),
            )
            return
        before, after = re.fullmatch(r"at most (\S+) -> (\S+) per \w+", c["detail"]).groups()  # type: ignore[union-attr]
        resource = self.resource_name(type_name)
        self.fact(
            key,
            f"the backend holds at most {before}, then {after} of {resource} per parent",
            lambda o, n: _get(o, "backend", "resources", resource, "max") == _number(before)
            and _get(n, "backend", "resources", resource, "max") == _number(after),
        )

    def resource_name(self, type_name: str) -> str:
        svc = self.new.service
        return next(
            r.name
            for s in (svc, self.old.service)
            for r in s.resources
            if f"{s.terraform_prefix}_{snake(r.name)}" == type_name
        )

    def on_schema_version(self, key: str, c: dict[str, Any]) -> None:
        versions = re.match(r"(\d+) -> (\d+): ", c["detail"])
        if versions is None:
            self.fact(key, "a schema version raised with the schema", lambda o, n: False)
            return
        before, after = map(int, versions.groups())
        self.fact(
            key,
            f"the provider serves {c['path']} at schema version {before}, then {after}",
            lambda o, n: _get(o, "provider", "resources", c["path"], "version") == before
            and _get(n, "provider", "resources", c["path"], "version") == after,
        )

    def on_resource(self, key: str, c: dict[str, Any]) -> None:
        added = c["detail"] == "added"
        type_name, resource = c["path"], self.resource_name(c["path"])
        self.fact(
            key,
            f"the provider serves {type_name} in the {'new' if added else 'old'} point only",
            lambda o, n: type_name in _get(n if added else o, "provider", "resources", default={})
            and type_name not in _get(o if added else n, "provider", "resources", default={}),
        )
        self.fact(
            key,
            f"the backend's tables have {resource} in the {'new' if added else 'old'} point only",
            lambda o, n: resource in _get(n if added else o, "backend", "resources", default={})
            and resource not in _get(o if added else n, "backend", "resources", default={}),
        )
        self.class_and_page(key, "resources", type_name, added)

    def class_and_page(self, key: str, kind: str, type_name: str, added: bool) -> None:
        for part, keys in (("constructs", ("constructs",)), ("docs", ("docs", "pages"))):
            self.fact(
                key,
                f"the {part} have {type_name} among the {kind} in the {'new' if added else 'old'} point only",
                lambda o, n, keys=keys: type_name in _get(n if added else o, *keys, kind, default={})
                and type_name not in _get(o if added else n, *keys, kind, default={}),
            )

    def on_data_source(self, key: str, c: dict[str, Any]) -> None:
        added = c["detail"] == "added"
        self.fact(
            key,
            f"the provider serves the data source {c['path']} in the {'new' if added else 'old'} point only",
            lambda o, n: c["path"] in _get(n if added else o, "provider", "data_sources", default=[])
            and c["path"] not in _get(o if added else n, "provider", "data_sources", default=[]),
        )
        self.class_and_page(key, "data_sources", c["path"], added)


def _violating_request(s: Structure, rule: Rule) -> dict[str, Any]:
    """A value of structure `s` (member names) for which the rule's `when` holds and its `require` does not."""
    value: dict[str, Any] = {}
    for cond, choose in ((rule.when, satisfying), (rule.require, violating)):
        path = cond["path"].split(".")
        m = s.member_at(tuple(path))
        assert m is not None, cond
        _place(value, path, choose(cond, m.type))
    return value


def _number(text: str) -> int | None:
    return None if text == "None" else int(text)


def _get(report: dict[str, Any], *keys: str, default: Any = None) -> Any:
    for k in keys:
        if not isinstance(report, dict) or k not in report:
            return default
        report = report[k]
    return report


# -- generating the trees and asking them ----------------------------------------------------------


def history_pairs() -> list[tuple[str, int]]:
    """(service, index of the older point) of every two neighbouring points of every service."""
    return [(svc.name, i) for svc in load_path(MODEL).services for i in range(len(points(svc)) - 1)]


class Trees:
    """Each history point of each service generated into its own tree, on first use."""

    def __init__(self, root: Path):
        self.root = root
        self.services = {s.name: s for s in load_path(MODEL).services}
        self.made: dict[tuple[str, int], Point] = {}

    def point(self, service: str, index: int) -> Point:
        if (service, index) not in self.made:
            svc = self.services[service]
            release, at = points(svc)[index]
            file = release.model or svc.file
            tree = self.root / f"{service}-{release.label}"
            assert codegen(["generate", "--model", str(file), "--out", str(tree)]) == 0
            self.made[(service, index)] = Point(release.label, Path(file), at, tree)
        return self.made[(service, index)]


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Trees:
    return Trees(tmp_path_factory.mktemp("history-trees"))


def changes_between(old: Point, new: Point) -> list[dict[str, Any]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert codegen(["diff", str(old.file), str(new.file), "--json"]) == 0
    changes: list[dict[str, Any]] = json.loads(out.getvalue())["changes"]
    return changes


def ask(point: Point, probes: list[Probe]) -> dict[str, Any]:
    """The probe's report on one tree (its own process, the tree first on its import path)."""
    env = {**os.environ, "PYTHONPATH": str(point.tree)}
    request = {
        "tree": str(point.tree),
        "service": point.service.name,
        "probes": [p.request() for p in probes],
    }
    proc = subprocess.run(
        [sys.executable, str(PROBE)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def refused(answer: dict[str, Any], probe: Probe, part: str) -> bool | None:
    """Whether one artifact refused the probe's request with the expected problem at its path
    (None: the provider has no resource that can express the request)."""
    if part == "client":
        problems = answer["client"]
        if problems is None:
            return None  # the point has no such method (an operation change says so)
        return any(path == probe.python_path and probe.says in message for path, message in problems)
    if part == "backend":
        message = answer["backend"]
        if probe.says == UNKNOWN:
            unsupported = re.search(r"does not support (.*) in \w+ \(not in its model\)", message)
            return bool(unsupported) and probe.wire_path in unsupported.group(1).split(", ")  # type: ignore[union-attr]
        pattern = rf"(^|; ){re.escape(probe.wire_path)}: [^;]*?{re.escape(probe.says)}"
        return re.search(pattern, message) is not None
    resources = answer["provider"]
    if not resources:
        return None
    return any(
        any(path == r["path"] and probe.says in detail for path, detail in r["problems"])
        for r in resources.values()
    )


def check_pair(old: Point, new: Point) -> tuple[list[str], int]:
    """What the artifacts of `new` and `old` miss of the changes between them, and how many checks ran."""
    expect = Expect(old, new)
    changes = changes_between(old, new)
    assert changes
    for c in changes:
        expect.change(c)
    probes = [p for e in expect.items.values() for p in e.probes]
    reports = {"old": ask(old, probes), "new": ask(new, probes)}
    misses = []
    checked = 0
    for change, e in expect.items.items():
        if not e.facts and not e.probes:
            misses.append(f"{change}: no artifact is checked for it")
        # A change the diff says reaches configurations must reach the provider's validation.
        needed = [p for p in e.probes if p.provider_needed]
        for point in ("old", "new") if needed else ():
            if not any(reports[point]["answers"][probes.index(p)]["provider"] for p in needed):
                misses.append(f"{change}: no resource of the {point} provider can express {needed[0].path}")
        for what, check in e.facts:
            checked += 1
            if not check(reports["old"], reports["new"]):
                misses.append(f"{change}: expected {what}")
        for probe in e.probes:
            index = probes.index(probe)
            for point in ("old", "new"):
                answer = reports[point]["answers"][index]
                expected = point == probe.refused_by
                for part in ("client", "backend", "provider"):
                    got = refused(answer, probe, part)
                    if got is None:
                        continue
                    checked += 1
                    if got != expected:
                        verb = "refuse" if expected else "accept"
                        misses.append(
                            f"{probe.id}: the {point} {part} should {verb} {probe.wire_path} ({probe.says!r}); "
                            f"it answered {answer[part]!r}"
                        )
                for type_name, r in answer["provider"].items():
                    checked += 1
                    misses += [
                        f"{probe.id}: {m}" for m in construct_misses(reports[point], point, type_name, r)
                    ]
                if probe.says == VALUE:  # the allowed values: the served attribute's description,
                    # the construct's Literal type and the resource page's row
                    value = _value_at(probe.params, probe.path)
                    for type_name, r in answer["provider"].items():
                        path = ".".join(s for s in r["path"] if isinstance(s, str))
                        report = reports[point]
                        lists = {
                            "provider's description": f"`{value}`"
                            in (
                                _get(report, "provider", "resources", type_name, "paths", path, "description")
                                or ""
                            ),
                            "construct's Literal": value
                            in _get(
                                report,
                                "constructs",
                                "resources",
                                type_name,
                                "paths",
                                path,
                                "literals",
                                default=[],
                            ),
                            "page's allowed values": f"`{value}`"
                            in _get(
                                report, "docs", "pages", "resources", type_name, "rows", path, default=""
                            ),
                        }
                        for where, listed in lists.items():
                            checked += 1
                            if listed == expected:
                                misses.append(
                                    f"{probe.id}: the {point} {where} of {type_name}.{path} "
                                    f"{'lists' if expected else 'lacks'} `{value}`"
                                )
    assert checked >= len(changes)
    return misses, checked


@pytest.mark.parametrize("service, index", history_pairs())
def test_every_change_reaches_every_artifact(trees: Trees, service: str, index: int) -> None:
    misses, checked = check_pair(trees.point(service, index), trees.point(service, index + 1))
    assert not misses, f"{len(misses)} of {checked} checks failed:\n" + "\n".join(misses)


def test_an_artifact_that_misses_a_change_is_found(trees: Trees, tmp_path: Path) -> None:
    """Plant one inconsistency per kind of artifact in a copy of the failover-vpc tree."""
    old, new = trees.point("mediaconnect", 0), trees.point("mediaconnect", 1)
    assert (old.label, new.label) == ("2018-11-28", "failover-vpc")
    tree = tmp_path / "tree"
    shutil.copytree(new.tree, tree)
    # The typed client's Literal loses a new protocol.
    client = tree / "awsmedia" / "clients" / "mediaconnect.py"
    text = client.read_text()
    assert '"zixi-pull", "rist"]' in text
    client.write_text(text.replace('"zixi-pull", "rist"]', '"zixi-pull"]'))
    # The provider's schema loses the failover block.
    declarations = tree / "awsmedia" / "provider" / "mediaconnect.json"
    data = json.loads(declarations.read_text())
    flow = next(r for r in data["resources"] if r["type_name"] == "awsmedia_mediaconnect_flow")
    flow["schema"]["blocks"] = [b for b in flow["schema"]["blocks"] if b["name"] != "source_failover_config"]
    declarations.write_text(json.dumps(data))
    # The shared tables (every target's validation) lose a new key type.
    tables = tree / "awsmedia" / "shapes" / "mediaconnect.json"
    data = json.loads(tables.read_text())
    data["shapes"]["KeyType"]["enum"].remove("speke")
    tables.write_text(json.dumps(data))

    # The constructs lose a new protocol from their Literal types.
    constructs = tree / "awsmedia" / "constructs" / "mediaconnect.py"
    text = constructs.read_text()
    assert '"zixi-pull", "rist"]' in text
    constructs.write_text(text.replace('"zixi-pull", "rist"]', '"zixi-pull"]'))
    # The flow's page loses the row of a new attribute; the client reference, a new operation.
    page = tree / "docs" / "resources" / "mediaconnect_flow.md"
    lines = page.read_text().splitlines(keepends=True)
    row = next(line for line in lines if line.startswith("| `vpc_interface_name` |"))
    page.write_text("".join(line for line in lines if line != row))
    reference = tree / "docs" / "clients" / "mediaconnect.md"
    text = reference.read_text()
    assert "### add_flow_sources {#add_flow_sources}\n" in text
    reference.write_text(text.replace("### add_flow_sources {#add_flow_sources}\n", ""))

    misses, _ = check_pair(old, Point(new.label, new.file, new.service, tree))
    text = "\n".join(misses)
    assert "expected the client's Literal Protocol has 'rist' in the new point only" in text
    assert (
        "expected the served schema of awsmedia_mediaconnect_flow has the block source_failover_config"
        in text
    )
    for part in ("client", "backend", "provider"):
        assert f"[speke in CreateFlow]: the new {part} should accept source.decryption.keyType" in text, text
    assert "description of awsmedia_mediaconnect_flow.source.decryption.key_type lacks `speke`" in text
    assert "the new construct's Literal of awsmedia_mediaconnect_flow.source.protocol lacks `rist`" in text
    assert (
        "expected the page of awsmedia_mediaconnect_flow has the attribute source.vpc_interface_name" in text
    )
    assert "expected the client reference's methods include add_flow_sources in the new point only" in text
    # Nothing else: each miss comes from one of the plants.
    planted = ("rist", "source_failover_config", "speke", "vpc_interface_name", "add_flow_sources")
    assert all(any(p in m for p in planted) for m in misses), text


def construct_misses(report: dict[str, Any], point: str, type_name: str, answer: dict[str, Any]) -> list[str]:
    """What the construct of a resource misses of a request its provider resource can express: a
    class validating on the provider's own declarations, taking every attribute the request sets."""
    construct = _get(report, "constructs", "resources", type_name, default=None)
    if construct is None:
        return [f"the {point} constructs have no class for {type_name}"]
    misses = []
    module = module_name(report["service"])
    if construct["declarations"] != f"awsmedia.provider.{module}.RESOURCES" or list(
        zip(construct["bases"], construct["base_from"])
    ) != [("Resource", "awsmedia_runtime.constructs")]:
        misses.append(
            f"the {point} construct {construct['class']} does not validate on the provider's declarations"
        )
    lacking = [p for p in answer["config_paths"] if p not in construct["paths"]]
    if lacking:
        misses.append(f"the {point} construct {construct['class']} cannot be given {', '.join(lacking)}")
    return misses


def _value_at(params: dict[str, Any], path: list[Any]) -> Any:
    value: Any = params
    for step in path:
        value = value[step]
    return value
