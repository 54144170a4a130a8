"""Garbage through the typed clients and the constructs: wrong types, None for required members,
bytes for strings, nested junk. A client call ends in our ValidationError (or, for what the model
allows, the service's answer) and never in botocore's own parameter check or any other exception; a
construct is refused with ConfigurationError or built, never a jsii or typeguard error."""

from __future__ import annotations

import inspect
import os
from typing import Any

import boto3
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from awsmedia.clients.ivs import IvsClient
from awsmedia.clients.mediaconnect import MediaConnectClient
from awsmedia.clients.mediapackage_vod import MediaPackageVodClient
from awsmedia_runtime import ServiceError, ValidationError

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import awsmedia.constructs as constructs  # noqa: E402  (after the variable that quiets jsii's banner)
from awsmedia.constructs import ConfigurationError, cdk  # noqa: E402
from awsmedia_runtime.constructs import DataSource, Resource  # noqa: E402

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
GARBAGE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=10)
    | st.binary(max_size=6)
    | st.just(object()),
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner)
    | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=3),
    max_leaves=8,
)
CLIENTS = {"ivs": IvsClient, "mediaconnect": MediaConnectClient, "mediapackage-vod": MediaPackageVodClient}


# Terraform's meta-arguments, which the constructs hand to cdktf as they are (cdktf types them).
META = ("depends_on", "count", "for_each", "provider", "lifecycle")


def arguments(function: Any) -> tuple[list[str], list[str]]:
    """Keyword-only parameters without and with a default: the first are always given (None among
    the values drawn), since leaving one out is Python's own TypeError for any function."""
    given = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.kind is p.KEYWORD_ONLY and p.name not in META
    ]
    return [p.name for p in given if p.default is p.empty], [
        p.name for p in given if p.default is not p.empty
    ]


def garbage_for(data: st.DataObject, function: Any) -> dict[str, Any]:
    required, optional = arguments(function)
    strategy = st.fixed_dictionaries({p: GARBAGE for p in required}, optional={p: GARBAGE for p in optional})
    return dict(data.draw(strategy, label="arguments"))


METHODS = [
    (service, name)
    for service, cls in CLIENTS.items()
    for name, member in vars(cls).items()
    if inspect.isfunction(member) and not name.startswith(("_", "iter_", "wait_until_"))
]


@SETTINGS
@given(data=st.data())
def test_client_calls_with_garbage_end_in_our_validation_error(
    local_endpoint: str, data: st.DataObject
) -> None:
    service, method = data.draw(st.sampled_from(METHODS), label="method")
    # A boto3 client passed in keeps botocore's own validation: what ours lets through, it judges too.
    client = CLIENTS[service](boto3.client(service, endpoint_url=local_endpoint, region_name="us-east-1"))
    call = getattr(client, method)
    kwargs = garbage_for(data, call)
    try:
        call(**kwargs)
    except (ValidationError, ServiceError) as exc:
        assert str(exc)


CONSTRUCTS = sorted(
    (name, cls)
    for name, cls in ((name, getattr(constructs, name)) for name in dir(constructs))  # imported lazily
    if isinstance(cls, type) and issubclass(cls, (Resource, DataSource)) and cls not in (Resource, DataSource)
)


@SETTINGS
@given(data=st.data())
def test_constructs_given_garbage_raise_configuration_error(data: st.DataObject) -> None:
    name, cls = data.draw(st.sampled_from(CONSTRUCTS), label="construct")
    kwargs = garbage_for(data, cls.__init__)
    stack = cdk.TerraformStack(cdk.App(), "test")
    try:
        cls(stack, "x", **kwargs)
    except ConfigurationError as exc:
        assert str(exc).startswith(f"{cls._spec.type_name} test/x: ")
