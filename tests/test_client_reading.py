"""Reading responses into typed results. A structure's reader learns the key sets of the responses
it reads and takes a shorter path for responses with one of those sets; every response must read
exactly as a reader that never learns would read it. These tests read a sample of every output
structure, then variants of it: members left out, set to None, swapped for a key the model does not
know, extra; empty or unusual first responses; mappings that are not plain dicts; racing threads."""
from __future__ import annotations

import collections
import dataclasses
import importlib
import random
import sys
import types
from collections.abc import Callable
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from awsmedia_runtime import shapes
from awsmedia_runtime.shapes import Struct
from awsmedia_runtime.tables import load_tables
from codegen.build import load_model
from codegen.ir import Service, Structure

from .conftest import ROOT
from .racing import race
from .samples import Sampler

MODEL = load_model(ROOT / "model")
OUTPUTS = [(svc, s) for svc in MODEL.services for s in svc.structures if s.used_in_output]
IDS = [f"{s.name}.{st.name}" for s, st in OUTPUTS]


def fresh(service: Service, structure: Structure) -> Struct:
    """The runtime structure from freshly loaded tables: its reader has not read anything yet."""
    module = importlib.import_module(f"awsmedia.clients.{service.module}")
    return load_tables(module.__file__, vars(module)).registry.structs[structure.name]  # type: ignore[no-any-return]


def never_learning(service: Service, structure: Structure, monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], Any]:
    """A reader (and readers of everything inside it) that never learns: the reference."""
    with monkeypatch.context() as patch:
        patch.setattr(shapes, "_LEARN_FROM_SLOTS", sys.maxsize)
        return fresh(service, structure).reader()  # written now, with every nested reader


def without(expected: Any, attr: str) -> Any:
    return dataclasses.replace(expected, **{attr: None})


def all_none(struct: Struct) -> Any:
    return struct.cls(**{f.name: None for f in dataclasses.fields(struct.cls)})


def learns(struct: Struct) -> bool:
    return len(dataclasses.fields(struct.cls)) >= shapes._LEARN_FROM_SLOTS


