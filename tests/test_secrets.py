"""Secrets: an IVS stream key's value (the model's one sensitive attribute) through plan, apply,
refresh, an import, a failing refresh and destroy with TF_LOG=TRACE, one provider process serving
every command (its stderr kept) and the local backend in its own process. The value appears in none of Terraform's output (its log included), the provider's
stderr, any error message, any line the backend printed or any docs example; only the API
responses carry it."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT, InstalledProvider, boto3_client
from tfharness import Workspace

STACK = """
resource "awsmedia_ivs_channel" "c" {
  name = "secret-test"
}
resource "awsmedia_ivs_stream_key" "k" {
  channel_arn = awsmedia_ivs_channel.c.arn
  tags        = { rotated = "%s" }
}
data "awsmedia_ivs_stream_key" "read" {
  arn = awsmedia_ivs_stream_key.k.arn
}
output "key" {
  value     = awsmedia_ivs_stream_key.k.value
  sensitive = true
}
output "read_back" {
  value     = data.awsmedia_ivs_stream_key.read.value
  sensitive = true
}
"""
# What a real stream key looks like (sk_<region>_<random>): none belongs in the docs.
STREAM_KEY = re.compile(r"sk_[a-z]{2}-[a-z]+-\d_[A-Za-z0-9]{12,}")


@contextlib.contextmanager
def backend_process(log: Path) -> Iterator[str]:
    """`awsmedia-local` in its own process on a free port, stopped on leaving; everything it
    printed (stdout and stderr) is in `log` then."""
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "awsmedia_runtime.local", "--port", "0", "--transition-delay", "0"],
            stdout=subprocess.PIPE,
            stderr=sink,
            text=True,
        )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert match, first
        yield match.group(0)
    finally:
        process.terminate()
        rest, _ = process.communicate(timeout=30)
        with log.open("a") as sink:
            sink.write(first + rest)


def _run_stack(root: Path, binary: str, installed: InstalledProvider, endpoint: str) -> tuple[list[str], str]:
    """Every Terraform command's output (TF_LOG=TRACE), and the key's value as IVS gives it."""
    trace = {"TF_LOG": "TRACE"}
    tf = Workspace(
        root / "tf", binary, installed.attach_only_cli_config, endpoint, installed.launcher, extra_env=trace
    )
    seen: list[str] = []
    try:
        tf.write(STACK % "1")
        seen.append(tf.apply().out)
        ivs = boto3_client("ivs", endpoint)
        channel = ivs.list_channels()["channels"][0]["arn"]
        arn = ivs.list_stream_keys(channelArn=channel)["streamKeys"][0]["arn"]
        secret = str(ivs.get_stream_key(arn=arn)["streamKey"]["value"])
        assert secret.startswith("sk_") and len(secret) > 20
        tf.write(STACK % "2")
        seen.append(tf.plan().out)  # refresh, and an in-place change of the key
        seen.append(tf.apply().out)
        seen.append(tf.run("output").out)
        seen.append(tf.run("show").out)
        seen.append(tf.run("state", "rm", "awsmedia_ivs_stream_key.k").out)
        seen.append(tf.import_("awsmedia_ivs_stream_key.k", arn).out)
        # Every request fails: the refresh's error says so, never with the value.
        faults = urllib.request.Request(
            f"{endpoint}/_awsmedia/faults", data=json.dumps({"error_rate": 1}).encode(), method="PUT"
        )
        urllib.request.urlopen(faults, timeout=10).close()
        failed = tf.run("plan", "-input=false", ok_codes=(1,)).out
        assert "Error: " in failed and "injected fault" in failed
        seen.append(failed)
        faults.data = json.dumps({"error_rate": 0}).encode()
        urllib.request.urlopen(faults, timeout=10).close()
        seen.append(tf.destroy().out)
    finally:
        tf.cleanup()
    assert tf.provider is not None
    seen.append(tf.provider.log.read_text())  # the provider's own stderr, at TRACE
    return seen, secret


def test_a_stream_key_value_is_in_no_output_log_or_error(
    tmp_path: Path, terraform_binary: str, installed_provider: InstalledProvider
) -> None:
    backend_log = tmp_path / "backend.log"
    with backend_process(backend_log) as endpoint:
        seen, secret = _run_stack(tmp_path, terraform_binary, installed_provider, endpoint)
    # TRACE logging was on: the provider's calls are in Terraform's log, only not the value.
    assert any("GRPCProvider" in out and "ApplyResourceChange" in out for out in seen)
    for out in seen:
        assert secret not in out
    backend_lines = backend_log.read_text()
    assert "awsmedia local backend on" in backend_lines and secret not in backend_lines
    for page in (ROOT / "generated" / "docs").rglob("*"):
        if page.is_file():
            assert not STREAM_KEY.search(page.read_text(encoding="utf-8")), page
    for example in (ROOT / "examples" / "docs").rglob("*"):
        if example.is_file():
            assert not STREAM_KEY.search(example.read_text(encoding="utf-8")), example
