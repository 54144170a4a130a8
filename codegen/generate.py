"""Render every target from the model, format with black, and write atomically."""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import black

# Where black defines them: its top level re-exports these only implicitly.
from black.mode import TargetVersion
from black.parsing import InvalidInput

from awsmedia_runtime import VERSION

from .build import load_path
from .ir import Model
from .render import Renderer
from .targets import changelog, clients, constructs, docs, local, provider, shapes

ROOT = Path(__file__).resolve().parent.parent
# Each target maps the IR to {path relative to generated/: source text}.
TARGETS: dict[str, Callable[[Model, Renderer], dict[str, str]]] = {
    "shapes": shapes.render,
    "clients": clients.render,
    "local": local.render,
    "provider": provider.render,
    "changelog": changelog.render,
    "constructs": constructs.render,
    "docs": docs.render,
}


@dataclass
class Timings:
    """Seconds spent in each stage of one run (for the benchmark)."""

    load: float = 0.0
    render: float = 0.0
    format: float = 0.0
    write: float = 0.0

    @property
    def total(self) -> float:
        return self.load + self.render + self.format + self.write


def render_all(model: Model, template_dir: Path) -> dict[str, str]:
    renderer = Renderer(template_dir)
    files: dict[str, str] = {
        "awsmedia/__init__.py": renderer.render(
            "package/__init__.py.j2", services=model.services, version=VERSION
        ),
        "awsmedia/py.typed": "",
    }
    for target in TARGETS.values():
        files.update(target(model, renderer))
    return files


_MODE = black.Mode(line_length=110, target_versions={TargetVersion.PY311})


def _black(item: tuple[str, str]) -> str:
    path, text = item
    try:
        return black.format_str(text, mode=_MODE)
    except InvalidInput as exc:  # a template bug, not a model bug: say which file
        raise RuntimeError(f"generated {path} is not valid Python: {exc}") from None


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Run black over every Python file, spread over the machine's cores: black's time is most of a
    regeneration, and on two cores this takes a third off the wall time of the real model."""
    python = sorted(
        ((path, text) for path, text in files.items() if path.endswith(".py")), key=lambda kv: -len(kv[1])
    )
    workers = min(os.cpu_count() or 1, 4)
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        # fork: the children inherit the imported black, so the pool starts in milliseconds. Largest
        # files first, so that the longest job does not start last. They inherit the model too: frozen,
        # it is out of their garbage collector's reach, which would otherwise walk all of it again and
        # again (a fifth more CPU for black at 10 times the real model) and copy every page it touches.
        gc.freeze()
        try:
            with concurrent.futures.ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork")
            ) as pool:
                formatted = dict(zip((path for path, _ in python), pool.map(_black, python)))
        finally:
            gc.unfreeze()
    else:
        formatted = {path: _black((path, text)) for path, text in python}
    return dict(sorted({**files, **formatted}.items()))


def produce(model_path: Path, template_dir: Path, timings: Timings | None = None) -> dict[str, str]:
    """Everything `generated/` should contain, in memory; `model_path` is a folder of service files or one file."""
    t = timings or Timings()
    start = time.perf_counter()
    model = load_path(model_path)
    t.load = time.perf_counter() - start
    start = time.perf_counter()
    files = render_all(model, template_dir)
    t.render = time.perf_counter() - start
    start = time.perf_counter()
    files = format_files(files)
    t.format = time.perf_counter() - start
    return files


def read_tree(root: Path) -> dict[str, str]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def diff_tree(files: dict[str, str], out_dir: Path) -> list[str]:
    """Paths whose content differs between `files` and the tree on disk (added, changed or extra)."""
    current = read_tree(out_dir)
    return sorted(p for p in set(files) | set(current) if files.get(p) != current.get(p))


def write_tree(files: dict[str, str], out_dir: Path) -> None:
    """Replace out_dir with exactly `files`: written to a sibling temp dir first, then swapped in."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        if out_dir.exists():
            os.replace(out_dir, old)
        os.replace(staging, out_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
