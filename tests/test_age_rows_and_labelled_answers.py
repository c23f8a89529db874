"""A table row named by an age band ("40 and over" under "Age of mother") is the row of a
claim about people "aged 40 and over", not of the table's total; and a written answer's label
("Ysolde Brannagh (Minister for Communities): On 30 October ...") says nothing of what its
values count; a count of babies born is one of live births. Every row fails on 5899900."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

RELEASE = """\
---
title: "Adoptions in Carrowmere: 2025"
source: Carrowmere Records Office
date: 2026-10-01
---

# Adoptions in Carrowmere: 2025

Table 1: Adoption orders by age of adopter, 2025 and 2024

| Age of adopter | 2025 | 2024 | Change |
| --- | ---: | ---: | ---: |
| Under 30 | 212 | 240 | -28 |
| 30 to 39 | 1,104 | 1,150 | -46 |
| 40 and over | 689 | 612 | +77 |
| All ages | 2,005 | 2,002 | +3 |

There were 3,118 live births to adoptive families' birth parents in 2025.
"""

ANSWER = """\
Written answer, 12 November 2026

Source: Carrowmere Assembly

Aled Prys (Minister for Families): On 30 October 2026 there were 1,380 adoption applications \
awaiting assessment in Carrowmere.
"""


@pytest.fixture(scope="module")
def release(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, RELEASE, "adoptions.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adoption orders to adopters aged 40 and over rose by 77 in 2025.", "supported"),
        ("Adoption orders to adopters aged 40 and over rose by 71 in 2025.", "contradicted"),
    ],
)
def test_an_age_band_names_its_row(
    analyzer: Analyzer, release: EvidenceIndex, text: str, expected: str
) -> None:
    verdict = assert_verdict(analyzer, release, "age-row", text, expected)
    assert '"+77"' in verdict.reason  # 5899900 contradicted the 71 with the total's "+3"


def test_an_age_range_names_its_row(analyzer: Analyzer, release: EvidenceIndex) -> None:
    # "30 to 39" under "Age of adopter" is the row of adopters "in their thirties (30 to 39)";
    # the "Under 30" row's change is no evidence for it.
    claim = "Adopters in their thirties (30 to 39) completed 28 fewer adoptions than in 2024."
    verdict = assert_verdict(analyzer, release, "range-row", claim, "missing")
    assert '"-46"' in verdict.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 3,100 babies were born to birth parents in 2025.", "supported"),
        ("About 3,800 babies were born to birth parents in 2025.", "contradicted"),
    ],
)
def test_babies_born_are_births(
    analyzer: Analyzer, release: EvidenceIndex, text: str, expected: str
) -> None:
    assert_verdict(analyzer, release, "babies", text, expected)


def test_a_label_says_nothing_of_what_a_value_counts(analyzer: Analyzer) -> None:
    answer = evidence_index(analyzer, ANSWER, "answer.txt")
    claim = "On 30 October 2026, 1,380 adoption applications were waiting to be assessed."
    assert_verdict(analyzer, answer, "label", claim, "supported")
