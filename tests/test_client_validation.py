"""Client-side validation, through the typed clients and the shared interpreter they call
(`awsmedia_runtime.shapes`): a valid sample of every input structure is sent exactly as built, and,
member by member, values that are wrong or unusual are reported at their path or accepted as the
service would accept them."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from awsmedia_runtime import ValidationError, shapes
from awsmedia_runtime.tables import service_tables
from codegen.build import load_model
from codegen.ir import Member, Service, Structure

from .conftest import ROOT
from .samples import Sampler, flow_response

MODEL = load_model(ROOT / "model")
INPUTS = [(svc, s) for svc in MODEL.services for s in svc.structures if s.used_in_input]


def judged(shape: shapes.Structure, value: Any) -> tuple[Any, list[str]]:
    """What the typed layer sends for `value`, and the paths (Python names) of its problems."""
    sent, problems = shapes.to_boto(shape, value)
    problems += shapes.validate(shape, sent)
    return sent, [shapes.render_path(shape, p.path) for p in problems]


class Text(str):
    """A str subclass: text all the same."""


class LooksLike:
    """Hashes and compares like a string it is not."""

    def __init__(self, text: str):
        self.text = text

    def __hash__(self) -> int:
        return hash(self.text)

    def __eq__(self, other: object) -> bool:
        return other == self.text


def odd_values(sampler: Sampler, member: Member, good: Any) -> Iterator[tuple[Any, bool]]:
    """(value, whether it must be reported) for one member; the others must be accepted."""
    c, t = member.constraints, member.type
    yield object(), True
    yield True, t.name not in ("boolean",)
    yield b"bytes", True
    if t.kind == "primitive" and t.name in ("integer", "long", "double"):
        yield 1.5, t.name != "double"
        for bound, step in (("min", -1), ("max", 1)):
            if bound in c:
                yield c[bound], False
                yield c[bound] + step, True
        if t.name == "double":
            yield float("nan"), False  # no comparison fails on NaN
    if t.kind == "primitive" and t.name == "string":
        yield Text(good), False
        if "max_length" in c:
            yield "x" * (c["max_length"] + 1), True
            yield Text("x" * (c["max_length"] + 1)), True
        if "min_length" in c and c["min_length"] > 0:
            yield "", True
        if "pattern" in c:
            yield "!! no match !!", True
            yield Text("!! no match !!"), True
    if t.kind == "primitive" and t.name == "timestamp":  # boto3 takes ISO text and epoch seconds too
        yield "2024-01-02T03:04:05Z", False
        yield 1704164645, False
    if t.kind == "enum":
        yield "NOT-A-VALUE", True
        yield ["unhashable"], True
        yield Text(good), False
        yield LooksLike(good), True
    if t.kind == "list":
        items = list(good)
        yield tuple(items), False
        yield (x for x in items), False  # any iterable is a list
        yield "not a list", True
        yield set(), True if c.get("min_items") else False
        if "max_items" in c:
            yield items * (c["max_items"] + 1), True
        if c.get("min_items"):
            yield [], True
        yield [*items, object()], True
        yield [*items, None], True  # a member may be left out, an item may not be null
    if t.kind == "map":
        yield collections.OrderedDict(good), False
        yield {Text("k"): next(iter(good.values()))}, False
        yield {1: next(iter(good.values()))}, True
        yield {"k": object()}, True
        yield {"k": None}, True
    if t.kind == "structure":
        nested, nested_wire = sampler.members(t.shape, t.shape.members)
        sampler.satisfy_rules(t.shape, nested, nested_wire)
        yield nested, False  # a mapping of attributes instead of the class
        yield {**nested, "no_such_attribute": 1}, True
        yield 42, True


@pytest.mark.parametrize("service, structure", INPUTS, ids=[f"{s.name}.{st.name}" for s, st in INPUTS])
def test_every_member_of_every_input_structure_is_judged(service: Service, structure: Structure) -> None:
    sampler = Sampler(service)
    shape = service_tables(service.name).structure(structure.name)
    typed, wire = sampler.members(structure, structure.members)
    sampler.satisfy_rules(structure, typed, wire)
    instance = getattr(sampler.module, structure.class_name)(**typed)
    for value in (typed, instance):
        assert judged(shape, value) == (wire, [])
    for member in structure.members:
        # A member the rules left out of the sample (source beside sources) gets a value of its own,
        # which may then break a rule: only its own checks are asserted.
        sampled = member.python_name in typed
        good = typed[member.python_name] if sampled else sampler.value(member.type, member.constraints)[0]
        for odd, must_report in odd_values(sampler, member, good):
            where = f"{structure.name}.{member.python_name} = {odd!r}"
            _, problems = judged(shape, {**typed, member.python_name: odd})
            if must_report:
                assert any(
                    p == member.python_name
                    or p.startswith((f"{member.python_name}.", f"{member.python_name}["))
                    for p in problems
                ), (where, problems)
            elif sampled:
                assert problems == [], (where, problems)
        if member.required:
            left_out = {k: v for k, v in typed.items() if k != member.python_name}
            for value in ({**typed, member.python_name: None}, left_out):
                assert judged(shape, value)[1] == [member.python_name]


def mediaconnect() -> tuple[Any, Any]:
    from awsmedia.clients.mediaconnect import MediaConnectClient

    boto = boto3.client("mediaconnect", region_name="us-east-1")
    return boto, MediaConnectClient(boto)


def rejected(call: Any, **kwargs: Any) -> dict[str, str]:
    """The problems a call is refused with, by path; the request must not be sent."""
    boto, client = mediaconnect()
    with Stubber(boto), pytest.raises(ValidationError) as info:  # nothing queued: a sent request fails
        getattr(client, call)(**kwargs)
    return dict(info.value.problems)


def source(**extra: Any) -> Any:
    from awsmedia.clients.mediaconnect import SetSourceRequest

    return SetSourceRequest(**{"name": "cam", "protocol": "rtp", "whitelist_cidr": "10.0.0.0/16", **extra})


def test_cross_field_rules_are_checked_before_sending() -> None:
    from awsmedia.clients.mediaconnect import FailoverConfig

    assert rejected("create_flow", name="f") == {"source": "a flow needs a source; give source (or sources)."}

    both = rejected("create_flow", name="f", source=source(), sources=[source(name="b")])
    assert list(both) == ["sources"] and "either as source or as sources" in both["sources"]

    two_without_failover = rejected("create_flow", name="f", sources=[source(), source(name="b")])
    assert (
        list(two_without_failover) == ["sources"] and "exactly one source" in two_without_failover["sources"]
    )

    three = rejected(
        "create_flow",
        name="f",
        sources=[source(name=n) for n in "abc"],
        source_failover_config=FailoverConfig(state="ENABLED"),
    )
    assert list(three) == ["sources"] and "one or two sources" in three["sources"]

    zixi = rejected("create_flow", name="f", source=source(protocol="zixi-push", ingest_port=2077))
    assert list(zixi) == ["source.ingest_port"] and "2088" in zixi["source.ingest_port"]


def test_every_problem_in_a_request_is_reported_at_once() -> None:
    from awsmedia.clients.mediaconnect import AddOutputRequest, FailoverConfig

    problems = rejected(
        "create_flow",
        name="f",
        source=source(protocol="udp-everything"),
        outputs=[AddOutputRequest(name="o", protocol="rtp", port="5000")],  # type: ignore[arg-type]
        source_failover_config=FailoverConfig(recovery_window=50),
    )
    assert set(problems) == {"source.protocol", "outputs[0].port", "source_failover_config.recovery_window"}
    assert (
        problems["source_failover_config.recovery_window"] == "50 is outside the allowed range: 100 to 500."
    )
    assert "zixi-push" in problems["source.protocol"]


def test_valid_requests_in_every_accepted_form_send_the_same_parameters() -> None:
    """Classes, subclasses, mappings of attributes, tuples for lists: one request on the wire."""
    from awsmedia.clients.mediaconnect import AddOutputRequest

    class MyOutput(AddOutputRequest):
        pass

    expected = {
        "Name": "f",
        "Source": {"Name": "cam", "Protocol": "rtp", "WhitelistCidr": "10.0.0.0/16"},
        "Outputs": [{"Name": "o", "Protocol": "rtp", "Destination": "198.51.100.1", "Port": 5000}],
    }
    output = dict(name="o", protocol="rtp", destination="198.51.100.1", port=5000)
    for outputs in (
        [AddOutputRequest(**output)],
        [MyOutput(**output)],
        [output],
        (AddOutputRequest(**output),),
    ):
        boto, client = mediaconnect()
        with Stubber(boto) as stub:
            flow = flow_response()
            stub.add_response("create_flow", {"Flow": flow}, expected)
            assert client.create_flow(name="f", source=source(), outputs=outputs).flow.flow_arn == "arn:f"  # type: ignore[arg-type, union-attr]
            stub.assert_no_pending_responses()


def test_a_misspelt_attribute_is_named_with_the_closest_real_one() -> None:
    problems = rejected(
        "create_flow", name="f", source={"name": "cam", "protcol": "rtp", "whitelist_cidr": "10.0.0.0/16"}
    )
    assert list(problems) == ["source.protcol"]
    assert problems["source.protcol"].startswith(
        "unknown attribute (did you mean protocol?); SetSourceRequest has: "
    )
    # A key given with its API name is not taken for the attribute it names.
    api_cased = rejected("create_flow", name="f", source={"Name": "cam"})
    assert list(api_cased) == ["source.Name"] and api_cased["source.Name"].startswith(
        "unknown attribute (did you mean name?)"
    )
    far = rejected("create_flow", name="f", source={"name": "cam", "zzzz": 1})
    assert far["source.zzzz"].startswith("unknown attribute; SetSourceRequest has: ")


def test_a_client_built_without_validation_sends_what_it_is_given() -> None:
    from awsmedia.clients.ivs import IvsClient

    boto = boto3.client("ivs", region_name="us-east-1")
    client = IvsClient(boto, validate=False)
    channel = {
        "arn": "arn:aws:ivs:us-east-1:123456789012:channel/a",
        "name": "x" * 129,
        "latencyMode": "FAST",
    }
    with Stubber(boto) as stub:
        stub.add_response("create_channel", {"channel": channel}, {"name": "x" * 129, "latencyMode": "FAST"})
        created = client.create_channel(name="x" * 129, latency_mode="FAST")  # type: ignore[arg-type]
        stub.assert_no_pending_responses()
    assert created.channel is not None and created.channel.latency_mode == "FAST"


def test_a_nested_mapping_without_a_required_key_is_reported_at_its_path() -> None:
    problems = rejected("create_flow", name="f", source=source(), maintenance={"maintenance_day": "Monday"})
    assert list(problems) == ["maintenance.maintenance_start_hour"]


def test_rules_count_lists_and_maps_only_and_absent_counts_as_none() -> None:
    box = shapes.Structure("Box")
    box.set_members(
        [
            shapes.Member("Tags", shapes.MapOf(shapes.Scalar("string")), python="tags", wire="tags"),
            shapes.Member("Items", shapes.ListOf(shapes.Scalar("string")), python="items", wire="items"),
            shapes.Member("Mode", shapes.Enum("Mode", ["a", "b"]), python="mode", wire="mode"),
        ],
        [
            shapes.Rule.from_json(
                {
                    "description": "few tags need mode a",
                    "when": {"path": "Tags", "max_items": 1},
                    "require": {"path": "Mode", "equals": "a"},
                }
            ),
            shapes.Rule.from_json(
                {
                    "description": "few items need mode a",
                    "when": {"path": "Items", "max_items": 1},
                    "require": {"path": "Mode", "equals": "a"},
                }
            ),
        ],
    )
    many = {"Tags": {"k": "v", "l": "w"}, "Items": ["1", "2"]}
    cases = [  # value, rules broken
        ({**many, "Mode": "b"}, []),
        ({**many, "Tags": {"k": "v"}, "Mode": "b"}, ["few tags need mode a."]),
        ({**many, "Items": ("1",), "Mode": "b"}, ["few items need mode a."]),
        ({"Mode": "b"}, ["few tags need mode a.", "few items need mode a."]),
        ({"Items": ["1"], "Mode": "a"}, []),
        (
            {"Items": "not a list", "Mode": "b"},
            ["expected a list of string, got str 'not a list'.", "few tags need mode a."],
        ),
    ]
    for value, broken in cases:
        assert [p.message for p in shapes.validate(box, value)] == broken, value


def test_a_subclass_that_computes_a_field_is_sent_what_it_computes() -> None:
    from awsmedia.clients.mediaconnect import AddOutputRequest

    class Computed(AddOutputRequest):
        wanted: Any = None

        @property  # type: ignore[misc]
        def port(self) -> Any:  # the dataclass field, overridden
            return self.wanted

        @port.setter
        def port(self, value: Any) -> None:
            pass

    flow = flow_response()
    output = Computed(name="o", protocol="rtp", destination="198.51.100.1")
    output.wanted = 5000
    boto, client = mediaconnect()
    with Stubber(boto) as stub:
        stub.add_response(
            "create_flow",
            {"Flow": flow},
            {
                "Name": "f",
                "Source": {"Name": "cam", "Protocol": "rtp", "WhitelistCidr": "10.0.0.0/16"},
                "Outputs": [{"Name": "o", "Protocol": "rtp", "Destination": "198.51.100.1", "Port": 5000}],
            },
        )
        client.create_flow(name="f", source=source(), outputs=[output])
        stub.assert_no_pending_responses()
    output.wanted = "5000"
    assert rejected("create_flow", name="f", source=source(), outputs=[output]) == {
        "outputs[0].port": "expected integer, got str '5000'."
    }


def test_encryption_fields_follow_the_key_type() -> None:
    """The documents: SPEKE needs resource_id, region, device_id and url; static keys (also when
    key_type is left out) take none of them, nor a constant IV, which is 32 hex characters."""
    from awsmedia.clients.mediaconnect import AddOutputRequest, Encryption

    role = "arn:aws:iam::123456789012:role/MediaConnect"

    def with_encryption(**fields: Any) -> dict[str, str]:
        output = AddOutputRequest(
            name="o", protocol="zixi-push", encryption=Encryption(role_arn=role, **fields)
        )
        return rejected("create_flow", name="f", source=source(), outputs=[output])

    speke = with_encryption(key_type="speke", resource_id="r", region="us-east-1")
    assert speke == {
        "outputs[0].encryption.device_id": "SPEKE encryption needs device_id.",
        "outputs[0].encryption.url": "SPEKE encryption needs url.",
    }
    static = with_encryption(
        algorithm="aes256", secret_arn="arn:s", device_id="d", constant_initialization_vector="0" * 32
    )
    assert static == {
        "outputs[0].encryption.device_id": "device_id is not valid for static-key encryption.",
        "outputs[0].encryption.constant_initialization_vector": (
            "constant_initialization_vector is not valid for static-key encryption."
        ),
    }
    iv = with_encryption(key_type="srt-password", secret_arn="arn:s", constant_initialization_vector="xyz")
    assert iv == {
        "outputs[0].encryption.constant_initialization_vector": "'xyz' does not match the pattern [0-9a-fA-F]{32}."
    }
