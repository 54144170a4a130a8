"""The shapes of a service and the one interpreter every target acts on them with.

A shape is a scalar (with its constraints), an enum, a list, a map or a structure (with its
members and the documents' cross-field rules). Three walks cover every target:

- `validate(shape, value)` checks a value keyed by API member names against the shape's
  constraints and rules and returns every problem with its path, worded here once. The typed
  clients, the local backend and the Terraform provider (and the constructs) all call it; each
  only renders the path in its own names (`render_path`).
- `to_boto(shape, value)` turns typed client input (dataclasses, or mappings of their Python
  attribute names) into the member-named value boto3 takes.
- `from_boto(shape, value)` turns a boto3 response into the typed dataclasses.

Each structure keeps its members, built once when the tables load, and the walks go over the
values generically. A check returns the problems of its value with paths relative to it (an empty
tuple when there are none, the usual case); a parent puts its own step in front, so a path is put
together only when there is a problem.
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]
# Tells a value that is not known yet (a Terraform value known only after apply, a construct
# token): such a value is passed over, and so is any rule that would need it.
Deferred = Callable[[Any], bool] | None


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a value: where (member names, list indexes and map keys from the root
    of the checked value), what, and its kind (what a target may title it with)."""

    path: Path
    message: str
    kind: str  # type | required | unknown | value | range | length | format | items | combination


NONE: tuple[Problem, ...] = ()  # what a check returns for a good value, without allocating


def _under(step: str | int, found: Iterable[Problem]) -> list[Problem]:
    """A child's problems (a member's, an item's), with the child's step in front of their paths."""
    return [Problem((step, *p.path), p.message, p.kind) for p in found]


def _convert_at(step: str | int, shape: Shape, value: Any, problems: list[Problem]) -> Any:
    """to_boto of a child value, with its step in front of what converting it reports."""
    start = len(problems)
    out = shape.to_boto(value, problems)
    if len(problems) != start:
        problems[start:] = _under(step, problems[start:])
    return out


def _is_mapping(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping)  # a dict is found without the ABC's isinstance


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _range(lo: Any, hi: Any) -> str:
    if lo is not None and hi is not None:
        return f"{lo} to {hi}"
    return f"at least {lo}" if lo is not None else f"at most {hi}"


def _outside(size: Any, lo: Any, hi: Any) -> bool:
    return (lo is not None and size < lo) or (hi is not None and size > hi)


class Shape:
    """A type of the model."""

    __slots__ = ()
    kind: str
    # Lists, maps and structures: to_boto and from_boto rebuild them; scalars pass as they are.
    composite = False

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value: Any, deferred: Deferred) -> Sequence[Problem]:
        """Everything wrong with a non-None `value`, paths relative to it."""
        raise NotImplementedError

    def to_boto(self, value: Any, problems: list[Problem]) -> Any:
        return value

    def from_boto(self, value: Any) -> Any:
        return value

    def _wrong_type(self, value: Any) -> list[Problem]:
        return [
            Problem((), f"expected {self.describe()}, got {type(value).__name__} {_show(value)}.", "type")
        ]


# What a service accepts for each scalar: timestamps and blobs as boto3 serializes them, or as
# they arrive on the wire (epoch seconds or ISO text; base64 text).
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "long": (int,),
    "double": (int, float, decimal.Decimal),
    "boolean": (bool,),
    "timestamp": (datetime.datetime, int, float, str),
    "blob": (bytes, bytearray, str),
}


# The range a service's integer types hold (Smithy: integer is 32-bit, long 64-bit); a number
# outside it cannot be sent whatever the member's own limits say.
_WIDTH: dict[str, tuple[int, int, str]] = {
    "integer": (-(2**31), 2**31 - 1, "a 32-bit integer"),
    "long": (-(2**63), 2**63 - 1, "a 64-bit integer"),
}


