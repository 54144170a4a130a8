"""The base of every generated client: building the boto3 client, calling, paging, waiting."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from . import shapes
from .errors import CredentialsError, ServiceError, ValidationError, WaiterError, translate
from .paging import PagingError, pages

if TYPE_CHECKING:
    from botocore.exceptions import ClientError

    from .tables import Operation, ServiceTables


class BaseClient:
    """Shared behaviour of the generated clients; subclasses only declare tables and typed methods,
    which name their operation or waiter."""

    service_name: ClassVar[str]
    error_classes: ClassVar[Mapping[str, type[ServiceError]]]
    tables: ClassVar[ServiceTables]

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

            if session is None and profile_name is None and _is_loopback(endpoint_url):
                # The local backend takes any signature: a client pointed at it works without AWS
                # credentials, and never looks for real ones.
                session = boto3.Session(
                    aws_access_key_id="local", aws_secret_access_key="local", region_name=region_name
                )
            elif session is None:
                session = boto3.Session(profile_name=profile_name, region_name=region_name)
            # Every request is validated against our model first, which holds every type, required
            # flag and range botocore checks (the conformance test keeps it so); botocore's second
            # pass would only repeat that, so a client we build skips it. Pass your own client to keep it.
            if validate:
                config = (
                    Config(parameter_validation=False)
                    if config is None
                    else Config(parameter_validation=False).merge(config)
                )
            boto3_client = session.client(
                self.service_name, region_name=region_name, endpoint_url=endpoint_url, config=config
            )
        elif any(v is not None for v in (region_name, profile_name, endpoint_url, session, config)):
            raise TypeError("pass either an existing boto3 client or connection settings, not both")
        from botocore.exceptions import ClientError, NoCredentialsError, PartialCredentialsError

        self._client = boto3_client
        self._validate = validate
        # Held here so that a call does not run an import statement every time.
        self._client_error: type[ClientError] = ClientError
        self._no_credentials = (NoCredentialsError, PartialCredentialsError)

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
        params, problems = shapes.to_boto(op.input, args)
        if not self._validate:
            return params  # type: ignore[no-any-return]
        problems += shapes.validate(op.input, params)
        if problems:
            paths = [shapes.render_path(op.input, p.path, given_last=p.kind == "unknown") for p in problems]
            raise ValidationError(op.name, [(path, p.message) for path, p in zip(paths, problems)])
        return params  # type: ignore[no-any-return]

    def _call(self, operation: str, args: Any) -> Any:
        op = self.tables.operations[operation]
        return self._send(op, self._params(op, args))

    def _send(self, op: Operation, params: Mapping[str, Any]) -> Any:
        try:
            response = getattr(self._client, op.method)(**params)
        except self._client_error as exc:
            raise translate(exc.response, op.name, self.error_classes) from exc
        except self._no_credentials as exc:
            raise CredentialsError(
                f"{op.name}: no AWS credentials for {self.service_name} ({exc}); set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, use a profile (profile_name= or AWS_PROFILE) or pass a boto3 session"
            ) from None
        return shapes.from_boto(op.output, response) if op.output is not None else None

    def _pages(self, op: Operation, args: Mapping[str, Any]) -> Iterator[Any]:
        """Every page of a paginated operation, following tokens until the service stops sending one."""
        assert op.paginate is not None and op.output is not None
        token_attr = op.output.members[op.paginate.output_token].python
        try:
            yield from pages(
                lambda params: self._send(op, params),
                self._params(op, args),
                op.paginate.input_token,
                lambda page: getattr(page, token_attr),
            )
        except PagingError as exc:
            raise ServiceError(exc.code, str(exc), operation=op.name) from None

    def _items(self, operation: str, args: Mapping[str, Any]) -> Iterator[Any]:
        op = self.tables.operations[operation]
        assert op.paginate is not None and op.output is not None
        items_attr = op.output.members[op.paginate.items].python
        for page in self._pages(op, args):
            yield from getattr(page, items_attr) or ()

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
                value = _watched(response, waiter.operation.output, waiter.path)
                last = value
                if value in waiter.success:
                    return response
                if value in waiter.failure:
                    raise WaiterError(waiter.name, f"reached failure state {value!r}", value)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaiterError(waiter.name, f"timed out after {timeout:g}s; last value {last!r}", last)
            time.sleep(min(delay, remaining))


def _watched(response: Any, shape: shapes.Shape | None, path: tuple[str, ...]) -> Any:
    """The value a waiter watches: `path` (member names) followed through the typed response."""
    value = response
    for name in path:
        assert isinstance(shape, shapes.Structure)  # the generator resolved the path through structures
        member = shape.members[name]
        value = getattr(value, member.python, None)
        shape = member.type
    return value


def _is_loopback(url: str | None) -> bool:
    """Whether an endpoint is on this machine (the local backend)."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname if url else None
    return host in ("localhost", "::1") or bool(host and host.startswith("127."))
