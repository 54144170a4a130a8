"""Turn loaded model documents into the IR, reporting every semantic problem with its location."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .errors import ModelError, Problem
from .ir import (
    BatchRead,
    DataLookup,
    Parent,
    Recovery,
    Resource,
    StateAction,
    Switch,
    States,
    Tagging,
    CONSTRAINT_KEYS,
    Enum,
    ErrorShape,
    Member,
    Model,
    Operation,
    Pagination,
    Release,
    Rule,
    Service,
    Structure,
    Waiter,
    parse_type,
)
from .loader import SourceDoc, read_yaml, schema_problems


def load_path(path: Path) -> Model:
    """A folder of service files (model/), or one service file such as a history point."""
    return load_model(path.parent, (path.name,)) if path.is_file() else load_model(path)


def load_model(model_dir: Path, files: tuple[str, ...] | None = None) -> Model:
    """Load, validate and build every service file; raise ModelError listing all problems."""
    names = files if files is not None else tuple(sorted(p.name for p in model_dir.glob("*.yaml")))
    if not names:
        raise ModelError([Problem(str(model_dir), 1, 1, "", "no model files (*.yaml) found")])
    problems: list[Problem] = []
    services: list[Service] = []
    for name in names:
        path = model_dir / name
        try:
            doc = read_yaml(path, display=_display(path))
        except ModelError as exc:
            problems.extend(exc.problems)
            continue
        found = schema_problems(doc)
        if found:
            problems.extend(found)
            continue
        builder = _Builder(doc, path)
        service = builder.build()
        problems.extend(builder.problems)
        services.append(service)
    seen: dict[str, str] = {}
    for svc in services:
        if svc.name in seen:
            problems.append(
                Problem(
                    svc.file,
                    1,
                    1,
                    "service.name",
                    f"service '{svc.name}' is also defined in {seen[svc.name]}",
                )
            )
        seen[svc.name] = svc.file
    if problems:
        raise ModelError(problems)
    return Model(services=services)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Builder:
    def __init__(self, doc: SourceDoc, path: Path):
        self.doc = doc
        self.path = path  # the file itself: history points are found relative to it
        self.problems: list[Problem] = []

    def fail(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def build(self) -> Service:
        data: dict[str, Any] = self.doc.data
        svc = data["service"]
        errors = [
            ErrorShape(name, e["status"], e["category"], e["description"])
            for name, e in data["errors"].items()
        ]
        error_by_name = {e.name: e for e in errors}
        structures: dict[str, Structure] = {}
        enums: dict[str, Enum] = {}
        for name, raw in data["shapes"].items():
            if name in error_by_name:
                self.fail(("shapes", name), f"duplicate name '{name}': it is already an error in 'errors'")
            if raw["type"] == "enum":
                enums[name] = Enum(name, raw["description"], list(raw["values"]))
            else:
                structures[name] = Structure(name, raw["description"], [])
        for name, raw in data["shapes"].items():
            if raw["type"] == "structure":
                self._members(structures[name], raw, structures, enums)
        for name, raw in data["shapes"].items():
            if raw["type"] == "structure":
                self._response_paths(structures[name], raw, structures)
        operations = [
            self._operation(name, raw, structures, error_by_name) for name, raw in data["operations"].items()
        ]
        self._check_cycles(structures)
        for op in operations:
            if op.input:
                self._mark(op.input, "used_in_input", set())
            if op.output:
                self._mark(op.output, "used_in_output", set())
        for name, raw in data["shapes"].items():
            if raw["type"] == "structure":
                structures[name].rules = self._rules(structures[name], raw.get("rules", []))
        waiters = [
            self._waiter(name, raw, operations, error_by_name)
            for name, raw in data.get("waiters", {}).items()
        ]
        by_name = {o.name: o for o in operations}
        resources = [
            self._resource(name, raw, structures, by_name, error_by_name)
            for name, raw in data.get("resources", {}).items()
        ]
        return Service(
            name=svc["name"],
            class_prefix=svc["class_prefix"],
            title=svc["title"],
            api_version=svc["api_version"],
            description=svc["description"],
            file=self.doc.file,
            operations=operations,
            structures=list(structures.values()),
            enums=list(enums.values()),
            errors=errors,
            waiters=waiters,
            resources=resources,
            history=self._history(data.get("history", [])),
            tagging=self._tagging(data.get("tagging"), by_name),
            data_sources=self._data_sources(data.get("data_sources", {}), by_name),
            data_lookups=self._data_lookups(data.get("data_sources", {}), by_name),
        )

    def _history(self, raw: list[dict[str, Any]]) -> list[Release]:
        """The service's history, oldest first: every point but the last names the file holding its
        complete model; the last is this file."""
        releases: list[Release] = []
        labels: set[str] = set()
        for i, r in enumerate(raw):
            where: tuple[str | int, ...] = ("history", i)
            if r["label"] in labels:
                self.fail(where + ("label",), f"label '{r['label']}' is used by an earlier point")
            labels.add(r["label"])
            model = None
            last = i == len(raw) - 1
            if "model" in r:
                model = self.path.parent / r["model"]
                if last:
                    self.fail(where + ("model",), "the last point is this file itself; it names no model")
                elif not model.is_file():
                    self.fail(where + ("model",), f"no such file: {model}")
            elif not last:
                self.fail(where, "every point but the last (this file) needs 'model': the file of its model")
            releases.append(Release(r["label"], r["summary"], r.get("date"), model))
        return releases

    # -- shapes -------------------------------------------------------------------------------

    def _members(
        self, struct: Structure, raw: dict[str, Any], structures: dict[str, Structure], enums: dict[str, Enum]
    ) -> None:
        python_names: dict[str, str] = {}
        for mname, m in raw["members"].items():
            path = ("shapes", struct.name, "members", mname)
            try:
                ref = parse_type(m["type"])
            except ValueError as exc:
                self.fail(path + ("type",), str(exc))
                continue
            unresolved = False
            for part in ref.walk():
                if part.kind == "structure":
                    if part.name in structures:
                        part.shape = structures[part.name]
                    elif part.name in enums:
                        part.kind, part.shape = "enum", enums[part.name]
                    else:
                        known = ", ".join(sorted(structures) + sorted(enums))
                        self.fail(path + ("type",), f"unknown shape '{part.name}'; defined shapes: {known}")
                        unresolved = True
            if unresolved:  # reported; later checks only see members whose types resolve
                continue
            member = Member(
                name=mname,
                type=ref,
                description=m["description"],
                required=m.get("required", False),
                location=m.get("location", "body"),
                wire_name=m.get("wire_name", mname),
                sensitive=m.get("sensitive", False),
                default=m.get("default"),
                constraints={k: m[k] for k in CONSTRAINT_KEYS if k in m},
                note=m.get("note"),
                generated=m.get("generated"),
                response_path=tuple(m["response_path"].split(".")) if "response_path" in m else (mname,),
            )
            self._check_constraints(path, member)
            other = python_names.get(member.python_name)
            if other:
                self.fail(
                    path,
                    f"members '{other}' and '{mname}' both become the Python name '{member.python_name}'",
                )
            python_names[member.python_name] = mname
            struct.members.append(member)

    def _response_paths(
        self, struct: Structure, raw: dict[str, Any], structures: dict[str, Structure]
    ) -> None:
        """A request structure whose members the service returns elsewhere names its response
        structure; each such member's path must lead to a member of the same type there."""
        where = ("shapes", struct.name)
        if "response_shape" in raw:
            struct.response_shape = structures.get(raw["response_shape"])
            if struct.response_shape is None:
                self.fail(where + ("response_shape",), f"unknown structure '{raw['response_shape']}'")
                return
        for mname, m in raw["members"].items():
            member = struct.member(mname)
            if "response_path" not in m or member is None:
                continue
            at = where + ("members", mname, "response_path")
            response = struct.response_shape
            if response is None:
                self.fail(
                    at,
                    "a response_path needs the structure's response_shape (the structure it is relative to)",
                )
                continue
            found = self._resolve_path(response, m["response_path"], at)
            if found is not None and found.type.model != member.type.model:
                self.fail(
                    at,
                    f"'{m['response_path']}' in {response.name} is '{found.type.model}', "
                    f"but {struct.name}.{mname} is '{member.type.model}'",
                )

    def _check_constraints(self, path: tuple[str | int, ...], m: Member) -> None:
        c, kind, leaf = m.constraints, m.type.kind, m.type.leaf
        allowed: set[str] = set()
        if kind == "primitive" and m.type.name in ("integer", "long", "double"):
            allowed = {"min", "max"}
        elif kind == "primitive" and m.type.name == "string":
            allowed = {"min_length", "max_length", "max_bytes", "pattern"}
        elif kind in ("list", "map"):
            allowed = {"min_items", "max_items"}
            if leaf.kind == "primitive" and leaf.name == "string":
                allowed |= {"item_min_length", "item_max_length", "item_pattern"}
            if kind == "map":
                allowed |= {"key_min_length", "key_max_length", "key_pattern"}
        for key in c:
            if key not in allowed:
                what = ", ".join(sorted(allowed)) or "none"
                self.fail(
                    path + (key,),
                    f"'{key}' does not apply to type '{m.type.model}'; constraints allowed here: {what}",
                )
        for key in ("pattern", "item_pattern", "key_pattern"):
            if key in c:
                try:
                    re.compile(c[key])
                except re.error as exc:
                    self.fail(path + (key,), f"'{c[key]}' is not a valid Python regular expression: {exc}")
        for lo, hi in (
            ("min", "max"),
            ("min_length", "max_length"),
            ("min_items", "max_items"),
            ("item_min_length", "item_max_length"),
            ("key_min_length", "key_max_length"),
        ):
            if lo in c and hi in c and c[lo] > c[hi]:
                self.fail(path + (lo,), f"{lo} ({c[lo]}) is greater than {hi} ({c[hi]})")

    def _check_cycles(self, structures: dict[str, Structure]) -> None:
        # Every generated target (typed classes, Terraform blocks) needs finite nesting.
        state: dict[str, int] = {}

        def visit(s: Structure, trail: list[str]) -> None:
            if state.get(s.name) == 2:
                return
            if state.get(s.name) == 1:
                cycle = trail[trail.index(s.name) :] + [s.name]
                self.fail(
                    ("shapes", cycle[0]),
                    f"structures reference each other in a cycle: {' -> '.join(cycle)}; cycles are not allowed",
                )
                return
            state[s.name] = 1
            for m in s.members:
                for part in m.type.walk():
                    if part.kind == "structure" and part.shape is not None:
                        visit(part.shape, trail + [s.name])
            state[s.name] = 2

        for s in structures.values():
            visit(s, [])

    def _mark(self, s: Structure, flag: str, seen: set[str]) -> None:
        if s.name in seen:
            return
        seen.add(s.name)
        setattr(s, flag, True)
        for m in s.members:
            leaf = m.type.leaf
            if leaf.kind == "structure" and leaf.shape is not None:
                self._mark(leaf.shape, flag, seen)

    def _rules(self, struct: Structure, raw_rules: list[dict[str, Any]]) -> list[Rule]:
        rules = []
        for i, r in enumerate(raw_rules):
            for side in ("when", "require"):
                self._resolve_path(struct, r[side]["path"], ("shapes", struct.name, "rules", i, side, "path"))
            rules.append(Rule(r["description"], dict(r["when"]), dict(r["require"])))
        return rules

    def _resolve_path(
        self, struct: Structure, dotted_path: str, where: tuple[str | int, ...]
    ) -> Member | None:
        current: Structure | None = struct
        member = None
        for part in dotted_path.split("."):
            member = current.member(part) if current else None
            if member is None:
                names = ", ".join(m.name for m in current.members) if current else "(not a structure)"
                self.fail(
                    where,
                    f"'{dotted_path}': no member '{part}' in {current.name if current else 'a non-structure'}; members: {names}",
                )
                return None
            current = member.type.shape if member.type.kind == "structure" else None
        return member

    # -- operations ---------------------------------------------------------------------------

    def _operation(
        self, name: str, raw: dict[str, Any], structures: dict[str, Structure], errors: dict[str, ErrorShape]
    ) -> Operation:
        path = ("operations", name)
        shapes: dict[str, Structure | None] = {}
        for side in ("input", "output"):
            ref = raw.get(side)
            if ref is None:
                shapes[side] = None
            elif ref not in structures:
                self.fail(
                    path + (side,), f"unknown structure '{ref}'; {side} must name a structure in 'shapes'"
                )
                shapes[side] = None
            else:
                shapes[side] = structures[ref]
        op_errors = []
        for i, e in enumerate(raw["errors"]):
            if e not in errors:
                self.fail(
                    path + ("errors", i), f"unknown error '{e}'; defined errors: {', '.join(sorted(errors))}"
                )
            else:
                op_errors.append(errors[e])
        op = Operation(
            name=name,
            description=raw["description"],
            http_method=raw["http"]["method"],
            http_uri=raw["http"]["uri"],
            http_status=raw["http"]["status"],
            input=shapes["input"],
            output=shapes["output"],
            errors=op_errors,
            note=raw.get("note"),
        )
        if "paginate" in raw:
            op.paginate = self._pagination(op, raw["paginate"], path + ("paginate",))
        return op

    def _pagination(
        self, op: Operation, raw: dict[str, Any], path: tuple[str | int, ...]
    ) -> Pagination | None:
        p = Pagination(
            raw["input_token"],
            raw["output_token"],
            raw["limit_key"],
            raw["items"],
            default_page_size=raw.get("default_page_size"),
        )
        for key, shape in (
            ("input_token", op.input),
            ("limit_key", op.input),
            ("output_token", op.output),
            ("items", op.output),
        ):
            if shape is None or shape.member(raw[key]) is None:
                self.fail(
                    path + (key,),
                    f"'{raw[key]}' is not a member of {shape.name if shape else 'the operation (it has no ' + ('input' if key in ('input_token', 'limit_key') else 'output') + ')'}",
                )
                return None
        items = op.output.member(p.items) if op.output else None
        if items is not None and items.type.kind != "list":
            self.fail(path + ("items",), f"'{p.items}' must be a list member, it is '{items.type.model}'")
            return None
        p.items_member = items
        return p

    def _waiter(
        self, name: str, raw: dict[str, Any], operations: list[Operation], errors: dict[str, ErrorShape]
    ) -> Waiter:
        path = ("waiters", name)
        op = next((o for o in operations if o.name == raw["operation"]), None)
        if op is None:
            self.fail(path + ("operation",), f"unknown operation '{raw['operation']}'")
        elif raw.get("path") and op.output:
            self._resolve_path(op.output, raw["path"], path + ("path",))
        if raw.get("success_on_error") and raw["success_on_error"] not in errors:
            self.fail(path + ("success_on_error",), f"unknown error '{raw['success_on_error']}'")
        if not raw.get("success") and not raw.get("success_on_error"):
            self.fail(path, "a waiter needs 'success' values or 'success_on_error'")
        return Waiter(
            name=name,
            description=raw["description"],
            operation=op,  # type: ignore[arg-type]
            path=raw.get("path", "").split(".") if raw.get("path") else [],
            success=raw.get("success", []),
            retry=raw.get("retry", []),
            failure=raw.get("failure", []),
            success_on_error=raw.get("success_on_error"),
            delay=raw["delay"],
            max_attempts=raw["max_attempts"],
        )

    # -- resources ----------------------------------------------------------------------------

    def _resource(
        self,
        name: str,
        raw: dict[str, Any],
        structures: dict[str, Structure],
        by_name: dict[str, Operation],
        errors: dict[str, ErrorShape],
    ) -> Resource:
        path = ("resources", name)
        shape = structures.get(raw["shape"])
        if shape is None:
            self.fail(path + ("shape",), f"unknown structure '{raw['shape']}'")
            shape = Structure(raw["shape"], "", [])
        resources_raw: dict[str, Any] = self.doc.data.get("resources", {})

        def member_of(struct: Structure, key: str, value: str, where: tuple[str | int, ...]) -> Member | None:
            found = struct.member(value)
            if struct.members and found is None:
                self.fail(
                    where,
                    f"'{value}' is not a member of {struct.name} ({key}); members: {', '.join(m.name for m in struct.members)}",
                )
            return found

        def operation(where: tuple[str | int, ...], op_name: str) -> Operation | None:
            found = by_name.get(op_name)
            if found is None:
                self.fail(path + where, f"unknown operation '{op_name}'")
            return found

        create = operation(("create",), raw["create"])
        read = operation(("read",), raw["read"])
        delete = operation(("delete",), raw["delete"])
        update = [operation(("update", i), op) for i, op in enumerate(raw.get("update", []))]
        lister = operation(("list",), raw["list"]) if "list" in raw else None
        update_members = {
            member: operation(("update_members", member), op)
            for member, op in raw.get("update_members", {}).items()
        }
        for key in ("identifier", "arn"):
            if key in raw:
                member_of(shape, key, raw[key], path + (key,))
        create_input = create.input if create else None
        if (
            "tags" in raw and shape.member(raw["tags"]) is None
        ):  # tags only the tagging list operation returns
            if create_input is None or create_input.member(raw["tags"]) is None:
                self.fail(
                    path + ("tags",),
                    f"'{raw['tags']}' is a member of neither {shape.name} nor the create input",
                )
        parent = None
        parent_shape = None
        if "parent" in raw:
            p = raw["parent"]
            parent = Parent(
                p["resource"],
                p["member"],
                p.get("collection"),
                p.get("key"),
                p.get("max"),
                p.get("max_error"),
                bool(p.get("blocks_delete", False)),
            )
            parent.primary = p.get("primary")
            if p["resource"] not in resources_raw:
                self.fail(path + ("parent", "resource"), f"unknown resource '{p['resource']}'")
            else:
                parent_shape = structures.get(resources_raw[p["resource"]]["shape"])
            if parent.max_error and parent.max_error not in errors:
                self.fail(path + ("parent", "max_error"), f"unknown error '{parent.max_error}'")
            if parent.primary is not None and parent_shape is not None:
                member_of(parent_shape, "primary", parent.primary, path + ("parent", "primary"))
            if parent.collection is None:
                member_of(shape, "parent member", parent.member, path + ("parent", "member"))
                if parent.key is not None:
                    self.fail(
                        path + ("parent", "key"),
                        "a key tells a new child from its siblings in a collection; "
                        "this resource has no parent.collection",
                    )
            elif parent.key is None:
                self.fail(
                    path + ("parent",),
                    "an embedded resource (parent.collection) needs parent.key: the member "
                    "that tells a new one from its siblings in the create response",
                )
            else:
                member_of(shape, "parent key", parent.key, path + ("parent", "key"))
            if parent.collection and parent_shape is not None:
                held = member_of(
                    parent_shape, "parent collection", parent.collection, path + ("parent", "collection")
                )
                if held is not None and not (held.type.kind == "list" and held.type.leaf.shape is shape):
                    self.fail(
                        path + ("parent", "collection"),
                        f"{parent_shape.name}.{parent.collection} must be a list of {shape.name}, "
                        f"it is '{held.type.model}'",
                    )
        states = None
        if "states" in raw:
            st = raw["states"]
            member_of(shape, "state member", st["member"], path + ("states", "member"))
            states = States(st["member"], list(st.get("delete_when", [])), st.get("deleting"))
            for op, a in st.get("actions", {}).items():
                if op not in by_name:
                    self.fail(path + ("states", "actions", op), f"unknown operation '{op}'")
                states.actions[op] = StateAction(list(a["from"]), a["through"], a["to"])
            if "switch" in st:
                sw = st["switch"]
                for key in ("on", "off"):
                    if sw[key] not in states.actions:
                        self.fail(
                            path + ("states", "switch", key),
                            f"'{sw[key]}' is not one of this resource's state actions ({', '.join(states.actions) or 'none'})",
                        )
                states.switch = Switch(sw["name"], sw["on"], sw["off"])
        # What the service stores: the create input (or, for an embedded resource, one item of its
        # collection), the update inputs, and each update_members operation's input.
        stored: list[tuple[Structure, Structure, tuple[str | int, ...]]] = []
        if create is not None and create_input is None:
            self.fail(
                path + ("create",),
                f"create operation '{create.name}' takes no input; the provider builds resources from it",
            )
        if parent and parent.collection and create_input is not None:
            holder = create_input.member(parent.collection)
            if holder is None or holder.type.kind != "list" or holder.type.leaf.kind != "structure":
                self.fail(
                    path + ("parent", "collection"),
                    f"'{parent.collection}' must also be a list member of "
                    f"{create_input.name}, the create input that adds these resources, holding structures",
                )
            else:
                stored.append((holder.type.leaf.shape, shape, path + ("create",)))
                if parent.key is not None and holder.type.leaf.shape.member(parent.key) is None:
                    self.fail(
                        path + ("parent", "key"),
                        f"'{parent.key}' is not a member of {holder.type.leaf.shape.name}, "
                        "which adds these resources",
                    )
            if parent_shape is not None:
                parent_create = by_name.get(resources_raw[parent.resource]["create"])
                parent.rules = [
                    r
                    for r in (parent_create.input.rules if parent_create and parent_create.input else [])
                    if r.require["path"] == parent.collection and "max_items" in r.require
                ]
        elif create_input is not None:
            stored.append((create_input, shape, path + ("create",)))
        stored += [(op.input, shape, path + ("update", i)) for i, op in enumerate(update) if op and op.input]
        for member, op in update_members.items():
            if create_input is not None:
                target = member_of(create_input, "update_members", member, path + ("update_members", member))
                held = shape.member(member)
                if (
                    target is not None
                    and op is not None
                    and op.input
                    and held is not None
                    and held.type.leaf.kind == "structure"
                ):
                    stored.append((op.input, held.type.leaf.shape, path + ("update_members", member)))
        for request, response, where in stored:
            self._check_stored(request, response, where, set())
        updated = {
            m
            for op in [*update, *update_members.values()]
            if op and op.input
            for m in op.input.all_member_names()
        }
        for i, member in enumerate(raw.get("recomputed", [])):
            if member not in shape.all_member_names():
                self.fail(path + ("recomputed", i), f"'{member}' is not a member of {shape.name}")
        for i, member in enumerate(raw.get("clearable", [])):
            if member not in updated:
                self.fail(
                    path + ("clearable", i),
                    f"'{member}' is in no input of this resource's update operations, so no update can clear it",
                )
        if raw.get("replace_existing"):
            if not (parent and parent.max and lister):
                self.fail(
                    path + ("replace_existing",),
                    "replace_existing needs parent.max and a 'list' operation to find the existing ones",
                )
            elif lister.input is None or lister.input.member(parent.member) is None:
                self.fail(
                    path + ("list",),
                    f"'{lister.name}' must take '{parent.member}' to list one parent's resources (replace_existing)",
                )
        if lister is not None and lister.paginate is None:
            self.fail(
                path + ("list",),
                f"list operation '{lister.name}' needs 'paginate' (its items member and page tokens)",
            )
        for i, c in enumerate(raw.get("cascade", [])):
            if c["resource"] not in resources_raw:
                self.fail(path + ("cascade", i, "resource"), f"unknown resource '{c['resource']}'")
        read_result, read_shape = self._read_result(
            path, read, shape, parent, parent_shape, raw["identifier"]
        )
        create_result = self._create_result(path, create, shape, raw["identifier"]) if create else ()
        recovery = (
            self._recovery(path, raw, create_input, read, read_result, lister, parent)
            if create_input is not None and read is not None
            else None
        )
        placeholder = Operation(
            "", "", "", "", 0, None, None, []
        )  # stands in for an unknown operation (already reported)
        return Resource(
            name=name,
            description=raw["description"],
            shape=shape,
            identifier=raw["identifier"],
            create=create or placeholder,
            read=read or placeholder,
            delete=delete or placeholder,
            read_result=read_result,
            create_result=create_result,
            read_shape=read_shape,
            update=[op for op in update if op],
            list=lister,
            batch_read=(
                self._batch_read(path + ("batch_read",), raw["batch_read"], by_name, shape)
                if "batch_read" in raw
                else None
            ),
            arn=raw.get("arn"),
            tags=raw.get("tags"),
            parent=parent,
            list_filters=dict(raw.get("list_filters", {})),
            cascade=[(c["resource"], c["member"]) for c in raw.get("cascade", [])],
            states=states,
            create_only=list(raw.get("create_only", [])),
            computed=list(raw.get("computed", [])),
            clearable=list(raw.get("clearable", [])),
            recomputed=list(raw.get("recomputed", [])),
            sensitive=list(raw.get("sensitive", [])),
            update_members={m: op for m, op in update_members.items() if op},
            replace_existing=bool(raw.get("replace_existing", False)),
            schema_version=int(raw.get("schema_version", 0)),
            recovery=recovery,
        )

    def _recovery(
        self,
        path: tuple[str | int, ...],
        raw: dict[str, Any],
        create_input: Structure,
        read: Operation,
        read_result: tuple[str, ...],
        lister: Operation | None,
        parent: Parent | None,
    ) -> Recovery | None:
        """How a create whose answer was lost is found again: by the key among the parent's children, by
        the identifier the request names, or else by listing and comparing the `recover_by` members."""
        if parent and parent.collection and parent.key:
            return Recovery(read, read_result, [parent.key])
        if create_input.member(raw["identifier"]) is not None:
            return Recovery(read, read_result, [raw["identifier"]])
        where = path + ("recover_by",)
        if "recover_by" not in raw:
            self.fail(
                path,
                f"{create_input.name} names neither the new resource's {raw['identifier']} nor a parent's key, "
                "so a create whose answer is lost can only be found again by listing: give recover_by, the "
                "create-input members the list operation's items share with it",
            )
            return None
        if lister is None or lister.paginate is None or lister.output is None:
            self.fail(where, "recover_by needs a 'list' operation that pages")
            return None
        items = lister.paginate.items
        held = lister.output.member(items)
        if held is None or held.type.leaf.kind != "structure":
            return None  # the operation's own check reports a paginate.items that lists no structures
        items_shape = held.type.leaf.shape
        for i, member in enumerate(raw["recover_by"]):
            for struct in (create_input, items_shape):
                if struct.member(member) is None:
                    self.fail(where + (i,), f"'{member}' is not a member of {struct.name}")
        if items_shape.member(raw["identifier"]) is None:
            self.fail(
                path + ("list",),
                f"{items_shape.name}, what '{lister.name}' lists, must hold the identifier '{raw['identifier']}'",
            )
        filters = {i: m for i, m in raw.get("list_filters", {}).items() if m in raw["recover_by"]}
        return Recovery(lister, (items,), list(raw["recover_by"]), filters)

    def _check_stored(
        self, request: Structure, response: Structure, where: tuple[str | int, ...], seen: set[str]
    ) -> None:
        """A request structure stored as `response` (and its nested ones) must declare that same
        structure as its response_shape, if any: its response paths are read there."""
        if request.name in seen:
            return
        seen.add(request.name)
        if request.response_shape is not None and request.response_shape is not response:
            self.fail(
                where,
                f"{request.name} is stored as {response.name} here, but its response_shape is {request.response_shape.name}",
            )
        for m in request.members:
            held = response.member_at(m.response_path)
            if held is not None and m.type.leaf.kind == "structure" and held.type.leaf.kind == "structure":
                self._check_stored(m.type.leaf.shape, held.type.leaf.shape, where, seen)

    def _read_result(
        self,
        path: tuple[str | int, ...],
        read: Operation | None,
        shape: Structure,
        parent: Parent | None,
        parent_shape: Structure | None,
        identifier: str,
    ) -> tuple[tuple[str, ...], Structure]:
        """Where the read operation's output holds the resource, and the structure it is given as."""
        if read is None:
            return (), shape
        if read.output is None:
            self.fail(
                path + ("read",), f"read operation '{read.name}' returns nothing; it must return the resource"
            )
            return (), shape
        held = _holding(read.output, shape)
        if held:
            return held, shape
        if parent and parent.collection and parent_shape is not None:
            owner = _holding(read.output, parent_shape)
            if owner:
                return owner + (parent.collection,), shape
            self.fail(
                path + ("read",),
                f"read operation '{read.name}' returns no {parent_shape.name}, the parent holding these resources",
            )
            return (), shape
        if read.output.member(identifier) is None:
            self.fail(
                path + ("read",),
                f"read operation '{read.name}' returns neither a {shape.name} member nor the resource's "
                f"members flat ({read.output.name} has no '{identifier}')",
            )
        return (), read.output

    def _create_result(
        self, path: tuple[str | int, ...], create: Operation, shape: Structure, identifier: str
    ) -> tuple[str, ...]:
        """Where the create operation's output holds the new resource (and its identifier)."""
        held = _holding(create.output, shape) if create.output else None
        if held:
            return held
        if create.output is None or create.output.member(identifier) is None:
            self.fail(
                path + ("create",),
                f"create operation '{create.name}' must return the new resource's '{identifier}': "
                f"as a {shape.name} member or flat in its output",
            )
        return ()

    def _batch_read(
        self,
        path: tuple[str | int, ...],
        raw: dict[str, Any],
        by_name: dict[str, Operation],
        shape: Structure,
    ) -> BatchRead | None:
        op = by_name.get(raw["operation"])
        if op is None:
            self.fail(path + ("operation",), f"unknown operation '{raw['operation']}'")
            return None
        ids = op.input.member(raw["ids"]) if op.input else None
        if ids is None or ids.type.model != "list<string>":
            self.fail(path + ("ids",), f"'{raw['ids']}' must be a list<string> member of {op.name}'s input")
        items = op.output.member(raw["items"]) if op.output else None
        if items is None or items.type.kind != "list" or items.type.leaf.shape is not shape:
            self.fail(
                path + ("items",),
                f"'{raw['items']}' must be a list<{shape.name}> member of {op.name}'s output",
            )
        errors = op.output.member(raw["errors"]) if op.output else None
        if errors is None or errors.type.kind != "list" or errors.type.leaf.kind != "structure":
            self.fail(
                path + ("errors",),
                f"'{raw['errors']}' must be a list member of {op.name}'s output holding structures",
            )
        else:
            failure: Structure = errors.type.leaf.shape
            for key in ("error_id", "error_message"):
                if failure.member(raw[key]) is None:
                    self.fail(
                        path + (key,),
                        f"'{raw[key]}' is not a member of {failure.name}; members: "
                        f"{', '.join(m.name for m in failure.members)}",
                    )
        return BatchRead(op, raw["ids"], raw["items"], raw["errors"], raw["error_id"], raw["error_message"])

    def _data_sources(self, raw: dict[str, Any], by_name: dict[str, Operation]) -> dict[str, Operation]:
        found: dict[str, Operation] = {}
        for name, entry in raw.items():
            op_name = entry["operation"] if isinstance(entry, dict) else entry
            op = by_name.get(op_name)
            if op is None:
                self.fail(("data_sources", name), f"unknown operation '{op_name}'")
            elif op.output is None:
                self.fail(("data_sources", name), f"'{op_name}' returns nothing to read")
            else:
                found[name] = op
        return found

    def _data_lookups(self, raw: dict[str, Any], by_name: dict[str, Operation]) -> dict[str, DataLookup]:
        found: dict[str, DataLookup] = {}
        for name, entry in raw.items():
            if not isinstance(entry, dict):
                continue
            where: tuple[str | int, ...] = ("data_sources", name, "lookup")
            read, lister = by_name.get(entry["operation"]), by_name.get(entry["lookup"]["operation"])
            if lister is None:
                self.fail(where + ("operation",), f"unknown operation '{entry['lookup']['operation']}'")
                continue
            if read is None or read.input is None:
                continue  # reported with the data source's operation
            ids = [m.name for m in read.input.members if m.required]
            items = lister.output.member(lister.paginate.items) if lister.output and lister.paginate else None
            if items is None or items.type.leaf.kind != "structure":
                self.fail(where + ("operation",), f"'{lister.name}' must page through a list of items")
                continue
            if len(ids) != 1 or items.type.leaf.shape.member(ids[0]) is None:
                self.fail(
                    where,
                    f"'{read.name}' must take one required member that the items of '{lister.name}' also have",
                )
                continue
            for i, by in enumerate(entry["lookup"]["by"]):
                if lister.input is None or lister.input.member(by) is None:
                    self.fail(where + ("by", i), f"'{by}' is not a member of the input of '{lister.name}'")
            found[name] = DataLookup(lister, list(entry["lookup"]["by"]), ids[0])
        return found

    def _tagging(self, raw: dict[str, Any] | None, by_name: dict[str, Operation]) -> Tagging | None:
        if raw is None:
            return None
        ops: dict[str, Operation] = {}
        for key in ("tag", "untag", "list"):
            if raw[key] not in by_name:
                self.fail(("tagging", key), f"unknown operation '{raw[key]}'")
            else:
                ops[key] = by_name[raw[key]]
        if len(ops) < 3:
            return None

        def check(key: str, op: Operation, side: str, wanted: str) -> None:
            struct = op.input if side == "input" else op.output
            found = struct.member(raw[key]) if struct else None
            if found is None or found.type.model != wanted:
                self.fail(("tagging", key), f"'{raw[key]}' must be a {wanted} member of {op.name}'s {side}")

        for key in ("tag", "untag", "list"):
            check("arn_member", ops[key], "input", "string")
        check("tags_member", ops["tag"], "input", "map<string, string>")
        check("keys_member", ops["untag"], "input", "list<string>")
        check("list_member", ops["list"], "output", "map<string, string>")
        return Tagging(
            ops["tag"],
            ops["untag"],
            ops["list"],
            raw["arn_member"],
            raw["tags_member"],
            raw["keys_member"],
            raw["list_member"],
        )


def _holding(struct: Structure, shape: Structure) -> tuple[str, ...]:
    """The member of `struct` that holds `shape` or a list of it; () when there is none."""
    for m in struct.members:
        if m.type.leaf.kind == "structure" and m.type.leaf.shape is shape:
            return (m.name,)
    return ()
