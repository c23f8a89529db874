"""Deadlines a primary gives to the month or as a financial year ("by the end of June 2027",
"by 2030/31") are deadlines as much as "by 2027" is: a claim naming another deadline is
contradicted, not left with "the primary gives no deadline"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Library renewal programme: progress report

Source: Carvel Borough Council

The council aims to reopen all 14 branch libraries closed for repairs by the end of June 2027.
The statutory target is for 70% of residents to live within two miles of a library by 2030/31.
The council will replace its 12 mobile library vans by 2029.
"""

ROWS = [
    (
        "month-other-year-end",
        "The council aims to reopen all 14 closed branch libraries by 2027.",
        "contradicted",
    ),
    (
        "month-same",
        "The council aims to reopen all 14 closed branch libraries by the end of June 2027.",
        "supported",
    ),
    (
        "fiscal-other",
        "The target is for 70% of residents to live within two miles of a library by 2035.",
        "contradicted",
    ),
    ("year", "The council will replace its 12 mobile library vans by 2029.", "supported"),
    ("year-other", "The council will replace its 12 mobile library vans by 2031.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "libraries.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
