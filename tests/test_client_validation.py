"""Client-side validation. Every input structure has two passes: a fast pass written as straight-line
code (which only accepts) and the full pass (which words every problem). The fast pass must never
accept what the full pass rejects, and must build the same boto3 value; these tests feed both a valid
sample of every input structure and, member by member, values that are wrong or unusual."""
from __future__ import annotations

import collections
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from awsmedia_runtime import ValidationError
from awsmedia_runtime.shapes import Struct
from codegen.build import load_model
from codegen.ir import Member, Service, Structure

from .conftest import ROOT
from .racing import race
from .samples import Sampler

MODEL = load_model(ROOT / "model")
INPUTS = [(svc, s) for svc in MODEL.services for s in svc.structures if s.used_in_input]


class Text(str):
    """A str subclass: only the full pass judges these."""


def runtime_struct(sampler: Sampler, structure: Structure) -> Struct:
    client_cls = getattr(sampler.module, sampler.service.client_class)
    return client_cls.tables.registry.structs[structure.name]  # type: ignore[no-any-return]


def both_passes(struct: Struct, value: Any) -> tuple[Any, Any, list[tuple[str, str]]]:
    """(fast result or None when it gave up, full result, full problems)."""
    try:
        fast = struct.checker()(value)
    except Exception:
        fast = None
    problems: list[tuple[str, str]] = []
    full = struct.collect(value, (), problems)
    return fast, full, problems


class LooksLike:
    """Hashes and compares like a string it is not: only the full pass may judge it."""

    def __init__(self, text: str):
        self.text = text

    def __hash__(self) -> int:
        return hash(self.text)

    def __eq__(self, other: object) -> bool:
        return other == self.text


def odd_values(sampler: Sampler, member: Member, good: Any) -> Iterator[tuple[Any, bool]]:
    """(value, whether the full pass must report it) for one member; the full pass must accept the others."""
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
    if t.kind == "primitive" and t.name == "timestamp":
        yield "2024-01-02T03:04:05Z", True
        yield 1704164645, True
    if t.kind == "enum":
        yield "NOT-A-VALUE", True
        yield ["unhashable"], True
        yield Text(good), False
        yield LooksLike(good), True
    if t.kind == "list":
        items = list(good)
        yield tuple(items), False
        yield (x for x in items), False  # any iterable is a list to the full pass
        yield "not a list", True
        yield set(), True if c.get("min_items") else False
        if "max_items" in c:
            yield items * (c["max_items"] + 1), True
        if c.get("min_items"):
            yield [], True
        yield [*items, object()], True
    if t.kind == "map":
        yield collections.OrderedDict(good), False
        yield {Text("k"): next(iter(good.values()))}, False
        yield {1: next(iter(good.values()))}, True
        yield {"k": object()}, True
    if t.kind == "structure":
        nested, nested_wire = sampler.members(t.shape, t.shape.members)
        sampler.satisfy_rules(t.shape, nested, nested_wire)
        yield nested, False  # a mapping of attributes instead of the class
        yield {**nested, "no_such_attribute": 1}, True
        yield 42, True


