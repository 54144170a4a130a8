"""rest-json on the wire: request -> parameters (model member names), record -> response body.
Requests are validated by the shared interpreter (awsmedia_runtime.shapes.validate)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, unquote

from ..shapes import ListOf, MapOf, Shape, Structure
from ..tables import Operation
from .tables import Route


class ApiError(Exception):
    """An error the service answers with: its own error code, HTTP status and message."""

    def __init__(self, code: str, status: int, message: str):
        super().__init__(message)
        self.code, self.status, self.message = code, status, message


def parse_request(
    op: Operation,
    route: Route,
    path_values: tuple[str, ...],
    query: str,
    headers: Mapping[str, str],
    body: bytes,
) -> dict[str, Any]:
    """Collect the operation's input members from URI labels, query string, headers and JSON body."""
    params: dict[str, Any] = {}
    shape = op.input
    if shape is None:
        return params
    labels = dict(zip(route.labels, path_values))
    qs = parse_qs(query, keep_blank_values=True) if query else {}
    unknown = sorted(set(qs) - {m.wire for m in shape.member_list if m.location == "querystring"})
    payload: Any = {}
    if body:
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
            raise ValueError(f"request body is not valid JSON: {exc}") from None
        if not isinstance(payload, dict):
            raise ValueError("request body must be a JSON object")
    for m in shape.member_list:
        if m.location == "uri":
            if m.wire in labels:
                params[m.name] = unquote(labels[m.wire])
        elif m.location == "querystring":
            if m.wire in qs:
                values = qs[m.wire]
                params[m.name] = values if m.type.kind == "list" else _scalar(m.type.kind, values[-1])
        elif m.location == "header":
            value = headers.get(m.wire)
            if value is not None:
                params[m.name] = _scalar(m.type.kind, value)
        elif m.wire in payload:
            params[m.name] = from_wire(payload[m.wire], m.type, m.wire, unknown)
    unknown += sorted(k for k in payload if k not in shape.by_wire or shape.by_wire[k].location != "body")
    if unknown:
        # Dropping them would answer a question the caller did not ask (a filter taken away).
        raise ValueError(
            f"the local backend does not support {', '.join(unknown)} in {op.name} (not in its model)"
        )
    return params


def _scalar(kind: str, text: str) -> Any:
    """Query and header values arrive as text; numbers and booleans are converted (bad ones stay text and fail validation)."""
    if kind in ("integer", "long"):
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower(), text)
    return text


def from_wire(value: Any, shape: Shape, path: str, unknown: list[str]) -> Any:
    """JSON body value -> the same value keyed by model member names; keys the model does not know
    are noted in `unknown` by their path."""
    if isinstance(shape, Structure) and isinstance(value, dict):
        out = {}
        for key, v in value.items():
            member = shape.by_wire.get(key)
            if member is None:
                unknown.append(f"{path}.{key}")
            elif v is not None:
                out[member.name] = from_wire(v, member.type, f"{path}.{key}", unknown)
        return out
    if isinstance(shape, ListOf) and isinstance(value, list):
        return [from_wire(v, shape.item, f"{path}[{i}]", unknown) for i, v in enumerate(value)]
    if isinstance(shape, MapOf) and isinstance(value, dict):
        return {k: from_wire(v, shape.item, f"{path}[{k!r}]", unknown) for k, v in value.items()}
    return value


def to_wire(value: Any, shape: Shape) -> Any:
    """A stored value (model member names) -> JSON for the response, keeping only what the shape declares."""
    if isinstance(shape, Structure):
        if not isinstance(value, dict):
            return None
        out = {}
        for m in shape.member_list:
            v = value.get(m.name)
            if v is not None:
                out[m.wire] = to_wire(v, m.type)
        return out
    if isinstance(shape, ListOf):
        return [to_wire(v, shape.item) for v in value]
    if isinstance(shape, MapOf):
        return {k: to_wire(v, shape.item) for k, v in value.items()}
    if shape.kind == "timestamp" and isinstance(value, datetime.datetime):
        return value.isoformat()
    return value
