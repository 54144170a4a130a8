"""Local backend target: the emulator's resource definitions and tagging operations per service,
read by awsmedia_runtime.local beside the shared tables (shapes, operations, errors)."""
from __future__ import annotations

from typing import Any

from ..ir import Model, Resource, Service
from ..render import Renderer, json_text


def _resource(r: Resource) -> dict[str, Any]:
    out: dict[str, Any] = {
        "shape": r.shape.name, "identifier": r.identifier, "arn": r.arn_member, "tags": r.tags,
        "create": r.create, "read": r.read, "update": r.update, "delete": r.delete, "list": r.list, "batch_read": r.batch_read,
        "list_filters": r.list_filters, "cascade": [list(c) for c in r.cascade],
    }
    if r.parent:
        p = r.parent
        out["parent"] = {"resource": p.resource, "member": p.member, "collection": p.collection, "max": p.max, "max_error": p.max_error}
    if r.states:
        s = r.states
        out["states"] = {"member": s.member, "delete_when": s.delete_when, "deleting": s.deleting,
                         "actions": {op: {"from": a.source, "through": a.through, "to": a.target} for op, a in s.actions.items()}}
    return out


def service_table(svc: Service) -> dict[str, Any]:
    return {
        "resources": {r.name: _resource(r) for r in svc.resources},
        "tagging": vars(svc.tagging) if svc.tagging else None,
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files = {
        f"awsmedia/local/{svc.name}.json": json_text(service_table(svc)) for svc in model.services
    }
    files["awsmedia/local/__init__.py"] = renderer.render("local/__init__.py.j2", services=model.services)
    return files
