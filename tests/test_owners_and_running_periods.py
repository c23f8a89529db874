"""Whose value a sentence gives, and over which months it runs.

"Dunmore's library loans rose to 412,000" in Dunmore council's own statement is Dunmore's,
not the county's, whatever its title says of the county, and "Adult members borrowed ..., up
6.1%" beside "junior members" is one part's rise, not all loans'; a change column between "Oct 2025"
and "Oct 2026" is October's change on a year, no change "in 2026"; "so far in 2026", "the
year to date (January to October 2026)" and "since 1 January 2026" are one period; and
"421kg" is as many kilograms as "421 kilograms"."""

from __future__ import annotations

import pytest

from newsverify.change_spans import MONTH, MONTH_ON_A_YEAR, span_between
from newsverify.corpus import parse_text
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.places import name_initials, publisher_keys
from newsverify.vocab import word_key

from .verdicts import assert_verdict, evidence_index

RELEASE = """\
Cinema admissions, October 2026

Source: Lorne Valley Screen Association
date 2026-11-12

Admissions in Lorne Valley were 1.21 million in October 2026, up 5.2% on October 2025.

Admissions for the year to date (January to October 2026) reached 11.4 million, up 2.0% on
the same period of 2025.

Since 1 January 2026, 3,210 screenings have sold out.

Table 1: Admissions by screen type, October

Screen type          Oct 2025     Oct 2026    Change (%)
Standard              801,000      829,000         +3.5
Premium large         349,000      381,000         +9.2
Total               1,150,000    1,210,000         +5.2

Each visitor bought 0.4 kg of popcorn on average.
"""

STATEMENT = """\
Dunmore tops Kelby County for library visits

Source: Dunmore District Council
date 2026-03-04

Dunmore's library loans rose to 412,000 in 2025, the highest of the seven districts in Kelby
County.

Adult members borrowed 260,000 books in 2025, up 6.1%, and made up 63% of all loans. Loans to
junior members rose 2.0% to 152,000 in 2025.

Dunmore's e-book loans for 2024 have been revised to 38,400, from the 41,900 first published.
"""

FERRIES = """\
Ferry traffic, October 2026

Source: Skerry Isles Ferries
date 2026-11-05

The busiest day was Friday 23 October, when 9,240 passengers crossed to the islands.

Skerry Isles Ferries carried 241,800 passengers in October 2026, 7.4% more than in October 2025.

The board approved 12 new crew posts on Tuesday 20 October.
"""

FERRY_ROWS = [
    # one October day's count is no October total, though the day is in October (it had
    # supported "day-as-month")
    ("month", "The ferries carried more than 240,000 passengers in October 2026.", "supported"),
    ("day-as-month", "9,240 passengers crossed to the islands in October 2026.", "missing"),
    ("day", "9,240 passengers crossed to the islands on Friday 23 October 2026.", "supported"),
    # the publisher by its initials, which only the article writes
    ("initials", "The SIF carried more than 240,000 passengers in October 2026.", "supported"),
    # a day something happened on still dates its count in that month
    ("event-day", "The board approved 12 new crew posts in October 2026.", "supported"),
]

CASUALTIES = """\
Police recorded road casualties in Hallam: year ending June 2025

Source: Hallam Road Safety Office
date 2025-10-23

Cyclist casualties rose by 7% to 4,260, an increase of 280, and the highest level since 2011.

Table 1: Casualties by road user, Hallam

Road user              YE Jun 2024   YE Jun 2025   Change (%)
Pedestrians                  5,120         4,980         -2.7
Cyclists                     3,980         4,260         +7.0
"""

CASUALTY_ROWS = [
    # a sentence that states a table cell's level and the change beside it reads a claimed
    # change, though the cell (a level, which settles nothing) fits the claim's words better
    ("restated", "Police recorded 280 more cyclist casualties than a year earlier.", "supported"),
]

SECTIONS = """\
# Library services in Kelby County, 2025

Source: Kelby County Council
date 2026-02-10

## Mobile libraries

Visits fell by 12% to 41,000 in 2025, as two of the six vans were off the road for repairs.

## Branch libraries

Visits rose by 3% to 1.2 million in 2025.
"""

SECTION_ROWS = [
    # the heading says what its section's sentences are about, as a title does
    ("mobile", "Visits to mobile libraries fell by 12% in 2025.", "supported"),
    ("branch", "Visits to branch libraries rose by 3% in 2025.", "supported"),
    # the mobile libraries' fall is no evidence on branch libraries (it had supported this)
    ("mobile-as-branch", "Visits to branch libraries fell by 12% in 2025.", "missing"),
]

