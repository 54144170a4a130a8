"""A provider process that serves many Terraform commands (`--debug`, as most Terraform tests run it)
behaves for each command as the fresh process Terraform would otherwise start; and the provider as
users run it, installed into a mirror and started by Terraform, goes through a whole lifecycle."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tf.gen import tfplugin_pb2 as pb
from tf.utils import to_dynamic_value

from awsmedia.provider import NAME, SERVICES
from awsmedia_runtime.provider.servicer import ProviderServicer
from conftest import boto3_client
from test_tf_ivs import channel
from test_tf_mediaconnect import SOURCE, flat, second_source
from tfharness import DebugProvider, Workspace, assert_clean, assert_replaces_only


def configure(servicer: ProviderServicer, settings: dict[str, Any]) -> None:
    response = servicer.ConfigureProvider(
        pb.ConfigureProvider.Request(config=to_dynamic_value(settings)), None
    )
    assert not response.diagnostics


def test_configuring_starts_afresh() -> None:
    servicer = ProviderServicer(NAME, SERVICES)
    configure(
        servicer,
        {
            "region": "eu-west-1",
            "max_retries": 1,
            "wait_timeout": 5,
            "endpoints": {"ivs": "http://127.0.0.1:9"},
        },
    )
    # What the last command planned is forgotten too: the test below shows it through terraform.
    configure(servicer, {"region": "us-east-1"})
    assert servicer.aws.settings == {"region": "us-east-1"} and servicer.aws.wait_timeout == 900


def test_a_reused_provider_forgets_what_the_last_command_planned(tf: Workspace) -> None:
    assert tf.provider is not None, "this test needs one provider process serving every command"
    pid = tf.provider.process.pid
    tf.write(second_source())
    tf.apply()

    # Planning a new name for the second source notes it as leaving the flow (it is replaced) ...
    tf.write(second_source(name="backup-b"))
    assert_replaces_only(tf.plan(), "awsmedia_mediaconnect_flow_source.s")

    # ... but only for that command: here it stays, so a third source makes three, as a fresh process counts.
    third = SOURCE.replace('"s" {', '"third" {') % {"name": "third", "cidr": "10.4.0.0/16"}
    tf.write(second_source() + third)
    out = flat(tf.plan().out)  # (a warning: an existing source could still leave in the same run)
    assert "Warning: Invalid combination at flow_arn" in out
    assert "with source failover enabled a flow has one or two sources." in out
    assert "3 items in sources." in out
    assert tf.provider.running() and tf.provider.process.pid == pid


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A TMPDIR short enough for the provider to put its socket there (pytest's tmp_path is not)."""
    path = Path(tempfile.mkdtemp(prefix="awsm-reuse-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def gone(pid: int) -> bool:
    """Whether the process has ended (a zombie nobody reaped yet counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def wait_until_gone(pid: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)


def test_debug_provider_removes_its_socket_folder_on_sigterm(
    installed_provider: Any, short_tmp: Path, tmp_path: Path
) -> None:
    provider = DebugProvider(installed_provider.launcher, {"TMPDIR": str(short_tmp)}, tmp_path / "stderr.log")
    socket = Path(json.loads(provider.reattach)[NAME]["Addr"]["String"])
    assert socket.parent.parent == short_tmp and socket.exists()
    provider.stop()
    assert provider.process.returncode == 0 and list(short_tmp.iterdir()) == []


def test_a_provider_told_to_shut_down_answers_and_ends(
    installed_provider: Any, short_tmp: Path, tmp_path: Path, local_endpoint: str
) -> None:
    """Terraform closes a provider with the Shutdown call and then waits for the process to end
    (go-plugin). The call is answered, and the process, configured and with a boto3 client built,
    ends by itself: status 0, its socket folder removed."""
    import grpc
    from tf.gen import grpc_controller_pb2 as controller_pb
    from tf.gen import grpc_controller_pb2_grpc as controller_rpc
    from tf.gen import tfplugin_pb2_grpc as rpc

    provider = DebugProvider(installed_provider.launcher, {"TMPDIR": str(short_tmp)}, tmp_path / "stderr.log")
    try:
        socket = json.loads(provider.reattach)[NAME]["Addr"]["String"]
        endpoints = {s["endpoint"]: local_endpoint for s in SERVICES.values()}
        config = {"region": "us-east-1", "access_key": "test", "secret_key": "test", "endpoints": endpoints}
        with grpc.insecure_channel(f"unix:{socket}") as channel:
            configured = rpc.ProviderStub(channel).ConfigureProvider(
                pb.ConfigureProvider.Request(config=to_dynamic_value(config)), timeout=60
            )
            assert not configured.diagnostics
            listed = rpc.ProviderStub(channel).ReadDataSource(
                pb.ReadDataSource.Request(type_name="awsmedia_ivs_channels", config=to_dynamic_value({})),
                timeout=60,
            )
            assert not listed.diagnostics
            controller_rpc.GRPCControllerStub(channel).Shutdown(controller_pb.Empty(), timeout=60)
        provider.process.wait(timeout=60)
    finally:
        provider.stop()  # only if the test failed before it ended
    assert provider.process.returncode == 0 and list(short_tmp.iterdir()) == []


def test_debug_provider_ends_with_the_process_that_started_it(
    installed_provider: Any, short_tmp: Path
) -> None:
    # A parent that starts the provider and exits without stopping it, as a killed test run would.
    parent = (
        "import subprocess, sys\n"
        "p = subprocess.Popen([sys.argv[1], '--debug'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,"
        " stderr=subprocess.DEVNULL, text=True)\n"
        "print(p.pid)\nprint(p.stdout.readline(), end='')\n"
    )
    started = subprocess.run(
        [sys.executable, "-c", parent, str(installed_provider.launcher)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"TMPDIR": str(short_tmp)},
        check=True,
    )
    pid_line, reattach = started.stdout.splitlines()
    pid = int(pid_line)
    try:
        assert Path(json.loads(reattach)[NAME]["Addr"]["String"]).parent.parent == short_tmp
        wait_until_gone(pid)
        assert gone(pid) and list(short_tmp.iterdir()) == []
    finally:
        if not gone(pid):  # the test failed: do not leave the provider behind
            os.kill(pid, signal.SIGKILL)


@pytest.mark.real_launcher
def test_terraform_installs_and_starts_the_provider_itself(tf: Workspace) -> None:
    assert tf.provider is None
    ivs = boto3_client("ivs", tf.endpoint)
    tf.write(
        channel()
        + 'resource "awsmedia_ivs_stream_key" "k" {\n  channel_arn = awsmedia_ivs_channel.c.arn\n}\n'
    )
    tf.init()  # fails unless the provider came from the mirror
    tf.apply()
    key = tf.resource("awsmedia_ivs_stream_key.k")
    assert ivs.get_stream_key(arn=key["arn"])["streamKey"]["value"] == key["value"]
    assert_clean(tf)
    tf.destroy()
    assert ivs.list_channels()["channels"] == []
    after = tf.plan()
    assert "Plan: 2 to add, 0 to change, 0 to destroy" in after.out, after.out
