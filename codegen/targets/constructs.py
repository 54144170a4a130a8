"""CDK-for-Terraform constructs target: one module of typed construct classes per service, under
awsmedia/constructs/.

The classes are laid out from the provider target's own declarations (`provider.declared`, the
values its JSON is written from; the provider block from `provider_schema`), never from a second
reading of the model: the same attribute names, nesting, required / optional / computed and
sensitive flags. The IR adds only what Python typing needs: each configurable member's type, for
Literal enums. Everything a construct does (validation, synthesis, tokens) is in the hand-written
awsmedia_runtime.constructs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from awsmedia_runtime.naming import snake
from awsmedia_runtime import shapes
from awsmedia_runtime.provider.aws import SETTINGS, provider_schema
from awsmedia_runtime.facts import describe
from awsmedia_runtime.provider.spec import Attr, Block

from ..ir import Member, Model, Service, TypeRef
from ..render import Renderer
from . import provider
from .clients import runtime_tables

PROVIDER_CLASS = "AwsmediaProvider"
ENDPOINTS_CLASS = "AwsmediaProviderEndpoints"
# A member's value as a construct argument. Numbers are float: an int is one to mypy, and cdktf's
# number tokens are floats.
_SCALARS = {
    "string": "str",
    "integer": "float",
    "long": "float",
    "double": "float",
    "boolean": "bool | IResolvable",
    "timestamp": "str",
    "blob": "str",
}
# Terraform attribute type -> (cdktf getter of its token, what the getter returns). Anything else
# (objects, lists of objects) is read whole with interpolation_for_attribute.
_GETTERS: dict[str, tuple[str, str]] = {
    json.dumps("string"): ("get_string_attribute", "str"),
    json.dumps("timestamp"): ("get_string_attribute", "str"),
    json.dumps("integer"): ("get_number_attribute", "float"),
    json.dumps("number"): ("get_number_attribute", "float"),
    json.dumps("bool"): ("get_boolean_attribute", "IResolvable"),
    json.dumps(["list", "string"]): ("get_list_attribute", "list[str]"),
    json.dumps(["list", "integer"]): ("get_number_list_attribute", "list[int | float]"),
    json.dumps(["list", "number"]): ("get_number_list_attribute", "list[int | float]"),
    json.dumps(["map", "string"]): ("get_string_map_attribute", "Mapping[str, str]"),
    json.dumps(["map", "integer"]): ("get_number_map_attribute", "Mapping[str, int | float]"),
    json.dumps(["map", "number"]): ("get_number_map_attribute", "Mapping[str, int | float]"),
    json.dumps(["map", "bool"]): ("get_boolean_map_attribute", "Mapping[str, bool]"),
}
_WHOLE = ("interpolation_for_attribute", "IResolvable")


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_"))


def value_type(ref: TypeRef) -> str:
    """A configurable member's Python type."""
    if ref.kind == "enum":
        return "Literal[" + ", ".join(json.dumps(v) for v in ref.shape.values) + "]"
    if ref.kind == "primitive":
        return _SCALARS[ref.name]
    assert ref.item is not None  # a structure is a block, never an attribute
    if ref.kind == "list":
        return f"Sequence[{value_type(ref.item)}]"
    return f"Mapping[str, {value_type(ref.item)}]"


def tf_value_type(t: Any) -> str:
    """The Python type of an attribute no member stands for (the id, a running switch)."""
    return {"string": "str", "bool": "bool | IResolvable", "integer": "float", "number": "float"}[t]


@dataclass
class Field:
    """One argument of a construct or one key of a block's configuration."""

    name: str
    annotation: str
    required: bool
    doc: str
    block: str = ""  # the BlockClass of a nested block's configuration


@dataclass
class Prop:
    """A token property: the getter it reads with (or the block reference class it returns)."""

    name: str
    returns: str
    getter: str = ""  # cdktf method; "" for a block
    ref: str = ""  # the reference class of a block
    list_block: bool = False
    doc: str = ""


@dataclass
class BlockClass:
    """A nested block: its configuration (a TypedDict) and its reference (token properties)."""

    name: str
    ref: str
    doc: str
    fields: list[Field]
    props: list[Prop]


@dataclass
class ConstructClass:
    name: str
    type_name: str
    kind: str  # resource | data_source
    doc: str
    fields: list[Field]
    props: list[Prop]


@dataclass
class ModuleView:
    service: Service
    classes: list[ConstructClass] = field(default_factory=list)
    blocks: list[BlockClass] = field(default_factory=list)


def attr_doc(a: dict[str, Any], member: shapes.Member | None) -> str:
    """An attribute's docstring: the provider's own description of it (awsmedia_runtime.facts)."""
    return describe(Attr(**a), member)


