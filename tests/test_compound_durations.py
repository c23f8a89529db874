"""Durations written in two units are one value ("four years and three months" is 51
months), compared exactly; each part alone is no value of anything."""

from __future__ import annotations

import pytest

from newsverify.compound_durations import compare_compound, is_compound
from newsverify.figures import find_figures
from newsverify.records import DURATION, Figure
from newsverify.values import Outcome, compare

# (text, the durations found as (text, value, unit))
EXTRACTION = [
    (
        "Lydia Kerr: four years and three months' imprisonment.",
        [("four years and three months", 51, "month")],
    ),
    (
        "Ashcroft: 9 years 6 months, and a 12-year ban.",
        [("9 years 6 months", 114, "month"), ("12-year", 12, "year")],
    ),
    ("He was jailed for nine and a half years.", [("nine and a half years", 114, "month")]),
    ("The refit took a year and a half.", [("a year and a half", 18, "month")]),
    ("The average wait was one year and two months.", [("one year and two months", 14, "month")]),
    ("The meeting ran two and a half hours.", [("two and a half hours", 150, "minute")]),
    (
        "for more than two years and six months",
        [("more than two years and six months", 30, "month")],
    ),
    # two values of their own: a sentence and how long it is suspended for
    (
        "Paul Demir: 22 months' imprisonment, suspended for two years.",
        [("22 months", 22, "month"), ("two years", 2, "year")],
    ),
    # a smaller part of a whole larger unit or more is another span, not a part
    ("over two years 18 months apart", [("two years", 2, "year"), ("18 months", 18, "month")]),
    # units with no exact ratio between them stay apart
    ("three months and two weeks", [("three months", 3, "month"), ("two weeks", 2, "week")]),
    # "one day" alone is an idiom; before a larger unit it is no compound either
    ("One day two weeks later, it rained.", [("two weeks", 2, "week")]),
    (
        "in the 12 months to March, and three years ago",
        [("12 months", 12, "month"), ("three years", 3, "year")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTION, ids=[r[0][:40] for r in EXTRACTION])
def test_compound_durations_are_one_figure(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = [(f.text, f.value, f.unit) for f in find_figures(text) if f.kind == DURATION]
    assert found == [(t, pytest.approx(v), u) for t, v, u in expected]


def _duration(text: str) -> Figure:
    (figure,) = [f for f in find_figures(text) if f.kind == DURATION]
    return figure


COMPARISONS = [
    ("four years and three months", "four years and three months", Outcome.SAME),
    ("4 years 3 months", "four years and three months", Outcome.SAME),
    ("nine and a half years", "nine years and six months", Outcome.SAME),
    ("51 months", "four years and three months", Outcome.SAME),
    ("four years and nine months", "four years and three months", Outcome.DIFFERENT),
    # "9" of "9 years 6 months" is no rounding step: six months off is another sentence
    ("9 years 6 months", "9 years", Outcome.UNCLEAR),
    ("9 years 7 months", "9 years 6 months", Outcome.DIFFERENT),
    # the compound's larger part alone is the compound rounded down: unsettled, not wrong
    ("four years", "four years and three months", Outcome.UNCLEAR),
    ("five years", "four years and three months", Outcome.DIFFERENT),
    # minutes and seconds: transposed digits are 27 seconds apart, not a rounding of 9 minutes
    ("9 minutes 41 seconds", "9 minutes 14 seconds", Outcome.DIFFERENT),
    ("7 min 30 seconds", "seven and a half minutes", Outcome.SAME),
    ("8 minutes and 21 seconds", "8 minutes 21 seconds", Outcome.SAME),
]


@pytest.mark.parametrize(("claimed", "stated", "expected"), COMPARISONS)
def test_compound_durations_compare_exactly(claimed: str, stated: str, expected: Outcome) -> None:
    assert compare(_duration(claimed), _duration(stated)) is expected


def test_a_bound_is_left_to_the_plain_comparison() -> None:
    bounded, compound = _duration("more than four years"), _duration("four years and three months")
    assert compare_compound(bounded, compound) is None
    assert compare(bounded, compound) is Outcome.SAME


def test_plain_durations_are_not_compound() -> None:
    assert not is_compound(_duration("22 months"))
    assert is_compound(_duration("a day and a half"))
