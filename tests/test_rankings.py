"""Rankings stated in words: who holds the claimed place for the same thing ("Harrow Vale had
the lowest share ...", "... and Eastmarsh the highest", "The largest fall was in Dunmere",
"March was the month with the most calls"), and a month of an event that a year-long span of
days does not date. Rows fail on 5899900 unless marked "(holds on 5899900)"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

REPORT = """\
---
title: "Library Services in Kelvoran: 2025"
source: Kelvoran Culture Office
date: 2026-09-03
---

# Library Services in Kelvoran: 2025

Coverage: visits and loans at Kelvoran's public libraries between 1 January and 31 December \
2025.

## Regions

Eastmarsh had the highest share of residents holding a library card (41%) and Harrow Vale the \
lowest (22%). Dunmere had the second-highest share of residents holding a library card.

The largest fall in visits was in Dunmere. Coldbeck saw the largest rise in e-book loans and \
Eastmarsh the smallest.

## Months

March was the month with the most visits recorded (412,000) and August the month with the \
fewest (288,000).
"""

VERDICTS = [
    (
        "lowest-held",
        "Harrow Vale had the lowest share of residents holding a library card of any region.",
        "supported",
    ),
    (
        "lowest-other",
        "Dunmere had the lowest share of residents holding a library card of any region.",
        "contradicted",
    ),
    (
        "second-held",
        "Dunmere had the second-highest share of residents holding a library card.",
        "supported",
    ),
    ("placed-held", "Dunmere had the largest fall in visits of any region.", "supported"),
    ("placed-other", "Coldbeck had the largest fall in visits of any region.", "contradicted"),
    # "..., with the lowest ...": the clause's holder, ranked for another thing.
    (
        "with-the",
        "Harrow Vale readers have it worst, with the lowest share of residents holding a "
        "library card.",
        "supported",
    ),
    (
        "with-the-other",
        "Coldbeck readers have it best, with the lowest share of residents holding a library card.",
        "contradicted",
    ),
    # A record over time is no ranking among the regions (holds on 5899900; the first
    # version of rankings.py contradicted it).
    ("record-not-ranking", "Coldbeck had the largest fall in visits since 2019.", "missing"),
    # The ranking's year is still checked: the report ranks 2025, not 2022.
    ("other-year", "Dunmere had the largest fall in visits of any region in 2022.", "missing"),
    (
        "goes-on-other",
        "Coldbeck had the smallest rise in e-book loans of any region.",
        "contradicted",
    ),
    # Another thing ranked is no evidence: e-book loans are not visits.
    (
        "other-thing",  # (holds on 5899900)
        "Coldbeck had the largest rise in library visits of any region.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, REPORT, "library-services.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS)
def test_verdict(
    analyzer: Analyzer, report: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, report, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 5899900 supported it by "2025" alone, and June by "between 1 January and 31
        # December 2025" where the months passage was less like the claim.
        ("March was the busiest month of 2025 for library visits.", "supported"),
        ("June was the month with the most library visits in 2025.", "contradicted"),
    ],
)
def test_month_ranked(analyzer: Analyzer, report: EvidenceIndex, text: str, expected: str) -> None:
    verdict = assert_verdict(analyzer, report, "month", text, expected)
    assert "March" in verdict.reason
