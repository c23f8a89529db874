"""Traps for wrong supports: the earlier value a primary compares with, claimed for the present
(a duration in a "year to" period, a level after "on 2025 ("), a record claimed for the whole
series where the primary gives a landmark year, a bound on a fall, a weekday read out."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
---
title: Hospital and transport statistics
date: 2026-10-15
kind: primary
---

The median wait for a routine operation was 14.2 weeks in the year to March 2026, up from \
12.9 weeks in the year to March 2025.

Rail passenger journeys reached 4.12 million in 2026, up 5.3% on 2025 (3.91 million journeys), the \
highest passenger journeys since 2015.

Bus ridership in the county fell by 16.8% to 918,000 journeys.

The new timetable starts on Monday 2 November.
"""

ROWS = [
    # a duration is a value a period qualifies like any other
    (
        "wait-current",
        "The median wait for a routine operation was 14.2 weeks in the year to March 2026.",
        "supported",
    ),
    (
        "wait-earlier-as-current",
        "The median wait for a routine operation was 12.9 weeks in the year to March 2026.",
        "contradicted",
    ),
    (
        "wait-earlier",
        "The median wait for a routine operation was 12.9 weeks in the year to March 2025.",
        "supported",
    ),
    # "up 5.3% on 2025 (3.91 million)": the bracketed value is 2025's, whatever the release date
    ("journeys-current", "Rail passenger journeys reached 4.12 million in 2026.", "supported"),
    (
        "journeys-earlier-as-current",
        "Rail passenger journeys reached 3.91 million in 2026.",
        "contradicted",
    ),
    ("journeys-earlier", "Rail passenger journeys were 3.91 million in 2025.", "supported"),
    # "the highest ... since 2015" is no record of the whole series, when it is the same thing
    (
        "record-whole-series",
        "Rail passenger journeys in 2026 were the highest on record.",
        "contradicted",
    ),
    ("record-other-thing", "Rail freight tonnage in 2026 was the highest on record.", "missing"),
    # a bound on a fall bounds the size of the fall
    (
        "fall-more-than-fifth",
        "Bus ridership in the county fell by more than a fifth.",
        "contradicted",
    ),
    ("fall-more-than-15", "Bus ridership in the county fell by more than 15%.", "supported"),
    ("fall-less-than-fifth", "Bus ridership in the county fell by less than a fifth.", "supported"),
    # a weekday read out with its date must agree with it
    (
        "spoken-weekday-wrong",
        "The new timetable starts on Tuesday the second of November.",
        "contradicted",
    ),
    (
        "spoken-weekday-right",
        "The new timetable starts on Monday the second of November.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "statistics.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_earlier_values(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
