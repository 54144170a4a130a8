"""Command line: `python -m codegen generate | check | validate | diff | sync`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .build import load_path
from .diff import diff_models, report, summary
from .errors import ModelError
from .generate import ROOT, Timings, diff_tree, produce, write_tree


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen", description="Generate awsmedia artifacts from the service model."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    model_help = "folder of service YAML files, or one service file such as a history point (default: model/)"
    for name, what in (
        ("generate", "rewrite the output folder from the model"),
        ("check", "fail if the output folder is stale"),
        ("validate", "check the model only"),
    ):
        cmd = commands.add_parser(name, help=what, description=what)
        cmd.add_argument("--model", type=Path, default=ROOT / "model", help=model_help)
        cmd.add_argument(
            "--templates", type=Path, default=ROOT / "templates", help="template folder (default: templates/)"
        )
        cmd.add_argument(
            "--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)"
        )
    diff = commands.add_parser(
        "diff",
        help="what changed between two models, classified for client code, Terraform configurations and state",
        description="What changed between two models (a folder or one service file each), each change "
        "classified as additive or breaking for client code, Terraform configurations and Terraform state.",
    )
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--json", action="store_true", help="print JSON instead of text")
    sync = commands.add_parser(
        "sync",
        help="propose what the installed botocore has and the model lacks",
        description="Compare a service's model with the installed botocore model and propose YAML for "
        "the operations, members, enum values and limits the model lacks; descriptions are left as TODO.",
    )
    sync.add_argument("--from-botocore", dest="service", required=True, metavar="SERVICE")
    sync.add_argument("--model", type=Path, default=ROOT / "model", help=model_help)
    sync.add_argument(
        "--write",
        action="store_true",
        help="append the proposal to the service's model file as a marked block (a person then files it in)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            model = load_path(args.model)
            ops = sum(len(s.operations) for s in model.services)
            print(f"model OK: {len(model.services)} services, {ops} operations")
            return 0
        if args.command == "diff":
            changes = diff_models(load_path(args.old), load_path(args.new))
            if args.json:
                out = {
                    "old": str(args.old),
                    "new": str(args.new),
                    "summary": summary(changes),
                    "changes": [c.to_json() for c in changes],
                }
                print(json.dumps(out, indent=1))
            else:
                print(report(changes, str(args.old), str(args.new)), end="")
            return 0
        if args.command == "sync":
            from .sync import run_sync  # botocore is imported only for this command

            return run_sync(args.service, args.model, write=args.write)
        start = time.perf_counter()
        timings = Timings()
        files = produce(args.model, args.templates, timings)
        stale = diff_tree(files, args.out)
        if args.command == "check":
            if stale:
                print(
                    f"{args.out} is stale: {len(stale)} file(s) differ from what the model produces:",
                    file=sys.stderr,
                )
                for path in stale:
                    print(f"  {path}", file=sys.stderr)
                print("run `python -m codegen generate` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.out} is up to date ({len(files)} files)")
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
