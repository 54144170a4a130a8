"""Hand-written runtime shared by all generated awsmedia code.

The names below load on first use, so that importing one part of the runtime (the Terraform
provider's launcher, the local backend) does not import the typed-client machinery as well.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import BaseClient, Operation, Pagination, Waiter
    from .errors import (
        AwsmediaError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InternalServerError,
        NotFoundError,
        QuotaExceededError,
        ServiceError,
        ServiceUnavailableError,
        TooManyRequestsError,
        ValidationError,
        WaiterError,
    )
    from .shapes import Enum, Field, List, Map, Ref, Registry, Rule, Scalar, Struct
    from .tables import Tables, TablesError, load_tables

_HOME = {
    **dict.fromkeys(("BaseClient", "Operation", "Pagination", "Waiter"), "client"),
    **dict.fromkeys(("Enum", "Field", "List", "Map", "Ref", "Registry", "Rule", "Scalar", "Struct"), "shapes"),
    **dict.fromkeys(("Tables", "TablesError", "load_tables"), "tables"),
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'awsmedia_runtime' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOME.get(name, 'errors')}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AwsmediaError",
    "BadRequestError",
    "BaseClient",
    "ConflictError",
    "Enum",
    "Field",
    "ForbiddenError",
    "InternalServerError",
    "List",
    "Map",
    "NotFoundError",
    "Operation",
    "Pagination",
    "QuotaExceededError",
    "Ref",
    "Registry",
    "Rule",
    "Scalar",
    "ServiceError",
    "ServiceUnavailableError",
    "Struct",
    "Tables",
    "TablesError",
    "TooManyRequestsError",
    "ValidationError",
    "Waiter",
    "WaiterError",
    "load_tables",
]
