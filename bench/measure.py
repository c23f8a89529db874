"""Wall time and peak memory of one subprocess, and words counted the same way for every tool."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

WORD_COUNT_METHOD = "whitespace-separated words (str.split) of the .txt files, primaries included"
# How often the process tree's memory is sampled: often enough for runs of seconds, rarely
# enough that reading /proc (at 0.2 s, ~13% of a core) does not slow the run it measures.
SAMPLE_SECONDS = 0.5
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measured:
    """One finished (or killed) subprocess."""

    seconds: float
    peak_rss: int  # bytes
    peak_pss: int  # bytes; 0 where the kernel does not report it
    exit_code: int
    stopped: str | None  # why the run was killed: "timeout" or "memory"; None if it finished
    stderr: str


def count_words(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)


def read_texts(paths: Iterable[Path]) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in paths]


def run_measured(
    command: Sequence[str],
    cwd: Path,
    timeout: float | None = None,
    max_rss: int | None = None,
) -> Measured:
    """Run `command`, returning its wall time and peak memory; kill it after `timeout`
    seconds or once its processes hold more than `max_rss` bytes (a shared machine has no
    swap to spare).

    Peak RSS is the largest sampled sum over its process tree, so worker processes count.
    Not the kernel's maximum RSS from wait4: Linux carries a parent's high-water mark into a
    child through exec, so a run started by a bench process that had just parsed a 270 MB
    report showed that process's 1.2 GB as its own.
    Summed RSS counts a page shared by several processes (a model that workers forked from
    their parent share copy-on-write) once per process; peak PSS, the largest sampled sum of
    proportional set sizes (each shared page divided among its sharers), is what the run
    really holds. The memory limit applies to PSS where the kernel reports it.
    """
    with open(cwd / "stderr.txt", "w+b") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True
        )
        stopped: list[str] = []

        def stop(reason: str) -> None:
            stopped.append(reason)
            _kill_group(process.pid)

        sampler = _TreeSampler(process.pid, max_rss, lambda: stop("memory"))
        sampler.start()
        killer = threading.Timer(timeout, stop, ("timeout",)) if timeout else None
        if killer:
            killer.start()
        _, status, _ = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        # wait4 reaped the child; tell Popen so it does not wait again.
        process.returncode = os.waitstatus_to_exitcode(status)
        if killer:
            killer.cancel()
        sampler.stop()
        stderr.seek(0)
        message = stderr.read().decode("utf-8", "replace")
    return Measured(
        seconds=seconds,
        peak_rss=sampler.peak,
        peak_pss=sampler.peak_pss,
        exit_code=process.returncode,
        stopped=stopped[0] if stopped else None,
        stderr=message,
    )


def _kill_group(pid: int) -> None:
    # The run was started in its own session, so its group holds only it and its workers.
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class _TreeSampler(threading.Thread):
    """Samples the summed RSS and PSS of a process and its descendants until stopped,
    calling `over_limit` once when their memory (PSS, or RSS without it) exceeds `limit`."""

    def __init__(self, pid: int, limit: int | None, over_limit: Callable[[], None]) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.peak_pss = 0
        self._limit = limit
        self._over_limit = over_limit
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(SAMPLE_SECONDS):
            rss, pss = _tree_memory(self.pid)
            self.peak = max(self.peak, rss)
            self.peak_pss = max(self.peak_pss, pss)
            if self._limit and (pss or rss) > self._limit:
                self._over_limit()
                return

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _tree_memory(root: int) -> tuple[int, int]:
    """Summed RSS and PSS of `root` and its descendants (PSS 0 when not readable)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text()
        except OSError:
            continue  # the process ended while we looked
        # The command name (field 2) may hold spaces; the fields after it are plain numbers.
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(statm.split()[1]) * _PAGE
    tree = {root}
    grew = True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grew = bool(children)
    return sum(rss.get(pid, 0) for pid in tree), sum(_pss(pid) for pid in tree)


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
            for line in rollup:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass  # ended meanwhile, or an older kernel: no PSS
    return 0
