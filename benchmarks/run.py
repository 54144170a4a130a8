"""Benchmarks: regeneration time (per stage, real model and a synthetic 10x model); the cost of a
typed call over the raw boto3 call it makes, both through botocore's Stubber (which isolates our
layer) and both against the local backend over HTTP (in its own process on 127.0.0.1); and our
layer's own time per CreateFlow. Prints medians; run with `python benchmarks/run.py`.

`python benchmarks/run.py --scale 1 10 100` instead regenerates the real model and synthetic models
of that many copies, each in a fresh process (load, render, black, write; as `python -m codegen
generate` does, without comparing with the old tree): wall time per stage, CPU time of the process
and black's workers, and peak memory (the generating process's own, and the largest private memory
of one of black's workers, which are forked from it; sampled from /proc), each also per copy of the
model, to show how they grow."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import boto3  # noqa: E402
from botocore.stub import Stubber  # noqa: E402

from codegen.generate import Timings, produce, write_tree  # noqa: E402
from proctree import TreeSampler, children_cpu  # noqa: E402  # beside this script

STAGES = ("load", "render", "format", "write", "total")


def regenerate_once(model_dir: Path, out_dir: Path) -> Timings:
    t = Timings()
    files = produce(model_dir, ROOT / "templates", t)
    start = time.perf_counter()
    write_tree(files, out_dir)
    t.write = time.perf_counter() - start
    return t


def _medians(samples: list[Timings]) -> dict[str, float]:
    return {stage: statistics.median(getattr(t, stage) for t in samples) for stage in STAGES}


def regeneration(
    real_dir: Path, big_dir: Path, rounds: int
) -> tuple[dict[str, float], dict[str, float], float]:
    """(real model's stage medians, big model's stage medians, median ratio big/real). Each round
    times the real model, the big one, then the real one again, and takes the big run over the
    mean of the two around it: a slow spell on a shared machine then weighs on both sides."""
    real: list[Timings] = []
    big: list[Timings] = []
    ratios: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "generated"
        real.append(regenerate_once(real_dir, out))
        for _ in range(rounds):
            big.append(regenerate_once(big_dir, out))
            real.append(regenerate_once(real_dir, out))
            ratios.append(big[-1].total / ((real[-2].total + real[-1].total) / 2))
    return _medians(real), _medians(big), statistics.median(ratios)


def _renamed(text: str, i: int) -> str:
    """A service file (or one of its history points) as service copy `i`: its name and class prefix
    take the suffix, and so do the history points it names."""
    name = text.split("\n  name: ", 1)[1].split("\n", 1)[0]
    prefix = text.split("\n  class_prefix: ", 1)[1].split("\n", 1)[0]
    text = text.replace(f"\n  name: {name}\n", f"\n  name: {name}{i}\n", 1)
    text = text.replace(f"\n  class_prefix: {prefix}\n", f"\n  class_prefix: {prefix}{i}\n", 1)
    return text.replace(f"  model: history/{name}/", f"  model: history/{name}{i}/")


def synthetic_model(dest: Path, copies: int) -> Path:
    """`copies` renamed copies of every service file and its history points: the same shapes,
    `copies` times the volume."""
    model = ROOT / "model"
    for i in range(copies):
        for src in sorted(model.glob("*.yaml")):
            dest.mkdir(parents=True, exist_ok=True)
            (dest / f"{src.stem}{i}.yaml").write_text(_renamed(src.read_text(), i))
        for src in sorted(model.glob("history/*/*.yaml")):
            target = dest / "history" / f"{src.parent.name}{i}" / src.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_renamed(src.read_text(), i))
    return dest


def per_call(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def stubbed(
    stub: Stubber, method: str, response: dict[str, Any], call: Callable[[], Any]
) -> Callable[[], None]:
    """One benchmark step: queue the canned response, then make the call that consumes it."""

    def step() -> None:
        stub.add_response(method, response)
        call()

    return step


def _stubbed_pair(service: str, typed_class: Any) -> tuple[Any, Stubber, Any, Stubber]:
    """A default boto3 client and one of our typed clients, each with an active Stubber."""
    boto = boto3.client(service, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
    typed = typed_class(region_name="us-east-1")
    stubs = Stubber(boto), Stubber(typed.boto3_client)
    for stub in stubs:
        stub.activate()
    return boto, stubs[0], typed, stubs[1]


@dataclass
class CreateFlowCase:
    """CreateFlow with a full nested payload: the typed arguments, the same request as boto3
    parameters, and a full canned response."""

    typed_args: dict[str, Any]
    raw_params: dict[str, Any]
    response: dict[str, Any]


def create_flow_case() -> CreateFlowCase:
    from awsmedia.clients.mediaconnect import (
        AddOutputRequest,
        Encryption,
        GrantEntitlementRequest,
        SetSourceRequest,
    )

    role = "arn:aws:iam::123456789012:role/MediaConnect"
    secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:key"
    source = SetSourceRequest(
        name="primary",
        description="camera 1",
        protocol="zixi-push",
        ingest_port=2088,
        max_latency=2000,
        stream_id="cam1",
        whitelist_cidr="10.0.0.0/16",
        decryption=Encryption(algorithm="aes256", role_arn=role, secret_arn=secret),
    )
    outputs = [
        AddOutputRequest(
            name=f"out-{i}",
            description="to partner",
            protocol="rtp-fec",
            destination=f"198.51.100.{i}",
            port=5000 + i,
            smoothing_latency=100,
            cidr_allow_list=["10.0.0.0/16"],
            encryption=Encryption(algorithm="aes128", role_arn=role, secret_arn=secret),
        )
        for i in range(5)
    ]
    entitlements = [
        GrantEntitlementRequest(name="partner", subscribers=["111122223333"], description="share")
    ]
    raw_params: dict[str, Any] = {
        "Name": "bench",
        "AvailabilityZone": "us-east-1a",
        "Source": {
            "Name": "primary",
            "Description": "camera 1",
            "Protocol": "zixi-push",
            "IngestPort": 2088,
            "MaxLatency": 2000,
            "StreamId": "cam1",
            "WhitelistCidr": "10.0.0.0/16",
            "Decryption": {"Algorithm": "aes256", "RoleArn": role, "SecretArn": secret},
        },
        "Outputs": [
            {
                "Name": f"out-{i}",
                "Description": "to partner",
                "Protocol": "rtp-fec",
                "Destination": f"198.51.100.{i}",
                "Port": 5000 + i,
                "SmoothingLatency": 100,
                "CidrAllowList": ["10.0.0.0/16"],
                "Encryption": {"Algorithm": "aes128", "RoleArn": role, "SecretArn": secret},
            }
            for i in range(5)
        ],
        "Entitlements": [{"Name": "partner", "Subscribers": ["111122223333"], "Description": "share"}],
    }
    flow_arn = "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:bench"
    response = {
        "Flow": {
            "FlowArn": flow_arn,
            "Name": "bench",
            "AvailabilityZone": "us-east-1a",
            "Status": "STANDBY",
            "EgressIp": "203.0.113.9",
            "Entitlements": [
                {
                    "EntitlementArn": flow_arn.replace(":flow:", ":entitlement:"),
                    "Name": "partner",
                    "Subscribers": ["111122223333"],
                }
            ],
            "Outputs": [
                {
                    "OutputArn": f"{flow_arn}:output:{i}",
                    "Name": f"out-{i}",
                    "Port": 5000 + i,
                    "Destination": f"198.51.100.{i}",
                    "Transport": {
                        "Protocol": "rtp-fec",
                        "SmoothingLatency": 100,
                        "CidrAllowList": ["10.0.0.0/16"],
                    },
                    "Encryption": {"Algorithm": "aes128", "RoleArn": role, "SecretArn": secret},
                }
                for i in range(5)
            ],
            "Source": {
                "SourceArn": f"{flow_arn}:source:1",
                "Name": "primary",
                "IngestIp": "203.0.113.10",
                "IngestPort": 2088,
                "Transport": {"Protocol": "zixi-push", "MaxLatency": 2000, "StreamId": "cam1"},
                "WhitelistCidr": "10.0.0.0/16",
            },
        }
    }
    typed_args = dict(
        name="bench",
        availability_zone="us-east-1a",
        source=source,
        outputs=outputs,
        entitlements=entitlements,
    )
    return CreateFlowCase(typed_args, raw_params, response)


def call_overhead(rounds: int) -> dict[str, tuple[float, float, float]]:
    from awsmedia.clients.ivs import IvsClient
    from awsmedia.clients.mediaconnect import MediaConnectClient

    results: dict[str, tuple[float, float, float]] = {}
    case = create_flow_case()
    create, raw_params, response = case.typed_args, case.raw_params, case.response
    # raw: a default boto3 client. typed: the client our class builds (botocore's duplicate
    # validation off, ours on). wrapped: our class around a default boto3 client (both validate).
    boto, stub, typed, typed_stub = _stubbed_pair("mediaconnect", MediaConnectClient)
    wrapped = MediaConnectClient(boto)

    raw_create = stubbed(stub, "create_flow", response, lambda: boto.create_flow(**raw_params))
    typed_create = stubbed(typed_stub, "create_flow", response, lambda: typed.create_flow(**create))
    wrapped_create = stubbed(stub, "create_flow", response, lambda: wrapped.create_flow(**create))
    # The same boto3 call on the typed client's own boto3 client: the difference is our layer alone.
    own = typed.boto3_client
    own_create = stubbed(typed_stub, "create_flow", response, lambda: own.create_flow(**raw_params))

    for fn in (
        raw_create,
        typed_create,
        wrapped_create,
        own_create,
    ):  # warm caches (botocore loads models lazily)
        fn()
    results["CreateFlow vs a default boto3 client"] = _interleaved(raw_create, typed_create, rounds)
    results["CreateFlow vs its own boto3 client"] = _interleaved(own_create, typed_create, rounds)
    results["CreateFlow, wrapping a default client"] = _interleaved(raw_create, wrapped_create, rounds)

    ivs_boto, ivs_stub, ivs, ivs_typed_stub = _stubbed_pair("ivs", IvsClient)
    channel_arn = "arn:aws:ivs:us-east-1:123456789012:channel/abcd"
    ivs_response = {
        "channel": {
            "arn": channel_arn,
            "name": "c",
            "latencyMode": "LOW",
            "type": "STANDARD",
            "ingestEndpoint": "a.global-contribute.live-video.net",
            "playbackUrl": "https://x/y.m3u8",
            "tags": {"team": "video"},
        }
    }

    raw_get = stubbed(ivs_stub, "get_channel", ivs_response, lambda: ivs_boto.get_channel(arn=channel_arn))
    typed_get = stubbed(ivs_typed_stub, "get_channel", ivs_response, lambda: ivs.get_channel(arn=channel_arn))

    for fn in (raw_get, typed_get):
        fn()
    results["GetChannel"] = _interleaved(raw_get, typed_get, rounds)
    return results


def _interleaved(
    raw: Callable[[], None], typed: Callable[[], None], rounds: int
) -> tuple[float, float, float]:
    """(raw, typed, overhead): median times per call and the median of each round's typed/raw ratio.
    Rounds are short and alternate, so a slow spell on a shared machine hits both sides of a round
    alike; the per-round ratio cancels it, where a ratio of two medians would not."""
    raw_t, typed_t, ratios = [], [], []
    for _ in range(rounds):
        r, t = per_call(raw, 5), per_call(typed, 5)
        raw_t.append(r)
        typed_t.append(t)
        ratios.append(t / r)
    return statistics.median(raw_t), statistics.median(typed_t), statistics.median(ratios) - 1


class _CannedClient:
    """Stands in for boto3 and answers CreateFlow at once, so that only our layer is timed."""

    def __init__(self, response: dict[str, Any]):
        self.response = response

    def create_flow(self, **params: Any) -> dict[str, Any]:
        return self.response


def layer_alone(rounds: int) -> float:
    """Our layer's own time per CreateFlow call (check, convert, read back) without boto3, with
    warm caches: min over rounds. Inside a real call it runs colder, after boto3's own work."""
    from awsmedia.clients.mediaconnect import MediaConnectClient

    case = create_flow_case()
    client = MediaConnectClient(_CannedClient(case.response))
    return min(per_call(lambda: client.create_flow(**case.typed_args), 10) for _ in range(rounds))


