"""Plan-time checks of a configuration against the model: enums, ranges, lengths, patterns, list
sizes and the documents' cross-field rules. Values not known yet (references) are skipped; they
are checked again when Terraform validates with them known, and the service checks the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tf.types import Unknown

from .. import shapes
from .spec import Attr, Block, Rule
from .values import Path, State, known, to_api, walk_values


@dataclass
class Problem:
    summary: str
    detail: str
    path: Path


def _show(path: Path) -> str:
    out = ""
    for step in path:
        out += f"[{step[0]}]" if isinstance(step, tuple) else ("." if out else "") + step
    return out


def _range(lo: Any, hi: Any) -> str:
    if lo is not None and hi is not None:
        return f"{lo} to {hi}"
    return f"at least {lo}" if lo is not None else f"at most {hi}"


def check_scalar(a: Attr, value: Any, path: Path, item: bool = False) -> list[Problem]:
    c = {k[5:]: v for k, v in a.constraints.items() if k.startswith("item_")} if item else a.constraints
    where = _show(path)
    out: list[Problem] = []
    if a.enum and isinstance(value, str) and value not in a.enum:
        out.append(Problem(f"Invalid value for {where}", f"{value!r} is not allowed; allowed values: {', '.join(a.enum)}.", path))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        lo, hi = c.get("min"), c.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            out.append(Problem(f"Value out of range for {where}", f"{value} is outside the allowed range: {_range(lo, hi)}.", path))
        if a.type == "integer" and value != int(value):
            out.append(Problem(f"Not a whole number: {where}", f"{value} must be a whole number.", path))
    if isinstance(value, str):
        lo, hi = c.get("min_length"), c.get("max_length")
        if (lo is not None and len(value) < lo) or (hi is not None and len(value) > hi):
            out.append(Problem(f"Invalid length for {where}", f"length {len(value)} is outside the allowed length: {_range(lo, hi)}.", path))
        pattern = c.get("pattern")
        if pattern and not re.fullmatch(pattern, value):
            out.append(Problem(f"Invalid format for {where}", f"{value!r} does not match the pattern {pattern}.", path))
    return out


def check_attr(a: Attr, value: Any, path: Path) -> list[Problem]:
    if not known(value):
        return []
    if isinstance(value, (list, dict)):
        out: list[Problem] = []
        lo, hi = a.constraints.get("min_items"), a.constraints.get("max_items")
        if (lo is not None and len(value) < lo) or (hi is not None and len(value) > hi):
            out.append(Problem(f"Wrong number of items in {_show(path)}", f"{len(value)} given; allowed: {_range(lo, hi)}.", path))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if known(item) and not isinstance(item, (list, dict)):
                out += check_scalar(a, item, path + [(key,)], item=True)
        return out
    return check_scalar(a, value, path)


def _rule_paths_known(block: Block, value: State, rule: Rule) -> bool:
    for dotted in (rule.when["path"], rule.require["path"]):
        first = dotted.split(".")[0]
        for a in block.attrs:
            if a.member == first and value.get(a.name) is Unknown:
                return False
        for b in block.blocks:
            if b.member == first and value.get(b.name) is Unknown:
                return False
    return True


def rule_applies(rule: Rule, api_value: dict[str, Any]) -> bool:
    """Whether a rule can be judged on an API-shaped value: nothing on its paths is unknown yet."""
    for dotted in (rule.when["path"], rule.require["path"]):
        current: Any = api_value
        for part in dotted.split("."):
            current = current.get(part) if isinstance(current, dict) else None
            if current is Unknown:
                return False
    return True


def _tf_path(block: Block, dotted: str) -> list[str]:
    """Terraform names for a rule's member path, as far as the block declares them."""
    out: list[str] = []
    current: Block | None = block
    for part in dotted.split("."):
        if current is None:
            break
        a = next((x for x in current.attrs if x.member == part), None)
        if a:
            out.append(a.name)
            break
        b = next((x for x in current.blocks if x.member == part), None)
        if b is None:
            break
        out.append(b.name)
        current = b
    return out


def check_rules(block: Block, value: State, path: Path) -> list[Problem]:
    out: list[Problem] = []
    for rule in block.rules:
        if _rule_paths_known(block, value, rule) and shapes.rule_broken(rule, to_api(block, value)):
            at = path + _tf_path(block, rule.require["path"])
            out.append(Problem(f"Invalid combination at {_show(at)}", f"The documents say: {rule.description}.", at))
    return out


def check(schema: Block, config: State | None) -> list[Problem]:
    """Every problem in a configuration, each with its attribute path."""
    if not isinstance(config, dict):
        return []
    problems = check_rules(schema, config, [])
    for node, value, path in walk_values(schema, config):
        if isinstance(node, Attr):
            problems += check_attr(node, value, path)
        elif isinstance(value, dict):
            problems += check_rules(node, value, path)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    problems += check_rules(node, item, path + [(i,)])
    return problems
