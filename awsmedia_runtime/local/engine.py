"""The generic emulator: resources, their operations and their states, driven by the generated tables.

Every operation is served by one of a few generic handlers chosen from the model's resource
definitions (create, read, update, delete, list, batch read, child add/update/remove, state
action, tagging). What the model cannot say lives in `hooks.py`, looked up by name.
"""

from __future__ import annotations

import base64
import copy
import datetime
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..shapes import ListOf, Rule, Shape, Structure, render_path, rule_broken, value_at
from ..tables import Operation
from . import hooks
from .tables import ServiceTable, load_tables
from .wire import ApiError, to_wire

Record = dict[str, Any]
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")
READ_ROLES = frozenset({"read", "list", "list_children", "batch_read", "list_tags", "hook_read"})


@dataclass
class Call:
    """One request being served."""

    table: ServiceTable
    op: Operation
    params: dict[str, Any]
    region: str
    by_shape: dict[str, Any] = field(default_factory=dict)  # values for output members of these shapes


@dataclass
class Reply:
    status: int
    body: dict[str, Any] | None


Handler = Callable[[Call], Reply]


class Backend:
    """In-memory state of all three services plus the operation table that serves them."""

    def __init__(
        self,
        tables: dict[str, ServiceTable] | None = None,
        *,
        account: str = "123456789012",
        seed: int | None = None,
        transition_delay: float = 0.5,
        consistency_delay: Callable[[], float] = lambda: 0.0,
    ):
        self.tables = tables if tables is not None else load_tables()
        self.account = account
        self.transition_delay = transition_delay
        # Seconds a new resource stays unseen by reads (eventual consistency); asked at each create.
        self.consistency_delay = consistency_delay
        self.rng = random.Random(seed)
        self.lock = threading.RLock()
        self.state: dict[str, dict[str, dict[str, Record]]] = {}
        self.handlers: dict[tuple[str, str], tuple[str, Handler]] = {}
        self.reset()
        for table in self.tables.values():
            self._plan(table)

    def reset(self) -> None:
        with self.lock:
            self.state = {}
            for name, t in self.tables.items():
                per_service: dict[str, dict[str, Record]] = {res: {} for res in t.resources}
                per_service["_hook"] = {}
                self.state[name] = per_service

    # -- dispatch ------------------------------------------------------------------------------

    def role(self, service: str, op: str) -> str:
        return self.handlers[(service, op)][0]

    def handle(self, call: Call) -> Reply:
        _, handler = self.handlers[(call.table.name, call.op.name)]
        with self.lock:
            for check in hooks.BEFORE.get((call.table.name, call.op.name), ()):
                check(self, call)  # state-dependent rules: raise ApiError before anything changes
            return handler(call)

    def _plan(self, t: ServiceTable) -> None:
        """Choose a generic handler for every operation from the resource definitions."""
        add = self.handlers.setdefault
        svc = t.name
        for (hook_svc, op), (hook_role, hook_fn) in hooks.OPERATIONS.items():
            if hook_svc == svc:  # first, so a hook replaces the generic handler a resource would give
                add((svc, op), (hook_role, _bind_backend(hook_fn, self)))
        for rname, r in t.resources.items():
            embedded = bool(r.get("parent") and r["parent"].get("collection"))
            named = {
                "create": [r["create"]],
                "read": [r["read"]],
                "update": r["update"],
                "delete": [r["delete"]],
                "list": [r["list"]] if r["list"] else [],
                "batch_read": [r["batch_read"]["operation"]] if "batch_read" in r else [],
            }
            roles: dict[str, tuple[str, Callable[[Call, str], Reply]]]
            if embedded:  # the parent's read operation serves these; the rest act on the parent's list
                roles = {
                    "create": ("add_children", self._add_children),
                    "update": ("update_child", self._update_child),
                    "delete": ("remove_child", self._remove_child),
                    "list": ("list_children", self._list_children),
                }
            else:
                roles = {
                    "create": ("create", self._create),
                    "read": ("read", self._read),
                    "update": ("update", self._update),
                    "delete": ("delete", self._delete),
                    "list": ("list", self._list),
                    "batch_read": ("batch_read", self._batch_read),
                }
            for key, (role, fn) in roles.items():
                for op in named[key]:
                    add((svc, op), (role, _bind(fn, rname)))
            for op in (r.get("states") or {}).get("actions", {}):
                add((svc, op), ("action", _bind(self._action, rname)))
        # Last, so that an operation a resource of its own updates stays that resource's (the
        # current model's UpdateFlowSource changes a flow_source, the flow's own source among them).
        for rname, r in t.resources.items():
            for member, op in (r.get("update_members") or {}).items():
                add((svc, op), ("update", _bind(self._member_updater(member), rname)))
        if t.tagging:
            add((svc, t.tagging["tag"]), ("tag", self._tag))
            add((svc, t.tagging["untag"]), ("untag", self._untag))
            add((svc, t.tagging["list"]), ("list_tags", self._list_tags))
        missing = sorted(op for op in t.operations if (svc, op) not in self.handlers)
        if missing:
            raise RuntimeError(
                f"{svc}: no handler for {', '.join(missing)}; add a resource definition or a hook"
            )

    # -- errors --------------------------------------------------------------------------------

    def error(self, t: ServiceTable, category: str, message: str, code: str | None = None) -> ApiError:
        code = code or t.error_for(category)
        return ApiError(code, t.status_of(code), message)

    def not_found(self, t: ServiceTable, rname: str, ident: Any) -> ApiError:
        return self.error(t, "not_found", f"{rname} {ident} does not exist")

    # -- records -------------------------------------------------------------------------------

    def records(self, svc: str, rname: str) -> dict[str, Record]:
        return self.state[svc][rname]

    def hook_state(self, svc: str) -> dict[str, Any]:
        """State that hooks own (IVS live streams), saved with the rest."""
        return self.state[svc]["_hook"]

    def get(self, call: Call, rname: str, ident: Any) -> Record:
        record = self.records(call.table.name, rname).get(ident)
        if record is None or self.unseen(call, record):
            raise self.not_found(call.table, rname, ident)
        self._settle(call.table, rname, record)
        return record

    def unseen(self, call: Call, record: Record) -> bool:
        """Whether a read still misses a resource created moments ago (see consistency_delay); only
        reads do: the service accepts changes to what it has just created."""
        visible_at = record.get("__visible_at")
        return (
            visible_at is not None
            and time.time() < visible_at
            and self.role(call.table.name, call.op.name) in READ_ROLES
        )

    def seen(self, call: Call, rname: str, record: Record) -> Record:
        """The record as a read shows it: without the children in its collections still unseen."""
        held = {
            cr["parent"]["collection"]
            for cr in call.table.resources.values()
            if (cr.get("parent") or {}).get("resource") == rname and cr["parent"].get("collection")
        }
        shown = dict(record)
        for coll in held & set(record):
            shown[coll] = [c for c in record[coll] or [] if not self.unseen(call, c)]
        return shown

    def _settle(self, t: ServiceTable, rname: str, record: Record) -> None:
        """Finish a pending state change (STARTING -> ACTIVE, ...) once its delay has passed."""
        pending = record.get("__pending")
        if pending and time.time() >= pending[1]:
            record[t.resources[rname]["states"]["member"]] = pending[0]
            del record["__pending"]

    def new_record(
        self, call: Call, rname: str, params: dict[str, Any], given: Structure | None = None
    ) -> Record:
        """Build a resource (or an embedded child) from the values of a request shaped as `given`
        (None: values named as the resource's own members), then fill defaults and generated values."""
        t = call.table
        shape = t.structure(t.resources[rname]["shape"])
        record = absorb({}, params, given or shape, shape)
        fill(record, shape, self._template_vars(call), t.identifier_patterns)
        delay = self.consistency_delay()
        if delay > 0:
            record["__visible_at"] = time.time() + delay
        return record

    def _template_vars(self, call: Call) -> dict[str, Any]:
        return {"region": call.region, "account": self.account, "rng": self.rng}

    def insert(
        self, call: Call, rname: str, params: dict[str, Any], given: Structure | None = None
    ) -> Record:
        """Create a top-level (not embedded) resource and store it; used by the create handler and by
        hooks (`given` as in new_record)."""
        t = call.table
        r = t.resources[rname]
        parent = r.get("parent")
        if parent:
            owner = self.get(call, parent["resource"], params.get(parent["member"]))
            owner_id = owner[t.resources[parent["resource"]]["identifier"]]
            held = sum(
                1 for rec in self.records(t.name, rname).values() if rec.get(parent["member"]) == owner_id
            )
            self._within_max(call, rname, owner, held, 1)
        ident = params.get(r["identifier"])
        if ident is not None and ident in self.records(t.name, rname):
            raise self.error(t, "conflict", f"{rname} {ident} already exists")
        record = self.new_record(call, rname, params, given)
        tags = r.get("tags")
        if tags and tags not in record and params.get(tags) is not None:
            # Tags the service keeps beside the resource (a MediaConnect flow's FlowTags): only the
            # tagging operations answer with them.
            record[tags] = dict(params[tags])
        self.records(t.name, rname)[record[r["identifier"]]] = record
        return record

    # -- generic handlers ----------------------------------------------------------------------

    def _create(self, call: Call, rname: str) -> Reply:
        record = self.insert(call, rname, call.params, call.op.input)
        self._after(call, rname, record, created=True)
        return self.reply(call, record, rname)

    def _read(self, call: Call, rname: str) -> Reply:
        r = call.table.resources[rname]
        record = self.get(call, rname, call.params.get(r["identifier"]))
        return self.reply(call, self.seen(call, rname, record), rname)

    def _update(self, call: Call, rname: str) -> Reply:
        t = call.table
        r = t.resources[rname]
        record = self.get(call, rname, call.params.get(r["identifier"]))
        self._merge(call, rname, record)
        self._after(call, rname, record)
        return self.reply(call, record, rname)

    def _member_updater(self, member: str) -> Callable[[Call, str], Reply]:
        def update(call: Call, rname: str) -> Reply:
            """An operation that changes one member of a resource (a structure), which the request's
            URI labels name: the 2018 flow's only Source, through UpdateFlowSource."""
            t = call.table
            r = t.resources[rname]
            record = self.get(call, rname, call.params.get(r["identifier"]))
            held = t.structure(r["shape"]).members[member].type
            assert isinstance(held, Structure) and call.op.input is not None
            current = record.get(member)
            labels = tuple(m.name for m in call.op.input.member_list if m.location == "uri")
            named = [n for n in labels if n in held.members]
            if not isinstance(current, dict) or any(current.get(n) != call.params.get(n) for n in named):
                raise self.not_found(t, member, ", ".join(str(call.params.get(n)) for n in named))
            after = absorb(copy.deepcopy(current), call.params, call.op.input, held, keep=labels)
            self._keep_rules(
                call,
                held.rules,
                after,
                held,
                lambda rule: "this update would leave "
                + ", ".join(
                    f"{render_path(held, p, 'wire')} = {value_at(after, p)}"
                    for p in (rule.when.path, rule.require.path)
                ),
            )
            current.clear()  # in place: other views of it (a flow's Sources) see the change
            current.update(after)
            self._after(call, rname, record)
            call.by_shape[held.name] = current
            return self.reply(call, record, rname)

        return update

    def _delete(self, call: Call, rname: str) -> Reply:
        t = call.table
        r = t.resources[rname]
        ident = call.params.get(r["identifier"])
        record = self.get(call, rname, ident)
        states = r.get("states")
        if states and states.get("delete_when") and record.get(states["member"]) not in states["delete_when"]:
            raise self.error(
                t,
                "bad_request",
                f"{rname} {ident} is {record.get(states['member'])}; it can be deleted only when "
                f"{' or '.join(states['delete_when'])} (stop it first)",
            )
        self._refuse_while_children(call, rname, record)
        self.remove(call, rname, record)
        shown = dict(record)
        if states and states.get("deleting"):
            shown[states["member"]] = states["deleting"]
        return self.reply(call, shown, rname)

    def _refuse_while_children(self, call: Call, rname: str, record: Record) -> None:
        """Refuse to delete a resource while it still has children that must be deleted first."""
        t = call.table
        ident = record[t.resources[rname]["identifier"]]
        for child, cr in t.resources.items():
            parent = cr.get("parent") or {}
            if parent.get("resource") != rname or not parent.get("blocks_delete"):
                continue
            held = sorted(
                k for k, c in self.records(t.name, child).items() if c.get(parent["member"]) == ident
            )
            if held:
                raise self.error(
                    t,
                    "bad_request",
                    f"{rname} {ident} still has {child} {', '.join(held)}; delete them first",
                )

    def remove(self, call: Call, rname: str, record: Record) -> None:
        t = call.table
        r = t.resources[rname]
        self.records(t.name, rname).pop(record[r["identifier"]], None)
        self._cascade(call, rname, record)
        for hook in hooks.AFTER_DELETE.get((t.name, rname), []):
            hook(self, call, record)

    def _cascade(self, call: Call, rname: str, record: Record) -> None:
        t = call.table
        r = t.resources[rname]
        for target, member in r.get("cascade", []):
            key = record.get(r["arn"])  # the model names the ARN member, or the identifier when there is none
            tr = t.resources[target]
            coll = (tr.get("parent") or {}).get("collection")
            if coll:
                for owner in self.records(t.name, tr["parent"]["resource"]).values():
                    owner[coll] = [c for c in owner.get(coll) or [] if c.get(member) != key]
            else:
                for child in [c for c in self.records(t.name, target).values() if c.get(member) == key]:
                    self.remove(call, target, child)

    def _list(self, call: Call, rname: str) -> Reply:
        t = call.table
        r = t.resources[rname]
        shape = t.structure(r["shape"])
        filters = {}
        for m in (call.op.input.members.values() if call.op.input else []):
            value = call.params.get(m.name)
            target = r["list_filters"].get(m.name, m.name)
            if value is not None and target in shape.members and m.name not in _paging_members(call.op):
                filters[target] = value
        parent = r.get("parent")
        if parent and parent["member"] in filters:
            self.get(
                call, parent["resource"], filters[parent["member"]]
            )  # listing under a missing parent is NotFound
        items = []
        for rec in self.records(t.name, rname).values():
            self._settle(t, rname, rec)
            if not self.unseen(call, rec) and all(rec.get(k) == v for k, v in filters.items()):
                items.append(rec)
        return self.page(call, items, r["identifier"])

    def _batch_read(self, call: Call, rname: str) -> Reply:
        t = call.table
        assert call.op.output is not None
        b = t.resources[rname]["batch_read"]
        found, errors = [], []
        for ident in call.params[b["ids"]]:
            rec = self.records(t.name, rname).get(ident)
            if rec is None or self.unseen(call, rec):  # the failure's other members (its code) are generated
                errors.append({b["error_id"]: ident, b["error_message"]: f"{rname} {ident} does not exist"})
            else:
                found.append(rec)
        failure = call.op.output.members[b["errors"]].type
        assert isinstance(failure, ListOf) and isinstance(failure.item, Structure)
        for e in errors:
            fill(e, failure.item, self._template_vars(call))
        return Reply(call.op.status, to_wire({b["items"]: found, b["errors"]: errors}, call.op.output))

    def _action(self, call: Call, rname: str) -> Reply:
        t = call.table
        r = t.resources[rname]
        record = self.get(call, rname, call.params.get(r["identifier"]))
        states = r["states"]
        action = states["actions"][call.op.name]
        current = record.get(states["member"])
        if current not in action["from"]:
            raise self.error(
                t,
                "bad_request",
                f"{rname} {record[r['identifier']]} is {current}; {call.op.name} needs it to be "
                f"{' or '.join(action['from'])}",
            )
        record[states["member"]] = action["through"]
        record["__pending"] = [action["to"], time.time() + self.transition_delay]
        reply = self.reply(call, record, rname)  # the service answers with the state it passes through
        self._settle(t, rname, record)  # a zero delay finishes at once, after that answer
        return reply

    # -- embedded children (a flow's outputs, entitlements, sources) -----------------------------

    def _owner(self, call: Call, rname: str) -> tuple[dict[str, Any], Record, str]:
        r = call.table.resources[rname]
        parent = r["parent"]
        return r, self.get(call, parent["resource"], call.params.get(parent["member"])), parent["collection"]

    def _add_children(self, call: Call, rname: str) -> Reply:
        r, owner, coll = self._owner(call, rname)
        assert call.op.input is not None
        given = call.op.input.members[coll].type
        assert isinstance(given, ListOf) and isinstance(given.item, Structure)
        added = [self.new_record(call, rname, item, given.item) for item in call.params.get(coll) or []]
        siblings = owner.get(coll) or []
        self._within_max(call, rname, owner, len(siblings), len(added))
        key = r["parent"].get("key")
        names = [c.get(key) for c in [*siblings, *added]]
        taken = sorted({n for n in names if n is not None and names.count(n) > 1})
        if taken:  # the key tells siblings apart, so no two may share it
            raise self.error(
                call.table,
                "bad_request",
                f"{r['parent']['resource']} already has a {rname} with {key} {taken[0]!r}",
            )
        total = len(siblings) + len(added)
        # The parent's rules on how many it holds (a flow's sources), judged on the parent after the add.
        self._keep_rules(
            call,
            r["parent"]["rules"],
            {**owner, coll: [*(owner.get(coll) or []), *added]},
            call.table.structure(call.table.resources[r["parent"]["resource"]]["shape"]),
            lambda _: f"adding {len(added)} would make {total}",
        )
        owner.setdefault(coll, []).extend(added)
        self._after(call, r["parent"]["resource"], owner)
        return self.reply(call, {**owner, coll: added}, rname)

    def _within_max(self, call: Call, rname: str, owner: Record, held: int, adding: int) -> None:
        """Refuse to give a parent more children of a kind than the model's `parent.max`."""
        t = call.table
        parent = t.resources[rname]["parent"]
        limit = parent.get("max")
        if limit is not None and held + adding > limit:
            owner_id = owner[t.resources[parent["resource"]]["identifier"]]
            raise self.error(
                t,
                "quota_exceeded",
                f"{parent['resource']} {owner_id} already has {held} {rname}; the limit is {limit}",
                code=parent.get("max_error"),
            )

    def _child(self, call: Call, rname: str) -> tuple[dict[str, Any], Record, list[Record], Record]:
        r, owner, coll = self._owner(call, rname)
        ident = call.params.get(r["identifier"])
        children = owner.get(coll) or []
        child = next((c for c in children if c.get(r["identifier"]) == ident), None)
        if child is None:
            raise self.not_found(call.table, rname, ident)
        return r, owner, children, child

    def _update_child(self, call: Call, rname: str) -> Reply:
        r, owner, _, child = self._child(call, rname)
        self._merge(call, rname, child)
        self._after(call, r["parent"]["resource"], owner)
        call.by_shape[r["shape"]] = child
        return self.reply(call, owner, rname)

    def _remove_child(self, call: Call, rname: str) -> Reply:
        r, owner, children, child = self._child(call, rname)
        owner[r["parent"]["collection"]] = [c for c in children if c is not child]
        self._cascade(call, rname, child)
        self._after(call, r["parent"]["resource"], owner)
        return self.reply(call, {**owner, **child}, rname)

    def _list_children(self, call: Call, rname: str) -> Reply:
        r = call.table.resources[rname]
        parent, coll = r["parent"]["resource"], r["parent"]["collection"]
        items = [
            c
            for owner in self.records(call.table.name, parent).values()
            if not self.unseen(call, owner)
            for c in owner.get(coll) or []
            if not self.unseen(call, c)
        ]
        return self.page(call, items, r["identifier"])

    # -- tags ----------------------------------------------------------------------------------

    def _tagged(self, call: Call) -> tuple[Record, str, dict[str, str]]:
        """The resource a tag operation names, its tags member, and the service's tagging members."""
        t = call.table
        assert t.tagging is not None
        arn = call.params[t.tagging["arn_member"]]
        for rname, r in t.resources.items():
            if not r.get("tags"):
                continue
            for rec in self.records(t.name, rname).values():
                if rec.get(r["arn"]) == arn and not self.unseen(call, rec):
                    return rec, r["tags"], t.tagging
        raise self.error(t, "not_found", f"no taggable resource has the ARN {arn}")

    def _tag(self, call: Call) -> Reply:
        rec, key, names = self._tagged(call)
        rec[key] = {**(rec.get(key) or {}), **call.params[names["tags_member"]]}
        return self.reply(call, {}, None)

    def _untag(self, call: Call) -> Reply:
        rec, key, names = self._tagged(call)
        drop = set(call.params[names["keys_member"]])
        rec[key] = {k: v for k, v in (rec.get(key) or {}).items() if k not in drop}
        return self.reply(call, {}, None)

    def _list_tags(self, call: Call) -> Reply:
        rec, key, names = self._tagged(call)
        return self.reply(call, {names["list_member"]: rec.get(key) or {}}, None)

    # -- merging updates -------------------------------------------------------------------------

    def _merge(self, call: Call, rname: str, record: Record) -> None:
        """Apply an update request to a stored record, refusing one that would leave it breaking its
        shape's rules (an update naming only `Protocol: zixi-push` keeps the old port otherwise)."""
        t = call.table
        r = t.resources[rname]
        shape = t.structure(r["shape"])
        assert call.op.input is not None
        after = absorb(copy.deepcopy(record), call.params, call.op.input, shape, keep=(r["identifier"],))
        # Its own rules, and those on how many children it holds (turning a flow's failover off
        # while it has two sources breaks the second kind).
        held = [
            rule
            for child in t.resources.values()
            if (child.get("parent") or {}).get("resource") == rname
            for rule in child["parent"]["rules"]
        ]
        self._keep_rules(
            call,
            [*shape.rules, *held],
            after,
            shape,
            lambda rule: "this update would leave "
            + ", ".join(
                f"{render_path(shape, p, 'wire')} = {value_at(after, p)}"
                for p in (rule.when.path, rule.require.path)
            ),
        )
        fill(after, shape, self._template_vars(call), t.identifier_patterns)
        record.clear()
        record.update(after)

    def _keep_rules(
        self,
        call: Call,
        rules: Sequence[Rule],
        value: Record,
        shape: Structure,
        detail: Callable[[Rule], str],
    ) -> None:
        """Refuse a change that would leave `value` (shaped as `shape`) breaking one of `rules`,
        saying what it would leave; paths in wire names, as request validation names them."""
        for rule in rules:
            if rule_broken(rule, value):
                where = render_path(shape, rule.require.path, "wire")
                raise self.error(call.table, "bad_request", f"{where}: {rule.description}. ({detail(rule)})")

    # -- replies -------------------------------------------------------------------------------

    def _after(self, call: Call, rname: str, record: Record, created: bool = False) -> None:
        for hook in hooks.after(call.table.name, rname, created):
            hook(self, call, record)

    def reply(self, call: Call, context: Record, rname: str | None) -> Reply:
        """Shape the output: members typed as the resource's shape get the record, the rest come from it by name."""
        out = call.op.output
        if out is None:
            return Reply(call.op.status, None)
        shape_name = call.table.resources[rname]["shape"] if rname else None
        values: dict[str, Any] = {}
        for m in out.members.values():
            if isinstance(m.type, Structure) and m.type.name in call.by_shape:
                values[m.name] = call.by_shape[m.type.name]
            elif isinstance(m.type, Structure) and m.type.name == shape_name:
                values[m.name] = context
            elif m.name in context:
                values[m.name] = context[m.name]
        return Reply(call.op.status, to_wire(view(values, out), out))

    def page(self, call: Call, items: list[Record], key: str) -> Reply:
        """One page of a list operation, items in the order of their identifier `key`, with an opaque
        NextToken naming the last one given. The next page starts after that identifier rather than at
        a count, so an item that exists throughout a listing is on exactly one of its pages, whatever
        other callers create or delete between the pages (as a service's key-ordered listing does)."""
        assert call.op.output is not None
        pg = call.op.paginate
        assert pg is not None  # build.py requires paginate on every list operation
        values: dict[str, Any] = {}
        after = _decode_token(call, call.params.get(pg.input_token))
        left = sorted((i for i in items if after is None or i[key] > after), key=lambda i: str(i[key]))
        size = call.params.get(pg.limit_key) or pg.default_page_size or 100
        values[pg.items] = left[:size]
        if len(left) > size:
            values[pg.output_token] = base64.urlsafe_b64encode(
                f"{call.op.name}:{left[size - 1][key]}".encode()
            ).decode()
        return Reply(call.op.status, to_wire(view(values, call.op.output), call.op.output))


