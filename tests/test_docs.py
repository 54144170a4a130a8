"""The reference docs (generated/docs/, from the docs target): every page the IR calls for exists,
every example runs (Terraform examples through the real terraform against the provider, the
getting-started guide applied against the local backend, client examples against the local
backend), the site builds with `mkdocs build --strict` with every internal link and anchor
resolving, and a real headless browser renders a resource page's schema table and finds a
resource with the site's search."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from awsmedia_runtime.naming import snake

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "generated" / "docs"
EXAMPLES = ROOT / "examples" / "docs"


def terraform_types(model: Any) -> tuple[list[str], list[str]]:
    """Resource and data source type names, from the IR."""
    resources = [f"{s.terraform_prefix}_{snake(r.name)}" for s in model.services for r in s.resources]
    data = [f"{s.terraform_prefix}_{name}" for s in model.services for name in s.data_sources]
    return resources, data


def short(type_name: str) -> str:
    return type_name[len("awsmedia_") :]


# -- pages ----------------------------------------------------------------------------------------------------


def test_every_resource_data_source_and_operation_has_its_page(model: Any) -> None:
    resources, data = terraform_types(model)
    constructs = "".join(p.read_text() for p in (ROOT / "generated" / "awsmedia" / "constructs").glob("*.py"))
    for kind, names in (("resources", resources), ("data-sources", data)):
        for name in names:
            page = (DOCS / kind / f"{short(name)}.md").read_text()
            assert page.startswith(f'---\npage_title: "{name} '), page[:200]
            assert "## Example Usage" in page and "## Schema" in page, name
            assert (EXAMPLES / kind / f"{name}.tf").is_file(), f"{name} has no example"
            if kind == "resources":
                assert "## Import" in page and "## API operations" in page, name
            construct = re.search(r"`awsmedia\.constructs\.(\w+)\(scope, id", page)
            assert construct and f"class {construct[1]}(" in constructs, name
    for svc in model.services:
        client = (DOCS / "clients" / f"{svc.name}.md").read_text()
        for op in svc.operations:
            assert f"### {op.python_name} {{#{op.python_name}}}" in client, op.name
        for w in svc.waiters:
            assert f"### {w.python_name} {{#{w.python_name}}}" in client, w.name
        assert (EXAMPLES / "clients" / f"{svc.module}.py").is_file(), f"{svc.name} has no client example"
    index = (DOCS / "index.md").read_text()
    assert all(
        f"]({'resources' if n in resources else 'data-sources'}/{short(n)}.md)" in index
        for n in resources + data
    )


def test_pages_give_the_words_of_the_provider_schema(installed_provider: Any) -> None:
    """An attribute's row holds the facts the provider's schema description gives (one wording)."""
    from tf.gen import tfplugin_pb2 as pb

    from awsmedia.provider import SERVICES
    from awsmedia_runtime.provider.servicer import ProviderServicer

    schema = ProviderServicer("awsmedia", SERVICES).GetProviderSchema(pb.GetProviderSchema.Request(), None)
    [latency] = [
        a
        for a in schema.resource_schemas["awsmedia_ivs_channel"].block.attributes
        if a.name == "latency_mode"
    ]
    row = next(
        line
        for line in (DOCS / "resources" / "ivs_channel.md").read_text().splitlines()
        if "`latency_mode`" in line
    )
    details = row.rsplit("|", 2)[1].strip().split("<br>")
    assert details and " ".join(details) in latency.description
    assert "Allowed values: `NORMAL`, `LOW`." in details and "API member: `latencyMode`." in details


# -- examples -------------------------------------------------------------------------------------------------


def terraform_examples() -> list[Path]:
    return sorted(EXAMPLES.rglob("*.tf"))


def validation_root(root: Path, examples: list[Path]) -> list[str]:
    """One Terraform configuration holding every example as a module of its own: one init and one
    validate check them all. Returns the module names."""
    required = (
        'terraform {\n  required_providers {\n    awsmedia = { source = "awsmedia/awsmedia" }\n  }\n}\n'
    )
    names = []
    calls = [required]
    for path in examples:
        name = re.sub(r"[^a-z0-9_]", "_", path.relative_to(EXAMPLES).with_suffix("").as_posix().lower())
        module = root / name
        module.mkdir(parents=True)
        (module / "example.tf").write_text(path.read_text())
        if "required_providers" not in path.read_text():
            (module / "versions.tf").write_text(required)
        calls.append(f'module "{name}" {{\n  source = "./{name}"\n}}\n')
        names.append(name)
    (root / "main.tf").write_text("\n".join(calls))
    return names


def test_every_terraform_example_validates(tmp_path: Path, installed_provider: Any) -> None:
    from tfharness import Workspace

    examples = terraform_examples()
    assert len(examples) >= 25
    ws = Workspace(
        tmp_path / "tf",
        sys_terraform(),
        installed_provider.attach_only_cli_config,
        "http://127.0.0.1:9",  # validate calls no service
        launcher=installed_provider.launcher,
    )
    try:
        validation_root(ws.root, examples)
        ws.init()
        result = ws.run("validate", "-json")
        assert json.loads(result.out[result.out.index("{") :])["valid"], result.out
        # A planted mistake is found, and named with its module: the batch checks every example.
        bad = ws.root / "planted"
        bad.mkdir()
        (bad / "example.tf").write_text(
            'terraform {\n  required_providers {\n    awsmedia = { source = "awsmedia/awsmedia" }\n  }\n}\n'
            'resource "awsmedia_ivs_channel" "x" {\n  latency_mode = "FAST"\n}\n'
        )
        with (ws.root / "main.tf").open("a") as main:
            main.write('module "planted" {\n  source = "./planted"\n}\n')
        ws.run("init", "-input=false")
        failed = ws.run("validate", ok_codes=(1,))
        assert "latency_mode" in failed.out and "FAST" in failed.out and "planted" in failed.out, failed.out
    finally:
        ws.cleanup()


def sys_terraform() -> str:
    from tfharness import terraform_binaries

    return terraform_binaries()[0]


def test_getting_started_guide_applies(tmp_path: Path, installed_provider: Any, local_endpoint: str) -> None:
    """The guide's configuration, exactly as the guide shows it, applied against the local backend."""
    from tfharness import Workspace, assert_clean

    text = (EXAMPLES / "guides" / "getting-started.tf").read_text()
    assert text.strip() in (DOCS / "guides" / "getting-started.md").read_text()
    ws = Workspace(
        tmp_path / "tf",
        sys_terraform(),
        installed_provider.attach_only_cli_config,
        local_endpoint,
        launcher=installed_provider.launcher,
    )
    ws.env["TF_VAR_endpoint"] = local_endpoint
    try:
        (ws.root / "main.tf").write_text(text)
        ws.apply()
        playback = ws.run("output", "-raw", "playback_url").out
        assert playback.startswith("https://") and playback.endswith(".m3u8"), playback
        assert_clean(ws)
        ws.destroy()
    finally:
        ws.cleanup()


