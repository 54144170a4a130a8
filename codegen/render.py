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
    # Control characters other than whitespace (which wrapping turns into spaces) as escapes.
    safe = "".join(ch if ch.isprintable() or ch.isspace() else ascii(ch)[1:-1] for ch in safe)
    pad = " " * indent
    # Never inside a word or at a hyphen: a pattern or an ARN stays whole, even past the width.
    paragraphs = [
        textwrap.fill(
            p, width - indent, subsequent_indent=pad, break_long_words=False, break_on_hyphens=False
        )
        for p in safe.split("\n\n")
    ]
    wrapped = ("\n\n" + pad).join(paragraphs)
    # A quote at the very end would run into the closing triple quote.
    return wrapped[:-1] + '\\"' if wrapped.endswith('"') else wrapped


def pyrepr(value: object) -> str:
    """repr() with double-quoted strings, as black writes them (less for black to rewrite)."""
    if isinstance(value, str):
        r = repr(value)
        # repr() picks single quotes unless the text holds one; swap them when no " needs escaping.
        return '"' + r[1:-1] + '"' if r.startswith("'") and '"' not in value else r
    if isinstance(value, (list, tuple)):
        inner = ", ".join(pyrepr(v) for v in value)
        return (
            f"({inner},)"
            if isinstance(value, tuple) and len(value) == 1
            else (f"({inner})" if isinstance(value, tuple) else f"[{inner}]")
        )
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return repr(value)


JSON_WIDTH = 110


def json_text(value: object) -> str:
    """A generated data file, readable and deterministic: an object or array that fits on its line
    (110 characters) stays on one line; a longer one has one item per line, indented by one space per
    level, so that a model change reads well in a diff."""
    return _json_layout(value, 0, 0) + "\n"


def _json_layout(value: object, depth: int, used: int) -> str:
    """`value` written at nesting `depth`, starting `used` characters into its line."""
    flat = json.dumps(value, separators=(", ", ": "))
    if not isinstance(value, (dict, list, tuple)) or used + len(flat) <= JSON_WIDTH:
        return flat
    pad = " " * (depth + 1)
    if isinstance(value, dict):
        keys = [f"{pad}{json.dumps(k)}: " for k in value]
        items = [key + _json_layout(v, depth + 1, len(key)) for key, v in zip(keys, value.values())]
        opening, closing = "{", "}"
    else:
        items = [pad + _json_layout(v, depth + 1, len(pad)) for v in value]
        opening, closing = "[", "]"
    return opening + "\n" + ",\n".join(items) + "\n" + " " * depth + closing


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