def _paging_members(op: Operation) -> tuple[str, ...]:
    return (op.paginate.input_token, op.paginate.limit_key) if op.paginate else ()


def _decode_token(call: Call, token: str | None) -> str | None:
    """The identifier a page token names (None: the first page)."""
    if not token:
        return None
    try:
        name, _, after = base64.urlsafe_b64decode(token.encode()).decode().partition(":")
        if name != call.op.name or not after:
            raise ValueError
        return after
    except ValueError:
        raise ApiError(
            call.table.error_for("bad_request"),
            call.table.status_of(call.table.error_for("bad_request")),
            f"invalid NextToken {token!r}",
        ) from None


def _bind(fn: Callable[[Call, str], Reply], rname: str) -> Handler:
    return lambda call: fn(call, rname)


def _bind_backend(fn: Callable[[Backend, Call], Reply], backend: Backend) -> Handler:
    return lambda call: fn(backend, call)


# -- value shaping ---------------------------------------------------------------------------------


def absorb(
    target: Record, params: dict[str, Any], given: Structure, stored: Structure, keep: tuple[str, ...] = ()
) -> Record:
    """Merge the values of a request shaped as `given` into a stored structure shaped as `stored`.

    Each value goes to its member's response path (a flat MediaConnect Protocol to
    Transport.Protocol; by default the member's own name); one the stored shape has no member for
    (a source update's FlowArn) is dropped.
    """
    for key, value in params.items():
        if value is None or key in keep and key in target:
            continue
        member = given.members[key]
        holder, node = target, stored
        for step in member.response_path[:-1]:
            if not isinstance(holder.get(step), dict):
                holder[step] = {}
            inner = node.members[step].type
            assert isinstance(inner, Structure)  # the generator resolved the path through structures
            holder, node = holder[step], inner
        name = member.response_path[-1]
        spec = node.members.get(name)
        if spec is None:
            continue
        if (
            isinstance(spec.type, Structure)
            and isinstance(member.type, Structure)
            and isinstance(value, dict)
        ):
            if not isinstance(holder.get(name), dict):
                holder[name] = {}
            absorb(holder[name], value, member.type, spec.type)
        elif (
            isinstance(spec.type, ListOf)
            and isinstance(spec.type.item, Structure)
            and isinstance(member.type, ListOf)
            and isinstance(member.type.item, Structure)
        ):
            holder[name] = [absorb({}, v, member.type.item, spec.type.item) for v in value]
        else:
            holder[name] = copy.deepcopy(value)
    return target


