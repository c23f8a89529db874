"""A figure a later correction takes back is no evidence: "I need to correct something I said
earlier. I gave the Committee a figure of 412,000 calls. That was the figure for 2024-25."
("That is correct" takes nothing back.)"""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Health Committee: oral evidence, Wexmoor Ambulance Service annual report 2025-26

Source: Wexmoor Assembly

Q1 Chair: How many emergency calls did the service answer last year?

Dr Ines Calloway: We answered 412,000 emergency calls. \
Most of them were answered within ten seconds.

Q2 Maya Rendell: Your report says 1,240 paramedics were employed at the end of March. Is that right?

Dr Ines Calloway: That is correct. We employed 1,240 paramedics at the end of March.

Q7 Chair: Is there anything you wish to add?

Dr Ines Calloway: Yes, Chair. \
I need to correct something I said earlier. I gave the Committee a figure of 412,000 calls. \
That was the figure for 2024-25. The figure for 2025-26 is 438,500.
"""

ROWS = [
    # Both fail on b5d671c (supported by the answer to Q1).
    (
        "withdrawn-dated",
        "The ambulance service answered 412,000 emergency calls in 2025-26.",
        "missing",
    ),
    ("withdrawn", "The ambulance service answered 412,000 emergency calls.", "missing"),
    ("confirmed", "The service employed 1,240 paramedics at the end of March.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "ambulance-evidence.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_the_reason_names_the_correction(analyzer: Analyzer, index: EvidenceIndex) -> None:
    verdict = assert_verdict(analyzer, index, "r", ROWS[1][1], "missing")
    assert "later correction" in verdict.reason
