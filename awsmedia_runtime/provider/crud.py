"""One generic implementation of every resource and data source: plan, create, read, update,
delete and import, executed from a ResourceSpec / DataSourceSpec; requests are built from the
operations' input shapes in the shared tables.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tf.types import Unknown

from .. import shapes
from ..naming import snake
from . import values
from .aws import ApiError, Aws, back_off, poll
from .journal import Journal
from .spec import Block, DataSourceSpec, ResourceSpec
from ..paging import PagingError, pages

from ..tables import service_tables
from .diagnostics import Failure
from .request import State, build
from .values import known

T = TypeVar("T")


def api_failure(type_name: str, exc: ApiError, state: State | None = None) -> Failure:
    """The diagnostic for a failed call: which resource, which operation, what AWS said."""
    status = f" (HTTP {exc.status})" if exc.status else ""
    return Failure(f"{type_name}: {exc.operation} failed", f"{exc.code}{status}: {exc.message}", state=state)


def strip_unknown(state: Any) -> Any:
    """A state fit to hand back after a failed apply: unknown values become null."""
    if state is Unknown:
        return None
    if isinstance(state, dict):
        return {k: strip_unknown(v) for k, v in state.items()}
    if isinstance(state, list):
        return [strip_unknown(v) for v in state]
    return state


@dataclass
class PlanRun:
    """What a configured provider (one walk of a Terraform command) has planned so far, for rules that span
    resources. Terraform plans a resource after those it refers to."""

    # (type, identifier) -> API value
    planned: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    leaving: set[tuple[str, Any]] = field(default_factory=set)  # (type, identifier) destroyed or replaced
    # (type, parent identifier) -> keys of the children of that type planned for creation
    adding: dict[tuple[str, str], list[Any]] = field(default_factory=dict)


@functools.cache
def gone_codes(service: str) -> frozenset[str]:
    """The service's error codes that mean "it is not there"."""
    return frozenset(name for name, e in service_tables(service).errors.items() if e.category == "not_found")


def request(
    spec: ResourceSpec | DataSourceSpec,
    operation: str,
    context: dict[str, Any],
    collection: str | None = None,
) -> dict[str, Any]:
    """The request of one of the service's operations, its members taken from `context`."""
    shape = service_tables(spec.service).operations[operation].input
    return build(shape, context, collection) if shape is not None else {}


def list_all(
    aws: Aws, service: str, operation: str, params: dict[str, Any], largest_pages: bool = False
) -> dict[str, Any]:
    """The response, its items those of every page when the operation pages; with `largest_pages`, in
    pages of the largest size the operation takes (fewer calls for a listing that wants everything)."""
    op = service_tables(service).operations[operation]
    paginate = op.paginate
    if paginate is None:
        return aws.call(service, operation, params)
    if largest_pages and paginate.limit_key and op.input is not None:
        limit = op.input.members.get(paginate.limit_key)
        if limit is not None and isinstance(limit.type, shapes.Scalar) and limit.type.max is not None:
            params = {**params, paginate.limit_key: int(limit.type.max)}
    collected: list[Any] = []
    response: dict[str, Any] = {}
    for response in pages(
        lambda page_params: aws.call(service, operation, page_params),
        params,
        paginate.input_token,
        lambda page: page.get(paginate.output_token),
    ):
        collected += response.get(paginate.items) or []
    return {**response, paginate.items: collected}


