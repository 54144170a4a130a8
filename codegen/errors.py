"""Errors the generator reports about a model: each names the file, line and path inside the document."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def _printable(text: str) -> str:
    """Text from the model as it may be shown on one line: control characters, line and paragraph
    separators escaped (a problem is one line, whatever a model value holds)."""
    return "".join(
        ch if ch == " " or not unicodedata.category(ch).startswith(("C", "Z")) else ascii(ch)[1:-1]
        for ch in text
    )


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {_printable(self.path) or '<document>'}: {_printable(self.message)}"


class ModelError(Exception):
    """One or more problems in the model; nothing was generated."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))
