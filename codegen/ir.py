"""The intermediate representation: plain objects every target reads.

All naming and type decisions are made here so that templates only lay text out.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awsmedia_runtime.naming import module_name, python_identifier, snake

PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "boolean": "bool",
    "double": "float",
    "timestamp": "datetime.datetime",
    "blob": "bytes",
}
CONSTRAINT_KEYS = (
    "min",
    "max",
    "min_length",
    "max_length",
    "max_bytes",
    "pattern",
    "min_items",
    "max_items",
    "item_min_length",
    "item_max_length",
    "item_pattern",
    "key_min_length",
    "key_max_length",
    "key_pattern",
)


@dataclass
class TypeRef:
    """A member's type: a primitive, a named shape (structure or enum), a list or a map."""

    kind: str  # "primitive" | "structure" | "enum" | "list" | "map"
    name: str  # primitive name or shape name; "list"/"map" for containers
    item: TypeRef | None = None  # element of a list, value of a map
    shape: Any = None  # the Structure or Enum for named kinds (set when resolved)

    @property
    def python(self) -> str:
        if self.kind == "primitive":
            return PRIMITIVES[self.name]
        if self.kind == "list":
            assert self.item
            return f"list[{self.item.python}]"
        if self.kind == "map":
            assert self.item
            return f"dict[str, {self.item.python}]"
        return str(self.shape.class_name)

    @property
    def model(self) -> str:
        if self.kind == "list":
            assert self.item
            return f"list<{self.item.model}>"
        if self.kind == "map":
            assert self.item
            return f"map<string, {self.item.model}>"
        return self.name

    def walk(self) -> list[TypeRef]:
        """This type and every type nested in it, outermost first."""
        return [self] + (self.item.walk() if self.item else [])

    @property
    def leaf(self) -> TypeRef:
        return self.item.leaf if self.item else self


_TYPE_EXPR = re.compile(r"^\s*(list|map)\s*<\s*(.+)\s*>\s*$")


def parse_type(expr: str) -> TypeRef:
    """Parse 'string', 'Flow', 'list<Output>' or 'map<string, string>'; raise ValueError when malformed."""
    m = _TYPE_EXPR.match(expr)
    if m:
        container, inner = m.groups()
        if container == "list":
            return TypeRef("list", "list", parse_type(inner))
        key, sep, value = inner.partition(",")
        if not sep:
            raise ValueError(f"map type '{expr}' needs a key and a value type: map<string, T>")
        if key.strip() != "string":
            raise ValueError(f"map keys must be 'string', got '{key.strip()}' in '{expr}'")
        return TypeRef("map", "map", parse_type(value))
    name = expr.strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
        raise ValueError(
            f"'{expr}' is not a type: use a primitive ({', '.join(PRIMITIVES)}), a shape name, list<T> or map<string, T>"
        )
    return TypeRef("primitive" if name in PRIMITIVES else "structure", name)


@dataclass
class Member:
    name: str  # model (botocore) name
    type: TypeRef
    description: str
    required: bool = False
    location: str = "body"
    wire_name: str = ""
    sensitive: bool = False
    default: Any = None
    constraints: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    generated: Any = None  # value the service fills in itself (template string or literal)
    # Where the service returns this request member, inside its structure's response_shape: the
    # model's `response_path` (Transport.Protocol for a flat Protocol), else the member's own name.
    response_path: tuple[str, ...] = ()

    @property
    def python_name(self) -> str:
        return python_identifier(self.name)

    @property
    def snake_name(self) -> str:
        return snake(self.name)


@dataclass
class Rule:
    description: str
    when: dict[str, Any]
    require: dict[str, Any]


