"""bench/measure.py: a process tree's memory, summed RSS next to PSS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import measure  # noqa: E402

# A parent fills 64 MB, then forks a child that shares those pages until both exit.
SHARING = """
import os, time
block = b"x" * (64 << 20)
child = os.fork()
time.sleep(1.5)
if child == 0:
    os._exit(0)
os.waitpid(child, 0)
"""


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux PSS")
def test_summed_rss_counts_shared_pages_twice_and_pss_once(tmp_path: Path) -> None:
    measured = measure.run_measured([sys.executable, "-c", SHARING], tmp_path)
    assert measured.exit_code == 0
    megabytes = 1 << 20
    assert measured.peak_rss > 128 * megabytes  # both processes' RSS hold the block
    assert 64 * megabytes < measured.peak_pss < measured.peak_rss - 48 * megabytes


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux PSS")
def test_a_small_run_is_not_charged_its_parents_memory(tmp_path: Path) -> None:
    """Linux carries a parent's high-water RSS into a child through exec (wait4's
    ru_maxrss): a bench that has parsed a large report must not see it as the run's."""
    ballast = bytearray(256 << 20)  # touched: resident in this (the parent) process
    measured = measure.run_measured(
        [sys.executable, "-c", "import time; time.sleep(1.2)"], tmp_path
    )
    assert ballast[-1] == 0 and measured.exit_code == 0
    assert measured.peak_rss < 128 << 20
