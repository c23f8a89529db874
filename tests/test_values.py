"""Comparing normalised figures: equality within stated precision, bounds, dates, weekdays."""

from __future__ import annotations

import pytest

from newsverify.records import DateParts, Figure
from newsverify.values import Outcome, compare, compare_dates, describe


def fig(text: str, value: float | None, unit: str, kind: str, **extra) -> Figure:  # type: ignore[no-untyped-def]
    return Figure(0, len(text), text, value, unit, kind, **extra)


X5 = fig("a 400% increase", 5.0, "factor", "multiplier")
X4 = fig("four-fold", 4.0, "factor", "multiplier")
PCT_2_5 = fig("2.5%", 2.5, "percent", "level")
PCT_2_47 = fig("2.47%", 2.47, "percent", "level")
PCT_2_4 = fig("2.4%", 2.4, "percent", "level")
PP_2_5 = fig("2.5 percentage points", 2.5, "percentage_point", "level")
GBP_2_2BN = fig("£2.2bn", 2.2e9, "GBP", "money", currency="GBP")
GBP_2_23BN = fig("£2.23bn", 2.23e9, "GBP", "money", currency="GBP")
GBP_2_4BN = fig("£2.4bn", 2.4e9, "GBP", "money", currency="GBP")
USD_2_2BN = fig("$2.2bn", 2.2e9, "USD", "money", currency="USD")
ABOUT_30 = fig("about 30 nations", 30, "nation", "count", bound="about")
MORE_30 = fig("more than 30 nations", 30, "nation", "count", bound="more_than")
N31 = fig("31 nations", 31, "nation", "count")
N28 = fig("28 nations", 28, "nation", "count")
N40 = fig("40 nations", 40, "nation", "count")
N31_SHIPS = fig("31 ships", 31, "ship", "count")
SEVEN_DECADES = fig("more than seven decades", 70, "year", "duration", bound="more_than")
FOUR_DECADES = fig("four decades", 40, "year", "duration")
EIGHTY_YEARS = fig("80 years", 80, "year", "duration")
NINETY_MIN = fig("90-minute", 90, "minute", "duration")
HOUR_AND_HALF = fig("1.5 hours", 1.5, "hour", "duration")
BY_2027 = fig("by 2027", 2027, "year", "year", bound="at_most")
BY_2030 = fig("by 2030", 2030, "year", "year", bound="at_most")
PCT_33 = fig("33%", 33, "percent", "level")
PCT_40 = fig("40%", 40, "percent", "level")
THIRD_DOWN = fig("fell by a third", 2 / 3, "factor", "multiplier")
TALLY_7_2 = fig("voted 7-2", 7, "tally", "count", upper=2)
TALLY_6_3 = fig("a 6-3 margin", 6, "tally", "count", upper=3)
GBP_150 = fig("£150m", 1.5e8, "GBP", "money", currency="GBP")
GBP_150_158 = fig("£150m to £158m", 1.5e8, "GBP", "money", currency="GBP", upper=1.58e8)
GBP_150_165 = fig("between £150m and £165m", 1.5e8, "GBP", "money", currency="GBP", upper=1.65e8)


