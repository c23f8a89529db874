"""A difference in a length of time told by how fast: "2 minutes 10 seconds slower than in
September" is a rise in the time, so "it improved, by 2 minutes 10 seconds" and "2 minutes 10
seconds faster" go the other way; and a level goes the way of the change that took it there
("fell by 0.3 percentage points on the quarter, to 4.6%"), or stayed ("left unchanged at"), a gap
narrowing or widening. Rows
fail on 5899900 unless marked "(holds on 5899900)"."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, finding_verdicts

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


GAPS = """\
---
title: "Trade and jobs, Orlenby: September 2026"
source: Orlenby Statistics Office
date: 2026-11-10
---

The vacancy rate fell by 0.3 percentage points on the quarter, to 4.6%.

The hake catch limit was rolled over unchanged at 4,820 tonnes.

In the three months to September 2026 the trade deficit narrowed by £1.4 billion to \
£8.2 billion, and exports rose 3.1%.
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A level is said to have gone the way of the change that took it there.
        ("The vacancy rate rose to 4.6%.", "contradicted"),
        ("The vacancy rate fell to 4.6%.", "supported"),  # (holds on 5899900)
        # ... and one the primary says stayed where it was did not move at all.
        ("The hake catch limit was cut to 4,820 tonnes.", "contradicted"),
        # "narrowed" is a fall and "widened" a rise, whatever else the sentence says rose
        # (holds on 5899900; the change-before rule alone contradicted it).
        (
            "The trade deficit narrowed by £1.4bn to £8.2bn in the three months to September "
            "2026, and exports rose.",
            "supported",
        ),
    ],
)
def test_a_level_goes_the_way_of_its_change(analyzer: Analyzer, claim: str, expected: str) -> None:
    index = evidence_index(analyzer, GAPS, "gaps.md")
    assert_verdict(analyzer, index, "gap", claim, expected)
