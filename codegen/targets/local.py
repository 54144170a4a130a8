"""Local backend target: the emulator's resource definitions and tagging operations per service,
read by awsmedia_runtime.local beside the shared tables (shapes, operations, errors)."""

from __future__ import annotations

from typing import Any

from ..ir import Model, Resource, Rule, Service, Tagging
from ..render import Renderer, json_text


def _rule(r: Rule) -> dict[str, Any]:
    return {"description": r.description, "when": r.when, "require": r.require}


def _resource(r: Resource) -> dict[str, Any]:
    out: dict[str, Any] = {
        "shape": r.shape.name,
        "identifier": r.identifier,
        "arn": r.arn_member,
        "tags": r.tags,
        "create": r.create.name,
        "read": r.read.name,
        "update": [op.name for op in r.update],
        "delete": r.delete.name,
        "list": r.list.name if r.list else None,
        "list_filters": r.list_filters,
        "cascade": [list(c) for c in r.cascade],
    }
    if r.update_members:  # an operation that changes one member, as a 2018 flow's UpdateFlowSource
        out["update_members"] = {member: op.name for member, op in r.update_members.items()}
    if r.batch_read:
        b = r.batch_read
        out["batch_read"] = {
            "operation": b.operation.name,
            "ids": b.ids,
            "items": b.items,
            "errors": b.errors,
            "error_id": b.error_id,
            "error_message": b.error_message,
        }
    if r.parent:
        p = r.parent
        out["parent"] = {
            "resource": p.resource,
            "member": p.member,
            "collection": p.collection,
            "key": p.key,
            "max": p.max,
            "max_error": p.max_error,
            "blocks_delete": p.blocks_delete,
        }
        if p.rules:
            out["parent"]["rules"] = [_rule(x) for x in p.rules]
    if r.states:
        s = r.states
        out["states"] = {
            "member": s.member,
            "delete_when": s.delete_when,
            "deleting": s.deleting,
            "actions": {
                op: {"from": a.source, "through": a.through, "to": a.target} for op, a in s.actions.items()
            },
        }
    return out


def _tagging(t: Tagging) -> dict[str, str]:
    return {
        "tag": t.tag.name,
        "untag": t.untag.name,
        "list": t.list.name,
        "arn_member": t.arn_member,
        "tags_member": t.tags_member,
        "keys_member": t.keys_member,
        "list_member": t.list_member,
    }


def service_table(svc: Service) -> dict[str, Any]:
    return {
        "resources": {r.name: _resource(r) for r in svc.resources},
        "tagging": _tagging(svc.tagging) if svc.tagging else None,
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files = {f"awsmedia/local/{svc.name}.json": json_text(service_table(svc)) for svc in model.services}
    files["awsmedia/local/__init__.py"] = renderer.render("local/__init__.py.j2", services=model.services)
    return files
