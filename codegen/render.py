"""Jinja2 environment shared by every target: strict, with filters for Python source text."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import jinja2


def docstring(text: str, indent: int = 0, width: int = 100) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to `width`."""
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if safe.endswith('"'):
        safe += " "
    pad = " " * indent
    paragraphs = [textwrap.fill(p, width - indent, subsequent_indent=pad) for p in safe.split("\n\n")]
    return ("\n\n" + pad).join(paragraphs)


def pyrepr(value: object) -> str:
    """repr() with double-quoted strings, as black writes them (less for black to rewrite)."""
    if isinstance(value, str):
        r = repr(value)
        # repr() picks single quotes unless the text holds one; swap them when no " needs escaping.
        return '"' + r[1:-1] + '"' if r.startswith("'") and '"' not in value else r
    if isinstance(value, (list, tuple)):
        inner = ", ".join(pyrepr(v) for v in value)
        return f"({inner},)" if isinstance(value, tuple) and len(value) == 1 else (f"({inner})" if isinstance(value, tuple) else f"[{inner}]")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return repr(value)


def json_text(data: object, inline_from: int | None = None) -> str:
    """A generated data file, laid out so that a model change reads well in a diff: nested one item
    per line, except that values `inline_from` levels deep are written on one line each."""
    return _json_lines(data, 0, inline_from) + "\n"


def _json_lines(value: object, depth: int, inline_from: int | None) -> str:
    if not isinstance(value, (dict, list)) or not value or (inline_from is not None and depth >= inline_from):
        return json.dumps(value, separators=(", ", ": "))
    pad = " " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k)}: {_json_lines(v, depth + 1, inline_from)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"
    items = [pad + _json_lines(v, depth + 1, inline_from) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * depth + "]"


class Renderer:
    def __init__(self, template_dir: Path):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(template_dir)),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
        )
        self.env.filters["doc"] = docstring
        self.env.filters["pyrepr"] = pyrepr

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)
