"""Start the provider as Terraform's plugin host (go-plugin) expects, quickly.

Terraform launches the provider three to five times per command and waits for one handshake
line on stdout each time. So this module imports only grpc before it prints that line: the
protocol messages, the servicer and the resource declarations are imported when the first call
arrives, boto3 when the first call needs AWS. The TLS certificate is made once and cached with its
expiry, so a cached start needs no cryptography import either. When Terraform is done with a launch,
the process ends at once.

The provider must never write anything else to stdout; errors go to stderr or into diagnostics.

`--debug` serves one long-lived provider instead, for a development loop or a test suite: Terraform
attaches to it through `TF_REATTACH_PROVIDERS` and no longer starts its own, which makes each
command several times faster. It serves one provider configuration at a time.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # only for annotations: the provider imports aws.py after the handshake
    from .aws import Services

# go-plugin's handshake settings for Terraform providers (public constants of Terraform).
_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE"
_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"
_CERT_LIFETIME = 30 * 24 * 3600
_CERT_RENEW_BEFORE = 24 * 3600


def cert_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "awsmedia" / "provider-cert.json"


def _new_certificate() -> dict[str, Any]:
    """A self-signed certificate for the plugin's gRPC server (only on a cache miss)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(seconds=_CERT_LIFETIME))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return {
        "key_pem": key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode(),
        "cert_pem": cert.public_bytes(serialization.Encoding.PEM).decode(),
        "cert_der_b64": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
        "not_after": time.time() + _CERT_LIFETIME,
    }


def certificate() -> dict[str, Any]:
    """The cached certificate, or a new one when there is none or it expires within a day."""
    path = cert_cache_path()
    try:
        cached = json.loads(path.read_text())
        if cached["not_after"] - time.time() > _CERT_RENEW_BEFORE:
            return dict(cached)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    fresh = _new_certificate()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(fresh, f)
        os.replace(tmp, path)
    except OSError:
        pass  # an unwritable cache only costs the next start a new certificate
    return fresh


class _Collector:
    """Stands in for a grpc server so generated `add_*_to_server` functions hand us their handlers."""

    def __init__(self) -> None:
        self.handlers: list[Any] = []

    def add_generic_rpc_handlers(self, handlers: Any) -> None:
        self.handlers.extend(handlers)

    def add_registered_method_handlers(self, service: str, handlers: Any) -> None:
        pass  # the generic handlers above answer the same methods


def _service_handlers(name: str, services: Services, stop: threading.Event) -> list[Any]:
    """Import everything the calls need and build their handlers (runs on the first call)."""
    from tf.gen import grpc_controller_pb2 as controller_pb
    from tf.gen import grpc_controller_pb2_grpc as controller_rpc
    from tf.gen import grpc_stdio_pb2_grpc as stdio_rpc
    from tf.gen import tfplugin_pb2_grpc as rpc

    from .servicer import ProviderServicer

    class Controller(controller_rpc.GRPCControllerServicer):  # type: ignore[misc]
        def Shutdown(self, request: Any, context: Any) -> Any:
            stop.set()
            return controller_pb.Empty()

    class Stdio(stdio_rpc.GRPCStdioServicer):  # type: ignore[misc]
        def StreamStdio(self, request: Any, context: Any) -> Any:
            return iter(())

    collector = _Collector()
    rpc.add_ProviderServicer_to_server(ProviderServicer(name, services, stop), collector)
    controller_rpc.add_GRPCControllerServicer_to_server(Controller(), collector)
    stdio_rpc.add_GRPCStdioServicer_to_server(Stdio(), collector)
    return collector.handlers


def _lazy_handler(build: Callable[[], list[Any]]) -> Any:
    import grpc

    class LazyHandler(grpc.GenericRpcHandler):  # type: ignore[misc]
        def __init__(self) -> None:
            self._handlers: list[Any] | None = None
            self._lock = threading.Lock()

        def service(self, details: Any) -> Any:
            if self._handlers is None:
                with self._lock:
                    if self._handlers is None:
                        self._handlers = build()
            for h in self._handlers:
                found = h.service(details)
                if found is not None:
                    return found
            return None

    return LazyHandler()