@dataclass
class Structure:
    name: str
    description: str
    members: list[Member]
    rules: list[Rule] = field(default_factory=list)
    used_in_input: bool = False
    used_in_output: bool = False
    response_shape: Structure | None = None  # what the service answers for what this request describes

    @property
    def class_name(self) -> str:
        return self.name

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)

    def member_at(self, path: tuple[str, ...]) -> Member | None:
        """The member a path of member names leads to through nested structures, or None."""
        current: Structure | None = self
        found = None
        for step in path:
            found = current.member(step) if current else None
            if found is None:
                return None
            current = found.type.shape if found.type.kind == "structure" else None
        return found

    def all_member_names(self, seen: frozenset[str] = frozenset()) -> set[str]:
        """Names of the members of this structure and of the structures nested in it."""
        names = {m.name for m in self.members}
        for m in self.members:
            inner = m.type.leaf
            if inner.kind == "structure" and inner.shape.name not in seen:
                names |= inner.shape.all_member_names(seen | {self.name})
        return names

    def field_required(self, member: Member) -> bool:
        """A dataclass field is mandatory for the members botocore marks required, in requests and
        responses alike: `mypy --strict` users need no None check for what is always there."""
        return member.required


@dataclass
class Enum:
    name: str
    description: str
    values: list[str]

    @property
    def class_name(self) -> str:
        return self.name


@dataclass
class Pagination:
    input_token: str
    output_token: str
    limit_key: str
    items: str
    items_member: Member | None = None
    default_page_size: int | None = None


@dataclass
class Operation:
    name: str
    description: str
    http_method: str
    http_uri: str
    http_status: int
    input: Structure | None
    output: Structure | None
    errors: list[ErrorShape]
    paginate: Pagination | None = None
    note: str | None = None

    @property
    def python_name(self) -> str:
        return snake(self.name)

    @property
    def iterator_name(self) -> str:
        return (
            "iter_" + snake(self.name)[len("list_") :]
            if self.name.startswith("List")
            else "iter_" + snake(self.name)
        )

    @property
    def params(self) -> list[Member]:
        """Input members in signature order: required first, then optional, each in model order."""
        members = self.input.members if self.input else []
        return [m for m in members if m.required] + [m for m in members if not m.required]


@dataclass
class ErrorShape:
    name: str
    status: int
    category: str
    description: str

    @property
    def class_name(self) -> str:
        return self.name

    @property
    def base_class(self) -> str:
        return {
            "bad_request": "BadRequestError",
            "forbidden": "ForbiddenError",
            "not_found": "NotFoundError",
            "conflict": "ConflictError",
            "too_many_requests": "TooManyRequestsError",
            "quota_exceeded": "QuotaExceededError",
            "internal": "InternalServerError",
            "unavailable": "ServiceUnavailableError",
        }[self.category]


@dataclass
class Waiter:
    name: str
    description: str
    operation: Operation
    path: list[str]
    success: list[str]
    retry: list[str]
    failure: list[str]
    success_on_error: str | None
    delay: float
    max_attempts: int

    @property
    def python_name(self) -> str:
        return "wait_until_" + snake(self.name)

    @property
    def timeout(self) -> float:
        return float(self.delay * self.max_attempts)


@dataclass
class Parent:
    resource: str
    member: str  # input member naming the parent; also the child's member holding it when not embedded
    collection: str | None = None  # list member of the parent's shape that embeds the children
    key: str | None = None  # with a collection: the member that tells a new child from its siblings
    max: int | None = None
    max_error: str | None = None
    blocks_delete: bool = False  # the parent cannot be deleted while one of these exists
    # With a collection: the parent's create-input rules on how many children the collection holds.
    rules: builtins.list[Rule] = field(default_factory=builtins.list)
    primary: str | None = None  # with a collection: the parent's own item of it (a flow's Source)


@dataclass
class Recovery:
    """How a create whose answer was lost is found again: `operation`, called with the create request's
    members (and `filters`: input member -> request member, where their names differ), holds at `items`
    one item or a list of them; those whose `match` members equal the request's are what it may have made."""

    operation: Operation
    items: tuple[str, ...]
    match: builtins.list[str]
    filters: dict[str, str] = field(default_factory=dict)


@dataclass
class DataLookup:
    """A data source's other way to name what it reads: list with `by`, expect one item, read its
    `identifier` (the read operation's required member)."""

    operation: Operation
    by: builtins.list[str]
    identifier: str


@dataclass
class StateAction:
    source: list[str]
    through: str
    target: str


@dataclass
class Switch:
    """A boolean the user sets to say whether the resource runs; `on`/`off` are state actions."""

    name: str
    on: str
    off: str


