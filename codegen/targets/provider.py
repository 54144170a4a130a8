"""Terraform provider target: one module of resource and data source declarations per service.

Every decision about the Terraform shape of a resource is made here, from the model:
- attributes come from the create operation's input; what the read operation returns on top of
  that becomes computed;
- a structure (or list of structures) the user configures is a nested block, since Terraform
  1.0.3 cannot plan lists nested inside single nested attributes; a structure only the service
  fills in is a computed object attribute;
- a member no update operation carries forces a new resource (create-only);
- an optional member with a default, or one the service fills in, is optional+computed;
- removing an optional attribute from a configuration must converge: a member the model marks
  `clearable` is cleared by the update (sent its empty value), a create-only one forces a new
  resource, and any other updatable one is optional+computed, so removing it keeps the value.
The runtime (awsmedia_runtime.provider) only executes these declarations.

The declarations are data, so they are written as JSON (<module>.json, no black pass needed),
shaped like the runtime's dataclasses (awsmedia_runtime.provider.spec); <module>.py is a stub
that loads them.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from awsmedia_runtime.naming import snake
from awsmedia_runtime.provider import spec

from ..ir import Member, Model, Operation, Resource, Service, Structure, TypeRef
from ..render import Renderer, json_text

_SCALARS = {
    "string": "string",
    "integer": "integer",
    "long": "integer",
    "double": "number",
    "boolean": "bool",
    "timestamp": "timestamp",
    "blob": "string",
}
# Update trees: member -> nested tree (a structure or list of structures) or None (a value).
Tree = dict[str, Any]


def tf_type(ref: TypeRef) -> Any:
    if ref.kind == "primitive":
        return _SCALARS[ref.name]
    if ref.kind == "enum":
        return "string"
    if ref.kind in ("list", "map"):
        assert ref.item
        return (ref.kind, tf_type(ref.item))
    return ("object", tuple((snake(m.name), m.name, tf_type(m.type)) for m in ref.shape.members))


def is_block_type(ref: TypeRef) -> bool:
    return ref.kind == "structure" or (
        ref.kind == "list" and ref.item is not None and ref.item.kind == "structure"
    )


def input_tree(struct: Structure | None) -> Tree:
    out: Tree = {}
    for m in struct.members if struct else []:
        out[m.name] = input_tree(m.type.leaf.shape) if m.type.leaf.kind == "structure" else None
    return out


@dataclass
class Context:
    """What every attribute of one resource needs to know about the resource."""

    sensitive: set[str]
    computed: set[str]
    create_only: set[str]
    clearable: set[str]
    recomputed: set[str] = dataclasses.field(default_factory=set)


def stands_for(m: Member) -> dict[str, Any]:
    """What every attribute says of the member it stands for: its names, type and description."""
    return {"name": snake(m.name), "type": tf_type(m.type), "member": m.name, "description": m.description}


_EMPTY: dict[str, Any] = {"list": [], "map": {}}


def attribute(m: Member, read: Member | None, replace: bool, ctx: Context) -> dict[str, Any]:
    filled = (
        m.default is not None or m.name in ctx.computed or (read is not None and read.generated is not None)
    )
    clear = not m.required and not replace and m.name in ctx.clearable
    kept = not m.required and not replace and not clear  # removed from a configuration, it stays as it is
    return {
        **stands_for(m),
        "required": m.required,
        "optional": not m.required,
        # A clearable member's documented default is its empty value, read as null.
        "computed": not m.required and ((filled and not clear) or kept),
        "sensitive": m.sensitive or m.name in ctx.sensitive,
        "replace": replace,
        "default": None if clear else m.default,
        "clear": _EMPTY.get(m.type.kind, "") if clear else None,
        "read_path": m.response_path if read else (),
    }


def computed_attribute(m: Member, ctx: Context) -> dict[str, Any]:
    return {
        **stands_for(m),
        "computed": True,
        "recomputed": m.name in ctx.recomputed,
        "sensitive": m.sensitive or m.name in ctx.sensitive,
        "read_path": (m.name,),
    }


def block(m: Member, read: Member | None, update: Tree | None, replace: bool, ctx: Context) -> dict[str, Any]:
    """A nested block for a configurable structure; `update` is the update tree at this level (None: not updatable)."""
    inner: Structure = m.type.leaf.shape
    read_inner = read.type.leaf.shape if read is not None and read.type.leaf.kind == "structure" else None
    node = members_node(inner.members, read_inner, update, replace, ctx, skip=set())
    constraints = m.constraints
    is_list = m.type.kind == "list"
    min_items = constraints.get("min_items", 1 if m.required else 0) if is_list else (1 if m.required else 0)
    max_items = constraints.get("max_items", 0) if is_list else 0
    return {
        "name": snake(m.name),
        "member": m.name,
        "nesting": "list" if is_list else "single",
        "description": m.description,
        "min_items": min_items,
        "max_items": max_items,
        "replace": replace,
        "shape": inner.name,
        "read_path": m.response_path if read else (),
        **node,
    }


def members_node(
    members: list[Member],
    read: Structure | None,
    update: Tree | None,
    replace: bool,
    ctx: Context,
    skip: set[str],
) -> dict[str, Any]:
    """Attributes and blocks for configurable members, plus computed extras the read returns."""
    attrs: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    returned: set[str] = set()  # read members the configurable ones are returned in (a source's Transport)
    for m in members:
        if m.name in skip:
            continue
        rm = read.member_at(m.response_path) if read else None
        if rm is not None:
            returned.add(m.response_path[0])
        m_replace = replace or update is None or m.name not in update or m.name in ctx.create_only
        if is_block_type(m.type):
            sub = update.get(m.name) if update and not m_replace else None
            blocks.append(block(m, rm, sub, m_replace, ctx))
        else:
            attrs.append(attribute(m, rm, m_replace, ctx))
    given = {m.name for m in members}
    for rm in read.members if read else []:
        if rm.name in given or rm.name in returned or rm.name in skip:
            continue
        attrs.append(computed_attribute(rm, ctx))
    return {"attrs": attrs, "blocks": blocks}


class ResourceBuilder:
    def __init__(self, svc: Service, r: Resource):
        self.svc = svc
        self.r = r
        # Tags are cleared by untagging.
        clearable = set(r.clearable) | ({r.tags} if r.tags and svc.tagging else set())
        self.ctx = Context(
            set(r.sensitive), set(r.computed), set(r.create_only), clearable, recomputed=set(r.recomputed)
        )

    @property
    def children_collections(self) -> set[str]:
        return {
            c.parent.collection
            for c in self.svc.resources
            if c.parent and c.parent.collection and c.parent.resource == self.r.name
        }

    def update_tree(self) -> Tree:
        svc, r = self.svc, self.r
        tree: Tree = {}
        for op in r.update:
            tree.update(input_tree(op.input))
        for member, op in r.update_members.items():
            tree[member] = input_tree(op.input)
        if r.tags and svc.tagging:
            tree[r.tags] = None
        return tree

    def schema(self) -> dict[str, Any]:
        r = self.r
        create = r.create.input
        assert create is not None  # build.py requires a create input
        update = self.update_tree()
        collection = r.parent.collection if r.parent else None
        if collection:
            holder = create.member(collection)
            assert (
                holder is not None
            )  # build.py checks the collection is a list of structures in the create input
            parent_member = create.member(r.parent.member)  # type: ignore[union-attr]
            members = ([parent_member] if parent_member else []) + holder.type.leaf.shape.members
            shape: Structure = (
                holder.type.leaf.shape
            )  # what the attributes stand for (but the parent identifier)
        else:
            members = create.members
            shape = create
        self.ctx.create_only |= {r.parent.member} if r.parent else set()
        node = members_node(members, r.read_shape, update, False, self.ctx, skip=self.children_collections)
        if r.parent and collection:  # the parent's identifier is not part of the embedded item
            for a in node["attrs"]:
                if a["member"] == r.parent.member:
                    a["read_path"] = ()
        if self.tags_listed:  # the read's item gets them from the tagging list operation
            for a in node["attrs"]:
                if a["member"] == r.tags:
                    a["read_path"] = (r.tags,)
        extra: list[dict[str, Any]] = []
        if not any(a["name"] == "id" for a in node["attrs"]):
            extra.append(
                {
                    "name": "id",
                    "type": "string",
                    "computed": True,
                    "description": (
                        "Import id of the resource: "
                        + " and ".join(self.import_parts())
                        + " joined with ','."
                        if len(self.import_parts()) > 1
                        else f"Same as {snake(r.identifier)}."
                    ),
                }
            )
        if r.states and r.states.switch:
            sw = r.states.switch
            extra.append(
                {
                    "name": snake(sw.name),
                    "type": "bool",
                    "optional": True,
                    "computed": True,
                    "default": False,
                    "description": f"Whether the resource should be running: true calls {sw.on}, false calls {sw.off}. "
                    "Defaults to false.",
                }
            )
        return {
            "name": "",
            "member": None,
            "description": r.description,
            "attrs": extra + node["attrs"],
            "blocks": node["blocks"],
            "shape": shape.name,
        }

    def import_parts(self) -> tuple[str, ...]:
        r = self.r
        if r.parent and r.parent.collection:
            return (r.parent.member, r.identifier)
        return (r.identifier,)

    def spec(self) -> dict[str, Any]:
        svc, r = self.svc, self.r
        out: dict[str, Any] = {
            "type_name": f"{svc.terraform_prefix}_{snake(r.name)}",
            "service": svc.name,
            "description": r.description,
            "version": r.schema_version,
            "identifier": r.identifier,
            "import_parts": self.import_parts(),
            "create": r.create.name,
            "create_result": r.create_result,
            "read": r.read.name,
            "read_result": r.read_result,
            "delete": r.delete.name,
            "updates": tuple((op.name, None) for op in r.update)
            + tuple((op.name, m) for m, op in r.update_members.items()),
            "collection": r.parent.collection if r.parent else None,
            "child_key": r.parent.key if r.parent else None,
        }
        if r.states:
            out["states"] = self.states()
        if r.tags and svc.tagging:
            out["tagging"] = self.tagging()
        if r.parent and r.parent.collection:
            out["parent_check"] = self.parent_check()
        if r.recovery:
            out["recovery"] = {
                "operation": r.recovery.operation.name,
                "items": r.recovery.items,
                "match": r.recovery.match,
                "filters": r.recovery.filters,
            }
        if r.replace_existing:
            assert r.list and r.list.paginate and r.parent  # build.py checks all three
            out["replace_existing"] = {
                "list": r.list.name,
                "filter": r.parent.member,
                "delete": r.delete.name,
            }
        return out

    def parent_check(self) -> dict[str, Any]:
        """What is checked with the parent in view when this resource is added to its collection: the
        parent's create-input rules that cap the collection (a rule that sees one resource at a time
        cannot), and that no sibling has the same key."""
        svc, r = self.svc, self.r
        assert r.parent
        parent = svc.resource(r.parent.resource)
        return {
            "type_name": f"{svc.terraform_prefix}_{snake(parent.name)}",
            "member": r.parent.member,
            "primary": r.parent.primary,
            "result": r.read_result[:-1],
            "rules": [
                {"description": x.description, "when": x.when, "require": x.require} for x in r.parent.rules
            ],
        }

    def states(self) -> dict[str, Any]:
        st = self.r.states
        assert st

        def action(name: str) -> tuple[str, str, tuple[str, ...]]:
            a = st.actions[name]
            return (name, a.target, (a.through,))

        # The states it passes through too: a stop that is not instant must be waited out, not taken for a failure.
        stop = next(
            (
                (op, a.target, tuple(a.source), (a.through,))
                for op, a in st.actions.items()
                if a.target in st.delete_when
            ),
            None,
        )
        return {
            "member": st.member,
            "switch": snake(st.switch.name) if st.switch else None,
            "on": action(st.switch.on) if st.switch else None,
            "off": action(st.switch.off) if st.switch else None,
            "delete_when": tuple(st.delete_when),
            "stop_before_delete": stop,
        }

    @property
    def tags_listed(self) -> bool:
        """Whether the read leaves the tags out, so that the tagging list operation reads them."""
        return bool(self.r.tags and self.svc.tagging and self.r.read_shape.member(self.r.tags) is None)

    def tagging(self) -> dict[str, Any]:
        t, r = self.svc.tagging, self.r
        assert t and r.tags
        listed = (
            {"list": t.list.name, "list_member": t.list_member, "tags_member": r.tags}
            if self.tags_listed
            else {}
        )
        return {
            "tag": t.tag.name,
            "untag": t.untag.name,
            "arn_param": t.arn_member,
            "tags_param": t.tags_member,
            "keys_param": t.keys_member,
            "arn_member": r.arn_member,
            "tags_attr": snake(r.tags),
            **listed,
        }


def data_source(svc: Service, name: str, op: Operation) -> dict[str, Any]:
    paging = {op.paginate.input_token, op.paginate.limit_key} if op.paginate else set()
    lookup = svc.data_lookups.get(name)
    by = (
        [m for m in lookup.operation.input.members if m.name in lookup.by]
        if lookup and lookup.operation.input
        else []
    )
    inputs = [
        m
        for m in (op.input.members if op.input else [])
        if m.name not in paging and not is_block_type(m.type)
    ] + by
    owner = next((r for r in svc.resources if r.read is op and not (r.parent and r.parent.collection)), None)
    result = owner.read_result if owner else ()
    struct = owner.read_shape if owner else op.output
    sensitive = set(owner.sensitive) if owner else set()
    ctx = Context(sensitive, set(), set(), set())
    returned = {m.name for m in struct.members} if struct else set()
    attrs = [
        (
            # With a lookup, either way of naming it may be given, and the read fills in the other.
            {**stands_for(m), "optional": True, "computed": m.name in returned, "read_path": (m.name,)}
            if lookup
            else {**stands_for(m), "required": m.required, "optional": not m.required}
        )
        for m in inputs
    ]
    given = {m.name for m in inputs}
    token = op.paginate.output_token if op.paginate else None
    for m in struct.members if struct else []:
        if m.name not in given and m.name != token:
            attrs.append(computed_attribute(m, ctx))
    described = owner.description if owner else op.description
    return {
        "type_name": f"{svc.terraform_prefix}_{name}",
        "service": svc.name,
        "description": described,
        "operation": op.name,
        "result": result,
        "lookup": (
            {"operation": lookup.operation.name, "by": lookup.by, "identifier": lookup.identifier}
            if lookup
            else None
        ),
        "schema": {
            "name": "",
            "member": None,
            "description": described,
            "attrs": attrs,
            "blocks": [],
            "shape": op.input.name if op.input else None,
        },
    }


# -- the declarations as JSON ------------------------------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value, separators=(", ", ": "))


@functools.cache
def _defaults(cls: type) -> dict[str, str]:
    """Field name -> its default as JSON text, for the fields of a runtime dataclass that have one."""
    out: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = _json(f.default)
        elif f.default_factory is not dataclasses.MISSING:
            out[f.name] = _json(f.default_factory())
    return out


def _entry(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """One runtime dataclass as a JSON object: the fields that differ from their defaults, in the
    builder's order (the loader fills in the rest)."""
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(values) - names
    assert not unknown, f"{cls.__name__} has no field {sorted(unknown)}"  # a builder bug, not a model error
    defaults = _defaults(cls)
    return {k: v for k, v in values.items() if k not in defaults or _json(v) != defaults[k]}


