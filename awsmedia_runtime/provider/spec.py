"""Declarations the generated provider modules are made of: attributes, nested blocks, resources.

They are plain data: the generator writes them as one JSON file per service
(generated/awsmedia/provider/<module>.json), and `load_declarations` turns that file back into
these dataclasses when the provider first needs them. Turning them into protocol messages
(`schema_pb`) and values happens in the other modules of this package, once for every resource.

A type is a small tuple tree (a JSON array in the file):
"string" | "number" | "integer" | "bool" | "timestamp" | ("list", T) | ("map", T) |
("object", ((terraform_name, api_member, T), ...)).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

from ..shapes import Rule

TypeSpec = Union[str, tuple[Any, ...]]
# How each scalar appears to Terraform (cty): integers and doubles are both numbers.
_CTY_SCALAR = {
    "string": "string",
    "number": "number",
    "integer": "number",
    "bool": "bool",
    "timestamp": "string",
}


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
    # The value an update sends to clear it when it is removed from the configuration ("" or []);
    # the read returns it once cleared.
    clear: Any = None
    recomputed: bool = False  # only the service sets it, and an update may change it: unknown until applied
    # Where the read returns it (member names from the block's read value); () when the read does
    # not return it and state keeps what was planned.
    read_path: tuple[str, ...] = ()


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
    shape: str | None = None  # the structure (shared tables) whose members the attributes stand for
    read_path: tuple[str, ...] = ()  # as Attr.read_path

    def attr(self, name: str) -> Attr | None:
        return next((a for a in self.attrs if a.name == name), None)

    def block(self, name: str) -> Block | None:
        return next((b for b in self.blocks if b.name == name), None)


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
    # When the read does not return the tags: the operation that lists them, its output member, and
    # the member the read's item gets them under.
    list: str | None = None
    list_member: str | None = None
    tags_member: str | None = None


@dataclass(slots=True)
class ReplaceExisting:
    """Before create, delete the parent's existing resources of this kind (a parent holds at most `max`)."""

    list: str  # a paginated operation (its items and tokens are in the shared tables)
    filter: str  # input member of `list` naming the parent
    delete: str


@dataclass(slots=True)
class Recovery:
    """How a create whose answer was lost is found again: `operation`, called with the create request's
    members (and `filters`: input member -> request member), holds at `items` one item or a list; those
    whose `match` members equal the request's are what the create may have made."""

    operation: str
    items: tuple[str, ...]
    match: tuple[str, ...]
    filters: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ParentCheck:
    """The parent's rules on how many items its collection may hold (a flow's sources): checked when
    this resource is planned for creation, against the parent as planned in the same run or as the
    service has it now."""

    type_name: str  # Terraform type of the parent
    member: str  # API member naming the parent in this resource
    result: tuple[str, ...]  # path to the parent item in the read response
    rules: list[Rule]
    primary: str | None = None  # the parent's member holding its own item of the collection


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
    child_key: str | None = None  # with a collection: the member telling a new item from its siblings
    states: StateSpec | None = None
    tagging: TaggingSpec | None = None
    replace_existing: ReplaceExisting | None = None
    parent_check: ParentCheck | None = None
    recovery: Recovery | None = None


@dataclass(slots=True)
class Lookup:
    """A data source's other way to name what it reads: `operation` (a list) called with the `by`
    members lists one item, whose `identifier` the read then takes."""

    operation: str
    by: list[str]
    identifier: str


@dataclass(slots=True)
class DataSourceSpec:
    type_name: str
    service: str
    description: str
    schema: Block
    operation: str
    result: tuple[str, ...] = ()  # path flattened into the attributes ("Flow" for DescribeFlow)
    lookup: Lookup | None = None


# -- loading the generated JSON ---------------------------------------------------------------------------

SHARED_BLOCK = "$block"  # {"$block": name}: the block stored once under `name` in the file's "blocks"


class DeclarationError(ValueError):
    """A declarations file that cannot be loaded; the message names the file and the key."""


class Declarations(NamedTuple):
    resources: list[ResourceSpec]
    data_sources: list[DataSourceSpec]