class ResourceRuntime:
    def __init__(self, spec: ResourceSpec, aws: Aws, journal: Journal | None = None):
        self.spec = spec
        self.aws = aws
        self.journal = journal or Journal()
        self.not_found = gone_codes(spec.service)
        self.schema: Block = spec.schema
        self._attr_by_member = {a.member: a.name for a in self.schema.attrs if a.member}

    # -- calls --------------------------------------------------------------------------------------

    def call(
        self,
        operation: str,
        context: dict[str, Any],
        collection: str | None = None,
        state: State | None = None,
    ) -> dict[str, Any]:
        try:
            return self.aws.call(
                self.spec.service, operation, request(self.spec, operation, context, collection)
            )
        except ApiError as exc:
            raise self._failure(exc, state) from None

    def _failure(self, exc: ApiError, state: State | None = None) -> Failure:
        return api_failure(self.spec.type_name, exc, state)

    def fetch(self, context: dict[str, Any]) -> dict[str, Any] | None:
        """The resource as the read operation returns it, or None when it is gone."""
        spec = self.spec
        response = self._read_response(context)
        if response is None:
            return None
        item = shapes.value_at(response, spec.read_result)
        if spec.collection:
            wanted = context.get(spec.identifier)
            item = next((x for x in item or [] if x.get(spec.identifier) == wanted), None)
        if not isinstance(item, dict):
            return None
        t = spec.tagging
        if t is not None and t.list and t.list_member and t.tags_member:  # tags the read leaves out
            listed = self.call(t.list, {t.arn_param: item.get(t.arn_member)})
            item = {**item, t.tags_member: listed.get(t.list_member) or {}}
        return item

    def _read_response(self, context: dict[str, Any]) -> dict[str, Any] | None:
        """The read operation's whole response, or None when what it reads is gone."""
        spec = self.spec
        try:
            return self.aws.call(spec.service, spec.read, request(spec, spec.read, context))
        except ApiError as exc:
            if exc.code in self.not_found:
                return None
            raise self._failure(exc) from None

    # -- state ----------------------------------------------------------------------------------------

    def context(self, state: State) -> dict[str, Any]:
        return values.to_api(self.schema, state)

    def import_id(self, state: State) -> str | None:
        parts = [state.get(self._attr_by_member.get(p, ""), None) for p in self.spec.import_parts]
        return ",".join(str(p) for p in parts) if all(known(p) for p in parts) else None

    def state_from(
        self, item: dict[str, Any], prior: State | None, context: dict[str, Any] | None = None
    ) -> State:
        state = values.from_api(self.schema, item, prior)
        for member, name in self._attr_by_member.items():  # what the read does not echo (a parent's ARN)
            if (
                state.get(name) is None
                and context
                and context.get(member) is not None
                and not self._attr_read(name)
            ):
                state[name] = context[member]
        st = self.spec.states
        if st and st.switch and st.on:
            _, target, through = st.on
            state[st.switch] = item.get(st.member) in (target, *through)
        id_attr = self.schema.attr("id")
        if id_attr is not None and id_attr.member is None:  # the provider's own id, not a service member
            state["id"] = self.import_id(state)
        return state

    def _attr_read(self, name: str) -> bool:
        a = self.schema.attr(name)
        return bool(a and a.read_path)

    # -- plan -----------------------------------------------------------------------------------------

    def plan(
        self, prior: State | None, proposed: State | None, config: State | None = None
    ) -> tuple[State | None, list[Any]]:
        if proposed is None:
            return None, []
        planned = values.plan(self.schema, proposed, prior, config)
        if prior is None:
            return planned, []
        st = self.spec.states
        if st and st.switch and prior.get(st.switch) != planned.get(st.switch):
            status = self._attr_by_member.get(st.member)
            if status:
                planned[status] = Unknown
        return planned, values.replacements(self.schema, prior, planned)

    def check_parent(self, planned: State, run: PlanRun) -> list[Failure]:
        """Plan-time check of the parent's rules on its collection (a flow without failover takes one
        source) and of sibling keys, for a resource about to be added to it. The parent is taken as
        planned earlier in this run (Terraform plans it first, as this resource refers to it), else as
        the service has it; a parent that is not known yet or not there is left to the apply.

        What the configuration alone decides (the parent's own item, siblings planned in this run) is
        an error. What also depends on siblings that exist now is a warning, checked again before the
        create call: a sibling may be destroyed in the same run (a rename, `terraform destroy`, whose
        first step plans the configuration), and Terraform 1.0 does not order that destroy first."""
        check, spec = self.spec.parent_check, self.spec
        if check is None or not spec.collection:
            return []
        context = self.context(planned)
        parent_id = context.get(check.member)
        if not isinstance(parent_id, str):
            return []
        response = self._read_response(context)
        live = shapes.value_at(response, check.result) if response is not None else None
        if not isinstance(live, dict):
            return []
        staying = [
            m
            for m in live.get(spec.collection) or []
            if (spec.type_name, m.get(spec.identifier)) not in run.leaving
        ]
        # Siblings planned earlier in this run and not created yet count too (a flow and two extra
        # sources in one apply); one created already is among the live ones, told apart by its key.
        siblings = run.adding.setdefault((spec.type_name, parent_id), [])
        key = context.get(spec.child_key) if spec.child_key else None
        live_keys = {m.get(spec.child_key) for m in staying} if spec.child_key else set()
        pending = [{spec.child_key: k} for k in siblings if k not in live_keys]
        parent = run.planned.get((check.type_name, parent_id)) or live
        own = parent.get(check.primary) if check.primary else None
        certain = [*([own] if isinstance(own, dict) else []), *pending, context]
        own_keys = {own.get(spec.child_key)} if isinstance(own, dict) and spec.child_key else set()
        found = self._parent_problems(parent, parent_id, certain, key, {*siblings, *own_keys})
        if not found:
            found = [
                Failure(
                    f.summary,
                    f"{f.detail} Unless one is destroyed first, creating this resource will fail. Terraform 1.0 "
                    "does not destroy one at another address before creating this one: for a rename use "
                    "`terraform state mv`, otherwise apply the removal first (or apply twice).",
                    f.path,
                    warning=True,
                )
                for f in self._parent_problems(
                    parent, parent_id, [*staying, *pending, context], key, live_keys
                )
            ]
        siblings.append(key)
        return found

    def _parent_problems(
        self, parent: dict[str, Any], parent_id: str, collection: list[Any], key: Any, taken: set[Any]
    ) -> list[Failure]:
        """The parent's collection rules broken by `collection`, and `key` already among `taken`."""
        check, spec = self.spec.parent_check, self.spec
        assert check is not None and spec.collection
        whole = {**parent, spec.collection: collection}
        where = self._attr_by_member.get(check.member, check.member)
        found = [
            Failure(
                f"Invalid combination at {where}",
                f"{rule.description}. Adding this resource would give {check.type_name} "
                f"{parent_id} {len(collection)} items in {snake(spec.collection)}.",
                [where],
            )
            for rule in check.rules
            if shapes.rule_broken(rule, whole)
        ]
        if key is not None and key in taken:
            at = self._attr_by_member.get(spec.child_key or "", spec.child_key)
            found.append(
                Failure(
                    f"Duplicate {at}",
                    f"{check.type_name} {parent_id} already has a {spec.type_name} with {at} {key!r}, or another "
                    "is planned with it; each needs one of its own.",
                    [at],
                )
            )
        return found

    def check_before_create(self, context: dict[str, Any], run: PlanRun) -> None:
        """The parent's rules against its collection as it is now, just before the create call: a sibling
        whose destroy this command has begun is waited for (Terraform 1.0 may run it alongside)."""
        check, spec = self.spec.parent_check, self.spec
        if check is None or not spec.collection:
            return
        parent_id = context.get(check.member)

        def problems() -> tuple[list[Failure], bool]:
            """What is wrong now, and whether a sibling being destroyed in this run is still there."""
            response = self._read_response(context)
            live = shapes.value_at(response, check.result) if response is not None else None
            if not isinstance(live, dict) or not isinstance(parent_id, str):
                return [], False
            items = live.get(spec.collection) or []
            leaving = any((spec.type_name, m.get(spec.identifier)) in run.leaving for m in items)
            taken = {m.get(spec.child_key) for m in items} if spec.child_key else set()
            key = context.get(spec.child_key) if spec.child_key else None
            return self._parent_problems(live, parent_id, [*items, context], key, taken), leaving

        found, leaving = problems()
        if found and leaving:
            self._wait(lambda: not problems()[1], "the siblings this run destroys to be gone")
            found, _ = problems()
        if found:
            raise found[0]

    def remember(self, prior: State | None, planned: State | None, replace: list[Any], run: PlanRun) -> None:
        """Note what a plan does, for the resources planned after it in the same run."""
        if planned is not None:
            context = self.context(planned)
            identifier = context.get(self.spec.identifier)
            if isinstance(identifier, str):
                run.planned[(self.spec.type_name, identifier)] = context
        if prior is not None and (planned is None or replace):
            run.leaving.add((self.spec.type_name, self.context(prior).get(self.spec.identifier)))

    # -- lifecycle ------------------------------------------------------------------------------------

    def create(self, planned: State, run: PlanRun | None = None) -> State:
        """Create the resource, noted in the journal until Terraform has it: a provider killed before then
        leaves the note, and the next create of the same resource looks for what it made first."""
        spec, recovery = self.spec, self.spec.recovery
        assert recovery is not None  # the generator gives every resource one
        context = self.context(planned)
        matching = {m: context.get(m) for m in (*recovery.match, *spec.import_parts) if m != spec.identifier}
        key = self.journal.key(self.aws.scope(spec.service), spec.type_name, matching)
        with self.journal.hold(key):
            try:
                noted = self.journal.noted(key)
                found = self._made_since(context, noted) if noted is not None else None
                if found is not None:
                    return self._finish(context, planned, found, adopted=True)
                self.check_before_create(context, run or PlanRun())
                if spec.replace_existing:
                    self._clear_existing(context)
                before = self._matching(context)
                self.journal.note(key, before, {"type": spec.type_name, **matching})
                return self._finish(context, planned, *self._send_create(context, before))
            finally:
                self.journal.settle(key)

    def _finish(
        self, context: dict[str, Any], planned: State, item: dict[str, Any] | None, adopted: bool
    ) -> State:
        """The state of a created resource: `item` as the create answered it, or {identifier} of one it
        was `adopted` from (found again after its answer was lost)."""
        spec = self.spec
        ident = (item or {}).get(spec.identifier)
        if ident is None:
            raise Failure(
                f"{spec.type_name}: {spec.create} failed",
                f"the response did not name the new resource ({spec.identifier})",
            )
        context[spec.identifier] = ident
        partial = strip_unknown(self.state_from(item or {}, planned, context))
        try:
            if adopted:  # its create's answer never came: bring it to the plan as an update would
                current = self._read_back(context, planned)
                return self.update(current, values.settled(planned, current))
            st = spec.states
            if st and st.switch and st.on and planned.get(st.switch):
                self._switch(context, st.on)
            return self._read_back(context, planned)
        except Failure as exc:
            exc.state = exc.state or partial
            raise

    def _send_create(self, context: dict[str, Any], before: list[str]) -> tuple[dict[str, Any] | None, bool]:
        """Send the create, retrying on throttling and, when its outcome is unknown, only once what it may
        have made is not there."""
        spec = self.spec
        params = request(spec, spec.create, context, collection=spec.collection)
        for attempt in range(self.aws.max_retries + 1):
            try:
                response = self.aws.call(spec.service, spec.create, params, retries=False)
            except ApiError as exc:
                if exc.retry == "unknown":
                    # A list may not show a new resource at once: sent again too soon, it would make a second.
                    found = self._eventually(
                        lambda: self._made_since(context, before), f"what {spec.create} made to be listed"
                    )
                    if found is not None:
                        return found, True
                if exc.retry is None or attempt == self.aws.max_retries:
                    raise self._failure(exc) from None
                back_off(attempt)
                continue
            item = shapes.value_at(response, spec.create_result)
            if spec.child_key is not None:  # the response lists what was added: pick this one by its key
                key = context.get(spec.child_key)
                item = next((x for x in item or [] if x.get(spec.child_key) == key), None)
            return item, False
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _matching(self, context: dict[str, Any]) -> list[str]:
        """Identifiers of the resources that match a create request (its recovery's `match` members)."""
        spec, recovery = self.spec, self.spec.recovery
        assert recovery is not None
        params = {**context, **{given: context.get(m) for given, m in recovery.filters.items()}}
        params = request(spec, recovery.operation, params)
        try:
            response = list_all(self.aws, spec.service, recovery.operation, params, largest_pages=True)
        except ApiError as exc:
            if exc.code in self.not_found:  # what it would be added to is gone
                return []
            raise self._failure(exc) from None
        except PagingError as exc:
            raise Failure(f"{spec.type_name}: {recovery.operation} failed", str(exc)) from None
        held = shapes.value_at(response, recovery.items)
        items = [held] if isinstance(held, dict) else held or []
        return [
            str(x.get(spec.identifier))
            for x in items
            if all((x.get(m) or None) == (context.get(m) or None) for m in recovery.match)
        ]

    def _made_since(self, context: dict[str, Any], before: list[str]) -> dict[str, Any] | None:
        """{identifier: ...} of the one resource matching the request that was not there `before`; None when
        there is none. More than one cannot be told apart: the error names them all."""
        spec = self.spec
        new = [i for i in self._matching(context) if i not in before]
        if not new:
            return None
        if len(new) > 1:
            ids = [
                ",".join(i if p == spec.identifier else str(context.get(p)) for p in spec.import_parts)
                for i in new
            ]
            raise Failure(
                f"{spec.type_name}: more than one resource may be this one",
                f"A create whose answer never came may have made any of {', '.join(ids)}: each matches this "
                f"resource's {', '.join(spec.recovery.match if spec.recovery else ())}. Import the one to keep "
                "(`terraform import <address> <id>`) and delete the others, then apply again.",
            )
        return {spec.identifier: new[0]}

    def _read_back(self, context: dict[str, Any], planned: State) -> State:
        """The resource just written, read again: a service may not show it to reads at once (eventual
        consistency), so a not-found is read again for a while."""
        item = self._visible(context, unseen=True)
        if item is None:
            ident = context.get(self.spec.identifier)
            raise Failure(
                f"{self.spec.type_name}: {self.spec.read} found nothing",
                f"the resource {ident} was not there right after it was written (read again for "
                f"{self._patience():.0f} s). If it was created, it stays in the state, tainted, and the next "
                f"refresh reads it again as long; `terraform untaint` keeps it once it shows.",
            )
        return self.state_from(item, planned, context)

    def read(self, current: State, unseen: bool = False) -> State | None:
        """The resource now, or None when it is gone. `unseen`: created, but no read has shown it yet
        (see _visible)."""
        context = self.context(current)
        item = self._visible(context, unseen)
        return None if item is None else self.state_from(item, current, context)

    def _patience(self) -> float:
        return min(self.aws.wait_timeout, self.aws.consistency_window)

    def _visible(self, context: dict[str, Any], unseen: bool) -> dict[str, Any] | None:
        """fetch; for a resource no read has shown since its create (`unseen`), a not-found is read again
        for the consistency window (at most wait_timeout) before it counts as gone. A resource a read has
        shown is gone at the first not-found, so drift shows at once."""
        if not unseen:
            return self.fetch(context)
        return self._eventually(
            lambda: self.fetch(context), f"{context.get(self.spec.identifier)} to be visible"
        )

    def _eventually(self, look: Callable[[], T | None], describe: str) -> T | None:
        """What `look` finds, asked again through the consistency window while it finds nothing."""
        found = [look()]

        def appeared() -> bool:
            found.append(look())
            return found[-1] is not None

        if found[-1] is None:
            try:
                poll(appeared, self._patience(), describe)
            except TimeoutError:
                return None
        return found[-1]

    def update(self, prior: State, planned: State) -> State:
        spec = self.spec
        context = values.to_api(self.schema, planned, prior=prior)
        members = {a.name: a.member for a in self.schema.attrs} | {
            b.name: b.member for b in self.schema.blocks
        }
        changed = {members[n] for n in values.changed(self.schema, prior, planned) if members.get(n)}
        fixed = {spec.identifier, *spec.import_parts}
        for operation, scope in spec.updates:
            if scope is None:
                shape = service_tables(spec.service).operations[operation].input
                if shape is not None and (set(shape.members) - fixed) & changed:
                    self.call(operation, context, state=prior)
            elif scope in changed:
                part = context.get(scope)
                # Only the resource's identifiers come from the top level: a flow's Description is not its source's.
                ids = {k: context[k] for k in fixed if k in context}
                self.call(operation, {**ids, **(part if isinstance(part, dict) else {})}, state=prior)
        if spec.tagging and spec.tagging.tags_attr in values.changed(self.schema, prior, planned):
            self._retag(
                context,
                prior.get(spec.tagging.tags_attr) or {},
                planned.get(spec.tagging.tags_attr) or {},
                prior,
            )
        st = spec.states
        if st and st.switch and st.on and st.off and prior.get(st.switch) != planned.get(st.switch):
            self._switch(context, st.on if planned.get(st.switch) else st.off)
        return self._read_back(context, planned)

    def delete(self, current: State, unseen: bool = False) -> None:
        spec = self.spec
        context = self.context(current)
        st = spec.states
        if st and st.stop_before_delete:
            item = self._visible(context, unseen)
            if item is None:
                return
            operation, target, allowed_from, through = st.stop_before_delete
            if item.get(st.member) not in st.delete_when and item.get(st.member) in allowed_from:
                self._switch(context, (operation, target, through))
        try:
            self.aws.call(spec.service, spec.delete, request(spec, spec.delete, context))
        except ApiError as exc:
            if exc.code in self.not_found:  # also a delete sent again after its answer was lost
                return
            # An earlier attempt may have deleted it, its answer lost, before boto3's last try failed.
            if self._still_there(context):
                raise self._failure(exc, current) from None
            return
        if st:
            self._wait(lambda: self.fetch(context) is None, f"{context.get(spec.identifier)} to be deleted")

    def import_(self, import_id: str) -> State:
        spec = self.spec
        parts = import_id.split(",")
        if len(parts) != len(spec.import_parts) or not all(parts):
            raise Failure(
                f"Invalid import id for {spec.type_name}",
                f"expected {','.join(spec.import_parts)} (joined with ','), got {import_id!r}",
            )
        context = dict(zip(spec.import_parts, parts))
        item = self.fetch(context)
        if item is None:
            raise Failure(f"Cannot import {spec.type_name}", f"{import_id!r} does not exist")
        return self.state_from(item, None, context)

    # -- helpers --------------------------------------------------------------------------------------

    def _still_there(self, context: dict[str, Any]) -> bool:
        """Whether the resource can still be read; True also when the read fails, so that the failure
        that led here is the one reported."""
        try:
            return self.fetch(context) is not None
        except Failure:
            return True

    def _switch(self, context: dict[str, Any], action: tuple[str, str, tuple[str, ...]]) -> None:
        operation, target, through = action
        st = self.spec.states
        assert st
        try:
            self.aws.call(self.spec.service, operation, request(self.spec, operation, context))
        except ApiError as exc:  # turned away, or sent again after a lost answer: already on its way?
            item = self.fetch(context)
            if item is None or item.get(st.member) not in (target, *through):
                raise self._failure(exc) from None

        def reached() -> bool:
            item = self.fetch(context)
            status = item.get(st.member) if item else None
            if status == target:
                return True
            if status not in through and item is not None and status not in st.delete_when + (target,):
                raise Failure(
                    f"{self.spec.type_name}: {operation} did not reach {target}", f"the resource is {status}"
                )
            return False

        self._wait(reached, f"{context.get(self.spec.identifier)} to become {target}")

    def _wait(self, check: Any, describe: str) -> None:
        try:
            poll(check, self.aws.wait_timeout, describe)
        except TimeoutError as exc:
            raise Failure(f"{self.spec.type_name}: timed out", str(exc)) from None

    def _retag(self, context: dict[str, Any], old: dict[str, str], new: dict[str, str], prior: State) -> None:
        t = self.spec.tagging
        assert t
        arn = context.get(t.arn_member)
        gone = sorted(set(old) - set(new))
        if gone:
            self.call(t.untag, {t.arn_param: arn, t.keys_param: gone}, state=prior)
        added = {k: v for k, v in new.items() if old.get(k) != v}
        if added:
            self.call(t.tag, {t.arn_param: arn, t.tags_param: added}, state=prior)

    def _clear_existing(self, context: dict[str, Any]) -> None:
        r = self.spec.replace_existing
        assert r
        paginate = service_tables(self.spec.service).operations[r.list].paginate
        assert paginate is not None  # build.py requires a list operation to page
        try:
            listed = list_all(self.aws, self.spec.service, r.list, {r.filter: context.get(r.filter)})
        except ApiError as exc:
            if exc.code in self.not_found:
                return  # no parent: the create call reports that, naming the right operation
            raise self._failure(exc) from None
        except PagingError as exc:
            raise Failure(f"{self.spec.type_name}: {r.list} failed", str(exc)) from None
        for item in listed.get(paginate.items) or []:
            try:
                self.aws.call(self.spec.service, r.delete, request(self.spec, r.delete, item))
            except ApiError as exc:
                if exc.code not in self.not_found:
                    raise self._failure(exc) from None


