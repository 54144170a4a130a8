"""The provider's hand-written runtime on its own: values, planning, validation, schemas, state
upgrades, installation and the plugin handshake; plus AWS errors and retries seen through terraform.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tf.gen import tfplugin_pb2 as pb
from tf.types import Unknown
from tf.utils import read_dynamic_value

from awsmedia.provider import NAME, SERVICES
from awsmedia.provider import ivs as ivs_spec
from awsmedia.provider import mediaconnect as mc_spec
from awsmedia.provider import mediapackage_vod as vod_spec
from awsmedia_runtime.provider import values
from awsmedia_runtime.tables import service_tables
from awsmedia_runtime.provider.crud import strip_unknown
from awsmedia_runtime.provider.install import cli_config, install, platform_dir
from awsmedia_runtime.provider.servicer import ProviderServicer
from awsmedia_runtime.provider.spec import Attr, Block, DeclarationError, ResourceSpec, load_declarations
from awsmedia_runtime.provider.validate import check_resource
from awsmedia_runtime.provider.request import build
from codegen.cli import main as codegen
from tfharness import Workspace

# Every resource's declarations, as the generated modules load them, by Terraform type name.
SPECS: dict[str, ResourceSpec] = {s.type_name: s for m in (ivs_spec, mc_spec, vod_spec) for s in m.RESOURCES}
FLOW = SPECS["awsmedia_mediaconnect_flow"]
MC = service_tables("mediaconnect")
HISTORY_2018 = (
    Path(__file__).resolve().parent.parent / "model" / "history" / "mediaconnect" / "2018-11-28.yaml"
)
COOKIE = {"TF_PLUGIN_MAGIC_COOKIE": "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"}


def flow_config(**source: Any) -> dict[str, Any]:
    """A flow configuration as Terraform sends it: every attribute present, null when unset."""
    state = values.empty(FLOW.schema)
    state.update(name="f", running=None)
    block = values.empty(FLOW.schema.block("source"))  # type: ignore[arg-type]
    block.update(
        {
            "name": "primary",
            "protocol": "zixi-push",
            "ingest_port": 2088,
            "whitelist_cidr": "10.0.0.0/16",
            **source,
        }
    )
    state["source"] = block
    return state


# -- schema decisions made by the generator -------------------------------------------------------------


def test_every_documented_resource_and_data_source_is_generated() -> None:
    servicer = ProviderServicer(NAME, SERVICES)
    assert set(servicer.resources) == {
        "awsmedia_mediaconnect_flow",
        "awsmedia_mediaconnect_flow_output",
        "awsmedia_mediaconnect_flow_entitlement",
        "awsmedia_mediaconnect_flow_source",
        "awsmedia_mediapackagevod_packaging_group",
        "awsmedia_mediapackagevod_packaging_configuration",
        "awsmedia_mediapackagevod_asset",
        "awsmedia_ivs_channel",
        "awsmedia_ivs_stream_key",
    }
    assert {
        "awsmedia_mediaconnect_flow",
        "awsmedia_mediaconnect_flows",
        "awsmedia_mediaconnect_entitlements",
        "awsmedia_ivs_channel",
        "awsmedia_ivs_channels",
        "awsmedia_ivs_stream",
        "awsmedia_ivs_streams",
        "awsmedia_ivs_stream_key",
        "awsmedia_ivs_stream_keys",
        "awsmedia_mediapackagevod_asset",
        "awsmedia_mediapackagevod_assets",
        "awsmedia_mediapackagevod_packaging_configuration",
        "awsmedia_mediapackagevod_packaging_configurations",
        "awsmedia_mediapackagevod_packaging_group",
        "awsmedia_mediapackagevod_packaging_groups",
    } == set(servicer.data_sources)


def test_generated_attribute_kinds_follow_the_model() -> None:
    root = FLOW.schema
    assert root.attr("name").required and root.attr("name").replace  # type: ignore[union-attr]
    assert root.attr("status").computed and not root.attr("status").optional  # type: ignore[union-attr]
    running = root.attr("running")
    assert running and running.optional and running.computed and running.default is False
    source = root.block("source")
    assert source and source.nesting == "single" and not source.replace
    assert source.attr("source_arn").computed and source.attr("name").replace  # type: ignore[union-attr]
    assert not source.attr("whitelist_cidr").replace  # type: ignore[union-attr]  # UpdateFlowSource carries it
    rules = service_tables("mediaconnect").structure(source.shape).rules  # type: ignore[arg-type]
    assert source.shape == "SetSourceRequest" and rules and "2088" in rules[0].description
    failover = root.block("source_failover_config")
    assert failover and failover.attr("recovery_window").default == 200  # type: ignore[union-attr]
    window = service_tables("mediaconnect").structure(failover.shape).members["RecoveryWindow"].type  # type: ignore[arg-type]
    assert (window.min, window.max) == (100, 500)  # type: ignore[attr-defined]
    media = root.block("media_streams")
    assert media and media.nesting == "list" and media.replace  # no operation updates media streams
    # Outputs, entitlements and extra sources are resources of their own, not blocks of the flow.
    assert not root.block("outputs") and not root.attr("outputs") and not root.block("sources")
    key = SPECS["awsmedia_ivs_stream_key"].schema.attr("value")
    assert key and key.sensitive and key.computed
    output = SPECS["awsmedia_mediaconnect_flow_output"]
    assert output.import_parts == ("FlowArn", "OutputArn") and not output.schema.attr("flow_arn").read_path  # type: ignore[union-attr]


def test_schema_messages_follow_terraform_rules() -> None:
    servicer = ProviderServicer(NAME, SERVICES)
    response = servicer.GetProviderSchema(pb.GetProviderSchema.Request(), None)
    assert not response.diagnostics

    def walk(block: Any) -> None:
        for nested in block.block_types:
            if nested.nesting == pb.Schema.NestedBlock.NestingMode.SINGLE:
                assert nested.min_items == nested.max_items and nested.min_items in (0, 1), nested.type_name
            walk(nested.block)
        for a in block.attributes:
            assert a.required or a.optional or a.computed, a.name

    for schema in list(response.resource_schemas.values()) + list(response.data_source_schemas.values()):
        walk(schema.block)
    flow = response.resource_schemas["awsmedia_mediaconnect_flow"].block
    protocol = next(
        a
        for a in next(b for b in flow.block_types if b.type_name == "source").block.attributes
        if a.name == "protocol"
    )
    assert "Allowed values:" in protocol.description and "`zixi-push`" in protocol.description


def test_declarations_share_repeated_blocks_and_a_malformed_file_is_named(tmp_path: Path) -> None:
    packaging = SPECS["awsmedia_mediapackagevod_packaging_configuration"].schema
    packages = [packaging.block(p) for p in ("cmaf_package", "dash_package", "hls_package", "mss_package")]
    speke = {id(p.block("encryption").block("speke_key_provider")) for p in packages}  # type: ignore[union-attr]
    assert len(speke) == 1  # stored once in the JSON, one object at run time
    source = Path(ivs_spec.__file__).with_suffix(".json")
    good = json.loads(source.read_text())
    assert load_declarations(str(source)) == (ivs_spec.RESOURCES, ivs_spec.DATA_SOURCES)

    def fails(data: Any) -> str:
        (tmp_path / "ivs.json").write_text(json.dumps(data))
        with pytest.raises(DeclarationError) as caught:
            load_declarations(str(tmp_path / "ivs.py"))
        return str(caught.value)

    broken = json.loads(json.dumps(good))
    del broken["resources"][1]["schema"]["attrs"][2]["type"]
    assert (
        fails(broken)
        == f"{tmp_path / 'ivs.json'}: resources[1].schema.attrs[2].type: missing (required for Attr)"
    )
    broken = json.loads(json.dumps(good))
    broken["data_sources"][0]["schema"]["blocks"] = [{"$block": "nowhere"}]
    assert "ivs.json: data_sources[0].schema.blocks[0]: refers to shared block 'nowhere'" in fails(broken)
    broken = json.loads(json.dumps(good))
    broken["resources"][0]["schema"]["min_items"] = "1"
    assert "ivs.json: resources[0].schema.min_items: expected an integer" in fails(broken)
    assert "ivs.json: (top level): expected an object with keys" in fails({**good, "resource": []})
    (tmp_path / "ivs.json").write_text('{"resources": ')
    with pytest.raises(DeclarationError, match="ivs.json: not valid JSON"):
        load_declarations(str(tmp_path / "ivs.py"))


# -- values ---------------------------------------------------------------------------------------------


def test_plan_on_create_marks_nested_computed_values_unknown_and_applies_defaults() -> None:
    config = flow_config()
    config["source_failover_config"] = {**values.empty(FLOW.schema.block("source_failover_config")), "state": "ENABLED"}  # type: ignore[arg-type]
    planned = values.plan(FLOW.schema, config, None)
    assert planned["flow_arn"] is Unknown and planned["id"] is Unknown and planned["running"] is False
    assert planned["source"]["source_arn"] is Unknown and planned["source"]["ingest_ip"] is Unknown
    assert planned["source"]["whitelist_cidr"] == "10.0.0.0/16"
    assert planned["source_failover_config"]["recovery_window"] == 200


def test_plan_on_update_carries_computed_values_and_finds_replacements() -> None:
    prior = strip_unknown(values.plan(FLOW.schema, flow_config(), None))  # as stored after apply
    prior = {
        **prior,
        "flow_arn": "arn:flow",
        "id": "arn:flow",
        "status": "STANDBY",
        "source": {**prior["source"], "source_arn": "arn:src", "ingest_ip": "10.1.1.1"},
    }
    proposed = {**prior, "source": {**prior["source"], "whitelist_cidr": "10.9.0.0/16", "source_arn": None}}
    planned = values.plan(FLOW.schema, proposed, prior)
    assert planned["source"]["source_arn"] == "arn:src"  # carried from the prior state
    assert values.replacements(FLOW.schema, prior, planned) == []
    renamed = {**planned, "source": {**planned["source"], "name": "other"}}
    assert values.replacements(FLOW.schema, prior, renamed) == [["source", "name"]]
    streams = {**planned, "media_streams": [{"media_stream_id": 1}]}
    assert values.replacements(FLOW.schema, prior, streams) == [["media_streams"]]
    assert values.changed(FLOW.schema, prior, planned) == {"source"}


def test_api_values_map_back_onto_blocks() -> None:
    item = {
        "Name": "f",
        "FlowArn": "arn:flow",
        "Status": "ACTIVE",
        "AvailabilityZone": "us-east-1a",
        "Source": {
            "Name": "primary",
            "SourceArn": "arn:src",
            "IngestPort": 2088,
            "WhitelistCidr": "10.0.0.0/16",
            "Transport": {"Protocol": "zixi-push"},
        },
    }
    state = values.from_api(FLOW.schema, item, {"running": True})
    assert state["source"]["protocol"] == "zixi-push"  # read one level down, from Transport
    assert (
        state["running"] is True and state["source_failover_config"] is None and state["media_streams"] == []
    )
    assert values.to_api(FLOW.schema.block("source"), state["source"])["Protocol"] == "zixi-push"  # type: ignore[arg-type]
    when = values.tf_value("timestamp", __import__("datetime").datetime(2026, 1, 2, 3, 4, 5))
    assert when == "2026-01-02T03:04:05"


def test_requests_take_only_the_operations_members() -> None:
    context = {
        "FlowArn": "arn:flow",
        "Name": "f",
        "SourceFailoverConfig": {"State": "ENABLED", "RecoveryWindow": 300, "Unknown": 1},
    }
    request = build(MC.operations["UpdateFlow"].input, context)  # type: ignore[arg-type]
    assert request == {
        "FlowArn": "arn:flow",
        "SourceFailoverConfig": {"State": "ENABLED", "RecoveryWindow": 300},
    }
    outputs = MC.operations["AddFlowOutputs"].input
    assert outputs is not None
    added = build(outputs, {"FlowArn": "arn:flow", "Name": "o", "Protocol": "rtp"}, collection="Outputs")
    assert added == {"FlowArn": "arn:flow", "Outputs": [{"Name": "o", "Protocol": "rtp"}]}


def test_state_upgrade_fills_new_attributes_and_refuses_newer_states() -> None:
    servicer = ProviderServicer(NAME, SERVICES)
    old = {"name": "f", "flow_arn": "arn:flow", "dropped_attribute": 1, "source": [{"name": "s"}]}
    request = pb.UpgradeResourceState.Request(
        type_name="awsmedia_mediaconnect_flow",
        version=0,
        raw_state=pb.RawState(json=__import__("json").dumps(old).encode()),
    )
    response = servicer.UpgradeResourceState(request, None)
    upgraded = read_dynamic_value(response.upgraded_state)
    assert not response.diagnostics
    assert set(upgraded) == {a.name for a in FLOW.schema.attrs} | {b.name for b in FLOW.schema.blocks}
    assert (
        upgraded["running"] is None and upgraded["source"]["name"] == "s" and upgraded["media_streams"] == []
    )
    newer = pb.UpgradeResourceState.Request(
        type_name="awsmedia_mediaconnect_flow", version=FLOW.version + 1, raw_state=pb.RawState(json=b"{}")
    )
    diag = servicer.UpgradeResourceState(newer, None).diagnostics
    assert diag and "newer provider" in diag[0].summary


def test_state_upgrade_reshapes_object_values() -> None:
    # A computed object attribute whose type gained a field (and lost one) since the state was written.
    fields = (("url", "Url", "string"), ("packaging_configuration_id", "PackagingConfigurationId", "string"))
    endpoints = Attr("egress_endpoints", ("list", ("object", fields)), "EgressEndpoints", computed=True)
    block = Block("", None, attrs=[endpoints])
    old = {"egress_endpoints": [{"url": "https://x", "status": "ok"}], "gone": 1}
    assert values.conform(block, old) == {
        "egress_endpoints": [{"url": "https://x", "packaging_configuration_id": None}]
    }


# -- plan-time validation ---------------------------------------------------------------------------------


def test_validation_reports_path_and_allowed_values() -> None:
    config = flow_config(protocol="carrier-pigeon", ingest_port=70000)
    config["source_failover_config"] = {**values.empty(FLOW.schema.block("source_failover_config")), "recovery_window": 50}  # type: ignore[arg-type]
    found = {(p.summary, tuple(map(str, p.path))) for p in check_resource(FLOW, config, values.unknown)}
    summaries = " | ".join(p.detail for p in check_resource(FLOW, config, values.unknown))
    assert ("Invalid value for source.protocol", ("source", "protocol")) in found
    assert (
        "Value out of range for source_failover_config.recovery_window",
        ("source_failover_config", "recovery_window"),
    ) in found
    assert "allowed range: 100 to 500" in summaries and "zixi-push" in summaries


def test_cross_field_rule_is_checked_only_on_known_values() -> None:
    broken = check_resource(FLOW, flow_config(ingest_port=5000), values.unknown)
    assert [(p.summary, p.path) for p in broken] == [
        ("Invalid combination at source.ingest_port", ["source", "ingest_port"])
    ]
    assert "2088" in broken[0].detail
    assert (
        check_resource(FLOW, flow_config(ingest_port=Unknown), values.unknown) == []
    )  # a reference: known only at apply
    assert check_resource(FLOW, flow_config(), values.unknown) == []


# -- installation and the handshake ---------------------------------------------------------------------------


def test_install_writes_the_mirror_layout_and_an_offline_cli_config(tmp_path: Path) -> None:
    target = install(tmp_path / "mirror")
    assert (
        target
        == (
            tmp_path
            / "mirror"
            / "registry.terraform.io"
            / "awsmedia"
            / "awsmedia"
            / "0.1.0"
            / platform_dir()
            / "terraform-provider-awsmedia_v0.1.0"
        ).resolve()
    )
    assert os.access(target, os.X_OK) and target.read_text().startswith(f"#!{sys.executable} -IS\n")
    config = cli_config(tmp_path / "mirror")
    assert 'include = ["awsmedia/awsmedia"]' in config and 'exclude = ["awsmedia/awsmedia"]' in config
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "awsmedia_runtime.provider.install",
            "install",
            "--mirror",
            str(tmp_path / "m2"),
            "--config",
            str(tmp_path / "cli.tfrc"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and (tmp_path / "cli.tfrc").read_text() == cli_config(
        (tmp_path / "m2").resolve()
    )


def test_install_serves_a_generated_tree_or_says_what_it_lacks(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "awsmedia_runtime.provider.install", "install", *args]
        return subprocess.run(command, capture_output=True, text=True)

    empty = run("--mirror", str(tmp_path / "m"), "--generated", str(tmp_path))
    assert (
        empty.returncode == 2
        and "holds no generated provider (awsmedia/provider/__init__.py)" in empty.stderr
    )
    tree = tmp_path / "tree"
    assert codegen(["generate", "--model", str(HISTORY_2018), "--out", str(tree)]) == 0
    launcher = install(tmp_path / "mirror", generated=tree)
    # The tree comes first on the launcher's import path, this environment's runtime after it.
    paths = [line for line in launcher.read_text().splitlines() if line.startswith("sys.path")]
    assert paths and paths[0].startswith(f"sys.path[:0] = [{str(tree.resolve())!r}, ")
    # tests/test_tf_upgrade.py runs Terraform with such launchers.


def test_launcher_handshakes_and_refuses_to_run_outside_terraform(tmp_path: Path) -> None:
    launcher = install(tmp_path / "mirror")
    alone = subprocess.run([str(launcher)], capture_output=True, text=True, timeout=60)
    assert alone.returncode == 1 and alone.stdout == "" and "Terraform starts it" in alone.stderr
    proc = subprocess.Popen(
        [str(launcher)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **COOKIE, "TMPDIR": str(tmp_path)},
    )
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        core, app, network, address, protocol, cert = line.rstrip("\n").split("|")
        assert (core, app, network, protocol) == ("1", "6", "unix", "grpc")
        assert Path(address).exists() and len(cert) > 100
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- AWS errors and retries through terraform ------------------------------------------------------------


def test_aws_errors_become_diagnostics_naming_resource_and_operation(tf: Workspace) -> None:
    tf.write("""
