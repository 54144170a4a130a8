"""Declarations the generated provider modules are made of: attributes, nested blocks, resources.

They are plain data. Turning them into protocol messages (`schema_pb`) and values happens in
the other modules of this package, once for every resource.

A type is written as a small tuple tree so that generated code stays readable:
"string" | "number" | "integer" | "bool" | "timestamp" | ("list", T) | ("map", T) |
("object", ((terraform_name, api_member, T), ...)).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Union

TypeSpec = Union[str, tuple[Any, ...]]
# How each scalar appears to Terraform (cty): integers and doubles are both numbers.
_CTY_SCALAR = {"string": "string", "number": "number", "integer": "number", "bool": "bool", "timestamp": "string"}


def cty(t: TypeSpec) -> Any:
    """The cty type of a TypeSpec, as the JSON value Terraform expects in a schema."""
    if isinstance(t, str):
        return _CTY_SCALAR[t]
    kind = t[0]
    if kind in ("list", "map"):
        return [kind, cty(t[1])]
    return ["object", {name: cty(sub) for name, _member, sub in t[1]}]


def cty_json(t: TypeSpec) -> bytes:
    return json.dumps(cty(t), separators=(",", ":")).encode()


@dataclass(slots=True)
class Attr:
    """One Terraform attribute and the API member it stands for."""

    name: str
    type: TypeSpec
    member: str | None = None  # API member name; None for provider-made attributes (id, a switch)
    description: str = ""
    required: bool = False
    optional: bool = False
    computed: bool = False
    sensitive: bool = False
    replace: bool = False  # a change forces a new resource
    default: Any = None  # value planned when the user leaves an optional+computed attribute out
    enum: tuple[str, ...] = ()
    constraints: dict[str, Any] = field(default_factory=dict)
    read_back: bool = True  # the read operation returns it; otherwise state keeps what was planned


@dataclass(slots=True)
class Rule:
    """A cross-field rule from the documents, on API member paths relative to its block."""

    description: str
    when: dict[str, Any]
    require: dict[str, Any]


@dataclass(slots=True)
class Block:
    """A nested block ("single" or "list"), or the root of a schema (name "")."""

    name: str
    member: str | None
    nesting: str = "single"
    attrs: list[Attr] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    description: str = ""
    min_items: int = 0
    max_items: int = 0
    replace: bool = False  # any change inside forces a new resource
    rules: list[Rule] = field(default_factory=list)
    read_back: bool = True

    def attr(self, name: str) -> Attr | None:
        return next((a for a in self.attrs if a.name == name), None)

    def block(self, name: str) -> Block | None:
        return next((b for b in self.blocks if b.name == name), None)

    def object_type(self) -> TypeSpec:
        """The same content as one object value (for data sources and state upgrades)."""
        fields = [(a.name, a.member, a.type) for a in self.attrs]
        for b in self.blocks:
            inner = b.object_type()
            fields.append((b.name, b.member, ("list", inner) if b.nesting == "list" else inner))
        return ("object", tuple(fields))


@dataclass(slots=True)
class StateSpec:
    """A resource that is started and stopped, with a user-facing on/off attribute."""

    member: str  # API member holding the state
    switch: str | None  # Terraform attribute name of the on/off switch
    on: tuple[str, str, tuple[str, ...]] | None  # (operation, target state, states passed through)
    off: tuple[str, str, tuple[str, ...]] | None
    delete_when: tuple[str, ...] = ()
    # (operation, target, allowed-from, states passed through)
    stop_before_delete: tuple[str, str, tuple[str, ...], tuple[str, ...]] | None = None


@dataclass(slots=True)
class TaggingSpec:
    tag: str
    untag: str
    arn_param: str  # input member naming the resource in both operations
    tags_param: str
    keys_param: str
    arn_member: str  # member of the resource holding its ARN
    tags_attr: str  # Terraform attribute holding the tags


@dataclass(slots=True)
class ReplaceExisting:
    """Before create, delete the parent's existing resources of this kind (a parent holds at most `max`)."""

    list: str
    items: str  # output member of `list` holding the items
    filter: str  # input member of `list` naming the parent
    delete: str


@dataclass(slots=True)
class ResourceSpec:
    type_name: str
    service: str  # boto3 client name
    description: str
    schema: Block
    version: int
    identifier: str  # API member naming the resource in requests
    import_parts: tuple[str, ...]  # API members the import id is made of, joined with ","
    create: str
    create_result: tuple[str, ...]  # path to the created item in the create response
    read: str
    read_result: tuple[str, ...]  # path to the item (or the list holding it) in the read response
    delete: str
    updates: tuple[tuple[str, str | None], ...] = ()  # (operation, member it updates alone, or None)
    collection: str | None = None  # create-input and read-result list member that embeds this resource
    states: StateSpec | None = None
    tagging: TaggingSpec | None = None
    replace_existing: ReplaceExisting | None = None
    not_found: tuple[str, ...] = ()  # error codes meaning "it is gone"
    actions_elsewhere: tuple[str, ...] = ()  # documented: operations left to the typed client


@dataclass(slots=True)
class DataSourceSpec:
    type_name: str
    service: str
    description: str
    schema: Block
    operation: str
    result: tuple[str, ...] = ()  # path flattened into the attributes ("Flow" for DescribeFlow)
    paginate: tuple[str, str, str] | None = None  # (input token, output token, items member)
    not_found: tuple[str, ...] = ()
