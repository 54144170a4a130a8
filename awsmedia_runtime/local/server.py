"""HTTP front of the local backend: rest-json for the three services plus a small control API.

boto3 finds it with `endpoint_url`; the service is told apart by the signing scope in the
Authorization header (the same one boto3 always sends), and the region in that scope goes into ARNs.
Control endpoints live under /_awsmedia/: health, faults, reset, state, and ivs/streams to
start a simulated broadcast.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from . import hooks
from .engine import READ_ROLES, Backend, Call, Reply
from .faults import AFTER, FaultConfig, Faults
from .signing import parse_credentials, signature_error
from .store import StateFile
from ..shapes import render_path, validate
from ..tables import Operation
from .tables import ServiceTable
from .wire import ApiError, parse_request

_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request")
# The largest body the backend reads. No modelled request comes near it (the largest are a flow with
# 50 outputs and entitlements, some tens of kilobytes); a larger one is refused unread so that one
# request cannot hold the process's memory.
MAX_BODY_BYTES = 8 * 1024 * 1024
_FAULT_STATUS = {
    "too_many_requests": (429, "ThrottlingException"),
    "internal": (500, "InternalFailure"),
    "unavailable": (503, "ServiceUnavailable"),
    "lost": (500, "InternalFailure"),
}
# What serve_api answers for a request whose connection is to be closed with no answer.
DROP = None


class LocalServer:
    """The backend on 127.0.0.1; `with LocalServer() as s:` serves on a free port in a background thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        seed: int | None = None,
        transition_delay: float = 0.5,
        faults: FaultConfig | None = None,
        state_file: str | None = None,
        account: str = "123456789012",
        credentials: dict[str, str] | None = None,
    ):
        self.credentials = credentials or {}  # access key -> secret; empty: any signature is taken
        self.faults = Faults(faults)
        self.backend = Backend(
            seed=seed,
            transition_delay=transition_delay,
            account=account,
            consistency_delay=lambda: self.faults.config.consistency_delay_ms / 1000,
        )
        self.store = StateFile(state_file) if state_file else None
        if self.store:
            saved = self.store.load()
            for service, held in saved.items():
                if service in self.backend.state:
                    self.backend.state[service].update(held)
            if saved and seed is not None:
                # The seed alone would draw again the IDs the saved resources have: go on from a seed of
                # the seed and the saved state, so IDs stay new and a run still repeats.
                self.backend.rng.seed(f"{seed}:{json.dumps(saved, sort_keys=True)}")
        self.httpd = ThreadingHTTPServer((host, port), _handler_class(self))
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> LocalServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="awsmedia-local", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        if self.store:
            self.store.close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- request handling ----------------------------------------------------------------------

    def find(
        self, service: str | None, method: str, path: str
    ) -> tuple[ServiceTable, Operation, tuple[str, ...]] | None:
        tables = self.backend.tables
        for table in [tables[service]] if service in tables else tables.values():
            for name, route in table.routes.items():
                if route.method == method:
                    m = route.pattern.match(path)
                    if m:
                        return table, table.operations[name], m.groups()
        return None

    def serve_api(
        self, method: str, raw_path: str, headers: Any, body: bytes | str
    ) -> tuple[int, dict[str, str], bytes] | None:
        """One API request; `body` is the bytes read, or why the body was not read. None (DROP): close the
        connection without an answer."""
        authorization = headers.get("Authorization")
        scope = _SCOPE.search(authorization or "")
        region, service = (scope.group(1), scope.group(2)) if scope else ("us-east-1", None)
        parts = urlsplit(raw_path)
        found = self.find(service, method, parts.path)
        if found is None:
            return _error_response(
                ApiError(
                    "UnknownOperationException",
                    404,
                    f"the local backend does not emulate {method} {parts.path} of {service or 'any service it knows'}",
                )
            )
        table, op, labels = found
        # A request must carry a signature, as on AWS; it is checked when the backend has credentials.
        if authorization is None:
            return _error_response(
                ApiError("MissingAuthenticationTokenException", 403, "Missing Authentication Token")
            )
        if scope is None:
            return _error_response(
                ApiError(
                    "IncompleteSignatureException",
                    400,
                    "the Authorization header is not an AWS Signature Version 4 header: expected "
                    "'AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=...'",
                )
            )
        bad_request = table.error_for("bad_request")
        if isinstance(body, str):
            return _error_response(
                ApiError(bad_request, table.status_of(bad_request), f"{table.name}: {body}")
            )
        refused = (
            signature_error(self.credentials, method, raw_path, headers, body) if self.credentials else None
        )
        if refused is not None:
            return _error_response(refused)
        delay, category = self.faults.draw(op.name)
        if delay:
            time.sleep(delay)
        if category and category not in AFTER:
            return _fault_response(table, category)
        answer = self._carry_out(table, op, labels, parts.query, headers, body, region)
        if category == "dropped":
            return DROP
        return _fault_response(table, category) if category else answer

    def _carry_out(
        self,
        table: ServiceTable,
        op: Operation,
        labels: tuple[str, ...],
        query: str,
        headers: Any,
        body: bytes,
        region: str,
    ) -> tuple[int, dict[str, str], bytes]:
        bad_request = table.error_for("bad_request")
        try:
            params = parse_request(op, table.routes[op.name], labels, query, headers, body)
        except ValueError as exc:
            return _error_response(
                ApiError(bad_request, table.status_of(bad_request), f"{table.name}: {exc}")
            )
        if op.input is not None:
            problems = validate(op.input, params)
            if problems:
                detail = "; ".join(
                    f"{render_path(op.input, p.path, 'wire') or 'input'}: {p.message}" for p in problems
                )
                return _error_response(ApiError(bad_request, table.status_of(bad_request), detail))
        call = Call(table, op, params, region)
        try:
            reply = self.backend.handle(call)
            if self.store and self.backend.role(table.name, op.name) not in READ_ROLES:
                with self.backend.lock:
                    self.store.save(table.name, self.backend.state[table.name])
        except ApiError as exc:
            return _error_response(exc)
        return _ok_response(reply)

    def serve_control(self, method: str, path: str, body: bytes | str) -> tuple[int, dict[str, str], bytes]:
        try:
            if isinstance(body, str):
                raise ValueError(body)
            data = json.loads(body) if body else {}
            if not isinstance(data, dict):
                raise ValueError("the body must be a JSON object")
            if path == "/_awsmedia/health":
                return _json(200, {"status": "ok", "services": sorted(self.backend.tables)})
            if path == "/_awsmedia/faults" and method == "GET":
                return _json(200, self.faults.as_dict())
            if path == "/_awsmedia/faults/injected" and method == "GET":
                return _json(200, self.faults.tally())
            if path == "/_awsmedia/faults" and method in ("PUT", "POST"):
                self.faults.configure(FaultConfig.from_dict(data))
                return _json(200, self.faults.as_dict())
            if path == "/_awsmedia/reset" and method == "POST":
                self.backend.reset()
                self.faults.configure(FaultConfig())
                if self.store:
                    for service in self.backend.state:
                        self.store.save(service, self.backend.state[service])
                return _json(200, {"reset": True})
            if path == "/_awsmedia/state" and method == "GET":
                with self.backend.lock:
                    return _json(200, self.backend.state)
            if path == "/_awsmedia/ivs/streams" and method == "POST":
                if not isinstance(data.get("channelArn"), str):
                    raise ValueError("channelArn (string) is required")
                stream = hooks.start_stream(
                    self.backend,
                    data["channelArn"],
                    health=data.get("health", "HEALTHY"),
                    viewer_count=int(data.get("viewerCount", 0)),
                )
                if self.store:
                    with self.backend.lock:
                        self.store.save("ivs", self.backend.state["ivs"])
                return _json(200, stream)
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            return _json(400, {"message": str(exc).strip("'\"")})
        return _json(
            404,
            {
                "message": f"unknown control endpoint {method} {path}; see /_awsmedia/health, faults, faults/injected, reset, state, ivs/streams"
            },
        )


