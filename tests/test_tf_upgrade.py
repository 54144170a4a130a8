"""Upgrading the provider under existing state, with a real terraform against the local backend.

A MediaConnect stack is applied with the provider generated from an earlier point of the API
(`model/history/mediaconnect/`), then Terraform switches to the current provider: the state is
upgraded (each resource's schema version, the flow's `source` in its current shape), the plan
shows nothing the user did not change, and adding a failover source then applies.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from awsmedia_runtime.provider.install import SOURCE, install
from awsmedia_runtime.provider.spec import Block, load_declarations
from codegen.cli import main as codegen
from conftest import InstalledProvider
from tfharness import Workspace, assert_clean

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT / "model" / "history" / "mediaconnect"
CURRENT = ROOT / "generated" / "awsmedia" / "provider" / "mediaconnect.py"

STACK = """
terraform {
  required_providers {
    awsmedia = { source = "%(source)s" }
  }
}

# Only MediaConnect's endpoint: the earlier providers know no other service.
provider "awsmedia" {
  region     = "us-east-1"
  access_key = "test"
  secret_key = "test"
  endpoints {
    mediaconnect = "%(endpoint)s"
  }
}

resource "awsmedia_mediaconnect_flow" "f" {
  name = "upgraded"
  source {
    name           = "primary"
    protocol       = "zixi-push"
    ingest_port    = 2088
    whitelist_cidr = "10.0.0.0/16"
    decryption {
      algorithm  = "aes128"
      role_arn   = "arn:aws:iam::111122223333:role/MediaConnectKeys"
      secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:source-key"
    }
  }
%(failover)s}

resource "awsmedia_mediaconnect_flow_output" "o" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "out"
  protocol    = "rtp"
  destination = "198.51.100.7"
  port        = 5000
}

resource "awsmedia_mediaconnect_flow_entitlement" "e" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "partner"
  subscribers = ["111122223333"]
}
%(extra)s"""

FAILOVER = """  source_failover_config {
    state           = "%s"
    recovery_window = 200
  }
"""

BACKUP = """
resource "awsmedia_mediaconnect_flow_source" "backup" {
  flow_arn       = awsmedia_mediaconnect_flow.f.flow_arn
  name           = "backup"
  protocol       = "zixi-push"
  ingest_port    = 2088
  whitelist_cidr = "10.1.0.0/16"
}
"""

# Each earlier point, and the configuration applied with its provider: the intermediate point
# already has failover, so its stack sets it (off) and the upgrade turns it on.
POINTS = {
    "2018-11-28": "",
    "failover-vpc": FAILOVER % "DISABLED",
}


def stack(endpoint: str, failover: str = "", extra: str = "") -> str:
    return STACK % {"source": SOURCE, "endpoint": endpoint, "failover": failover, "extra": extra}


@pytest.fixture(scope="module")
def earlier_launchers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The provider generated from each earlier point, installed into a mirror of its own."""
    out = {}
    for label in POINTS:
        root = tmp_path_factory.mktemp(f"provider-{label}")
        assert (
            codegen(["generate", "--model", str(HISTORY / f"{label}.yaml"), "--out", str(root / "tree")]) == 0
        )
        out[label] = install(root / "mirror", generated=root / "tree")
    return out


def state_file(tf: Workspace) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((tf.root / "terraform.tfstate").read_text())
    return found


def names(block: Block) -> set[str]:
    return {a.name for a in block.attrs} | {b.name for b in block.blocks}


@pytest.mark.parametrize("label", list(POINTS))
def test_state_from_an_earlier_provider_upgrades(
    label: str,
    earlier_launchers: dict[str, Path],
    installed_provider: InstalledProvider,
    local_endpoint: str,
    terraform_binary: str,
    tmp_path: Path,
) -> None:
    tf = Workspace(
        tmp_path / "tf",
        terraform_binary,
        installed_provider.attach_only_cli_config,
        local_endpoint,
        launcher=earlier_launchers[label],
    )
    try:
        (tf.root / "main.tf").write_text(stack(local_endpoint, POINTS[label]))
        tf.apply()
        before = {r["type"]: r["instances"][0]["schema_version"] for r in state_file(tf)["resources"]}
        flow_arn = tf.resource("awsmedia_mediaconnect_flow.f")["flow_arn"]

        tf.switch_provider(installed_provider.launcher)
        # Nothing the user did not change: the upgraded state matches the configuration and the service.
        assert_clean(tf)
        tf.apply("-refresh-only")  # writes the upgraded state
        specs = {s.type_name: s for s in load_declarations(str(CURRENT)).resources}
        after = {r["type"]: r["instances"][0]["schema_version"] for r in state_file(tf)["resources"]}
        assert after == {t: specs[t].version for t in before}
        assert all(after[t] > before[t] for t in before), (before, after)
        flow = tf.resource("awsmedia_mediaconnect_flow.f")
        assert flow["flow_arn"] == flow_arn
        flow_schema = specs["awsmedia_mediaconnect_flow"].schema
        assert set(flow) == names(flow_schema)
        source_schema = flow_schema.block("source")
        assert source_schema is not None and set(flow["source"]) == names(source_schema)
        assert flow["source"]["name"] == "primary" and flow["source"]["ingest_port"] == 2088

        # A failover source, which the earlier API did not have (or had switched off), now applies.
        (tf.root / "main.tf").write_text(stack(local_endpoint, FAILOVER % "ENABLED", BACKUP))
        planned = tf.plan()
        assert (
            planned.plan_has_changes
            and "awsmedia_mediaconnect_flow_source.backup will be created" in planned.out
        )
        assert "must be replaced" not in planned.out, planned.out
        tf.apply()
        assert tf.resource("awsmedia_mediaconnect_flow.f")["source_failover_config"]["state"] == "ENABLED"
        assert tf.resource("awsmedia_mediaconnect_flow_source.backup")["source_arn"]
        assert_clean(tf)
        tf.destroy()
    finally:
        tf.cleanup()
