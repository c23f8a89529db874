"""A level a sentence moved from, written without its unit ("rose to 44.8 years, from 44.1
in 2024"); a record since the year a series began ("the lowest since records began in 1962",
"the highest since the current survey began in 2014"); and a claim's compound qualifier
("first-time members") that picks between two equally good readings. Rows fail on 5899900
unless marked "(holds on 5899900)"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

BULLETIN = """\
---
title: "Public Library Statistics: 2025"
source: Tallowmere Culture Office
date: 2026-10-14
---

# Public Library Statistics: 2025

## Summary

Key figures for 2025:

- Libraries in Tallowmere lent 6,412,300 books in 2025, 3.1% fewer than in 2024.
- The average number of visits per resident fell to 2.7 visits, down from 2.9 in 2024. This is the \
lowest since records began in 1962.
- The mean age of library members rose to 44.8 years, from 44.1 in 2024. For first-time \
members alone, the mean age was 31.5 years.
- The damage rate was 12.6 per 1,000 loans, compared with 13.2 in 2024.
- Volunteers gave 48,200 hours. That is 4.2 hours per volunteer, up from 3.9 in 2024 and the \
highest since the current survey began in 2014.
"""

VERDICTS = [
    # The year after a bare number dates that number, not the sentence's level.
    (
        "mean-age",
        "The mean age of library members in Tallowmere was 44.8 years in 2025.",
        "supported",
    ),
    ("damage-rate", "The damage rate was 12.6 per 1,000 loans in 2025.", "supported"),
    (
        "base-year",  # 5899900 read 2024 as the sentence's year: supported
        "The mean age of library members in Tallowmere was 44.8 years in 2024.",
        "missing",
    ),
    # The year a series began is the record's, checked with it, not the value's time.
    (
        "record-began",
        "Visits per resident fell to 2.7 visits in 2025, the lowest since records began in 1962.",
        "supported",
    ),
    (
        "record-began-wrong",
        "Visits per resident fell to 2.7 visits in 2025, the lowest since records began in 1958.",
        "contradicted",
    ),
    (
        "survey-began",
        "Each volunteer gave 4.2 hours in 2025, the highest since the survey began in 2014.",
        "supported",
    ),
    (
        "survey-began-wrong",
        "Each volunteer gave 4.2 hours in 2025, the highest since the survey began in 2009.",
        "contradicted",
    ),
    # Of two readings as good, the one that says "first-time" is the claim's.
    ("first-time", "The mean age of first-time members was 31.5 years in 2025.", "supported"),
    (
        "first-time-other",  # (holds on 5899900)
        "The mean age of first-time members was 44.8 years in 2025.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def bulletin(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, BULLETIN, "library-statistics.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS)
def test_verdict(
    analyzer: Analyzer, bulletin: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, bulletin, claim_id, text, expected)
