"""Typed clients target: one module per service under awsmedia/clients/."""

from __future__ import annotations

import json

from dataclasses import dataclass

from ..ir import Member, Model, Operation, Service, Structure, Waiter
from ..render import Renderer


@dataclass
class FieldView:
    attr: str
    annotation: str
    default: str  # "" when mandatory
    required: bool
    doc: str


def field_view(struct: Structure | None, m: Member, for_signature: bool = False) -> FieldView:
    mandatory = m.required if for_signature else bool(struct and struct.field_required(m))
    annotation = m.type.python if mandatory else f"{m.type.python} | None"
    return FieldView(
        attr=m.python_name,
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
    if "max_bytes" in c:
        facts.append(f"at most {c['max_bytes']} bytes in UTF-8")
    if "min_items" in c or "max_items" in c:
        facts.append(f"{c.get('min_items', 0)}..{c.get('max_items', '')} items")
    if m.type.leaf.kind == "enum":
        facts.append("one of " + ", ".join(m.type.leaf.shape.values))
    if m.default is not None:
        facts.append(f"default {json.dumps(m.default)}")
    if m.sensitive:
        facts.append("sensitive")
    text = m.description.rstrip(".") + "."
    return text + (f" ({'; '.join(facts)})" if facts else "")


@dataclass
class OperationView:
    op: Operation
    params: list[FieldView]
    returns: str
    page_size_param: str | None  # set for paginated operations, which also get an iter_* method
    item_type: str | None
    iter_params: list[FieldView]


def operation_view(op: Operation) -> OperationView:
    params = [field_view(op.input, m, for_signature=True) for m in op.params]
    returns = op.output.class_name if op.output else "None"
    pg = op.paginate
    if not (pg and op.input and pg.items_member and pg.items_member.type.item):
        return OperationView(op, params, returns, None, None, params)
    token, limit = op.input.member(pg.input_token), op.input.member(pg.limit_key)
    assert token and limit  # the builder checked that every pagination member exists
    iter_params = [p for p in params if p.attr != token.python_name]
    return OperationView(
        op, params, returns, limit.python_name, pg.items_member.type.item.python, iter_params
    )


@dataclass
class WaiterView:
    waiter: Waiter
    params: list[FieldView]
    returns: str


def waiter_view(w: Waiter) -> WaiterView:
    required = [p for p in operation_view(w.operation).params if p.required]
    returns = w.operation.output.class_name if w.operation.output else "None"
    if w.success_on_error:
        returns = f"{returns} | None"
    return WaiterView(w, required, returns)


def structures_in_order(service: Service) -> list[Structure]:
    return sorted(service.structures, key=lambda s: s.name)


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files: dict[str, str] = {}
    for svc in model.services:
        operations = [operation_view(op) for op in svc.operations]
        waiters = [waiter_view(w) for w in svc.waiters]
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
