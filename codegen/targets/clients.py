"""Typed clients target: one module per service under awsmedia/clients/."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..ir import Member, Model, Operation, Service, Structure, TypeRef, Waiter
from ..render import Renderer, json_text


def type_table(ref: TypeRef, constraints: dict[str, Any]) -> dict[str, Any]:
    """The runtime's description of a type with its constraints (see awsmedia_runtime.tables)."""
    if ref.kind == "list" or ref.kind == "map":
        assert ref.item
        inner = {k[len("item_"):]: v for k, v in constraints.items() if k.startswith("item_")}
        outer = {k: v for k, v in sorted(constraints.items()) if k in ("min_items", "max_items")}
        return {ref.kind: type_table(ref.item, inner), **outer}
    if ref.kind == "structure":
        return {"structure": ref.name}
    if ref.kind == "enum":
        return {"enum": ref.shape.class_name}
    return {"scalar": ref.name, **dict(sorted(constraints.items()))}


@dataclass
class FieldView:
    attr: str
    key: str
    annotation: str
    default: str  # "" when mandatory
    required: bool
    doc: str


def field_view(struct: Structure | None, m: Member, for_signature: bool = False) -> FieldView:
    mandatory = m.required if for_signature else bool(struct and struct.field_required(m))
    annotation = m.type.python if mandatory else f"{m.type.python} | None"
    return FieldView(
        attr=m.python_name,
        key=m.name,
        annotation=annotation,
        default="" if mandatory else " = None",
        required=m.required,
        doc=member_doc(m),
    )


def member_doc(m: Member) -> str:
    """The docstring line for a member: description plus the facts a caller needs."""
    facts = []
    c = m.constraints
    if "min" in c or "max" in c:
        facts.append(f"range {c.get('min', '')}..{c.get('max', '')}")
    if "min_length" in c or "max_length" in c:
        facts.append(f"length {c.get('min_length', 0)}..{c.get('max_length', '')}")
    if "min_items" in c or "max_items" in c:
        facts.append(f"{c.get('min_items', 0)}..{c.get('max_items', '')} items")
    if m.type.leaf.kind == "enum":
        facts.append("one of " + ", ".join(m.type.leaf.shape.values))
    if m.default is not None:
        facts.append(f"default {m.default}")
    if m.sensitive:
        facts.append("sensitive")
    text = m.description.rstrip(".") + "."
    return text + (f" ({'; '.join(facts)})" if facts else "")


def _path_attrs(op: Operation, path: list[str]) -> list[str]:
    attrs, current = [], op.output
    for part in path:
        member = current.member(part) if current else None
        assert member is not None
        attrs.append(member.python_name)
        current = member.type.shape if member.type.kind == "structure" else None
    return attrs


@dataclass
class OperationView:
    op: Operation
    params: list[FieldView]
    returns: str
    pagination: dict[str, str] | None
    item_type: str | None
    iter_params: list[FieldView]


def operation_view(op: Operation) -> OperationView:
    params = [field_view(op.input, m, for_signature=True) for m in op.params]
    pagination = None
    item_type = None
    iter_params = params
    if op.paginate and op.input and op.output and op.paginate.items_member:
        pg = op.paginate

        def attr(s: Structure, n: str) -> str:
            member = s.member(n)
            assert member  # the builder checked that every pagination member exists
            return member.python_name

        pagination = {
            "input_token": attr(op.input, pg.input_token),
            "output_token": attr(op.output, pg.output_token),
            "limit": attr(op.input, pg.limit_key),
            "items": attr(op.output, pg.items),
        }
        assert pg.items_member and pg.items_member.type.item
        item_type = pg.items_member.type.item.python
        iter_params = [p for p in params if p.attr != pagination["input_token"]]
    return OperationView(op, params, op.output.class_name if op.output else "None", pagination, item_type, iter_params)


@dataclass
class WaiterView:
    waiter: Waiter
    params: list[FieldView]
    path: tuple[str, ...]
    returns: str


def waiter_view(w: Waiter) -> WaiterView:
    required = [p for p in operation_view(w.operation).params if p.required]
    returns = w.operation.output.class_name if w.operation.output else "None"
    if w.success_on_error:
        returns = f"{returns} | None"
    return WaiterView(w, required, tuple(_path_attrs(w.operation, w.path)), returns)


def structures_in_order(service: Service) -> list[Structure]:
    return sorted(service.structures, key=lambda s: s.name)


def tables(svc: Service, operations: list[OperationView], waiters: list[WaiterView]) -> dict[str, Any]:
    """What the runtime validates and converts with: structures, operations and waiters, as data."""
    structures = {}
    for s in structures_in_order(svc):
        entry: dict[str, Any] = {"fields": [[m.python_name, m.name, type_table(m.type, m.constraints), m.required] for m in s.members]}
        if s.rules:
            entry["rules"] = [[r.description, r.when, r.require] for r in s.rules]
        structures[s.class_name] = entry
    ops = {
        v.op.name: {
            "method": v.op.python_name,
            "input": v.op.input.class_name if v.op.input else None,
            "output": v.op.output.class_name if v.op.output else None,
            "pagination": v.pagination,
        }
        for v in operations
    }
    waits = {
        v.waiter.name: {
            "operation": v.waiter.operation.name,
            "path": list(v.path),
            "success": v.waiter.success,
            "retry": v.waiter.retry,
            "failure": v.waiter.failure,
            "success_on_error": v.waiter.success_on_error,
        }
        for v in waiters
    }
    return {"structures": structures, "operations": ops, "waiters": waits}


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files: dict[str, str] = {}
    for svc in model.services:
        operations = [operation_view(op) for op in svc.operations]
        waiters = [waiter_view(w) for w in svc.waiters]
        files[f"awsmedia/clients/{svc.module}.json"] = json_text(tables(svc, operations, waiters))
        files[f"awsmedia/clients/{svc.module}.py"] = renderer.render(
            "clients/service.py.j2",
            service=svc,
            structures=[(s, [field_view(s, m) for m in s.members]) for s in structures_in_order(svc)],
            operations=operations,
            waiters=waiters,
            enums=sorted(svc.enums, key=lambda e: e.name),
        )
    files["awsmedia/clients/__init__.py"] = renderer.render("clients/__init__.py.j2", services=model.services)
    return files
