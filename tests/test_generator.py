"""The generator's contract: generated/ equals the model's output, runs are deterministic, and
`check` names stale files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.generate import diff_tree, produce, read_tree

from .conftest import ROOT


def test_committed_tree_is_up_to_date() -> None:
    files = produce(ROOT / "model", ROOT / "templates")
    assert diff_tree(files, ROOT / "generated") == []


def test_output_is_deterministic() -> None:
    first = produce(ROOT / "model", ROOT / "templates")
    second = produce(ROOT / "model", ROOT / "templates")
    assert first == second
    assert set(first) >= {"awsmedia/clients/mediaconnect.py", "awsmedia/clients/mediapackage_vod.py", "awsmedia/clients/ivs.py", "awsmedia/py.typed"}


def test_check_lists_stale_and_extra_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    assert main(["check", "--out", str(out)]) == 0
    target = out / "awsmedia" / "clients" / "ivs.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    (out / "awsmedia" / "stray.py").write_text("")
    assert main(["check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "awsmedia/clients/ivs.py" in err and "awsmedia/stray.py" in err
    assert "mediaconnect.py" not in err


def test_generate_replaces_the_tree(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    (out / "awsmedia").mkdir(parents=True)
    (out / "awsmedia" / "old.py").write_text("")
    assert main(["generate", "--out", str(out)]) == 0
    assert read_tree(out) == read_tree(ROOT / "generated") or diff_tree(produce(ROOT / "model", ROOT / "templates"), out) == []
    assert not (out / "awsmedia" / "old.py").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["generated"]  # no staging or backup trees left


def test_model_change_changes_clients(tmp_path: Path) -> None:
    """Regenerating after an API change updates the client: a new enum value becomes accepted."""
    model = tmp_path / "model"
    shutil.copytree(ROOT / "model", model)
    text = (model / "ivs.yaml").read_text()
    (model / "ivs.yaml").write_text(text.replace("    - NORMAL\n    - LOW\n", "    - NORMAL\n    - LOW\n    - ULTRA\n", 1))
    files = produce(model, ROOT / "templates")
    assert 'ChannelLatencyMode = Literal["NORMAL", "LOW", "ULTRA"]' in files["awsmedia/clients/ivs.py"]