class Scalar(Shape):
    __slots__ = (
        "kind",
        "types",
        "width",
        "min",
        "max",
        "min_length",
        "max_length",
        "max_bytes",
        "pattern",
        "constrained",
        "_regex",
    )

    def __init__(
        self,
        kind: str,
        *,
        min: float | None = None,
        max: float | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        max_bytes: int | None = None,
        pattern: str | None = None,
    ):
        if kind not in _PY_TYPES:
            raise ValueError(f"unknown scalar type {kind!r}; known: {', '.join(_PY_TYPES)}")
        self.kind = kind
        self.types = _PY_TYPES[kind]
        self.width = _WIDTH.get(kind)
        self.min, self.max = min, max
        self.min_length, self.max_length = min_length, max_length
        self.max_bytes = max_bytes  # where the documents count bytes, not characters
        self.pattern = pattern
        # The generator allows ranges on numbers only, lengths, sizes and patterns on strings only.
        self.constrained = any(c is not None for c in (min, max, min_length, max_length, max_bytes, pattern))
        self._regex: re.Pattern[str] | None = None  # compiled on first use: loading stays cheap

    def describe(self) -> str:
        return self.kind

    def check(self, value: Any, deferred: Deferred) -> Sequence[Problem]:
        if type(value) not in self.types and (not isinstance(value, self.types) or isinstance(value, bool)):
            return self._wrong_type(value)  # a bool is an int to Python, never to a service
        if self.width is not None and not self.width[0] <= value <= self.width[1]:
            lo, hi, what = self.width
            return [
                Problem((), f"{_show(value)} is outside the allowed range: {lo} to {hi} ({what}).", "range")
            ]
        if not self.constrained:
            return NONE
        found = []
        if (self.min is not None or self.max is not None) and _outside(value, self.min, self.max):
            found.append(
                Problem((), f"{value!r} is outside the allowed range: {_range(self.min, self.max)}.", "range")
            )
        if (self.min_length is not None or self.max_length is not None) and _outside(
            len(value), self.min_length, self.max_length
        ):
            allowed = _range(self.min_length, self.max_length)
            found.append(
                Problem((), f"length {len(value)} is outside the allowed length: {allowed}.", "length")
            )
        if self.max_bytes is not None and len(value.encode("utf-8", "surrogatepass")) > self.max_bytes:
            size = len(value.encode("utf-8", "surrogatepass"))
            found.append(Problem((), f"{size} bytes in UTF-8; allowed: at most {self.max_bytes}.", "length"))
        if self.pattern is not None:
            if self._regex is None:
                self._regex = re.compile(self.pattern)
            if self._regex.fullmatch(value) is None:
                found.append(
                    Problem((), f"{_show(value)} does not match the pattern {self.pattern}.", "format")
                )
        return found


class Enum(Shape):
    """A string with botocore's values."""

    __slots__ = ("name", "values", "allowed")
    kind = "enum"

    def __init__(self, name: str, values: Iterable[str]):
        self.name = name
        self.values = tuple(values)
        self.allowed = frozenset(self.values)

    def describe(self) -> str:
        return f"a string, one of {', '.join(self.values)}"

    def check(self, value: Any, deferred: Deferred) -> Sequence[Problem]:
        if not isinstance(value, str):
            return self._wrong_type(value)
        if value not in self.allowed:
            return [
                Problem(
                    (), f"{_show(value)} is not allowed; allowed values: {', '.join(self.values)}.", "value"
                )
            ]
        return NONE


class _Container(Shape):
    """A list or a map: a count, and an item shape every entry is checked against."""

    __slots__ = ("item", "min_items", "max_items")
    accepts: tuple[type, ...]
    composite = True

    def __init__(self, item: Shape, *, min_items: int | None = None, max_items: int | None = None):
        self.item = item
        self.min_items, self.max_items = min_items, max_items

    def describe(self) -> str:
        return (
            f"a {self.kind} of {self.item.describe()}"  # "a list of string", "a map of an Output structure"
        )

    def check(self, value: Any, deferred: Deferred) -> Sequence[Problem]:
        if not self.fits(value):
            return self._wrong_type(value)
        found: list[Problem] = []
        if (self.min_items is not None or self.max_items is not None) and _outside(
            len(value), self.min_items, self.max_items
        ):
            allowed = _range(self.min_items, self.max_items)
            found.append(Problem((), f"{len(value)} items given; allowed: {allowed}.", "items"))
        check = self.item.check
        for step, item in self.entries(value, found):
            if item is None:  # a member may be left out, an item may not be null
                found += _under(step, self.item._wrong_type(item))
            elif deferred is None or not deferred(item):
                wrong = check(item, deferred)
                if wrong:
                    found += _under(step, wrong)
        return found

    def fits(self, value: Any) -> bool:
        return type(value) in self.accepts or isinstance(value, self.accepts)

    def entries(self, value: Any, found: list[Problem]) -> Iterable[tuple[str | int, Any]]:
        """(step, item) of each entry; a key that cannot be one is reported to `found`."""
        raise NotImplementedError


class ListOf(_Container):
    __slots__ = ()
    kind = "list"
    accepts = (list, tuple)

    def entries(self, value: Any, found: list[Problem]) -> Iterable[tuple[str | int, Any]]:
        return enumerate(value)

    def to_boto(self, value: Any, problems: list[Problem]) -> Any:
        # Any iterable but text and mappings is a list; anything else is left for validate to report.
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            return value
        return [_convert_at(i, self.item, item, problems) for i, item in enumerate(value)]

    def from_boto(self, value: Any) -> Any:
        read = self.item.from_boto
        return [read(v) for v in value]