def fill(
    record: Record,
    shape: Structure,
    tvars: dict[str, Any],
    identifier_patterns: dict[tuple[str, str], re.Pattern[str]] | None = None,
) -> None:
    """Fill what the service supplies itself: generated values, documented defaults, empty required lists.
    A generated identifier is made to match the pattern requests hold it to (see render)."""
    local: dict[str, Any] = {}
    fits = identifier_patterns or {}

    def value_of(name: str) -> Any:
        spec = shape.members.get(name)
        if name in record:
            return record[name]
        if spec is not None and spec.generated is not None:
            record[name] = render(spec.generated, value_of, tvars, local, fits.get((shape.name, name)))
            return record[name]
        return tvars.get(name, "")

    for spec in shape.members.values():
        if spec.name not in record:
            if spec.generated is not None:
                value_of(spec.name)
            elif spec.default is not None:
                record[spec.name] = copy.deepcopy(spec.default)  # a record's own, not the table's
            elif spec.required and isinstance(spec.type, ListOf):
                record[spec.name] = []
        value = record.get(spec.name)
        node = spec.type
        if isinstance(node, Structure) and isinstance(value, dict):
            fill(value, node, tvars, fits)
        elif isinstance(node, ListOf) and isinstance(node.item, Structure) and isinstance(value, list):
            for item in value:
                fill(item, node.item, tvars, fits)
    for rule in shape.rules:  # a rule that fixes a value: left out, the service reports that value
        wanted = rule.require
        if (
            wanted.test == "equals"
            and len(wanted.path) == 1
            and record.get(wanted.path[0]) is None
            and rule.when.holds(value_at(record, rule.when.path))
        ):
            record[wanted.path[0]] = wanted.operand


