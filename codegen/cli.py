"""Command line: `python -m codegen generate | check | validate`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .build import load_model
from .errors import ModelError
from .generate import ROOT, Timings, diff_tree, produce, write_tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen", description="Generate awsmedia artifacts from the service model."
    )
    parser.add_argument(
        "command",
        choices=["generate", "check", "validate"],
        help="generate: rewrite generated/; check: fail if generated/ is stale; validate: check the model only",
    )
    parser.add_argument(
        "--model",
        type=Path,
        default=ROOT / "model",
        help="folder with the service YAML files (default: model/)",
    )
    parser.add_argument(
        "--templates", type=Path, default=ROOT / "templates", help="template folder (default: templates/)"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            model = load_model(args.model)
            ops = sum(len(s.operations) for s in model.services)
            print(f"model OK: {len(model.services)} services, {ops} operations")
            return 0
        start = time.perf_counter()
        timings = Timings()
        files = produce(args.model, args.templates, timings)
        stale = diff_tree(files, args.out)
        if args.command == "check":
            if stale:
                print(
                    f"generated/ is stale: {len(stale)} file(s) differ from what the model produces:",
                    file=sys.stderr,
                )
                for path in stale:
                    print(f"  {path}", file=sys.stderr)
                print("run `python -m codegen generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ is up to date ({len(files)} files)")
            return 0
        write_tree(files, args.out)
        print(
            f"wrote {len(files)} files to {args.out} ({len(stale)} changed) in {time.perf_counter() - start:.2f}s"
        )
        return 0
    except ModelError as exc:
        print(f"model error ({len(exc.problems)} problem(s)); nothing was written:", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return 2
