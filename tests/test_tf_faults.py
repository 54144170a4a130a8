"""Faults a trusted provider has to survive, through the real terraform against the local backend:
answers lost after the change was made (a 500, or the connection dropped), throttling and latency,
and the provider killed in the middle of a create and of an update. After each, the resources the
backend holds are exactly those in Terraform's state: nothing orphaned, nothing made twice."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from awsmedia.provider import ivs as ivs_spec
from awsmedia.provider import mediaconnect as mc_spec
from awsmedia.provider import mediapackage_vod as vod_spec
from awsmedia_runtime.local import FaultConfig, LocalServer
from tfharness import ATTACH_ONLY_CLI_CONFIG, Result, Workspace, assert_clean

ROOT = Path(__file__).resolve().parent.parent
SPECS = {s.type_name: s for m in (ivs_spec, mc_spec, vod_spec) for s in m.RESOURCES}
# The operations a blind retry would repeat: each makes a resource, and none takes a client token.
CREATES = [s.create for s in SPECS.values()]
DELETES = [s.delete for s in SPECS.values()] + ["StopFlow"]


def example_stack() -> str:
    """examples/terraform/main.tf from its first resource on (the workspace writes its own provider
    block), with room for retries: at 40% of calls failing, boto3's default 5 leaves about 1 call in
    250 failing outright."""
    text = (ROOT / "examples" / "terraform" / "main.tf").read_text()
    return text[text.index('resource "') :]


def write(tf: Workspace, body: str, max_retries: int = 12) -> None:
    tf.write(body)
    main = tf.root / "main.tf"
    main.write_text(
        main.read_text().replace(
            'region     = "us-east-1"', f'region     = "us-east-1"\n  max_retries = {max_retries}'
        )
    )


def control(endpoint: str, path: str) -> Any:
    with urllib.request.urlopen(f"{endpoint}/_awsmedia/{path}", timeout=30) as response:
        return json.loads(response.read())


def backend_ids(endpoint: str) -> set[str]:
    """Identifiers of every resource the backend holds, a flow's outputs, entitlements and added
    sources included (its own source is part of the flow)."""
    state = control(endpoint, "state")
    ids = {
        i for resources in state.values() for name, held in resources.items() if name[0] != "_" for i in held
    }
    for flow in state["mediaconnect"]["Flow"].values():
        ids |= {o["OutputArn"] for o in flow.get("Outputs") or []}
        ids |= {e["EntitlementArn"] for e in flow.get("Entitlements") or []}
        primary = flow["Source"]["SourceArn"]
        ids |= {s["SourceArn"] for s in flow.get("Sources") or [] if s["SourceArn"] != primary}
    return ids


def state_ids(tf: Workspace) -> set[str]:
    """Identifiers of the managed resources in Terraform's state."""
    ids = set()
    for address, values in tf.resources().items():
        if address.startswith("data."):
            continue
        spec = SPECS[address.split(".")[0]]
        attr = next(a.name for a in spec.schema.attrs if a.member == spec.identifier)
        ids.add(values[attr])
    return ids


def assert_backend_matches_state(tf: Workspace, count: int) -> None:
    held, known = backend_ids(tf.endpoint), state_ids(tf)
    assert held == known, f"only in the backend: {held - known}; only in the state: {known - held}"
    assert len(known) == count


# The example stack: a channel and its key, a flow with a source, an output and an entitlement, and
# a packaging group with one configuration.
EXAMPLE_COUNT = 8