def http_overhead(rounds: int) -> tuple[float, float, float]:
    """CreateFlow against the local backend over HTTP: (raw, typed, overhead) as _interleaved gives them,
    a default boto3 client against our class's own client."""
    from awsmedia.clients.mediaconnect import MediaConnectClient
    from local_backend import server_process  # beside this script

    case = create_flow_case()
    with server_process("ours") as (url, _pid):
        raw = boto3.client(
            "mediaconnect",
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id="x",
            aws_secret_access_key="y",
        )
        typed = MediaConnectClient(region_name="us-east-1", endpoint_url=url)

        def raw_create() -> None:
            raw.create_flow(**case.raw_params)

        def typed_create() -> None:
            typed.create_flow(**case.typed_args)

        raw_create()
        typed_create()
        return _interleaved(raw_create, typed_create, rounds)


def model_bytes(model_dir: Path) -> int:
    return sum(p.stat().st_size for p in model_dir.rglob("*.yaml"))


def generate_in_child(model_dir: Path, out_dir: Path) -> dict[str, Any]:
    """One regeneration in a fresh process (`--child`): its stage times, files written, wall and CPU
    time, and peak memory (its own, and the most one of black's workers adds)."""
    command = [sys.executable, __file__, "--child", str(model_dir), str(out_dir)]
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as tree:
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"regeneration of {model_dir} failed:\n{err}")
    return {
        **json.loads(out),
        "wall": wall,
        "cpu": children_cpu() - cpu,
        "own_peak_rss": tree.peak_by_pid.get(proc.pid, 0),
        # black's workers are forked from it: what each adds is its private memory.
        "worker_private": max((m for pid, m in tree.private_by_pid.items() if pid != proc.pid), default=0),
    }


