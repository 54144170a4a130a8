"""(Not named constructs.py: run as a script, it would hide the `constructs` package.)

What synthesizing a CDK-for-Terraform stack of awsmedia constructs costs, against its limit.

    python benchmarks/construct_synthesis.py [--counts 1,10,100,500,2000] [--repeat 1] [--json FILE]

For each count N and each kind (MediaConnect flows with a failover source configuration, IVS
channels with tags), a fresh Python process builds a stack of one provider and N constructs and
synthesizes it (`app.synth()`, cdk.tf.json written to a temporary folder); the library is the one
awsmedia.constructs picks (AWSMEDIA_CDK=cdktn for cdktn). Measured from outside: wall time from
spawn to exit, and peak resident memory of the whole process tree (Python and the node processes
jsii starts), the sum of VmRSS over the tree sampled every 5 ms from /proc; and CPU time of the
whole tree (user and system, from the parent's RUSAGE_CHILDREN), which other work on a shared
machine inflates far less than wall time (Python and node mostly take turns, so on an idle
machine the two are close). The limit: the same JSON written from plain dicts with json.dump, also
in a fresh process. A least-squares line over the
counts gives a fixed cost per process and a cost per resource. The installed size is that of the
package's Python files and data (awsmedia, awsmedia_runtime, codegen), without caches.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from proctree import TreeSampler, children_cpu  # beside this script

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("flow", "channel")
MODES = ("constructs", "json")


def flow_config(i: int) -> dict[str, Any]:
    return {
        "name": f"feed-{i}",
        "source": {
            "name": "main",
            "protocol": "zixi-push",
            "ingest_port": 2088,
            "whitelist_cidr": "10.0.0.0/16",
        },
        "source_failover_config": {"state": "ENABLED", "failover_mode": "FAILOVER", "recovery_window": 200},
    }


def channel_config(i: int) -> dict[str, Any]:
    return {"name": f"channel-{i}", "latency_mode": "LOW", "type": "STANDARD", "tags": {"team": "news"}}


CONFIGS = {
    "flow": ("awsmedia_mediaconnect_flow", flow_config),
    "channel": ("awsmedia_ivs_channel", channel_config),
}


def child(mode: str, kind: str, count: int, out: Path) -> None:
    """One measured run (in its own process)."""
    type_name, config = CONFIGS[kind]
    if mode == "json":
        stack = {
            "provider": {"awsmedia": [{"region": "us-east-1"}]},
            "terraform": {"required_providers": {"awsmedia": {"source": "awsmedia/awsmedia"}}},
            "resource": {type_name: {f"r{i}": config(i) for i in range(count)}},
        }
        (out / "cdk.tf.json").write_text(json.dumps(stack, indent=2))
        return
    import awsmedia.constructs
    from awsmedia.constructs import AwsmediaProvider, cdk

    # As a program using one service imports it: the other services' modules are not loaded.
    cls: Any = getattr(awsmedia.constructs, "MediaconnectFlow" if kind == "flow" else "IvsChannel")
    app = cdk.App(outdir=str(out))
    stack_scope = cdk.TerraformStack(app, "bench")
    AwsmediaProvider(stack_scope, "awsmedia", region="us-east-1")
    for i in range(count):
        cls(stack_scope, f"r{i}", **config(i))
    app.synth()


def measure(mode: str, kind: str, count: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak tree RSS of one fresh-process run."""
    with tempfile.TemporaryDirectory(prefix="awsmedia-bench-") as out:
        command = [sys.executable, __file__, "--child", mode, kind, str(count), out]
        cpu = children_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with TreeSampler(proc.pid) as tree:
            _, err = proc.communicate()
        wall = time.perf_counter() - start
        cpu = children_cpu() - cpu
        if proc.returncode != 0:
            raise SystemExit(f"{mode} {kind} x{count} failed:\n{err.decode()}")
        written = [json.loads(f.read_text()) for f in Path(out).rglob("cdk.tf.json")]
        type_name = CONFIGS[kind][0]
        found = sum(len(stack.get("resource", {}).get(type_name, {})) for stack in written)
        if found != count:  # after the clock: nothing may be lost on the way
            raise SystemExit(f"{mode} {kind} x{count}: cdk.tf.json holds {found} {type_name} resources")
        return wall, cpu, tree.peak_rss


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least squares: fixed + per_item * count."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0
    return my - slope * mx, slope


def installed_size() -> dict[str, int]:
    """Bytes of each shipped package (what pip installs), without __pycache__."""
    roots = {
        "awsmedia": ROOT / "generated" / "awsmedia",
        "awsmedia_runtime": ROOT / "awsmedia_runtime",
        "codegen": ROOT / "codegen",
    }
    return {
        name: sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for name, root in roots.items()
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--child":
        child(args[1], args[2], int(args[3]), Path(args[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1,10,100,500,2000")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per point; the least of each figure is kept"
    )
    parser.add_argument("--json", type=Path, help="write the figures here too")
    opts = parser.parse_args(args)
    counts = [int(c) for c in opts.counts.split(",")]
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    results: dict[str, Any] = {"library": os.environ.get("AWSMEDIA_CDK", "default"), "runs": [], "fits": {}}
    print(f"{'mode':<11} {'kind':<8} {'count':>6} {'wall s':>8} {'CPU s':>8} {'peak MB':>12}")
    for mode in MODES:
        for kind in KINDS:
            walls, cpus = [], []
            for count in counts:
                runs = [measure(mode, kind, count) for _ in range(opts.repeat)]
                wall, cpu, peak = min(r[0] for r in runs), min(r[1] for r in runs), min(r[2] for r in runs)
                walls.append((count, wall))
                cpus.append((count, cpu))
                results["runs"].append(
                    {"mode": mode, "kind": kind, "count": count, "wall": wall, "cpu": cpu, "peak_rss": peak}
                )
                print(
                    f"{mode:<11} {kind:<8} {count:>6} {wall:>8.2f} {cpu:>8.2f} {peak / 2**20:>12.0f}",
                    flush=True,
                )
            fixed, per = fit(walls)
            cpu_fixed, cpu_per = fit(cpus)
            results["fits"][f"{mode}/{kind}"] = {
                "fixed_s": fixed,
                "per_resource_ms": per * 1000,
                "cpu_fixed_s": cpu_fixed,
                "cpu_per_resource_ms": cpu_per * 1000,
            }
    print()
    for key, f in results["fits"].items():
        print(
            f"{key:<20} wall: fixed {f['fixed_s']:.2f} s, {f['per_resource_ms']:.3f} ms per resource;"
            f" CPU: fixed {f['cpu_fixed_s']:.2f} s, {f['cpu_per_resource_ms']:.3f} ms per resource"
        )
    sizes = installed_size()
    results["installed_bytes"] = sizes
    print("installed: " + ", ".join(f"{k} {v / 2**20:.2f} MB" for k, v in sizes.items()))
    print(f"total {sum(sizes.values()) / 2**20:.2f} MB")
    if opts.json:
        opts.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
