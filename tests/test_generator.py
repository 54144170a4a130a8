"""The generator's contract: generated/ equals the model's output, runs are deterministic, and
`check` names stale files."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.generate import diff_tree, format_files, produce, read_tree

from .conftest import ROOT


def test_committed_tree_is_up_to_date() -> None:
    files = produce(ROOT / "model", ROOT / "templates")
    assert diff_tree(files, ROOT / "generated") == []


def test_output_is_deterministic() -> None:
    first = produce(ROOT / "model", ROOT / "templates")
    second = produce(ROOT / "model", ROOT / "templates")
    assert first == second
    assert set(first) >= {
        "awsmedia/clients/mediaconnect.py",
        "awsmedia/clients/mediapackage_vod.py",
        "awsmedia/clients/ivs.py",
        "awsmedia/py.typed",
    }


def test_formatting_hands_the_garbage_collector_back_unfrozen_even_after_a_bad_file() -> None:
    # The model is frozen out of the collector's reach only while black's workers run.
    with pytest.raises(RuntimeError, match="broken.py is not valid Python"):
        format_files({"ok.py": "x=1\n", "broken.py": "def (:\n"})
    assert gc.get_freeze_count() == 0
    assert format_files({"ok.py": "x=1\n", "two.py": "y=[1,\n2]\n"}) == {
        "ok.py": "x = 1\n",
        "two.py": "y = [1, 2]\n",
    }
    assert gc.get_freeze_count() == 0


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
    assert (
        read_tree(out) == read_tree(ROOT / "generated")
        or diff_tree(produce(ROOT / "model", ROOT / "templates"), out) == []
    )
    assert not (out / "awsmedia" / "old.py").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["generated"]  # no staging or backup trees left


def test_model_change_changes_clients(tmp_path: Path) -> None:
    """Regenerating after an API change updates the client: a new enum value becomes accepted."""
    model = tmp_path / "model"
    shutil.copytree(ROOT / "model", model)
    text = (model / "ivs.yaml").read_text()
    (model / "ivs.yaml").write_text(
        text.replace("    - NORMAL\n    - LOW\n", "    - NORMAL\n    - LOW\n    - ULTRA\n", 1)
    )
    files = produce(model, ROOT / "templates")
    assert 'ChannelLatencyMode = Literal["NORMAL", "LOW", "ULTRA"]' in files["awsmedia/clients/ivs.py"]


def test_shared_tables_load_once_for_every_target_and_a_broken_file_says_where(tmp_path: Path) -> None:
    import json

    from awsmedia.clients.ivs import IvsClient
    from awsmedia_runtime import TablesError
    from awsmedia_runtime.local.tables import load_tables
    from awsmedia_runtime.tables import read_tables, service_tables

    shared = service_tables("ivs")
    op = shared.operations["CreateChannel"]
    assert (op.method, op.input.name, op.output.name) == ("create_channel", "CreateChannelRequest", "CreateChannelResponse")  # type: ignore[union-attr]
    assert op.input.by_python["latency_mode"].type.values == ("NORMAL", "LOW")  # type: ignore[union-attr, attr-defined]
    # The client and the local backend hold the very objects service_tables gives the provider.
    assert IvsClient.tables is shared and load_tables()["ivs"].operations["CreateChannel"] is op

    file = ROOT / "generated" / "awsmedia" / "shapes" / "ivs.json"
    tables = json.loads(file.read_text())
    tables["shapes"]["Channel"]["members"]["latencyMode"]["type"] = "NoSuchShape"
    (tmp_path / "ivs.json").write_text(json.dumps(tables))
    with pytest.raises(TablesError, match=r"ivs\.json: shapes\.Channel: unknown scalar type 'NoSuchShape'"):
        read_tables(tmp_path / "ivs.json")
    with pytest.raises(TablesError, match=r"missing\.json: cannot be read: .*No such file"):
        read_tables(tmp_path / "missing.json")
