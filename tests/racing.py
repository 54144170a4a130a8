"""Threads started together, to make races on first use likely."""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable


def race(prepare: Callable[[], Callable[[int], None]], rounds: int = 5, threads: int = 8) -> None:
    """Each round, `prepare()` sets up fresh state and gives the work; thread i then runs work(i),
    all threads released at once. Fails with the first exception any thread raised."""
    failures: list[BaseException] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to make a race likely
    try:
        for _ in range(rounds):
            work = prepare()
            start = threading.Barrier(threads)

            def run(i: int) -> None:
                try:
                    start.wait()
                    work(i)
                except BaseException as exc:  # noqa: BLE001 - reported below
                    failures.append(exc)

            started = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
            for t in started:
                t.start()
            for t in started:
                t.join(timeout=60)
            assert not any(t.is_alive() for t in started)
    finally:
        sys.setswitchinterval(interval)
    if failures:
        raise failures[0]
