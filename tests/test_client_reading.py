"""Reading responses into typed results, through the shared interpreter the clients call
(`awsmedia_runtime.shapes.from_boto`) and through a client: a sample of every output structure,
then variants of it (members left out, set to None, keys the model does not know), other mappings,
and values that are not mappings at all."""

from __future__ import annotations

import collections
import dataclasses
import types
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from awsmedia_runtime import shapes
from awsmedia_runtime.tables import service_tables
from codegen.build import load_model
from codegen.ir import Service, Structure

from .conftest import ROOT
from .samples import Sampler, flow_response

MODEL = load_model(ROOT / "model")
OUTPUTS = [(svc, s) for svc in MODEL.services for s in svc.structures if s.used_in_output]
IDS = [f"{s.name}.{st.name}" for s, st in OUTPUTS]


def shape_of(service: Service, structure: Structure) -> shapes.Structure:
    import importlib

    importlib.import_module(f"awsmedia.clients.{service.module}")  # binds the typed classes
    return service_tables(service.name).structure(structure.name)


def without(expected: Any, attr: str) -> Any:
    return dataclasses.replace(expected, **{attr: None})


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=IDS)
def test_every_response_structure_reads_into_its_typed_class(service: Service, structure: Structure) -> None:
    expected, wire = Sampler(service).structure(structure)
    shape = shape_of(service, structure)
    read = lambda value: shapes.from_boto(shape, value)  # noqa: E731
    assert read(dict(wire)) == expected
    assert read({**wire, "ResponseMetadata": {"HTTPStatusCode": 200}}) == expected
    for member in structure.members:
        attr, key = member.python_name, member.name
        left_out = {k: v for k, v in wire.items() if k != key}
        assert read(left_out) == without(expected, attr), f"{key} left out"
        assert read({**left_out, "NotInTheModel": 1}) == without(expected, attr), f"{key} swapped"
        assert read({**wire, key: None}) == without(expected, attr), f"{key} is None"
    assert read({}) == type(expected)(**{f.name: None for f in dataclasses.fields(expected)})


def test_other_mappings_read_alike_and_stay_unchanged() -> None:
    service = next(s for s in MODEL.services if s.name == "mediaconnect")
    structure = service.structure("Output")
    expected, wire = Sampler(service).structure(structure)
    shape = shape_of(service, structure)
    dropped = next(iter(wire))
    partial = {k: v for k, v in wire.items() if k != dropped}
    answering = collections.defaultdict(str, partial)  # would answer the missing key if asked with []
    assert shapes.from_boto(shape, answering) == without(expected, structure.members[0].python_name)
    assert dict(answering) == partial, "reading must not add keys"
    assert shapes.from_boto(shape, types.MappingProxyType(dict(wire))) == expected
    assert shapes.from_boto(shape, collections.OrderedDict(wire)) == expected


def test_an_empty_nested_structure_reads_through_the_client() -> None:
    from awsmedia.clients.mediaconnect import Maintenance, MediaConnectClient

    boto = boto3.client("mediaconnect", region_name="us-east-1")
    client = MediaConnectClient(boto)
    arn = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:f"
    flow = flow_response(arn, Maintenance={})
    with Stubber(boto) as stub:
        stub.add_response("describe_flow", {"Flow": flow}, {"FlowArn": arn})
        result = client.describe_flow(flow_arn=arn).flow
        assert result is not None and result.maintenance == Maintenance()


@pytest.mark.parametrize("service, structure", OUTPUTS, ids=IDS)
def test_members_a_response_always_has_are_typed_as_always_there(
    service: Service, structure: Structure
) -> None:
    """botocore's required response members (a flow's ARN, name and status) are typed without None."""
    import typing

    cls = shape_of(service, structure).cls
    hints = typing.get_type_hints(cls)
    for member in structure.members:
        allows_none = type(None) in typing.get_args(hints[member.python_name])
        assert allows_none is not member.required, (structure.name, member.name)