@pytest.mark.parametrize("service, structure", INPUTS, ids=[f"{s.name}.{st.name}" for s, st in INPUTS])
def test_fast_pass_agrees_with_the_full_pass(service: Service, structure: Structure) -> None:
    sampler = Sampler(service)
    struct = runtime_struct(sampler, structure)
    typed, wire = sampler.members(structure, structure.members)
    sampler.satisfy_rules(structure, typed, wire)
    instance = getattr(sampler.module, structure.class_name)(**typed)
    for value in (typed, instance):
        fast, full, problems = both_passes(struct, value)
        assert problems == [] and fast == full == wire
    for member in structure.members:
        # A member the rules left out of the sample (source beside sources) gets a value of its own,
        # which may then break a rule: only its own checks are asserted.
        sampled = member.python_name in typed
        good = typed[member.python_name] if sampled else sampler.value(member.type, member.constraints)[0]
        for odd, must_report in odd_values(sampler, member, good):
            value = {**typed, member.python_name: odd}
            fast, full, problems = both_passes(struct, value)
            where = f"{structure.name}.{member.python_name} = {odd!r}"
            if fast is not None:
                assert problems == [], f"fast pass accepted {where}, full pass found {problems}"
                assert fast == full, where
            if must_report:
                assert any(p == member.python_name or p.startswith((f"{member.python_name}.", f"{member.python_name}["))
                           for p, _ in problems), (where, problems)
            elif sampled:
                assert problems == [], (where, problems)
        if member.required:
            left_out = {k: v for k, v in typed.items() if k != member.python_name}
            for value in ({**typed, member.python_name: None}, left_out):
                fast, _, problems = both_passes(struct, value)
                assert fast is None and problems == [(member.python_name, problems[0][1])]


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

    both = rejected("create_flow", name="f", source=source(), sources=[source(name="b")])
    assert list(both) == ["sources"] and "either as source or as sources" in both["sources"]

    two_without_failover = rejected("create_flow", name="f", sources=[source(), source(name="b")])
    assert list(two_without_failover) == ["sources"] and "exactly one source" in two_without_failover["sources"]

    three = rejected("create_flow", name="f", sources=[source(name=n) for n in "abc"],
                     source_failover_config=FailoverConfig(state="ENABLED"))
    assert list(three) == ["sources"] and "one or two sources" in three["sources"]

    zixi = rejected("create_flow", name="f", source=source(protocol="zixi-push", ingest_port=2077))
    assert list(zixi) == ["source.ingest_port"] and "2088" in zixi["source.ingest_port"]


def test_every_problem_in_a_request_is_reported_at_once() -> None:
    from awsmedia.clients.mediaconnect import AddOutputRequest, FailoverConfig

    problems = rejected(
        "create_flow", name="f", source=source(protocol="udp-everything"),
        outputs=[AddOutputRequest(name="o", protocol="rtp", port="5000")],  # type: ignore[arg-type]
        source_failover_config=FailoverConfig(recovery_window=50),
    )
    assert set(problems) == {"source.protocol", "outputs[0].port", "source_failover_config.recovery_window"}
    assert "100..500" in problems["source_failover_config.recovery_window"]
    assert "zixi-push" in problems["source.protocol"]


def test_valid_requests_in_every_accepted_form_send_the_same_parameters() -> None:
    """Classes, subclasses, mappings of attributes, tuples for lists: one request on the wire."""
    from awsmedia.clients.mediaconnect import AddOutputRequest

    class MyOutput(AddOutputRequest):
        pass

    expected = {"Name": "f", "Source": {"Name": "cam", "Protocol": "rtp", "WhitelistCidr": "10.0.0.0/16"},
                "Outputs": [{"Name": "o", "Protocol": "rtp", "Destination": "198.51.100.1", "Port": 5000}]}
    output = dict(name="o", protocol="rtp", destination="198.51.100.1", port=5000)
    for outputs in ([AddOutputRequest(**output)], [MyOutput(**output)], [output], (AddOutputRequest(**output),)):
        boto, client = mediaconnect()
        with Stubber(boto) as stub:
            flow = {"FlowArn": "arn:f", "Name": "f", "AvailabilityZone": "us-east-1a", "Entitlements": [], "Outputs": [],
                    "Source": {"Name": "cam", "SourceArn": "arn:s"}, "Status": "STANDBY"}
            stub.add_response("create_flow", {"Flow": flow}, expected)
            assert client.create_flow(name="f", source=source(), outputs=outputs).flow.flow_arn == "arn:f"  # type: ignore[arg-type, union-attr]
            stub.assert_no_pending_responses()


def test_a_misspelt_attribute_is_named_with_the_closest_real_one() -> None:
    problems = rejected("create_flow", name="f", source={"name": "cam", "protcol": "rtp", "whitelist_cidr": "10.0.0.0/16"})
    assert list(problems) == ["source.protcol"]
    assert problems["source.protcol"].startswith("unknown attribute (did you mean protocol?); SetSourceRequest has: ")
    far = rejected("create_flow", name="f", source={"name": "cam", "zzzz": 1})
    assert far["source.zzzz"].startswith("unknown attribute; SetSourceRequest has: ")


