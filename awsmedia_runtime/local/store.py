"""Optional persistence: the whole state of each service as one JSON row in an SQLite file."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any


class StateFile:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            # A write-ahead log synced at checkpoints, not at every commit: each change is written
            # under the backend's lock, and a sync per commit held every request behind the disk (a
            # quarter of the throughput under load). A killed process still loses nothing it
            # committed; only a crash of the machine can lose the last changes.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS state (service TEXT PRIMARY KEY, body TEXT NOT NULL)"
            )
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{self.path}: cannot use as a state file: {exc}") from None

    def load(self) -> dict[str, Any]:
        """Saved state by service; a row that does not parse is an error naming the file and service."""
        with self._lock:
            rows = self._db.execute("SELECT service, body FROM state").fetchall()
        out = {}
        for service, body in rows:
            try:
                out[service] = json.loads(body)
            except ValueError as exc:
                raise ValueError(f"{self.path}: saved state of {service} is not valid JSON: {exc}") from None
        return out

    def save(self, service: str, state: dict[str, Any]) -> None:
        body = json.dumps(state, separators=(",", ":"))
        with self._lock:  # one statement: SQLite applies it whole or not at all
            self._db.execute(
                "INSERT INTO state (service, body) VALUES (?, ?) ON CONFLICT(service) DO UPDATE SET body = excluded.body",
                (service, body),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
