"""What changed between two versions of a service model, and whom each change affects.

It compares loaded models (the IR), and for Terraform the schema the provider target builds from
them, so it sees what the generated artifacts see. Every change is classified, for each audience
it touches, as additive (what worked before still works) or breaking:

- client: code written against the typed clients. A new operation, optional member or enum value
  is additive; a member that is now required, a removed member or value, a tighter limit, a new
  cross-field rule or a changed type is breaking.
- config: Terraform configurations. A new optional attribute or block is additive; a new required
  one, a removed attribute, value or resource, a tighter limit, or a change that now replaces the
  resource where it used to update it in place is breaking.
- state: existing Terraform state. The provider upgrades an older state by keeping the attributes
  that still exist and starting new ones as null, so attributes added are additive; attributes
  removed or retyped lose what the state held, and a schema change without a higher
  schema_version is breaking.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from awsmedia_runtime.naming import snake

from .ir import Member, Model, Resource, Rule, Service, Structure
from .targets.provider import ResourceBuilder

ADDITIVE = "additive"
BREAKING = "breaking"
AUDIENCES = {"client": "client code", "config": "Terraform configurations", "state": "Terraform state"}


@dataclass(frozen=True)
class Change:
    service: str
    subject: str  # operation, member, enum, constraint, rule, default, waiter, resource, attribute, ...
    path: str  # where: Structure.Member, an enum's name, a Terraform type and attribute path
    detail: str
    impact: tuple[tuple[str, str], ...]  # (audience, ADDITIVE | BREAKING), in AUDIENCES order

    @property
    def breaking(self) -> bool:
        return any(cls == BREAKING for _, cls in self.impact)

    def to_json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "subject": self.subject,
            "path": self.path,
            "detail": self.detail,
            "impact": dict(self.impact),
        }

    def __str__(self) -> str:
        impact = "; ".join(f"{AUDIENCES[a]}: {cls}" for a, cls in self.impact)
        return f"{self.subject} {self.path}: {self.detail} [{impact}]"


def diff_models(old: Model, new: Model) -> list[Change]:
    """Changes of every service in either model; a service in only one of them is one change."""
    old_by, new_by = {s.name: s for s in old.services}, {s.name: s for s in new.services}
    changes: list[Change] = []
    for name in sorted(old_by.keys() | new_by.keys()):
        if name not in old_by:
            changes.append(
                Change(name, "service", name, "added", (("client", ADDITIVE), ("config", ADDITIVE)))
            )
        elif name not in new_by:
            changes.append(
                Change(
                    name,
                    "service",
                    name,
                    "removed",
                    (("client", BREAKING), ("config", BREAKING), ("state", BREAKING)),
                )
            )
        else:
            changes.extend(diff_services(old_by[name], new_by[name]))
    return changes


def diff_services(old: Service, new: Service) -> list[Change]:
    return _Differ(old, new).run()


def _tighter(key: str, old: Any, new: Any) -> bool:
    """Whether a constraint's change (None: absent) refuses values it used to accept."""
    if new is None:
        return False
    if old is None:
        return True
    if key.endswith("pattern"):
        return bool(old != new)
    return bool(new > old) if "min" in key.split("_") else bool(new < old)


def _rule_key(r: Rule) -> str:
    return json.dumps({"when": r.when, "require": r.require}, sort_keys=True)


def _type_text(t: Any) -> str:
    if isinstance(t, str):
        return t
    if t[0] == "object":
        return "object{" + ", ".join(name for name, _member, _sub in t[1]) + "}"
    return f"{t[0]}({_type_text(t[1])})"


def _widens(old: Any, new: Any) -> bool:
    """Whether a value of Terraform type `old` is still a value of `new` (an object that gained
    attributes reads with them null)."""
    if isinstance(old, str) or isinstance(new, str):
        return bool(old == new)
    if old[0] != new[0]:
        return False
    if old[0] == "object":
        new_fields = {name: sub for name, _member, sub in new[1]}
        return all(name in new_fields and _widens(sub, new_fields[name]) for name, _member, sub in old[1])
    return _widens(old[1], new[1])


