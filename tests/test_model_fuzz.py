"""Model fuzzing: random mutations of the real model files either generate cleanly or are refused with
`file:line` problems -- never a traceback, and never a partly written output folder.

Hypothesis draws the mutations (a value replaced by one of another kind, a key deleted or renamed, a
node copied where another was, awkward prose in a description), derandomized and with a fixed number
of examples so that CI sees the same cases every run. AWSMEDIA_FUZZ_EXAMPLES=N searches N fresh
random cases instead, for a longer search on a developer's machine.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from codegen.build import load_path
from codegen.cli import main
from codegen.errors import ModelError
from codegen.generate import ROOT, TARGETS
from codegen.render import Renderer

MODEL_FILES = ("ivs.yaml", "mediapackage-vod.yaml", "mediaconnect.yaml")
EXAMPLES = int(os.environ.get("AWSMEDIA_FUZZ_EXAMPLES", "40"))
# `path:line:column: document.path: message`, as the generator prints every problem.
PROBLEM_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<column>\d+): \S.*: .+$")
PROSE = ("description", "summary", "note", "title")
# Text that a template must carry intact into Python strings, Markdown tables and JSON.
AWKWARD_PROSE = [
    'Ends with a quote"',
    "Triple quotes \"\"\" and ''' inside",
    "Back\\slash at the end \\",
    "A | pipe, `backticks` and <b>markup</b>",
    "{{ jinja }} {% raw %} {#",
    "Line one\n\nLine two\n- a list item",
    "Tab\there and a bell \x07",
    "Ünïcödé — “quotes” and emoji 🎬",
    "",
]

Tree = Any
DocPath = tuple[str | int, ...]
Draw = Callable[..., Any]


def _paths(node: Tree, at: DocPath = ()) -> Iterator[DocPath]:
    yield at
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, at + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, at + (i,))


def _at(doc: Tree, path: DocPath) -> Tree:
    for part in path:
        doc = doc[part]
    return doc


def _names(doc: Tree) -> list[str]:
    """Names the model refers to (shapes, operations, errors): a mutation that swaps one for another
    reaches deeper than random text, into the cross-reference checks."""
    out: list[str] = []
    for section in ("shapes", "operations", "errors", "resources"):
        if isinstance(doc.get(section), dict):
            out.extend(doc[section])
    return out


def _scalars(names: list[str]) -> st.SearchStrategy[Any]:
    name = st.sampled_from(names)
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(["", "TODO", "string", "integer", "timestamp", "blob", "structure", "enum", "list"]),
        name,
        name.map(lambda n: f"list<{n}>"),
        name.map(lambda n: f"map<string, {n}>"),
        st.sampled_from(["list<", "map<integer, string>", "list<list<string>>", "map<string>", "{region}"]),
        st.sampled_from(
            ["a.b.c", "Missing.Path", "[0]", "arn:aws:ivs:{region}:{account}:x/{hex99}", "{nope}"]
        ),
    )


def _values(names: list[str]) -> st.SearchStrategy[Any]:
    leaf = _scalars(names)
    return st.one_of(
        leaf,
        st.lists(leaf, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=8), st.sampled_from(names)), leaf, max_size=3),
    )


def _mutate(draw: Draw, doc: Tree) -> None:
    """One mutation, drawn step by step so that a failure report lists exactly what was done."""
    names = _names(doc)
    paths = [p for p in _paths(doc) if p]
    # Descriptions are most of the nodes; they get their own mutation so the others get the draws.
    if draw(st.integers(0, 4), label="prose?") == 0:
        where = draw(st.sampled_from([p for p in paths if p[-1] in PROSE]), label="prose at")
        _at(doc, where[:-1])[where[-1]] = draw(st.sampled_from(AWKWARD_PROSE), label="prose")
        return
    where = draw(st.sampled_from([p for p in paths if p[-1] not in PROSE]), label="where")
    parent = _at(doc, where[:-1])
    last = where[-1]
    kind = draw(st.sampled_from(["replace", "replace", "delete", "rename", "copy", "empty"]), label="kind")
    if kind == "replace":
        parent[last] = draw(_values(names), label="value")
    elif kind == "delete":
        del parent[last]
    elif kind == "rename" and isinstance(parent, dict):
        new_key = draw(st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=8)), label="new key")
        parent[new_key] = parent.pop(last)
    elif kind == "copy":
        # Another node of the same document here: a shape where a member was, and so on.
        parent[last] = copy.deepcopy(_at(doc, draw(st.sampled_from(paths), label="copied from")))
    elif kind == "empty":
        parent[last] = type(parent[last])() if isinstance(parent[last], (dict, list, str)) else None


@functools.cache
def _original(name: str) -> Tree:
    return yaml.load((ROOT / "model" / name).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The model folder copied (history points included), so a mutant sits where its file lives."""
    folder = tmp_path_factory.mktemp("fuzz") / "model"
    shutil.copytree(ROOT / "model", folder)
    return folder


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    """One template environment for every example (each generate run builds its own)."""
    return Renderer(ROOT / "templates")


def _assert_located(exc: ModelError, mutant_file: Path) -> None:
    assert exc.problems, "a ModelError with no problem in it"
    for line in str(exc).splitlines():
        match = PROBLEM_LINE.match(line)
        assert match, f"not a `file:line:column: path: message` problem: {line!r}"
        assert int(match["line"]) >= 1
        # Every problem is in the mutated file or in a history point it names.
        assert Path(match["file"]).name == mutant_file.name or "history" in match["file"], line


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="AWSMEDIA_FUZZ_EXAMPLES" not in os.environ,
    database=None,
    # A failing case is reported as drawn: shrinking would re-render the model hundreds of times.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_mutated_model_loads_or_names_file_and_line(
    model_copy: Path, renderer: Renderer, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(MODEL_FILES), label="file")
    doc = copy.deepcopy(_original(name))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        _mutate(data.draw, doc)
    target = model_copy / name
    text = yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=200)
    target.write_text(text, encoding="utf-8")
    try:
        try:
            model = load_path(target)
        except ModelError as exc:
            _assert_located(exc, target)
            return
        # The model was accepted: every target renders it, every Python file it makes compiles and
        # every JSON table parses (black only reflows what compiles; the CLI test below runs it).
        for render in TARGETS.values():
            for path, source in render(model, renderer).items():
                if path.endswith(".py"):
                    compile(source, path, "exec")
                elif path.endswith(".json"):
                    json.loads(source)
    finally:
        shutil.copy(ROOT / "model" / name, target)


def _tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(path.relative_to(root).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_refused_mutant_leaves_output_folder_as_it_was(
    model_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command itself: exit 2, every problem as `file:line`, the output tree unchanged."""
    out = tmp_path / "generated"
    (out / "awsmedia").mkdir(parents=True)
    (out / "awsmedia" / "__init__.py").write_text("# from an earlier run\n", encoding="utf-8")
    before = _tree_digest(out)
    target = model_copy / "ivs.yaml"
    doc = copy.deepcopy(_original("ivs.yaml"))
    doc["shapes"]["Channel"]["members"]["latencyMode"]["type"] = "NoSuchShape"
    target.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    try:
        code = main(["generate", "--model", str(model_copy), "--out", str(out)])
    finally:
        shutil.copy(ROOT / "model" / "ivs.yaml", target)
    err = capsys.readouterr().err
    assert code == 2
    problems = err.splitlines()[1:]
    assert problems and all(PROBLEM_LINE.match(line) for line in problems), err
    assert "NoSuchShape" in err
    assert _tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]  # no staging folder left behind
