"""Throughput of the local backend against moto's server for the same boto3 calls.

Each server runs in its own subprocess bound to 127.0.0.1 (so the server does not share a GIL with
the clients); the clients are threads of this process, each with its own boto3 client. Cases:

  ivs.GetChannel             one existing channel, read over and over
  mediaconnect.DescribeFlow  one existing flow (with a source and an output)
  ivs.CreateChannel+Delete   a create followed by a delete of the same channel; counted in pairs

each with 1 and 8 concurrent clients (`--clients`). A case runs for a warm-up (`--warmup`, not
counted) and then `--seconds` (default 3); operations that complete inside the measured window are
counted. Retries are off, so a failed request is an error and is reported, not hidden.

    python benchmarks/local_backend.py [--seconds 3] [--warmup 0.5] [--clients 1,8] [--json]

Note the client side costs CPU too (boto3 spends roughly as long building, signing and parsing a
request as a small server spends answering it): on a machine with few cores the figures measure
client and server together. The table therefore also shows the CPU each side spent per operation
(the server's from /proc/<pid>/stat, the clients' from this process): where the client's figure is
the larger one, the clients, not the server, set the pace, and the server's CPU per operation is
the figure that compares the two servers.

The load mode (`--load`, issue 17) runs many clients with faults on instead, and checks as it goes:

    python benchmarks/local_backend.py --load [faults,no-tcache,state-file,no-faults,subset,moto]
        [--clients 32] [--seconds 60] [--processes N] [--json]

Each client keeps a ledger of what it believes exists while it runs a mix over the three services;
no error may reach it but the injected ones, its reads must agree with its ledger, and afterwards the
backend's list operations must show exactly the union of the ledgers. The server's memory is sampled
every second. Conditions: `faults` (the local backend, LOAD_FAULTS), `state-file` (the same with
--state-file, then restarted from that file and checked again), `no-faults`, and `subset` and `moto`
(faults off, since moto cannot inject them, on the part of the mix moto serves: MOTO_PARTS).
`no-tcache` is `faults` with glibc's per-thread caches off in the server (see NO_TCACHE).
The clients run in `--processes` processes (default two per core; 0: threads of this process).
Exit status 1 when any condition saw an unexpected error or a difference.
"""

from __future__ import annotations

import argparse
import json
import os
import multiprocessing
import queue
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ.pop("AWS_PROFILE", None)

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import BotoCoreError, ClientError, ConnectionClosedError  # noqa: E402

REGION = "us-east-1"
NO_RETRY = Config(retries={"total_max_attempts": 1, "mode": "standard"}, max_pool_connections=4)
START_TIMEOUT = 60.0
_URL = re.compile(r"http://127\.0\.0\.1:\d+")

MOTO_MAIN = """
import logging, signal, sys, time
from moto.server import ThreadedMotoServer
logging.getLogger("werkzeug").setLevel(logging.ERROR)
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
host, port = server.get_host_and_port()
print(f"moto server on http://{host}:{port}", flush=True)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
while True:
    time.sleep(3600)
"""

SERVERS: dict[str, list[str]] = {
    "ours": [
        sys.executable,
        "-m",
        "awsmedia_runtime.local",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--transition-delay",
        "0.05",
    ],
    "moto": [sys.executable, "-c", MOTO_MAIN],
}


