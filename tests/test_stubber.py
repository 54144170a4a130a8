"""Every modelled operation, through botocore's Stubber: the typed call must produce exactly the
expected boto3 parameters, and a full response (checked by botocore against its own model) must
come back as the expected typed result."""
from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from codegen.build import load_model
from codegen.ir import Operation, Service

from .conftest import ROOT
from .samples import Sampler

MODEL = load_model(ROOT / "model")
OPERATIONS = [(svc, op) for svc in MODEL.services for op in svc.operations]


def make_client(service: Service) -> tuple[Any, Any]:
    sampler = Sampler(service)
    boto = boto3.client(service.name, region_name="us-east-1")
    client_cls = getattr(sampler.module, service.client_class)
    return boto, client_cls(boto)


@pytest.mark.parametrize("service, op", OPERATIONS, ids=[f"{s.name}.{o.name}" for s, o in OPERATIONS])
def test_operation_round_trip(service: Service, op: Operation) -> None:
    sampler = Sampler(service)
    boto, client = make_client(service)
    kwargs: dict[str, Any] = {}
    expected_params: dict[str, Any] = {}
    if op.input:
        typed, wire = sampler.members(op.input, op.input.members)
        sampler.satisfy_rules(op.input, typed, wire)
        kwargs, expected_params = typed, wire
    if op.output:
        expected_result, response = sampler.structure(op.output)
    else:
        expected_result, response = None, {}
    stub = Stubber(boto)
    stub.add_response(op.python_name, response, expected_params)
    with stub:
        result = getattr(client, op.python_name)(**kwargs)
    stub.assert_no_pending_responses()
    assert result == expected_result


@pytest.mark.parametrize("service, op", OPERATIONS, ids=[f"{s.name}.{o.name}" for s, o in OPERATIONS])
def test_missing_required_input_is_rejected_before_sending(service: Service, op: Operation) -> None:
    required = [m for m in (op.input.members if op.input else []) if m.required]
    if not required:
        assert all(not m.required for m in (op.input.members if op.input else []))
        return
    boto, client = make_client(service)
    stub = Stubber(boto)  # no responses queued: any request would fail the test
    from awsmedia_runtime import ValidationError

    with stub, pytest.raises(ValidationError) as info:
        getattr(client, op.python_name)(**{m.python_name: None for m in required})
    reported = {path for path, _ in info.value.problems}
    assert reported == {m.python_name for m in required}