def mediaconnect(name: str) -> tuple[Service, Structure]:
    service = next(s for s in MODEL.services if s.name == "mediaconnect")
    return service, next(s for s in service.structures if s.name == name)


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=IDS)
def test_every_response_reads_the_same_before_and_after_learning(service: Service, structure: Structure) -> None:
    expected, wire = Sampler(service).structure(structure)
    struct = fresh(service, structure)
    read = struct.reader()
    first_code = read.__code__
    assert read(dict(wire)) == expected
    assert read(dict(wire)) == expected  # the learned path, where there is one
    assert (read.__code__ is not first_code) == learns(struct), "large structures learn, small ones need not"
    assert read({**wire, "ResponseMetadata": {"HTTPStatusCode": 200}}) == expected
    for member in structure.members:
        attr, key = member.python_name, member.name
        left_out = {k: v for k, v in wire.items() if k != key}
        assert read(left_out) == without(expected, attr), f"{key} left out"
        # As many keys as the learned set, one of them unknown: not the learned set.
        assert read({**left_out, "NotInTheModel": 1}) == without(expected, attr), f"{key} swapped"
        assert read({**wire, key: None}) == without(expected, attr), f"{key} is None"
    assert read({}) == all_none(struct)


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=IDS)
def test_an_empty_or_unknown_first_response_is_learned_like_any_other(service: Service, structure: Structure) -> None:
    expected, wire = Sampler(service).structure(structure)
    for first in ({}, {"ResponseMetadata": {"HTTPStatusCode": 200}}):
        struct = fresh(service, structure)
        read = struct.reader()
        for _ in range(2):
            assert read(dict(first)) == all_none(struct)
            assert read(dict(wire)) == expected


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=IDS)
def test_learned_readers_agree_with_a_reader_that_never_learns(
    service: Service, structure: Structure, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random variants at every depth: members dropped, set to None, unknown keys added."""
    rng = random.Random(f"{service.name}.{structure.name}")
    _, wire = Sampler(service).structure(structure)

    def vary(value: Any) -> Any:
        if isinstance(value, list):
            return [vary(v) for v in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for k, v in value.items():
            roll = rng.random()
            if roll < 0.2:
                continue
            out[k] = None if roll < 0.3 else vary(v)
        if rng.random() < 0.2:
            out["NotInTheModel"] = 1
        return out

    variants = [wire] + [vary(wire) for _ in range(40)]
    reference = never_learning(service, structure, monkeypatch)
    read = fresh(service, structure).reader()
    for _ in range(2):  # the second round reads with everything the first taught
        for variant in variants:
            assert read(variant) == reference(variant), variant


def test_a_reader_that_learned_a_sparse_response_reads_full_ones() -> None:
    service, structure = mediaconnect("Output")
    expected, wire = Sampler(service).structure(structure)
    read = fresh(service, structure).reader()
    name_only = read({"Name": wire["Name"]})
    assert name_only.name == wire["Name"] and name_only.port is None
    assert read(wire) == expected
    assert read({"Port": wire["Port"]}).name is None  # one key, like a learned set, but another


def test_a_reader_stops_learning_and_stops_growing() -> None:
    service, structure = mediaconnect("Output")
    _, wire = Sampler(service).structure(structure)
    read = fresh(service, structure).reader()
    keys = list(wire)
    for i in range(shapes._KEY_SETS + 3):  # more distinct key sets than a reader learns
        read({k: v for k, v in wire.items() if k != keys[i]})
    code, names = read.__code__, len(read.__globals__)
    for i in range(200):
        read({k: v for k, v in wire.items() if k != keys[i % len(keys)]})
        read(wire)
    assert read.__code__ is code and len(read.__globals__) == names


def test_mappings_other_than_a_plain_dict_read_as_before_and_stay_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    service, structure = mediaconnect("Output")
    _, wire = Sampler(service).structure(structure)
    reference = never_learning(service, structure, monkeypatch)
    read = fresh(service, structure).reader()
    read(dict(wire))  # learn the full key set
    dropped = next(iter(wire))
    partial = {k: v for k, v in wire.items() if k != dropped}
    # As many keys as the learned set, one missing: a defaultdict would answer the missing one.
    same_size = collections.defaultdict(str, {**partial, "NotInTheModel": 1})
    before = dict(same_size)
    assert read(same_size) == reference(dict(same_size))
    assert dict(same_size) == before, "reading must not add keys"
    assert read(types.MappingProxyType(dict(wire))) == reference(dict(wire))
    assert read(collections.OrderedDict(wire)) == reference(dict(wire))


def test_a_response_that_is_not_a_mapping_fails_alike_before_and_after_learning() -> None:
    service, structure = mediaconnect("Output")
    _, wire = Sampler(service).structure(structure)
    read = fresh(service, structure).reader()
    for bad in (None, ["Name"], "Name"):
        with pytest.raises(AttributeError):
            read(bad)
    read(wire)
    for bad in (None, ["Name"], "Name"):
        with pytest.raises(AttributeError):
            read(bad)


def test_an_empty_nested_structure_reads_through_the_client() -> None:
    from awsmedia.clients.mediaconnect import Maintenance, MediaConnectClient

    boto = boto3.client("mediaconnect", region_name="us-east-1")
    client = MediaConnectClient(boto)
    arn = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:f"
    flow = {"FlowArn": arn, "Name": "f", "AvailabilityZone": "us-east-1a", "Entitlements": [], "Outputs": [],
            "Source": {"Name": "cam", "SourceArn": "arn:s"}, "Status": "STANDBY", "Maintenance": {}}
    with Stubber(boto) as stub:
        for _ in range(3):
            stub.add_response("describe_flow", {"Flow": flow}, {"FlowArn": arn})
            result = client.describe_flow(flow_arn=arn).flow
            assert result is not None and result.maintenance == Maintenance()


def test_many_threads_reading_a_structure_first_all_get_what_they_read(monkeypatch: pytest.MonkeyPatch) -> None:
    service, structure = mediaconnect("Flow")
    _, wire = Sampler(service).structure(structure)
    keys = list(wire)
    # Each thread starts from another response: full, empty, or one member short.
    firsts = [wire, {}] + [{k: v for k, v in wire.items() if k != key} for key in keys]
    reference = never_learning(service, structure, monkeypatch)

    def prepare() -> Callable[[int], None]:
        read = fresh(service, structure).reader()

        def first_read(i: int) -> None:
            first = firsts[i % len(firsts)]
            for _ in range(20):
                assert read(first) == reference(first)
                assert read(wire) == reference(wire)

        return first_read

    race(prepare)


def test_a_large_structure_that_contains_itself_reads_at_every_depth() -> None:
    from awsmedia_runtime.shapes import Field, List, Ref, Registry, Scalar

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Node:
        name: str | None = None
        size: int | None = None
        note: str | None = None
        children: list[Node] | None = None

    registry = Registry()
    node = registry.add(Struct(Node, [Field("name", "Name", Scalar("string")), Field("size", "Size", Scalar("integer")),
                                      Field("note", "Note", Scalar("string")), Field("children", "Children", List(Ref(registry, "Node")))]))
    wire = {"Name": "a", "Children": [{"Name": "b", "Size": 2, "Children": [{"Name": "c"}, {}]}, {"Note": "d"}]}
    tree = Node(name="a", children=[Node(name="b", size=2, children=[Node(name="c"), Node()]), Node(note="d")])
    read = node.reader()
    for _ in range(3):
        assert read(wire) == tree
