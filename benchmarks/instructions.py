"""The typed CreateFlow call against the same call on a default boto3 client (botocore's own
validation on) and on the typed client's own boto3 client (validation off: what is left is our
layer), counted in instructions rather than timed: valgrind's cachegrind runs each side with no
calls and with N calls, and the difference over N is the cost of one call. Unlike wall-clock ratios on a
shared machine, the count barely moves between runs; it does not show that our code runs with
fewer instructions per cycle than botocore's (see the README). Needs `valgrind` on the PATH.

    python benchmarks/instructions.py [--calls 100]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve()
SIDES = ("default boto3 client", "own boto3 client", "typed client")


def child(side: str, calls: int) -> None:
    """Runs inside valgrind: set both clients up, warm them, then make `calls` calls of one side."""
    from run import _stubbed_pair, create_flow_case, stubbed  # this folder is on sys.path; run adds the root

    from awsmedia.clients.mediaconnect import MediaConnectClient

    case = create_flow_case()
    default, default_stub, typed, typed_stub = _stubbed_pair("mediaconnect", MediaConnectClient)
    own = typed.boto3_client
    steps = {
        "default boto3 client": stubbed(
            default_stub, "create_flow", case.response, lambda: default.create_flow(**case.raw_params)
        ),
        "own boto3 client": stubbed(
            typed_stub, "create_flow", case.response, lambda: own.create_flow(**case.raw_params)
        ),
        "typed client": stubbed(
            typed_stub, "create_flow", case.response, lambda: typed.create_flow(**case.typed_args)
        ),
    }
    for step in steps.values():  # the first calls load botocore's models
        step()
        step()
    step = steps[side]
    for _ in range(calls):
        step()


def count(side: str, calls: int, out_dir: str) -> int:
    """Instructions of a whole child run."""
    out = os.path.join(out_dir, f"{SIDES.index(side)}-{calls}.out")
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict layouts in every run
    subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={out}",
            sys.executable,
            str(HERE),
            "--child",
            side,
            str(calls),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=1800,
    )
    for line in Path(out).read_text().splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1])
    raise RuntimeError(f"no summary line in {out}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=100, help="calls per measured run (default 100)")
    parser.add_argument("--child", nargs=2, metavar=("SIDE", "CALLS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not on the PATH (Debian: apt-get install valgrind)")
    if args.calls < 1:
        sys.exit("--calls must be at least 1")
    runs = [(side, n) for side in SIDES for n in (0, args.calls)]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=2) as pool:
        totals = dict(zip(runs, pool.map(lambda run: count(run[0], run[1], tmp), runs)))
    per_call = {side: (totals[side, args.calls] - totals[side, 0]) / args.calls for side in SIDES}
    default, own, typed = (
        per_call["default boto3 client"],
        per_call["own boto3 client"],
        per_call["typed client"],
    )
    print(f"CreateFlow through Stubber, instructions per call ({args.calls} calls, valgrind cachegrind):")
    print(f"  same call on a default boto3 client              {default:12,.0f}")
    print(f"  same call on the typed client's own boto3 client {own:12,.0f}")
    print(
        f"  typed call                                       {typed:12,.0f}  ({100 * (typed - default) / default:+.1f}% against the default client)"
    )
    print(
        f"  our layer                                        {typed - own:12,.0f}  ({100 * (typed - own) / own:.1f}% more than its own client)"
    )


if __name__ == "__main__":
    main()
