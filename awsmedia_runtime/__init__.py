"""Hand-written runtime shared by all generated awsmedia code.

The names below load on first use, so that importing one part of the runtime (the Terraform
provider's launcher, the local backend) does not import the typed-client machinery as well.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import BaseClient
    from .errors import (
        AwsmediaError,
        BadRequestError,
        ConflictError,
        CredentialsError,
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
    from .tables import ServiceTables, TablesError, bind_classes, load_service

# The one version of the distribution: pyproject.toml, the generated package and the provider read it.
VERSION = "0.1.0"

_HOME = {
    "BaseClient": "client",
    **dict.fromkeys(("ServiceTables", "TablesError", "bind_classes", "load_service"), "tables"),
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
    "CredentialsError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "QuotaExceededError",
    "ServiceError",
    "ServiceTables",
    "ServiceUnavailableError",
    "TablesError",
    "TooManyRequestsError",
    "ValidationError",
    "WaiterError",
    "bind_classes",
    "load_service",
]