def serve(name: str, services: Services, argv: list[str] | None = None) -> None:
    """Run the provider until Terraform stops it, SIGTERM or Ctrl-C; with --debug, also until the
    process that started it ends. Then the process ends at once (see `_leave`)."""
    argv = sys.argv[1:] if argv is None else argv
    debug = argv == ["--debug"]
    if not debug and os.environ.get(_COOKIE_KEY) != _COOKIE_VALUE:
        sys.stderr.write(
            "terraform-provider-awsmedia is a Terraform plugin: Terraform starts it.\n"
            "Install it with `awsmedia-provider install` and use it from a Terraform configuration,\n"
            "or run it with --debug and attach Terraform to it through TF_REATTACH_PROVIDERS.\n"
        )
        raise SystemExit(1)
    from concurrent import futures

    import grpc

    stop = threading.Event()
    # SIGTERM (a supervisor, a benchmark) ends the loop below, so the socket folder is removed.
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=8),
        handlers=[_lazy_handler(lambda: _service_handlers(name, services, stop))],
    )
    parent = os.getppid()
    # A unix socket path must fit in 108 bytes; a deep TMPDIR would make the bind fail.
    base = tempfile.gettempdir()
    if len(base) > 60:
        base = "/tmp"
    with tempfile.TemporaryDirectory(prefix="awsmedia-provider-", dir=base) as tmp:
        socket = os.path.join(tmp, "plugin.sock")
        if debug:
            _announce_debug(name, server, socket)
        else:
            _handshake(server, socket)
        try:
            # A debug server's parent that went away (a killed test run) cannot stop it any more.
            while not stop.wait(0.1) and not (debug and os.getppid() != parent):
                pass
        except KeyboardInterrupt:
            pass
        # Calls under way, the Shutdown call's own answer among them, get half a second to finish.
        server.stop(grace=0.5).wait()
    _leave()


def _leave() -> None:
    """End the process now. Terraform waits for a provider's process to end each time it closes one
    (go-plugin: the Shutdown call, then up to 2 s before a kill), several times per command; the
    interpreter's own shutdown (grpc's threads, the worker pool, the boto3 warm-up, every module)
    has nothing left to do and would add a tenth of a second or more to each."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _handshake(server: Any, socket: str) -> None:
    """Serve over TLS and tell Terraform where, as go-plugin expects of a plugin it started."""
    import grpc

    cert = certificate()
    server.add_secure_port(
        f"unix://{socket}",
        grpc.ssl_server_credentials([(cert["key_pem"].encode(), cert["cert_pem"].encode())]),
    )
    server.start()
    # core protocol | app protocol | network | address | protocol | server certificate (unpadded)
    sys.stdout.write(f"1|6|unix|{socket}|grpc|{cert['cert_der_b64'].rstrip('=')}\n")
    sys.stdout.flush()


def _announce_debug(name: str, server: Any, socket: str) -> None:
    """Serve without TLS (go-plugin uses none when it reattaches; the socket's folder is this user's
    only) and print the TF_REATTACH_PROVIDERS value as one JSON line. "Test" tells go-plugin that the
    process outlives each command: Terraform neither stops nor kills it when a command is done."""
    server.add_insecure_port(f"unix://{socket}")
    server.start()
    config = json.dumps(
        {
            name: {
                "Protocol": "grpc",
                "ProtocolVersion": 6,
                "Pid": os.getpid(),
                "Test": True,
                "Addr": {"Network": "unix", "String": socket},
            }
        }
    )
    sys.stdout.write(config + "\n")
    sys.stdout.flush()
    sys.stderr.write(f"Attach Terraform to this provider with:\n  export TF_REATTACH_PROVIDERS='{config}'\n")