def test_first_calls_from_many_threads_at_once_all_succeed() -> None:
    """The passes are written on first use; threads racing to that first use must each get a
    working pass (a client is commonly shared between threads)."""
    import awsmedia.clients.mediaconnect as module
    from awsmedia_runtime.tables import load_tables

    from benchmarks.run import create_flow_case

    case = create_flow_case()

    def prepare() -> Callable[[int], None]:
        tables = load_tables(module.__file__, vars(module))  # fresh structures: nothing written yet
        request, response = tables.registry.structs["CreateFlowRequest"], tables.registry.structs["CreateFlowResponse"]

        def first_use(_: int) -> None:
            assert request.checker()(case.typed_args) == case.raw_params
            assert response.reader()(case.response).flow.name == "bench"

        return first_use

    race(prepare)


def test_a_structure_that_contains_itself_is_checked_and_read_at_every_depth() -> None:
    """None of the three services has one today; a later model may (as botocore models do)."""
    from dataclasses import dataclass

    from awsmedia_runtime.shapes import Field, List, Ref, Registry, Scalar

    @dataclass(slots=True, kw_only=True)
    class Node:
        name: str
        children: list[Node] | None = None

    registry = Registry()
    node = registry.add(Struct(Node, [Field("name", "Name", Scalar("string", max_length=8), True),
                                      Field("children", "Children", List(Ref(registry, "Node")))]))
    tree = Node(name="a", children=[Node(name="b", children=[Node(name="c")])])
    wire = {"Name": "a", "Children": [{"Name": "b", "Children": [{"Name": "c"}]}]}
    assert node.checker()(tree) == wire
    assert node.reader()(wire) == tree
    problems: list[tuple[str, str]] = []
    node.to_wire(Node(name="a", children=[Node(name="b", children=[Node(name="far too long")])]), (), problems)
    assert [p for p, _ in problems] == ["children[0].children[0].name"]


def test_an_item_whose_check_raises_stopiteration_is_not_dropped() -> None:
    """A StopIteration out of a user's value must not end a list early (map() would let it and
    accept the request with one item fewer); the fast pass must give up instead."""
    from awsmedia.clients.mediaconnect import FailoverConfig, MediaConnectClient

    class Leaky:
        @property  # type: ignore[misc]
        def __class__(self) -> type:  # isinstance() asks for it
            raise StopIteration

    checker = MediaConnectClient.tables.registry.structs["CreateFlowRequest"].checker()
    try:
        accepted = checker({"name": "f", "sources": [source(), Leaky()], "source_failover_config": FailoverConfig(state="ENABLED")})
    except Exception:  # StopIteration is one
        accepted = None
    assert accepted is None


def test_a_client_built_without_validation_sends_what_it_is_given() -> None:
    from awsmedia.clients.ivs import IvsClient

    boto = boto3.client("ivs", region_name="us-east-1")
    client = IvsClient(boto, validate=False)
    channel = {"arn": "arn:aws:ivs:us-east-1:123456789012:channel/a", "name": "x" * 129, "latencyMode": "FAST"}
    with Stubber(boto) as stub:
        stub.add_response("create_channel", {"channel": channel}, {"name": "x" * 129, "latencyMode": "FAST"})
        created = client.create_channel(name="x" * 129, latency_mode="FAST")  # type: ignore[arg-type]
        stub.assert_no_pending_responses()
    assert created.channel is not None and created.channel.latency_mode == "FAST"


