"""A primary's "a year earlier" is the date it stands for: a year before the time its sentence
(or the one before it, in the same paragraph) is about. The earlier value it gives is dated by
it, as by any named base."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.records import DATE, DURATION, Figure, Sentence
from newsverify.relative_times import with_relative_years
from newsverify.values import describe

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Social housing and broadband, Dunmore: August 2026

Source: Dunmore Housing Statistics Office

On 31 August 2026, 14,820 households were on the waiting list for social housing. That was 9% \
fewer than a year earlier (16,290).

Full fibre was available to 66% of homes in Dunmore in September 2026, up from 57% a year \
earlier.

Average rents rose by 5% a year before the new rules took effect.
"""

ROWS = [
    # the base's value, dated a year before the sentence before it
    (
        "base-of-next-sentence",
        "16,290 households were on the waiting list for social housing on 31 August 2025.",
        "supported",
    ),
    (
        "base-other-year",
        "16,290 households were on the waiting list for social housing on 31 August 2023.",
        "missing",
    ),
    # ... and a year before its own sentence's time
    (
        "base-in-sentence",
        "Full fibre was available to 57% of homes in Dunmore in September 2025.",
        "supported",
    ),
    (
        "level",
        "Full fibre was available to 66% of homes in Dunmore in September 2026.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "dunmore.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def _figures(analyzer: Analyzer, text: str) -> tuple[list[Figure], list[Sentence]]:
    parsed = analyzer.parse_text(text)
    return parsed.figures, parsed.sentences


def test_a_year_earlier_is_dated_from_its_sentence(analyzer: Analyzer) -> None:
    text = "Full fibre reached 66% of homes in September 2026, up from 57% a year earlier."
    figures, sentences = _figures(analyzer, text)
    read = with_relative_years(figures, sentences, text)
    earlier = [f for f in read if f.text == "a year earlier"]
    assert len(earlier) == 1
    assert earlier[0].kind == DATE and describe(earlier[0]).endswith("September 2025")


def test_no_time_to_count_back_from_leaves_it(analyzer: Analyzer) -> None:
    """Nothing dates the sentence or the one before it in its paragraph: "a year" stays."""
    text = "Rents rose in September 2026.\n\nRents had risen by 5% a year earlier."
    figures, sentences = _figures(analyzer, text)
    read = with_relative_years(figures, sentences, text)
    assert not any(f.text == "a year earlier" for f in read)
    assert [f.kind for f in read if f.text == "a year"] == [
        f.kind for f in figures if f.text == "a year"
    ]
    assert all(f.kind != DATE or f.text != "a year" for f in read)
    assert DURATION in {f.kind for f in figures} or not figures
