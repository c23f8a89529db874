""" "We" as the subject of a primary's sentence is its publisher, for the values after it: "We
lent 412,000 e-books" in the library service's own report names the library service as
plainly as its name would. "Our" alone does not ("£30,000 given by our friends groups" is the
friends groups' money), nor is a value before the "we" said of the publisher."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Annual report 2025-26

Source: Fernbridge Library Service

In 2025-26 our branches were open for 41,200 hours. We lent 412,000 e-books, the most in any \\
year. We issued five Formal Warnings to schools, the most in a single year since the scheme \
began.

Thanks to £90,000 from the Kellow Trust and £30,000 given by our friends groups, we will open \\
two new reading rooms in 2027.
"""

ROWS = [
    ("we-subject", "Fernbridge Library Service lent 412,000 e-books in 2025-26.", "supported"),
    (
        "we-subject-wrong",
        "Fernbridge Library Service lent 421,000 e-books in 2025-26.",
        "contradicted",
    ),
    # the count's own words name what it counts, "we" who issued them
    (
        "we-issued",
        "The library service issued five Formal Warnings in 2025-26.",
        "supported",
    ),
    (
        "we-issued-wrong",
        "The library service issued seven Formal Warnings in 2025-26.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "report.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
