"""Calendar rules in dates.py: month spans, a bare half-year, years a weekday fixes."""

from __future__ import annotations

import datetime

import pytest

from newsverify.dates import with_weekday_year
from newsverify.figures import find_figures
from newsverify.records import DateParts
from newsverify.text import normalize
from tests.test_figures import Row, _approx, _row, count, date, pct

ROWS: list[tuple[str, list[Row]]] = [
    # --- a span of months in one year is one period, not its first month ------------------
    (
        "Unemployment was 4.9% in May to July 2025.",
        [
            pct("4.9%", 4.9),
            date("May to July 2025", 20250500, 20250700, year=2025, month=5, end_month=7),
        ],
    ),
    (
        "Estimates for February-April 2024 were revised.",
        [date("February-April 2024", 20240200, 20240400, year=2024, month=2, end_month=4)],
    ),
    (
        "Output grew in the June-to-August period.",
        [date("June-to-August", 600, 800, month=6, end_month=8)],
    ),
    (
        "Orders fell between March and May, to 310 units.",
        [
            date("between March and May", 300, 500, month=3, end_month=5),
            count("310 units", 310, "unit"),
        ],
    ),
    # "and" without "between" may be two months; a span across the year end is left alone
    ("Sales in May and June rose.", [date("May", 500, month=5), date("June", 600, month=6)]),
    (
        "From December to February 2025 they fell.",
        [date("December", 1200, month=12), date("February 2025", 20250200, year=2025, month=2)],
    ),
    ("He may to some extent agree.", []),
    # --- a bare "H2" is a half-year where a period is expected, not hydrogen -------------
    ("The airline returned to profit in H2.", [date("H2", 700, 1200, month=7, end_month=12)]),
    ("Sales in H1 rose.", [date("H1", 100, 600, month=1, end_month=6)]),
    ("The H2 results were better.", [date("H2", 700, 1200, month=7, end_month=12)]),
    ("Investment in H2 production stalled.", []),
    ("An H2 molecule has two atoms.", [count("two atoms", 2, "atom")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_calendar_rules(sentence: str, expected: list[Row]) -> None:
    text = normalize(sentence).text
    assert [_row(f) for f in find_figures(text)] == [_approx(row) for row in expected]


def _dated(text: str):
    (figure,) = [f for f in find_figures(text) if f.kind == "date"]
    return figure


@pytest.mark.parametrize(
    ("text", "written", "year"),
    [
        ("The forum meets on Friday 19 September.", datetime.date(2025, 9, 16), 2025),
        # early in a year, a December date with its weekday is the year before
        ("It began on Monday 30 December.", datetime.date(2025, 1, 8), 2024),
        # late in a year, a January date is the next one
        ("Talks resume on Tuesday 6 January.", datetime.date(2025, 12, 20), 2026),
    ],
)
def test_weekday_fixes_the_year(text: str, written: datetime.date, year: int) -> None:
    figure = with_weekday_year(_dated(text), written)
    assert figure.date is not None and figure.date.year == year
    assert figure.value == year * 10000 + figure.date.month * 100 + figure.date.day


@pytest.mark.parametrize(
    "text",
    [
        # 19 September 2025 is a Friday; 2024's was a Thursday, but a year back is not nearest
        "The forum meets on Thursday 19 September.",
        "The forum meets on 19 September.",  # no weekday: nothing fixes the year
        "The forum meets on Friday 19 September 2024.",  # a year of its own stays
    ],
)
def test_weekday_year_left_alone(text: str) -> None:
    figure = _dated(text)
    assert with_weekday_year(figure, datetime.date(2025, 9, 16)) == figure


def test_weekday_year_ignores_impossible_days() -> None:
    figure = _dated("It falls on Friday 29 February.")
    assert figure.date == DateParts(month=2, day=29, weekday=4)
    assert with_weekday_year(figure, datetime.date(2025, 9, 16)) == figure
