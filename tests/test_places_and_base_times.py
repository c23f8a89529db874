"""Two ways a value was read for the wrong thing or time.

A value given for no place is the whole's, not a place's the document names elsewhere:
"Inspectors detained 2.6 tonnes of heroin" in a report that goes on about the Port of Kellam
says nothing of the port (places.unnamed_place_note).

The time of a value something moved from ("up from 1.9 tonnes in 2024-25", "down from £104
million in 2024-25") is that value's, not the sentence's: a later paragraph that goes on about
its section's time does not take it (passages.dating_times).
"""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
---
title: "Annual freight report 2025-26"
source: Dunmere Freight Authority
kind: primary
---

# Annual freight report 2025-26

Dunmere Freight Authority. The report covers the financial year 2025-26.

## Summary

- Inspectors detained 2.6 tonnes of heroin, up from 1.9 tonnes in 2024-25.

## Detentions by commodity

**Counterfeit goods.** Fake goods with an estimated retail value of £96 million were detained, \
down from £104 million in 2024-25. Perfume made up the largest share.

**Heroin.** The Port of Kellam accounted for 1.1 tonnes, the most at any single port.

**Tobacco.** Inspectors detained 640 million cigarettes at the ports, \
up 12% from 571 million in 2024-25.
"""

ROWS = [
    # The first three fail on b5d671c.
    (
        "whole-for-a-place",
        "Inspectors at the Port of Kellam detained 2.6 tonnes of heroin in 2025-26.",
        "missing",
    ),
    (
        "base-time-not-inherited",
        "Inspectors detained 640 million cigarettes in 2025-26.",
        "supported",
    ),
    (
        "base-value-for-the-year",
        "Inspectors detained 571 million cigarettes in 2025-26.",
        "contradicted",
    ),
    ("whole", "Inspectors detained 2.6 tonnes of heroin in 2025-26.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "freight.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
