"""The request a Terraform configuration would send, keyed by API member names: what plan-time
validation checks, for the provider and for the constructs alike.

Nothing here imports tf: a value not known yet is told by the caller's `not_known` (Terraform's
Unknown in the provider, a token in a construct).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..shapes import ListOf, Structure
from .spec import Block, TypeSpec

State = dict[str, Any]
Path = list[Any]  # attribute names and (index,) steps, as tf diagnostics take them
NotKnown = Callable[[Any], bool]


def api_value(t: TypeSpec, value: Any, not_known: NotKnown, keep_unknown: bool = False) -> Any:
    """A Terraform value as the API takes it; with `keep_unknown`, values not known yet stay as they
    are (for validation, which passes over them), else they are left out."""
    if value is None:
        return None
    if not_known(value):
        return value if keep_unknown else None
    if t in ("integer", "number") and isinstance(value, str):
        value = _big_number(value)
    if t == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)  # a fraction stays as it is, for validation to report
    if isinstance(t, tuple):
        kind = t[0]
        # A value of another kind (possible from a construct, never from Terraform) stays as it is,
        # for validation to report.
        if kind == "list":
            if not isinstance(value, (list, tuple)):
                return value
            return [api_value(t[1], v, not_known, keep_unknown) for v in value]
        if not isinstance(value, Mapping):
            return value
        if kind == "map":
            return {k: api_value(t[1], v, not_known, keep_unknown) for k, v in value.items()}
        return {
            member: api_value(sub, value.get(name), not_known, keep_unknown)
            for name, member, sub in t[1]
            if _given(value.get(name), not_known, keep_unknown)
        }
    return value


def _big_number(text: str) -> int | str:
    """Terraform sends a whole number too large for MessagePack's 64-bit integers as its decimal
    text; as a number again, validation reports it as out of range rather than as text. Any other
    text stays text (a construct given "5000" for a number is told it gave a string)."""
    try:
        number = int(text)
    except ValueError:
        return text
    return text if -(2**63) <= number < 2**63 else number


def _given(value: Any, not_known: NotKnown, keep_unknown: bool) -> bool:
    return value is not None and (keep_unknown or not not_known(value))


def to_api(
    block: Block,
    state: State | None,
    not_known: NotKnown,
    keep_unknown: bool = False,
    prior: State | None = None,
) -> dict[str, Any]:
    """A block's known values keyed by API member name (and, with `keep_unknown`, those not known yet).
    Given the `prior` state (an update), a clearable attribute it has and `state` has not is sent
    empty, which clears it."""
    out: dict[str, Any] = {}
    if not state:
        return out
    prior = prior if isinstance(prior, dict) else {}
    for a in block.attrs:
        value = state.get(a.name)
        if a.member and _given(value, not_known, keep_unknown):
            out[a.member] = api_value(a.type, value, not_known, keep_unknown)
        elif a.member and a.clear is not None and _given(prior.get(a.name), not_known, False):
            out[a.member] = a.clear
    for b in block.blocks:
        value = state.get(b.name)
        if not b.member or not _given(value, not_known, keep_unknown):
            continue
        if not_known(value):
            out[b.member] = value
        elif b.nesting == "list" and isinstance(value, (list, tuple)):
            if value:
                before = prior.get(b.name) or []
                out[b.member] = [
                    _block(b, item, not_known, keep_unknown, before[i] if i < len(before) else None)
                    for i, item in enumerate(value)
                ]
        else:
            out[b.member] = _block(b, value, not_known, keep_unknown, prior.get(b.name))
    return out


def _block(block: Block, value: Any, not_known: NotKnown, keep_unknown: bool, prior: State | None) -> Any:
    """One block's value; one of another kind (possible from a construct, never from Terraform)
    stays as it is, for validation to report."""
    return to_api(block, dict(value), not_known, keep_unknown, prior) if isinstance(value, Mapping) else value


def build(shape: Structure, context: dict[str, Any], collection: str | None = None) -> dict[str, Any]:
    """A request of an operation whose input is `shape`: its members that `context` (API names) has
    values for; the resource's own values go in as the one item of `collection` when it is added to
    a parent's list."""
    out: dict[str, Any] = {}
    for m in shape.member_list:
        inner = m.type.item if isinstance(m.type, ListOf) else m.type
        if m.name == collection and isinstance(inner, Structure):
            out[m.name] = [build(inner, context)]
            continue
        value = context.get(m.name)
        if value is None:
            continue
        if isinstance(inner, Structure) and isinstance(value, list):
            out[m.name] = [build(inner, v) if isinstance(v, dict) else v for v in value]
        elif isinstance(inner, Structure) and isinstance(value, dict):
            out[m.name] = build(inner, value)
        else:
            out[m.name] = value  # a value, or one not known yet: validation judges it
    return out
