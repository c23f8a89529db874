"""A difference in a length of time told by how fast: "2 minutes 10 seconds slower than in
September" is a rise in the time, so "it improved, by 2 minutes 10 seconds" and "2 minutes 10
seconds faster" go the other way. Rows fail on 5899900 unless marked "(holds on 5899900)"."""

from __future__ import annotations

from newsverify.pipeline import Analyzer

from .verdicts import evidence_index, finding_verdicts

REPORT = """\
---
title: "Ambulance response times: October 2026"
source: Harrowfield Ambulance Service
date: 2026-11-12
---

# Ambulance response times: October 2026

Category 2: the mean was 33 minutes 5 seconds. That is 2 minutes 10 seconds slower than in \
September 2026 (30 minutes 55 seconds).
"""


def _findings(analyzer: Analyzer, sentence: str) -> dict[str, str]:
    article = f"---\ntitle: Waits\ndate: 2026-11-20\n---\n\n{sentence}\n"
    index = evidence_index(analyzer, REPORT, "report.md")
    return finding_verdicts(analyzer, index, article, "waits.md")


def test_improved_is_a_shorter_time(analyzer: Analyzer) -> None:
    findings = _findings(
        analyzer, "Compared with September the Category 2 mean improved, by 2 minutes 10 seconds."
    )
    assert findings["2 minutes 10 seconds"] == "contradicted"


def test_faster_is_a_shorter_time(analyzer: Analyzer) -> None:
    findings = _findings(
        analyzer,
        "The Category 2 mean was 2 minutes 10 seconds faster than in September 2026.",
    )
    assert findings["2 minutes 10 seconds"] == "contradicted"


def test_slower_agrees(analyzer: Analyzer) -> None:  # (holds on 5899900)
    findings = _findings(
        analyzer,
        "The Category 2 mean was 2 minutes 10 seconds slower than in September 2026.",
    )
    assert findings["2 minutes 10 seconds"] == "supported"
