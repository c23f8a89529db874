"""Sums written as one hyphenated word ("a forty-million-pound fund", "a £40-million fund"),
and sums spelled out in words checked against the primary's figures ("twenty-five thousand
pounds" for "£25,000"): the currency word is the value's unit, not what it is about."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.text import normalize

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A forty-million-pound fund opens.", [("forty-million-pound", 40e6, "GBP")]),
        ("A 40-million-pound fund opens.", [("40-million-pound", 40e6, "GBP")]),
        ("A £40-million fund opens.", [("£40-million", 40e6, "GBP")]),
        ("A two-billion-dollar deal.", [("two-billion-dollar", 2e9, "USD")]),
        # without a scale word a hyphenated "pound" may weigh something
        ("A ten-pound bag of flour.", []),
    ],
)
def test_compound_money(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    figures = find_figures(normalize(sentence).text)
    assert [(f.text, f.value, f.unit) for f in figures] == expected


PRIMARY = """\
Lighthouse grants announced

Source: Coastal Heritage Trust
date 2026-05-04

The Trust's £12 million Lighthouse Fund will pay grants of up to £80,000 to keepers' \
cottages in need of repair.
"""

ROWS = [
    (
        "grant-words",
        "Keepers' cottages can get Lighthouse Fund grants of up to eighty thousand pounds.",
        "supported",
    ),
    (
        "grant-words-wrong",
        "Keepers' cottages can get Lighthouse Fund grants of up to ninety thousand pounds.",
        "contradicted",
    ),
    (
        "fund-hyphenated",
        "The Trust's twelve-million-pound Lighthouse Fund pays grants.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "trust.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_spelled_sums(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
