"""Values between Terraform and the API, driven by the declarations in spec.py.

Terraform state uses snake_case attribute names and nested blocks; the API uses member names.
Every function here walks a Block, so each rule holds for every resource at every depth.
"""

from __future__ import annotations

from typing import Any

from tf.types import Unknown

from ..shapes import value_at
from . import request
from .request import Path, State
from .spec import Attr, Block, TypeSpec


def unknown(value: Any) -> bool:
    """A value Terraform knows only after apply (a reference to a computed attribute)."""
    return value is Unknown


def known(value: Any) -> bool:
    return value is not None and value is not Unknown


def to_api(block: Block, state: State | None, prior: State | None = None) -> dict[str, Any]:
    """A block's known values keyed by API member name; given the `prior` state (an update), a
    clearable attribute it has and `state` has not is sent empty, which clears it."""
    return request.to_api(block, state, unknown, prior=prior)


def tf_value(t: TypeSpec, value: Any) -> Any:
    """An API value as Terraform state holds it; objects carry every field (null when absent)."""
    if value is None:
        return None
    if t == "timestamp":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if t == "integer":
        return int(value)
    if isinstance(t, tuple):
        kind = t[0]
        if kind == "list":
            return [tf_value(t[1], v) for v in value]
        if kind == "map":
            return {k: tf_value(t[1], v) for k, v in value.items()}
        return {name: tf_value(sub, value.get(member)) for name, member, sub in t[1]}
    return value


def _same_empty(a: Attr, value: Any, before: Any) -> Any:
    """A configured value the API returns empty keeps the configuration's form: services answer
    `{}` for "no tags" (after UntagResource too) and "" for a cleared description, which a
    configuration says with null."""
    configurable = a.optional or a.required
    empty_form = a.clear is not None or (isinstance(a.type, tuple) and a.type[0] in ("list", "map"))
    if configurable and empty_form and not value and not before and value is not Unknown:
        return before
    return value


def from_api(block: Block, data: Any, prior: State | None) -> State:
    """State for a block from what the API returned; what the API does not return comes from `prior`."""
    prior = prior if isinstance(prior, dict) else {}
    state: State = {}
    for a in block.attrs:
        if not a.read_path:
            state[a.name] = prior.get(a.name)
        else:
            state[a.name] = _same_empty(a, tf_value(a.type, value_at(data, a.read_path)), prior.get(a.name))
    for b in block.blocks:
        before = prior.get(b.name)
        if not b.read_path:
            state[b.name] = before if before is not None else ([] if b.nesting == "list" else None)
            continue
        raw = value_at(data, b.read_path)
        if b.nesting == "list":
            before_items = before if isinstance(before, list) else []
            state[b.name] = [
                from_api(b, item, before_items[i] if i < len(before_items) else None)
                for i, item in enumerate(raw or [])
            ]
        else:
            state[b.name] = from_api(b, raw, before) if raw is not None else None
    return state


def empty(block: Block) -> State:
    """A state with every attribute null and every block empty."""
    return {
        **{a.name: None for a in block.attrs},
        **{b.name: [] if b.nesting == "list" else None for b in block.blocks},
    }


def conform(block: Block, state: Any) -> State:
    """Exactly the block's attributes (missing ones null, unknown ones dropped), at every depth of
    blocks and object values: how older states are upgraded."""
    state = state if isinstance(state, dict) else {}
    out = empty(block)
    for a in block.attrs:
        if a.name in state:
            out[a.name] = _conform_value(a.type, state[a.name])
    for b in block.blocks:
        value = state.get(b.name)
        if b.nesting == "list":
            out[b.name] = [conform(b, v) for v in value] if isinstance(value, list) else []
        elif isinstance(value, dict):
            out[b.name] = conform(b, value)
        elif isinstance(value, list) and value:  # a block once stored as a one-item list
            out[b.name] = conform(b, value[0])
    return out


def _conform_value(t: TypeSpec, value: Any) -> Any:
    """A stored value in the shape of its type now: an object that gained fields (a computed
    attribute's) holds them as null, one that lost fields drops them, so the state encodes."""
    if value is None or isinstance(t, str):
        return value
    if t[0] == "list" and isinstance(value, list):
        return [_conform_value(t[1], v) for v in value]
    if t[0] == "map" and isinstance(value, dict):
        return {k: _conform_value(t[1], v) for k, v in value.items()}
    if t[0] == "object" and isinstance(value, dict):
        return {name: _conform_value(sub, value.get(name)) for name, _member, sub in t[1]}
    return value