class DataSourceRuntime:
    def __init__(self, spec: DataSourceSpec, aws: Aws):
        self.spec = spec
        self.aws = aws

    def read(self, config: State) -> State:
        spec = self.spec
        params = values.to_api(spec.schema, config)
        try:
            if spec.lookup is not None and spec.lookup.identifier not in params:
                params = {spec.lookup.identifier: self._look_up(params)}
            response = list_all(self.aws, spec.service, spec.operation, request(spec, spec.operation, params))
        except ApiError as exc:
            raise api_failure(spec.type_name, exc) from None
        except PagingError as exc:
            raise Failure(f"{spec.type_name}: {spec.operation} failed", str(exc)) from None
        state = values.from_api(spec.schema, shapes.value_at(response, spec.result) or {}, None)
        for a in spec.schema.attrs:
            if not a.computed:  # what the configuration says stays as it says
                state[a.name] = config.get(a.name)
        return state

    def _look_up(self, params: dict[str, Any]) -> Any:
        """The identifier of the one item the lookup lists."""
        spec, lookup = self.spec, self.spec.lookup
        assert lookup is not None
        paginate = service_tables(spec.service).operations[lookup.operation].paginate
        assert paginate is not None  # the generator requires a lookup to page
        listed = (
            list_all(self.aws, spec.service, lookup.operation, request(spec, lookup.operation, params)).get(
                paginate.items
            )
            or []
        )
        if len(listed) != 1:
            given = ", ".join(f"{snake(k)} = {v}" for k, v in params.items())
            raise Failure(
                f"{spec.type_name}: {len(listed)} found",
                f"{lookup.operation} with {given} listed {len(listed)} items; exactly one is needed.",
            )
        return listed[0].get(lookup.identifier)
