"""The generator's contract: generated/ equals the model's output, runs are deterministic, and
`check` names stale files."""
from __future__ import annotations

import shutil
import sys
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


def _import_copy(tmp_path: Path, name: str) -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_copy_of_{name}", tmp_path / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_client_tables_load_from_the_data_file_beside_the_module(tmp_path: Path) -> None:
    import json

    from awsmedia_runtime import TablesError

    clients = ROOT / "generated" / "awsmedia" / "clients"
    for suffix in (".py", ".json"):
        shutil.copy(clients / f"ivs{suffix}", tmp_path / f"ivs{suffix}")
    module = _import_copy(tmp_path, "ivs")
    op = module._TABLES.operations["CreateChannel"]  # type: ignore[attr-defined]
    assert (op.method, op.input.name, op.output.name) == ("create_channel", "CreateChannelRequest", "CreateChannelResponse")
    assert op.input.by_attr["latency_mode"].spec.values == ("NORMAL", "LOW")

    # A tables file that names a structure its module does not define fails at import, naming the file and the entry.
    tables = json.loads((tmp_path / "ivs.json").read_text())
    tables["structures"]["Renamed"] = tables["structures"].pop("Channel")
    (tmp_path / "ivs.json").write_text(json.dumps(tables))
    with pytest.raises(TablesError, match=r"ivs\.json: structures\.Renamed: missing 'Renamed'"):
        _import_copy(tmp_path, "ivs")

    (tmp_path / "ivs.json").unlink()
    with pytest.raises(TablesError, match=r"ivs\.json: the file: .*No such file"):
        _import_copy(tmp_path, "ivs")