def plan(block: Block, proposed: State, prior: State | None, config: State | None = None) -> State:
    """The planned value of a block.

    Computed attributes the configuration leaves out keep their prior value; without one (a new
    resource, a new list element) they get the default, or are unknown until apply. A single
    block absent from `config` is planned absent: Terraform before 1.3 proposes the prior value
    for a single block removed from the configuration, which it then rejects as an invalid plan.
    """
    out = dict(proposed)
    for a in block.attrs:
        if not a.computed or known(out.get(a.name)):
            continue
        if prior is not None:
            out[a.name] = prior.get(a.name)
        else:
            out[a.name] = a.default if a.default is not None else Unknown
    if prior is not None and any(_differs(prior.get(a.name), out.get(a.name)) for a in block.attrs):
        for a in block.attrs:
            if a.recomputed:
                out[a.name] = Unknown
    for b in block.blocks:
        value = out.get(b.name)
        before = prior.get(b.name) if prior is not None else None
        conf = config.get(b.name) if isinstance(config, dict) else None
        if b.nesting == "single" and isinstance(config, dict) and conf is None:
            out[b.name] = None
        elif b.nesting == "list" and isinstance(value, list):
            before_items = before if isinstance(before, list) else []
            conf_items = conf if isinstance(conf, list) else []
            out[b.name] = [
                (
                    plan(
                        b,
                        item,
                        before_items[i] if i < len(before_items) else None,
                        conf_items[i] if i < len(conf_items) else None,
                    )
                    if isinstance(item, dict)
                    else item
                )
                for i, item in enumerate(value)
            ]
        elif isinstance(value, dict):
            out[b.name] = plan(
                b,
                value,
                before if isinstance(before, dict) else None,
                conf if isinstance(conf, dict) else None,
            )
    return out


def settled(planned: Any, current: Any) -> Any:
    """`planned` with what it leaves to the service (its unknown values) taken from `current`."""
    if planned is Unknown:
        return current
    if isinstance(planned, dict) and isinstance(current, dict):
        return {k: settled(v, current.get(k)) for k, v in planned.items()}
    if isinstance(planned, list) and isinstance(current, list) and len(planned) == len(current):
        return [settled(p, c) for p, c in zip(planned, current)]
    return planned


def _differs(a: Any, b: Any) -> bool:
    if a is Unknown or b is Unknown:
        return True
    return bool(a != b)


def replacements(block: Block, prior: State, planned: State, path: Path | None = None) -> list[Path]:
    """Paths whose change forces a new resource."""
    path = path or []
    found: list[Path] = []
    for a in block.attrs:
        if (
            a.replace
            and not (a.computed and not a.optional)
            and _differs(prior.get(a.name), planned.get(a.name))
        ):
            found.append(path + [a.name])
    for b in block.blocks:
        before, after = prior.get(b.name), planned.get(b.name)
        if b.replace:
            if _differs(before, after):
                found.append(path + [b.name])
            continue
        if b.nesting == "list":
            before_items, after_items = before or [], after or []
            for i, item in enumerate(after_items):
                if i < len(before_items) and isinstance(item, dict):
                    found += replacements(b, before_items[i], item, path + [b.name, (i,)])
        elif isinstance(before, dict) and isinstance(after, dict):
            found += replacements(b, before, after, path + [b.name])
        elif isinstance(before, dict) and after is None:
            # Update operations can set a block but not clear it (leaving it out means "unchanged").
            found.append(path + [b.name])
        elif _differs(before, after) and _has_replace(b):
            found.append(path + [b.name])  # added, and part of it can only be set at create
    return found


def _has_replace(block: Block) -> bool:
    return any(a.replace for a in block.attrs) or any(_has_replace(b) for b in block.blocks)


def changed(block: Block, prior: State, planned: State) -> set[str]:
    """Top-level attribute and block names whose value differs."""
    names = [a.name for a in block.attrs] + [b.name for b in block.blocks]
    return {n for n in names if _differs(prior.get(n), planned.get(n))}
