"""Calls to AWS for the provider: clients from the provider configuration, errors, waiting.

boto3 is imported on the first call, not when the provider starts: `terraform validate` and
plans without refresh never pay for it.
"""

from __future__ import annotations

import random
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
        Member(
            "consistency_window",
            Scalar("integer", min=0, max=3600),
            python="consistency_window",
            wire="consistency_window",
        ),
    ]
)
# Seconds a resource this provider created keeps being read while it reads as not found (not visible yet),
# before it counts as gone. Two minutes, as terraform-provider-aws waits for a new resource to propagate
# (its PropagationTimeout).
CONSISTENCY_WINDOW = 120


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
            Attr(
                "consistency_window",
                "integer",
                "consistency_window",
                optional=True,
                description="Seconds to keep reading a new resource that reads as not found (not visible yet) "
                "before it counts as gone: right after its create, and in the next refresh if it had not shown "
                f"by then; at most wait_timeout; default {CONSISTENCY_WINDOW}, 0 turns it off.",
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
    """A failed AWS call, named by operation and error code. `retry` says whether sending it again may
    help: "throttled" (the service turned it away before doing anything), "unknown" (a server error or a
    lost connection: it may have been carried out), or None."""

    def __init__(
        self, operation: str, code: str, message: str, status: int | None = None, retry: str | None = None
    ):
        super().__init__(f"{operation}: {code}: {message}")
        self.operation = operation
        self.code = code
        self.message = message
        self.status = status
        self.retry = retry


@dataclass
class Aws:
    """AWS access as the provider block configures it (empty settings fall back to boto3's chain)."""

    settings: dict[str, Any] = field(default_factory=dict)
    # boto3 service name -> its setting in the `endpoints` block
    endpoint_keys: Mapping[str, str] = field(default_factory=dict)
    _clients: dict[tuple[str, bool], Any] = field(default_factory=dict)
    _session: Any = None
    # Terraform's first reads arrive together on the gRPC threads: without it each would build
    # (slowly, holding the GIL in turns) a client of its own.
    _building: threading.Lock = field(default_factory=threading.Lock)

    @property
    def wait_timeout(self) -> float:
        return float(self.settings.get("wait_timeout") or 900)

    @property
    def consistency_window(self) -> float:
        window = self.settings.get("consistency_window")
        return float(CONSISTENCY_WINDOW if window is None else window)

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

    @property
    def max_retries(self) -> int:
        value = self.settings.get("max_retries")
        return 5 if value is None else int(value)

    def client(self, service: str, retries: bool = True) -> Any:
        """The one boto3 client of a service (or its twin that never retries), built on first use."""
        with self._building:
            if (service, retries) not in self._clients:
                self._clients[(service, retries)] = self._new_client(service, retries)
            return self._clients[(service, retries)]

    def _new_client(self, service: str, retries: bool) -> Any:
        from botocore.config import Config

        s = self.settings
        endpoints = s.get("endpoints") or {}
        mode = s.get("retry_mode") or "standard"
        attempts = {"max_attempts": self.max_retries} if retries else {"total_max_attempts": 1}
        config = Config(
            retries={**attempts, "mode": mode}, user_agent_extra=f"terraform-provider-awsmedia/{VERSION}"
        )
        endpoint = endpoints.get(self.endpoint_keys[service]) or None
        return self._boto_session().client(service, endpoint_url=endpoint, config=config)

    def scope(self, service: str) -> tuple[str, str, str]:
        """Where a service's resources live: its endpoint, the region and the access key."""
        client = self.client(service)
        credentials = self._boto_session().get_credentials()
        return (
            client.meta.endpoint_url,
            client.meta.region_name,
            credentials.access_key if credentials else "",
        )

    def call(
        self, service: str, operation: str, params: dict[str, Any], retries: bool = True
    ) -> dict[str, Any]:
        """One operation's response. With `retries` off, boto3 sends it once: for a create that a second
        copy would duplicate, which the caller retries itself after looking for what the first made."""
        from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
        from botocore.exceptions import ConnectionError as NoConnection

        try:
            client = self.client(service, retries)
            method = service_tables(service).operations[operation].method
            result: dict[str, Any] = getattr(client, method)(**params)
        except ClientError as exc:
            err = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            code = err.get("Code", "Unknown")
            known = service_tables(service).errors.get(code)
            throttled = status == 429 or (known is not None and known.category == "too_many_requests")
            retry = "throttled" if throttled else "unknown" if (status or 0) >= 500 else None
            raise ApiError(operation, code, err.get("Message", str(exc)), status, retry) from None
        except (NoConnection, HTTPClientError) as exc:  # it may have arrived before the connection failed
            raise ApiError(operation, type(exc).__name__, str(exc), retry="unknown") from None
        except BotoCoreError as exc:  # no credentials, no region, bad parameter
            raise ApiError(operation, type(exc).__name__, str(exc)) from None
        result.pop("ResponseMetadata", None)
        return result


def back_off(attempt: int) -> None:
    """Wait before sending again: a random share of 0.25 s doubled per attempt, at most 10 s."""
    time.sleep(random.uniform(0, min(10.0, 0.25 * 2**attempt)))


def poll(check: Callable[[], bool], timeout: float, describe: str) -> None:
    """Call `check` until it returns True, backing off from 0.1 s to 5 s; TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    delay = 0.1
    while not check():
        if time.monotonic() + delay > deadline:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {describe}")
        time.sleep(delay)
        delay = min(delay * 1.5, 5.0)
