"""rest-json on the wire: request -> parameters (model member names), validation, record -> response body."""
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, unquote

from ..shapes import rule_broken
from .tables import PRIMITIVE_TYPES, MemberSpec, Node, OperationSpec


class ApiError(Exception):
    """An error the service answers with: its own error code, HTTP status and message."""

    def __init__(self, code: str, status: int, message: str):
        super().__init__(message)
        self.code, self.status, self.message = code, status, message


def parse_request(op: OperationSpec, path_values: tuple[str, ...], query: str, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    """Collect the operation's input members from URI labels, query string, headers and JSON body."""
    params: dict[str, Any] = {}
    shape = op.input
    if shape is None:
        return params
    labels = dict(zip(op.labels, path_values))
    qs = parse_qs(query, keep_blank_values=True) if query else {}
    payload: Any = {}
    if body:
        try:
            payload = json.loads(body)
        except ValueError as exc:
            raise ValueError(f"request body is not valid JSON: {exc}") from None
        if not isinstance(payload, dict):
            raise ValueError("request body must be a JSON object")
    for m in shape.members.values():
        if m.location == "uri":
            if m.wire in labels:
                params[m.name] = unquote(labels[m.wire])
        elif m.location == "querystring":
            if m.wire in qs:
                values = qs[m.wire]
                params[m.name] = values if m.node.kind == "list" else _scalar(m.node.kind, values[-1])
        elif m.location == "header":
            value = headers.get(m.wire)
            if value is not None:
                params[m.name] = _scalar(m.node.kind, value)
        elif m.wire in payload:
            params[m.name] = from_wire(payload[m.wire], m.node)
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


def from_wire(value: Any, node: Node) -> Any:
    """JSON body value -> the same value keyed by model member names."""
    if node.kind == "structure" and isinstance(value, dict):
        out = {}
        for key, v in value.items():
            spec = node.by_wire.get(key)
            if spec is not None and v is not None:
                out[spec.name] = from_wire(v, spec.node)
        return out
    if node.kind == "list" and isinstance(value, list) and node.item is not None:
        return [from_wire(v, node.item) for v in value]
    if node.kind == "map" and isinstance(value, dict) and node.item is not None:
        return {k: from_wire(v, node.item) for k, v in value.items()}
    return value


# -- validation ------------------------------------------------------------------------------------


def validate(value: Any, node: Node, path: str, problems: list[str]) -> None:
    """Check a parameter tree against the model: types, required members, enums, ranges, lengths, patterns, counts, rules."""
    kind = node.kind
    if kind == "structure":
        if not isinstance(value, dict):
            problems.append(f"{path or 'input'}: expected an object")
            return
        for m in node.members.values():
            v = value.get(m.name)
            where = f"{path}.{m.wire}" if path else m.wire
            if v is None:
                if m.required:
                    problems.append(f"{where}: required but missing")
                continue
            validate(v, m.node, where, problems)
            if m.constraints:
                _constraints(v, m, where, problems)
        for rule in node.rules:
            if rule_broken(rule, value):
                problems.append(f"{path + '.' if path else ''}{rule.require['path']}: {rule.description}")
    elif kind == "list":
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list")
            return
        assert node.item is not None
        for i, v in enumerate(value):
            validate(v, node.item, f"{path}[{i}]", problems)
    elif kind == "map":
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object")
            return
        assert node.item is not None
        for k, v in value.items():
            validate(v, node.item, f"{path}.{k}", problems)
    elif kind == "enum":
        if value not in node.values:
            problems.append(f"{path}: {value!r} is not one of: {', '.join(sorted(node.values))}")
    else:
        types = PRIMITIVE_TYPES.get(kind, (object,))
        if not isinstance(value, types) or (isinstance(value, bool) and kind != "boolean"):
            problems.append(f"{path}: expected {kind}, got {value!r}")


def _constraints(v: Any, m: MemberSpec, where: str, problems: list[str]) -> None:
    c = m.constraints
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if ("min" in c and v < c["min"]) or ("max" in c and v > c["max"]):
            problems.append(f"{where}: {v} is out of range {c.get('min', '')}..{c.get('max', '')}")
    elif isinstance(v, str):
        if ("min_length" in c and len(v) < c["min_length"]) or ("max_length" in c and len(v) > c["max_length"]):
            problems.append(f"{where}: length {len(v)} is out of range {c.get('min_length', 0)}..{c.get('max_length', '')}")
        if m.regex is not None and not m.regex.fullmatch(v):
            problems.append(f"{where}: {v!r} does not match {c['pattern']}")
    elif isinstance(v, (list, dict)):
        if ("min_items" in c and len(v) < c["min_items"]) or ("max_items" in c and len(v) > c["max_items"]):
            problems.append(f"{where}: {len(v)} items; allowed {c.get('min_items', 0)}..{c.get('max_items', '')}")
        if isinstance(v, list):
            for i, item in enumerate(v):
                if not isinstance(item, str):
                    continue
                if ("item_min_length" in c and len(item) < c["item_min_length"]) or ("item_max_length" in c and len(item) > c["item_max_length"]):
                    problems.append(f"{where}[{i}]: length {len(item)} is out of range")
                if m.item_regex is not None and not m.item_regex.fullmatch(item):
                    problems.append(f"{where}[{i}]: {item!r} does not match {c['item_pattern']}")


# -- responses -------------------------------------------------------------------------------------


def to_wire(value: Any, node: Node) -> Any:
    """A stored value (model member names) -> JSON for the response, keeping only what the shape declares."""
    kind = node.kind
    if kind == "structure":
        if not isinstance(value, dict):
            return None
        out = {}
        for m in node.members.values():
            v = value.get(m.name)
            if v is not None:
                out[m.wire] = to_wire(v, m.node)
        return out
    if kind == "list":
        assert node.item is not None
        return [to_wire(v, node.item) for v in value]
    if kind == "map":
        assert node.item is not None
        return {k: to_wire(v, node.item) for k, v in value.items()}
    if kind == "timestamp" and isinstance(value, datetime.datetime):
        return value.isoformat()
    return value