@contextmanager
def server_process(
    name: str, extra: Sequence[str] = (), extra_env: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """Start one server in a subprocess (`extra`: more command-line arguments, `extra_env`: more
    environment), yield its URL (the first stdout line names it) and pid, always stop it."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        **(extra_env or {}),
    )
    proc = subprocess.Popen(
        [*SERVERS[name], *extra],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = _first_line(proc, START_TIMEOUT)
        m = _URL.search(line)
        if not m:
            raise RuntimeError(
                f"{name}: no 127.0.0.1 URL in its first line {line!r} (exit code {proc.poll()})"
            )
        yield m.group(0), proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    box: list[str] = []
    reader = threading.Thread(
        target=lambda: box.append(proc.stdout.readline() if proc.stdout else ""), daemon=True
    )
    reader.start()
    reader.join(timeout)
    if not box:
        raise RuntimeError(f"server did not print its URL within {timeout:.0f} s")
    return box[0]


# -- cases -------------------------------------------------------------------------------------------


def client(service: str, url: str) -> Any:
    return boto3.session.Session().client(service, endpoint_url=url, region_name=REGION, config=NO_RETRY)


Op = Callable[[Any, int, int], None]  # (boto3 client, thread index, iteration)


@dataclass(frozen=True)
class Case:
    name: str
    service: str
    unit: str  # what one operation is: a request, or a create+delete pair
    setup: Callable[[str], dict[str, Any]]  # URL -> context for the operation
    op: Callable[[dict[str, Any]], Op]


def _setup_channel(url: str) -> dict[str, Any]:
    return {
        "arn": client("ivs", url).create_channel(name="bench-read", latencyMode="LOW", type="BASIC")[
            "channel"
        ]["arn"]
    }


def _setup_flow(url: str) -> dict[str, Any]:
    flow = client("mediaconnect", url).create_flow(
        Name="bench-read",
        AvailabilityZone=f"{REGION}a",
        Source={"Name": "cam", "Protocol": "zixi-push", "IngestPort": 2088, "WhitelistCidr": "10.0.0.0/16"},
        Outputs=[{"Name": "out-1", "Protocol": "rtp", "Destination": "198.51.100.1", "Port": 5000}],
    )["Flow"]
    return {"arn": flow["FlowArn"]}


def _get_channel(ctx: dict[str, Any]) -> Op:
    return lambda c, _t, _i: c.get_channel(arn=ctx["arn"])


def _describe_flow(ctx: dict[str, Any]) -> Op:
    return lambda c, _t, _i: c.describe_flow(FlowArn=ctx["arn"])


def _create_delete(_ctx: dict[str, Any]) -> Op:
    def op(c: Any, t: int, i: int) -> None:
        arn = c.create_channel(name=f"bench-{t}-{i}")["channel"]["arn"]
        c.delete_channel(arn=arn)

    return op


CASES = [
    Case("ivs.GetChannel", "ivs", "req", _setup_channel, _get_channel),
    Case("mediaconnect.DescribeFlow", "mediaconnect", "req", _setup_flow, _describe_flow),
    Case("ivs.CreateChannel+DeleteChannel", "ivs", "pair", lambda _url: {}, _create_delete),
]


@dataclass
class Result:
    server: str
    call: str
    clients: int
    unit: str
    ops: int
    errors: int
    seconds: float
    per_second: float
    server_cpu_ms_per_op: float | None  # CPU the server process spent per counted operation (Linux only)
    client_cpu_ms_per_op: float  # CPU this process (the boto3 clients) spent per counted operation


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int) -> float | None:
    """User+system CPU seconds of another process, from /proc (None where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return None


def run_case(
    server: str, url: str, pid: int, case: Case, clients: int, seconds: float, warmup: float
) -> Result:
    op = case.op(case.setup(url))
    boto_clients = [
        client(case.service, url) for _ in range(clients)
    ]  # built here: client creation is not thread-safe
    counts = [0] * clients
    errors = [0] * clients
    barrier = threading.Barrier(clients + 1)
    window: list[float] = []

    def worker(t: int) -> None:
        c = boto_clients[t]
        barrier.wait()
        start, end = window
        i = 0
        while True:
            try:
                op(c, t, i)
                ok = True
            except Exception:  # noqa: BLE001 - counted and reported; a benchmark keeps going
                ok = False
            i += 1
            now = time.perf_counter()
            if now >= end:
                return
            if now >= start:
                if ok:
                    counts[t] += 1
                else:
                    errors[t] += 1

    threads = [threading.Thread(target=worker, args=(t,), daemon=True) for t in range(clients)]
    for th in threads:
        th.start()
    t0 = time.perf_counter()
    window.extend([t0 + warmup, t0 + warmup + seconds])
    barrier.wait()
    time.sleep(max(0.0, window[0] - time.perf_counter()))
    server_cpu, client_cpu = process_cpu(pid), time.process_time()
    time.sleep(max(0.0, window[1] - time.perf_counter()))
    server_cpu_end, client_cpu_end = process_cpu(pid), time.process_time()
    for th in threads:
        th.join(warmup + seconds + 60)
    ops = sum(counts)
    per_op = 1000 / ops if ops else 0.0
    server_ms = (
        (server_cpu_end - server_cpu) * per_op
        if server_cpu is not None and server_cpu_end is not None
        else None
    )
    return Result(
        server,
        case.name,
        clients,
        case.unit,
        ops,
        sum(errors),
        seconds,
        ops / seconds,
        server_ms,
        (client_cpu_end - client_cpu) * per_op,
    )


# -- load mode ---------------------------------------------------------------------------------------
#
# N clients, each with its own boto3 clients and a ledger of what it believes exists, run a mix of
# creates, reads, lists, updates and deletes across the three services for S seconds, keeping a
# small steady population (a few flows, channels and packaging groups each). Retries are off: each
# client handles every failure itself, as a careful client would. An injected failure says so in its
# message ("injected fault: ..."), or is a connection closed with no answer; anything else is an
# unexpected error and is reported. A throttled request (429) was not carried out and is sent again;
# after any other injected failure the outcome is unknown, so the client reads (describe, or list by
# name) to learn whether the change landed before it sends it again: no blind retry of a create.
# Every read of its own resources is also checked against the ledger. At the end, with faults off,
# the backend's list operations must show exactly the union of the ledgers.

LOAD_FAULTS: dict[str, float] = {
    "throttle_rate": 0.05,
    "error_rate": 0.02,
    "unavailable_rate": 0.02,
    "lost_rate": 0.02,
    "dropped_rate": 0.01,
    "latency_ms": 2.0,
}
PARTS = ("flows", "outputs", "channels", "stream_keys", "vod")
# What moto's server (5.2.5) serves faithfully: it has no mediapackage-vod and no IVS stream-key
# operations, and its AddFlowOutputs replaces a flow's outputs and gives the new ones no OutputArn.
MOTO_PARTS = ("flows", "channels")
MOTO_GAPS = "mediapackage-vod, IVS stream keys, AddFlowOutputs/UpdateFlowOutput/RemoveFlowOutput"
NOT_FOUND = frozenset({"NotFoundException", "ResourceNotFoundException"})
# Tries of one change or read before it counts as unexpected; at 12% injected failures 60 in a row
# do not happen (0.12**60).
TRIES = 60
CAP = 2  # resources of each kind a client keeps at most (outputs per flow, configurations per group: 3)
LOAD_CONFIG = Config(
    retries={"total_max_attempts": 1, "mode": "standard"},
    connect_timeout=30,
    read_timeout=60,
    max_pool_connections=2,
)
SOURCE = {"Name": "cam", "Protocol": "rtp", "IngestPort": 5000, "WhitelistCidr": "10.0.0.0/16"}
HLS = {"HlsManifests": [{"ManifestName": "index"}]}


def flow_output(name: str, port: int) -> dict[str, Any]:
    return {"Name": name, "Protocol": "rtp", "Destination": "198.51.100.7", "Port": port}


class Unexpected(Exception):
    """The backend answered what a correct service would not: an error that was not injected, or a
    read that disagrees with the ledger."""


class Unknown(Exception):
    """An injected failure after which the change may or may not have been made (a 5xx, a dropped connection)."""


class Refused(Exception):
    """An injected failure that says the request was not carried out (throttled)."""


Json = dict[str, Any]


class LedgerClient:
    """One client: its boto3 clients, its ledger and its counts. Runs in one thread."""

    def __init__(self, session: Any, url: str, index: int, parts: Sequence[str], faults_on: bool):
        def make(service: str) -> Any:
            return session.client(service, endpoint_url=url, region_name=REGION, config=LOAD_CONFIG)

        self.mc, self.ivs, self.vod = make("mediaconnect"), make("ivs"), make("mediapackage-vod")
        self.index, self.parts, self.faults_on = index, set(parts), faults_on
        self.rng = random.Random(index)
        self.serial = 0
        # The ledger: flow name -> {"arn", "outputs": {name: {"arn", "port"}}}; channel name ->
        # {"arn", "latencyMode", "key" (ARN or None)}; packaging group id -> {"arn", "tag", "configs"}.
        self.flows: dict[str, Json] = {}
        self.channels: dict[str, Json] = {}
        self.groups: dict[str, Json] = {}
        self.counts: dict[str, int] = {}
        self.problems: list[str] = []

    # -- calls -------------------------------------------------------------------------------------

    def count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    def call(self, method: Callable[..., Json], **params: Any) -> Json:
        """One request; an injected failure becomes Refused or Unknown, anything else propagates."""
        self.count("requests")
        try:
            return method(**params)
        except ClientError as exc:
            message = exc.response.get("Error", {}).get("Message", "")
            if not (self.faults_on and message.startswith("injected fault: ")):
                raise
            self.count(message.removeprefix("injected fault: "))
            if exc.response["ResponseMetadata"]["HTTPStatusCode"] == 429:
                raise Refused from None
            raise Unknown from None
        except ConnectionClosedError:
            if not self.faults_on:
                raise
            self.count("dropped")
            raise Unknown from None

    def ask(self, method: Callable[..., Json], **params: Any) -> Json:
        """A read, sent again through injected failures (reading twice is harmless)."""
        for _ in range(TRIES):
            try:
                return self.call(method, **params)
            except (Refused, Unknown):
                continue
        raise Unexpected(f"{method.__name__}: no answer in {TRIES} tries")

    def change(self, what: str, send: Callable[[], Any], landed: Callable[[], Any]) -> Any:
        """A change sent until it is answered; after an unknown outcome `landed` reads (with `ask`)
        whether it was made (None: not made, so send it again), never a blind retry."""
        for _ in range(TRIES):
            try:
                return send()
            except Refused:
                time.sleep(self.rng.uniform(0, 0.02))
            except Unknown:
                found = landed()
                if found is not None:
                    return found
        raise Unexpected(f"{what}: no answer in {TRIES} tries")

    def lookup(self, method: Callable[..., Json], **params: Any) -> Json | None:
        """A describe or get, None when the resource is not found."""
        try:
            return self.ask(method, **params)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in NOT_FOUND:
                return None
            raise

    def gone(self, method: Callable[..., Json], **params: Any) -> bool | None:
        """For `landed` after a delete: True once the resource is not found."""
        return self.lookup(method, **params) is None or None

    def list_all(self, method: Callable[..., Json], items: str, **params: Any) -> list[Json]:
        """Every page of a list operation."""
        out: list[Json] = []
        token: str | None = None
        while True:
            page = self.ask(method, **params, **({"NextToken": token} if token else {}))
            out.extend(page.get(items) or [])
            token = page.get("NextToken") or page.get("nextToken")
            if not token:
                return out

    def expect(self, what: str, seen: Any, believed: Any) -> None:
        if seen != believed:
            raise Unexpected(f"{what}: the backend shows {seen!r}, the ledger holds {believed!r}")

    def fresh(self, kind: str) -> str:
        self.serial += 1
        return f"load-{self.index}-{kind}-{self.serial}"

    # -- the mix -------------------------------------------------------------------------------------

    def options(self) -> list[tuple[int, Callable[[], None]]]:
        """(weight, action) of what this client can do now: reads weigh most, creates only below the
        cap, deletes mostly at it, so the population stays steady."""
        out: list[tuple[int, Callable[[], None]]] = []

        def kind(held: dict[str, Json], create: Any, delete: Any, reads: list[Any]) -> None:
            if len(held) < CAP:
                out.append((3, create))
            if held:
                out.append((3 if len(held) >= CAP else 1, delete))
                out.extend((2, r) for r in reads)

        if "flows" in self.parts:
            kind(self.flows, self.create_flow, self.delete_flow, [self.describe_flow, self.list_flows])
            if self.flows and "outputs" in self.parts:
                out += [(2, self.add_output), (2, self.update_output), (2, self.remove_output)]
        if "channels" in self.parts:
            reads = [self.get_channel, self.list_channels, self.update_channel]
            kind(self.channels, self.create_channel, self.delete_channel, reads)
            if self.channels and "stream_keys" in self.parts:
                out += [(2, self.stream_key), (1, self.replace_stream_key)]
        if "vod" in self.parts:
            reads = [self.describe_group, self.list_groups, self.tag_group, self.configs]
            kind(self.groups, self.create_group, self.delete_group, reads)
        return out

    def run(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            options = self.options()
            action = self.rng.choices([a for _, a in options], [w for w, _ in options])[0]
            try:
                action()
                self.count("actions")
            except (Unexpected, ClientError, BotoCoreError) as exc:
                self.count("unexpected")
                if len(self.problems) < 20:
                    self.problems.append(f"client {self.index} {action.__name__}: {exc}")

    # MediaConnect flows and their outputs

    def create_flow(self) -> None:
        name = self.fresh("flow")
        outputs = [flow_output("out-0", 5000)]

        def landed() -> Json | None:
            found = [f for f in self.list_all(self.mc.list_flows, "Flows") if f["Name"] == name]
            if len(found) > 1:
                raise Unexpected(f"CreateFlow {name}: {len(found)} flows have this name")
            return self.ask(self.mc.describe_flow, FlowArn=found[0]["FlowArn"])["Flow"] if found else None

        flow = self.change(
            f"CreateFlow {name}",
            lambda: self.call(
                self.mc.create_flow,
                Name=name,
                AvailabilityZone=f"{REGION}a",
                Source=SOURCE,
                Outputs=outputs,
            )["Flow"],
            landed,
        )
        self.flows[name] = {
            "arn": flow["FlowArn"],
            "outputs": {o["Name"]: {"arn": o.get("OutputArn"), "port": o["Port"]} for o in flow["Outputs"]},
        }

    def describe(self, name: str) -> Json:
        return self.ask(self.mc.describe_flow, FlowArn=self.flows[name]["arn"])["Flow"]  # type: ignore[no-any-return]

    def describe_flow(self) -> None:
        name = self.rng.choice(sorted(self.flows))
        flow = self.describe(name)
        self.expect(f"DescribeFlow {name}", ports(flow), ports_of(self.flows[name]))

    def list_flows(self) -> None:
        flows = self.list_all(self.mc.list_flows, "Flows")
        mine = sorted((f["Name"], f["FlowArn"]) for f in flows if f["Name"] in self.flows)
        self.expect("ListFlows", mine, sorted((n, f["arn"]) for n, f in self.flows.items()))

    def delete_flow(self) -> None:
        name = self.rng.choice(sorted(self.flows))
        arn = self.flows[name]["arn"]
        self.change(
            f"DeleteFlow {name}",
            lambda: self.call(self.mc.delete_flow, FlowArn=arn),
            lambda: self.gone(self.mc.describe_flow, FlowArn=arn),
        )
        del self.flows[name]

    def add_output(self) -> None:
        name = self.rng.choice(sorted(self.flows))
        flow = self.flows[name]
        if len(flow["outputs"]) > CAP:
            return
        output, port = self.fresh("out"), self.rng.randrange(5000, 6000)

        def landed() -> Json | None:
            return next((o for o in self.describe(name)["Outputs"] if o["Name"] == output), None)

        added = self.change(
            f"AddFlowOutputs {name} {output}",
            lambda: self.call(
                self.mc.add_flow_outputs, FlowArn=flow["arn"], Outputs=[flow_output(output, port)]
            )["Outputs"][0],
            landed,
        )
        flow["outputs"][output] = {"arn": added["OutputArn"], "port": port}

    def update_output(self) -> None:
        name = self.rng.choice(sorted(self.flows))
        flow = self.flows[name]
        if not flow["outputs"]:
            return
        output_name = self.rng.choice(sorted(flow["outputs"]))
        output = flow["outputs"][output_name]
        port = self.rng.randrange(5000, 6000)
        self.change(
            f"UpdateFlowOutput {name}",
            lambda: self.call(
                self.mc.update_flow_output, FlowArn=flow["arn"], OutputArn=output["arn"], Port=port
            ),
            lambda: ports(self.describe(name)).get(output_name) == port or None,
        )
        output["port"] = port

    def remove_output(self) -> None:
        name = self.rng.choice(sorted(self.flows))
        flow = self.flows[name]
        if not flow["outputs"]:
            return
        output = self.rng.choice(sorted(flow["outputs"]))
        arn = flow["outputs"][output]["arn"]
        self.change(
            f"RemoveFlowOutput {name} {output}",
            lambda: self.call(self.mc.remove_flow_output, FlowArn=flow["arn"], OutputArn=arn),
            lambda: output not in ports(self.describe(name)) or None,
        )
        del flow["outputs"][output]

    # IVS channels and their stream keys

    def create_channel(self) -> None:
        name = self.fresh("channel")
        mode = self.rng.choice(["LOW", "NORMAL"])

        def landed() -> Json | None:
            found = self.list_all(self.ivs.list_channels, "channels", filterByName=name)
            if len(found) > 1:
                raise Unexpected(f"CreateChannel {name}: {len(found)} channels have this name")
            return {"channel": found[0]} if found else None

        created = self.change(
            f"CreateChannel {name}",
            lambda: self.call(self.ivs.create_channel, name=name, latencyMode=mode, type="BASIC"),
            landed,
        )
        arn = created["channel"]["arn"]
        key = None
        if "stream_keys" in self.parts:
            key = created["streamKey"]["arn"] if "streamKey" in created else self.key_of(arn)
        self.channels[name] = {"arn": arn, "latencyMode": mode, "key": key}

    def key_of(self, channel_arn: str) -> str | None:
        keys = self.list_all(self.ivs.list_stream_keys, "streamKeys", channelArn=channel_arn)
        if len(keys) > 1:
            raise Unexpected(f"channel {channel_arn} has {len(keys)} stream keys")
        return keys[0]["arn"] if keys else None

    def get_channel(self) -> None:
        name = self.rng.choice(sorted(self.channels))
        channel = self.channels[name]
        got = self.ask(self.ivs.get_channel, arn=channel["arn"])
        self.expect(f"GetChannel {name}", got["channel"]["latencyMode"], channel["latencyMode"])

    def list_channels(self) -> None:
        channels = self.list_all(self.ivs.list_channels, "channels")
        mine = sorted((c["name"], c["arn"]) for c in channels if c["name"] in self.channels)
        self.expect("ListChannels", mine, sorted((n, c["arn"]) for n, c in self.channels.items()))

    def update_channel(self) -> None:
        name = self.rng.choice(sorted(self.channels))
        channel = self.channels[name]
        mode = "NORMAL" if channel["latencyMode"] == "LOW" else "LOW"
        self.change(
            f"UpdateChannel {name}",
            lambda: self.call(self.ivs.update_channel, arn=channel["arn"], latencyMode=mode),
            lambda: self.ask(self.ivs.get_channel, arn=channel["arn"])["channel"]["latencyMode"] == mode
            or None,
        )
        channel["latencyMode"] = mode

    def delete_channel(self) -> None:
        name = self.rng.choice(sorted(self.channels))
        arn = self.channels[name]["arn"]
        self.change(
            f"DeleteChannel {name}",
            lambda: self.call(self.ivs.delete_channel, arn=arn),
            lambda: self.gone(self.ivs.get_channel, arn=arn),
        )
        del self.channels[name]

    def stream_key(self) -> None:
        """Read a channel's stream key, or issue one to a channel that has none."""
        name = self.rng.choice(sorted(self.channels))
        channel = self.channels[name]
        if channel["key"] is not None:
            self.expect(f"ListStreamKeys {name}", self.key_of(channel["arn"]), channel["key"])
            return
        channel["key"] = self.change(
            f"CreateStreamKey {name}",
            lambda: self.call(self.ivs.create_stream_key, channelArn=channel["arn"])["streamKey"]["arn"],
            lambda: self.key_of(channel["arn"]),
        )

    def replace_stream_key(self) -> None:
        """Delete a channel's stream key (a new one is issued by `stream_key` later)."""
        name = self.rng.choice(sorted(self.channels))
        channel = self.channels[name]
        if channel["key"] is None:
            return
        key = channel["key"]
        self.change(
            f"DeleteStreamKey {name}",
            lambda: self.call(self.ivs.delete_stream_key, arn=key),
            lambda: self.gone(self.ivs.get_stream_key, arn=key),
        )
        channel["key"] = None

    # MediaPackage VOD packaging groups and their configurations

    def create_group(self) -> None:
        group = self.fresh("group")
        created = self.change(
            f"CreatePackagingGroup {group}",
            lambda: self.call(self.vod.create_packaging_group, Id=group),
            lambda: self.lookup(self.vod.describe_packaging_group, Id=group),
        )
        self.groups[group] = {"arn": created["Arn"], "tag": None, "configs": set()}

    def describe_group(self) -> None:
        group = self.rng.choice(sorted(self.groups))
        got = self.ask(self.vod.describe_packaging_group, Id=group)
        self.expect(
            f"DescribePackagingGroup {group}", (got.get("Tags") or {}).get("v"), self.groups[group]["tag"]
        )

    def list_groups(self) -> None:
        groups = self.list_all(self.vod.list_packaging_groups, "PackagingGroups")
        self.expect(
            "ListPackagingGroups",
            sorted(g["Id"] for g in groups if g["Id"] in self.groups),
            sorted(self.groups),
        )

    def tag_group(self) -> None:
        group = self.rng.choice(sorted(self.groups))
        arn, value = self.groups[group]["arn"], self.fresh("v")
        self.change(
            f"TagResource {group}",
            lambda: self.call(self.vod.tag_resource, ResourceArn=arn, Tags={"v": value}),
            lambda: self.ask(self.vod.list_tags_for_resource, ResourceArn=arn)["Tags"].get("v") == value
            or None,
        )
        self.groups[group]["tag"] = value

    def configs(self) -> None:
        """Add a packaging configuration to a group below the cap, else delete one; then list them."""
        group = self.rng.choice(sorted(self.groups))
        held: set[str] = self.groups[group]["configs"]
        if len(held) <= CAP and self.rng.random() < 0.5:
            config = self.fresh("config")
            self.change(
                f"CreatePackagingConfiguration {config}",
                lambda: self.call(
                    self.vod.create_packaging_configuration, Id=config, PackagingGroupId=group, HlsPackage=HLS
                ),
                lambda: self.lookup(self.vod.describe_packaging_configuration, Id=config),
            )
            held.add(config)
        elif held:
            config = self.rng.choice(sorted(held))
            self.change(
                f"DeletePackagingConfiguration {config}",
                lambda: self.call(self.vod.delete_packaging_configuration, Id=config),
                lambda: self.gone(self.vod.describe_packaging_configuration, Id=config),
            )
            held.discard(config)
        listed = self.list_all(
            self.vod.list_packaging_configurations, "PackagingConfigurations", PackagingGroupId=group
        )
        self.expect(f"ListPackagingConfigurations {group}", sorted(c["Id"] for c in listed), sorted(held))

    def delete_group(self) -> None:
        group = self.rng.choice(sorted(self.groups))
        for config in sorted(self.groups[group]["configs"]):  # a group is deleted only once it is empty
            self.change(
                f"DeletePackagingConfiguration {config}",
                lambda: self.call(self.vod.delete_packaging_configuration, Id=config),
                lambda: self.gone(self.vod.describe_packaging_configuration, Id=config),
            )
            self.groups[group]["configs"].discard(config)
        self.change(
            f"DeletePackagingGroup {group}",
            lambda: self.call(self.vod.delete_packaging_group, Id=group),
            lambda: self.gone(self.vod.describe_packaging_group, Id=group),
        )
        del self.groups[group]

    def ledger(self) -> Json:
        """What this client believes exists, in the form `backend_view` gives."""
        return {
            "flows": {n: {"arns": [f["arn"]], "outputs": ports_of(f)} for n, f in self.flows.items()},
            "channels": {
                n: {
                    "arns": [c["arn"]],
                    "latencyMode": c["latencyMode"],
                    "keys": [c["key"]] if c["key"] else [],
                }
                for n, c in self.channels.items()
            },
            "groups": {g: {"tag": v["tag"], "configs": sorted(v["configs"])} for g, v in self.groups.items()},
        }


def ports(flow: Json) -> dict[str, int]:
    """A flow's outputs as the API shows them: name -> port."""
    return {o["Name"]: o["Port"] for o in flow.get("Outputs") or []}


def ports_of(flow: Json) -> dict[str, int]:
    """A flow's outputs as a ledger holds them: name -> port."""
    return {name: o["port"] for name, o in flow["outputs"].items()}


def backend_view(url: str, parts: Sequence[str]) -> Json:
    """Everything the backend's list operations show (faults must be off), shaped as LedgerClient.ledger."""
    c = LedgerClient(boto3.session.Session(), url, -1, parts, faults_on=False)
    view: Json = {"flows": {}, "channels": {}, "groups": {}}
    if "flows" in parts:
        for f in c.list_all(c.mc.list_flows, "Flows"):
            flow = view["flows"].setdefault(f["Name"], {"arns": [], "outputs": {}})
            flow["arns"].append(f["FlowArn"])
            flow["outputs"] = ports(c.call(c.mc.describe_flow, FlowArn=f["FlowArn"])["Flow"])
    if "channels" in parts:
        for ch in c.list_all(c.ivs.list_channels, "channels"):
            channel = view["channels"].setdefault(ch["name"], {"arns": [], "latencyMode": None, "keys": []})
            channel["arns"].append(ch["arn"])
            channel["latencyMode"] = ch["latencyMode"]
            if "stream_keys" in parts:
                keys = c.list_all(c.ivs.list_stream_keys, "streamKeys", channelArn=ch["arn"])
                channel["keys"] = [k["arn"] for k in keys]
    if "vod" in parts:
        for g in c.list_all(c.vod.list_packaging_groups, "PackagingGroups"):
            configs = c.list_all(
                c.vod.list_packaging_configurations, "PackagingConfigurations", PackagingGroupId=g["Id"]
            )
            tags = c.call(c.vod.list_tags_for_resource, ResourceArn=g["Arn"]).get("Tags") or {}
            view["groups"][g["Id"]] = {"tag": tags.get("v"), "configs": sorted(x["Id"] for x in configs)}
    return view


def compare(view: Json, ledgers: list[Json]) -> list[str]:
    """What the backend holds that no ledger has (orphaned), what a ledger has that the backend lacks
    (missing), names held twice (duplicated) and resources whose details differ."""
    findings = []
    for kind in ("flows", "channels", "groups"):
        believed: Json = {}
        for ledger in ledgers:
            believed.update(ledger[kind])
        held = view[kind]
        for name in sorted(set(held) | set(believed)):
            if name not in believed:
                findings.append(f"orphaned: {kind} {name} {held[name]}")
            elif name not in held:
                findings.append(f"missing: {kind} {name} {believed[name]}")
            elif len(held[name].get("arns", [])) > 1:
                findings.append(f"duplicated: {kind} {name} {held[name]['arns']}")
            elif held[name] != believed[name]:
                findings.append(f"differs: {kind} {name}: backend {held[name]}, ledger {believed[name]}")
    return findings


def population(ledgers: list[Json]) -> dict[str, int]:
    return {kind: sum(len(ledger[kind]) for ledger in ledgers) for kind in ("flows", "channels", "groups")}


def run_clients(
    url: str,
    indices: Sequence[int],
    parts: Sequence[str],
    faults_on: bool,
    seconds: float,
    ready: Any,
    go: Any,
) -> list[Json]:
    """Build the clients (one boto3 session; building clients is not thread-safe), say so on `ready`,
    wait for `go`, run them as threads for `seconds` and return each one's counts, problems and ledger
    (the first also the CPU time this process spent meanwhile)."""
    session = boto3.session.Session()
    clients = [LedgerClient(session, url, i, parts, faults_on) for i in indices]
    ready.put(len(clients))
    go.wait()
    start, cpu = time.monotonic(), time.process_time()
    threads = [
        threading.Thread(target=c.run, args=(start + seconds,), daemon=True, name=f"client-{c.index}")
        for c in clients
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join(seconds + TRIES * 10)
    stuck = [th.name for th in threads if th.is_alive()]
    elapsed, cpu = time.monotonic() - start, time.process_time() - cpu
    out = []
    for c in clients:
        problems = c.problems + ([f"{', '.join(stuck)} still running after the run"] if stuck else [])
        out.append({"counts": c.counts, "problems": problems, "ledger": c.ledger(), "elapsed": elapsed})
    out[0]["cpu"] = cpu  # this process's CPU, counted once
    return out


def client_main(*args: Any) -> None:
    """A process's or thread's share of the clients: run_clients(*args[:-1]), the answer put on args[-1]."""
    *rest, done = args
    done.put(run_clients(*rest))


@dataclass
class LoadResult:
    server: str
    condition: str
    clients: int
    processes: int  # 0: the clients are threads of this process
    parts: list[str]
    faults: dict[str, float]
    seconds: float
    requests: int  # every request sent, injected failures included
    actions: int  # actions of the mix completed (a create with its checks and retries is one)
    per_second: float  # requests per second
    injected: dict[str, int]  # injected failures by kind, as the clients saw them
    unexpected: int  # errors that were not injected, and reads that disagreed with the ledger
    problems: list[str]  # the first of those, worded
    findings: list[str]  # the backend's state against the union of the ledgers (empty: equal)
    population: dict[str, int]  # resources the ledgers hold at the end
    rss_mb: dict[str, float] | None  # the server's memory: start (after warm-up), end, max, slope per minute
    server_cpu_ms_per_request: float | None
    client_cpu_ms_per_request: float  # CPU the clients' processes spent per request
    ledgers: list[Json] = field(repr=False)  # the clients' ledgers, for a check after a restart


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError):
        return None


def memory_figures(samples: list[tuple[float, float]], warmup: float) -> dict[str, float] | None:
    """Start (first sample after the warm-up), end, max and the least-squares slope after the warm-up."""
    steady = [(t, m) for t, m in samples if t >= warmup]
    if len(steady) < 2:
        return None
    n = len(steady)
    mean_t, mean_m = sum(t for t, _ in steady) / n, sum(m for _, m in steady) / n
    spread = sum((t - mean_t) ** 2 for t, _ in steady)
    slope = sum((t - mean_t) * (m - mean_m) for t, m in steady) / spread if spread else 0.0
    return {
        "start": steady[0][1],
        "end": steady[-1][1],
        "max": max(m for _, m in samples),
        "slope_per_min": slope * 60,
    }


def control(url: str, path: str, payload: Json | None = None) -> Json:
    """A call to the local backend's control API (PUT when there is a payload)."""
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(f"{url}/_awsmedia/{path}", data=data, method="PUT" if data else "GET")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())  # type: ignore[no-any-return]


def run_load(
    server: str,
    condition: str,
    url: str,
    pid: int,
    *,
    clients: int,
    seconds: float,
    processes: int,
    parts: Sequence[str],
    faults: dict[str, float],
) -> LoadResult:
    """The load mix against a running server: `clients` clients spread over `processes` processes (0:
    threads of this one), `faults` (empty: none; only the local backend has them) for `seconds`;
    then the backend's state, faults off, against the union of the ledgers. `pid`: the server's
    process, whose memory and CPU are sampled."""
    if faults:
        control(url, "faults", faults)
    shares = [list(range(clients))[p :: max(processes, 1)] for p in range(max(processes, 1))]
    workers: list[Any]
    ready: Any
    go: Any
    done: Any
    if processes:
        ctx = multiprocessing.get_context("spawn")
        ready, go, done = ctx.Queue(), ctx.Event(), ctx.Queue()
        make: Any = ctx.Process
    else:
        ready, go, done = queue.Queue(), threading.Event(), queue.Queue()
        make = threading.Thread
    workers = [
        make(
            target=client_main, args=(url, share, parts, bool(faults), seconds, ready, go, done), daemon=True
        )
        for share in shares
    ]
    results: list[Json] = []
    samples: list[tuple[float, float]] = []
    for w in workers:
        w.start()
    try:
        for _ in workers:
            ready.get(timeout=START_TIMEOUT * 2)
        cpu_start = process_cpu(pid)
        start = time.monotonic()
        go.set()
        pending = len(workers)
        while pending and time.monotonic() < start + seconds + TRIES * 10:
            rss = rss_mb(pid)
            if rss is not None:
                samples.append((time.monotonic() - start, rss))
            try:
                results.extend(done.get(timeout=1.0))
                pending -= 1
            except queue.Empty:
                pass
        cpu_end = process_cpu(pid)
    finally:
        for w in workers:
            w.join(10)
            if isinstance(w, multiprocessing.process.BaseProcess) and w.is_alive():
                w.kill()
    if faults:
        control(url, "faults", {})
    ledgers = [r["ledger"] for r in results]
    counts: dict[str, int] = {}
    for r in results:
        for key, value in r["counts"].items():
            counts[key] = counts.get(key, 0) + value
    elapsed = max((r["elapsed"] for r in results), default=seconds)
    requests = counts.pop("requests", 0)
    actions = counts.pop("actions", 0)
    unexpected = counts.pop("unexpected", 0)
    if len(results) < clients:
        unexpected += clients - len(results)
    return LoadResult(
        server,
        condition,
        clients,
        processes,
        list(parts),
        dict(faults),
        elapsed,
        requests,
        actions,
        requests / elapsed if elapsed else 0.0,
        counts,
        unexpected,
        [p for r in results for p in r["problems"]][:20],
        compare(backend_view(url, parts), ledgers),
        population(ledgers),
        memory_figures(samples, min(10.0, seconds / 6)),
        (
            (cpu_end - cpu_start) * 1000 / requests
            if cpu_start is not None and cpu_end is not None and requests
            else None
        ),
        sum(r.get("cpu", 0.0) for r in results) * 1000 / max(requests, 1),
        ledgers,
    )


DEFAULT_LOAD_RUNS = "faults,subset,moto"
# Two per core: on a 2-core machine 32 clients as threads of one process are held to one core by the
# GIL and the server idles (300 req/s, server 23% busy), 2 to 4 processes double that, and 8 to 32
# processes lose it again to switching (README, Benchmarks).
DEFAULT_PROCESSES = 2 * (os.cpu_count() or 1)
# glibc gives each thread a cache of freed blocks (tcache: up to 7 per size class); the server has a
# thread per connection, and as those caches fill its memory rises for minutes before it levels off.
# With them off the server's memory is flat, which shows the rise is theirs and not the backend's.
NO_TCACHE = {"GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"}
# condition -> (server, parts of the mix, faults on, more server arguments ({state} is a file in a
# temporary folder), more server environment)
LOAD_RUNS: dict[str, tuple[str, tuple[str, ...], bool, tuple[str, ...], dict[str, str]]] = {
    "faults": ("ours", PARTS, True, (), {}),
    "no-tcache": ("ours", PARTS, True, (), NO_TCACHE),
    "state-file": ("ours", PARTS, True, ("--state-file", "{state}"), {}),
    "no-faults": ("ours", PARTS, False, (), {}),
    "subset": ("ours", MOTO_PARTS, False, (), {}),
    "moto": ("moto", MOTO_PARTS, False, (), {}),
}


def load_main(names: list[str], clients: int, seconds: float, processes: int, as_json: bool) -> int:
    results: list[LoadResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            server, parts, faults_on, extra, extra_env = LOAD_RUNS[name]
            extra = tuple(a.format(state=f"{tmp}/{name}.sqlite") for a in extra)
            with server_process(server, extra, extra_env) as (url, pid):
                result = run_load(
                    server,
                    name,
                    url,
                    pid,
                    clients=clients,
                    seconds=seconds,
                    processes=processes,
                    parts=parts,
                    faults=LOAD_FAULTS if faults_on else {},
                )
            if "--state-file" in extra:  # what was saved under load must come back whole
                with server_process(server, extra) as (url, _):
                    again = compare(backend_view(url, parts), result.ledgers)
                result.findings += [f"after a restart: {f}" for f in again]
            results.append(result)
            if not as_json:
                print(
                    f"  {name}: {result.per_second:,.0f} req/s, {result.unexpected} unexpected, "
                    f"{len(result.findings)} findings",
                    file=sys.stderr,
                    flush=True,
                )
    if as_json:
        out = [{k: v for k, v in asdict(r).items() if k != "ledgers"} for r in results]
        summary = {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "moto_gaps": MOTO_GAPS}
        print(json.dumps({**summary, "results": out}, indent=2))
    else:
        print(load_table(results))
        if any(r.server == "moto" for r in results):
            print(f"moto runs the mix without what it cannot serve: {MOTO_GAPS}")
        for r in results:
            for line in [*r.problems, *r.findings][:20]:
                print(f"{r.condition}: {line}")
    return 1 if any(r.unexpected or r.findings for r in results) else 0


def load_table(results: list[LoadResult]) -> str:
    rows = [
        (
            "condition",
            "server",
            "mix",
            "clients",
            "req/s",
            "actions/s",
            "injected",
            "unexpected",
            "state",
            "held",
            "RSS MB start/end/max",
            "MB/min",
            "server CPU ms/req",
            "server busy",
            "client CPU ms/req",
        )
    ]
    for r in results:
        mem, cpu = r.rss_mb, r.server_cpu_ms_per_request
        rows.append(
            (
                r.condition,
                r.server,
                "all" if tuple(r.parts) == PARTS else "+".join(r.parts),
                f"{r.clients} ({r.processes} proc)" if r.processes else f"{r.clients} (threads)",
                f"{r.per_second:,.0f}",
                f"{r.actions / r.seconds:,.0f}",
                ", ".join(f"{k} {v}" for k, v in sorted(r.injected.items())) or "none",
                str(r.unexpected),
                "equal" if not r.findings else f"{len(r.findings)} differences",
                ", ".join(f"{v} {k}" for k, v in r.population.items() if v),
                f"{mem['start']:.0f}/{mem['end']:.0f}/{mem['max']:.0f}" if mem else "n/a",
                f"{mem['slope_per_min']:+.2f}" if mem else "n/a",
                "n/a" if r.server_cpu_ms_per_request is None else f"{r.server_cpu_ms_per_request:.2f}",
                # the share of one core the server used: near 100% it, not the clients, sets the pace
                "n/a" if cpu is None else f"{cpu * r.per_second / 10:.0f}%",
                f"{r.client_cpu_ms_per_request:.2f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- report --------------------------------------------------------------------------------------------


def table(results: list[Result]) -> str:
    by_key = {(r.server, r.call, r.clients): r for r in results}
    rows = [
        ("server", "call", "clients", "ops/s", "errors", "ours/moto", "server CPU ms/op", "client CPU ms/op")
    ]
    for r in results:
        ratio = ""
        if r.server == "ours" and ("moto", r.call, r.clients) in by_key:
            other = by_key[("moto", r.call, r.clients)].per_second
            ratio = f"{r.per_second / other:.2f}x" if other else "n/a"
        unit = "pairs" if r.unit == "pair" else "req"
        server_ms = "n/a" if r.server_cpu_ms_per_op is None else f"{r.server_cpu_ms_per_op:.2f}"
        rows.append(
            (
                r.server,
                r.call,
                str(r.clients),
                f"{r.per_second:,.0f} {unit}/s",
                str(r.errors),
                ratio,
                server_ms,
                f"{r.client_cpu_ms_per_op:.2f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=float, default=None, help="measured seconds per case (default 3; load: 60)"
    )
    parser.add_argument(
        "--warmup", type=float, default=0.5, help="uncounted seconds before each case (default 0.5)"
    )
    parser.add_argument(
        "--clients", default=None, help="comma-separated concurrent client counts (default 1,8; load: 32)"
    )
    parser.add_argument("--servers", default="ours,moto", help="which servers to run (default ours,moto)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument(
        "--load",
        nargs="?",
        const=DEFAULT_LOAD_RUNS,
        default=None,
        help=f"the load mode instead: comma-separated conditions among {', '.join(LOAD_RUNS)} "
        f"(default {DEFAULT_LOAD_RUNS})",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=DEFAULT_PROCESSES,
        help=f"load mode: processes the clients are spread over; 0 runs them as threads of this one "
        f"(default {DEFAULT_PROCESSES})",
    )
    args = parser.parse_args(argv)
    if args.load is not None:
        names = [n.strip() for n in args.load.split(",") if n.strip()]
        clients_n = int(args.clients or 32)
        seconds = args.seconds or 60.0
        if set(names) - set(LOAD_RUNS) or not names or clients_n < 1 or seconds <= 0 or args.processes < 0:
            parser.error(
                f"bad arguments (conditions among {', '.join(LOAD_RUNS)}; clients >= 1; seconds > 0)"
            )
        return load_main(names, clients_n, seconds, min(args.processes, clients_n), args.json)
    args.clients = args.clients or "1,8"
    args.seconds = args.seconds or 3.0
    clients = [int(n) for n in args.clients.split(",") if n.strip()]
    servers = [s.strip() for s in args.servers.split(",") if s.strip()]
    unknown = set(servers) - set(SERVERS)
    if unknown or not clients or min(clients) < 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error(f"bad arguments (servers must be among {', '.join(SERVERS)}; clients >= 1; seconds > 0)")

    results: list[Result] = []
    for case in CASES:
        for n in clients:
            for server in servers:
                with server_process(server) as (
                    url,
                    pid,
                ):  # a fresh server per case: no state carried between cases
                    results.append(run_case(server, url, pid, case, n, args.seconds, args.warmup))
                if not args.json:
                    r = results[-1]
                    print(
                        f"  {r.server:5} {r.call:34} {r.clients:2} clients: {r.per_second:8,.0f}/s",
                        file=sys.stderr,
                        flush=True,
                    )
    if args.json:
        print(
            json.dumps(
                {
                    "seconds": args.seconds,
                    "warmup": args.warmup,
                    "cpus": os.cpu_count(),
                    "results": [asdict(r) for r in results],
                },
                indent=2,
            )
        )
    else:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
