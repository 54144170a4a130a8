"""Fault injection, repeatable under a seed: throttling, server errors and unavailability before a request
is processed; answers lost after it was processed (a 500, or the connection dropped); added latency; and
eventual consistency (reads miss a resource for a while after its create)."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from typing import Any

RATES = ("throttle_rate", "error_rate", "unavailable_rate", "lost_rate", "dropped_rate")
# Categories of failure injected after the request was carried out: the change is made, its answer lost.
AFTER = ("lost", "dropped")


@dataclass
class FaultConfig:
    throttle_rate: float = 0.0  # share of requests answered 429 with the service's throttling error
    error_rate: float = 0.0  # share answered 500
    unavailable_rate: float = 0.0  # share answered 503
    lost_rate: float = 0.0  # share carried out, then answered 500 as if it had failed
    dropped_rate: float = 0.0  # share carried out, then the connection closed with no answer
    latency_ms: float = 0.0  # added to every request
    consistency_delay_ms: float = 0.0  # reads miss a resource this long after its create
    seed: int = 0
    operations: list[str] = field(default_factory=list)  # the only operations faults (latency too) apply to

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaultConfig:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(
                f"unknown fault setting(s) {', '.join(unknown)}; allowed: {', '.join(sorted(known))}"
            )
        config = cls(**data)
        for name in RATES:
            value = getattr(config, name)
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be a number from 0 to 1, got {value!r}")
        if sum(getattr(config, name) for name in RATES) > 1:
            raise ValueError(f"{' + '.join(RATES)} must not exceed 1")
        for name in ("latency_ms", "consistency_delay_ms"):
            value = getattr(config, name)
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, got {value!r}")
        if not isinstance(config.seed, int):
            raise ValueError(f"seed must be an integer, got {config.seed!r}")
        if not isinstance(config.operations, list) or not all(isinstance(o, str) for o in config.operations):
            raise ValueError(f"operations must be a list of operation names, got {config.operations!r}")
        return config


class Faults:
    """Draws one decision per request from a seeded generator, so a run with the same seed fails the same requests."""

    def __init__(self, config: FaultConfig | None = None):
        self._lock = threading.Lock()
        self.configure(config or FaultConfig())

    def configure(self, config: FaultConfig) -> None:
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)
            self.injected: Counter[tuple[str, str]] = Counter()  # (operation, category) -> failures

    def as_dict(self) -> dict[str, Any]:
        return asdict(self.config)

    def tally(self) -> dict[str, dict[str, int]]:
        """How many failures of each category were injected into each operation since configured."""
        with self._lock:
            out: dict[str, dict[str, int]] = {}
            for (operation, category), n in sorted(self.injected.items()):
                out.setdefault(operation, {})[category] = n
            return out

    def draw(self, operation: str) -> tuple[float, str | None]:
        """(seconds to delay, category of the injected failure or None)."""
        c = self.config
        if c.operations and operation not in c.operations:
            return 0.0, None
        if not any(getattr(c, name) for name in RATES):
            return c.latency_ms / 1000, None
        with self._lock:
            roll = self._rng.random()
        for category, rate in (
            ("too_many_requests", c.throttle_rate),
            ("internal", c.error_rate),
            ("unavailable", c.unavailable_rate),
            ("lost", c.lost_rate),
            ("dropped", c.dropped_rate),
        ):
            if roll < rate:
                with self._lock:
                    self.injected[(operation, category)] += 1
                return c.latency_ms / 1000, category
            roll -= rate
        return c.latency_ms / 1000, None
