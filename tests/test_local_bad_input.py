"""Bad requests to the local backend, sent as raw HTTP: each is answered with a 4xx in the service's
rest-json error shape (its own error code, `message`), never a 500 or a dropped connection, and the
server goes on serving the next normal call."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from awsmedia_runtime.local.server import MAX_BODY_BYTES

from .conftest import boto3_client


def signed(service: str) -> dict[str, str]:
    """An Authorization header of SigV4's form (the backend takes any signature)."""
    return {
        "Authorization": f"AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/{service}/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=" + "0" * 64,
        "Content-Type": "application/json",
    }


@pytest.fixture
def server(local_endpoint: str) -> Iterator[tuple[str, int]]:
    parts = urlsplit(local_endpoint)
    assert parts.hostname and parts.port
    yield parts.hostname, parts.port
    # Whatever came before, the server still serves a normal call.
    ivs = boto3_client("ivs", local_endpoint)
    assert ivs.create_channel(name="after")["channel"]["name"] == "after"


def call(
    where: tuple[str, int],
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], Any]:
    conn = http.client.HTTPConnection(*where, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        answer = conn.getresponse()
        raw = answer.read()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, json.loads(raw) if raw else None
    finally:
        conn.close()


def raw_exchange(where: tuple[str, int], request: bytes) -> tuple[int, dict[str, str], Any]:
    """Bytes no HTTP client would send (a bad request line, undecodable octets in the path)."""
    with socket.create_connection(where, timeout=10) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, json.loads(body) if body else None


def assert_service_error(answer: tuple[int, dict[str, str], Any], status: int, code: str, words: str) -> None:
    got_status, headers, body = answer
    assert (got_status, headers.get("x-amzn-errortype")) == (status, code), answer
    assert body["__type"] == code and words in body["message"], body


def test_malformed_json_and_wrong_bodies_are_the_services_bad_request(server: tuple[str, int]) -> None:
    ivs, mc, vod = signed("ivs"), signed("mediaconnect"), signed("mediapackage-vod")
    cases = [
        (("POST", "/CreateChannel", b'{"name": ', ivs), 400, "ValidationException", "not valid JSON"),
        (("POST", "/CreateChannel", b"[1, 2]", ivs), 400, "ValidationException", "must be a JSON object"),
        (
            ("POST", "/v1/flows", b"<Flow><Name>x</Name></Flow>", mc),
            400,
            "BadRequestException",
            "not valid JSON",
        ),
        (
            ("POST", "/packaging_groups", b'{"id": "\xff\xfe"}', vod),
            422,
            "UnprocessableEntityException",
            "not valid JSON",
        ),
        (
            ("POST", "/CreateChannel", b"[" * 100_000 + b"]" * 100_000, ivs),
            400,
            "ValidationException",
            "JSON",
        ),
        (("POST", "/CreateChannel", b'{"latencyMode": NaN}', ivs), 400, "ValidationException", "latencyMode"),
        (
            ("POST", "/CreateChannel", b'{"name": {"a": [1, {"b": null}]}}', ivs),
            400,
            "ValidationException",
            "name",
        ),
        (("POST", "/CreateChannel", b'{"tags": {"k": 7}}', ivs), 400, "ValidationException", "tags"),
        (("POST", "/CreateChannel", b'{"nope": 1}', ivs), 400, "ValidationException", "nope"),
    ]
    for (method, path, body, headers), status, code, words in cases:
        assert_service_error(call(server, method, path, body, headers), status, code, words)
    # A body of valid JSON is read whatever its declared type, as the services do.
    text_plain = {**ivs, "Content-Type": "text/plain"}
    status, _, body = call(server, "POST", "/CreateChannel", b'{"name": "typed"}', text_plain)
    assert status == 200 and body["channel"]["name"] == "typed"
    xml = {**ivs, "Content-Type": "application/xml"}
    assert_service_error(
        call(server, "POST", "/CreateChannel", b"<a/>", xml), 400, "ValidationException", "JSON"
    )


def test_bodies_the_backend_will_not_read_are_refused_unread(server: tuple[str, int]) -> None:
    """A huge declared length, a length that is no number, a chunked body: refused before reading,
    and the connection closed (its unread bytes cannot be taken for a next request)."""
    for extra in (
        {"Content-Length": str(MAX_BODY_BYTES + 1)},
        {"Content-Length": str(10**12)},
        {"Content-Length": "-1"},
        {"Content-Length": "lots"},
        {"Transfer-Encoding": "chunked"},
    ):
        conn = http.client.HTTPConnection(*server, timeout=10)
        try:
            conn.putrequest("POST", "/CreateChannel", skip_accept_encoding=True)
            for key, value in {**signed("ivs"), **extra}.items():
                conn.putheader(key, value)
            conn.endheaders()
            conn.send(b'{"name": "x"}')
            answer = conn.getresponse()
            status, errortype, body = (
                answer.status,
                answer.getheader("x-amzn-ErrorType"),
                json.loads(answer.read()),
            )
            assert answer.getheader("Connection") == "close"
        finally:
            conn.close()
        assert (status, errortype) == (400, "ValidationException"), (extra, body)
        assert "ivs: " in body["message"] and body["__type"] == "ValidationException"
    # A body a little under the limit is read and judged like any other.
    big = json.dumps({"name": "x" * (MAX_BODY_BYTES - 100)}).encode()
    assert_service_error(
        call(server, "POST", "/CreateChannel", big, signed("ivs")), 400, "ValidationException", "name"
    )


def test_unknown_paths_and_methods_are_unknown_operations(server: tuple[str, int]) -> None:
    for method, path in [
        ("GET", "/v9/nothing"),
        ("GET", "/CreateChannel"),  # IVS takes POST only
        ("DELETE", "/v1/flows"),
        ("PATCH", "/assets"),
        ("OPTIONS", "/v1/flows"),
        ("BREW", "/CreateChannel"),
        ("GET", "/../../etc/passwd"),
    ]:
        assert_service_error(
            call(server, method, path, None, signed("mediaconnect")), 404, "UnknownOperationException", method
        )
    status, headers, body = call(server, "HEAD", "/CreateChannel", None, signed("ivs"))
    assert (status, headers["x-amzn-errortype"], body) == (404, "UnknownOperationException", None)


def test_requests_without_a_signature_are_refused(server: tuple[str, int]) -> None:
    body = b'{"name": "x"}'
    assert_service_error(
        call(server, "POST", "/CreateChannel", body, {"Content-Type": "application/json"}),
        403,
        "MissingAuthenticationTokenException",
        "Missing Authentication Token",
    )
    for authorization in (
        "Bearer abc",
        "AWS4-HMAC-SHA256 Signature=00",
        "AWS4-HMAC-SHA256 Credential=k/2026/x",
    ):
        assert_service_error(
            call(server, "POST", "/CreateChannel", body, {"Authorization": authorization}),
            400,
            "IncompleteSignatureException",
            "Signature Version 4",
        )
    # Any signature of the right form is taken: the backend holds no account's keys (see README).
    status, _, answer = call(server, "POST", "/CreateChannel", b'{"name": "signed"}', signed("ivs"))
    assert status == 200 and answer["channel"]["name"] == "signed"


def test_path_traversal_and_undecodable_labels_are_not_found(server: tuple[str, int]) -> None:
    vod, mc = signed("mediapackage-vod"), signed("mediaconnect")
    for label in ("../../etc/passwd", "..", "%2e%2e", "\x00", "é/../x"):
        assert_service_error(
            call(server, "GET", "/assets/" + quote(label, safe=""), None, vod),
            404,
            "NotFoundException",
            "Asset",
        )
    # A label with a pattern is judged by it first; one that fits it is looked up like any other.
    assert_service_error(
        call(server, "GET", "/v1/flows/" + quote("arn:aws:mediaconnect:../../x", safe=""), None, mc),
        400,
        "BadRequestException",
        "does not match the pattern",
    )
    traversing = quote("arn:aws:mediaconnect:us-east-1:123456789012:flow:1-2-3:../../../etc", safe="")
    assert_service_error(
        call(server, "GET", f"/v1/flows/{traversing}", None, mc), 404, "NotFoundException", "flow"
    )
    assert_service_error(call(server, "GET", "/assets/%FF%FE", None, vod), 404, "NotFoundException", "Asset")
    headers = "".join(f"{k}: {v}\r\n" for k, v in vod.items())
    undecodable = f"GET /assets/\xff\xfe HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode("latin-1")
    assert_service_error(raw_exchange(server, undecodable), 404, "NotFoundException", "Asset")


def test_requests_http_cannot_parse_get_a_rest_json_400(server: tuple[str, int]) -> None:
    for request in (
        b"GARBAGE\r\n\r\n",
        b"GET /a b c HTTP/1.1\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /" + b"x" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"GET /x HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n",
    ):
        status, headers, body = raw_exchange(server, request)
        assert 400 <= status < 500 and headers["x-amzn-errortype"] == "BadRequest" and body["message"], body


# -- random bodies against every operation ------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def routes(local_server: Any) -> list[tuple[str, str, str, list[str], list[str]]]:
    """(service, method, URI template, URI labels, body member wire names) of every operation."""
    out = []
    for name, table in sorted(local_server.backend.tables.items()):
        for op in table.operations.values():
            members = [m.wire for m in op.input.member_list if m.location == "body"] if op.input else []
            out.append(
                (name, op.http_method, op.uri.partition("?")[0], list(table.routes[op.name].labels), members)
            )
    return out


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_random_bodies_and_labels_never_reach_a_server_error(
    local_endpoint: str, routes: list[tuple[str, str, str, list[str], list[str]]], data: st.DataObject
) -> None:
    service, method, uri, labels, members = data.draw(st.sampled_from(routes), label="operation")
    for label in labels:
        value = data.draw(st.text(min_size=1, max_size=30), label=label)
        uri = uri.replace("{" + label + "}", quote(value, safe="")).replace("{" + label + "+}", quote(value))
    keys = st.sampled_from(members) | st.text(max_size=10) if members else st.text(max_size=10)
    body = data.draw(st.dictionaries(keys, JSON, max_size=5), label="body")
    parts = urlsplit(local_endpoint)
    assert parts.hostname and parts.port
    status, headers, answer = call(
        (parts.hostname, parts.port), method, uri, json.dumps(body).encode(), signed(service)
    )
    assert status < 500, (status, answer)
    if status >= 400:
        assert headers["x-amzn-errortype"] == answer["__type"] and answer["message"], answer