def child_generate(model_dir: Path, out_dir: Path) -> None:
    t = regenerate_once(model_dir, out_dir)
    files = [p for p in out_dir.rglob("*") if p.is_file()]
    stages = {stage: getattr(t, stage) for stage in STAGES}
    print(json.dumps({**stages, "files": len(files), "bytes": sum(p.stat().st_size for p in files)}))


def generation_at_scale(copies: list[int]) -> list[dict[str, Any]]:
    """One fresh-process regeneration per size; 1 is the real model itself."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in copies:
            model_dir = ROOT / "model" if n == 1 else synthetic_model(Path(tmp) / f"model{n}", n)
            print(f"regenerating {n}x ...", file=sys.stderr, flush=True)
            run = generate_in_child(model_dir, Path(tmp) / "generated")
            found.append({"copies": n, "model_bytes": model_bytes(model_dir), **run})
    return found


def print_scale(runs: list[dict[str, Any]]) -> None:
    mb = 2**20
    print("regeneration in a fresh process (wall and CPU in s; memory in MB; 'per copy' = figure / copies):")
    head: tuple[str, ...] = ("copies", "model MB", "files", "out MB", "load", "render", "format", "write")
    head += ("wall", "CPU", "own peak", "worker private", "wall/copy", "CPU/copy", "peak/copy")
    rows: list[tuple[str, ...]] = [head]
    for r in runs:
        n = r["copies"]
        rows.append(
            (
                str(n),
                f"{r['model_bytes'] / mb:.1f}",
                str(r["files"]),
                f"{r['bytes'] / mb:.1f}",
                *(f"{r[stage]:.2f}" for stage in ("load", "render", "format", "write")),
                f"{r['wall']:.1f}",
                f"{r['cpu']:.1f}",
                f"{r['own_peak_rss'] / mb:.0f}",
                f"{r['worker_private'] / mb:.0f}",
                f"{r['wall'] / n:.2f}",
                f"{r['cpu'] / n:.2f}",
                f"{r['own_peak_rss'] / mb / n:.1f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  " + "  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
    print(f"  machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child_generate(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale", type=int, nargs="+", metavar="COPIES", help="only regeneration at these model sizes"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="with --scale: also write the figures here")
    args = parser.parse_args()
    if args.scale:
        runs = generation_at_scale(args.scale)
        print_scale(runs)
        if args.json:
            args.json.write_text(json.dumps(runs, indent=1) + "\n")
        return
    rounds = 3
    with tempfile.TemporaryDirectory() as tmp:
        big_dir = synthetic_model(Path(tmp) / "model", 10)
        regenerate_once(ROOT / "model", Path(tmp) / "warm")  # imports and first-use caches, untimed
        base, big, ratio = regeneration(ROOT / "model", big_dir, rounds)
    print(f"regeneration, real model (median of {rounds + 1}):")
    for stage, secs in base.items():
        print(f"  {stage:<7} {secs * 1000:8.1f} ms")
    print(f"regeneration, synthetic 10x model (median of {rounds}):")
    for stage, secs in big.items():
        print(f"  {stage:<7} {secs * 1000:8.1f} ms")
    print(
        f"  ratio 10x/real: {ratio:.1f}x (target <= 10x; median of each 10x run over the real runs around it)"
    )
    print(
        "typed call vs raw boto3 call, both through Stubber (median per call; overhead: median per-round ratio):"
    )
    for name, (raw, typed, overhead) in call_overhead(301).items():
        print(
            f"  {name:<42} raw {raw * 1e6:8.1f} us  typed {typed * 1e6:8.1f} us  overhead {100 * overhead:5.1f}%"
        )
    alone = layer_alone(30)
    print(f"  CreateFlow, our layer alone (boto3 replaced by a stand-in; warm, min): {alone * 1e6:.1f} us")
    raw, typed, overhead = http_overhead(31)
    print("CreateFlow against the local backend over HTTP (its own process, 127.0.0.1):")
    print(
        f"  raw {raw * 1e6:8.1f} us  typed {typed * 1e6:8.1f} us  overhead {100 * overhead:5.1f}%  "
        f"(our layer alone is {100 * alone / raw:.1f}% of the raw call)"
    )


if __name__ == "__main__":
    main()