@dataclass
class States:
    member: str
    delete_when: list[str] = field(default_factory=list)
    deleting: str | None = None
    actions: dict[str, StateAction] = field(default_factory=dict)
    switch: Switch | None = None


@dataclass
class BatchRead:
    """An operation reading many resources at once, and the members it uses."""

    operation: Operation
    ids: str  # input list of identifiers
    items: str  # output list of the resources found
    errors: str  # output list of failures, one per identifier not found
    error_id: str  # member of a failure naming the identifier
    error_message: str  # member of a failure saying what went wrong


@dataclass
class Resource:
    """A resource and the operations that manage it (provider and local backend)."""

    name: str
    description: str
    shape: Structure
    identifier: str
    create: Operation
    read: Operation
    delete: Operation
    # Where the read and create responses hold the resource (a list holding it, for embedded
    # children), and the structure the read answers it with: `shape`, or the output itself when flat.
    read_result: tuple[str, ...]
    create_result: tuple[str, ...]
    read_shape: Structure
    update: list[Operation] = field(default_factory=list)
    list: Operation | None = None  # shadows the builtin below: use builtins.list there
    batch_read: BatchRead | None = None
    arn: str | None = None
    tags: str | None = None
    parent: Parent | None = None
    list_filters: dict[str, str] = field(default_factory=dict)
    cascade: builtins.list[tuple[str, str]] = field(default_factory=builtins.list)  # (resource, member)
    states: States | None = None
    create_only: builtins.list[str] = field(default_factory=builtins.list)
    computed: builtins.list[str] = field(default_factory=builtins.list)
    # Members an update clears when sent their empty value.
    clearable: builtins.list[str] = field(default_factory=builtins.list)
    # Members only the service sets whose value an update may change.
    recomputed: builtins.list[str] = field(default_factory=builtins.list)
    sensitive: builtins.list[str] = field(default_factory=builtins.list)
    update_members: dict[str, Operation] = field(
        default_factory=dict
    )  # create-input member -> operation updating it alone
    replace_existing: bool = False
    schema_version: int = 0
    recovery: Recovery | None = None  # None only where the create is unknown (already reported)

    @property
    def arn_member(self) -> str:
        return self.arn or self.identifier


@dataclass
class Release:
    """One point in a service's history (oldest first). `model` is the file holding the complete model
    of that point; None for the point the service's own file describes (the current one)."""

    label: str
    summary: str
    date: str | None = None
    model: Path | None = None


@dataclass
class Tagging:
    tag: Operation
    untag: Operation
    list: Operation
    arn_member: str  # input member of all three naming the resource by its ARN
    tags_member: str  # tag input member holding the tags to add
    keys_member: str  # untag input member listing the keys to remove
    list_member: str  # list output member holding the tags


@dataclass
class Service:
    name: str  # boto3 client name
    class_prefix: str
    title: str
    api_version: str
    description: str
    file: str
    operations: list[Operation]
    structures: list[Structure]
    enums: list[Enum]
    errors: list[ErrorShape]
    waiters: list[Waiter]
    resources: list[Resource]
    history: list[Release]
    tagging: Tagging | None = None
    data_sources: dict[str, Operation] = field(default_factory=dict)  # Terraform name suffix -> operation
    data_lookups: dict[str, DataLookup] = field(
        default_factory=dict
    )  # the same names -> another way to find it

    def resource(self, name: str) -> Resource:
        return next(r for r in self.resources if r.name == name)

    @property
    def terraform_name(self) -> str:
        """The service in Terraform names (types, the provider's endpoint setting): "mediapackage-vod" -> "mediapackagevod"."""
        return self.name.replace("-", "")

    @property
    def terraform_prefix(self) -> str:
        """Prefix of the service's Terraform types: "mediapackage-vod" -> "awsmedia_mediapackagevod"."""
        return "awsmedia_" + self.terraform_name

    @property
    def module(self) -> str:
        """Python module name: "mediapackage-vod" -> "mediapackage_vod"."""
        return module_name(self.name)

    @property
    def client_class(self) -> str:
        return self.class_prefix + "Client"

    def structure(self, name: str) -> Structure:
        return next(s for s in self.structures if s.name == name)


@dataclass
class Model:
    services: list[Service]
