"""Creates under way, noted on disk, so that one whose outcome nobody heard is found again.

CreateFlow and CreateChannel take no client token: when a create's answer is lost (a 5xx, a dropped
connection) or the provider is killed before it arrives, the resource may exist while Terraform has
no state for it. Before each create the provider notes what already matches the request (the
identifiers its recovery operation lists) and removes the note once the create is settled. A create
that finds a note left behind by a provider that never settled it compares what matches now with
what was noted: what is new is what that create made.

The notes live in `$XDG_STATE_HOME/awsmedia/creates` (by default `~/.local/state/awsmedia/creates`),
one small JSON file per create, named by a digest of where the resource lives (endpoint, region,
access key) and of the members that match it. A folder that cannot be written leaves the notes in
nothing noted: lost answers are still recovered (the provider keeps what matched while it retries),
a killed provider's creates are not.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def default_folder() -> Path:
    state_home = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(state_home) / "awsmedia" / "creates"


class Journal:
    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @staticmethod
    def key(*parts: Any) -> str:
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:40]

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        """One create at a time per key in this process: two resources of the same name created in one
        apply would otherwise each take the other's resource for its own."""
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            yield

    def noted(self, key: str) -> list[str] | None:
        """The identifiers that matched before an earlier create of `key` that was never settled."""
        if self.folder is None:
            return None
        try:
            found = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):  # no note, or one cut short by a kill: nothing to go on
            return None
        before = found.get("before") if isinstance(found, dict) else None
        return [str(i) for i in before] if isinstance(before, list) else None

    def note(self, key: str, before: list[str], what: dict[str, Any]) -> None:
        """Note a create about to be sent: `before` what matched, `what` the matching members (for people
        reading the folder)."""
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", dir=self.folder, suffix=".tmp", delete=False, encoding="utf-8"
            ) as out:
                json.dump({"creating": what, "before": before}, out, default=str)
            os.replace(out.name, self.folder / f"{key}.json")
        except OSError:
            pass  # not noted (see the module's note)

    def settle(self, key: str) -> None:
        if self.folder is not None:
            try:
                (self.folder / f"{key}.json").unlink()
            except OSError:
                pass
