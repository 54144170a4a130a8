"""The local backend under concurrent load with every kind of fault on (issue 17).

32 boto3 clients (threads; `benchmarks/local_backend.py --load` runs the long version, in processes)
each keep a ledger of what they believe exists while they create, read, list, update and delete
flows with outputs, channels with stream keys and packaging groups with configurations. No error may
reach them but the injected ones, every read of their own resources must agree with their ledgers,
and afterwards the backend's state, through its list operations, must be the union of the ledgers:
nothing orphaned, duplicated or missing; the same again from its state file after a restart.
"""

from __future__ import annotations

import os
from pathlib import Path

from awsmedia_runtime.local import LocalServer
from benchmarks import local_backend as load

# Higher than the benchmark's rates, so that a short run meets every kind many times over.
FAULTS = {
    "throttle_rate": 0.1,
    "error_rate": 0.05,
    "unavailable_rate": 0.05,
    "lost_rate": 0.1,
    "dropped_rate": 0.1,
    "latency_ms": 1.0,
}


def test_32_clients_under_faults_leave_exactly_what_their_ledgers_hold(tmp_path: Path) -> None:
    state = str(tmp_path / "state.sqlite")
    with LocalServer(state_file=state, transition_delay=0.05) as server:
        result = load.run_load(
            "ours",
            "test",
            server.url,
            os.getpid(),
            clients=32,
            seconds=3,
            processes=0,
            parts=load.PARTS,
            faults=FAULTS,
        )
    assert (result.unexpected, result.problems) == (0, [])
    assert result.findings == []
    kinds = ("too many requests", "internal", "unavailable", "lost", "dropped")
    assert all(result.injected.get(kind) for kind in kinds), result.injected
    assert all(result.population.values()), result.population
    with LocalServer(state_file=state) as again:
        assert load.compare(load.backend_view(again.url, load.PARTS), result.ledgers) == []
