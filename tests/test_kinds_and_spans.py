"""Which kind of a thing a value is for, and over which span a change is measured.

A sentence about "rural bus journeys" is no evidence for "urban bus journeys", though the two
share most of their words; "non-urban rail" is not "urban rail" (the tokenizer splits the
hyphen); a change column headed "Year on year" says nothing of a rise "on the month"; and a
release titled for March gives no value for April, however it is dated. A claim's own word
for the kind that the primary never uses ("city" buses for "urban" ones) is a paraphrase, not
another kind."""

from __future__ import annotations

import pytest

from newsverify.change_spans import MONTH, THREE_MONTHS, YEAR_ON_YEAR, span_named
from newsverify.modified_nouns import ModifiedNoun, other_kind
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

RELEASE = """\
---
title: "Public transport journeys, Harlow Valley: March 2026"
source: Harlow Valley Transport Statistics
date: 2026-04-16
---

# Public transport journeys, Harlow Valley: March 2026

Rural bus journeys had their busiest month since 2019, with journeys up 6.2%. Urban bus
journeys as a whole rose by 2.1%. Non-urban rail journeys fell by 0.8%.

Table 1: Passenger journeys by mode, % change

    Mode                  Month on month   Year on year
    Urban bus                     +2.1           +4.4
    Rural bus                     +6.2           +9.0
    Light rail                    -1.5           -3.0
    All modes                     +1.9           +3.6

In the three months to March 2026, ferry journeys rose by 1.2% compared with the three months
to December 2025.
"""

ROWS = [
    # another kind of the same noun, which the release tells apart: the other's value
    ("rural", "Rural bus journeys rose by 6.2% in March 2026.", "supported"),
    ("urban-as-rural", "Urban bus journeys rose by 6.2% in March 2026.", "contradicted"),
    # "non-urban" is one word: no value for urban rail at all
    ("non-urban", "Non-urban rail journeys fell by 0.8% in March 2026.", "supported"),
    ("urban-rail", "Urban rail journeys fell by 0.8% in March 2026.", "missing"),
    # the span a change is measured over: a column's header, or the claim's words
    ("month", "Urban bus journeys rose by 2.1% on the month in March 2026.", "supported"),
    (
        "year-as-month",
        "Urban bus journeys rose by 4.4% on the month in March 2026.",
        "contradicted",
    ),
    ("year", "Urban bus journeys were 4.4% higher than a year earlier in March 2026.", "supported"),
    (
        "light-rail-year",
        "Light rail journeys fell by 3.0% on the month in March 2026.",
        "contradicted",
    ),
    # the period a change is for, not the one it is compared with ("than in the three months
    # to December"), must be the primary's
    (
        "period",
        "Ferry journeys in the three months to March 2026 were 1.2% higher than in the three "
        "months to December.",
        "supported",
    ),
    (
        "period-other",
        "Ferry journeys in the three months to March 2023 were 1.2% higher than in the three "
        "months to December.",
        "missing",
    ),
    # an adjective the title says ("public transport") holds for every line of the release
    (
        "titled-adjective",
        "Public transport journeys on all modes rose by 2.9% in March 2026.",
        "contradicted",
    ),
    # a month's change is not the year's
    ("year-of-month", "Journeys on all modes rose by 1.9% in 2026.", "missing"),
    # released in April, titled for March: no April values
    ("released-month", "Journeys on all modes rose by 1.9% in April 2026.", "missing"),
    ("titled-month", "Journeys on all modes rose by 1.9% in March 2026.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    return evidence_index(analyzer, RELEASE, "journeys-march-2026.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS)
def test_kinds_and_spans(
    analyzer: Analyzer,
    index,  # type: ignore[no-untyped-def]
    claim_id: str,
    text: str,
    expected: str,
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Month on month", MONTH),
        ("3 months on 3 months", THREE_MONTHS),
        ("compared with the previous three months", THREE_MONTHS),
        ("Year on year", YEAR_ON_YEAR),
        ("Starts, change on a year", YEAR_ON_YEAR),
        ("fell 2.1 percent on the month", MONTH),
        ("were 4.8% higher than a year earlier", YEAR_ON_YEAR),
        ("than in the same month last year", YEAR_ON_YEAR),
        # a period, not the span of a change
        ("over the year to March", None),
        ("in the month", None),
        ("2025-26", None),
    ],
)
def test_span_named(text: str, span: str | None) -> None:
    assert span_named(text) == span


def test_a_kind_the_primary_never_names_is_a_paraphrase() -> None:
    claimed = [ModifiedNoun("city", "bus", "city buses")]
    given = [ModifiedNoun("urban", "bus", "urban buses")]
    named = {"city", "bus", "journey"}
    # the release says "city buses" elsewhere: it tells the two kinds apart
    told_apart = {("city", "bus"), ("urban", "bus")}
    assert other_kind(claimed, given, named, {"urban", "bus"}, told_apart) == (
        claimed[0],
        given[0],
    )
    # it never does: "city" is the claim's own word for the urban buses
    assert other_kind(claimed, given, named, {"urban", "bus"}, {("urban", "bus")}) is None
    # the sentence says the claim's word too: the sentence tells them apart itself
    assert other_kind(claimed, given, named, {"urban", "city", "bus"}, told_apart) is None
