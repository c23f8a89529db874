"""A multiplier between two sums ("£30 million, three times the size of the £10 million
fund"), a fraction as a change ("down a tenth"), and a sentence naming its author by the head
of its name ("the union" in a union's statement)."""

from __future__ import annotations

import pytest

from newsverify.author_mentions import names_author
from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.text import normalize

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Dockers demand more for the harbour

Source: Harbour Workers' Union
date 2026-09-03

The union is asking the port authority to put £30 million into the harbour this year, three \
times the size of the £10 million Harbour Renewal Fund.

Ferry crossings at the port fell by 10% in 2026.
"""

ROWS = [
    # the words after the fund's sum are the multiplier's too: what it is three times
    (
        "three-times",
        "The harbour workers' union wants £30 million, three times the Harbour Renewal Fund.",
        "supported",
    ),
    (
        "four-times",
        "The harbour workers' union wants four times the Harbour Renewal Fund.",
        "contradicted",
    ),
    # a fraction after a verb of change is the change
    ("down-a-tenth", "Ferry crossings at the port were down a tenth in 2026.", "supported"),
    ("down-a-fifth", "Ferry crossings at the port were down a fifth in 2026.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "union.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_ratios(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Crossings were down a tenth on last year.", 0.9),
        ("Sales rose a third in May.", 4 / 3),
        ("Costs fell a quarter.", 0.75),
    ],
)
def test_fraction_as_change(sentence: str, value: float) -> None:
    figures = find_figures(normalize(sentence).text)
    assert [f.value for f in figures if f.kind == "multiplier"] == [pytest.approx(value)]


@pytest.mark.parametrize(
    "sentence",
    ["They cut a third of the staff.", "Output is down a third of a point.", "A third rose."],
)
def test_fraction_not_a_change(sentence: str) -> None:
    assert not [f for f in find_figures(normalize(sentence).text) if f.kind == "multiplier"]


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        ("The union is asking for more.", "Harbour Workers' Union", True),
        ("The council will act.", "Riverton Council", True),
        # another body, a one-word source, or a name too general to be an author
        ("The union is asking for more.", "Riverton Council", False),
        ("The council will act.", "Council", False),
        ("The radio reported it.", "LRB Radio", False),
        ("Nothing here.", None, False),
    ],
)
def test_names_author(sentence: str, source: str | None, expected: bool) -> None:
    assert names_author(sentence, source) is expected
