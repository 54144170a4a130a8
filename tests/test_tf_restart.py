"""The local backend restarted between `terraform plan -out` and `terraform apply` of that plan, with its
state kept in a file: stopped with SIGTERM or killed with SIGKILL, it comes back on the same port with
everything it held, and the saved plan applies. Down at apply time, the apply fails naming the endpoint
it could not connect to, and nothing is lost: after the restart an apply converges."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import InstalledProvider, boto3_client
from tfharness import Workspace, assert_clean

ROOT = Path(__file__).resolve().parent.parent
STACK = """
resource "awsmedia_ivs_channel" "c" {
  name         = "news"
  latency_mode = "%(latency)s"
}

resource "awsmedia_mediaconnect_flow" "f" {
  name = "feed\\nfrom the stadium"
  source {
    name           = "main"
    protocol       = "rtp"
    ingest_port    = 5000
    whitelist_cidr = "10.0.0.0/16"
  }
}

resource "awsmedia_mediaconnect_flow_output" "o" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "studio"
  protocol    = "rtp"
  destination = "192.0.2.10"
  port        = %(port)d
}

resource "awsmedia_mediapackagevod_packaging_group" "g" {
  id   = "replays"
  tags = { tier = "%(tier)s" }
}
"""
EXTRA = """
resource "awsmedia_ivs_channel" "extra" {
  name = "extra"
}

resource "awsmedia_mediaconnect_flow_output" "extra" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "extra"
  protocol    = "rtp"
  destination = "192.0.2.11"
  port        = 6000
}
"""


class Backend:
    """`python -m awsmedia_runtime.local` as its own process, on a port and a state file that outlive it."""

    def __init__(self, state_file: Path, port: int = 0):
        self.state_file = state_file
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "awsmedia_runtime.local",
                "--port",
                str(port),
                "--state-file",
                str(state_file),
                "--seed",
                "5",  # the same seed every start: IDs drawn after a restart must not collide with kept ones
                "--transition-delay",
                "0.05",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.startswith("awsmedia local backend on http://127.0.0.1:"), line + self.stop()
        self.url = line.split()[4]
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self, how: signal.Signals = signal.SIGTERM) -> str:
        """Stop it (again: nothing more); returns what it wrote to stderr."""
        if self.process.stderr is None or self.process.stderr.closed:
            return ""
        if self.process.poll() is None:
            self.process.send_signal(how)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        assert self.process.stderr is not None and self.process.stdout is not None
        errors = self.process.stderr.read()
        self.process.stderr.close()
        self.process.stdout.close()
        return errors


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[list[Backend]]:
    """The running backend last started, at the end of the list; stopped after the test."""
    started = [Backend(tmp_path / "backend.sqlite")]
    try:
        yield started
    finally:
        started[-1].stop()


def held(endpoint: str) -> dict[str, Any]:
    """What the backend holds of the stack, by state attribute."""
    ivs = boto3_client("ivs", endpoint)
    mc = boto3_client("mediaconnect", endpoint)
    vod = boto3_client("mediapackage-vod", endpoint)
    flows = [mc.describe_flow(FlowArn=f["FlowArn"])["Flow"] for f in mc.list_flows()["Flows"]]
    return {
        "channels": sorted(
            (c["arn"], ivs.get_channel(arn=c["arn"])["channel"]["latencyMode"])
            for c in ivs.list_channels()["channels"]
        ),
        "flows": sorted(f["FlowArn"] for f in flows),
        "outputs": sorted((o["OutputArn"], o["Port"]) for f in flows for o in f.get("Outputs") or []),
        "groups": sorted(
            (g["Id"], vod.describe_packaging_group(Id=g["Id"]).get("Tags", {}).get("tier"))
            for g in vod.list_packaging_groups()["PackagingGroups"]
        ),
    }


def in_state(tf: Workspace) -> dict[str, Any]:
    """The same, from the Terraform state."""
    r = tf.resources()

    def of(kind: str) -> list[dict[str, Any]]:
        return [v for a, v in r.items() if a.startswith(f"awsmedia_{kind}.")]

    return {
        "channels": sorted((c["arn"], c["latency_mode"]) for c in of("ivs_channel")),
        "flows": sorted(f["flow_arn"] for f in of("mediaconnect_flow")),
        "outputs": sorted((o["output_arn"], o["port"]) for o in of("mediaconnect_flow_output")),
        "groups": sorted((g["id"], g["tags"]["tier"]) for g in of("mediapackagevod_packaging_group")),
    }


def test_a_saved_plan_applies_after_the_backend_restarts(
    tmp_path: Path, terraform_binary: str, installed_provider: InstalledProvider, backend: list[Backend]
) -> None:
    first = backend[-1]
    tf = Workspace(
        tmp_path / "tf",
        terraform_binary,
        installed_provider.attach_only_cli_config,
        first.url,
        launcher=installed_provider.launcher,
    )
    try:
        tf.write(STACK % {"latency": "LOW", "port": 5000, "tier": "gold"})
        tf.apply()
        assert_clean(tf)
        assert in_state(tf) == held(first.url)

        for how, change in (
            (signal.SIGTERM, {"latency": "NORMAL", "port": 5001, "tier": "silver"}),
            (signal.SIGKILL, {"latency": "LOW", "port": 5002, "tier": "bronze"}),
        ):
            tf.write(STACK % change)
            planned = tf.plan("-out=tfplan")
            assert planned.plan_has_changes and "3 to change" in planned.out, planned.out
            backend[-1].stop(how)
            backend.append(Backend(first.state_file, first.port))
            tf.run("apply", "-input=false", "tfplan")
            assert_clean(tf)
            assert in_state(tf) == held(first.url)
            assert [port for _, port in in_state(tf)["outputs"]] == [change["port"]]

        # Down when the saved plan is applied: a clear error, and nothing lost.
        tf.write(STACK % {"latency": "NORMAL", "port": 5003, "tier": "gold"})
        tf.plan("-out=tfplan")
        backend[-1].stop()
        failed = tf.run("apply", "-input=false", "tfplan", ok_codes=(1,))
        said = " ".join(failed.out.split())  # terraform wraps long lines
        assert f'EndpointConnectionError: Could not connect to the endpoint URL: "{first.url}/' in said, said
        before = in_state(tf)
        backend.append(Backend(first.state_file, first.port))
        assert held(first.url) == before
        # Converges, and what is created after the restart gets IDs of its own.
        tf.write(STACK % {"latency": "NORMAL", "port": 5003, "tier": "gold"} + EXTRA)
        tf.apply()
        assert_clean(tf)
        assert in_state(tf) == held(first.url)
        tf.destroy()
        assert held(first.url) == {"channels": [], "flows": [], "outputs": [], "groups": []}
    finally:
        tf.cleanup()


def test_ids_drawn_after_a_restart_with_the_same_seed_are_new(tmp_path: Path) -> None:
    from awsmedia_runtime.local import LocalServer

    arns = []
    for name in ("before", "after"):
        with LocalServer(seed=5, state_file=str(tmp_path / "state.sqlite")) as server:
            ivs = boto3_client("ivs", server.url)
            arns.append(ivs.create_channel(name=name)["channel"]["arn"])
            assert {c["name"] for c in ivs.list_channels()["channels"]} == {"before", name}
    assert arns[0] != arns[1]
