"""Type specs that generated modules declare, and the generic code that validates input,
turns typed values into boto3 parameters and turns boto3 responses into typed values."""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from .naming import snake

Problems = list[tuple[str, str]]
PathT = tuple[str | int, ...]


def render_path(path: PathT) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class Spec:
    """Describes one value: how to check it and convert it in each direction."""

    __slots__ = ()
    # from_wire is None when the wire value is already the Python value.
    from_wire: Callable[[Any], Any] | None = None

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "long": (int,),
    "double": (int, float),
    "boolean": (bool,),
    "blob": (bytes, bytearray),
}


class Scalar(Spec):
    __slots__ = ("kind", "types", "lo", "hi", "min_length", "max_length", "pattern", "regex")

    def __init__(self, kind: str, *, min: float | None = None, max: float | None = None, min_length: int | None = None,
                 max_length: int | None = None, pattern: str | None = None):
        self.kind = kind
        self.types = _PY_TYPES.get(kind, ())
        self.lo, self.hi = min, max
        self.min_length, self.max_length = min_length, max_length
        self.pattern = pattern
        self.regex: re.Pattern[str] | None = None  # compiled on first use: importing a module stays cheap

    def describe(self) -> str:
        return self.kind

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        checked: Any = value
        if self.kind == "timestamp":
            if not isinstance(value, datetime.datetime):
                problems.append((render_path(path), f"expected a datetime, got {type(value).__name__}"))
            return value
        if not isinstance(value, self.types) or (isinstance(value, bool) and self.kind != "boolean"):
            problems.append((render_path(path), f"expected {self.kind}, got {type(value).__name__} {value!r}"))
            return value
        if self.lo is not None and checked < self.lo or self.hi is not None and checked > self.hi:
            problems.append((render_path(path), f"{value!r} is out of range; allowed: {_range(self.lo, self.hi)}"))
        if self.min_length is not None or self.max_length is not None:
            size = len(checked)
            if (self.min_length is not None and size < self.min_length) or (self.max_length is not None and size > self.max_length):
                problems.append((render_path(path), f"length {size} is out of range; allowed length: {_range(self.min_length, self.max_length)}"))
        if self.pattern is not None:
            if self.regex is None:
                self.regex = re.compile(self.pattern)
            if not self.regex.fullmatch(checked):
                problems.append((render_path(path), f"{value!r} does not match the pattern {self.pattern}"))
        return value