resource "awsmedia_ivs_stream_key" "k" {
  channel_arn = "arn:aws:ivs:us-east-1:123456789012:channel/abcdefabcdef"
}
""")
    result = tf.apply_fails()
    assert "awsmedia_ivs_stream_key: CreateStreamKey failed" in result.out
    assert "ResourceNotFoundException (HTTP 404)" in result.out


def test_provider_retries_throttled_calls(tf: Workspace, local_server: Any) -> None:
    from awsmedia_runtime.local.faults import FaultConfig

    local_server.faults.configure(FaultConfig(throttle_rate=1.0, seed=3))
    tf.write('resource "awsmedia_ivs_channel" "c" {\n  name = "x"\n}\n')
    tf.init()
    (tf.root / "main.tf").write_text(
        (tf.root / "main.tf")
        .read_text()
        .replace('region     = "us-east-1"', 'region     = "us-east-1"\n  max_retries = 2')
    )
    started = time.monotonic()
    failed = tf.apply_fails()
    # The first call of a create lists the channels of that name (what a lost answer is told from).
    assert "ListChannels failed" in failed.out and "ThrottlingException (HTTP 429)" in failed.out
    assert time.monotonic() - started < 60
    # Half the calls throttled: boto3's retries (5 attempts by default) get every call through.
    local_server.faults.configure(FaultConfig(throttle_rate=0.5, seed=3))
    (tf.root / "main.tf").write_text(
        (tf.root / "main.tf").read_text().replace("max_retries = 2", "max_retries = 8")
    )
    tf.apply()
    assert tf.resource("awsmedia_ivs_channel.c")["name"] == "x"


def test_removing_a_set_block_replaces_because_updates_cannot_clear_it() -> None:
    group = SPECS["awsmedia_mediapackagevod_packaging_group"]
    auth = {"cdn_identifier_secret": "arn:secret", "secrets_role_arn": "arn:role"}
    prior = {**values.empty(group.schema), "id": "g", "authorization": auth}
    assert values.replacements(group.schema, prior, {**prior, "authorization": None}) == [["authorization"]]
    assert (
        values.replacements(group.schema, {**prior, "authorization": None}, prior) == []
    )  # adding one is an update


def test_calls_racing_to_a_service_share_one_boto3_client(local_endpoint: str) -> None:
    """Terraform's first reads arrive together on the provider's threads; they must not each build
    a client of their own (each costs a second or more of a plan's wall time)."""
    import threading

    from awsmedia_runtime.provider.aws import Aws

    aws = Aws({"region": "us-east-1", "endpoints": {"ivs": local_endpoint}}, {"ivs": "ivs"})
    start = threading.Barrier(8)
    got: list[Any] = []

    def first_read() -> None:
        start.wait(timeout=30)
        got.append(aws.client("ivs"))

    threads = [threading.Thread(target=first_read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(got) == 8 and len({id(c) for c in got}) == 1
    assert aws.call("ivs", "ListChannels", {}) == {"channels": []}


def test_a_lookup_that_finds_no_single_item_says_how_many(local_endpoint: str) -> None:
    from awsmedia.provider import SERVICES
    from awsmedia_runtime.provider.aws import Aws
    from awsmedia_runtime.provider.crud import DataSourceRuntime, Failure
    from conftest import boto3_client

    ivs = boto3_client("ivs", local_endpoint)
    channel = ivs.create_channel(name="keyless")
    ivs.delete_stream_key(arn=channel["streamKey"]["arn"])
    aws = Aws(
        {"region": "us-east-1", "endpoints": {"ivs": local_endpoint}}, {"ivs": SERVICES["ivs"]["endpoint"]}
    )
    spec = next(d for d in ivs_spec.DATA_SOURCES if d.type_name == "awsmedia_ivs_stream_key")
    config = {**values.empty(spec.schema), "channel_arn": channel["channel"]["arn"]}
    with pytest.raises(Failure) as caught:
        DataSourceRuntime(spec, aws).read(config)
    assert caught.value.summary == "awsmedia_ivs_stream_key: 0 found"
    assert "ListStreamKeys with channel_arn = arn:aws:ivs:" in caught.value.detail
    assert caught.value.detail.endswith("listed 0 items; exactly one is needed.")