def block_entry(b: dict[str, Any], inner: list[Any]) -> dict[str, Any]:
    """One block, its nested blocks already written (`inner`: objects or shared references)."""
    return _entry(spec.Block, {**b, "attrs": [_entry(spec.Attr, a) for a in b["attrs"]], "blocks": inner})


class BlockWriter:
    """Writes the blocks of one module; a block that occurs more than once is stored once under
    "blocks" and referenced as {"$block": name} (a flow's `decryption` block is the same in the
    flow's source and in a flow source); the loader makes every reference the same object."""

    def __init__(self, roots: list[dict[str, Any]]):
        self.counts: Counter[str] = Counter()
        for root in roots:
            for b in root["blocks"]:
                self._count(b)
        self.shared: dict[str, dict[str, Any]] = {}  # name -> block
        self._names: dict[str, str] = {}  # content -> name

    def _count(self, b: dict[str, Any]) -> None:
        self.counts[_json(b)] += 1
        for x in b["blocks"]:
            self._count(x)

    def write(self, b: dict[str, Any]) -> dict[str, Any]:
        entry = block_entry(b, [self.write(x) for x in b["blocks"]])
        key = _json(b) if b["name"] else ""
        if self.counts[key] < 2:
            return entry
        if key not in self._names:
            base = name = b["name"]
            taken = set(self._names.values())
            for i in range(2, len(taken) + 2):  # a different block of the same name gets a number
                if name not in taken:
                    break
                name = f"{base}_{i}"
            self._names[key] = name
            self.shared[name] = entry
        return {spec.SHARED_BLOCK: self._names[key]}


