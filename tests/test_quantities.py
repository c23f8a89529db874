"""What a value is a value of (quantities.py): a primary number meets or contradicts a claim
only when it measures the same thing. Traps in a domain of their own (a council's building
programme), not the wordings of the eval sets."""

from __future__ import annotations

import pytest

from newsverify.contrasts import given_contrasts
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Council building programme 2026

Source: Vellmoor Council
date 2026-12-01

Construction started on 2,310 classrooms in 2026. Planning consent was granted for 4,800 \
classrooms in the same year.

Builders completed 1,940 new dwellings in 2026.

Net borrowing by the council was £41.2m in 2026. Council net debt was £910.5m at the end of \
2026, or 12.4% of gross domestic product.

Private firms built 3,120 flats in 2026, housing trusts 610 and councils 220.

Business rates made up £58.0m of the total income. Retail business rates were £21.0m and \
office business rates £16.0m.
"""

ROWS = [
    # a bound is met only by the measure the claim names: the 4,800 consents are no starts
    (
        "bound-over-other-measure",
        "More than 3,000 classrooms were started in 2026.",
        "contradicted",
    ),
    ("bound-met", "More than 2,000 classrooms were started in 2026.", "supported"),
    ("bound-under-met", "Fewer than 4,000 classrooms were started in 2026.", "supported"),
    # a hedge holds within its looseness, and only against the same measure
    ("about-within", "About 2,300 classrooms were started in 2026.", "supported"),
    ("about-outside", "About 4,800 classrooms were started in 2026.", "contradicted"),
    # "dwellings" are homes; "completed" is what the count counts
    ("dwellings-are-homes", "The council completed 1,940 new homes in 2026.", "supported"),
    # the debt's £910.5m is more than £50m, but it is no borrowing
    (
        "money-bound-other-head",
        "Net borrowing by the council was more than £50m in 2026.",
        "contradicted",
    ),
    (
        "money-bound-debt-nearer",
        "Council net borrowing was more than £100m in 2026.",
        "contradicted",
    ),
    # a list that leaves its verb out gives each value for the name before it
    ("listed-part", "Vellmoor built 3,120 flats in 2026.", "missing"),
    ("listed-part-named", "Private firms built 3,120 flats in 2026.", "supported"),
    # "made up" is no rise; "retail business rates" are one kind of business rates
    ("whole-not-its-part", "Business rates were £21.0m in 2026.", "contradicted"),
    ("part-named", "Retail business rates were £21.0m in 2026.", "supported"),
    # the whole's £58.0m says nothing either way of one kind of rates
    ("part-not-the-whole", "Office business rates were £58.0m in 2026.", "missing"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "programme.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuition fees made up £12.5m of its income.", "£12.5m"),
        ("Women made up 40% of the board.", "40%"),
    ],
)
def test_made_up_is_no_rise(analyzer: Analyzer, text: str, value: str) -> None:
    (figure,) = analyzer.parse_text(text).figures
    assert figure.text == value
    assert figure.kind != "change" and figure.kind != "multiplier"


def test_gross_domestic_product_qualifies_nothing(analyzer: Analyzer) -> None:
    text = "Net debt was £910.5m, or 12.4% of gross domestic product."
    parsed = analyzer.parse_text(text)
    share = next(f for f in parsed.figures if f.text == "12.4%")
    (given,) = given_contrasts(parsed.words, [(share.start, share.end)])
    assert "gross" not in given.values()
    gross = "Gross debt was £910.5m, or 12.4% of national income."
    parsed = analyzer.parse_text(gross)
    debt = next(f for f in parsed.figures if f.text == "£910.5m")
    (given,) = given_contrasts(parsed.words, [(debt.start, debt.end)])
    assert "gross" in given.values()
