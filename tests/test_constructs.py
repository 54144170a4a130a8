"""The CDK-for-Terraform constructs (awsmedia.constructs), with the library AWSMEDIA_CDK names (cdktf
by default; scripts/test.sh runs this module again with cdktn): real synthesis, compared with
the provider's own schema as `terraform providers schema -json` gives it, and the provider's
plan-time validation, through its own checks and through a real terraform plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from constructs import Construct

from awsmedia.provider import ivs, mediaconnect, mediapackage_vod
from awsmedia_runtime.provider import validate, values
from awsmedia_runtime.provider.spec import Block, DataSourceSpec, ResourceSpec, TypeSpec
from tfharness import Workspace, matches_schema

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import awsmedia.constructs as constructs  # noqa: E402  (after the variable that quiets jsii's banner)
from awsmedia.constructs import ConfigurationError, cdk  # noqa: E402
from awsmedia_runtime.constructs import DataSource, Resource  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "constructs"
UPDATE = os.environ.get("AWSMEDIA_UPDATE_SNAPSHOTS") == "1"  # rewrite the snapshots instead of comparing
MODULES = (ivs, mediaconnect, mediapackage_vod)
RESOURCE_SPECS: dict[str, ResourceSpec] = {s.type_name: s for m in MODULES for s in m.RESOURCES}
DATA_SPECS: dict[str, DataSourceSpec] = {s.type_name: s for m in MODULES for s in m.DATA_SOURCES}
# Every construct class by name (a resource and a data source may share a Terraform type).
CLASSES: dict[str, type[Resource] | type[DataSource]] = {
    name: cls
    for name, cls in ((name, getattr(constructs, name)) for name in dir(constructs))
    if isinstance(cls, type) and issubclass(cls, (Resource, DataSource)) and cls not in (Resource, DataSource)
}
RESOURCES = {cls._spec.type_name: cls for cls in CLASSES.values() if issubclass(cls, Resource)}
# One Terraform variable per value type a configurable attribute has: a fully populated construct
# gives every attribute a reference to one, so no rule judges them and every attribute is synthesized.
VARIABLES = {
    "string": "string",
    "integer": "number",
    "number": "number",
    "bool": "bool",
    '["list", "string"]': "list(string)",
    '["map", "string"]': "map(string)",
}


def new_stack() -> Any:
    app = cdk.App()
    stack = cdk.TerraformStack(app, "test")
    constructs.AwsmediaProvider(stack, "awsmedia", region="us-east-1")
    return stack


def synthesized(stack: Any) -> dict[str, Any]:
    return dict(json.loads(cdk.Testing.synth(stack)))


def variable_token(stack: Any, t: TypeSpec) -> Any:
    key = json.dumps(t) if isinstance(t, tuple) else t
    kind = VARIABLES[key]
    name = "v_" + "".join(c if c.isalnum() else "_" for c in kind)
    var = stack.node.try_find_child(name) or cdk.TerraformVariable(stack, name, type=kind)
    if kind == "string":
        return var.string_value
    if kind == "number":
        return var.number_value
    if kind == "bool":
        return var.boolean_value
    if kind == "list(string)":
        return var.list_value
    return cdk.Token.as_string_map(var.value)


def full_config(stack: Any, block: Block) -> dict[str, Any]:
    """Every configurable attribute and block of `block`, attributes as references."""
    out: dict[str, Any] = {}
    for a in block.attrs:
        if a.required or a.optional:
            out[a.name] = variable_token(stack, a.type)
    for b in block.blocks:
        item = full_config(stack, b)
        out[b.name] = [item] if b.nesting == "list" else item
    return out


def kind(cls: type) -> str:
    return "resource" if issubclass(cls, Resource) else "data"


@pytest.fixture(scope="module")
def full_stack() -> dict[str, Any]:
    """One fully populated construct of every class, synthesized."""
    stack = new_stack()
    for name, cls in CLASSES.items():
        config = full_config(stack, cls._spec.schema)
        by = lookup_attributes(cls._spec)
        cls(stack, name, **{k: v for k, v in config.items() if k not in by})
        if by:  # a data source found either by its identifier or by a lookup: the other way too
            cls(stack, name + LOOKUP, **{k: v for k, v in config.items() if k in by})
    return synthesized(stack)


LOOKUP = "ByLookup"


def lookup_attributes(spec: ResourceSpec | DataSourceSpec) -> set[str]:
    """The attributes a data source's lookup is called with, which exclude its identifier."""
    lookup = getattr(spec, "lookup", None)
    return {a.name for a in spec.schema.attrs if lookup and a.member in lookup.by}