def test_every_create_and_delete_losing_its_answer_still_converges(tf: Workspace, local_server: Any) -> None:
    """Each create (and a flow's start) is carried out and then answered 500 or not at all, every time it
    is sent: the provider finds what it made and adopts it. Then every delete and stop, the same. (Few
    retries: each of boto3's retries of a start or a delete is answered the same way.)"""
    write(tf, example_stack(), max_retries=2)
    local_server.faults.configure(
        FaultConfig(lost_rate=0.5, dropped_rate=0.5, operations=[*CREATES, "StartFlow"], seed=5)
    )
    tf.apply()
    assert_backend_matches_state(tf, EXAMPLE_COUNT)
    tally = control(tf.endpoint, "faults/injected")
    made = [op for op in CREATES if op in tally]  # the example makes no asset
    assert len(made) == len(set(CREATES)) - 1 and all(sum(tally[op].values()) >= 1 for op in made), tally
    assert_clean(tf)
    local_server.faults.configure(FaultConfig(lost_rate=0.5, dropped_rate=0.5, operations=DELETES, seed=6))
    tf.destroy()
    assert backend_ids(tf.endpoint) == set() and state_ids(tf) == set()


def test_a_lost_create_is_looked_for_until_lists_show_it(tf: Workspace, local_server: Any) -> None:
    """The channel a lost create made is left out of lists for 1.5 s (eventual consistency): the provider
    looks again rather than send the create a second time."""
    write(tf, 'resource "awsmedia_ivs_channel" "c" {\n  name = "late"\n}\n')
    local_server.faults.configure(
        FaultConfig(lost_rate=1.0, operations=["CreateChannel"], consistency_delay_ms=1500)
    )
    tf.apply()
    assert set(control(tf.endpoint, "state")["ivs"]["Channel"]) == state_ids(tf)  # one channel
    assert control(tf.endpoint, "faults/injected") == {"CreateChannel": {"lost": 1}}


def test_the_example_stack_converges_under_lost_answers_throttling_and_latency(
    tf: Workspace, local_server: Any
) -> None:
    """20% of all calls lose their answer after being carried out, 20% are throttled, all are slowed:
    apply, update and destroy each succeed in one go, and the backend holds what the state says."""
    write(tf, example_stack())
    local_server.faults.configure(
        FaultConfig(lost_rate=0.1, dropped_rate=0.1, throttle_rate=0.2, latency_ms=10, seed=17)
    )
    tf.apply()
    assert_backend_matches_state(tf, EXAMPLE_COUNT)
    assert_clean(tf)
    changed = (
        example_stack()
        .replace('latency_mode = "LOW"', 'latency_mode = "NORMAL"')
        .replace("port        = 5000", "port        = 5004")
        .replace('subscribers = ["111122223333"]', 'subscribers = ["111122223333", "444455556666"]')
        .replace('tags = { team = "news" }', 'tags = { team = "sport" }')
    )
    write(tf, changed)
    tf.apply()
    assert_backend_matches_state(tf, EXAMPLE_COUNT)
    assert tf.resource("awsmedia_mediaconnect_flow_output.to_studio")["port"] == 5004
    assert_clean(tf)
    tf.destroy()
    assert backend_ids(tf.endpoint) == set() and state_ids(tf) == set()
    injected = control(tf.endpoint, "faults/injected")
    lost = sum(n for by in injected.values() for c, n in by.items() if c in ("lost", "dropped"))
    assert lost >= 20, injected  # the faults were there to be survived


# -- the provider killed mid-apply ---------------------------------------------------------------------


@pytest.fixture
def slow_flows(
    tmp_path: Path, terraform_binary: str, installed_provider: Any
) -> Iterator[tuple[Workspace, LocalServer]]:
    """A workspace whose provider talks to a backend of its own, where a flow takes 20 s to start: long
    enough to kill the provider while it waits."""
    with LocalServer(transition_delay=20) as server:
        cli = tmp_path / "attach-only.tfrc"
        cli.write_text(ATTACH_ONLY_CLI_CONFIG)
        ws = Workspace(
            tmp_path / "tf", terraform_binary, cli, server.url, launcher=installed_provider.launcher
        )
        try:
            yield ws, server
        finally:
            ws.cleanup()


