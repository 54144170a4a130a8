"""Type specs that generated modules declare, and the generic code that validates input,
turns typed values into boto3 parameters and turns boto3 responses into typed values.

Each direction has two forms. The full pass (`collect`) walks a value generically and words every
problem with its path; it alone decides what is wrong. For speed, every structure also gets a fast
pass and a response reader written as straight-line Python on first use (`Writer`), the way
dataclasses writes `__init__`: it inlines the checks and conversions of nested lists, maps and
scalars, and the structure's cross-field rules. The fast pass accepts only what the full pass would
accept and returns the same boto3 value; on anything else it gives up and the full pass runs.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, get_args

from .naming import snake

Problems = list[tuple[str, str]]
PathT = tuple[str | int, ...]
Fn = Callable[[Any], Any]


class _Invalid(Exception):
    """The fast pass met something it will not judge; the full pass then finds and words every problem."""


def _give_up() -> Any:
    raise _Invalid


def render_path(path: PathT) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class Writer:
    """The globals of one generated function. Values (types, converters, constants) come in by a
    name this class makes up; only strings and integers are written into the source, as their repr."""

    def __init__(self) -> None:
        self.env: dict[str, Any] = {"Invalid": _Invalid, "give_up": _give_up}
        self.loops = 0

    def ref(self, value: Any) -> str:
        # Strings and integers go in as literals (repr of those is always a plain literal): a
        # constant loads faster than a global.
        if type(value) in (str, int):
            return repr(value)
        name = f"g{len(self.env)}"
        self.env[name] = value
        return name

    def loop_var(self) -> str:
        self.loops += 1
        return f"x{self.loops}"

    def function(self, name: str, lines: list[str], label: str) -> Fn:
        exec(compile("\n".join(lines), label, "exec"), self.env)
        return self.env[name]  # type: ignore[no-any-return]


class Spec:
    """Describes one value: how to check it and convert it in each direction."""

    __slots__ = ()

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    def collect(self, value: Any, path: PathT, problems: Problems) -> Any:
        """The full pass: convert and record every problem with its path."""
        return self.to_wire(value, path, problems)

    def check_expr(self, var: str, w: Writer) -> str:
        """A Python expression giving the boto3 value of `var`, or raising when the fast pass gives up."""
        return f"{w.ref(self._check_by_full_pass)}({var})"

    def read_expr(self, var: str, w: Writer) -> str | None:
        """A Python expression giving the typed value of the (non-None) response value `var`; None
        when the response value is already the typed value."""
        return None

    def check_call(self, w: Writer) -> str | None:
        """The name of a function doing check_expr's work in one call, if there is one."""
        return None

    def read_call(self, w: Writer) -> str | None:
        """The name of a function doing read_expr's work in one call, if there is one."""
        return None

    def _check_by_full_pass(self, value: Any) -> Any:
        # The fallback of an inline check: no path is built unless a problem is found.
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
    "timestamp": (datetime.datetime,),
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

    def check_expr(self, var: str, w: Writer) -> str:
        # Exact types only: bool (a subclass of int) and str subclasses go through the full check.
        types = self.types
        ok = [f"type({var}) is {w.ref(types[0])}" if len(types) == 1 else f"type({var}) in {w.ref(frozenset(types))}"]
        if self.kind != "timestamp":  # to_wire checks only the type of a timestamp
            if self.lo is not None:
                ok.append(f"{var} >= {w.ref(self.lo)}")
            if self.hi is not None:
                ok.append(f"{var} <= {w.ref(self.hi)}")
            if self.min_length is not None:
                ok.append(f"len({var}) >= {w.ref(self.min_length)}")
            if self.max_length is not None:
                ok.append(f"len({var}) <= {w.ref(self.max_length)}")
            if self.pattern is not None:
                ok.append(f"{w.ref(self._regex().fullmatch)}({var}) is not None")
        return f"({var} if {' and '.join(ok)} else {w.ref(self._check_by_full_pass)}({var}))"

    def _regex(self) -> re.Pattern[str]:
        if self.regex is None:
            assert self.pattern is not None
            self.regex = re.compile(self.pattern)
        return self.regex

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
        if self.pattern is not None and not self._regex().fullmatch(checked):
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

    def check_expr(self, var: str, w: Writer) -> str:
        # Only exact strings: anything else (a str subclass, an object that compares equal) goes to
        # the full pass, which judges it.
        return f"({var} if type({var}) is str and {var} in {w.ref(self.allowed)} else give_up())"

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if not isinstance(value, str) or value not in self.allowed:  # a list or dict is unhashable
            problems.append((render_path(path), f"{value!r} is not one of: {', '.join(self.values)}"))
        return value