def test_compiled_rules_judge_counts_as_the_full_pass_does() -> None:
    """A max_items condition counts lists only, in the fast pass as in the full one."""
    from dataclasses import dataclass

    from awsmedia_runtime.shapes import Enum as EnumSpec
    from awsmedia_runtime.shapes import Field, List, Map, Registry, Rule, Scalar

    @dataclass(slots=True, kw_only=True)
    class Box:
        tags: dict[str, str] | None = None
        items: list[str] | None = None
        mode: str | None = None

    from typing import Literal

    rules = [Rule("few tags need mode a", {"path": "Tags", "max_items": 1}, {"path": "Mode", "equals": "a"}),
             Rule("few items need mode a", {"path": "Items", "max_items": 1}, {"path": "Mode", "equals": "a"})]
    box = Registry().add(Struct(Box, [Field("tags", "Tags", Map(Scalar("string"))), Field("items", "Items", List(Scalar("string"))),
                                      Field("mode", "Mode", EnumSpec("Mode", Literal["a", "b"]))], rules))
    many = {"tags": {"k": "v", "l": "w"}, "items": ["1", "2"]}
    cases = [  # value, rules broken (absent counts as no items)
        ({**many, "mode": "b"}, []),
        ({**many, "tags": {"k": "v"}, "mode": "b"}, ["few tags need mode a"]),
        ({**many, "items": ("1",), "mode": "b"}, ["few items need mode a"]),
        ({"mode": "b"}, ["few tags need mode a", "few items need mode a"]),
        ({"items": ["1"], "mode": "a"}, []),
    ]
    for value, broken in cases:
        fast, full, problems = both_passes(box, value)
        assert [message for _, message in problems] == broken, value
        assert fast == (None if broken else full), value


def test_a_dict_for_a_class_with_other_defaults_than_none_is_judged_by_the_full_pass() -> None:
    """Making a dict into an instance fills in the class's defaults, where the full pass reads a
    missing key as None; the generator only writes None defaults, but the runtime must not rely on it."""
    from dataclasses import dataclass, field

    from awsmedia_runtime.shapes import Field, Map, Registry, Scalar

    @dataclass(slots=True, kw_only=True)
    class Box:
        tags: dict[str, str] | None = field(default_factory=dict)
        mode: str | None = "a"

    box = Registry().add(Struct(Box, [Field("tags", "Tags", Map(Scalar("string"))), Field("mode", "Mode", Scalar("string"))]))
    cases = [({}, {}), ({"mode": "b"}, {"Mode": "b"}), (Box(), {"Tags": {}, "Mode": "a"}), (Box(tags=None, mode=None), {})]
    for value, sent in cases:
        fast, full, problems = both_passes(box, value)
        assert problems == [] and full == sent and fast in (None, full), value


def test_a_subclass_that_computes_a_field_is_checked_on_what_it_computes() -> None:
    from awsmedia.clients.mediaconnect import AddOutputRequest, MediaConnectClient

    class Computed(AddOutputRequest):
        wanted: Any = None

        @property  # type: ignore[misc]
        def port(self) -> Any:  # the dataclass field, overridden
            return self.wanted

        @port.setter
        def port(self, value: Any) -> None:
            pass

    struct = MediaConnectClient.tables.registry.structs["AddOutputRequest"]
    for wanted, ok in ((5000, True), ("5000", False)):
        value = Computed(name="o", protocol="rtp", destination="198.51.100.1")
        value.wanted = wanted
        fast, full, problems = both_passes(struct, value)
        if ok:
            assert problems == [] and fast == full and full["Port"] == 5000
        else:
            assert fast is None and [p for p, _ in problems] == ["port"]


def test_a_nested_mapping_without_a_required_key_is_reported_at_its_path() -> None:
    problems = rejected("create_flow", name="f", source=source(), maintenance={"maintenance_day": "Monday"})
    assert list(problems) == ["maintenance.maintenance_start_hour"]


def test_typed_methods_pass_their_input_class_and_iterators_a_mapping_that_sends_the_same() -> None:
    from awsmedia.clients.mediaconnect import ListFlowsRequest, MediaConnectClient

    seen: list[type] = []

    class Watched(MediaConnectClient):
        def _params(self, op: Any, args: Any) -> dict[str, Any]:
            seen.append(type(args))
            return super()._params(op, args)

    boto = boto3.client("mediaconnect", region_name="us-east-1")
    client = Watched(boto)
    with Stubber(boto) as stub:
        for _ in range(2):
            stub.add_response("list_flows", {"Flows": []}, {"MaxResults": 5})
        assert client.list_flows(max_results=5).flows == []
        assert list(client.iter_flows(max_results=5)) == []
        stub.assert_no_pending_responses()
    assert seen == [ListFlowsRequest, dict]