def _json(status: int, payload: Any) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json"}, json.dumps(payload).encode()


def _ok_response(reply: Reply) -> tuple[int, dict[str, str], bytes]:
    body = b"" if reply.body is None and reply.status == 204 else json.dumps(reply.body or {}).encode()
    return reply.status, {"Content-Type": "application/json"}, body


def _fault_response(table: ServiceTable, category: str) -> tuple[int, dict[str, str], bytes]:
    """An injected failure, with the service's own error for its status where it has one."""
    status, fallback = _FAULT_STATUS[category]
    code = next((n for n, e in table.errors.items() if e.status == status), fallback)
    return _error_response(ApiError(code, status, f"injected fault: {category.replace('_', ' ')}"))


def _error_response(exc: ApiError) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"message": exc.message, "__type": exc.code}).encode()
    return exc.status, {"Content-Type": "application/json", "x-amzn-ErrorType": exc.code}, body


def _handler_class(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: boto3 reuses its connections
        disable_nagle_algorithm = True

        def _serve(self) -> None:
            body = self._read_body()
            try:
                if self.path.startswith("/_awsmedia/"):
                    status, headers, payload = server.serve_control(
                        self.command, urlsplit(self.path).path, body
                    )
                else:
                    answer = server.serve_api(self.command, self.path, self.headers, body)
                    if answer is DROP:
                        self.close_connection = True
                        return
                    status, headers, payload = answer
            except Exception as exc:  # a bug in the backend: answer 500 in the service's style, keep serving
                status, headers, payload = _error_response(
                    ApiError("InternalFailure", 500, f"local backend error: {exc!r}")
                )
            self._send(status, headers, payload)

        def _read_body(self) -> bytes | str:
            """The request body, or why it was left unread (then the connection is closed after the
            answer, since the unread bytes would be taken for the next request)."""
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                self.close_connection = True
                return "chunked request bodies are not supported; send a Content-Length"
            declared = self.headers.get("Content-Length") or "0"
            if not declared.isdigit():
                self.close_connection = True
                return f"Content-Length {declared!r} is not a number of bytes"
            if int(declared) > MAX_BODY_BYTES:
                self.close_connection = True
                return (
                    f"the request body of {declared} bytes is larger than the {MAX_BODY_BYTES} bytes accepted"
                )
            return self.rfile.read(int(declared)) if int(declared) else b""

        def _send(self, status: int, headers: dict[str, str], payload: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
            self.send_header("Content-Length", str(len(payload)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if payload and self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve

        def __getattr__(self, name: str) -> Any:
            # Any other method (http.server answers those 501 in HTML) is an operation nobody has.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            # A request http.server cannot parse (request line, header block): rest-json, not HTML, with
            # a status line even when the request line had none (HTTP/0.9), and a 4xx also for an HTTP
            # version it does not speak (505 there).
            self.close_connection = True
            self.request_version = self.protocol_version
            status = code if code < 500 else 400
            error = ApiError("BadRequest", status, message or explain or "the request could not be parsed")
            self._send(*_error_response(error))

        def log_message(
            self, format: str, *args: Any
        ) -> None:  # quiet: tests and demos print their own lines
            pass

    return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="awsmedia-local",
        description="Local AWS-compatible backend for MediaConnect, MediaPackage VOD and IVS.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=4580, help="port to bind; 0 picks a free one (default 4580)"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for generated IDs, so runs repeat")
    parser.add_argument(
        "--state-file", default=None, help="SQLite file that keeps state across restarts (default: in memory)"
    )
    parser.add_argument(
        "--transition-delay",
        type=float,
        default=0.5,
        help="seconds a flow spends STARTING/STOPPING (default 0.5)",
    )
    parser.add_argument("--account", default="123456789012", help="account ID used in ARNs")
    parser.add_argument(
        "--credentials",
        action="append",
        default=[],
        metavar="KEY:SECRET",
        help="an access key and its secret; given any, requests must be signed with one of them (repeatable)",
    )
    for rate in ("throttle-rate", "error-rate", "unavailable-rate"):
        parser.add_argument(
            f"--{rate}",
            type=float,
            default=0.0,
            help=f"share of requests that fail with {rate.split('-')[0]} (0..1)",
        )
    parser.add_argument(
        "--lost-rate", type=float, default=0.0, help="share of requests carried out, then answered 500 (0..1)"
    )
    parser.add_argument(
        "--dropped-rate",
        type=float,
        default=0.0,
        help="share of requests carried out, then their connection closed with no answer (0..1)",
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="milliseconds added to every request")
    parser.add_argument(
        "--consistency-delay-ms",
        type=float,
        default=0.0,
        help="milliseconds a new resource reads as not found (absent from lists) after its create",
    )
    parser.add_argument("--fault-seed", type=int, default=0, help="seed for which requests fail")
    parser.add_argument(
        "--fault-operations",
        default="",
        help="comma-separated operation names (CreateFlow,AddFlowOutputs): fail only these (default: all)",
    )
    args = parser.parse_args(argv)
    try:
        faults = FaultConfig.from_dict(
            {
                "throttle_rate": args.throttle_rate,
                "error_rate": args.error_rate,
                "unavailable_rate": args.unavailable_rate,
                "lost_rate": args.lost_rate,
                "dropped_rate": args.dropped_rate,
                "latency_ms": args.latency_ms,
                "consistency_delay_ms": args.consistency_delay_ms,
                "seed": args.fault_seed,
                "operations": [o for o in args.fault_operations.split(",") if o],
            }
        )
        server = LocalServer(
            args.host,
            args.port,
            seed=args.seed,
            transition_delay=args.transition_delay,
            faults=faults,
            state_file=args.state_file,
            account=args.account,
            credentials=parse_credentials(args.credentials),
        )
    except (ValueError, OSError) as exc:
        print(f"awsmedia-local: {exc}", file=sys.stderr)
        return 2
    print(
        f"awsmedia local backend on {server.url} ({', '.join(sorted(server.backend.tables))}); Ctrl-C stops it",
        flush=True,
    )
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.httpd.shutdown).start())
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
        if server.store:
            server.store.close()
    return 0