def _count_ok(var: str, lo: int | None, hi: int | None, w: Writer) -> list[str]:
    return ([f"len({var}) >= {w.ref(lo)}"] if lo is not None else []) + ([f"len({var}) <= {w.ref(hi)}"] if hi is not None else [])


def _each(spec: Spec, items: str, w: Writer, reading: bool) -> str | None:
    """The list of `spec`'s conversion of each of `items`."""
    x = w.loop_var()
    if reading:
        # A response item is a botocore dict: when the conversion is one call, map() makes it
        # without the comprehension's own function call.
        fn = spec.read_call(w)
        if fn is not None:
            return f"list(map({fn}, {items}))"
        expr = spec.read_expr(x, w)
    else:
        # Not map() here: a StopIteration from a user's value would end it early, dropping items.
        expr = spec.check_expr(x, w)
    return None if expr is None else f"[{expr} for {x} in {items}]"


class List(Spec):
    __slots__ = ("item", "min_items", "max_items")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def check_expr(self, var: str, w: Writer) -> str:
        # Only real lists and tuples: reading any other iterable here could exhaust it before the full pass.
        ok = [f"(type({var}) is list or type({var}) is tuple)", *_count_ok(var, self.min_items, self.max_items, w)]
        checked = _each(self.item, f"({var} if {' and '.join(ok)} else give_up())", w, reading=False)
        assert checked is not None  # every item needs checking
        return checked

    def read_expr(self, var: str, w: Writer) -> str | None:
        return _each(self.item, var, w, reading=True)

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
            problems.append((render_path(path), f"expected a list, got {type(value).__name__}"))
            return value
        items = list(value)
        _check_count(len(items), self.min_items, self.max_items, path, problems)
        conv = self.item.collect
        return [conv(v, path + (i,), problems) for i, v in enumerate(items)]


