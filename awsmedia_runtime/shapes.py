"""Type specs that generated modules declare, and the generic code that validates input,
turns typed values into boto3 parameters and turns boto3 responses into typed values."""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, get_args

from .naming import snake

Problems = list[tuple[str, str]]
PathT = tuple[str | int, ...]
# What the fast pass needs of a spec: the exact types it may pass through unchecked, and a converter
# that returns the wire value or raises at the first problem.
FastPlan = tuple[frozenset[type], Callable[[Any], Any]]


class _Invalid(Exception):
    """The fast pass met something it will not judge; the full pass then finds and words every problem."""


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

    def collect(self, value: Any, path: PathT, problems: Problems) -> Any:
        """The full pass: convert and record every problem with its path. Specs whose to_wire tries a
        fast pass first override this so that a failing request is not re-tried at every level."""
        return self.to_wire(value, path, problems)

    def fast(self) -> FastPlan:
        return frozenset(), self._check_by_full_pass

    def _check_by_full_pass(self, value: Any) -> Any:
        # Good enough where checks are rare (constrained scalars): no path is built unless a problem is found.
        problems: Problems = []
        out = self.to_wire(value, (), problems)
        if problems:
            raise _Invalid
        return out


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

    def fast(self) -> FastPlan:
        if self.kind == "timestamp":  # to_wire checks only the type of a timestamp
            return frozenset((datetime.datetime,)), self._check_by_full_pass
        constrained = any(c is not None for c in (self.lo, self.hi, self.min_length, self.max_length, self.pattern))
        # Exact types only: bool (a subclass of int) and str subclasses go through the full check.
        return (frozenset() if constrained else frozenset(self.types)), self._check_by_full_pass

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

    def fast(self) -> FastPlan:
        return frozenset(), self._check

    def _check(self, value: Any) -> Any:
        if value in self.allowed:
            return value
        raise _Invalid

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if value not in self.allowed:
            problems.append((render_path(path), f"{value!r} is not one of: {', '.join(self.values)}"))
        return value


class List(Spec):
    __slots__ = ("item", "min_items", "max_items", "from_wire", "_item_fast")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items
        self.from_wire = _list_reader(item.from_wire)
        self._item_fast: FastPlan | None = None  # prepared on first use, once Refs can resolve

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def fast(self) -> FastPlan:
        return frozenset(), self._check

    def _check(self, value: Any) -> list[Any]:
        # Only real lists and tuples: reading any other iterable here could exhaust it before the full pass.
        if type(value) is not list and type(value) is not tuple:
            raise _Invalid
        plain, conv = _item_plan(self, len(value))
        if plain:
            for x in value:
                if type(x) not in plain:
                    break
            else:
                return list(value)
        return [conv(x) for x in value]

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
            problems.append((render_path(path), f"expected a list, got {type(value).__name__}"))
            return value
        items = list(value)
        _check_count(len(items), self.min_items, self.max_items, path, problems)
        conv = self.item.collect
        return [conv(v, path + (i,), problems) for i, v in enumerate(items)]


def _item_plan(spec: List | Map, size: int) -> FastPlan:
    """Fast pass for a list or map: its item count, then the (cached) plan for its items."""
    if (spec.min_items is not None and size < spec.min_items) or (spec.max_items is not None and size > spec.max_items):
        raise _Invalid
    plan = spec._item_fast
    if plan is None:
        plan = spec._item_fast = spec.item.fast()
    return plan


class Map(Spec):
    __slots__ = ("item", "min_items", "max_items", "from_wire", "_item_fast")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items
        self.from_wire = _map_reader(item.from_wire)
        self._item_fast: FastPlan | None = None

    def describe(self) -> str:
        return f"map of {self.item.describe()}"

    def fast(self) -> FastPlan:
        return frozenset(), self._check

    def _check(self, value: Any) -> dict[Any, Any]:
        if type(value) is not dict:  # other mappings are rare; the full pass handles them
            raise _Invalid
        plain, conv = _item_plan(self, len(value))
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise _Invalid
            out[k] = v if type(v) in plain else conv(v)
        return out

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if not isinstance(value, Mapping):
            problems.append((render_path(path), f"expected a mapping, got {type(value).__name__}"))
            return value
        _check_count(len(value), self.min_items, self.max_items, path, problems)
        conv = self.item.collect
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                problems.append((render_path(path), f"map keys must be strings, got {k!r}"))
            out[k] = conv(v, path + (str(k),), problems)
        return out


