"""Fault injection: throttling, server errors, unavailability and added latency, repeatable under a seed."""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any

RATES = ("throttle_rate", "error_rate", "unavailable_rate")


@dataclass
class FaultConfig:
    throttle_rate: float = 0.0  # share of requests answered 429 with the service's throttling error
    error_rate: float = 0.0  # share answered 500
    unavailable_rate: float = 0.0  # share answered 503
    latency_ms: float = 0.0  # added to every request
    seed: int = 0

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
        if not isinstance(config.latency_ms, (int, float)) or config.latency_ms < 0:
            raise ValueError(f"latency_ms must be a number >= 0, got {config.latency_ms!r}")
        if not isinstance(config.seed, int):
            raise ValueError(f"seed must be an integer, got {config.seed!r}")
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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self.config)

    def draw(self) -> tuple[float, str | None]:
        """(seconds to delay, category of the injected failure or None)."""
        c = self.config
        if not (c.throttle_rate or c.error_rate or c.unavailable_rate):
            return c.latency_ms / 1000, None
        with self._lock:
            roll = self._rng.random()
        for category, rate in (
            ("too_many_requests", c.throttle_rate),
            ("internal", c.error_rate),
            ("unavailable", c.unavailable_rate),
        ):
            if roll < rate:
                return c.latency_ms / 1000, category
            roll -= rate
        return c.latency_ms / 1000, None