def test_the_library_in_use_is_the_one_chosen() -> None:
    assert cdk.__name__ == os.environ.get("AWSMEDIA_CDK", "cdktf")
    assert issubclass(constructs.IvsChannel, cdk.TerraformResource)
    assert issubclass(constructs.DataAwsmediaIvsChannel, cdk.TerraformDataSource)
    assert issubclass(constructs.AwsmediaProvider, cdk.TerraformProvider)


def test_importing_the_constructs_imports_neither_boto3_grpc_nor_tf() -> None:
    code = (
        "import sys, awsmedia.constructs as c\n"
        "classes = [getattr(c, name) for name in dir(c)]\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'boto3', 'botocore', 'grpc', 'tf'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_program_imports_the_services_it_uses_only() -> None:
    code = (
        "import sys\n"
        "from awsmedia.constructs import AwsmediaProvider, MediaconnectFlow\n"
        "print(*sorted(m for m in sys.modules if m.startswith(('awsmedia.constructs.', 'awsmedia.provider.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["awsmedia.constructs.mediaconnect", "awsmedia.provider.mediaconnect"]
    with pytest.raises(ImportError, match="cannot import name 'MediaconnectFlw'"):
        from awsmedia.constructs import MediaconnectFlw  # type: ignore[attr-defined]  # noqa: F401


def test_every_resource_and_data_source_has_a_construct() -> None:
    assert {c._spec.type_name for c in CLASSES.values() if kind(c) == "resource"} == set(RESOURCE_SPECS)
    assert {c._spec.type_name for c in CLASSES.values() if kind(c) == "data"} == set(DATA_SPECS)
    assert constructs.IvsChannel._spec.type_name == "awsmedia_ivs_channel"
    assert constructs.DataAwsmediaIvsChannel._spec.type_name == "awsmedia_ivs_channel"


def test_no_attribute_property_hides_a_member_of_the_library() -> None:
    for cls in CLASSES.values():
        base = cdk.TerraformResource if issubclass(cls, Resource) else cdk.TerraformDataSource
        own = {name for name in vars(cls) if not name.startswith("_")}
        assert not own & set(dir(base)), cls.__name__


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_snapshot_of_a_fully_populated_construct(name: str, full_stack: dict[str, Any]) -> None:
    cls = CLASSES[name]
    got = full_stack[kind(cls)][cls._spec.type_name][name]
    snapshot = SNAPSHOTS / f"{name}.json"
    if UPDATE:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
    assert got == json.loads(snapshot.read_text())


def terraform(workdir: Path, cli_config: Path, binary: str, *args: str) -> str:
    env = {**os.environ, "TF_CLI_CONFIG_FILE": str(cli_config), "CHECKPOINT_DISABLE": "1"}
    proc = subprocess.run([binary, *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_synthesized_json_has_the_provider_schemas_names_and_nesting(
    full_stack: dict[str, Any], installed_provider: Any, terraform_binary: str, tmp_path: Path
) -> None:
    stack = {k: v for k, v in full_stack.items() if k != "terraform"}
    stack["terraform"] = {"required_providers": full_stack["terraform"]["required_providers"]}
    (tmp_path / "cdk.tf.json").write_text(json.dumps(stack))
    config = installed_provider.mirror_cli_config
    terraform(tmp_path, config, terraform_binary, "init", "-input=false", "-no-color")
    schema = json.loads(terraform(tmp_path, config, terraform_binary, "providers", "schema", "-json"))
    provider = schema["provider_schemas"]["registry.terraform.io/awsmedia/awsmedia"]
    problems = []
    for section, key in (("resource", "resource_schemas"), ("data", "data_source_schemas")):
        served = provider[key]
        built = {c._spec.type_name: name for name, c in CLASSES.items() if kind(c) == section}
        assert set(served) == set(built)
        for type_name, s in served.items():
            both_ways = full_stack[section][type_name]
            full = {**both_ways[built[type_name]], **both_ways.get(built[type_name] + LOOKUP, {})}
            problems += matches_schema(s["block"], full, type_name)
    assert problems == []
    # And Terraform itself takes every construct as synthesized.
    terraform(tmp_path, config, terraform_binary, "validate", "-no-color")


def test_references_between_constructs_are_terraform_expressions() -> None:
    stack = new_stack()
    channel = constructs.IvsChannel(stack, "live", name="news")
    constructs.IvsStreamKey(stack, "key", channel_arn=channel.arn)
    flow = constructs.MediaconnectFlow(
        stack, "feed", name="feed", source={"name": "main", "protocol": "srt-listener", "ingest_port": 5000}
    )
    cdk.TerraformOutput(stack, "ingest_ip", value=flow.source.ingest_ip)
    cdk.TerraformOutput(stack, "first_stream", value=flow.media_streams.get(0).media_stream_id)
    cdk.TerraformOutput(stack, "tags", value=channel.tags)
    out = synthesized(stack)
    assert (
        out["resource"]["awsmedia_ivs_stream_key"]["key"]["channel_arn"] == "${awsmedia_ivs_channel.live.arn}"
    )
    assert out["output"]["ingest_ip"]["value"] == "${awsmedia_mediaconnect_flow.feed.source.ingest_ip}"
    assert (
        out["output"]["first_stream"]["value"]
        == "${awsmedia_mediaconnect_flow.feed.media_streams[0].media_stream_id}"
    )
    assert out["output"]["tags"]["value"] == "${awsmedia_ivs_channel.live.tags}"


def test_meta_arguments_overrides_moves_and_other_stacks_keep_cdktfs_meaning(tmp_path: Path) -> None:
    # The settings are written by one element per stack; the constructs' own blocks, as cdktf
    # writes them, must still land under the same addresses.
    app = cdk.App(outdir=str(tmp_path), skip_validation=True)  # moves want Terraform >= 1.5
    stack = cdk.TerraformStack(app, "one")
    constructs.AwsmediaProvider(stack, "awsmedia", region="us-east-1")
    west = constructs.AwsmediaProvider(stack, "west", region="us-west-2", alias="west")
    first = constructs.IvsChannel(stack, "first", name="first", provider=west)
    second = constructs.IvsChannel(
        stack,
        "second",
        name="second",
        depends_on=[first],
        lifecycle=cdk.TerraformResourceLifecycle(create_before_destroy=True),
    )
    second.add_override("name", "overridden")
    constructs.IvsStreamKey(stack, "keys", channel_arn=first.arn, count=2)
    nested = constructs.IvsChannel(Construct(stack, "group"), "nested", name="nested")
    renamed = constructs.IvsChannel(stack, "renamed", name="renamed")
    renamed.override_logical_id("custom")
    constructs.IvsChannel(stack, "old", name="old").move_to_id("awsmedia_ivs_channel.second")
    constructs.DataAwsmediaIvsChannel(stack, "found", arn=first.arn)
    other = cdk.TerraformStack(app, "two")
    constructs.AwsmediaProvider(other, "awsmedia", region="us-east-1")
    constructs.IvsStreamKey(other, "key", channel_arn=first.arn)
    app.synth()
    one = json.loads((tmp_path / "stacks" / "one" / "cdk.tf.json").read_text())
    channels = one["resource"]["awsmedia_ivs_channel"]
    assert channels["first"]["provider"] == "awsmedia.west"
    assert channels["second"]["name"] == "overridden"
    assert channels["second"]["depends_on"] == ["awsmedia_ivs_channel.first"]
    assert channels["second"]["lifecycle"] == {"create_before_destroy": True}
    assert one["resource"]["awsmedia_ivs_stream_key"]["keys"]["count"] == 2
    assert channels[nested.friendly_unique_id]["name"] == "nested"
    assert nested.friendly_unique_id.startswith("group_nested_")
    assert channels["custom"]["name"] == "renamed"
    assert "old" not in channels
    assert one["moved"] == [{"from": "awsmedia_ivs_channel.old", "to": "awsmedia_ivs_channel.second"}]
    assert one["data"]["awsmedia_ivs_channel"]["found"]["arn"] == "${awsmedia_ivs_channel.first.arn}"
    assert set(channels) == {"first", "second", nested.friendly_unique_id, "custom"}
    assert all(set(c) == {"//", "name", *set(c) - {"//", "name"}} for c in channels.values())
    two = json.loads((tmp_path / "stacks" / "two" / "cdk.tf.json").read_text())
    assert two["resource"]["awsmedia_ivs_stream_key"]["key"]["channel_arn"].startswith(
        "${data.terraform_remote_state.cross-stack-reference-input-one.outputs."
    )


def test_tokens_pass_validation_unchecked() -> None:
    stack = new_stack()
    port = cdk.TerraformVariable(stack, "port", type="number")
    protocol = cdk.TerraformVariable(stack, "protocol", type="string")
    window = cdk.TerraformVariable(stack, "window", type="number")
    # The same values given as literals would break the Zixi port rule and the recovery window range.
    constructs.MediaconnectFlow(
        stack,
        "feed",
        name="feed",
        source={"name": "main", "protocol": "zixi-push", "ingest_port": port.number_value},
        source_failover_config={"recovery_window": window.number_value},
    )
    constructs.MediaconnectFlowSource(
        stack, "backup", flow_arn="arn:aws:mediaconnect:us-east-1:1:flow:1-a:f", name="b",
        protocol=protocol.string_value, ingest_port=5000,  # fmt: skip
    )
    out = synthesized(stack)["resource"]
    assert out["awsmedia_mediaconnect_flow"]["feed"]["source"]["ingest_port"] == "${var.port}"
    assert out["awsmedia_mediaconnect_flow"]["feed"]["source_failover_config"] == {
        "recovery_window": "${var.window}"
    }
    assert out["awsmedia_mediaconnect_flow_source"]["backup"]["protocol"] == "${var.protocol}"


# (what is wrong, construct class, arguments, the problems in the provider's words)
BAD: list[tuple[str, str, dict[str, Any], list[str]]] = [
    (
        "enum",
        "awsmedia_ivs_channel",
        {"name": "c", "latency_mode": "FAST"},
        ["Invalid value for latency_mode: 'FAST' is not allowed; allowed values: NORMAL, LOW."],
    ),
    (
        "pattern",
        "awsmedia_ivs_channel",
        {"name": "no spaces"},
        ["Invalid format for name: 'no spaces' does not match the pattern [a-zA-Z0-9-_]*."],
    ),
    (
        "range and enum in nested blocks",
        "awsmedia_mediaconnect_flow",
        {
            "name": "f",
            "source": {"name": "s", "protocol": "zixi", "ingest_port": 2088},
            "source_failover_config": {"recovery_window": 50},
        },
        [
            "Invalid value for source.protocol: 'zixi' is not allowed; allowed values: zixi-push, rtp-fec, rtp,"
            " zixi-pull, rist, st2110-jpegxs, cdi, srt-listener, srt-caller, fujitsu-qos, udp, ndi-speed-hq, rtmp-push.",
            "Value out of range for source_failover_config.recovery_window: 50 is outside the allowed range:"
            " 100 to 500.",
        ],
    ),
    (
        "cross-field: Zixi ingest port",
        "awsmedia_mediaconnect_flow_source",
        {"flow_arn": "arn:aws:mediaconnect:us-east-1:1:flow:1-a:f", "name": "b", "protocol": "zixi-push",
         "ingest_port": 2000},  # fmt: skip
        [
            "Invalid combination at ingest_port: a Zixi source listens on port 2088; ingest_port must be 2088"
            " when protocol is zixi-push."
        ],
    ),
    (
        "items",
        "awsmedia_ivs_stream_key",
        {"channel_arn": "arn:aws:ivs:us-east-1:1:channel/a", "tags": {f"k{i}": "v" for i in range(51)}},
        ["Wrong number of items in tags: 51 items given; allowed: at most 50."],
    ),
]


@pytest.mark.parametrize("case", BAD, ids=[c[0] for c in BAD])
def test_bad_values_are_refused_with_the_providers_words(
    case: tuple[str, str, dict[str, Any], list[str]],
) -> None:
    _, type_name, arguments, expected = case
    stack = new_stack()
    with pytest.raises(ConfigurationError) as raised:
        RESOURCES[type_name](stack, "bad", **arguments)
    error = raised.value
    assert [str(f) for f in error.failures] == expected
    assert str(error).startswith(f"{type_name} test/bad: {len(expected)} problem")
    assert all(f"\n  - {line}" in str(error) for line in expected)
    # The provider's own plan-time check of the same configuration says exactly the same.
    spec = RESOURCE_SPECS[type_name]
    assert [str(f) for f in validate.check_resource(spec, arguments, values.unknown)] == expected
    assert stack.node.try_find_child("bad") is None  # nothing half-made is left in the tree


def test_unknown_keys_and_provider_settings_are_refused() -> None:
    stack = new_stack()
    with pytest.raises(ConfigurationError) as raised:
        constructs.MediaconnectFlow(
            stack, "bad", name="f", source={"name": "s", "protocol": "carrier", "prtocol": "rtp"}  # type: ignore[typeddict-unknown-key]
        )
    lines = [str(f) for f in raised.value.failures]
    assert lines[0].startswith(
        "Unknown attribute source.prtocol: source has no attribute 'prtocol'; it has: "
    )
    assert lines[1].startswith("Invalid value for source.protocol: 'carrier' is not allowed")
    with pytest.raises(ConfigurationError) as raised:
        constructs.AwsmediaProvider(stack, "second", max_retries=99, retry_mode="eager")  # type: ignore[arg-type]
    assert [str(f) for f in raised.value.failures] == [
        "Value out of range for max_retries: 99 is outside the allowed range: 0 to 50.",
        "Invalid value for retry_mode: 'eager' is not allowed; allowed values: standard, adaptive, legacy.",
    ]


def flat(text: str) -> str:
    """Terraform wraps diagnostic details at 78 columns; compare them on one line."""
    return " ".join(text.split())


def test_terraform_plan_refuses_the_same_values_with_the_same_words(tf: Workspace) -> None:
    """The bad configurations, written as the constructs would synthesize them, planned by terraform."""
    resources: dict[str, dict[str, Any]] = {}
    expected = []
    for i, (_, type_name, arguments, lines) in enumerate(BAD):
        resources.setdefault(type_name, {})[f"bad{i}"] = arguments
        expected += lines
    tf.write("")
    (tf.root / "bad.tf.json").write_text(json.dumps({"resource": resources}))
    out = flat(tf.plan_fails().out)
    for line in expected:
        summary, detail = line.split(": ", 1)
        assert f"Error: {summary}" in out and detail in out, line
    assert out.count("Error: ") == len(expected)