def load_declarations(module_file: str) -> Declarations:
    """The declarations of one generated provider module, read from the JSON file beside it
    (awsmedia/provider/ivs.py -> ivs.json)."""
    path = Path(module_file).with_suffix(".json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DeclarationError(f"{path}: cannot read the provider declarations: {exc.strerror}") from None
    except ValueError as exc:
        raise DeclarationError(f"{path}: not valid JSON: {exc}") from None
    return declarations_from_data(data, path)


def declarations_from_data(data: Any, where: Path) -> Declarations:
    """The declarations in a file's JSON value; `where` names the source in errors."""
    return _Loader(where).declarations(data)


# A converter turns the JSON value of one field into the field's type: (loader, value, key path) -> value.
_Convert = Callable[["_Loader", Any, str], Any]


class _Loader:
    """JSON -> dataclasses, driven by the dataclass fields: arrays become tuples where a field is a
    tuple (or a TypeSpec), lists where it is a list; a left-out field takes its default."""

    def __init__(self, path: Path):
        self.path = path
        self.shared_json: dict[str, Any] = {}
        self.shared: dict[str, Block] = {}
        self.resolving: set[str] = set()

    def fail(self, key: str, problem: str) -> DeclarationError:
        return DeclarationError(f"{self.path}: {key}: {problem}")

    def declarations(self, data: Any) -> Declarations:
        keys = {"blocks", "resources", "data_sources"}
        if not isinstance(data, dict) or set(data) != keys:
            found = sorted(data) if isinstance(data, dict) else type(data).__name__
            raise self.fail("(top level)", f"expected an object with keys {sorted(keys)}, found {found}")
        self.shared_json = _expect(self, data["blocks"], dict, "blocks")
        return Declarations(
            _convert(list[ResourceSpec])(self, data["resources"], "resources"),
            _convert(list[DataSourceSpec])(self, data["data_sources"], "data_sources"),
        )

    def build(self, cls: type, value: Any, key: str) -> Any:
        fields = _fields(cls)
        _expect(self, value, dict, key)
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise self.fail(
                f"{key}.{unknown[0]}", f"unknown key for {cls.__name__} (known: {', '.join(fields)})"
            )
        missing = [name for name, (_, required) in fields.items() if required and name not in value]
        if missing:
            raise self.fail(f"{key}.{missing[0]}", f"missing (required for {cls.__name__})")
        return cls(**{name: fields[name][0](self, v, f"{key}.{name}") for name, v in value.items()})

    def block(self, value: Any, key: str) -> Block:
        if not (isinstance(value, dict) and SHARED_BLOCK in value):
            result: Block = self.build(Block, value, key)
            return result
        name = value[SHARED_BLOCK]
        if len(value) != 1 or not isinstance(name, str):
            raise self.fail(
                key,
                f'a shared block reference is {{"{SHARED_BLOCK}": name}} alone, found {json.dumps(value)}',
            )
        if name not in self.shared:
            if name not in self.shared_json:
                raise self.fail(key, f'refers to shared block {name!r}, which is not in "blocks"')
            if name in self.resolving:
                raise self.fail(f"blocks.{name}", "contains itself")
            self.resolving.add(name)
            self.shared[name] = self.build(Block, self.shared_json[name], f"blocks.{name}")
            self.resolving.discard(name)
        return self.shared[name]


def _expect(loader: _Loader, value: Any, kind: type, key: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {
            dict: "an object",
            list: "an array",
            str: "a string",
            int: "an integer",
            bool: "true or false",
        }
        raise loader.fail(key, f"expected {names.get(kind, kind.__name__)}, found {json.dumps(value)[:60]}")
    return value


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


@functools.cache
def _fields(cls: type) -> dict[str, tuple[_Convert, bool]]:
    """Field name -> (converter, required), in declaration order."""
    hints = get_type_hints(cls)
    return {
        f.name: (
            _convert(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    }


def _convert(hint: Any) -> _Convert:
    origin, args = get_origin(hint), get_args(hint)
    if hint is Block:
        return lambda loader, v, key: loader.block(v, key)
    if hint is Rule:
        return lambda loader, v, key: Rule.from_json(_expect(loader, v, dict, key))
    if dataclasses.is_dataclass(hint):
        return lambda loader, v, key: loader.build(hint, v, key)  # type: ignore[arg-type]
    if origin in (Union, types.UnionType) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        convert = _convert(inner)
        return lambda loader, v, key: None if v is None else convert(loader, v, key)
    if origin is tuple:
        return lambda loader, v, key: _tuples(_expect(loader, v, list, key))
    if hint == TypeSpec:
        return lambda loader, v, key: v if isinstance(v, str) else _tuples(_expect(loader, v, list, key))
    if origin is list:
        item = _convert(args[0])
        return lambda loader, v, key: [
            item(loader, x, f"{key}[{i}]") for i, x in enumerate(_expect(loader, v, list, key))
        ]
    if origin is dict:
        return lambda loader, v, key: _expect(loader, v, dict, key)
    if hint in (str, int, bool):
        return lambda loader, v, key: _expect(loader, v, hint, key)
    if hint is Any:  # a default value, as the model gives it
        return lambda loader, v, key: v
    raise TypeError(
        f"load_declarations cannot read a field of type {hint}"
    )  # a new field type: teach _convert
