"""The CDKTF example end to end, with the library AWSMEDIA_CDK names (scripts/test.sh runs this module
with cdktf and with cdktn): synthesized by `python main.py`, then terraform 1.0.3 with the offline
mirror: init, apply against the local backend, a plan with no changes, destroy."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tfharness import Workspace

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from awsmedia.constructs import IvsChannel, IvsStreamKey, cdk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_the_example_deploys_converges_and_is_destroyed(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "terraform_demo.py"), "--cdktf", "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Apply complete! Resources: 11 added, 0 changed, 0 destroyed." in out
    assert "No changes." in out
    assert "Destroy complete! Resources: 11 destroyed." in out
    # What was created, as the outputs read it through references into resources and nested blocks.
    assert re.search(r'flow_ingest_ip = "\d+\.\d+\.\d+\.\d+"', out), out
    assert re.search(r'playback_url = "https://\S+\.m3u8"', out), out
    assert "stream_key = <sensitive>" in out
    for package, manifest in (("hls", "index.m3u8"), ("dash", "index.mpd"), ("cmaf", "index.m3u8")):
        assert f"/final-match/replays-{package}/{manifest}" in out
    stack = json.loads((tmp_path / "app" / "cdktf.out" / "stacks" / "media" / "cdk.tf.json").read_text())
    assert stack["//"]["metadata"]["version"] == {"cdktf": "0.21.0", "cdktn": "0.24.0"}[cdk.__name__]


def test_an_output_of_a_sensitive_attribute_must_say_so(tf: Workspace) -> None:
    app = cdk.App()
    stack = cdk.TerraformStack(app, "keys")
    key = IvsStreamKey(stack, "key", channel_arn=IvsChannel(stack, "live", name="news").arn)
    cdk.TerraformOutput(stack, "key_value", value=key.value)
    synthesized = json.loads(cdk.Testing.synth(stack))
    tf.write("")  # the provider block, sending every service to the local backend
    body = {"resource": synthesized["resource"], "output": synthesized["output"]}
    (tf.root / "stack.tf.json").write_text(json.dumps(body))
    assert "Output refers to sensitive values" in tf.plan_fails().out
    body["output"]["key_value"]["sensitive"] = True
    (tf.root / "stack.tf.json").write_text(json.dumps(body))
    tf.apply()
    assert tf.resource("awsmedia_ivs_stream_key.key")["value"].startswith("sk_")
    assert "key_value = <sensitive>" in tf.run("output").out