class ModuleBuilder:
    """The classes of one service's module; blocks the provider shares (the same content in two
    places) become one class."""

    def __init__(self, svc: Service, taken: set[str]):
        self.svc = svc
        self.tables = runtime_tables(svc)
        self.view = ModuleView(svc)
        self.taken = taken  # class names in use across every module (they are all re-exported)
        self.by_content: dict[str, BlockClass] = {}

    def member(self, block: dict[str, Any], a: dict[str, Any]) -> Member | None:
        """The IR member a configurable attribute stands for, in the structure its block names. The
        parent's identifier of an embedded resource (a flow output's flow_arn) stands outside the
        item's structure: a plain string, so None."""
        if not a.get("member") or not block.get("shape"):
            return None
        return self.svc.structure(block["shape"]).member(a["member"])

    def fields(self, block: dict[str, Any], owner: str) -> list[Field]:
        out = []
        for a in block["attrs"]:
            if not (a.get("required") or a.get("optional")):
                continue
            m = self.member(block, a)
            annotation = value_type(m.type) if m else tf_value_type(a["type"])
            held = self.tables.structure(block["shape"]).members[m.name] if m else None
            out.append(Field(a["name"], annotation, bool(a.get("required")), attr_doc(a, held)))
        for b in block["blocks"]:
            cls = self.block_class(b, owner)
            annotation = f"Sequence[{cls.name}] | IResolvable" if b["nesting"] == "list" else cls.name
            facts = []
            if b["nesting"] == "list" and b["max_items"]:
                facts.append(f"{b['min_items']} to {b['max_items']} items")
            elif b["nesting"] == "list" and b["min_items"]:
                facts.append(f"at least {b['min_items']}")
            if b.get("replace"):
                facts.append("changing it replaces the resource")
            doc = b["description"].rstrip(".") + "." + (f" ({'; '.join(facts)})" if facts else "")
            out.append(Field(b["name"], annotation, b["min_items"] > 0, doc, block=cls.name))
        return out

    def props(self, block: dict[str, Any], owner: str) -> list[Prop]:
        out = []
        for a in block["attrs"]:
            getter, returns = _GETTERS.get(json.dumps(a["type"]), _WHOLE)
            doc = a["description"].rstrip(".") + "." + (" Sensitive." if a.get("sensitive") else "")
            out.append(Prop(a["name"], returns, getter=getter, doc=doc))
        for b in block["blocks"]:
            cls = self.block_class(b, owner)
            listed = b["nesting"] == "list"
            returns = f"BlockList[{cls.ref}]" if listed else cls.ref
            doc = b["description"].rstrip(".") + "." + (" Items by index: .get(i)." if listed else "")
            out.append(Prop(b["name"], returns, ref=cls.ref, list_block=listed, doc=doc))
        return out

    def block_class(self, b: dict[str, Any], owner: str) -> BlockClass:
        key = json.dumps(b, sort_keys=True)
        if key in self.by_content:
            return self.by_content[key]
        base = stem = owner + pascal(b["name"])
        for i in range(2, len(self.taken) + 3):  # a different block of the same name gets a number
            if stem + "Block" not in self.taken:
                break
            stem = f"{base}{i}"
        name = stem + "Block"
        self.taken.add(name)
        cls = BlockClass(name, name + "Ref", b["description"], [], [])
        self.by_content[key] = cls
        cls.fields = self.fields(b, stem)
        cls.props = self.props(b, stem)
        self.view.blocks.append(cls)
        return cls

    def construct(self, name: str, type_name: str, kind: str, doc: str, schema: dict[str, Any]) -> None:
        self.view.classes.append(
            ConstructClass(name, type_name, kind, doc, self.fields(schema, name), self.props(schema, name))
        )


def resource_class(type_name: str) -> str:
    return pascal(type_name.removeprefix("awsmedia_"))


def data_source_class(type_name: str) -> str:
    return "Data" + pascal(type_name)


def module_view(svc: Service, taken: set[str]) -> ModuleView:
    builder = ModuleBuilder(svc, taken)
    resources, data = provider.declared(svc)
    for values, schema in resources:
        name = resource_class(values["type_name"])
        builder.construct(name, values["type_name"], "resource", values["description"], schema)
    for d in data:
        name = data_source_class(d["type_name"])
        builder.construct(name, d["type_name"], "data_source", d["description"], d["schema"])
    return builder.view


def provider_view(model: Model) -> ConstructClass:
    """The provider block, from the schema the provider serves (awsmedia_runtime.provider.aws)."""
    schema: Block = provider_schema(provider.services_table(model))
    endpoints = schema.blocks[0]
    fields = []
    for a in schema.attrs:
        checked = SETTINGS.members[a.member].type if a.member else None
        annotation = (
            "Literal[" + ", ".join(json.dumps(v) for v in checked.values) + "]"
            if isinstance(checked, shapes.Enum)
            else tf_value_type(a.type)
        )
        fields.append(
            Field(a.name, annotation, a.required, a.description + (" Sensitive." if a.sensitive else ""))
        )
    fields.append(Field(endpoints.name, ENDPOINTS_CLASS, False, endpoints.description, block=ENDPOINTS_CLASS))
    return ConstructClass(PROVIDER_CLASS, "awsmedia", "provider", schema.description, fields, [])


@dataclass
class Views:
    """What the constructs are laid out from, for this target and the docs' construct reference."""

    modules: list[ModuleView]
    provider: ConstructClass
    endpoints: BlockClass  # the provider's endpoints block


def views(model: Model) -> Views:
    taken = {PROVIDER_CLASS, ENDPOINTS_CLASS}
    for svc in model.services:  # construct names first: a block never takes a resource's name
        resources, data = provider.declared(svc)
        taken |= {resource_class(v["type_name"]) for v, _ in resources}
        taken |= {data_source_class(d["type_name"]) for d in data}
    endpoints = provider_schema(provider.services_table(model)).blocks[0]
    fields = [Field(a.name, "str", False, a.description) for a in endpoints.attrs]
    return Views(
        [module_view(svc, taken) for svc in model.services],
        provider_view(model),
        BlockClass(ENDPOINTS_CLASS, "", endpoints.description, fields, []),
    )


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    found = views(model)
    files = {
        f"awsmedia/constructs/{view.service.module}.py": renderer.render(
            "constructs/service.py.j2", view=view
        )
        for view in found.modules
    }
    files["awsmedia/constructs/__init__.py"] = renderer.render(
        "constructs/__init__.py.j2",
        views=found.modules,
        modules={c.name: v.service.module for v in found.modules for c in v.classes},  # loaded on first use
        provider=found.provider,
        endpoints=found.endpoints,
    )
    return files