def apply_and_kill_provider(tf: Workspace, server: LocalServer, when: Any) -> Result:
    """`terraform apply`, with the provider killed (SIGKILL) once `when(the backend's state, from its control API)` holds."""
    assert tf.provider is not None
    results: list[Result] = []
    worker = threading.Thread(
        target=lambda: results.append(tf.run("apply", "-auto-approve", "-input=false", ok_codes=(0, 1)))
    )
    worker.start()
    deadline = time.monotonic() + 120
    while not when(control(server.url, "state")):
        assert time.monotonic() < deadline and worker.is_alive(), results
        time.sleep(0.05)
    os.kill(tf.provider.process.pid, signal.SIGKILL)
    worker.join(timeout=300)
    assert results and results[0].code == 1, results
    return results[0]


FLOW = """
resource "awsmedia_mediaconnect_flow" "f" {
  name    = "killed"
  running = %s
  source {
    name           = "main"
    description    = "%s"
    protocol       = "zixi-push"
    whitelist_cidr = "203.0.113.0/24"
  }
}
"""


def flows(state: dict[str, Any]) -> list[dict[str, Any]]:
    return list(state["mediaconnect"]["Flow"].values())


def test_provider_killed_during_a_create_adopts_what_it_made(
    slow_flows: tuple[Workspace, LocalServer], installed_provider: Any
) -> None:
    tf, server = slow_flows
    write(tf, FLOW % ("true", "first"))
    tf.init()
    failed = apply_and_kill_provider(tf, server, lambda state: flows(state))
    tf.switch_provider(installed_provider.launcher)
    assert "awsmedia_mediaconnect_flow.f" not in tf.resources(), failed.out  # Terraform cannot know of it
    tf.apply()  # finds the note the killed provider left, and the flow it made
    assert len(flows(control(server.url, "state"))) == 1
    assert_backend_matches_state(tf, 1)
    assert tf.resource("awsmedia_mediaconnect_flow.f")["running"] is True
    assert_clean(tf)


def test_provider_killed_during_an_update_converges(
    slow_flows: tuple[Workspace, LocalServer], installed_provider: Any
) -> None:
    tf, server = slow_flows
    write(tf, FLOW % ("false", "first"))
    tf.apply()
    write(tf, FLOW % ("true", "second"))
    apply_and_kill_provider(tf, server, lambda state: [f for f in flows(state) if f["Status"] == "STARTING"])
    tf.switch_provider(installed_provider.launcher)
    tf.apply()
    assert len(flows(control(server.url, "state"))) == 1
    assert_backend_matches_state(tf, 1)
    flow = tf.resource("awsmedia_mediaconnect_flow.f")
    assert (flow["source"]["description"], flow["running"]) == ("second", True)
    assert_clean(tf)


def test_provider_killed_while_adding_an_output_adopts_it(
    slow_flows: tuple[Workspace, LocalServer], installed_provider: Any
) -> None:
    """An output is added to its flow by AddFlowOutputs; with every DescribeFlow slowed, the provider is
    killed while it reads the new output back."""
    tf, server = slow_flows
    flow = FLOW % ("false", "first")
    write(tf, flow)
    tf.apply()
    output = """
resource "awsmedia_mediaconnect_flow_output" "o" {
  flow_arn    = awsmedia_mediaconnect_flow.f.flow_arn
  name        = "studio"
  protocol    = "rtp"
  destination = "192.0.2.10"
  port        = 5000
}
"""
    write(tf, flow + output)
    server.faults.configure(FaultConfig(latency_ms=1500, operations=["DescribeFlow"]))
    apply_and_kill_provider(tf, server, lambda state: [f for f in flows(state) if f.get("Outputs")])
    server.faults.configure(FaultConfig())
    tf.switch_provider(installed_provider.launcher)
    tf.apply()  # without the note, the output's name would be taken, and the create refused
    assert [len(f["Outputs"]) for f in flows(control(server.url, "state"))] == [1]
    assert_backend_matches_state(tf, 2)
    assert_clean(tf)
