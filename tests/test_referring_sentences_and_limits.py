"""A sentence that refers back ("That is a fall of 1.6 points") is about what the sentence
before it measured; a time limit far from its share in one clause still defines it ("88.4% of
emergency calls made to the control room ... were answered within ten seconds"); "the 12 months to
30 September" is the twelve months to September."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Control room performance: July to September 2026

Source: Calderfield Police Authority

In July to September 2026, 88.4% of emergency calls made to the control room were answered within \
ten seconds. That is a fall of 1.6 percentage points on April to June 2026 (90.0%).

The average wait for non-emergency calls over the 12 months to 30 September 2026 was 4 minutes \
12 seconds.

Recruits started training on 2,150 new officers' courses in April to June 2026. That is 6% \
more than in January to March 2026, but 9% fewer than in April to June 2025.

The training grant will rise to £9,790 a recruit, up from £9,535. That is a rise of £255.
"""

ROWS = [
    # the limit defines the share, however far it stands within the clause
    (
        "share-limit",
        "In July to September 2026, 88.4% of emergency calls made to the Calderfield control "
        "room by the public were answered within ten seconds.",
        "supported",
    ),
    # a measure named by its limit ("ten-second performance") is the share, no duration
    (
        "measure-name",
        "The control room's ten-second performance was 88.4% in July to September 2026.",
        "supported",
    ),
    (
        "measure-name-wrong",
        "The control room's ten-second performance was 86.4% in July to September 2026.",
        "contradicted",
    ),
    # the change told in the next sentence is the change of the share before it
    (
        "refers-back",
        "The percentage of emergency calls answered within ten seconds fell by 1.6 "
        "percentage points in July to September 2026.",
        "supported",
    ),
    (
        "refers-back-wrong",
        "The percentage of emergency calls answered within ten seconds fell by 2.6 "
        "percentage points in July to September 2026.",
        "contradicted",
    ),
    # the twelve months to a month's last day are the twelve months to that month
    (
        "months-to-day",
        "The average wait for non-emergency calls in the 12 months to 30 September 2026 was "
        "4 minutes 12 seconds.",
        "supported",
    ),
    (
        "months-to-other",
        "The average wait for non-emergency calls in the 12 months to 30 June 2026 was "
        "4 minutes 12 seconds.",
        "missing",
    ),
    # each change of a sentence that refers back is measured from the base it names
    (
        "base-year",
        "Officers' courses started in April to June 2026 were 9% lower than a year earlier.",
        "supported",
    ),
    (
        "base-quarter-for-year",
        "Officers' courses started in April to June 2026 were 6% higher than a year earlier.",
        "contradicted",
    ),
    (
        "base-quarter",
        "Officers' courses started rose 6% on the previous quarter in April to June 2026.",
        "supported",
    ),
    (
        "base-between-quarters",
        "Officers' courses started rose 6% between the first and second quarters of 2026.",
        "supported",
    ),
    # "a rise of £255" is a change of money, as "rose by £255" is
    ("money-rise", "The training grant is going up by £255.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "calls.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
