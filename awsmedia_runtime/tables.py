"""Loads the tables a generated client module keeps as data beside it (`<module>.json`): its
structures with their fields and rules, its operations and its waiters.

Names in the file (structure classes, enum Literals) are resolved in the module's namespace, so
the Python module stays the one place that defines each type. Data rather than constructor calls
keeps the generated source small, and black, which formats every generated module, fast.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .client import Operation, Pagination, Waiter
from .shapes import Enum, Field, List, Map, Ref, Registry, Rule, Scalar, Spec, Struct


class TablesError(Exception):
    """A generated tables file that does not match its module: regenerate with `python -m codegen generate`."""


@dataclass(frozen=True, slots=True)
class Tables:
    registry: Registry
    operations: dict[str, Operation]
    waiters: dict[str, Waiter]


def load_tables(module_file: str, namespace: Mapping[str, Any]) -> Tables:
    path = Path(module_file).with_suffix(".json")
    where = "the file"
    try:
        data = json.loads(path.read_bytes())
        registry = Registry()
        for name, entry in data["structures"].items():
            where = f"structures.{name}"
            fields = [Field(attr, key, _spec(t, registry, namespace), required) for attr, key, t, required in entry["fields"]]
            registry.add(Struct(namespace[name], fields, [Rule(*r) for r in entry.get("rules", ())]))
        operations = {}
        for name, entry in data["operations"].items():
            where = f"operations.{name}"
            pagination = entry["pagination"]
            operations[name] = Operation(
                name,
                entry["method"],
                registry.structs[entry["input"]] if entry["input"] else None,
                registry.structs[entry["output"]] if entry["output"] else None,
                Pagination(**pagination) if pagination else None,
            )
        waiters = {}
        for name, entry in data["waiters"].items():
            where = f"waiters.{name}"
            waiters[name] = Waiter(
                name,
                operations[entry["operation"]],
                tuple(entry["path"]),
                frozenset(entry["success"]),
                frozenset(entry["retry"]),
                frozenset(entry["failure"]),
                entry["success_on_error"],
            )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise TablesError(f"{path}: {where}: {detail}") from None
    return Tables(registry, operations, waiters)


def _spec(t: Mapping[str, Any], registry: Registry, namespace: Mapping[str, Any]) -> Spec:
    if "structure" in t:
        return Ref(registry, t["structure"])
    if "enum" in t:
        return Enum(t["enum"], namespace[t["enum"]])
    if "list" in t or "map" in t:
        kind = List if "list" in t else Map
        return kind(_spec(t["list" if "list" in t else "map"], registry, namespace),
                    min_items=t.get("min_items"), max_items=t.get("max_items"))
    constraints = {k: v for k, v in t.items() if k != "scalar"}
    return Scalar(t["scalar"], **constraints)
