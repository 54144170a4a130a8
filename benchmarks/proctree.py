"""Peak memory and CPU of a child process and everything it starts, read from outside through /proc
(Linux), so that the measured program needs no code of its own for it.

    with TreeSampler(proc.pid) as tree:
        proc.wait()
    tree.peak_rss        # the largest sum of VmRSS over the tree seen in one sample
    tree.peak_by_pid     # each process's own peak (VmHWM, the kernel's high-water mark), by pid
    tree.exe_by_pid      # the program each process last ran (/proc/<pid>/exe), by pid
    tree.private_by_pid  # each process's peak private memory (pages no other process maps), by pid
    tree.cpu_by_pid      # each process's CPU seconds (user and system) at its last sample, by pid

VmHWM is kept by the kernel, so a process's own peak is exact up to its last sample (a process
that lives shorter than one interval may be missed; it is then also small). The sum over the tree
is only as good as the sampling (a peak between two samples is missed), and it counts a page that
forked workers share with their parent once in each: for them, their private memory says what
they add.
"""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path
from types import TracebackType

_TICK = os.sysconf("SC_CLK_TCK")


def _status_kb(pid: int, fields: tuple[str, ...], table: str = "status") -> dict[str, int]:
    """Fields of /proc/<pid>/status (or another table of "name: value kB" lines), in bytes."""
    found: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/{table}").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in fields:
            found[name] = int(value.split()[0]) * 1024
    return found


def descendants(pid: int) -> list[int]:
    """The process and all its descendants that are alive now."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            children = [
                int(c)
                for task in Path(f"/proc/{p}/task").iterdir()
                for c in (task / "children").read_text().split()
            ]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue  # gone since its parent listed it
        found.append(p)
        todo += children
    return found


def peak_of(pid: int) -> int:
    """A live process's own peak resident memory so far (VmHWM), in bytes; 0 once it is gone."""
    try:
        return _status_kb(pid, ("VmHWM",)).get("VmHWM", 0)
    except (FileNotFoundError, ProcessLookupError):
        return 0


def children_cpu() -> float:
    """CPU seconds (user and system) of every finished child process of this one and of their
    descendants that were waited for: take the difference around a run."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class TreeSampler:
    """Samples a process tree from a thread every `interval` seconds until the block ends."""

    def __init__(self, pid: int, interval: float = 0.005):
        self.pid = pid
        self.interval = interval
        self.peak_rss = 0
        self.peak_by_pid: dict[int, int] = {}
        self.exe_by_pid: dict[int, str] = {}
        self.private_by_pid: dict[int, int] = {}
        self.cpu_by_pid: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        total = 0
        for p in descendants(self.pid):
            try:
                status = _status_kb(p, ("VmRSS", "VmHWM"))
                private = sum(_status_kb(p, ("Private_Clean", "Private_Dirty"), "smaps_rollup").values())
                self.exe_by_pid[p] = os.readlink(f"/proc/{p}/exe")
                stat = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
                self.cpu_by_pid[p] = (int(stat[11]) + int(stat[12])) / _TICK
            except (FileNotFoundError, ProcessLookupError):
                continue
            total += status.get("VmRSS", 0)
            self.peak_by_pid[p] = max(self.peak_by_pid.get(p, 0), status.get("VmHWM", 0))
            self.private_by_pid[p] = max(self.private_by_pid.get(p, 0), private)
        self.peak_rss = max(self.peak_rss, total)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeSampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()