RELEASE_ROWS = [
    # a change between two month columns, and a month's change on the month a year before
    ("october", "Cinema admissions rose 5.2% in October 2026.", "supported"),
    # ... which the year so far, not October, is evidence on
    ("year-of-october", "Cinema admissions rose 5.2% in 2026.", "contradicted"),
    ("premium-year", "Premium large screen admissions rose 9.2% in 2026.", "missing"),
    ("premium-october", "Premium large screen admissions rose 9.2% in October 2026.", "supported"),
    # the year so far, however it is said; an aside in brackets does not hide its period
    ("so-far", "Cinema admissions are up 2.0% so far in 2026.", "supported"),
    ("ytd-total", "Cinema admissions reached 11.4 million so far in 2026.", "supported"),
    ("month-as-ytd", "Cinema admissions are up 5.2% so far in 2026.", "contradicted"),
    ("since-january", "3,210 screenings have sold out so far this year.", "supported"),
    # ... and of the year they name
    ("since-other-year", "3,210 screenings have sold out since 1 January 2023.", "missing"),
    ("so-far-other-year", "Cinema admissions are up 2.0% so far in 2023.", "missing"),
    # kilograms by symbol
    ("kg", "Each visitor bought 0.4 kg of popcorn.", "supported"),
    ("kg-wrong", "Each visitor bought 0.7 kg of popcorn.", "contradicted"),
]

STATEMENT_ROWS = [
    ("owner", "Dunmore's library loans rose to 412,000 in 2025.", "supported"),
    # the county the title names is not the place the value is given for
    ("owner-as-county", "Kelby County's library loans rose to 412,000 in 2025.", "missing"),
    # one part of a breakdown the statement gives ("adult" and "junior" members) is no value
    # of the whole, however many of its words the claim shares
    ("part", "Adult members borrowed 6.1% more books in 2025.", "supported"),
    ("part-as-whole", "Dunmore's library loans rose by 6.1% in 2025.", "missing"),
    ("other-part", "Loans to junior members rose 2.0% in 2025.", "supported"),
    # a revision "to X, from Y" goes the way from Y to X, as "from Y to X" does
    ("revised-down", "Dunmore's e-book loans for 2024 were revised down to 38,400.", "supported"),
    ("revised-up", "Dunmore's e-book loans for 2024 were revised up to 38,400.", "contradicted"),
]


# Each primary with its file name, and the claims checked against it.
DOCUMENTS = {
    "release": (RELEASE, "cinema-admissions-october-2026.txt", RELEASE_ROWS),
    "statement": (STATEMENT, "dunmore-library-loans.txt", STATEMENT_ROWS),
    "ferries": (FERRIES, "ferry-traffic-october-2026.txt", FERRY_ROWS),
    "casualties": (CASUALTIES, "road-casualties-2025.txt", CASUALTY_ROWS),
    "sections": (SECTIONS, "library-services-2025.md", SECTION_ROWS),
}
CASES = [(name, *row) for name, (_, _, rows) in DOCUMENTS.items() for row in rows]


@pytest.fixture(scope="module")
def indexes(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    """Each primary's evidence, parsed once for the module."""
    return {
        name: evidence_index(analyzer, text, file) for name, (text, file, _) in DOCUMENTS.items()
    }


@pytest.mark.parametrize(("document", "claim_id", "text", "expected"), CASES)
def test_owners_and_running_periods(
    analyzer: Analyzer,
    indexes,  # type: ignore[no-untyped-def]
    document: str,
    claim_id: str,
    text: str,
    expected: str,
) -> None:
    assert_verdict(analyzer, indexes[document], claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("421kg", 421, "kilogram"),
        ("421 kg", 421, "kilogram"),
        ("about four hundred kilos", 400, "kilogram"),
        ("421 kilograms", 421, "kilogram"),
        ("40 kg per hectare", 40, "kg/ha"),
    ],
)
def test_kilograms(text: str, value: float, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (value, unit)


def test_span_between_month_columns() -> None:
    def times(text: str):  # type: ignore[no-untyped-def]
        return [f for f in find_figures(text) if f.kind in ("date", "year")]

    assert span_between(times("Oct 2025 and Oct 2026")) == MONTH_ON_A_YEAR
    assert span_between(times("Sep 2026 and Oct 2026")) == MONTH
    # whole years, or months not a month or a year apart, say nothing of the span
    assert span_between(times("2025 and 2026")) is None
    assert span_between(times("Jun 2026 and Oct 2026")) is None


def test_a_publisher_is_named_by_its_initials() -> None:
    # "The CMIA expects battery electric cars to take 22.8%" names the release's publisher
    [document] = parse_text(
        "New car registrations\n\nSource: Calder Motor Industry Association\n\nText.\n", "x.txt"
    )
    assert word_key("CMIA") in publisher_keys(document)
    assert name_initials("Office for National Statistics") == "ONS"
    assert name_initials("Ofgem") is None