class Map(Spec):
    __slots__ = ("item", "min_items", "max_items")

    def __init__(self, item: Spec, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items

    def describe(self) -> str:
        return f"map of {self.item.describe()}"

    def check_expr(self, var: str, w: Writer) -> str:
        ok = [f"type({var}) is dict", *_count_ok(var, self.min_items, self.max_items, w)]  # other mappings: full pass
        k, x = w.loop_var(), w.loop_var()
        return (f"{{({k} if type({k}) is str else give_up()): {self.item.check_expr(x, w)} "
                f"for {k}, {x} in ({var} if {' and '.join(ok)} else give_up()).items()}}")

    def read_expr(self, var: str, w: Writer) -> str | None:
        k, x = w.loop_var(), w.loop_var()
        item = self.item.read_expr(x, w)
        return None if item is None else f"{{{k}: {item} for {k}, {x} in {var}.items()}}"

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
    """A structure of one generated module, with its class, fields and cross-field rules."""

    __slots__ = ("name", "cls", "fields", "rules", "by_attr", "_reader", "_checker")

    def __init__(self, cls: type, fields: list[Field], rules: list[Rule] | None = None):
        self.name = cls.__name__
        self.cls = cls
        self.fields = tuple(fields)
        self.rules = tuple(rules or ())
        self.by_attr = {f.attr: f for f in self.fields}
        # Written on first use, when every Ref can resolve; importing a module stays cheap.
        self._reader: Fn | None = None
        self._checker: Fn | None = None

    def describe(self) -> str:
        return self.name

    def to_wire(self, value: Any, path: PathT, problems: Problems) -> Any:
        # Valid requests are the common case: convert them without building paths, and only when
        # something looks wrong run the full pass, which alone decides what to report.
        try:
            return self.checker()(value)
        except Exception:
            return self.collect(value, path, problems)

    def checker(self) -> Fn:
        """The fast pass: the boto3 value of a valid input; raises on anything else."""
        return self._checker or _written(self, "_checker", _write_checker, self._check)

    def _check(self, value: Any) -> Any:
        return self.checker()(value)

    def reader(self) -> Fn:
        """The typed value of a response structure."""
        return self._reader or _written(self, "_reader", _write_reader, self.from_wire)

    def check_call(self, w: Writer) -> str:
        return w.ref(self.checker())

    def read_call(self, w: Writer) -> str:
        return w.ref(self.reader())

    def check_expr(self, var: str, w: Writer) -> str:
        return f"{self.check_call(w)}({var})"

    def read_expr(self, var: str, w: Writer) -> str:
        return f"{self.read_call(w)}({var})"

    def collect(self, value: Any, path: PathT, problems: Problems) -> Any:
        if isinstance(value, self.cls):
            get = value.__getattribute__
        elif isinstance(value, Mapping):
            unknown = [k for k in value if k not in self.by_attr]
            for k in unknown:
                import difflib  # only on this error path: importing the runtime stays cheap

                close = difflib.get_close_matches(str(k), self.by_attr, n=1)
                hint = f" (did you mean {close[0]}?)" if close else ""
                problems.append((render_path(path + (k,)), f"unknown attribute{hint}; {self.name} has: {', '.join(self.by_attr)}"))
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
        return self.reader()(value)


# Writing a pass also writes those of the structures inside it; one lock keeps threads that reach a
# structure first at the same time from seeing it half-written, re-entrant for the nested ones.
_WRITE_LOCK = threading.RLock()
_BEING_WRITTEN: set[tuple[int, str]] = set()


def _written(struct: Struct, slot: str, write: Callable[[Struct], Fn], late: Fn) -> Fn:
    """The function in `slot`, written now if it is not yet. A structure met again while its own
    pass is being written (it contains itself) gets `late`, which calls the finished pass."""
    with _WRITE_LOCK:
        fn: Fn | None = getattr(struct, slot)
        if fn is not None:
            return fn
        key = (id(struct), slot)
        if key in _BEING_WRITTEN:
            return late
        _BEING_WRITTEN.add(key)
        try:
            fn = write(struct)
        finally:
            _BEING_WRITTEN.discard(key)
        setattr(struct, slot, fn)
        return fn


def _write_checker(struct: Struct) -> Fn:
    """A structure's fast pass as straight-line code, one block per field: a generic loop over fields
    costs about half as much again, and most fields are None. Fields are read as plain attributes,
    which the interpreter specializes for a slotted class; a dict is first made into an instance,
    whose __init__ refuses missing required keys just as the full pass would. That needs every
    optional field to default to None (the full pass reads a missing key as None), which the
    generator always writes; a class with other defaults sends dicts to the full pass."""
    w = Writer()
    cls = w.ref(struct.cls)
    defaults_none = all(f.default is None for f in dataclasses.fields(struct.cls)
                        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING)
    dict_test = f"type(value) is dict and value.keys() <= {w.ref(struct.by_attr.keys())}" if defaults_none else "False"
    lines = [
        "def check(value):",
        f"    if type(value) is not {cls}:",
        f"        if {dict_test}:",
        f"            value = {cls}(**value)",
        f"        elif not isinstance(value, {cls}):",
        "            raise Invalid",
        "    out = {}",
    ]
    for f in struct.fields:
        assert f.attr.isidentifier()
        lines.append(f"    v = value.{f.attr}")
        lines.append("    if v is not None:")
        lines.append(f"        out[{w.ref(f.key)}] = {f.spec.check_expr('v', w)}")
        if f.required:
            lines.append("    else:\n        raise Invalid")
    for rule in struct.rules:
        lines += _rule_lines(rule, w)
    lines.append("    return out")
    return w.function("check", lines, f"<fast pass of {struct.name}>")


# From this many slots on, a structure's reader learns the key sets of the responses it reads.
_LEARN_FROM_SLOTS = 4
# Key sets a reader learns at most: one structure can sit in several places of a response (a
# Transport in a source and in each output), each with members of its own.
_KEY_SETS = 4


def _write_reader(struct: Struct) -> Fn:
    """A structure's response reader as straight-line code: make the instance without running
    __init__ (whose keyword handling costs more than the reading) and set every slot, to the
    converted member or None when the service left it out.

    A service answers with the same members nearly every time, and most members of a large
    structure are usually absent. So the reader notes the key sets of the responses it reads (up to
    _KEY_SETS of them) and rewrites itself in place (callers hold this very function) with a path
    for each, which sets the absent slots to None without looking them up. Any other response
    takes the path that looks every member up, so learning changes speed only, never results."""
    w = Writer()
    slots = [f.name for f in dataclasses.fields(struct.cls)]
    label = f"<reader of {struct.name}>"
    general = _read_lines(struct, slots, w)
    if len(slots) < _LEARN_FROM_SLOTS:
        return w.function("read", ["def read(value):", *general], label)
    learned: list[frozenset[Any]] = []

    def source() -> list[str]:
        lines = ["def read(value):"]
        if learned:
            lines.append("    if type(value) is dict:")  # a subclass may answer a missing key (__missing__)
            for keys in learned:
                lines += _known_keys_lines(struct, slots, keys, _telling_key(keys, learned), w)
        if len(learned) < _KEY_SETS:
            lines.append(learn_call)
        return lines + general

    def learn(value: Any) -> None:
        if type(value) is not dict:
            return  # malformed; the general path raises as it always has
        keys = frozenset(value)
        with _WRITE_LOCK:
            if keys not in learned and len(learned) < _KEY_SETS:  # another thread may have learned them
                learned.append(keys)
                reader.__code__ = w.function("read", source(), label).__code__

    learn_call = f"    {w.ref(learn)}(value)"
    reader = w.function("read", source(), label)
    return reader


def _telling_key(keys: frozenset[Any], learned: list[frozenset[Any]]) -> Any:
    """A key of `keys` that no other learned set of the same size has, if there is one: testing for
    it first keeps a response of another such set from raising KeyError in the lookups."""
    others = [k for k in learned if k is not keys and len(k) == len(keys)]
    return next((key for key in sorted(keys, key=repr) if not any(key in k for k in others)), None) if others else None


def _read_lines(struct: Struct, slots: list[str], w: Writer) -> list[str]:
    """The body that reads any response into a new instance, looking every member up. Slot names
    are the dataclass's own field names, which are identifiers."""
    # One dict.get per member reads faster than unpacking map(value.get, keys).
    lines = [f"    obj = {w.ref(object.__new__)}({w.ref(struct.cls)})", "    get = value.get"]
    for slot in slots:
        field = struct.by_attr.get(slot)
        lines.append(f"    {_store(slot, field, f'get({w.ref(field.key if field else None)})', w)}")
    return [*lines, "    return obj"]


def _known_keys_lines(struct: Struct, slots: list[str], keys: frozenset[Any], telling: Any, w: Writer) -> list[str]:
    """A block (inside `if type(value) is dict:`) that reads a response with exactly the keys `keys`:
    one with as many keys, each of them found, has that very set (dict keys are distinct). Lookups
    alone sit in the try, so that a KeyError from converting a member is not taken for a missing
    key; a key the model does not know (ResponseMetadata) is looked up only to be sure it is there."""
    ordered = sorted(keys, key=repr)
    local = {key: f"k{i}" for i, key in enumerate(ordered)}
    guard = f"len(value) == {len(keys)}" + ("" if telling is None else f" and {w.ref(telling)} in value")
    lines = [f"        if {guard}:"]
    if keys:
        lines += ["            try:", *(f"                {local[key]} = value[{w.ref(key)}]" for key in ordered)]
        lines += ["            except KeyError:", "                pass", "            else:"]
    else:
        lines.append("            if True:")  # nothing to look up; the same depth as the else above
    lines.append(f"                obj = {w.ref(object.__new__)}({w.ref(struct.cls)})")
    for slot in slots:
        field = struct.by_attr.get(slot)
        if field is not None and field.key in local:
            lines.append(f"                {_store(slot, field, local[field.key], w)}")
        else:
            lines.append(f"                obj.{slot} = None")
    return [*lines, "                return obj"]


def _store(slot: str, field: Field | None, value: str, w: Writer) -> str:
    """A statement setting the slot to the response value `value` (a name or a lookup), converted
    when the member needs it."""
    assert slot.isidentifier()
    conv = field.spec.read_expr("v", w) if field else None
    if conv is None:
        return f"obj.{slot} = {value}"
    return f"v = {value}; obj.{slot} = None if v is None else {conv}"


def _rule_lines(rule: Rule, w: Writer) -> list[str]:
    """rule_broken as inline code on the fast pass's `out`, whose nested structures are plain dicts."""
    lines = [f"    if {_holds_expr(rule.when, _lookup_expr(rule.when['path'], w), w)}:",
             f"        r = {_lookup_expr(rule.require['path'], w)}"]
    # A comparison only constrains a value that is given; `present` constrains presence itself.
    given = "" if "present" in rule.require else "r is not None and "
    lines.append(f"        if {given}not ({_holds_expr(rule.require, 'r', w)}):\n            raise Invalid")
    return lines


def _lookup_expr(dotted: str, w: Writer) -> str:
    parts = tuple(dotted.split("."))
    return f"out.get({w.ref(parts[0])})" if len(parts) == 1 else f"{w.ref(_dig_built)}(out, {w.ref(parts)})"


def _dig_built(data: Any, parts: tuple[str, ...]) -> Any:
    """_lookup on a value the fast pass built, whose structures are all plain dicts."""
    for part in parts:
        if type(data) is not dict:
            return None
        data = data.get(part)
    return data


def _dig(data: Any, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if not isinstance(data, Mapping):
            return None
        data = data.get(part)
    return data


def _holds_expr(cond: Mapping[str, Any], var: str, w: Writer) -> str:
    """_holds as an expression on `var`."""
    if "equals" in cond:
        return f"{var} == {w.ref(cond['equals'])}"
    if "not_equals" in cond:
        return f"{var} != {w.ref(cond['not_equals'])}"
    if "in" in cond:
        return f"{var} in {w.ref(cond['in'])}"
    if "present" in cond:
        return f"{var} is not None" if cond["present"] else f"{var} is None"
    if "max_items" in cond:
        return f"(not isinstance({var}, (list, tuple, dict)) or len({var}) <= {w.ref(int(cond['max_items']))})"
    raise ValueError(f"unknown condition {dict(cond)}")


def _lookup(data: Any, dotted: str) -> Any:
    return _dig(data, tuple(dotted.split(".")))


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
        # A list or a map is counted (absent counts as none); a value of another type is reported
        # on its own, and no count can be judged.
        return not isinstance(value, (list, tuple, dict)) or len(value) <= int(cond["max_items"])
    raise ValueError(f"unknown condition {dict(cond)}")


class RuleLike(Protocol):
    """What evaluating a rule needs; the provider's declarations carry rules of their own class."""

    @property
    def when(self) -> Mapping[str, Any]: ...

    @property
    def require(self) -> Mapping[str, Any]: ...


def check_rule(rule: Rule, wire: Mapping[str, Any], path: PathT, problems: Problems) -> None:
    """Evaluate a rule on a structure's boto3-shaped value (member names as keys)."""
    if rule_broken(rule, wire):
        where = path + tuple(snake(p) for p in rule.require["path"].split("."))
        problems.append((render_path(where), rule.description))


def rule_broken(rule: RuleLike, wire: Mapping[str, Any]) -> bool:
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

    __slots__ = ("registry", "name", "_target")

    def __init__(self, registry: Registry, name: str):
        self.registry = registry
        self.name = name
        self._target: Struct | None = None

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

    def check_call(self, w: Writer) -> str:
        return self.target.check_call(w)

    def read_call(self, w: Writer) -> str:
        return self.target.read_call(w)

    def check_expr(self, var: str, w: Writer) -> str:
        return self.target.check_expr(var, w)

    def read_expr(self, var: str, w: Writer) -> str:
        return self.target.read_expr(var, w)