def _range(lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return f"{lo}..{hi}"
    return f">= {lo}" if lo is not None else f"<= {hi}"


class Enum(Spec):
    __slots__ = ("name", "values", "allowed")

    def __init__(self, name: str, literal: Any):
        self.name = name
        self.values = tuple(get_args(literal))
        self.allowed = frozenset(self.values)

    def describe(self) -> str:
        return self.name

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if value not in self.allowed:
            problems.append((render_path(path), f"{value!r} is not one of: {', '.join(self.values)}"))
        return value


class List(Spec):
    __slots__ = ("item", "min_items", "max_items", "from_wire")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items
        conv = item.from_wire
        self.from_wire = None if conv is None else (lambda v: [conv(x) for x in v])

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
            problems.append((render_path(path), f"expected a list, got {type(value).__name__}"))
            return value
        items = list(value)
        _check_count(len(items), self.min_items, self.max_items, path, problems)
        conv = self.item.to_wire
        return [conv(v, path + (i,), problems) for i, v in enumerate(items)]


class Map(Spec):
    __slots__ = ("item", "min_items", "max_items", "from_wire")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items
        conv = item.from_wire
        self.from_wire = None if conv is None else (lambda v: {k: conv(x) for k, x in v.items()})

    def describe(self) -> str:
        return f"map of {self.item.describe()}"

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if not isinstance(value, Mapping):
            problems.append((render_path(path), f"expected a mapping, got {type(value).__name__}"))
            return value
        _check_count(len(value), self.min_items, self.max_items, path, problems)
        conv = self.item.to_wire
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                problems.append((render_path(path), f"map keys must be strings, got {k!r}"))
            out[k] = conv(v, path + (str(k),), problems)
        return out


def _check_count(size: int, lo: int | None, hi: int | None, path: PathT, problems: Problems) -> None:
    if (lo is not None and size < lo) or (hi is not None and size > hi):
        problems.append((render_path(path), f"{size} items; allowed: {_range(lo, hi)} items"))


@dataclass(frozen=True, slots=True)
class Field:
    attr: str  # Python attribute name
    key: str  # member name boto3 expects
    spec: Spec
    required: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A cross-field rule from the documents: when `when` holds, `require` must hold."""

    description: str
    when: Mapping[str, Any]
    require: Mapping[str, Any]


class Struct(Spec):
    """A structure; `registry` resolves the class lazily so specs can refer to each other in any order."""

    __slots__ = ("name", "cls", "fields", "rules", "by_attr", "_readers")

    def __init__(self, cls: type, fields: list[Field], rules: list[Rule] | None = None):
        self.name = cls.__name__
        self.cls = cls
        self.fields = tuple(fields)
        self.rules = tuple(rules or ())
        self.by_attr = {f.attr: f for f in self.fields}
        self._readers: tuple[dict[str, tuple[str, Callable[[Any], Any] | None]], tuple[str, ...]] | None = None

    def describe(self) -> str:
        return self.name

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if isinstance(value, self.cls):
            get = value.__getattribute__
        elif isinstance(value, Mapping):
            unknown = [k for k in value if k not in self.by_attr]
            for k in unknown:
                problems.append((render_path(path + (k,)), f"unknown attribute; {self.name} has: {', '.join(self.by_attr)}"))
            get = lambda attr: value.get(attr)  # noqa: E731
        else:
            problems.append((render_path(path), f"expected {self.name} (or a mapping of its attributes), got {type(value).__name__}"))
            return None
        out: dict[str, Any] = {}
        for f in self.fields:
            v = get(f.attr)
            if v is None:
                if f.required:
                    problems.append((render_path(path + (f.attr,)), f"required ({f.spec.describe()}) but missing"))
                continue
            out[f.key] = f.spec.to_wire(v, path + (f.attr,), problems)
        if self.rules:
            for rule in self.rules:
                check_rule(rule, out, path, problems)
        return out

    def from_wire(self, value: Mapping[str, Any]) -> Any:
        readers = self._readers
        if readers is None:
            readers = self._readers = self._prepare_readers()
        by_key, mandatory = readers
        # Walk only what the service sent; fields it left out keep their None default.
        kwargs: dict[str, Any] = dict.fromkeys(mandatory)
        for key, v in value.items():
            reader = by_key.get(key)
            if reader is not None and v is not None:
                attr, conv = reader
                kwargs[attr] = v if conv is None else conv(v)
        return self.cls(**kwargs)

    def _prepare_readers(self) -> tuple[dict[str, tuple[str, Callable[[Any], Any] | None]], tuple[str, ...]]:
        import dataclasses

        no_default = tuple(
            f.name for f in dataclasses.fields(self.cls) if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        return {f.key: (f.attr, f.spec.from_wire) for f in self.fields}, no_default


def _lookup(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(data, Mapping):
            return None
        data = data.get(part)
    return data


def _holds(cond: Mapping[str, Any], value: Any) -> bool:
    if "equals" in cond:
        return bool(value == cond["equals"])
    if "not_equals" in cond:
        return bool(value != cond["not_equals"])
    if "in" in cond:
        return bool(value in cond["in"])
    if "present" in cond:
        return (value is not None) is bool(cond["present"])
    if "max_items" in cond:
        return value is None or len(value) <= int(cond["max_items"])
    raise ValueError(f"unknown condition {dict(cond)}")


def check_rule(rule: Rule, wire: Mapping[str, Any], path: PathT, problems: Problems) -> None:
    """Evaluate a rule on a structure's boto3-shaped value (member names as keys)."""
    when_value = _lookup(wire, rule.when["path"])
    if not _holds(rule.when, when_value):
        return
    target = rule.require["path"]
    value = _lookup(wire, target)
    # A comparison only constrains a value that is given; `present` constrains presence itself.
    if value is None and "present" not in rule.require:
        return
    if not _holds(rule.require, value):
        where = path + tuple(snake(p) for p in target.split("."))
        problems.append((render_path(where), rule.description))


@dataclass(slots=True)
class Registry:
    """The structures of one generated module, by class name."""

    structs: dict[str, Struct] = field(default_factory=dict)

    def add(self, struct: Struct) -> Struct:
        self.structs[struct.name] = struct
        return struct


class Ref(Spec):
    """A reference to a structure declared in the same module, resolved on first use."""

    __slots__ = ("registry", "name", "_target", "from_wire")

    def __init__(self, registry: Registry, name: str):
        self.registry = registry
        self.name = name
        self._target: Struct | None = None
        self.from_wire = self._read

    @property
    def target(self) -> Struct:
        if self._target is None:
            self._target = self.registry.structs[self.name]
        return self._target

    def describe(self) -> str:
        return self.name

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        return self.target.to_wire(value, path, problems)

    def _read(self, value: Any) -> Any:
        return self.target.from_wire(value)
