"""Local backend target: one wire-level table per service, read by awsmedia_runtime.local.

The tables are JSON rather than Python: they are pure data, so they need neither black nor an
import, and the backend loads them without pulling in the typed clients.
"""
from __future__ import annotations

from typing import Any

from ..ir import Member, Model, Operation, Resource, Rule, Service, Structure, Tagging
from ..render import Renderer, json_text


def _member(m: Member) -> dict[str, Any]:
    out: dict[str, Any] = {"type": m.type.model}
    if m.wire_name != m.name:
        out["wire"] = m.wire_name
    if m.location != "body":
        out["location"] = m.location
    if m.required:
        out["required"] = True
    if m.constraints:
        out["constraints"] = dict(m.constraints)
    if m.default is not None:
        out["default"] = m.default
    if m.generated is not None:
        out["generated"] = m.generated
    if m.response_path != (m.name,):  # stored elsewhere in the response structure (a flat Protocol in Transport)
        out["response_path"] = list(m.response_path)
    return out


def _structure(s: Structure) -> dict[str, Any]:
    out: dict[str, Any] = {"members": {m.name: _member(m) for m in s.members}}
    if s.rules:
        out["rules"] = [_rule(r) for r in s.rules]
    return out


def _operation(op: Operation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "method": op.http_method,
        "uri": op.http_uri,
        "status": op.http_status,
        "input": op.input.name if op.input else None,
        "output": op.output.name if op.output else None,
        "errors": [e.name for e in op.errors],
    }
    if op.paginate:
        p = op.paginate
        out["paginate"] = {"input_token": p.input_token, "output_token": p.output_token, "limit_key": p.limit_key, "items": p.items,
                           "default_page_size": p.default_page_size}
    return out


def _rule(r: Rule) -> dict[str, Any]:
    return {"description": r.description, "when": r.when, "require": r.require}


def _resource(r: Resource) -> dict[str, Any]:
    out: dict[str, Any] = {
        "shape": r.shape.name, "identifier": r.identifier, "arn": r.arn_member, "tags": r.tags,
        "create": r.create.name, "read": r.read.name, "update": [op.name for op in r.update], "delete": r.delete.name,
        "list": r.list.name if r.list else None, "list_filters": r.list_filters, "cascade": [list(c) for c in r.cascade],
    }
    if r.batch_read:
        b = r.batch_read
        out["batch_read"] = {"operation": b.operation.name, "ids": b.ids, "items": b.items, "errors": b.errors,
                             "error_id": b.error_id, "error_message": b.error_message}
    if r.parent:
        p = r.parent
        out["parent"] = {"resource": p.resource, "member": p.member, "collection": p.collection, "max": p.max, "max_error": p.max_error}
        if p.rules:
            out["parent"]["rules"] = [_rule(x) for x in p.rules]
    if r.states:
        s = r.states
        out["states"] = {"member": s.member, "delete_when": s.delete_when, "deleting": s.deleting,
                         "actions": {op: {"from": a.source, "through": a.through, "to": a.target} for op, a in s.actions.items()}}
    return out


def _tagging(t: Tagging) -> dict[str, str]:
    return {"tag": t.tag.name, "untag": t.untag.name, "list": t.list.name, "arn_member": t.arn_member,
            "tags_member": t.tags_member, "keys_member": t.keys_member, "list_member": t.list_member}


def service_table(svc: Service) -> dict[str, Any]:
    shapes: dict[str, Any] = {e.name: {"enum": list(e.values)} for e in svc.enums}
    shapes.update({s.name: _structure(s) for s in svc.structures})
    return {
        "service": {"name": svc.name, "title": svc.title, "api_version": svc.api_version},
        "errors": {e.name: {"status": e.status, "category": e.category} for e in svc.errors},
        "operations": {op.name: _operation(op) for op in svc.operations},
        "shapes": dict(sorted(shapes.items())),
        "resources": {r.name: _resource(r) for r in svc.resources},
        "tagging": _tagging(svc.tagging) if svc.tagging else None,
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files = {
        f"awsmedia/local/{svc.name}.json": json_text(service_table(svc)) for svc in model.services
    }
    files["awsmedia/local/__init__.py"] = renderer.render("local/__init__.py.j2", services=model.services)
    return files
