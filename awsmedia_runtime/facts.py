"""What a member's shape and a Terraform attribute promise, in words.

One wording for everything that tells a user the limits: the provider's schema descriptions
(`terraform providers schema`, editors) and the reference docs both take these sentences, so they
can never disagree. Each fact keeps its kind, so a page may lay them out as it likes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .provider.spec import Attr
from .shapes import Enum, ListOf, MapOf, Member, Scalar, Shape


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # items | allowed | range | length | bytes | pattern | keys | default | kept | replace | sensitive | member
    text: str  # one sentence


def _span(lo: object, hi: object) -> str:
    return f"{lo if lo is not None else ''}..{hi if hi is not None else ''}"


def _scalar_facts(shape: Scalar, subject: str = "") -> list[Fact]:
    """A scalar's constraints; `subject` names what they apply to when it is not the value itself."""
    found = []
    if shape.min is not None or shape.max is not None:
        found.append(Fact("range", f"{subject}Range: {_span(shape.min, shape.max)}."))
    if shape.min_length is not None or shape.max_length is not None:
        found.append(Fact("length", f"{subject}Length: {_span(shape.min_length or 0, shape.max_length)}."))
    if shape.max_bytes is not None:
        found.append(Fact("bytes", f"{subject}At most {shape.max_bytes} bytes in UTF-8."))
    if shape.pattern is not None:
        found.append(Fact("pattern", f"{subject}Pattern: `{shape.pattern}`."))
    return found


def shape_facts(shape: Shape | None) -> list[Fact]:
    """The limits a value of `shape` must keep: item counts, keys, then what each item must be."""
    found: list[Fact] = []
    if isinstance(shape, ListOf | MapOf):
        if shape.min_items or shape.max_items is not None:
            if shape.min_items or shape.max_items is None:
                found.append(Fact("items", f"Items: {_span(shape.min_items or 0, shape.max_items)}."))
            else:
                found.append(Fact("items", f"At most {shape.max_items} items."))
        if isinstance(shape, MapOf) and shape.key is not None:
            found += [Fact("keys", f.text) for f in _scalar_facts(shape.key, "Keys: ")]
        shape = shape.item
        if isinstance(shape, Scalar):
            return found + _scalar_facts(shape, "Each item: ")
    if isinstance(shape, Enum):
        found.append(Fact("allowed", "Allowed values: " + ", ".join(f"`{v}`" for v in shape.values) + "."))
    if isinstance(shape, Scalar):
        found += _scalar_facts(shape)
    return found


def member_facts(member: Member) -> list[Fact]:
    """A request member's facts, as a client's parameter table gives them."""
    found = shape_facts(member.type)
    if member.default is not None:
        found.append(Fact("default", f"Default: `{json.dumps(member.default)}`."))
    if member.sensitive:
        found.append(Fact("sensitive", "Sensitive: a secret; keep it out of logs."))
    return found


def attribute_facts(a: Attr, member: Member | None) -> list[Fact]:
    """A Terraform attribute's facts: its member's limits, then what Terraform does with it."""
    found = shape_facts(member.type if member else None)
    if a.default is not None:
        found.append(Fact("default", f"Default: `{json.dumps(a.default)}`."))
    elif a.optional and a.computed and not a.replace:
        found.append(Fact("kept", "Left out, it keeps the value the resource has."))
    if a.replace and not (a.computed and not a.optional):
        found.append(Fact("replace", "Changing it replaces the resource."))
    if a.sensitive:
        found.append(Fact("sensitive", "Sensitive: Terraform hides it in plan and apply output."))
    if a.member:
        found.append(Fact("member", f"API member: `{a.member}`."))
    return found


def describe(a: Attr, member: Member | None) -> str:
    """An attribute's description followed by its facts: the provider schema's description text."""
    text = [a.description.rstrip(".") + "." if a.description else ""]
    return " ".join(t for t in text + [f.text for f in attribute_facts(a, member)] if t)
