"""The one loader of the generated service tables (`awsmedia/shapes/<module>.json`).

Each file holds what every target knows of one service: its shapes, operations, errors and
waiters. It is read once per process into the objects of `shapes.py`; the typed clients, the local
backend and the provider all use the same objects. What only one target needs (Terraform
declarations, the backend's resource definitions) sits in that target's own files beside these.

A member's type is a shape or primitive name, or `["list", T]` / `["map", T]`; constraints sit
beside it (`min`, `max_length`, `pattern`, `min_items`, ...; `item_*` constrain a list's or map's
items).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from .naming import module_name, python_identifier, snake
from .shapes import Enum, ListOf, MapOf, Member, Rule, Scalar, Shape, Structure

PACKAGE = "awsmedia.shapes"
_SCALAR_KEYS = ("min", "max", "min_length", "max_length", "max_bytes", "pattern")
_COUNT_KEYS = ("min_items", "max_items")


class TablesError(Exception):
    """A generated tables file that cannot be read: regenerate with `python -m codegen generate`."""


@dataclass(frozen=True, slots=True)
class Pagination:
    """Member names of a paginated operation's token, page size and items."""

    input_token: str
    output_token: str
    limit_key: str
    items: str
    default_page_size: int | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    name: str  # API name, e.g. "CreateFlow"
    method: str  # boto3 method, e.g. "create_flow"
    http_method: str
    uri: str
    status: int
    input: Structure | None
    output: Structure | None
    errors: tuple[str, ...]
    paginate: Pagination | None = None


@dataclass(frozen=True, slots=True)
class Waiter:
    name: str
    operation: Operation
    path: tuple[str, ...]  # member names from the response to the watched value
    success: frozenset[str]
    retry: frozenset[str]
    failure: frozenset[str]
    success_on_error: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    status: int
    category: str  # bad_request | not_found | conflict | ... (awsmedia_runtime.errors)


@dataclass(frozen=True, slots=True)
class ServiceTables:
    name: str  # boto3 service name
    title: str
    api_version: str
    errors: dict[str, ErrorInfo]
    operations: dict[str, Operation]
    shapes: dict[str, Shape]
    waiters: dict[str, Waiter]

    def structure(self, name: str) -> Structure:
        shape = self.shapes[name]
        assert isinstance(shape, Structure), name
        return shape


@functools.cache
def load_service(module: str) -> ServiceTables:
    """The tables of one service by module name ("mediapackage_vod"), read once per process."""
    return read_tables(resources.files(PACKAGE).joinpath(f"{module}.json"))


def read_tables(file: Traversable) -> ServiceTables:
    """The tables in one file; a file that cannot be read or does not fit says where."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TablesError(f"{file}: cannot be read: {exc}") from None
    return tables_from_data(data, str(file))


def tables_from_data(data: Any, where: str) -> ServiceTables:
    """The tables in a file's JSON value (the generator's docs read them before they are written);
    `where` names the source in errors."""
    return _Reader(where).service(data)


def service_tables(service: str) -> ServiceTables:
    """The tables of one service by boto3 name ("mediapackage-vod")."""
    return load_service(module_name(service))


def load_all() -> dict[str, ServiceTables]:
    """Every service's tables, by boto3 service name."""
    names = sorted(
        e.name[: -len(".json")] for e in resources.files(PACKAGE).iterdir() if e.name.endswith(".json")
    )
    return {t.name: t for t in map(load_service, names)}


def bind_classes(tables: ServiceTables, namespace: Mapping[str, Any]) -> ServiceTables:
    """Give each structure its typed class from a client module's namespace."""
    for shape in tables.shapes.values():
        if isinstance(shape, Structure):
            shape.cls = namespace[shape.name]
    return tables


class _Reader:
    def __init__(self, file: str):
        self.file = file
        self.where = "(top level)"
        self.shapes: dict[str, Shape] = {}

    def service(self, data: Any) -> ServiceTables:
        try:
            return self._service(data)
        except (KeyError, TypeError, ValueError) as exc:
            detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
            raise TablesError(f"{self.file}: {self.where}: {detail}") from None

    def _service(self, data: Any) -> ServiceTables:
        raw_shapes = data["shapes"]
        for name, raw in raw_shapes.items():  # every name first: members refer to shapes defined later
            self.shapes[name] = Enum(name, raw["enum"]) if "enum" in raw else Structure(name)
        for name, raw in raw_shapes.items():
            self.where = f"shapes.{name}"
            shape = self.shapes[name]
            if isinstance(shape, Structure):
                members = [self._member(mname, m) for mname, m in raw["members"].items()]
                shape.set_members(members, [Rule.from_json(r) for r in raw.get("rules", ())])
        operations = {name: self._operation(name, raw) for name, raw in data["operations"].items()}
        waiters = {}
        for name, raw in data["waiters"].items():
            self.where = f"waiters.{name}"
            waiters[name] = Waiter(
                name,
                operations[raw["operation"]],
                tuple(raw["path"]),
                frozenset(raw["success"]),
                frozenset(raw["retry"]),
                frozenset(raw["failure"]),
                raw.get("success_on_error"),
            )
        svc = data["service"]
        errors = {name: ErrorInfo(e["status"], e["category"]) for name, e in data["errors"].items()}
        return ServiceTables(
            svc["name"], svc["title"], svc["api_version"], errors, operations, self.shapes, waiters
        )

    def _member(self, name: str, raw: Mapping[str, Any]) -> Member:
        items = {k[len("item_") :]: v for k, v in raw.items() if k.startswith("item_")}
        keys = {k[len("key_") :]: v for k, v in raw.items() if k.startswith("key_")}
        return Member(
            name=name,
            type=self._type(raw["type"], raw, items, keys),
            # Interned like the identifiers of the typed classes: keyword arguments then match them
            # by identity, not by comparing text.
            python=sys.intern(python_identifier(name)),
            wire=raw.get("wire", name),
            location=raw.get("location", "body"),
            required=raw.get("required", False),
            sensitive=raw.get("sensitive", False),
            default=raw.get("default"),
            generated=raw.get("generated"),
            response_path=tuple(raw.get("response_path", (name,))),
        )

    def _type(
        self, expr: Any, constraints: Mapping[str, Any], items: Mapping[str, Any], keys: Mapping[str, Any]
    ) -> Shape:
        if isinstance(expr, list):
            kind, item = expr
            counts = {k: constraints[k] for k in _COUNT_KEYS if k in constraints}
            inner = self._type(item, items, {}, {})
            if kind == "map":
                key = Scalar("string", **{k: keys[k] for k in _SCALAR_KEYS if k in keys}) if keys else None
                return MapOf(inner, key=key, **counts)
            return ListOf(inner, **counts)
        if expr in self.shapes:
            return self.shapes[expr]
        return Scalar(expr, **{k: constraints[k] for k in _SCALAR_KEYS if k in constraints})

    def _operation(self, name: str, raw: Mapping[str, Any]) -> Operation:
        self.where = f"operations.{name}"
        method, uri, status = raw["http"]
        paginate = Pagination(**raw["paginate"]) if raw.get("paginate") else None
        return Operation(
            name,
            snake(name),
            method,
            uri,
            status,
            self._structure(raw["input"]),
            self._structure(raw["output"]),
            tuple(raw["errors"]),
            paginate,
        )

    def _structure(self, name: str | None) -> Structure | None:
        if name is None:
            return None
        shape = self.shapes[name]
        if not isinstance(shape, Structure):
            raise ValueError(f"{name} is not a structure")
        return shape