@pytest.mark.parametrize(
    ("claim", "primary", "expected"),
    [
        (X5, X5, Outcome.SAME),
        (X4, X5, Outcome.DIFFERENT),
        (PCT_2_5, PCT_2_47, Outcome.SAME),  # within the claim's stated precision
        (PCT_2_5, PCT_2_4, Outcome.DIFFERENT),
        (PCT_2_5, PP_2_5, Outcome.UNCLEAR),  # percent and percentage points never compare
        (GBP_2_2BN, GBP_2_23BN, Outcome.SAME),
        (GBP_2_2BN, GBP_2_4BN, Outcome.DIFFERENT),
        (GBP_2_2BN, USD_2_2BN, Outcome.UNCLEAR),  # another currency
        (ABOUT_30, N31, Outcome.SAME),
        (ABOUT_30, N40, Outcome.DIFFERENT),
        (MORE_30, N31, Outcome.SAME),
        (MORE_30, N28, Outcome.DIFFERENT),
        (N31, MORE_30, Outcome.UNCLEAR),  # an exact claim is not shown by a bound
        (N28, MORE_30, Outcome.DIFFERENT),  # but it can fall outside it
        (N31, N31_SHIPS, Outcome.UNCLEAR),  # counts of different things
        (SEVEN_DECADES, SEVEN_DECADES, Outcome.SAME),
        (FOUR_DECADES, SEVEN_DECADES, Outcome.DIFFERENT),
        (EIGHTY_YEARS, SEVEN_DECADES, Outcome.UNCLEAR),
        (NINETY_MIN, HOUR_AND_HALF, Outcome.SAME),  # durations compare across units
        (BY_2027, BY_2027, Outcome.SAME),
        (BY_2027, BY_2030, Outcome.DIFFERENT),
        # fractions and ratios agree with the whole percent a primary rounds them to
        (fig("a third", 100 / 3, "percent", "level"), PCT_33, Outcome.SAME),
        (fig("a third", 100 / 3, "percent", "level"), PCT_40, Outcome.DIFFERENT),
        (fig("1 in 3", 100 / 3, "percent", "level"), PCT_33, Outcome.SAME),
        (fig("1 in 3", 100 / 3, "percent", "level"), PCT_40, Outcome.DIFFERENT),
        (PCT_33, fig("a third", 100 / 3, "percent", "level"), Outcome.SAME),
        (THIRD_DOWN, fig("fell by 33%", 0.67, "factor", "multiplier"), Outcome.SAME),
        (THIRD_DOWN, fig("fell by 25%", 0.75, "factor", "multiplier"), Outcome.DIFFERENT),
        # vote tallies agree pair for pair, and are no range
        (TALLY_7_2, TALLY_7_2, Outcome.SAME),
        (TALLY_6_3, TALLY_7_2, Outcome.DIFFERENT),
        (fig("2-7", 2, "tally", "count", upper=7), TALLY_7_2, Outcome.DIFFERENT),
        (fig("7 votes", 7, "vote", "count"), TALLY_7_2, Outcome.UNCLEAR),
        # a unanimous vote agrees only with a tally with none against
        (fig("voted unanimously", None, "tally", "count", upper=0), TALLY_7_2, Outcome.DIFFERENT),
        (
            fig("voted unanimously", None, "tally", "count", upper=0),
            fig("9-0", 9, "tally", "count", upper=0),
            Outcome.SAME,
        ),
        # a claimed range agrees with a value inside it or the same range, and nothing else
        (GBP_150_165, GBP_150_158, Outcome.DIFFERENT),
        (GBP_150_158, GBP_150_158, Outcome.SAME),
        (GBP_150_165, GBP_150, Outcome.SAME),
        (GBP_150_165, fig("£170m", 1.7e8, "GBP", "money", currency="GBP"), Outcome.DIFFERENT),
        (GBP_150, GBP_150_158, Outcome.UNCLEAR),  # an exact claim inside a primary range
        (fig("£160m", 1.6e8, "GBP", "money", currency="GBP"), GBP_150_158, Outcome.DIFFERENT),
        # a cell of a "Change (%)" column writes no percent sign: its digits are still percent
        (
            fig("+1.3", 1.013, "factor", "multiplier"),
            fig("+3.1", 1.031, "factor", "multiplier"),
            Outcome.DIFFERENT,
        ),
        (
            fig("+1.3", 1.013, "factor", "multiplier"),
            fig("rose by 1.34%", 1.0134, "factor", "multiplier"),
            Outcome.SAME,
        ),
    ],
)
def test_compare(claim: Figure, primary: Figure, expected: Outcome) -> None:
    assert compare(claim, primary) is expected


