"""Calls to AWS for the provider: clients from the provider configuration, errors, waiting.

boto3 is imported on the first call, not when the provider starts: `terraform validate` and
plans without refresh never pay for it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import Any, Callable

from .. import VERSION
from ..shapes import Enum, Member, Scalar, Structure
from ..tables import service_tables
from .spec import Attr, Block

RETRY_MODES = ("standard", "adaptive", "legacy")
# By boto3 service name, as the generated awsmedia.provider.SERVICES gives them: "module",
# "endpoint" (the service's setting in the `endpoints` block) and "title".
Services = Mapping[str, Mapping[str, str]]

# The settings of the provider block that have limits, as a shape the shared interpreter checks.
SETTINGS = Structure("ProviderSettings")
SETTINGS.set_members(
    [
        Member("max_retries", Scalar("integer", min=0, max=50), python="max_retries", wire="max_retries"),
        Member("retry_mode", Enum("RetryMode", RETRY_MODES), python="retry_mode", wire="retry_mode"),
        Member(
            "wait_timeout", Scalar("integer", min=1, max=7200), python="wait_timeout", wire="wait_timeout"
        ),
    ]
)


def provider_schema(services: Services) -> Block:
    """The provider block's schema; the `endpoints` block has one setting per service."""
    titles = [s["title"] for s in services.values()]
    named = ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles)
    return Block(
        "",
        None,
        description=f"Manages {named} resources.",
        attrs=[
            Attr(
                "region",
                "string",
                optional=True,
                description="AWS region; defaults to the standard AWS configuration (AWS_REGION, profile).",
            ),
            Attr(
                "profile",
                "string",
                optional=True,
                description="Named profile from the shared AWS configuration files.",
            ),
            Attr(
                "access_key",
                "string",
                optional=True,
                description="Access key id; defaults to the standard AWS credential chain.",
            ),
            Attr(
                "secret_key",
                "string",
                optional=True,
                sensitive=True,
                description="Secret access key that goes with access_key.",
            ),
            Attr(
                "token",
                "string",
                optional=True,
                sensitive=True,
                description="Session token for temporary credentials.",
            ),
            Attr(
                "max_retries",
                "integer",
                "max_retries",
                optional=True,
                description="Attempts per call on throttling and transient errors (boto3 retries); default 5.",
            ),
            Attr(
                "retry_mode",
                "string",
                "retry_mode",
                optional=True,
                description="boto3 retry mode; default standard.",
            ),
            Attr(
                "wait_timeout",
                "integer",
                "wait_timeout",
                optional=True,
                description="Seconds to wait for a resource to reach a state (a flow starting or stopping); default 900.",
            ),
        ],
        blocks=[
            Block(
                "endpoints",
                None,
                description="Endpoint URLs to use instead of AWS's, per service (a local backend, a proxy).",
                attrs=[
                    Attr(s["endpoint"], "string", optional=True, description=f"Endpoint URL for {name}.")
                    for name, s in services.items()
                ],
            ),
        ],
        shape=SETTINGS.name,
    )


class ApiError(Exception):
    """A failed AWS call, named by operation and error code."""

    def __init__(self, operation: str, code: str, message: str, status: int | None = None):
        super().__init__(f"{operation}: {code}: {message}")
        self.operation = operation
        self.code = code
        self.message = message
        self.status = status


@dataclass
class Aws:
    """AWS access as the provider block configures it (empty settings fall back to boto3's chain)."""

    settings: dict[str, Any] = field(default_factory=dict)
    # boto3 service name -> its setting in the `endpoints` block
    endpoint_keys: Mapping[str, str] = field(default_factory=dict)
    _clients: dict[str, Any] = field(default_factory=dict)
    _session: Any = None
    # Terraform's first reads arrive together on the gRPC threads: without it each would build
    # (slowly, holding the GIL in turns) a client of its own.
    _building: threading.Lock = field(default_factory=threading.Lock)

    @property
    def wait_timeout(self) -> float:
        return float(self.settings.get("wait_timeout") or 900)

    def _boto_session(self) -> Any:
        if self._session is None:
            import boto3

            s = self.settings
            self._session = boto3.session.Session(
                aws_access_key_id=s.get("access_key"),
                aws_secret_access_key=s.get("secret_key"),
                aws_session_token=s.get("token"),
                region_name=s.get("region"),
                profile_name=s.get("profile"),
            )
        return self._session

    def client(self, service: str) -> Any:
        """The one boto3 client of a service, built on first use."""
        with self._building:
            if service not in self._clients:
                self._clients[service] = self._new_client(service)
            return self._clients[service]

    def _new_client(self, service: str) -> Any:
        from botocore.config import Config

        s = self.settings
        endpoints = s.get("endpoints") or {}
        retries = {
            "max_attempts": int(s["max_retries"]) if s.get("max_retries") is not None else 5,
            "mode": s.get("retry_mode") or "standard",
        }
        config = Config(retries=retries, user_agent_extra=f"terraform-provider-awsmedia/{VERSION}")
        endpoint = endpoints.get(self.endpoint_keys[service]) or None
        return self._boto_session().client(service, endpoint_url=endpoint, config=config)

    def call(self, service: str, operation: str, params: dict[str, Any]) -> dict[str, Any]:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            client = self.client(service)
            method = service_tables(service).operations[operation].method
            result: dict[str, Any] = getattr(client, method)(**params)
        except ClientError as exc:
            err = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            raise ApiError(
                operation, err.get("Code", "Unknown"), err.get("Message", str(exc)), status
            ) from None
        except BotoCoreError as exc:  # no credentials, no region, endpoint unreachable, bad parameter
            raise ApiError(operation, type(exc).__name__, str(exc)) from None
        result.pop("ResponseMetadata", None)
        return result


def poll(check: Callable[[], bool], timeout: float, describe: str) -> None:
    """Call `check` until it returns True, backing off from 0.1 s to 5 s; TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    delay = 0.1
    while not check():
        if time.monotonic() + delay > deadline:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {describe}")
        time.sleep(delay)
        delay = min(delay * 1.5, 5.0)
