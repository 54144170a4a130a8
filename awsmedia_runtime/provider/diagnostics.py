"""The provider's one kind of diagnostic; it imports nothing of tf, so the constructs share it."""

from __future__ import annotations

from typing import Any

from .request import State


class Failure(Exception):
    """A diagnostic to report; `state` is what exists after a partly done apply (None: nothing)."""

    def __init__(
        self,
        summary: str,
        detail: str,
        path: list[Any] | None = None,
        state: State | None = None,
        warning: bool = False,
    ):
        super().__init__(f"{summary}: {detail}")
        self.summary = summary
        self.detail = detail
        self.path = path
        self.state = state
        self.warning = warning  # reported, but the plan goes on
