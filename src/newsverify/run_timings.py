"""Where a run's wall time goes, for the benchmark (`bench/run.py` prints the split).

When the environment variable NEWSVERIFY_TIMINGS names a file, every process of a run (the
main one and the parse workers) appends one line per milestone to it: its role, the
milestone and the wall-clock time. Otherwise `mark` does nothing, so a normal run pays
one dictionary lookup per milestone.
"""

from __future__ import annotations

import os
import time

ENVIRONMENT = "NEWSVERIFY_TIMINGS"


def mark(role: str, milestone: str) -> None:
    """Note that this process (`role`: "main" or "worker") has reached `milestone`."""
    path = os.environ.get(ENVIRONMENT)
    if not path:
        return
    line = f"{role}\t{os.getpid()}\t{milestone}\t{time.time():.6f}\n"
    # One short append per line: lines of concurrent processes do not interleave.
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode())
    finally:
        os.close(descriptor)


def read_marks(path: str) -> list[tuple[str, int, str, float]]:
    """The milestones written to `path`, in the order they were written."""
    marks = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            role, pid, milestone, moment = line.rstrip("\n").split("\t")
            marks.append((role, int(pid), milestone, float(moment)))
    return marks
