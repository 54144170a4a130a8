"""Shared tables target: one JSON file per service with what every other target acts on (shapes
with their constraints and rules, operations, errors, waiters), read by awsmedia_runtime.tables.

Data rather than Python: it needs neither black nor an import, and one loader serves the typed
clients, the local backend and the provider alike.
"""

from __future__ import annotations

from typing import Any

from ..ir import Member, Model, Operation, Service, Structure, TypeRef, Waiter
from ..render import Renderer, json_text


def type_expr(ref: TypeRef) -> Any:
    """A member's type: a primitive or shape name, or ["list", T] / ["map", T]."""
    if ref.item is not None:
        return [ref.kind, type_expr(ref.item)]
    return ref.name


def member_entry(m: Member) -> dict[str, Any]:
    out: dict[str, Any] = {"type": type_expr(m.type), **dict(sorted(m.constraints.items()))}
    if m.wire_name != m.name:
        out["wire"] = m.wire_name
    if m.location != "body":
        out["location"] = m.location
    if m.required:
        out["required"] = True
    if m.sensitive:
        out["sensitive"] = True
    if m.default is not None:
        out["default"] = m.default
    if m.generated is not None:
        out["generated"] = m.generated
    if m.response_path != (m.name,):  # the response nests it elsewhere (a flat Protocol sits in Transport)
        out["response_path"] = list(m.response_path)
    return out


def structure_entry(s: Structure) -> dict[str, Any]:
    out: dict[str, Any] = {"members": {m.name: member_entry(m) for m in s.members}}
    if s.rules:
        out["rules"] = [{"description": r.description, "when": r.when, "require": r.require} for r in s.rules]
    return out


def operation_entry(op: Operation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "http": [op.http_method, op.http_uri, op.http_status],
        "input": op.input.name if op.input else None,
        "output": op.output.name if op.output else None,
        "errors": [e.name for e in op.errors],
    }
    if op.paginate:
        p = op.paginate
        out["paginate"] = {
            "input_token": p.input_token,
            "output_token": p.output_token,
            "limit_key": p.limit_key,
            "items": p.items,
            "default_page_size": p.default_page_size,
        }
    return out


def waiter_entry(w: Waiter) -> dict[str, Any]:
    return {
        "operation": w.operation.name,
        "path": w.path,
        "success": w.success,
        "retry": w.retry,
        "failure": w.failure,
        "success_on_error": w.success_on_error,
    }


def service_tables(svc: Service) -> dict[str, Any]:
    shapes: dict[str, Any] = {e.name: {"enum": list(e.values)} for e in svc.enums}
    shapes.update({s.name: structure_entry(s) for s in svc.structures})
    return {
        "service": {"name": svc.name, "title": svc.title, "api_version": svc.api_version},
        "errors": {e.name: {"status": e.status, "category": e.category} for e in svc.errors},
        "operations": {op.name: operation_entry(op) for op in svc.operations},
        "waiters": {w.name: waiter_entry(w) for w in svc.waiters},
        "shapes": dict(sorted(shapes.items())),
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files = {f"awsmedia/shapes/{svc.module}.json": json_text(service_tables(svc)) for svc in model.services}
    files["awsmedia/shapes/__init__.py"] = renderer.render("shapes/__init__.py.j2", services=model.services)
    return files
