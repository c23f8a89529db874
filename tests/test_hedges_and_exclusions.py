"""A value with a part left out ("Excluding leakage, ... 1,412 megalitres a day") is another
measure than the plain one a claim names, unless the exclusion stands in brackets as the
measure's definition; a percentage in brackets after a change of a count or of money ("down 4
litres (2.8%)") is the same change, relative; a hedged value ("almost three times", "around 40%")
meets a claimed bound only when every value the hedge allows does, and "almost" or "nearly"
allow only values below the number."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Water supply and use: 2025-26

Source: Brackwater Water Authority

- Excluding leakage, water put into supply fell by 2.1% to 1,412 megalitres a day in 2025-26.
- Total water put into supply was 1,690 megalitres a day in 2025-26.
- Leakage in the north zone was almost three times the rate in the south zone in 2025-26.
- Around 40% of households in Brackwater had a water meter at the end of March 2026.

Household water use (excluding second homes) averaged 138 litres per person per day in \
2025-26, down 4 litres (2.8%) on 2024-25. Metered households numbered 212,400 at the end of \
March 2026, up 9,100 (4.5%) on a year earlier.
"""

ROWS = [
    # the measure with leakage left out is not the water put into supply
    (
        "excluded-part",
        "Water put into supply was about 1,400 megalitres a day in 2025-26.",
        "contradicted",
    ),
    (
        "excluded-named",
        "Excluding leakage, water put into supply was 1,412 megalitres a day in 2025-26.",
        "supported",
    ),
    ("excluded-change", "Water put into supply fell by 2.1% in 2025-26.", "missing"),
    ("plain", "Water put into supply was 1,690 megalitres a day in 2025-26.", "supported"),
    # an exclusion in brackets defines the measure
    (
        "bracketed-definition",
        "Household water use averaged 138 litres per person per day in 2025-26.",
        "supported",
    ),
    # the bracketed percentage is the change's relative size
    ("relative-fall", "Household water use fell by 2.8% in 2025-26.", "supported"),
    ("relative-fall-wrong", "Household water use fell by 3.8% in 2025-26.", "contradicted"),
    (
        "relative-rise",
        "The number of metered households rose by 4.5% in the year to March 2026.",
        "supported",
    ),
    # ... of metered households only, whether the model reads "metered" as adjective or verb
    (
        "subgroup-unsaid",
        "The number of households rose by 4.5% in the year to March 2026.",
        "missing",
    ),
    (
        "count-rise",
        "The number of metered households rose by 9,100 in the year to March 2026.",
        "supported",
    ),
    # "almost three times" is below three times
    (
        "almost-more-than",
        "Leakage in the north zone was more than three times the rate in the south zone in "
        "2025-26.",
        "contradicted",
    ),
    (
        "almost-less-than",
        "Leakage in the north zone was less than three times the rate in the south zone in "
        "2025-26.",
        "supported",
    ),
    (
        "almost-about",
        "Leakage in the north zone was about three times the rate in the south zone in 2025-26.",
        "supported",
    ),
    # "around 40%" may be 39% or 41%: "more than 40%" is unsettled, "more than 30%" holds
    (
        "around-unsettled",
        "More than 40% of households in Brackwater had a water meter at the end of March 2026.",
        "missing",
    ),
    (
        "around-holds",
        "More than 30% of households in Brackwater had a water meter at the end of March 2026.",
        "supported",
    ),
    (
        "around-fails",
        "Fewer than 30% of households in Brackwater had a water meter at the end of March 2026.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "water.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
