"""A change in the number of things is not a change in what they hold: "The number of fuel
seizures rose by 31%" against "Officers seized 4.8 million litres of fuel, up 31%". Every row
fails on 5899900 unless marked "(holds on 5899900)"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

REPORT = """\
---
title: "Border enforcement: annual report 2025-26"
source: Tamsworth Border Agency
date: 2026-10-20
---

# Border enforcement: annual report 2025-26

**Tobacco.** Officers seized 2.4 billion cigarettes (sticks), up 31% from 1.83 billion in \
2024-25. The number of cigarette seizures fell, from 12,400 to 11,150, as smugglers moved to \
larger loads.
"""

VERDICTS = [
    # The 31% is of the cigarettes, not of the seizures.
    ("number-of", "The number of cigarette seizures rose by 31% in 2025-26.", "missing"),
    (
        "amount",
        "The number of cigarettes seized rose by 31% in 2025-26.",
        "supported",
    ),  # (holds on 5899900)
]


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, REPORT, "border-report.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS)
def test_verdict(
    analyzer: Analyzer, report: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, report, claim_id, text, expected)
