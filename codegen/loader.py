"""Read model YAML into plain data while remembering where every node came from.

PyYAML's safe_load forgets line numbers and silently keeps the last of two
duplicate keys, so documents are composed into nodes and converted here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .errors import ModelError, Problem

Path_ = tuple[str | int, ...]


def dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass
class SourceDoc:
    """A loaded model file: its data and a map from document path to (line, column)."""

    file: str
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int, int]:
        # Fall back to the nearest ancestor that has a mark.
        for cut in range(len(path), -1, -1):
            mark = self.marks.get(tuple(path[:cut]))
            if mark:
                return mark
        return (1, 1)

    def problem(self, path: Path_, message: str) -> Problem:
        line, col = self.where(path)
        return Problem(self.file, line, col, dotted(path), message)


class _Converter:
    def __init__(self, doc: SourceDoc):
        self.doc = doc
        self.problems: list[Problem] = []

    def convert(self, node: yaml.Node, path: Path_) -> Any:
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                if not isinstance(key_node, yaml.ScalarNode):
                    self._fail(key_node, path, "a mapping key must be a plain string")
                    continue
                if key in out:
                    first = self.doc.marks.get(path + (key,), (0, 0))[0]
                    self._fail(
                        key_node, path + (key,), f"duplicate key '{key}' (first defined on line {first})"
                    )
                    continue
                self.doc.marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                out[key] = self.convert(value_node, path + (key,))
                # Keep the key's own position: it is where a reader looks first.
                self.doc.marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        return yaml.SafeLoader.construct_object(_SCALAR_LOADER, node, deep=True)

    def _fail(self, node: yaml.Node, path: Path_, message: str) -> None:
        self.problems.append(
            Problem(
                self.doc.file, node.start_mark.line + 1, node.start_mark.column + 1, dotted(path), message
            )
        )


_SCALAR_LOADER = yaml.SafeLoader("")
# libyaml's parser when PyYAML was built with it (several times faster); same nodes and marks.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, display: str | None = None) -> SourceDoc:
    display = display or str(path)
    text = path.read_text(encoding="utf-8")
    doc = SourceDoc(display, None)
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ModelError(
            [Problem(display, line, col, "", f"YAML syntax error: {exc.problem or exc}")]
        ) from None
    if node is None:
        raise ModelError([Problem(display, 1, 1, "", "the file is empty")])
    conv = _Converter(doc)
    doc.data = conv.convert(node, ())
    if conv.problems:
        raise ModelError(conv.problems)
    return doc


@cache
def model_schema() -> dict[str, Any]:
    text = resources.files("codegen").joinpath("model.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


_UNEXPECTED = re.compile(r"\('(.+)' (?:was|were) unexpected\)")


def schema_problems(doc: SourceDoc) -> list[Problem]:
    """Check a document against the published JSON Schema; one problem per violation."""
    validator = jsonschema.Draft202012Validator(model_schema())
    problems: list[Problem] = []
    for err in validator.iter_errors(doc.data):
        problems.extend(_explain(doc, err))
    return problems


def _explain(doc: SourceDoc, err: jsonschema.ValidationError) -> list[Problem]:
    path = tuple(err.absolute_path)
    if err.validator in ("if", "then", "else", "allOf", "anyOf", "oneOf") and err.context:
        # Report the most specific underlying problems rather than the combinator.
        out: list[Problem] = []
        for sub in err.context:
            out.extend(_explain(doc, sub))
        return out
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        assert isinstance(err.schema, Mapping)  # the schema object holding the keyword
        allowed = sorted(err.schema.get("properties", {}))
        extras = [k for k in err.instance if k not in err.schema.get("properties", {})]
        return [
            doc.problem(path + (key,), f"unknown key '{key}'; allowed keys: {', '.join(allowed)}")
            for key in extras
        ]
    if "propertyNames" in err.relative_schema_path and isinstance(err.instance, str):
        # The key itself is at fault: point at it, not at the mapping that holds it.
        return [
            doc.problem(path + (err.instance,), f"the name {err.instance!r} is not allowed: {err.message}")
        ]
    if err.validator == "required":
        return [doc.problem(path, err.message.replace("is a required property", "is required but missing"))]
    if err.validator == "enum":
        assert isinstance(err.validator_value, list)  # a JSON array in the schema
        values = ", ".join(repr(v) for v in err.validator_value)
        return [doc.problem(path, f"{err.instance!r} is not allowed here; allowed values: {values}")]
    if err.validator == "not" and err.instance == "TODO":
        return [doc.problem(path, "the description is still 'TODO'; write one")]
    if err.validator == "type":
        return [
            doc.problem(
                path, f"expected {err.validator_value}, got {type(err.instance).__name__} {err.instance!r}"
            )
        ]
    return [doc.problem(path, err.message)]
