"""The base of every generated client: building the boto3 client, calling, paging, waiting."""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from .errors import ServiceError, ValidationError, WaiterError, translate
from .shapes import Struct

if TYPE_CHECKING:
    from botocore.exceptions import ClientError

    from .tables import Tables


@dataclass(frozen=True, slots=True)
class Pagination:
    input_token: str  # Python name of the request's token parameter
    output_token: str  # Python attribute of the response holding the next token
    limit: str  # Python name of the page-size parameter
    items: str  # Python attribute of the response holding the page's items


@dataclass(frozen=True, slots=True)
class Operation:
    name: str  # API name, e.g. "CreateFlow"
    method: str  # boto3 method, e.g. "create_flow"
    input: Struct | None
    output: Struct | None
    pagination: Pagination | None = None


@dataclass(frozen=True, slots=True)
class Waiter:
    name: str
    operation: Operation
    path: tuple[str, ...]  # Python attributes from the response to the watched value
    success: frozenset[str]
    retry: frozenset[str]
    failure: frozenset[str]
    success_on_error: str | None = None


class BaseClient:
    """Shared behaviour of the generated clients; subclasses only declare tables and typed methods,
    which name their operation or waiter."""

    service_name: ClassVar[str]
    error_classes: ClassVar[Mapping[str, type[ServiceError]]]
    tables: ClassVar[Tables]

    def __init__(
        self,
        boto3_client: Any = None,
        *,
        region_name: str | None = None,
        profile_name: str | None = None,
        endpoint_url: str | None = None,
        session: Any = None,
        config: Any = None,
        validate: bool = True,
    ) -> None:
        if boto3_client is None:
            import boto3
            from botocore.config import Config

            if session is None:
                session = boto3.Session(profile_name=profile_name, region_name=region_name)
            # Every request is validated against our model first, which holds every type, required
            # flag and range botocore checks (the conformance test keeps it so); botocore's second
            # pass would only repeat that, so a client we build skips it. Pass your own client to keep it.
            if validate:
                config = Config(parameter_validation=False) if config is None else Config(parameter_validation=False).merge(config)
            boto3_client = session.client(self.service_name, region_name=region_name, endpoint_url=endpoint_url, config=config)
        elif any(v is not None for v in (region_name, profile_name, endpoint_url, session, config)):
            raise TypeError("pass either an existing boto3 client or connection settings, not both")
        from botocore.exceptions import ClientError

        self._client = boto3_client
        self._validate = validate
        # Held here so that a call does not run an import statement every time.
        self._client_error: type[ClientError] = ClientError

    @classmethod
    def from_boto3(cls, boto3_client: Any, *, validate: bool = True) -> Any:
        """Wrap an existing boto3 client for this service."""
        return cls(boto3_client, validate=validate)

    @property
    def boto3_client(self) -> Any:
        """The underlying boto3 client, for anything the typed layer does not cover."""
        return self._client

    def _params(self, op: Operation, args: Any) -> dict[str, Any]:
        """The boto3 parameters of `args`: the operation's input class (as the typed methods pass)
        or a mapping of its attributes (as paginators and waiters do)."""
        if op.input is None:
            return {}
        try:  # the fast pass, which takes valid input only
            return op.input.checker()(args)  # type: ignore[no-any-return]
        except Exception:
            pass
        problems: list[tuple[str, str]] = []
        params = op.input.collect(args, (), problems)
        if problems and self._validate:
            raise ValidationError(op.name, problems)
        return params  # type: ignore[no-any-return]

    def _call(self, operation: str, args: Any) -> Any:
        op = self.tables.operations[operation]
        return self._send(op, self._params(op, args))

    def _send(self, op: Operation, params: Mapping[str, Any]) -> Any:
        try:
            response = getattr(self._client, op.method)(**params)
        except self._client_error as exc:
            raise translate(exc.response, op.name, self.error_classes) from exc
        return op.output.reader()(response) if op.output is not None else None

    def _pages(self, op: Operation, args: Mapping[str, Any]) -> Iterator[Any]:
        """Every page of a paginated operation, following tokens until the service stops sending one."""
        assert op.pagination is not None
        pg = op.pagination
        params = self._params(op, args)
        token_key = _key(op.input, pg.input_token)
        seen: set[str] = set()
        while True:
            page = self._send(op, params)
            yield page
            token = getattr(page, pg.output_token)
            if not token:
                return
            if token in seen:  # a service that repeats a token would loop forever
                raise ServiceError("RepeatedNextToken", f"the service returned token {token!r} twice", operation=op.name)
            seen.add(token)
            params = {**params, token_key: token}

    def _items(self, operation: str, args: Mapping[str, Any]) -> Iterator[Any]:
        op = self.tables.operations[operation]
        assert op.pagination is not None
        for page in self._pages(op, args):
            yield from getattr(page, op.pagination.items) or ()

    def _wait(self, name: str, args: Mapping[str, Any], timeout: float, delay: float) -> Any:
        """Poll until the watched value is a success value; raise WaiterError on failure or timeout."""
        if timeout <= 0 or delay <= 0:
            raise ValueError("timeout and delay must be positive")
        waiter = self.tables.waiters[name]
        deadline = time.monotonic() + timeout
        params = self._params(waiter.operation, args)
        last: Any = None
        while True:
            try:
                response = self._send(waiter.operation, params)
            except ServiceError as exc:
                if waiter.success_on_error and exc.code == waiter.success_on_error:
                    return None
                if exc.status not in (429, 500, 503):  # only passing faults are worth another poll
                    raise
                response = None
            if response is not None:
                value: Any = response
                for attr in waiter.path:
                    value = getattr(value, attr, None)
                last = value
                if value in waiter.success:
                    return response
                if value in waiter.failure:
                    raise WaiterError(waiter.name, f"reached failure state {value!r}", value)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaiterError(waiter.name, f"timed out after {timeout:g}s; last value {last!r}", last)
            time.sleep(min(delay, remaining))


def _key(struct: Struct | None, attr: str) -> str:
    assert struct is not None
    return struct.by_attr[attr].key
