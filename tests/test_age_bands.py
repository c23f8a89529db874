"""An age band tells values apart: screening uptake among people aged 60 to 74 is no evidence on
uptake among people aged 50 to 59, nor "over-75s" on "aged 65 and over". A claim that names no
band takes the measure's own for granted."""

from __future__ import annotations

import pytest

from newsverify.age_bands import age_bands
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

BAND_ROWS = [
    ("Uptake among people aged 65 and over was 71.4%.", {"age 65+"}),
    ("Uptake among over-65s was 71.4%.", {"age 65+"}),
    ("Uptake among under-65s in risk groups was 38.9%.", {"age <65"}),
    ("Among people aged under 65 in risk groups, uptake was 38.9%.", {"age <65"}),
    ("The rate for 16 to 64-year-olds was 74.8%.", {"age 16-64"}),
    ("Uptake among children aged 2 to 3 was 40%.", {"age 2-3"}),
    ("Uptake in 75-year-olds was 80%.", {"age 75"}),
    # numbers that are no ages
    ("Gate 14 handled 300 passengers, up 65 on the year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BAND_ROWS)
def test_age_bands(analyzer: Analyzer, text: str, expected: set[str]) -> None:
    assert age_bands(analyzer.parse_text(text).words) == expected


PRIMARY = """\
Bowel screening programme: 2025-26

Source: Dunmere Screening Service

- Screening uptake among people aged 60 to 74 was 68.2% in 2025-26.
- Among people aged 50 to 59, who were first invited in 2025-26, uptake was 54.9%.
"""

ROWS = [
    (
        "band-named",
        "Bowel screening uptake among people aged 60 to 74 was 68.2% in 2025-26.",
        "supported",
    ),
    (
        "band-other",
        "Bowel screening uptake among people aged 50 to 59 was 68.2% in 2025-26.",
        "contradicted",
    ),
    (
        "band-unknown",
        "Bowel screening uptake among people aged 75 and over was 68.2% in 2025-26.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "screening.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
