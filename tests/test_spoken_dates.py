"""Dates and years read out ("Tuesday the second of November", "twenty eighteen"), and bounds on
falls ("fell by more than a fifth" leaves less than ×0.8): figure rows, with rows that must not
yield them."""

from __future__ import annotations

import pytest

from newsverify.figures import find_figures
from newsverify.records import DateParts
from newsverify.text import normalize

ROWS = [
    # spoken dates: a weekday, an ordinal day and a month are one date
    (
        "The hearing opens on Tuesday the second of November.",
        [("Tuesday the second of November", "date", DateParts(month=11, day=2, weekday=1))],
    ),
    (
        "Polls close on the twenty-first of June 2026.",
        [("the twenty-first of June 2026", "date", DateParts(year=2026, month=6, day=21))],
    ),
    (
        "Results follow on Friday the 3rd of March, at noon.",
        [("Friday the 3rd of March", "date", DateParts(month=3, day=3, weekday=4))],
    ),
    (
        "The depot reopens on Friday, January the thirtieth.",
        [("Friday, January the thirtieth", "date", DateParts(month=1, day=30, weekday=4))],
    ),
    # an ordinal without a month is no date, nor is a lower-case "may" (None: no time at all)
    ("She came second of the five runners.", None),
    ("He said the second of may be the last of three attempts.", None),
    # spoken years
    ("Ridership is the lowest since twenty eighteen.", [("twenty eighteen", "year", 2018.0)]),
    ("The plan runs to twenty twenty-six.", [("twenty twenty-six", "year", 2026.0)]),
    ("It was founded in nineteen oh five.", [("nineteen oh five", "year", 1905.0)]),
    # "twenty" alone, or twenty things counted, is no year
    ("Twenty fifteen-year-olds applied.", None),
    ("Twenty eighteen people signed.", None),
]


def _row(figure):  # type: ignore[no-untyped-def]
    return (figure.text, figure.kind, figure.date if figure.kind == "date" else figure.value)


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_spoken_times(sentence: str, expected: list[tuple[str, str, object]] | None) -> None:
    figures = find_figures(normalize(sentence).text)
    if expected is None:
        assert not [f for f in figures if f.kind in ("year", "date")]
    else:
        assert [_row(f) for f in figures] == expected


BOUNDED_CHANGES = [
    # a bound on a fall bounds the size of the fall: the factor left is on the other side
    ("Bus ridership fell by more than a fifth.", 0.8, "less_than"),
    ("Bus ridership fell by more than 20%.", 0.8, "less_than"),
    ("Bus ridership fell by less than a fifth.", 0.8, "more_than"),
    ("Bus ridership fell by up to 30%.", 0.7, "at_least"),
    ("Bus ridership more than halved.", 0.5, "less_than"),
    # a rise keeps its bound, and "about" is no side
    ("Bus ridership rose by more than a fifth.", 1.2, "more_than"),
    ("Bus ridership rose by more than 20%.", 1.2, "more_than"),
    ("Bus ridership fell by about 20%.", 0.8, "about"),
]


@pytest.mark.parametrize(("sentence", "value", "bound"), BOUNDED_CHANGES)
def test_bound_on_a_fall(sentence: str, value: float, bound: str) -> None:
    (figure,) = [f for f in find_figures(normalize(sentence).text) if f.kind == "multiplier"]
    assert (figure.value, figure.bound) == (pytest.approx(value), bound)
