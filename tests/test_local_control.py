"""The local backend's own surface: fault injection, reset, persistence, the control API,
the command line, and its start-up check that every operation has a handler."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from awsmedia_runtime.local import Backend, LocalServer
from awsmedia_runtime.local.tables import load_tables

ROOT = Path(__file__).resolve().parent.parent
NO_RETRY = Config(retries={"total_max_attempts": 1, "mode": "standard"})


def client(service: str, endpoint: str) -> Any:
    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1", config=NO_RETRY)


def control(
    endpoint: str, path: str, payload: dict[str, Any] | None = None, method: str = "POST"
) -> tuple[int, Any]:
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(f"{endpoint}/_awsmedia/{path}", data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def outcomes(endpoint: str, n: int) -> list[str]:
    ivs = client("ivs", endpoint)
    seen = []
    for _ in range(n):
        try:
            ivs.list_channels()
            seen.append("ok")
        except ClientError as exc:
            seen.append(exc.response["Error"]["Code"])
    return seen


def test_throttling_is_injected_at_the_rate_and_repeats_under_a_seed(local_endpoint: str) -> None:
    status, body = control(local_endpoint, "faults", {"throttle_rate": 0.5, "seed": 11}, method="PUT")
    assert status == 200 and body["throttle_rate"] == 0.5
    first = outcomes(local_endpoint, 40)
    assert set(first) == {"ok", "ThrottlingException"}
    assert 10 <= first.count("ThrottlingException") <= 30
    control(local_endpoint, "faults", {"throttle_rate": 0.5, "seed": 11}, method="PUT")
    assert outcomes(local_endpoint, 40) == first  # same seed, same failures


def test_server_errors_use_each_services_error_codes(local_endpoint: str) -> None:
    control(local_endpoint, "faults", {"error_rate": 1.0}, method="PUT")
    with pytest.raises(ClientError) as info:
        client("mediaconnect", local_endpoint).list_flows()
    assert (
        info.value.response["Error"]["Code"],
        info.value.response["ResponseMetadata"]["HTTPStatusCode"],
    ) == ("InternalServerErrorException", 500)
    control(local_endpoint, "faults", {"unavailable_rate": 1.0}, method="PUT")
    with pytest.raises(ClientError) as info:
        client("ivs", local_endpoint).list_channels()
    assert (
        info.value.response["Error"]["Code"],
        info.value.response["ResponseMetadata"]["HTTPStatusCode"],
    ) == ("ServiceUnavailable", 503)


def test_lost_and_dropped_answers_come_after_the_change_is_made(local_endpoint: str) -> None:
    """What a blind retry of a create without a client token meets on AWS: the first call made the
    channel, but its caller was told it failed (a 500) or told nothing (the connection closed)."""
    from botocore.exceptions import ConnectionClosedError

    ivs = client("ivs", local_endpoint)
    control(local_endpoint, "faults", {"lost_rate": 1.0}, method="PUT")
    with pytest.raises(ClientError) as info:
        ivs.create_channel(name="lost")
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500
    control(local_endpoint, "faults", {"dropped_rate": 1.0}, method="PUT")
    with pytest.raises(ConnectionClosedError):
        ivs.create_channel(name="dropped")
    control(local_endpoint, "faults", {}, method="PUT")
    assert sorted(c["name"] for c in ivs.list_channels()["channels"]) == ["dropped", "lost"]
    status, body = control(local_endpoint, "faults", {"lost_rate": 0.6, "throttle_rate": 0.6}, method="PUT")
    assert status == 400 and "must not exceed 1" in body["message"]


def test_latency_and_reset(local_endpoint: str) -> None:
    import time

    ivs = client("ivs", local_endpoint)
    ivs.create_channel(name="before-reset")
    control(local_endpoint, "faults", {"latency_ms": 150}, method="PUT")
    start = time.perf_counter()
    ivs.list_channels()
    assert time.perf_counter() - start >= 0.15
    status, _ = control(local_endpoint, "reset", {})
    assert status == 200
    assert control(local_endpoint, "faults", method="GET")[1]["latency_ms"] == 0
    assert ivs.list_channels()["channels"] == []


def test_bad_control_requests_say_what_is_allowed(local_endpoint: str) -> None:
    status, body = control(local_endpoint, "faults", {"throttle_rate": 2}, method="PUT")
    assert status == 400 and "throttle_rate must be a number from 0 to 1" in body["message"]
    status, body = control(local_endpoint, "faults", {"jitter": 1}, method="PUT")
    assert (
        status == 400
        and "unknown fault setting(s) jitter" in body["message"]
        and "latency_ms" in body["message"]
    )
    status, body = control(
        local_endpoint, "ivs/streams", {"channelArn": "arn:aws:ivs:us-east-1:123456789012:channel/missing"}
    )
    assert status == 400 and "no channel" in body["message"]
    status, body = control(local_endpoint, "nothing-here", {})
    assert status == 404 and "faults" in body["message"]


def test_unknown_route_is_a_404_in_rest_json_style(local_endpoint: str) -> None:
    req = urllib.request.Request(f"{local_endpoint}/v9/nothing", method="GET")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=10)
    assert info.value.code == 404
    assert info.value.headers["x-amzn-ErrorType"] == "UnknownOperationException"


def test_state_file_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with LocalServer(state_file=str(state), transition_delay=0) as first:
        ivs = client("ivs", first.url)
        arn = ivs.create_channel(name="kept", tags={"k": "v"})["channel"]["arn"]
        mc = client("mediaconnect", first.url)
        flow = mc.create_flow(
            Name="kept-flow",
            Source={"Name": "s", "Protocol": "rtp", "IngestPort": 5000, "WhitelistCidr": "10.0.0.0/16"},
        )
        mc.start_flow(FlowArn=flow["Flow"]["FlowArn"])
    with LocalServer(state_file=str(state)) as second:
        assert client("ivs", second.url).get_channel(arn=arn)["channel"]["tags"] == {"k": "v"}
        described = client("mediaconnect", second.url).describe_flow(FlowArn=flow["Flow"]["FlowArn"])["Flow"]
        assert (described["Name"], described["Status"]) == ("kept-flow", "ACTIVE")
        assert len(client("ivs", second.url).list_stream_keys(channelArn=arn)["streamKeys"]) == 1


def test_state_file_keeps_every_answered_change_when_the_process_is_killed(tmp_path: Path) -> None:
    """SIGKILL gives the backend no chance to close its state file: what it answered must be there."""
    state = tmp_path / "state.sqlite"
    command = [sys.executable, "-m", "awsmedia_runtime.local", "--port", "0", "--state-file", str(state)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    arns = []
    for _ in range(2):
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
        )
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().split()[4]
            ivs = client("ivs", url)
            assert sorted(c["arn"] for c in ivs.list_channels()["channels"]) == sorted(arns)
            arns += [ivs.create_channel(name=f"c{len(arns) + i}")["channel"]["arn"] for i in range(3)]
            ivs.delete_channel(arn=arns.pop(0))
        finally:
            proc.kill()
            proc.wait(timeout=10)


def test_unusable_state_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_text("this is not sqlite, " * 100)
    with pytest.raises(ValueError, match="not-a-db.sqlite: cannot use as a state file"):
        LocalServer(state_file=str(bad)).stop()


def test_every_operation_has_a_handler(model: Any) -> None:
    backend = Backend()
    tables = backend.tables
    modelled = {(s.name, op.name) for s in model.services for op in s.operations}
    assert {(t.name, op) for t in tables.values() for op in t.operations} == modelled
    assert all(backend.role(t.name, op) for t in tables.values() for op in t.operations)


def test_missing_handler_is_reported_at_start() -> None:
    tables = load_tables()
    tables["mediapackage-vod"].resources.pop("Asset")
    with pytest.raises(
        RuntimeError,
        match="mediapackage-vod: no handler for CreateAsset, DeleteAsset, DescribeAsset, ListAssets",
    ):
        Backend(tables)


def test_command_line_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "awsmedia_runtime.local", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("awsmedia local backend on http://127.0.0.1:"), line
        url = line.split()[4]
        assert control(url, "health", method="GET") == (
            200,
            {"status": "ok", "services": ["ivs", "mediaconnect", "mediapackage-vod"]},
        )
        assert client("ivs", url).list_channels()["channels"] == []
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_command_line_rejects_bad_settings() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "awsmedia_runtime.local", "--port", "0", "--throttle-rate", "1.5"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert "throttle_rate must be a number from 0 to 1, got 1.5" in result.stderr