def client_examples() -> list[Path]:
    return sorted((EXAMPLES / "clients").glob("*.py"))


@pytest.mark.parametrize("example", client_examples(), ids=lambda p: p.stem)
def test_client_example_runs(example: Path, local_endpoint: str) -> None:
    assert (
        example.read_text().strip() in (DOCS / "clients" / f"{example.stem.replace('_', '-')}.md").read_text()
    )
    env = {**os.environ, "AWSMEDIA_ENDPOINT": local_endpoint}
    env.pop("AWS_ACCESS_KEY_ID", None)  # as a reader runs it: no credentials needed on 127.0.0.1
    env.pop("AWS_SECRET_ACCESS_KEY", None)
    done = subprocess.run(
        [sys.executable, str(example)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- the site -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as CI builds it: strict, so a warning (a broken link or anchor) fails it."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(ROOT / "generated" / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name == "href" and value and tag == "a":
                self.hrefs.append(value)


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    pages = {}
    for html in site.rglob("*.html"):
        if html.name == "404.html":  # served for any missing path, so its links start at the server's root
            continue
        parsed = _Links()
        parsed.feed(html.read_text(encoding="utf-8"))
        pages[html] = parsed
    checked = 0
    for html, parsed in pages.items():
        for href in parsed.hrefs:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith("mailto:"):
                continue
            target = (html.parent / unquote(url.path)).resolve() if url.path else html
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{html.relative_to(site)}: {href} leads nowhere"
            if url.fragment and target.suffix == ".html" and target.name != "404.html":
                assert url.fragment in pages[target].ids, f"{html.relative_to(site)}: no anchor for {href}"
            checked += 1
    assert checked > 1000, checked


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1 (search fetches its index, which file:// would refuse)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_browser_renders_a_schema_table_and_search_finds_a_resource(served: str) -> None:
    from browser import Browser, chromium

    binary = chromium()
    assert binary, "Debian's chromium is needed (.ci/run installs it: apt-get install chromium)"
    browser = Browser(binary)
    try:
        browser.open(f"{served}/resources/mediaconnect_flow.html")
        assert browser.wait_for("document.readyState === 'complete'")
        # The Optional table of the schema: laid out by the browser (it has a height), with its rows.
        rows = browser.wait_for(
            "[...document.querySelectorAll('article table')]"
            ".filter(t => t.offsetHeight > 0 && t.rows[0].innerText.startsWith('Name'))"
            ".flatMap(t => [...t.rows].slice(1).map(r => r.cells[0].innerText))"
        )
        assert "name" in rows and "source" in rows and "source_failover_config" in rows, rows
        link = browser.evaluate("document.querySelector('a[href=\"#nestedblock--source\"]') !== null")
        assert link and browser.evaluate("document.getElementById('nestedblock--source') !== null")

        browser.open(f"{served}/index.html")
        assert browser.wait_for("document.readyState === 'complete'")
        browser.evaluate("document.querySelector('[data-md-component=search-query]').focus()")
        browser.type("awsmedia_ivs_stream_key")
        found = browser.wait_for(
            "[...document.querySelectorAll('.md-search-result__item > a')]"
            ".map(a => new URL(a.href).pathname).filter(p => p === '/resources/ivs_stream_key.html')"
        )
        assert found, browser.evaluate("document.querySelector('.md-search-result').innerText")
    finally:
        browser.close()
