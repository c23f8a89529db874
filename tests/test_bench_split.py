"""The bench's split of a warm run: verify's milestones, per process, in launch order."""

from __future__ import annotations

import sys

from newsverify import run_timings

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import run  # noqa: E402


def test_the_split_lists_each_process_s_milestones_in_order() -> None:
    split = [
        ("main", "imported", 0.391),
        ("worker", "forked", 0.42),
        ("main", "listed", 0.85),
        ("worker", "model loaded", 2.03),
        ("main", "written", 2.97),
    ]
    assert run.render_split(split).splitlines() == [
        "  main: imported 0.39, listed 0.85, written 2.97",
        "  worker: forked 0.42, model loaded 2.03",
    ]
    assert "no milestones" in run.render_split([])


def test_the_bench_asks_verify_for_milestones_under_verify_s_own_name() -> None:
    assert run.TIMINGS_ENVIRONMENT == run_timings.ENVIRONMENT