def _flatten(block: dict[str, Any], prefix: str = "") -> dict[str, dict[str, Any]]:
    """A Terraform schema (as the provider target builds it) as {attribute or block path: facts}."""
    out: dict[str, dict[str, Any]] = {}
    for a in block["attrs"]:
        out[prefix + a["name"]] = {
            "kind": "attribute",
            "type": a["type"],
            "required": a.get("required", False),
            "configurable": a.get("required", False) or a.get("optional", False),
            "replace": a.get("replace", False),
            "sensitive": a.get("sensitive", False),
        }
    for b in block["blocks"]:
        path = prefix + b["name"]
        out[path] = {
            "kind": "block",
            "nesting": b["nesting"],
            "min_items": b["min_items"],
            "max_items": b["max_items"],
            "replace": b["replace"],
        }
        out.update(_flatten(b, path + "."))
    return out


class _Differ:
    def __init__(self, old: Service, new: Service):
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.schemas = {
            id(svc): {r.name: ResourceBuilder(svc, r).schema() for r in svc.resources} for svc in (old, new)
        }
        # Structures and enums a Terraform configuration sets: a change to them reaches configurations.
        self.config_shapes: set[str] = set()
        for svc in (old, new):
            for schema in self.schemas[id(svc)].values():
                self._collect_shapes(schema)
        self.config_enums = {
            m.type.leaf.name
            for svc in (old, new)
            for s in svc.structures
            if s.name in self.config_shapes
            for m in s.members
            if m.type.leaf.kind == "enum"
        }

    def _collect_shapes(self, block: dict[str, Any]) -> None:
        if block.get("shape"):
            self.config_shapes.add(block["shape"])
        for b in block["blocks"]:
            self._collect_shapes(b)

    def add(self, subject: str, path: str, detail: str, **impact: str) -> None:
        ordered = tuple((a, impact[a]) for a in AUDIENCES if a in impact)
        self.changes.append(Change(self.new.name, subject, path, detail, ordered))

    def run(self) -> list[Change]:
        self.operations()
        self.shapes()
        self.waiters()
        self.resources()
        self.data_sources()
        return self.changes

    # -- the API -------------------------------------------------------------------------------

    def operations(self) -> None:
        old = {o.name for o in self.old.operations}
        new = {o.name for o in self.new.operations}
        for name in sorted(new - old):
            self.add("operation", name, "added", client=ADDITIVE)
        for name in sorted(old - new):
            self.add("operation", name, "removed", client=BREAKING)

    def shapes(self) -> None:
        old_enums = {e.name: e for e in self.old.enums}
        for e in self.new.enums:
            before = old_enums.get(e.name)
            if before is None:
                continue  # a new enum arrives with the member that uses it
            config = e.name in self.config_enums
            added = [v for v in e.values if v not in before.values]
            removed = [v for v in before.values if v not in e.values]
            if added:
                self.add("enum", e.name, "values added: " + ", ".join(added), **self._api(ADDITIVE, config))
            if removed:
                self.add(
                    "enum", e.name, "values removed: " + ", ".join(removed), **self._api(BREAKING, config)
                )
        old_structs = {s.name: s for s in self.old.structures}
        for s in self.new.structures:
            if s.name in old_structs:
                self.structure(old_structs[s.name], s)

    def _api(self, cls: str, config: bool) -> dict[str, str]:
        return {"client": cls, "config": cls} if config else {"client": cls}

    def structure(self, old: Structure, new: Structure) -> None:
        is_input = old.used_in_input or new.used_in_input
        config = is_input and (new.name in self.config_shapes or old.name in self.config_shapes)

        def api(cls: str) -> dict[str, str]:
            # What only the service sends back cannot break a caller's input.
            return self._api(cls if is_input else ADDITIVE, config)

        for m in new.members:
            before = old.member(m.name)
            path = f"{new.name}.{m.name}"
            if before is None:
                needed = "required" if m.required else "optional"
                self.add(
                    "member",
                    path,
                    f"added ({needed}, {m.type.model})",
                    **self._api(BREAKING if is_input and m.required else ADDITIVE, config),
                )
                continue
            self.member(path, before, m, is_input, config)
        for m in old.members:
            if new.member(m.name) is None:
                self.add("member", f"{new.name}.{m.name}", "removed", **self._api(BREAKING, config))
        old_rules = {_rule_key(r): r for r in old.rules}
        new_rules = {_rule_key(r): r for r in new.rules}
        for key in sorted(new_rules.keys() - old_rules.keys()):
            rule = new_rules[key]
            # A rule about a member that is new itself refuses nothing a caller used to send.
            paths = (rule.when["path"], rule.require["path"])
            cls = BREAKING if all(old.member_at(tuple(p.split("."))) for p in paths) else ADDITIVE
            self.add("rule", new.name, f"added: {rule.description}", **api(cls))
        for key in sorted(old_rules.keys() - new_rules.keys()):
            self.add("rule", new.name, f"removed: {old_rules[key].description}", **api(ADDITIVE))

    def member(self, path: str, old: Member, new: Member, is_input: bool, config: bool) -> None:
        def api(cls: str) -> dict[str, str]:
            return self._api(cls if is_input else ADDITIVE, config)

        if old.type.model != new.type.model:
            self.add("type", path, f"{old.type.model} -> {new.type.model}", **self._api(BREAKING, config))
        if old.required != new.required:
            if is_input:
                cls = BREAKING if new.required else ADDITIVE
                self.add("required", path, "now required" if new.required else "now optional", **api(cls))
            else:  # in a response: a member that may now be missing is a None check for typed code
                cls = ADDITIVE if new.required else BREAKING
                self.add(
                    "required",
                    path,
                    "now always returned" if new.required else "no longer always returned",
                    client=cls,
                )
        for key in sorted(old.constraints.keys() | new.constraints.keys()):
            before, after = old.constraints.get(key), new.constraints.get(key)
            if before != after:
                cls = BREAKING if _tighter(key, before, after) else ADDITIVE
                self.add("limit", path, f"{key}: {before} -> {after}", **api(cls))
        if old.default != new.default:
            cls = ADDITIVE if old.default is None else BREAKING
            self.add("default", path, f"{old.default!r} -> {new.default!r}", **api(cls))

    def waiters(self) -> None:
        old = {w.name for w in self.old.waiters}
        new = {w.name for w in self.new.waiters}
        for name in sorted(new - old):
            self.add("waiter", name, "added", client=ADDITIVE)
        for name in sorted(old - new):
            self.add("waiter", name, "removed", client=BREAKING)

    # -- Terraform -----------------------------------------------------------------------------

    def type_name(self, r: Resource) -> str:
        return f"{self.new.terraform_prefix}_{snake(r.name)}"

    def resources(self) -> None:
        old = {r.name: r for r in self.old.resources}
        for r in self.new.resources:
            if r.name not in old:
                self.add("resource", self.type_name(r), "added", config=ADDITIVE)
            else:
                self.resource(old[r.name], r)
        kept = {r.name for r in self.new.resources}
        for r in self.old.resources:
            if r.name not in kept:
                self.add("resource", self.type_name(r), "removed", config=BREAKING, state=BREAKING)

    def resource(self, old: Resource, new: Resource) -> None:
        type_name = self.type_name(new)
        before = _flatten(self.schemas[id(self.old)][old.name])
        after = _flatten(self.schemas[id(self.new)][new.name])
        state_changed = False
        added = [p for p in after if p not in before]
        for path in added:
            facts = after[path]
            # Required inside a block that is itself new (and optional) asks nothing of existing configurations.
            in_new_block = any(path.startswith(p + ".") for p in added)
            needed = not in_new_block and (facts.get("required") or facts.get("min_items", 0) > 0)
            self.add(
                facts["kind"],
                f"{type_name}.{path}",
                "added" + (" (required)" if needed else ""),
                config=BREAKING if needed else ADDITIVE,
                state=ADDITIVE,
            )
            state_changed = True
        for path in [p for p in before if p not in after]:
            self.add(before[path]["kind"], f"{type_name}.{path}", "removed", config=BREAKING, state=BREAKING)
            state_changed = True
        for path in [p for p in after if p in before]:
            state_changed |= self.schema_item(f"{type_name}.{path}", before[path], after[path])
        if old.parent and new.parent and old.parent.max != new.parent.max:
            cls = BREAKING if _tighter("max", old.parent.max, new.parent.max) else ADDITIVE
            self.add(
                "limit",
                type_name,
                f"at most {old.parent.max} -> {new.parent.max} per {new.parent.resource}",
                config=cls,
            )
        if new.schema_version > old.schema_version:
            self.add(
                "schema version",
                type_name,
                f"{old.schema_version} -> {new.schema_version}: older state is upgraded",
                state=ADDITIVE,
            )
        elif state_changed:
            self.add(
                "schema version",
                type_name,
                f"the schema changed but schema_version is {new.schema_version} (was {old.schema_version}); "
                "raise it",
                state=BREAKING,
            )

    def schema_item(self, path: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
        """Report how one attribute or block changed; True when stored state changes shape."""
        if old["kind"] != new["kind"]:
            self.add(new["kind"], path, f"was an {old['kind']}", config=BREAKING, state=BREAKING)
            return True
        state_changed = False
        if new["kind"] == "attribute":
            if old["type"] != new["type"]:
                widens = _widens(old["type"], new["type"])
                self.add(
                    "attribute",
                    path,
                    f"type {_type_text(old['type'])} -> {_type_text(new['type'])}",
                    config=ADDITIVE if widens and not new["configurable"] else BREAKING,
                    state=ADDITIVE if widens else BREAKING,
                )
                state_changed = True
            if (old["required"], old["configurable"]) != (new["required"], new["configurable"]):
                was, now = self._mode(old), self._mode(new)
                worse = (new["required"] and not old["required"]) or (
                    old["configurable"] and not new["configurable"]
                )
                self.add("attribute", path, f"{was} -> {now}", config=BREAKING if worse else ADDITIVE)
        else:
            if old["nesting"] != new["nesting"]:
                self.add(
                    "block", path, f"{old['nesting']} -> {new['nesting']}", config=BREAKING, state=BREAKING
                )
                state_changed = True
            for key in ("min_items", "max_items"):
                if old[key] != new[key]:
                    # 0 means no limit for max_items
                    o, n = (
                        (old[key] or None, new[key] or None) if key == "max_items" else (old[key], new[key])
                    )
                    cls = BREAKING if _tighter(key, o, n) else ADDITIVE
                    self.add("limit", path, f"{key}: {old[key]} -> {new[key]}", config=cls)
        if old["replace"] != new["replace"]:
            self.add(
                new["kind"],
                path,
                "a change now replaces the resource" if new["replace"] else "now updated in place",
                config=BREAKING if new["replace"] else ADDITIVE,
            )
        return state_changed

    @staticmethod
    def _mode(facts: dict[str, Any]) -> str:
        return "required" if facts["required"] else ("optional" if facts["configurable"] else "computed")

    def data_sources(self) -> None:
        old, new = set(self.old.data_sources), set(self.new.data_sources)
        prefix = self.new.terraform_prefix
        for name in sorted(new - old):
            self.add("data source", f"{prefix}_{name}", "added", config=ADDITIVE)
        for name in sorted(old - new):
            self.add("data source", f"{prefix}_{name}", "removed", config=BREAKING)


def summary(changes: list[Change]) -> dict[str, dict[str, int]]:
    """How many changes are additive and breaking, per audience."""
    out = {a: {ADDITIVE: 0, BREAKING: 0} for a in AUDIENCES}
    for c in changes:
        for audience, cls in c.impact:
            out[audience][cls] += 1
    return out


def report(changes: list[Change], old_label: str, new_label: str) -> str:
    """The human-readable form: breaking changes first, then additive ones, each with its audiences."""
    lines = [f"{old_label} -> {new_label}: {len(changes)} change(s)"]
    for audience, counts in summary(changes).items():
        lines.append(f"  {AUDIENCES[audience]}: {counts[BREAKING]} breaking, {counts[ADDITIVE]} additive")
    for title, group in (
        ("breaking", [c for c in changes if c.breaking]),
        ("additive", [c for c in changes if not c.breaking]),
    ):
        if group:
            lines.append(f"{title}:")
            lines.extend(f"  {c.service}: {c}" for c in group)
    return "\n".join(lines) + "\n"
