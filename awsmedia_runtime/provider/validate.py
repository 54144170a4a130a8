"""Plan-time checks of a configuration. The request the configuration would send (for the
provider block, its settings) is checked by the shared interpreter, `awsmedia_runtime.shapes`,
which words every problem as the typed clients and the local backend word it; this module only
titles each problem and names its path in Terraform's names. Values not known yet (references; a
construct's tokens) pass unchecked, with every rule that needs them: Terraform validates again once
they are known, and the service checks the rest. The caller tells them (`not_known`): nothing here
imports tf, so the constructs run these same checks when they are created.
"""

from __future__ import annotations

from typing import Any

from .. import shapes
from ..tables import service_tables
from .diagnostics import Failure
from .spec import Block, DataSourceSpec, ResourceSpec
from .request import NotKnown, Path, State, build, to_api

# A diagnostic's summary, by the kind of problem.
_TITLES = {
    "type": "Wrong type for",
    "required": "Missing value for",
    "unknown": "Unknown attribute",
    "value": "Invalid value for",
    "range": "Value out of range for",
    "length": "Invalid length for",
    "format": "Invalid format for",
    "items": "Wrong number of items in",
    "combination": "Invalid combination at",
}


def show(path: Path) -> str:
    out = ""
    for step in path:
        out += (
            f"[{step[0]!r}]"
            if isinstance(step, tuple) and isinstance(step[0], str)
            else (f"[{step[0]}]" if isinstance(step, tuple) else ("." if out else "") + step)
        )
    return out


def terraform_path(block: Block, steps: shapes.Path) -> Path:
    """A problem's path (member names, indexes, keys) in the block's attribute and block names."""
    out: Path = []
    current: Block | None = block
    for step in steps:
        if current is None or isinstance(step, int):
            out.append((step,))  # an element of a list block or of an attribute's list or map
            continue
        nested = next((b for b in current.blocks if b.member == step), None)
        if nested is not None:
            out.append(nested.name)
            current = nested
            continue
        attr = next((a for a in current.attrs if a.member == step), None)
        out.append(attr.name if attr else step)
        current = None
    return out


def problems(
    shape: shapes.Structure, value: Any, schema: Block, not_known: NotKnown, at: shapes.Path = ()
) -> list[Failure]:
    """Every problem of `value` (member names; the schema's root sits at `at` inside it)."""
    found = []
    for p in shapes.validate(shape, value, deferred=not_known):
        steps = p.path[len(at) :] if p.path[: len(at)] == at else p.path
        path = terraform_path(schema, steps)
        found.append(Failure(f"{_TITLES[p.kind]} {show(path)}", p.message, path))
    return found


def check_resource(spec: ResourceSpec, config: State | None, not_known: NotKnown) -> list[Failure]:
    """The problems of the create request a resource's configuration would send."""
    if not isinstance(config, dict):
        return []
    op = service_tables(spec.service).operations[spec.create]
    assert op.input is not None  # the generator builds resources from the create input
    request = build(op.input, to_api(spec.schema, config, not_known, keep_unknown=True), spec.collection)
    return problems(
        op.input, request, spec.schema, not_known, (spec.collection, 0) if spec.collection else ()
    )


def check_data_source(spec: DataSourceSpec, config: State | None, not_known: NotKnown) -> list[Failure]:
    """The problems of the request the configuration would send: the read's, or with a lookup given
    instead of the identifier, the lookup's (exactly one of the two ways)."""
    operation = spec.operation
    if not isinstance(config, dict):
        return []
    values = to_api(spec.schema, config, not_known, keep_unknown=True)
    if spec.lookup is not None:
        lookup = spec.lookup
        names = [lookup.identifier, *lookup.by]
        given = [n for n in names if n in values]
        if len(given) != 1 or (given[0] != lookup.identifier and set(lookup.by) - set(values)):
            shown = [terraform_path(spec.schema, (n,))[0] for n in names]
            one, other = shown[0], " and ".join(str(n) for n in shown[1:])
            return [
                Failure(
                    f"Invalid combination at {one}",
                    f"give either {one} or {other}, not both or neither.",
                    [one],
                )
            ]
        if given[0] != lookup.identifier:
            operation = lookup.operation
    op = service_tables(spec.service).operations[operation]
    if op.input is None:
        return []
    return problems(op.input, build(op.input, values), spec.schema, not_known)


def check_settings(
    shape: shapes.Structure, schema: Block, config: State | None, not_known: NotKnown
) -> list[Failure]:
    """The problems of settings whose attributes are the shape's members (the provider block)."""
    if not isinstance(config, dict):
        return []
    return problems(shape, to_api(schema, config, not_known, keep_unknown=True), schema, not_known)
