"""Reading responses into typed results. A structure's reader learns the key set of the first
response it reads and takes a shorter path for responses with exactly those keys; every other
response must read exactly as before. These tests read a sample of every output structure, then
variants of it: members left out, set to None, swapped for a key the model does not know, extra."""
from __future__ import annotations

import dataclasses
import importlib
import sys
import threading
from typing import Any

import pytest

from awsmedia_runtime.shapes import Struct
from awsmedia_runtime.tables import load_tables
from codegen.build import load_model
from codegen.ir import Service, Structure

from .conftest import ROOT
from .samples import Sampler

MODEL = load_model(ROOT / "model")
OUTPUTS = [(svc, s) for svc in MODEL.services for s in svc.structures if s.used_in_output]


def fresh(service: Service, structure: Structure) -> Struct:
    """The runtime structure from freshly loaded tables: its reader has not read anything yet."""
    module = importlib.import_module(f"awsmedia.clients.{service.module}")
    return load_tables(module.__file__, vars(module)).registry.structs[structure.name]  # type: ignore[no-any-return]


def without(expected: Any, attr: str) -> Any:
    return dataclasses.replace(expected, **{attr: None})


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=[f"{s.name}.{st.name}" for s, st in OUTPUTS])
def test_every_response_reads_the_same_before_and_after_learning(service: Service, structure: Structure) -> None:
    expected, wire = Sampler(service).structure(structure)
    struct = fresh(service, structure)
    read = struct.reader()
    first_code = read.__code__
    assert read(dict(wire)) == expected
    assert read(dict(wire)) == expected  # the learned path, where there is one
    if len(dataclasses.fields(struct.cls)) >= 4:
        assert read.__code__ is not first_code, "a large structure learns from its first response"
    assert read({**wire, "ResponseMetadata": {"HTTPStatusCode": 200}}) == expected
    for member in structure.members:
        attr, key = member.python_name, member.name
        left_out = {k: v for k, v in wire.items() if k != key}
        assert read(left_out) == without(expected, attr), f"{key} left out"
        # As many keys as the learned set, one of them unknown: not the learned set.
        assert read({**left_out, "NotInTheModel": 1}) == without(expected, attr), f"{key} swapped"
        assert read({**wire, key: None}) == without(expected, attr), f"{key} is None"
    assert read({}) == struct.cls(**{f.name: None for f in dataclasses.fields(struct.cls)})


def test_a_reader_that_learned_a_sparse_response_reads_full_ones() -> None:
    service = next(s for s in MODEL.services if s.name == "mediaconnect")
    structure = next(s for s in service.structures if s.name == "Output")
    expected, wire = Sampler(service).structure(structure)
    read = fresh(service, structure).reader()
    name_only = read({"Name": wire["Name"]})
    assert name_only.name == wire["Name"] and name_only.port is None
    assert read(wire) == expected
    assert read({"Port": wire["Port"]}).name is None  # one key, like the learned set, but another


def test_many_threads_reading_a_structure_first_all_get_what_they_read() -> None:
    service = next(s for s in MODEL.services if s.name == "mediaconnect")
    structure = next(s for s in service.structures if s.name == "Flow")
    expected, wire = Sampler(service).structure(structure)
    keys = list(wire)
    failures: list[BaseException] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to make a race likely
    try:
        for _ in range(5):
            read = fresh(service, structure).reader()
            start = threading.Barrier(8)

            def first_read(dropped: str) -> None:
                try:
                    start.wait()
                    for _ in range(20):
                        assert read(wire) == expected
                        partial = read({k: v for k, v in wire.items() if k != dropped})
                        assert partial == without(expected, structure.member(dropped).python_name)  # type: ignore[union-attr]
                except BaseException as exc:  # noqa: BLE001 - reported below
                    failures.append(exc)

            threads = [threading.Thread(target=first_read, args=(keys[i % len(keys)],)) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert not any(t.is_alive() for t in threads)
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
