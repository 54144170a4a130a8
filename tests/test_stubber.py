"""Every modelled operation, through botocore's Stubber: the typed call must produce exactly the
expected boto3 parameters, and a full response (checked by botocore against its own model) must
come back as the expected typed result."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from awsmedia_runtime.naming import snake
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
    # Left empty, a request also breaks the rules that ask for one member or another (a flow's source).
    either = {
        r.require["path"].lower()
        for r in op.input.rules
        if r.when.get("present") is False and r.require.get("present")
    }
    assert reported == {m.python_name for m in required} | either


def test_sparse_response_reads_left_out_members_as_none() -> None:
    """The service sends only some members (and metadata we do not model): every other attribute of
    the typed result is None, nested structures and lists of them are typed too."""
    from awsmedia.clients.mediaconnect import Flow, MediaConnectClient, Output, Transport

    boto = boto3.client("mediaconnect", region_name="us-east-1")
    client = MediaConnectClient(boto)
    arn = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:f"
    with Stubber(boto) as stub:
        stub.add_response(
            "describe_flow",
            {
                "Flow": {
                    "FlowArn": arn,
                    "Name": "f",
                    "AvailabilityZone": "us-east-1a",
                    "Entitlements": [],
                    "Source": {"Name": "s", "SourceArn": arn + ":s"},
                    "Status": "STANDBY",
                    "Outputs": [{"Name": "o", "OutputArn": arn + ":o", "Transport": {"Protocol": "rtp"}}],
                }
            },
            {"FlowArn": arn},
        )
        flow = client.describe_flow(flow_arn=arn).flow
    assert (
        isinstance(flow, Flow)
        and flow.egress_ip is None
        and flow.description is None
        and flow.entitlements == []
    )
    assert flow.outputs == [Output(name="o", output_arn=arn + ":o", transport=Transport(protocol="rtp"))]
    assert flow.source is not None and (flow.source.name, flow.source.ingest_ip, flow.source.transport) == (
        "s",
        None,
        None,
    )


def test_only_the_services_own_not_found_codes_make_a_not_found_error() -> None:
    """A 404 with a code the service does not have (a route a server does not serve, a proxy's
    HTML page) is a plain service error with a short message; `except NotFoundError` must not
    hide it."""
    from awsmedia.clients.mediaconnect import MediaConnectClient, NotFoundException
    from awsmedia_runtime import NotFoundError, ServiceError

    arn = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:f"
    boto = boto3.client("mediaconnect", region_name="us-east-1")
    client = MediaConnectClient(boto)
    with Stubber(boto) as stub:
        stub.add_client_error("describe_flow", "NotFoundException", "flow f does not exist", 404)
        with pytest.raises(NotFoundException):
            client.describe_flow(flow_arn=arn)
        page = "<html>" + "no such route " * 500 + "</html>"
        stub.add_client_error("describe_flow", "UnknownOperationException", page, 404)
        with pytest.raises(ServiceError) as info:
            client.describe_flow(flow_arn=arn)
    assert not isinstance(info.value, NotFoundError) and info.value.code == "UnknownOperationException"
    assert len(info.value.message) <= 500 and info.value.message.endswith("...")