def render(
    template: Any,
    value_of: Callable[[str], Any],
    tvars: dict[str, Any],
    local: dict[str, Any],
    pattern: re.Pattern[str] | None = None,
) -> Any:
    """Expand {placeholders}; random ones (hexN, ip, uuid) are drawn once per structure so related values agree.

    With `pattern`, a character of a member's value that the pattern refuses in its place becomes "-":
    a flow named with a line break gets an ARN its own DescribeFlow and DeleteFlow accept (their
    pattern's `.` matches anything but a line break)."""
    if not isinstance(template, str):
        return template
    rng: random.Random = tvars["rng"]

    def drawn(key: str) -> str | None:
        """A random or time placeholder's value; None for one that names a member (or region, account)."""
        if key in local:
            return str(local[key])
        if key.startswith("hex") and key[3:].isdigit():
            local[key] = "".join(rng.choice("0123456789abcdef") for _ in range(int(key[3:])))
        elif key == "ip":
            local[key] = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        elif key == "uuid":
            local[key] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        elif key == "now":
            return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            return None
        return str(local[key])

    def one(m: re.Match[str]) -> str:
        value = drawn(m.group(1))
        return str(value_of(m.group(1))) if value is None else value

    text = _PLACEHOLDER.sub(one, template)
    if pattern is None or pattern.fullmatch(text):
        return text

    def fitted(m: re.Match[str]) -> str:
        key = m.group(1)
        value = drawn(key)
        if value is not None:
            return value

        def allowed(c: str) -> bool:  # judged with the other members' values as "-"
            alone = _PLACEHOLDER.sub(lambda n: c if n.group(1) == key else drawn(n.group(1)) or "-", template)
            return pattern.fullmatch(alone) is not None

        return "".join(c if allowed(c) else "-" for c in str(value_of(key)))

    return _PLACEHOLDER.sub(fitted, template)


def view(values: Any, node: Shape) -> Any:
    """A copy for a response, with members the shape requires that the service always sends filled in."""
    if isinstance(node, Structure) and isinstance(values, dict):
        out = dict(values)
        for m in node.members.values():
            if out.get(m.name) is None and m.required and m.generated is not None:
                out[m.name] = render(m.generated, lambda k: values.get(k, ""), {"rng": random.Random(0)}, {})
            elif out.get(m.name) is not None:
                out[m.name] = view(out[m.name], m.type)
        return out
    if isinstance(node, ListOf) and isinstance(values, list):
        return [view(v, node.item) for v in values]
    return values
