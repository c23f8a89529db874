"""Figures the held-out sets of issue 3 exposed, each rule with rows in other wordings and
rows that must not match: counts that refer back ("seven of them"), levels of "the number of
<noun>", parts of a counted whole
("three of the six carriages"), speeds, bare points that are percentage points, half-point,
"an increase of half", and quarters of a year as a duration ("13 consecutive quarters")."""

from __future__ import annotations

import pytest

from newsverify.figures import find_figures
from newsverify.text import normalize
from tests.test_figures import Row, _approx, _row, count, fig, money, pct, pp, span, times


def speed(text, value, unit, bound=None) -> Row:
    return fig(text, value, unit, "level", bound=bound)


ROWS: list[tuple[str, list[Row]]] = [
    # --- a number in words that refers back with "of them" counts what came before --------
    (
        "Twenty-seven people were injured, seven of them seriously.",
        [count("Twenty-seven people", 27, "person"), count("seven", 7, "person")],
    ),
    (
        "The council received 412 complaints, ninety-one of them about noise.",
        [count("412 complaints", 412, "complaint"), count("ninety-one", 91, "complaint")],
    ),
    # "one of them" picks one out; without a count before, "of them" has nothing to count
    ("Of the 40 staff, one of them left.", [count("40 staff", 40, "staff")]),
    ("Seven of them went home.", []),
    # --- a part of a counted whole named after it -----------------------------------------
    (
        "Three of the train's six carriages derailed.",
        [count("Three", 3, "carriage"), count("six carriages", 6, "carriage")],
    ),
    (
        "12 of the region's 40 stations closed.",
        [count("12", 12, "station"), count("40 stations", 40, "station")],
    ),
    ("Two of the people who came were ill.", []),
    # --- "the number of <noun>" names the level it reaches or stands at --------------------
    (
        "The number of unemployed people increased by 94,000, to 1.62 million.",
        # the level takes the counted noun; "increased by" makes the 94,000 a change
        [
            fig("increased by 94,000", 94000, "person", "change"),
            count("1.62 million", 1620000, "person"),
        ],
    ),
    (
        "The total number of complaints reached 4,500.",
        [count("4,500", 4500, "complaint")],
    ),
    ("The estimated number of vacancies was 718,000.", [count("718,000", 718000, "vacancy")]),
    # a vague "a number of", and a change ("down 10,000"), name nothing
    ("A number of firms said 2,000 was too low.", [count("2,000", 2000, "")]),
    ("The number of vacancies fell, down 10,000.", [fig("down 10,000", -10000, "", "change")]),
    # --- speeds -----------------------------------------------------------------------------
    (
        "It was travelling at 52 mph; the line speed is 60mph.",
        [speed("52 mph", 52, "mph"), speed("60mph", 60, "mph")],
    ),
    ("Trams may not exceed 30 km/h here.", [speed("30 km/h", 30, "km/h")]),
    (
        "Winds reached nearly 70 miles per hour.",
        [speed("nearly 70 miles per hour", 70, "mph", "about")],
    ),
    ("The limit was cut by 10mph.", [fig("cut by 10mph", -10, "mph", "change")]),
    ("The pier is 52m long.", []),
    # --- bare points are percentage points only where a rate moved --------------------------
    (
        "Support for the coalition slid 4 points to 31 per cent.",
        [pp("slid 4 points", -4), pct("31 per cent", 31)],
    ),
    ("The jobless rate rose two points.", [pp("rose two points", 2)]),
    (
        "Approval fell 3 points from 45%.",
        [pp("fell 3 points", -3), pct("45%", 45)],
    ),
    # index and league points are not percentage points, even beside a relative change
    (
        "The index fell 40 points, or 0.5%, to 7,500.",
        [count("40 points", 40, "point"), pct("0.5%", 0.5), count("7,500", 7500, "")],
    ),
    ("Liverpool slid 4 points behind Arsenal.", [count("4 points", 4, "point")]),
    # --- fractions of a point, and a noun of change "of half" --------------------------------
    (
        "A half-point rise in mortgage rates would add £90 a month.",
        [pp("A half-point rise", 0.5), money("£90", 90, "GBP")],
    ),
    ("The bank announced a quarter-point cut.", [pp("a quarter-point cut", -0.25)]),
    ("Rates were cut by a half-point.", [pp("cut by a half-point", -0.5)]),
    (
        "The number was 2.81 million, an increase of half since 2019.",
        [
            count("2.81 million", 2810000, ""),
            times("increase of half", 1.5),
            fig("2019", 2019, "year", "year"),
        ],
    ),
    ("It followed a fall of a third.", [times("fall of a third", 2 / 3)]),
    # --- quarters of a year as a duration, and a word of succession before the unit --------
    ("Vacancies have fallen for 13 quarters in a row.", [span("13 quarters", 13, "quarter")]),
    ("It shrank for two consecutive quarters.", [span("two consecutive quarters", 2, "quarter")]),
    ("Output rose for three straight months.", [span("three straight months", 3, "month")]),
    ("Three quarters of voters agreed.", [pct("Three quarters", 75)]),
    # "of half" without a noun of change is a share, as before
    ("Two thirds of half the staff left.", [pct("Two thirds", 200 / 3), pct("half", 50)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_extraction_traps(sentence: str, expected: list[Row]) -> None:
    text = normalize(sentence).text
    assert [_row(f) for f in find_figures(text)] == [_approx(row) for row in expected]