def _list_reader(conv: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    return None if conv is None else (lambda v: [conv(x) for x in v])


def _map_reader(conv: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    return None if conv is None else (lambda v: {k: conv(x) for k, x in v.items()})


def _resolved_reader(spec: Spec) -> Callable[[Any], Any] | None:
    """spec.from_wire, but reading a referenced structure directly rather than through its Ref."""
    if isinstance(spec, Ref):
        return spec.target.from_wire
    if isinstance(spec, List):
        return _list_reader(_resolved_reader(spec.item))
    if isinstance(spec, Map):
        return _map_reader(_resolved_reader(spec.item))
    return spec.from_wire


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

    __slots__ = ("name", "cls", "fields", "rules", "by_attr", "_reader", "_checker")

    def __init__(self, cls: type, fields: list[Field], rules: list[Rule] | None = None):
        self.name = cls.__name__
        self.cls = cls
        self.fields = tuple(fields)
        self.rules = tuple(rules or ())
        self.by_attr = {f.attr: f for f in self.fields}
        self._reader: Callable[[Mapping[str, Any]], Any] | None = None  # made on first use, like _checker
        self._checker: Callable[[Any], dict[str, Any]] | None = None  # made on first use, when Refs resolve

    def describe(self) -> str:
        return self.name

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        # Valid requests are the common case: convert them without building paths, and only when
        # something looks wrong run the full pass, which alone decides what to report.
        try:
            return self._check(value)
        except Exception:
            return self.collect(value, path, problems)

    def fast(self) -> FastPlan:
        return frozenset(), self._check

    def _check(self, value: Any) -> dict[str, Any]:
        checker = self._checker
        if checker is None:
            checker = self._checker = _compile_checker(self)
        return checker(value)

    def collect(self, value: Any, path: PathT, problems: Problems) -> Any:
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
            out[f.key] = f.spec.collect(v, path + (f.attr,), problems)
        if self.rules:
            for rule in self.rules:
                check_rule(rule, out, path, problems)
        return out

    def from_wire(self, value: Mapping[str, Any]) -> Any:
        reader = self._reader
        if reader is None:
            reader = self._reader = _compile_reader(self)
        return reader(value)


def _compile_checker(struct: Struct) -> Callable[[Any], dict[str, Any]]:
    """Write a structure's fast pass as straight-line code, one block per field, as dataclasses does
    for __init__: a generic loop over fields costs about half as much again, and most fields are None.
    The source holds only generated local names; keys, types and converters come in as globals."""
    n = len(struct.fields)
    env: dict[str, Any] = {
        "Invalid": _Invalid, "cls": struct.cls, "names": struct.by_attr.keys(), "attrs": tuple(struct.by_attr),
        "rules": struct.rules, "broken": rule_broken,
        # attrgetter reads every attribute in one C call; with one name it returns the bare value.
        "read": attrgetter(*struct.by_attr) if n else None,
    }
    targets = "".join(f"v{i}, " for i in range(n)) or "_"
    lines = [
        "def check(value):",
        "    if isinstance(value, cls):",
        f"        {'v0' if n == 1 else targets} = read(value)" if n else "        pass",
        "    elif type(value) is dict and value.keys() <= names:",
        f"        {targets} = map(value.get, attrs)" if n else "        pass",
        "    else:",
        "        raise Invalid",
        "    out = {}",
    ]
    for i, f in enumerate(struct.fields):
        plain, conv = f.spec.fast()
        env[f"k{i}"], env[f"p{i}"], env[f"c{i}"] = f.key, plain, conv
        lines.append(f"    if v{i} is not None:")
        lines.append(f"        out[k{i}] = v{i} if type(v{i}) in p{i} else c{i}(v{i})" if plain else f"        out[k{i}] = c{i}(v{i})")
        if f.required:
            lines.append("    else:\n        raise Invalid")
    if struct.rules:
        lines.append("    for rule in rules:\n        if broken(rule, out):\n            raise Invalid")
    lines.append("    return out")
    exec(compile("\n".join(lines), f"<fast pass of {struct.name}>", "exec"), env)
    return env["check"]  # type: ignore[no-any-return]


def _compile_reader(struct: Struct) -> Callable[[Mapping[str, Any]], Any]:
    """Write a structure's response reader as straight-line code: make the instance without running
    __init__ (whose keyword handling costs more than the reading) and set every slot directly, to the
    converted member or None when the service left it out. Slot names are the dataclass's own field
    names, which are identifiers; keys and converters come in as globals, as in _compile_checker."""
    import dataclasses

    env: dict[str, Any] = {"new": object.__new__, "cls": struct.cls}
    lines = ["def read(value):", "    obj = new(cls)", "    get = value.get"]
    for i, slot in enumerate(f.name for f in dataclasses.fields(struct.cls)):
        assert slot.isidentifier()
        field = struct.by_attr.get(slot)
        conv = _resolved_reader(field.spec) if field else None
        env[f"k{i}"], env[f"r{i}"] = (field.key if field else None), conv
        if conv is None:
            lines.append(f"    obj.{slot} = get(k{i})")
        else:
            lines.append(f"    v = get(k{i})\n    obj.{slot} = None if v is None else r{i}(v)")
    lines.append("    return obj")
    exec(compile("\n".join(lines), f"<reader of {struct.name}>", "exec"), env)
    return env["read"]  # type: ignore[no-any-return]


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
    if rule_broken(rule, wire):
        where = path + tuple(snake(p) for p in rule.require["path"].split("."))
        problems.append((render_path(where), rule.description))


def rule_broken(rule: Rule, wire: Mapping[str, Any]) -> bool:
    """Whether a value (member names as keys) breaks the rule."""
    if not _holds(rule.when, _lookup(wire, rule.when["path"])):
        return False
    value = _lookup(wire, rule.require["path"])
    # A comparison only constrains a value that is given; `present` constrains presence itself.
    if value is None and "present" not in rule.require:
        return False
    return not _holds(rule.require, value)


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

    def collect(self, value: Any, path: PathT, problems: Problems) -> Any:
        return self.target.collect(value, path, problems)

    def fast(self) -> FastPlan:
        return self.target.fast()

    def _read(self, value: Any) -> Any:
        return self.target.from_wire(value)
