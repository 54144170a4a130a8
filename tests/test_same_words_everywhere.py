"""One runtime judges every value: the same bad value gets the same message from the typed client
(before sending), the local backend (answering boto3 over HTTP) and the provider (at plan time,
through its tfplugin6 service), each naming the attribute in its own names."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from tf.gen import tfplugin_pb2 as pb
from tf.utils import to_dynamic_value

from awsmedia.provider import NAME, SERVICES
from awsmedia_runtime import ValidationError
from awsmedia_runtime.provider.servicer import ProviderServicer

# (what is wrong, typed-client call, boto3 request, provider resource and configuration,
#  where each names it: client, wire, Terraform, and the one message all three give)
CASES: list[
    tuple[str, str, str, dict[str, Any], dict[str, Any], str, dict[str, Any], tuple[str, str, str], str]
] = [
    (
        "enum",
        "ivs",
        "create_channel",
        {"name": "c", "latency_mode": "FAST"},
        {"name": "c", "latencyMode": "FAST"},
        "awsmedia_ivs_channel",
        {"name": "c", "latency_mode": "FAST"},
        ("latency_mode", "latencyMode", "latency_mode"),
        "'FAST' is not allowed; allowed values: NORMAL, LOW.",
    ),
    (
        "pattern",
        "ivs",
        "create_channel",
        {"name": "no spaces"},
        {"name": "no spaces"},
        "awsmedia_ivs_channel",
        {"name": "no spaces"},
        ("name", "name", "name"),
        "'no spaces' does not match the pattern [a-zA-Z0-9-_]*.",
    ),
    (
        "length",
        "ivs",
        "create_channel",
        {"name": "x" * 129},
        {"name": "x" * 129},
        "awsmedia_ivs_channel",
        {"name": "x" * 129},
        ("name", "name", "name"),
        "length 129 is outside the allowed length: at most 128.",
    ),
    (
        "items",
        "ivs",
        "create_channel",
        {"name": "c", "tags": {f"k{i}": "v" for i in range(51)}},
        {"name": "c", "tags": {f"k{i}": "v" for i in range(51)}},
        "awsmedia_ivs_channel",
        {"name": "c", "tags": {f"k{i}": "v" for i in range(51)}},
        ("tags", "tags", "tags"),
        "51 items given; allowed: at most 50.",
    ),
    (
        "map key",
        "ivs",
        "create_channel",
        {"name": "c", "tags": {"k" * 129: "v"}},
        {"name": "c", "tags": {"k" * 129: "v"}},
        "awsmedia_ivs_channel",
        {"name": "c", "tags": {"k" * 129: "v"}},
        (f"tags['{'k' * 129}']",) * 3,
        "key length 129 is outside the allowed length: 1 to 128.",
    ),
    (
        "map value",
        "ivs",
        "create_channel",
        {"name": "c", "tags": {"team": "v" * 257}},
        {"name": "c", "tags": {"team": "v" * 257}},
        "awsmedia_ivs_channel",
        {"name": "c", "tags": {"team": "v" * 257}},
        ("tags['team']", "tags['team']", "tags['team']"),
        "length 257 is outside the allowed length: at most 256.",
    ),
    (
        "range",
        "mediaconnect",
        "create_flow",
        {
            "name": "f",
            "source": {"name": "s", "protocol": "rtp"},
            "source_failover_config": {"recovery_window": 50},
        },
        {
            "Name": "f",
            "Source": {"Name": "s", "Protocol": "rtp"},
            "SourceFailoverConfig": {"RecoveryWindow": 50},
        },
        "awsmedia_mediaconnect_flow",
        {
            "name": "f",
            "source": {"name": "s", "protocol": "rtp"},
            "source_failover_config": {"recovery_window": 50},
        },
        (
            "source_failover_config.recovery_window",
            "sourceFailoverConfig.recoveryWindow",
            "source_failover_config.recovery_window",
        ),
        "50 is outside the allowed range: 100 to 500.",
    ),
    (
        "rule",
        "mediaconnect",
        "create_flow",
        {"name": "f", "source": {"name": "s", "protocol": "zixi-push", "ingest_port": 2077}},
        {"Name": "f", "Source": {"Name": "s", "Protocol": "zixi-push", "IngestPort": 2077}},
        "awsmedia_mediaconnect_flow",
        {"name": "f", "source": {"name": "s", "protocol": "zixi-push", "ingest_port": 2077}},
        ("source.ingest_port", "source.ingestPort", "source.ingest_port"),
        "a Zixi source listens on port 2088; ingest_port must be 2088 when protocol is zixi-push.",
    ),
]


def client_problems(service: str, method: str, args: dict[str, Any]) -> dict[str, str]:
    import importlib

    module = importlib.import_module(f"awsmedia.clients.{service.replace('-', '_')}")
    client_class = next(
        v
        for k, v in vars(module).items()
        if k.endswith("Client") and k != "BaseClient" and isinstance(v, type)
    )
    client = client_class(region_name="us-east-1")
    with pytest.raises(ValidationError) as info:
        getattr(client, method)(**args)
    return dict(info.value.problems)


def backend_message(endpoint: str, service: str, method: str, params: dict[str, Any]) -> str:
    # botocore's own validation off, so that the request reaches the backend as it is.
    boto = boto3.client(
        service, endpoint_url=endpoint, region_name="us-east-1", config=Config(parameter_validation=False)
    )
    with pytest.raises(ClientError) as info:
        getattr(boto, method)(**params)
    return str(info.value.response["Error"]["Message"])


def provider_diagnostics(type_name: str, config: dict[str, Any]) -> dict[str, str]:
    servicer = ProviderServicer(NAME, SERVICES)
    schema = servicer.GetProviderSchema(pb.GetProviderSchema.Request(), None).resource_schemas[type_name]
    full = _complete(schema.block, config)
    response = servicer.ValidateResourceConfig(
        pb.ValidateResourceConfig.Request(type_name=type_name, config=to_dynamic_value(full)), None
    )
    return {d.summary: d.detail for d in response.diagnostics}


def _complete(block: Any, config: dict[str, Any]) -> dict[str, Any]:
    """A configuration as Terraform sends it: every attribute present (null when unset)."""
    out: dict[str, Any] = {a.name: config.get(a.name) for a in block.attributes}
    for nested in block.block_types:
        value = config.get(nested.type_name)
        single = nested.nesting == pb.Schema.NestedBlock.NestingMode.SINGLE
        if value is None:
            out[nested.type_name] = None if single else []
        elif single:
            out[nested.type_name] = _complete(nested.block, value)
        else:
            out[nested.type_name] = [_complete(nested.block, v) for v in value]
    return out


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_same_bad_value_gets_the_same_message_from_client_backend_and_provider(
    case: Any, local_endpoint: str
) -> None:
    (
        _,
        service,
        method,
        typed_args,
        wire_params,
        type_name,
        tf_config,
        (py_path, wire_path, tf_path),
        message,
    ) = case
    assert client_problems(service, method, typed_args) == {py_path: message}
    assert backend_message(local_endpoint, service, method, wire_params) == f"{wire_path}: {message}"
    diagnostics = provider_diagnostics(type_name, tf_config)
    assert list(diagnostics.values()) == [message] and list(diagnostics)[0].endswith(f" {tf_path}")


def test_an_empty_tag_key_is_refused_before_it_is_sent() -> None:
    """Issue 13, point 19: the client turns botocore's validation off, so the model's limits on tag
    keys are what stops `tags={"": "v"}`."""
    from awsmedia.clients.ivs import IvsClient

    with pytest.raises(ValidationError) as info:
        IvsClient(region_name="us-east-1").create_channel(name="c", tags={"": "v"})
    assert ("tags['']", "key length 0 is outside the allowed length: 1 to 128.") in info.value.problems