def resource_entry(values: dict[str, Any], schema: dict[str, Any], blocks: BlockWriter) -> dict[str, Any]:
    out = dict(values)
    for name, cls in (
        ("states", spec.StateSpec),
        ("tagging", spec.TaggingSpec),
        ("replace_existing", spec.ReplaceExisting),
        ("recovery", spec.Recovery),
        ("parent_check", spec.ParentCheck),
    ):
        if name in out:
            out[name] = _entry(cls, out[name])
    out["schema"] = blocks.write(schema)
    return _entry(spec.ResourceSpec, out)


def data_source_entry(values: dict[str, Any], blocks: BlockWriter) -> dict[str, Any]:
    return _entry(spec.DataSourceSpec, {**values, "schema": blocks.write(values["schema"])})


def declared(svc: Service) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]]]:
    """One service's resources (values, schema) and data sources, as the builders make them: what
    `declarations` writes and the constructs target lays out as Python classes."""
    resources = [(b.spec(), b.schema()) for b in (ResourceBuilder(svc, r) for r in svc.resources)]
    return resources, [data_source(svc, name, op) for name, op in svc.data_sources.items()]


def declarations(svc: Service) -> dict[str, Any]:
    """Everything the runtime loads for one service (awsmedia_runtime.provider.spec.load_declarations)."""
    resources, data = declared(svc)
    blocks = BlockWriter([schema for _, schema in resources] + [d["schema"] for d in data])
    resource_entries = [resource_entry(values, schema, blocks) for values, schema in resources]
    data_entries = [data_source_entry(d, blocks) for d in data]
    return {
        "blocks": dict(sorted(blocks.shared.items())),
        "resources": resource_entries,
        "data_sources": data_entries,
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files: dict[str, str] = {}
    for svc in model.services:
        files[f"awsmedia/provider/{svc.module}.json"] = json_text(declarations(svc))
        files[f"awsmedia/provider/{svc.module}.py"] = renderer.render("provider/service.py.j2", service=svc)
    files["awsmedia/provider/__init__.py"] = renderer.render(
        "provider/__init__.py.j2", services=services_table(model)
    )
    return files


def services_table(model: Model) -> dict[str, dict[str, str]]:
    """The generated awsmedia.provider.SERVICES: what the provider block's schema is made from."""
    return {
        svc.name: {
            "module": f"awsmedia.provider.{svc.module}",
            "endpoint": svc.terraform_name,
            "title": svc.title,
        }
        for svc in model.services
    }