@pytest.mark.parametrize(
    ("claim", "primary", "expected"),
    [
        (DateParts(2025, 6, 9), DateParts(2025, 6, 9, weekday=0), Outcome.SAME),
        (DateParts(2025, 6, 9, weekday=1), DateParts(2025, 6, 9), Outcome.DIFFERENT),  # a Monday
        (DateParts(2025, 6, 5, weekday=4), DateParts(2025, 6, 5, weekday=3), Outcome.DIFFERENT),
        (DateParts(2023, 7), DateParts(2024, 7), Outcome.DIFFERENT),
        (DateParts(None, 6, 7), DateParts(None, 6, 6), Outcome.DIFFERENT),
        (DateParts(2025, 6), DateParts(2025, 6, 9), Outcome.SAME),  # a vaguer claim agrees
        (DateParts(2025, 6, 9), DateParts(2025, 6), Outcome.UNCLEAR),  # a vaguer primary cannot
        (DateParts(2025, 6, 5), DateParts(2025, 6, 4, end_day=6), Outcome.SAME),
        (DateParts(None, 6, 5, end_day=6), DateParts(None, 6, 5, end_day=6), Outcome.SAME),
        (DateParts(weekday=1), DateParts(2025, 6, 9), Outcome.DIFFERENT),
        # numbered weeks, against weeks or the ISO week of a date
        (DateParts(2025, week=24), DateParts(2025, week=24), Outcome.SAME),
        (DateParts(2025, week=22), DateParts(week=24), Outcome.DIFFERENT),
        (DateParts(week=24), DateParts(2025, 6, 9, end_day=15), Outcome.SAME),
        (DateParts(2025, week=24), DateParts(week=24), Outcome.UNCLEAR),  # which year?
        (DateParts(2025, week=24), DateParts(2025, 6), Outcome.UNCLEAR),
        # quarters and halves are spans of months ("Q4 2027" = October-December)
        (DateParts(2027, 10, end_month=12), DateParts(2027, 10, end_month=12), Outcome.SAME),
        (DateParts(2027, 10, end_month=12), DateParts(2027, 7, end_month=9), Outcome.DIFFERENT),
        (DateParts(2027, 10, end_month=12), DateParts(2026, 10, end_month=12), Outcome.DIFFERENT),
        (DateParts(2028, 1, end_month=6), DateParts(2028, 1, end_month=3), Outcome.UNCLEAR),
        (DateParts(2027, 10), DateParts(2027, 10, end_month=12), Outcome.UNCLEAR),  # vaguer primary
        (DateParts(2027, 10, end_month=12), DateParts(2027, 11, 5), Outcome.UNCLEAR),
        (DateParts(2027, 10, end_month=12), DateParts(2027, 3), Outcome.DIFFERENT),
        (DateParts(2027), DateParts(2027, 10, end_month=12), Outcome.SAME),  # the year holds
        (DateParts(2027, 10, end_month=12), DateParts(None, 10, end_month=12), Outcome.UNCLEAR),
    ],
)
def test_compare_dates(claim: DateParts, primary: DateParts, expected: Outcome) -> None:
    assert compare_dates(claim, primary) is expected


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (X5, "×5"),
        (PCT_2_5, "2.5%"),
        (PP_2_5, "2.5 percentage points"),
        (GBP_2_2BN, "£2.2bn"),
        (MORE_30, "more than 30 nation"),
        (BY_2027, "by 2027"),
        (
            fig("9 June 2025", 20250609, "date", "date", date=DateParts(2025, 6, 9)),
            "Monday 9 June 2025",
        ),
        (
            fig("Q4 2027", 20271000, "date", "date", date=DateParts(2027, 10, end_month=12)),
            "October-December 2027",
        ),
    ],
)
def test_describe(figure: Figure, text: str) -> None:
    assert describe(figure) == text


GBP_3_4M = fig("£3.4m", 3.4e6, "GBP", "money", currency="GBP")
GBP_UP_3_4M = fig("rose by £3.4m", 3.4e6, "GBP", "change", currency="GBP")


def test_a_change_in_money_is_not_a_level_of_money() -> None:
    # "rose by £3.4m" where the primary gives £3.4m as the new total: the same sum, another
    # quantity, so neither agreement nor conflict can be shown.
    assert compare(GBP_UP_3_4M, GBP_3_4M) is Outcome.UNCLEAR
    assert compare(GBP_3_4M, GBP_UP_3_4M) is Outcome.UNCLEAR
    assert compare(GBP_UP_3_4M, GBP_UP_3_4M) is Outcome.SAME


@pytest.mark.parametrize(
    ("text", "claimed", "stated", "expected"),
    [
        # "almost a fifth" is a fall of about 20%: 13% is far off, 19% is close
        ("fell by almost a fifth", 0.8, 0.87, Outcome.DIFFERENT),
        ("fell by almost a fifth", 0.8, 0.81, Outcome.SAME),
        ("nearly doubled", 2.0, 1.95, Outcome.SAME),
        ("nearly doubled", 2.0, 1.7, Outcome.DIFFERENT),
    ],
)
def test_an_approximate_factor_is_as_loose_as_its_change(
    text: str, claimed: float, stated: float, expected: Outcome
) -> None:
    claim = fig(text, claimed, "factor", "multiplier", bound="about")
    primary = fig("x", stated, "factor", "multiplier")
    assert compare(claim, primary) is expected
