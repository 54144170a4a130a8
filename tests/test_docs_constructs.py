"""The CDKTF examples of the reference docs (examples/docs/<kind>/<type>.py), with the library
AWSMEDIA_CDK names (scripts/test.sh runs this module with cdktf and with cdktn): every resource
and data source page shows one, each synthesizes (all of them in one app, so one jsii process),
its JSON has the names and nesting of the provider's schema as `terraform providers schema -json`
serves it, and terraform validates all of them, outputs included, as modules of one configuration.
And the construct reference: every construct class has its section, linked from its page."""

from __future__ import annotations

import inspect
import json
import os
import re
import runpy
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tfharness import Workspace, matches_schema, terraform_binaries

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import awsmedia.constructs as constructs  # noqa: E402  (after the variable that quiets jsii's banner)
from awsmedia.constructs import cdk  # noqa: E402
from awsmedia_runtime.constructs import DataSource, Resource  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "generated" / "docs"
EXAMPLES = ROOT / "examples" / "docs"
KINDS = {"resources": "resource", "data-sources": "data"}  # folder -> the key of the synthesized JSON
# Terraform's own arguments every construct takes (documented once, on the construct reference's
# index), which no provider schema holds.
META_ARGUMENTS = {"depends_on", "count", "for_each", "provider", "lifecycle"}
# Every class the package offers (getattr loads a service's module on first use, as a user's import does).
CLASSES = {
    name: cls
    for name, cls in ((n, getattr(constructs, n)) for n in dir(constructs))
    if isinstance(cls, type) and issubclass(cls, (Resource, DataSource)) and cls not in (Resource, DataSource)
}


def pages(model: Any) -> list[tuple[str, str]]:
    """(folder, Terraform type) of every resource and data source page, from the IR."""
    from test_docs import terraform_types

    resources, data = terraform_types(model)
    return [("resources", t) for t in resources] + [("data-sources", t) for t in data]


def page_of(folder: str, type_name: str) -> str:
    return (DOCS / folder / f"{type_name.removeprefix('awsmedia_')}.md").read_text()


def test_every_page_shows_its_cdktf_example(model: Any) -> None:
    for folder, type_name in pages(model):
        example = EXAMPLES / folder / f"{type_name}.py"
        assert example.is_file(), f"{folder}/{type_name} has no CDKTF example"
        assert example.read_text().strip() in page_of(folder, type_name), type_name


def test_every_construct_has_its_reference_section_linked_from_its_page(model: Any) -> None:
    for folder, type_name in pages(model):
        [cls] = [
            c
            for c in CLASSES.values()
            if c._spec.type_name == type_name and issubclass(c, Resource) == (folder == "resources")
        ]
        link = re.search(r"\]\(\.\./constructs/([\w-]+)\.md#(\w+)\)", page_of(folder, type_name))
        assert link and link[2] == cls.__name__.lower(), type_name
        reference = (DOCS / "constructs" / f"{link[1]}.md").read_text()
        assert f"## {cls.__name__} {{#{link[2]}}}" in reference, cls.__name__
        section = reference.split(f"## {cls.__name__} {{#", 1)[1].split("\n## ", 1)[0]
        for p in inspect.signature(cls.__init__).parameters.values():
            if p.kind == p.KEYWORD_ONLY and p.name not in META_ARGUMENTS:
                assert f"| `{p.name}` |" in section, f"{cls.__name__}: {p.name}"
    assert "## AwsmediaProvider {#awsmediaprovider}" in (DOCS / "constructs" / "index.md").read_text()


@pytest.fixture(scope="module")
def synthesized(model: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """Every example's stack (the one TerraformStack class it defines), synthesized in one app."""
    app = cdk.App()
    found = {}
    for folder, type_name in pages(model):
        defined = runpy.run_path(str(EXAMPLES / folder / f"{type_name}.py"), run_name="docs_example")
        [stack_class] = [
            v
            for v in defined.values()
            if isinstance(v, type) and issubclass(v, cdk.TerraformStack) and v.__module__ == "docs_example"
        ]
        stack = stack_class(app, f"{folder}-{type_name}")
        found[(folder, type_name)] = json.loads(cdk.Testing.synth(stack))
    return found


def test_cdktf_examples_synthesize_to_the_provider_schema(
    synthesized: dict[tuple[str, str], dict[str, Any]], installed_provider: Any, tmp_path: Path
) -> None:
    ws = Workspace(
        tmp_path / "tf",
        terraform_binaries()[0],
        installed_provider.attach_only_cli_config,
        "http://127.0.0.1:9",  # schema and validate call no service
        launcher=installed_provider.launcher,
    )
    try:
        calls = []
        for (folder, type_name), stack in synthesized.items():
            # What the page is about is in its example.
            assert type_name in stack.get(KINDS[folder], {}), f"{folder}/{type_name}.py has no {type_name}"
            module = f"{KINDS[folder]}_{type_name}"
            (ws.root / module).mkdir()
            body = {k: v for k, v in stack.items() if k != "terraform"}
            body["terraform"] = {"required_providers": stack["terraform"]["required_providers"]}
            (ws.root / module / "cdk.tf.json").write_text(json.dumps(body))
            calls.append(f'module "{module}" {{\n  source = "./{module}"\n}}\n')
        (ws.root / "main.tf").write_text("\n".join(calls))
        ws.init()
        # (Workspace.run puts -no-color after the first word; `providers schema` takes two.)
        shown = subprocess.run(
            [ws.binary, "providers", "schema", "-json"],
            cwd=ws.root,
            env=ws.env,
            capture_output=True,
            text=True,
        )
        assert shown.returncode == 0, shown.stderr
        schema = json.loads(shown.stdout)
        served = schema["provider_schemas"]["registry.terraform.io/awsmedia/awsmedia"]
        problems = []
        for (folder, type_name), stack in synthesized.items():
            for section, key in (("resource", "resource_schemas"), ("data", "data_source_schemas")):
                for t, items in stack.get(section, {}).items():
                    for name, item in items.items():
                        at = f"{folder}/{type_name}.py: {t}.{name}"
                        configured = {k: v for k, v in item.items() if k not in META_ARGUMENTS}
                        problems += matches_schema(served[key][t]["block"], configured, at, complete=False)
        assert problems == []
        # Terraform takes every example as synthesized: types, references and outputs' expressions.
        result = ws.run("validate", "-json")
        assert json.loads(result.out[result.out.index("{") :])["valid"], result.out
    finally:
        ws.cleanup()
