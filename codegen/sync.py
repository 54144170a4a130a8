"""`codegen sync --from-botocore SERVICE`: propose, as model YAML, what the installed botocore has and
the model lacks: enum values of modelled enums, members of modelled structures (with the shapes
they need), limits botocore puts on modelled input members, and the operations the model does not
have (named only: a model holds the operations someone chose to support).

Descriptions are left as TODO, which the model's schema refuses, so a proposal merged with
`--write` does not validate until a person has written them. Nothing the model already states is
touched: rules, resources, defaults and every existing value stay as they are.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import botocore
import yaml

from .botocore_model import LIMIT_KEYS, Checker
from .build import load_path
from .ir import Service

_PRIMITIVE = {
    "string": "string",
    "integer": "integer",
    "long": "long",
    "boolean": "boolean",
    "double": "double",
    "float": "double",
    "timestamp": "timestamp",
    "blob": "blob",
}
TODO = "TODO"
MARK = "# codegen sync --from-botocore: from botocore {version}; write the descriptions (TODO)"


@dataclass
class Proposal:
    service: str
    enum_values: dict[str, list[str]] = field(default_factory=dict)
    members: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # structure -> member -> YAML
    limits: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=dict
    )  # structure -> member -> limits
    shapes: dict[str, dict[str, Any]] = field(default_factory=dict)  # new shapes the new members need
    operations: list[str] = field(default_factory=list)  # botocore's operations the model lacks
    response_headers: int = 0  # response members botocore gives in HTTP headers, left out

    @property
    def empty(self) -> bool:
        return not (self.enum_values or self.members or self.limits or self.shapes)


class _Proposer:
    def __init__(self, service: Service):
        self.service = service
        self.known = {s.name for s in service.structures} | {e.name for e in service.enums}
        self.proposal = Proposal(service.name)

    def type_expr(self, bshape: Any, for_input: bool) -> str:
        kind = bshape.type_name
        if kind == "string" and bshape.enum:
            self.enum(bshape)
            return str(bshape.name)
        if kind in _PRIMITIVE:
            return _PRIMITIVE[kind]
        if kind == "list":
            return f"list<{self.type_expr(bshape.member, for_input)}>"
        if kind == "map":
            return f"map<string, {self.type_expr(bshape.value, for_input)}>"
        self.structure(bshape, for_input)
        return str(bshape.name)

    def enum(self, bshape: Any) -> None:
        if bshape.name not in self.known and bshape.name not in self.proposal.shapes:
            self.proposal.shapes[bshape.name] = {
                "type": "enum",
                "description": TODO,
                "values": list(bshape.enum),
            }

    def structure(self, bshape: Any, for_input: bool) -> None:
        if bshape.name in self.known or bshape.name in self.proposal.shapes:
            return
        entry: dict[str, Any] = {"type": "structure", "description": TODO, "members": {}}
        self.proposal.shapes[bshape.name] = entry  # before the members: a shape may refer to itself
        required = set(bshape.required_members)
        for name, bm in bshape.members.items():
            entry["members"][name] = self.member(name, bm, name in required, for_input)

    def member(self, name: str, bm: Any, required: bool, for_input: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type_expr(bm, for_input)}
        if required:
            out["required"] = True
        location = bm.serialization.get("location")
        if location:
            out["location"] = location
        out["wire_name"] = bm.serialization.get("name", name)
        if bm.metadata.get("sensitive"):
            out["sensitive"] = True
        if for_input:
            out.update(limits_of(bm))
        out["description"] = TODO
        return out


def limits_of(bshape: Any) -> dict[str, Any]:
    """Our constraint keys for the limits botocore puts on a shape (a minimum length or count of 0 says nothing)."""
    out: dict[str, Any] = {}
    for theirs, key in LIMIT_KEYS.get(bshape.type_name, {}).items():
        value = bshape.metadata.get(theirs)
        if value is not None and not (theirs == "min" and value == 0 and key != "min"):
            out[key] = value
    return out


def propose(service: Service) -> Proposal:
    checker = Checker(service)
    checker.run()
    proposer = _Proposer(service)
    p = proposer.proposal
    for m in checker.missing:
        if m.kind == "operation":
            p.operations.append(m.name)
        elif m.kind == "enum":
            p.enum_values.setdefault(m.owner, []).append(m.name)
        elif m.kind == "member":
            bm, required = m.shape
            owner = service.structure(m.owner)
            if bm.serialization.get("location") == "header" and not owner.used_in_input:
                p.response_headers += 1  # caching and CORS headers of a response, nothing to model
                continue
            p.members.setdefault(m.owner, {})[m.name] = proposer.member(
                m.name, bm, required, owner.used_in_input
            )
        elif m.kind == "limit":
            member, key = m.name.rsplit(".", 1)
            p.limits.setdefault(m.owner, {}).setdefault(member, {})[key] = m.shape
    p.operations.sort()
    return p


def proposal_yaml(p: Proposal) -> str:
    """The proposal as YAML in the model's layout, to read or to paste."""
    doc: dict[str, Any] = {}
    shapes: dict[str, Any] = {}
    for enum, values in p.enum_values.items():
        shapes[enum] = {"values": values}
    for struct in sorted(set(p.members) | set(p.limits)):
        members: dict[str, Any] = dict(p.members.get(struct, {}))
        for member, limits in p.limits.get(struct, {}).items():
            members[member] = limits
        shapes[struct] = {"members": members}
    shapes.update(p.shapes)
    if shapes:
        doc["shapes"] = shapes
    head = [
        f"# codegen sync --from-botocore {p.service} (botocore {botocore.__version__}): what botocore has",
        "# and the model lacks. Entries under an existing shape are additions to it (values, members,",
        "# limits of existing members); the rest are new shapes. Descriptions are TODO: write them.",
    ]
    if p.response_headers:
        head.append(f"# Left out: {p.response_headers} response member(s) in HTTP headers (caching, CORS).")
    if p.operations:
        listed = f"Operations the model does not have ({len(p.operations)}): " + ", ".join(p.operations)
        head += ["# " + line for line in textwrap.wrap(listed, 96)]
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110) if doc else "{}\n"
    return "\n".join(head) + "\n" + body


