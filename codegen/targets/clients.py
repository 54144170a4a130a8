"""Typed clients target: one module per service under awsmedia/clients/."""

from __future__ import annotations

import json

from dataclasses import dataclass

from awsmedia_runtime.facts import member_facts
from awsmedia_runtime.tables import ServiceTables, tables_from_data

from ..ir import Member, Model, Operation, Service, Structure, Waiter
from ..render import Renderer
from . import shapes


@dataclass
class FieldView:
    attr: str
    annotation: str
    default: str  # "" when mandatory
    required: bool
    doc: str


def runtime_tables(svc: Service) -> ServiceTables:
    """The shared tables the runtime loads for a service, built from the IR: what the facts are worded from."""
    return tables_from_data(shapes.service_tables(svc), svc.file)


def field_view(tables: ServiceTables, struct: Structure, m: Member, for_signature: bool = False) -> FieldView:
    mandatory = m.required if for_signature else struct.field_required(m)
    annotation = m.type.python if mandatory else f"{m.type.python} | None"
    return FieldView(
        attr=m.python_name,
        annotation=annotation,
        default="" if mandatory else " = None",
        required=m.required,
        doc=member_doc(tables, struct, m),
    )


def member_doc(tables: ServiceTables, struct: Structure, m: Member) -> str:
    """The docstring line for a member: its description, then its facts in the words of the reference
    docs and the provider (awsmedia_runtime.facts)."""
    found = member_facts(tables.structure(struct.name).members[m.name])
    return " ".join([m.description.rstrip(".") + "."] + [f.text for f in found])


@dataclass
class OperationView:
    op: Operation
    params: list[FieldView]
    returns: str
    page_size_param: str | None  # set for paginated operations, which also get an iter_* method
    item_type: str | None
    iter_params: list[FieldView]


def operation_view(tables: ServiceTables, op: Operation) -> OperationView:
    params = [field_view(tables, op.input, m, for_signature=True) for m in op.params] if op.input else []
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


def waiter_view(tables: ServiceTables, w: Waiter) -> WaiterView:
    required = [p for p in operation_view(tables, w.operation).params if p.required]
    returns = w.operation.output.class_name if w.operation.output else "None"
    if w.success_on_error:
        returns = f"{returns} | None"
    return WaiterView(w, required, returns)


def structures_in_order(service: Service) -> list[Structure]:
    return sorted(service.structures, key=lambda s: s.name)


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files: dict[str, str] = {}
    for svc in model.services:
        tables = runtime_tables(svc)
        operations = [operation_view(tables, op) for op in svc.operations]
        waiters = [waiter_view(tables, w) for w in svc.waiters]
        files[f"awsmedia/clients/{svc.module}.py"] = renderer.render(
            "clients/service.py.j2",
            service=svc,
            structures=[(s, [field_view(tables, s, m) for m in s.members]) for s in structures_in_order(svc)],
            operations=operations,
            waiters=waiters,
            enums=sorted(svc.enums, key=lambda e: e.name),
        )
    files["awsmedia/clients/__init__.py"] = renderer.render("clients/__init__.py.j2", services=model.services)
    return files