class MapOf(_Container):
    __slots__ = ("key",)
    kind = "map"
    accepts = (dict, Mapping)  # a dict first: the usual case, found without the ABC's isinstance

    def __init__(
        self,
        item: Shape,
        *,
        key: Scalar | None = None,
        min_items: int | None = None,
        max_items: int | None = None,
    ):
        super().__init__(item, min_items=min_items, max_items=max_items)
        self.key = key  # the constraints on keys (tag keys: 1 to 128 characters), if any

    def entries(self, value: Any, found: list[Problem]) -> Iterable[tuple[str | int, Any]]:
        for key, item in value.items():
            if not isinstance(key, str):
                found.append(
                    Problem((), f"map keys must be strings, got {type(key).__name__} {_show(key)}.", "type")
                )
                continue
            if self.key is not None:
                found += [Problem((key,), f"key {p.message}", p.kind) for p in self.key.check(key, None)]
            yield key, item

    def to_boto(self, value: Any, problems: list[Problem]) -> Any:
        if not _is_mapping(value):
            return value
        return {key: _convert_at(key, self.item, item, problems) for key, item in value.items()}

    def from_boto(self, value: Any) -> Any:
        read = self.item.from_boto
        return {k: read(v) for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class Condition:
    """One side of a rule: the value at `path` (member names from the structure) passes `test`."""

    path: tuple[str, ...]
    test: str  # equals | not_equals | in | present | max_items
    operand: Any

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Condition:
        (test,) = [k for k in data if k != "path"]
        operand = data[test]
        return cls(tuple(data["path"].split(".")), test, tuple(operand) if test == "in" else operand)

    def holds(self, value: Any) -> bool:
        if self.test == "equals":
            return bool(value == self.operand)
        if self.test == "not_equals":
            return bool(value != self.operand)
        if self.test == "in":
            return value in self.operand
        if self.test == "present":
            return (value is not None) is bool(self.operand)
        if self.test == "max_items":
            return value is None or len(value) <= int(self.operand)  # absent counts as none
        raise ValueError(f"unknown condition {self.test!r}")

    def judgeable(self, value: Any) -> bool:
        """Whether the test can say anything of `value`: a count needs a list or a map (a value of
        another type is reported on its own)."""
        return self.test != "max_items" or value is None or isinstance(value, (list, tuple, Mapping))


@dataclass(frozen=True, slots=True)
class Rule:
    """A cross-field rule from the documents: when `when` holds, `require` must hold."""

    description: str
    when: Condition
    require: Condition

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Rule:
        return cls(
            data["description"], Condition.from_json(data["when"]), Condition.from_json(data["require"])
        )


NOT_KNOWN = object()  # what value_at gives for a value that is not known yet


def value_at(value: Any, path: Iterable[str], deferred: Deferred = None) -> Any:
    """The value at a path of member names (None when any step is missing), or NOT_KNOWN when a
    step is a value not known yet."""
    for step in path:
        if not _is_mapping(value):
            return None
        value = value.get(step)
        if deferred is not None and value is not None and deferred(value):
            return NOT_KNOWN
    return value


def rule_broken(rule: Rule, value: Mapping[str, Any], deferred: Deferred = None) -> bool:
    """Whether a structure's value (member names as keys) breaks the rule; a rule that needs a
    value not known yet is not judged."""
    when = value_at(value, rule.when.path, deferred)
    if when is NOT_KNOWN or not rule.when.judgeable(when) or not rule.when.holds(when):
        return False
    required = value_at(value, rule.require.path, deferred)
    # A comparison only constrains a value that is given; `present` constrains presence itself.
    if (
        required is NOT_KNOWN
        or not rule.require.judgeable(required)
        or (required is None and rule.require.test != "present")
    ):
        return False
    return not rule.require.holds(required)


@dataclass(eq=False, slots=True)
class Member:
    """One member of a structure: its API name, its type and what the model says about it."""

    name: str  # the API (botocore) name
    type: Shape
    python: str  # attribute name in the typed clients
    wire: str  # name in the JSON body, query string, header or URI
    location: str = "body"  # body | uri | querystring | header
    required: bool = False
    sensitive: bool = False
    default: Any = None
    generated: Any = None  # what the service fills in itself (a template such as "arn:...:{hex12}")
    # Where the structure's response shape holds this member: its own name, or a path into a
    # nested structure for a member a request gives flat (a source's Protocol sits in Transport).
    response_path: tuple[str, ...] = ()


class Structure(Shape):
    __slots__ = (
        "name",
        "members",
        "member_list",
        "required",
        "rules",
        "by_wire",
        "by_python",
        "cls",
        "_nones",
    )
    kind = "structure"
    composite = True

    def __init__(self, name: str) -> None:
        self.name = name
        self.members: dict[str, Member] = {}
        self.member_list: tuple[Member, ...] = ()
        self.rules: tuple[Rule, ...] = ()
        self.by_wire: dict[str, Member] = {}
        self.by_python: dict[str, Member] = {}
        self.required: tuple[Member, ...] = ()
        self.cls: type | None = None  # the typed client's dataclass, once a client module binds it
        self._nones: dict[str, None] = {}  # every field of `cls` unset: what a response leaves out

    def set_members(self, members: Iterable[Member], rules: Iterable[Rule] = ()) -> None:
        self.member_list = tuple(members)
        self.members = {m.name: m for m in self.member_list}
        self.by_wire = {m.wire: m for m in self.member_list}
        self.by_python = {m.python: m for m in self.member_list}
        self.required = tuple(m for m in self.member_list if m.required)
        self._nones = dict.fromkeys(self.by_python)
        self.rules = tuple(rules)

    def describe(self) -> str:
        return f"{'an' if self.name[:1] in 'AEIOU' else 'a'} {self.name} structure"

    def check(self, value: Any, deferred: Deferred) -> Sequence[Problem]:
        if not _is_mapping(value):
            return self._wrong_type(value)
        found: list[Problem] = []
        # Values are sparse: go over what is there, then over what must be.
        members = self.members
        for key, v in value.items():
            m = members.get(key)  # a key the model does not know: the wire reader and to_boto see to those
            if m is not None and v is not None and (deferred is None or not deferred(v)):
                wrong = m.type.check(v, deferred)
                if wrong:
                    found += _under(key, wrong)
        for m in self.required:
            if value.get(m.name) is None:
                found.append(Problem((m.name,), f"required ({m.type.describe()}) but missing.", "required"))
        for rule in self.rules:
            if rule_broken(rule, value, deferred):
                found.append(Problem(rule.require.path, f"{rule.description}.", "combination"))
        return found

    def to_boto(self, value: Any, problems: list[Problem]) -> Any:
        out = {}
        if self.cls is not None and isinstance(value, self.cls):
            for m in self.member_list:
                v = getattr(value, m.python)
                if v is not None:
                    out[m.name] = _convert_at(m.name, m.type, v, problems) if m.type.composite else v
            return out
        if not _is_mapping(value):
            return value  # validate reports the type
        for key, v in value.items():
            member = self.by_python.get(key)
            if member is None:
                problems.append(Problem((key,), self._unknown(key), "unknown"))
            elif v is not None:
                out[member.name] = (
                    _convert_at(member.name, member.type, v, problems) if member.type.composite else v
                )
        return out

    def _unknown(self, key: Any) -> str:
        import difflib  # only on this error path: importing the runtime stays cheap

        close = difflib.get_close_matches(str(key), self.by_python, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return f"unknown attribute{hint}; {self.name} has: {', '.join(self.by_python)}."

    def from_boto(self, value: Any) -> Any:
        if self.cls is None:
            raise TypeError(f"{self.name} has no typed class; a client module binds one")
        fields = self._nones.copy()
        members = self.members
        for key, v in value.items():  # responses are sparse: what is there, the rest stays None
            m = members.get(key)
            if m is not None and v is not None:
                fields[m.python] = m.type.from_boto(v) if m.type.composite else v
        return self.cls(**fields)


def validate(shape: Shape, value: Any, deferred: Deferred = None) -> list[Problem]:
    """Every problem with `value` (member names as keys), each with its path from the value's root."""
    return list(shape.check(value, deferred))


def to_boto(shape: Shape, value: Any) -> tuple[Any, list[Problem]]:
    """Typed client input as boto3 takes it, and the problems converting it (unknown attributes);
    `validate` judges the result."""
    problems: list[Problem] = []
    return shape.to_boto(value, problems), problems


def from_boto(shape: Shape, value: Any) -> Any:
    """A boto3 response value as the typed client's dataclasses."""
    return shape.from_boto(value)


def render_path(shape: Shape | None, path: Path, names: str = "python", *, given_last: bool = False) -> str:
    """A problem's path in a target's names: `names` is the member attribute to use ("python" for
    the clients, "wire" for the backend): `outputs[1].protocol`; map keys as `tags['env']`. With
    `given_last`, the last step is a key as the caller gave it (an unknown attribute)."""
    out = ""
    for i, step in enumerate(path):
        if given_last and i == len(path) - 1:
            shape = None  # shown as given below, even when it happens to be a member's API name
        if isinstance(shape, Structure) and isinstance(step, str) and step in shape.members:
            member = shape.members[step]
            out += f".{getattr(member, names)}" if out else getattr(member, names)
            shape = member.type
        elif isinstance(shape, _Container):
            out += f"[{step!r}]" if isinstance(step, str) else f"[{step}]"
            shape = shape.item
        else:  # a key the shape does not know (an unknown attribute): as given
            out += f".{step}" if out else str(step)
            shape = None
    return out
