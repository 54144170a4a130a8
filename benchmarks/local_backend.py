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
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ.pop("AWS_PROFILE", None)

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402

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
def server_process(name: str) -> Iterator[tuple[str, int]]:
    """Start one server in a subprocess, yield its URL (the first stdout line names it) and pid, always stop it."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    )
    proc = subprocess.Popen(
        SERVERS[name],
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
    parser.add_argument("--seconds", type=float, default=3.0, help="measured seconds per case (default 3)")
    parser.add_argument(
        "--warmup", type=float, default=0.5, help="uncounted seconds before each case (default 0.5)"
    )
    parser.add_argument(
        "--clients", default="1,8", help="comma-separated concurrent client counts (default 1,8)"
    )
    parser.add_argument("--servers", default="ours,moto", help="which servers to run (default ours,moto)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = parser.parse_args(argv)
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
