"""Exceptions raised by the typed clients (and, later, reported by the provider)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class AwsmediaError(Exception):
    """Base class of every error raised by awsmedia."""


class ValidationError(AwsmediaError, ValueError):
    """Input rejected before any request was sent; `problems` lists (attribute path, message)."""

    def __init__(self, operation: str, problems: Sequence[tuple[str, str]]):
        self.operation = operation
        self.problems = list(problems)
        lines = "\n".join(f"  {path or '<input>'}: {message}" for path, message in self.problems)
        super().__init__(f"invalid input for {operation}:\n{lines}")


class ServiceError(AwsmediaError):
    """The service answered with an error."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        operation: str,
        status: int | None = None,
        request_id: str | None = None,
    ):
        self.code = code
        self.message = message
        self.operation = operation
        self.status = status
        self.request_id = request_id
        super().__init__(f"{operation} failed: {code} (HTTP {status}): {message}")


class BadRequestError(ServiceError):
    """The request was malformed or broke a service rule (HTTP 400/422)."""


class ForbiddenError(ServiceError):
    """The caller may not perform the operation (HTTP 403)."""


class NotFoundError(ServiceError):
    """The resource named in the request does not exist (HTTP 404)."""


class ConflictError(ServiceError):
    """The request conflicts with the resource's current state (HTTP 409)."""


class TooManyRequestsError(ServiceError):
    """The caller was throttled (HTTP 429)."""


class QuotaExceededError(ServiceError):
    """An account or resource quota would be exceeded (HTTP 402/420)."""


class InternalServerError(ServiceError):
    """The service failed unexpectedly (HTTP 500)."""


class ServiceUnavailableError(ServiceError):
    """The service is temporarily unavailable (HTTP 503)."""


class CredentialsError(AwsmediaError):
    """No AWS credentials were found for a call (the local backend needs none)."""


class WaiterError(AwsmediaError):
    """A waiter saw a failure state or ran out of time."""

    def __init__(self, waiter: str, reason: str, last_value: Any = None):
        self.waiter = waiter
        self.reason = reason
        self.last_value = last_value
        super().__init__(f"{waiter}: {reason}")


_MESSAGE_LIMIT = 500  # a whole HTML page as the message helps nobody

_BY_STATUS: Mapping[int, type[ServiceError]] = {
    400: BadRequestError,
    402: QuotaExceededError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    420: QuotaExceededError,
    422: BadRequestError,
    429: TooManyRequestsError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}


def translate(
    response: Mapping[str, Any], operation: str, table: Mapping[str, type[ServiceError]]
) -> ServiceError:
    """Build the typed exception for a botocore error response."""
    error = response.get("Error", {})
    meta = response.get("ResponseMetadata", {})
    code = str(error.get("Code", "Unknown"))
    status = meta.get("HTTPStatusCode")
    # A 404 the service does not name means nothing about the resource (a route a server does not
    # serve, a proxy's page): only the service's own not-found codes make a NotFoundError.
    by_status = ServiceError if status == 404 else _BY_STATUS.get(status or 0, ServiceError)
    message = str(error.get("Message", ""))
    return (table.get(code) or by_status)(
        code,
        message if len(message) <= _MESSAGE_LIMIT else message[: _MESSAGE_LIMIT - 3] + "...",
        operation=operation,
        status=status,
        request_id=meta.get("RequestId"),
    )