# -- merging into the model file ---------------------------------------------------------------------


def _dump(value: Any, indent: int) -> list[str]:
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=110)
    return [" " * indent + line for line in text.splitlines()]


def _after(node: yaml.Node, lines: list[str]) -> int:
    """0-based index of the line just after a block node's last line: a block ends where the next
    key begins, and the comments and blank lines before that key belong to it."""
    end = node.end_mark
    at = (
        int(end.line) if end.line >= len(lines) or not lines[end.line][: end.column].strip() else end.line + 1
    )
    while at - 1 > node.start_mark.line and (
        not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")
    ):
        at -= 1
    return at


def _get(node: yaml.Node, key: str) -> yaml.Node | None:
    assert isinstance(node, yaml.MappingNode)
    return next((v for k, v in node.value if k.value == key), None)


def merge(path: Path, p: Proposal) -> int:
    """Insert the proposal into the model file where each part belongs, leaving every other line
    (comments, order) as it was; every insertion starts with a marked comment. Returns how many
    places changed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    root = yaml.compose("\n".join(lines) + "\n", Loader=yaml.SafeLoader)
    assert root is not None  # the file validated
    shapes = _get(root, "shapes")
    assert isinstance(shapes, yaml.MappingNode)  # the file validated
    mark = MARK.format(version=botocore.__version__)
    inserts: list[tuple[int, list[str]]] = []  # (line index, lines)
    for enum, values in p.enum_values.items():
        enum_node = _get(shapes, enum)
        assert enum_node is not None
        seq = _get(enum_node, "values")
        assert isinstance(seq, yaml.SequenceNode)
        if seq.flow_style:
            raise ValueError(f"{path}: {enum}.values is written [a, b]; add {values} by hand")
        dash = seq.value[-1].start_mark.column - 2
        inserts.append((_after(seq.value[-1], lines), [" " * dash + mark] + _dump(values, dash)))
    for struct in sorted(set(p.members) | set(p.limits)):
        struct_node = _get(shapes, struct)
        assert struct_node is not None
        members = _get(struct_node, "members")
        assert isinstance(members, yaml.MappingNode)
        for member, limits in p.limits.get(struct, {}).items():
            node = _get(members, member)
            assert isinstance(node, yaml.MappingNode)
            col = node.value[0][0].start_mark.column
            inserts.append((_after(node, lines), [" " * col + mark] + _dump(limits, col)))
        if struct in p.members:
            col = members.value[0][0].start_mark.column
            inserts.append((_after(members, lines), [" " * col + mark] + _dump(p.members[struct], col)))
    if p.shapes:
        col = shapes.value[0][0].start_mark.column
        inserts.append((_after(shapes, lines), [" " * col + mark] + _dump(p.shapes, col)))
    # Bottom up, so that earlier line numbers hold; where a structure's new members and the new
    # shapes both go after the last shape, the shapes go in first and the members then before them.
    for at, new in sorted(inserts, key=lambda item: (-item[0], len(item[1][0]) - len(item[1][0].lstrip()))):
        lines[at:at] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(inserts)


def run_sync(service_name: str, model_path: Path, write: bool) -> int:
    model = load_path(model_path)
    service = next((s for s in model.services if s.name == service_name), None)
    if service is None:
        names = ", ".join(s.name for s in model.services)
        print(f"no service '{service_name}' in {model_path}; modelled: {names}", file=sys.stderr)
        return 2
    p = propose(service)
    if not write:
        print(proposal_yaml(p), end="")
        return 0
    if p.empty:
        print(f"{service.file}: nothing to add from botocore")
        return 0
    places = merge(Path(service.file), p)
    print(
        f"{service.file}: {places} place(s) extended from botocore, each marked; "
        "write the descriptions (TODO), then `python -m codegen validate`"
    )
    return 0
