""" "Over the same period" in a later paragraph points back to the period the section named
last, not to a base it was compared with: "Spending by visitors rose by 3.4% over the same
period" after "In July to September 2026, ... compared with April to June 2026" is July to
September's rise."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Harrowmere visitor economy: quarterly update

Source: Harrowmere Tourism Board

## The latest quarter

In July to September 2026, overnight stays in Harrowmere rose by 41,000 (6.2%) to 702,000, \
compared with April to June 2026.

These figures count stays in serviced accommodation only. Spending by visitors rose by 3.4% \
over the same period.

## Day visits

Day visitors spent £84 million in the three months to September 2026 and made up 71% of all \
visits.

## Guides

On 31 March 2026 there were 1,240 registered tour guides in Harrowmere. Women made up 38.0% of \
the guides.
"""

ROWS = [
    (
        "clause-period",
        "Day visitors made up 71% of all visits to Harrowmere in the three months to September "
        "2026.",
        "supported",
    ),
    (
        "clause-period-other",
        "Day visitors made up 71% of all visits to Harrowmere in the three months to June 2026.",
        "missing",
    ),
    (
        "counted-on-day",
        "Women made up 38.0% of registered tour guides in Harrowmere on 31 March 2026.",
        "supported",
    ),
    (
        "counted-on-other-day",
        "Women made up 38.0% of registered tour guides in Harrowmere on 31 March 2025.",
        "missing",
    ),
    (
        "same-period",
        "Spending by visitors in Harrowmere rose by 3.4% in July to September 2026.",
        "supported",
    ),
    (
        "same-period-wrong",
        "Spending by visitors in Harrowmere rose by 4.3% in July to September 2026.",
        "contradicted",
    ),
    # the quarter compared with is no period the spending is given for
    (
        "base-period",
        "Spending by visitors in Harrowmere rose by 3.4% in April to June 2026.",
        "missing",
    ),
    (
        "relative-change",
        "Overnight stays in Harrowmere rose by 6.2% in July to September 2026.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "visitors.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
