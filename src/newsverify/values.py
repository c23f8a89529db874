"""Comparing two figures after normalisation, and describing them for a reason line.

Pure functions over `Figure` records: no spaCy, no documents.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from dataclasses import replace
from enum import Enum

from .compound_durations import compare_compound, is_compound
from .numbers import CENTS, FRACTION_WORDS, alternation, singular
from .records import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    CHANGE,
    COUNT,
    DATE,
    DURATION,
    LESS_THAN,
    MONEY,
    MORE_THAN,
    MULTIPLIER,
    YEAR,
    DateParts,
    Figure,
)
from .tallies import TALLY
from .vocab import COUNT_UNITS


class Outcome(Enum):
    SAME = "same"
    DIFFERENT = "different"
    UNCLEAR = "unclear"  # comparable, but neither agreement nor conflict can be shown


# Durations are compared in days, whatever unit the text used.
DAYS_PER_UNIT = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "fortnight": 14,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525,
}
BOUNDS = (MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST)
# "about 30" is supported by 27 to 33.
ABOUT_TOLERANCE = 0.1
# How far a hedged share may stand from the primary's and still be the same, in points.
LOOSE_SHARE_POINTS = 2.5
CURRENCY_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}
_PERCENT_TEXT = re.compile(r"%|per ?cent|pc\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
# A share or change given as a fraction or ratio: "a third", "fell by half", "1 in 3".
_FRACTION_TEXT = re.compile(
    rf"\b{alternation(FRACTION_WORDS)}\b|\b(?:in|out\s+of)\s+(?:\d|[a-z])", re.IGNORECASE
)


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
_BY_SPAN = re.compile(r"\bby\s+\S+\s+\S+$", re.IGNORECASE)


def dimension(figure: Figure) -> str:
    """What a figure measures; only figures of the same dimension are compared."""
    if figure.kind == MULTIPLIER:
        return "factor"
    if figure.kind in (DATE, YEAR, DURATION):
        return figure.kind
    if figure.kind == CHANGE and figure.unit in _TIME_UNITS and _BY_SPAN.search(figure.text):
        # "fell by 14 weeks" is measured as "14 weeks" is; "19 more rain days" counts days.
        return DURATION
    if figure.kind == MONEY or figure.currency:
        return f"money:{figure.currency or figure.unit}"
    if figure.unit in ("percent", "percentage_point"):
        return f"{figure.unit}:{figure.kind}"
    if figure.kind in (COUNT, CHANGE):
        # "rose by 41" admissions counts what "41 admissions" counts, and a bare "rose by 1,140"
        # counts what its subject does, like a bare count; compare() tells changes apart.
        unit = singular(figure.unit)
        return f"count:{COUNT_UNITS.get(unit, unit)}"
    return f"{figure.kind}:{figure.unit}"


def as_date(figure: Figure) -> DateParts | None:
    """A time figure as calendar parts: "in 2024" is the year 2024; deadlines are not dates."""
    if figure.date is not None:
        return figure.date
    if figure.kind == YEAR and figure.value is not None and not is_deadline(figure):
        end = int(figure.upper) if figure.upper is not None else None
        return DateParts(year=int(figure.value), end_year=end)
    return None


def is_time(figure: Figure) -> bool:
    return figure.kind in (DATE, YEAR)


def is_deadline(figure: Figure) -> bool:
    return figure.kind == YEAR and figure.bound == AT_MOST


def compare(claim: Figure, primary: Figure) -> Outcome:
    """Does the primary figure agree with the claim's, within the precision the claim states?"""
    if dimension(claim) != dimension(primary):
        return Outcome.UNCLEAR
    if (claim.kind == CHANGE) != (primary.kind == CHANGE):
        # "rose by £1.28bn" is not "rose to £1.28bn": the same sum, another quantity.
        return Outcome.UNCLEAR
    if claim.unit == TALLY:
        return _compare_tallies(claim, primary)
    if claim.kind in (DATE, YEAR) and claim.date and primary.date:
        return compare_dates(claim.date, primary.date)
    if claim.kind == YEAR:
        return _compare_years(claim, primary)
    if claim.kind == DATE:
        return _compare_numbers(claim, primary, claim.value, primary.value)
    if claim.kind == DURATION and (is_compound(claim) or is_compound(primary)):
        # "four years and three months" is 51 months exactly, not four years give or take.
        exact = compare_compound(claim, primary)
        if exact is not None:
            return Outcome(exact)
    if claim.kind == DURATION:
        scale_claim = DAYS_PER_UNIT.get(singular(claim.unit), 1)
        scale_primary = DAYS_PER_UNIT.get(singular(primary.unit), 1)
        return _compare_numbers(
            claim,
            primary,
            None if claim.value is None else claim.value * scale_claim,
            None if primary.value is None else primary.value * scale_primary,
            scale=scale_claim,
        )
    return _compare_numbers(claim, primary, claim.value, primary.value)


def _compare_numbers(
    claim: Figure,
    primary: Figure,
    claimed: float | None,
    stated: float | None,
    scale: float = 1.0,
) -> Outcome:
    if claimed is None or stated is None:
        return Outcome.UNCLEAR
    if primary.bound in BOUNDS or (primary.upper is not None and scale == 1.0):
        return _compare_with_loose_primary(claim, primary, claimed, stated, scale)
    if claim.bound in BOUNDS and primary.bound == ABOUT:
        return _bound_against_hedge(claim.bound, claimed, stated, primary.text)
    if claim.bound == ABOUT or primary.bound == ABOUT or _loose_fraction(claim, primary):
        if claim.kind == MULTIPLIER:
            # "fell by almost a fifth" is about the size of the change: a fall of 13% (×0.87)
            # is not close to one of 20% (×0.8), though the factors are within a tenth.
            claimed, stated = claimed - 1, stated - 1
        close = _near(claimed, stated)
        # "almost €1,900" rounds to the hundred: €1,758 is further off than that.
        unit = _rounding_unit(claim, claimed) if claim.bound == ABOUT else None
        if unit is not None and abs(claimed - stated) > unit:
            close = False
        if _other_round_number(claim, primary, claimed, stated, unit):
            close = False
        if _outside_rounding(claim, primary, claimed, stated):
            close = False
        if claim.bound == ABOUT and _rounded_wrong_way(claim, claimed, stated):
            close = False
        if close and claim.unit == "percent" and abs(claimed - stated) > LOOSE_SHARE_POINTS:
            # "nearly four in five" (80%) for 75%: near in proportion, yet a reader takes a
            # share's hedge to within a couple of points, so it is unsettled.
            return Outcome.UNCLEAR
        return Outcome.SAME if close else Outcome.DIFFERENT
    if claim.bound in BOUNDS:
        held = _within_bound(claim.bound, claimed, stated)
        if held is Outcome.SAME and _NEAR_BOUND.match(claim.text) and not _near(claimed, stated):
            # "just under 30%" says close to 30%: 21.7% meets the bound, not the claim.
            return Outcome.UNCLEAR
        return held
    if claim.upper is not None:
        return _range_holds(claim, claimed, stated, scale)
    return Outcome.SAME if _equal(claim, claimed, stated, scale) else Outcome.DIFFERENT


# Bounds that also say the value is close to the number: "just under 30%", "slightly over".
_NEAR_BOUND = re.compile(
    r"(?:just|slightly|a\s+little|marginally|fractionally)\s+(?:over|under|above|below|more|less|fewer)",
    re.IGNORECASE,
)


# Hedges that put a value just short of its number: "almost five times", "nearly 30%".
_SHORT_OF = re.compile(r"(?:almost|nearly|not\s+quite|just\s+short\s+of)\b", re.IGNORECASE)


def _bound_against_hedge(bound: str, claimed: float, stated: float, hedged: str) -> Outcome:
    """A claimed bound ("more than five times") against a primary's hedged value ("about five
    times", anywhere within a tenth of it): it holds when every value the hedge allows meets
    the bound, fails when none does, and is unsettled otherwise. "almost" and "nearly" allow
    only values below the number, so "almost five times" is never "more than five times"."""
    band = ABOUT_TOLERANCE * abs(stated)
    high = stated + band
    if _SHORT_OF.match(hedged):
        high = stated - 1e-9 * max(1.0, abs(stated))
    outcomes = {_within_bound(bound, claimed, value) for value in (stated - band, high)}
    return outcomes.pop() if len(outcomes) == 1 else Outcome.UNCLEAR


def _near(claimed: float, stated: float) -> bool:
    return abs(claimed - stated) <= ABOUT_TOLERANCE * max(abs(claimed), abs(stated))


def _other_round_number(
    claim: Figure, primary: Figure, claimed: float, stated: float, unit: float | None
) -> bool:
    """Both hedge, rounded to the same unit, and give different numbers: "about 150
    vessels" is not "about 140 vessels", whose own rounding already says how loose it is."""
    if claim.bound != ABOUT or primary.bound != ABOUT or unit is None:
        return False
    other = _rounding_unit(primary, stated)
    return other is not None and math.isclose(unit, other) and not math.isclose(claimed, stated)


def _outside_rounding(claim: Figure, primary: Figure, claimed: float, stated: float) -> bool:
    """A primary's hedge says how it rounded: "about 13p" is 12.5p to 13.5p, which an exact
    "12p" (11.5p to 12.5p) is not. Only for a hedged number with two digits or more that
    count ("about 30" says little of its unit); the claim's own precision widens the test."""
    if primary.bound != ABOUT or claim.bound is not None or claim.upper is not None:
        return False
    given = _rounding_unit(primary, stated)
    if given is None:
        return False
    own = _rounding_unit(claim, claimed) or 0.0
    return abs(claimed - stated) >= (given + own) / 2 * (1 - 1e-9)


def _rounded_wrong_way(claim: Figure, claimed: float, stated: float) -> bool:
    """ "about 6%" is what 5.5% to 6.5% round to: 5.4% rounds to 5%, so "about 6%" for it
    rounded the wrong way. For a hedge that is no bound ("about", "around", not "almost"),
    whose number ends in a counting digit (a round "about 30" may be rounded to the five)."""
    if _SHORT_OF.search(claim.text):
        return False
    written = _WRITTEN_NUMBER.search(claim.text)
    if written is None or written.group(0).replace(",", "").endswith("0"):
        return False
    unit = _rounding_unit(claim, claimed, lone_digit=True)
    return unit is not None and abs(claimed - stated) > unit / 2 * (1 + 1e-9)


def _loose_fraction(claim: Figure, primary: Figure) -> bool:
    """A primary share in words ("One in four of the homes") is a rounding of a precise one:
    it is as loose as "about" against a claim's digits (25.7%)."""
    return (
        primary.unit == "percent"
        and bool(_FRACTION_TEXT.search(primary.text))
        and not _FRACTION_TEXT.search(claim.text)
    )


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rounding_unit(claim: Figure, value: float, lone_digit: bool = False) -> float | None:
    """The unit a rounded claim is written to: 100 for "1,900", 100,000 for "1.3 million";
    None when it cannot be told (no digits, or a round number such as 10), or for a lone
    digit ("about 6%") unless `lone_digit`."""
    written = _WRITTEN_NUMBER.search(claim.text)
    if written is None:
        return None
    digits = written.group(0).replace(",", "")
    number = float(digits)
    if (
        number == 0
        or "." not in digits
        and len(digits.rstrip("0")) < 2
        and not (lone_digit and len(digits) == 1)
    ):
        return None  # "about 30", "10": one significant digit says little of the unit
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return unit * abs(value / number)


def _compare_tallies(claim: Figure, primary: Figure) -> Outcome:
    """Vote tallies agree only pair for pair: "7-2" is not "6-3", nor "2-7". A unanimous
    vote (no votes for given, none against) agrees with any tally with none against."""
    if _unanimous(claim) or _unanimous(primary):
        if claim.upper is None or primary.upper is None:
            return Outcome.UNCLEAR
        return Outcome.SAME if claim.upper == primary.upper == 0 else Outcome.DIFFERENT
    if None in (claim.value, claim.upper, primary.value, primary.upper):
        return Outcome.UNCLEAR
    same = (claim.value, claim.upper) == (primary.value, primary.upper)
    return Outcome.SAME if same else Outcome.DIFFERENT


def _unanimous(tally: Figure) -> bool:
    return tally.value is None and tally.upper == 0


def _compare_years(claim: Figure, primary: Figure) -> Outcome:
    """Years and deadlines: "by 2027" is a year, not a bound on a quantity."""
    if claim.value is None or primary.value is None:
        return Outcome.UNCLEAR
    if primary.upper is not None and claim.upper is None:
        inside = primary.value <= claim.value <= primary.upper
        return Outcome.SAME if inside else Outcome.DIFFERENT
    same = claim.value == primary.value and claim.upper == primary.upper
    return Outcome.SAME if same else Outcome.DIFFERENT


def _compare_with_loose_primary(
    claim: Figure, primary: Figure, claimed: float, stated: float, scale: float
) -> Outcome:
    """A primary that gives only a bound or a range supports only an equally loose claim."""
    if claim.bound == primary.bound and claim.upper == primary.upper:
        if _equal(claim, claimed, stated, scale):
            return Outcome.SAME
    both_ranges = claim.upper is not None and primary.upper is not None and scale == 1.0
    if both_ranges and claim.bound == primary.bound:
        # Two ranges for the same thing: "£150m-£165m" against "£150m-£158m" conflict.
        same = _equal(claim, claimed, stated, scale) and _equal(
            claim, claim.upper, primary.upper, scale
        )
        return Outcome.SAME if same else Outcome.DIFFERENT
    if primary.upper is not None:
        inside = stated <= claimed <= primary.upper
        return Outcome.UNCLEAR if inside else Outcome.DIFFERENT
    # An exact claim outside the primary's bound conflicts with it.
    if primary.bound in (MORE_THAN, AT_LEAST) and claimed < stated:
        return Outcome.DIFFERENT
    if primary.bound in (LESS_THAN, AT_MOST) and claimed > stated:
        return Outcome.DIFFERENT
    return Outcome.UNCLEAR


def _range_holds(claim: Figure, claimed: float, stated: float, scale: float) -> Outcome:
    """A claimed range against one exact value: it agrees only with a value inside it."""
    if scale != 1.0 or claim.upper is None:
        return Outcome.UNCLEAR  # the range's ends are in the claim's unit, the value is not
    low, high = sorted((claimed, claim.upper))
    return Outcome.SAME if low <= stated <= high else Outcome.DIFFERENT


def _within_bound(bound: str, claimed: float, stated: float) -> Outcome:
    """A claim "more than 30" against a primary's exact 31."""
    holds = {
        MORE_THAN: stated > claimed,
        AT_LEAST: stated >= claimed,
        LESS_THAN: stated < claimed,
        AT_MOST: stated <= claimed,
    }[bound]
    return Outcome.SAME if holds else Outcome.DIFFERENT


def _equal(claim: Figure, claimed: float, stated: float, scale: float) -> bool:
    """Equal within the precision the claim states: "2.5%" accepts 2.47%, not 2.4%."""
    if claimed == stated:
        return True
    if _FRACTION_TEXT.search(claim.text) and (claim.unit == "percent" or claim.kind == MULTIPLIER):
        # "a third" (33.3%) is what a primary rounding to whole percent writes as 33%, and
        # "fell by a third" what it writes as "fell by 33%"; the digits of "1 in 3" are no step.
        step = 0.01 if claim.kind == MULTIPLIER else 1.0
        return abs(claimed - stated) <= step * 0.5 + 1e-9
    written = _written_number(claim.text)
    if written is None or written[0] == 0:
        return abs(claimed - stated) <= 1e-9 * max(1.0, abs(stated))
    number, decimals = written
    if claim.kind == MULTIPLIER:
        # "rose by 15%" is ×1.15: its digits count hundredths of the factor, not the factor;
        # so do those of "+1.3" in a table's "Change (%)" column, which write no percent sign.
        in_percent = math.isclose(abs(claimed - 1) * 100, number, rel_tol=1e-6)
        step = 0.01 if _PERCENT_TEXT.search(claim.text) or in_percent else 1.0
    else:
        # The unit the claim's digits count in: 1e9 for "£2.2bn", 1 for "2.5%".
        step = claimed / number
    half_step = abs(step) * 0.5 * 10 ** (-decimals)
    return abs(claimed - stated) <= half_step + 1e-12 * abs(stated)


def percent_form(figure: Figure) -> str | None:
    """How a percentage figure is meant, or None for figures that are not percentages."""
    if figure.unit == "percentage_point":
        return (
            "change in percentage points" if figure.kind == CHANGE else "gap in percentage points"
        )
    if figure.unit == "percent":
        return "level"
    if figure.kind == MULTIPLIER and _PERCENT_TEXT.search(figure.text):
        return "relative change"
    return None


def stated_number(figure: Figure) -> float | None:
    """The number as written ("rose by 3.4%" -> 3.4), whatever it normalises to."""
    written = _written_number(figure.text)
    return written[0] if written else None


def _written_number(text: str) -> tuple[float, int] | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    digits = match.group(0).replace(",", "")
    return float(digits), len(match.group(1) or "")


def _year_span(date: DateParts) -> bool:
    """A span of whole years ("2025-26", "2019-2023")."""
    return date.year is not None and date.end_year is not None and date.month is None


def _compare_year_spans(claim: DateParts, primary: DateParts) -> Outcome:
    """Spans of years are compared whole: "2025-26" is not "2024-25", though both take in
    2025; one inside the other ("2020-22" in "2019-2023") is a part, neither one nor other."""
    low, high = claim.year or 0, claim.end_year or 0
    given_low, given_high = primary.year or 0, primary.end_year or 0
    if (low, high) == (given_low, given_high):
        return Outcome.SAME
    if given_low <= low and high <= given_high or low <= given_low and given_high <= high:
        return Outcome.UNCLEAR
    return Outcome.DIFFERENT


def compare_dates(claim: DateParts, primary: DateParts) -> Outcome:
    """Compare calendar references part by part; a less precise claim can still agree."""
    if claim.week is not None or primary.week is not None:
        return _compare_weeks(claim, primary)
    if _year_span(claim) and _year_span(primary):
        return _compare_year_spans(claim, primary)
    if is_period(claim) or is_period(primary):
        return _compare_periods(claim, primary)
    claim_weekday = claim.weekday if claim.weekday is not None else weekday_of(claim)
    primary_weekday = primary.weekday if primary.weekday is not None else weekday_of(primary)
    if primary.end_day is not None and claim.day is not None and claim.day != primary.day:
        # "Monday 14 and Tuesday 15 December": the weekday is the first day's
        primary_weekday = weekday_of(replace(primary, day=claim.day, end_day=None, weekday=None))
    for claimed, stated, stated_end in (
        (claim.year, primary.year, primary.end_year),
        (claim.month, primary.month, primary.end_month),
        (claim.day, primary.day, primary.end_day),
    ):
        if claimed is None or stated is None:
            continue
        # A claim inside a primary range ("5 June" in "4-6 June") agrees with it.
        if stated_end is not None and stated <= claimed <= stated_end:
            continue
        if claimed != stated:
            return Outcome.DIFFERENT
    if claim_weekday is not None and primary_weekday is not None:
        if claim_weekday != primary_weekday:
            return Outcome.DIFFERENT
    # Agreement needs the primary to state every part the claim states.
    parts = ("year", "month", "day")
    if any(getattr(claim, p) is not None and getattr(primary, p) is None for p in parts):
        return Outcome.UNCLEAR
    if claim.weekday is not None and primary_weekday is None:
        return Outcome.UNCLEAR
    if all(getattr(claim, p) is None for p in parts) and claim.weekday is None:
        return Outcome.UNCLEAR
    return Outcome.SAME


def is_period(date: DateParts) -> bool:
    """A span of whole months, as quarters and halves are: "Q4 2027", "the first half of 2028"."""
    return date.month is not None and date.end_month is not None and date.day is None


def _compare_periods(claim: DateParts, primary: DateParts) -> Outcome:
    """Month spans: the same span agrees, disjoint spans conflict, overlapping ones show nothing.

    Unlike an event's date range ("4-6 June"), a quarter is not a time at which every day
    holds, so "in October" is neither shown nor refuted by "in Q4".
    """
    if claim.year and primary.year and claim.year != primary.year:
        return Outcome.DIFFERENT
    claimed = (claim.month, claim.end_month or claim.month)
    stated = (primary.month, primary.end_month or primary.month)
    if claimed[0] is None:  # "in 2027" holds for anything in Q4 2027, as for October 2027
        same_year = claim.year is not None and claim.year == primary.year
        return Outcome.SAME if same_year and claim.weekday is None else Outcome.UNCLEAR
    if stated[0] is None:
        return Outcome.UNCLEAR
    if claimed[1] < stated[0] or stated[1] < claimed[0]:  # type: ignore[operator]
        return Outcome.DIFFERENT
    if claimed == stated and (primary.year or not claim.year):
        return Outcome.SAME
    return Outcome.UNCLEAR


def _compare_weeks(claim: DateParts, primary: DateParts) -> Outcome:
    """Numbered weeks against weeks, or against the ISO week of a full date."""
    claimed, stated = week_of(claim), week_of(primary)
    if claimed is None or stated is None:
        return Outcome.UNCLEAR
    if claim.year and primary.year and claim.year != primary.year:
        return Outcome.DIFFERENT
    if claimed != stated:
        return Outcome.DIFFERENT
    return Outcome.SAME if primary.year or not claim.year else Outcome.UNCLEAR


def as_precise(primary: Figure, claim: Figure) -> bool:
    """The primary's time is at least as precise as the claim's: "4 March 2025" can conflict
    with "April 2025", but "June 2025" says nothing against "Thursday 7 August"."""
    return _precision(primary) >= _precision(claim)


# How finely a time is given: a year, a month, a numbered week, a day.
_PRECISION = {"year": 1, "period": 1.5, "month": 2, "week": 3, "day": 4}


def _precision(figure: Figure) -> float:
    date = as_date(figure)
    if date is None:
        return 0
    if date.day is not None:
        return _PRECISION["day"]
    if date.week is not None:
        return _PRECISION["week"]
    if date.month is not None:
        return _PRECISION["period" if is_period(date) else "month"]
    return _PRECISION["year"] if date.year is not None else 0


def week_of(date: DateParts) -> int | None:
    if date.week is not None:
        return date.week
    if date.year and date.month and date.day:
        try:
            return datetime.date(date.year, date.month, date.day).isocalendar()[1]
        except ValueError:
            return None
    return None


def weekday_of(date: DateParts) -> int | None:
    day = calendar_day(date)
    return day.weekday() if day else None


def calendar_day(date: DateParts) -> datetime.date | None:
    """The one calendar day a date names; None for a month, a span or an impossible day."""
    if date.year and date.month and date.day and date.end_day is None:
        try:
            return datetime.date(date.year, date.month, date.day)
        except ValueError:
            return None
    return None


def describe(figure: Figure) -> str:
    """A short normalised rendering: ×5, 2.5%, £2.2bn, 300 submissions, Thursday 5 June 2025."""
    prefix = {
        ABOUT: "about ",
        MORE_THAN: "more than ",
        LESS_THAN: "less than ",
        AT_LEAST: "at least ",
        AT_MOST: "by " if figure.kind == YEAR else "at most ",
    }.get(figure.bound or "", "")
    if figure.kind in (DATE, YEAR) and figure.date:
        return prefix + describe_date(figure.date)
    value = figure.value
    if value is None:
        return figure.text
    upper = f"-{_number(figure.upper)}" if figure.upper is not None else ""
    if figure.kind == MULTIPLIER:
        return f"{prefix}×{_number(value)}{upper}"
    if figure.kind == MONEY or figure.currency:
        sign = "+" if figure.kind == CHANGE else ""
        return f"{prefix}{sign}{_money(value, figure.currency or figure.unit)}"
    if figure.unit == "percent":
        return f"{prefix}{_number(value)}{upper}%"
    if figure.unit == "percentage_point":
        return f"{prefix}{_number(value)}{upper} percentage points"
    if figure.kind == YEAR:
        end = f"-{int(figure.upper)}" if figure.upper is not None else ""
        return f"{prefix}{int(value)}{end}"
    return f"{prefix}{_number(value)}{upper} {figure.unit}".rstrip()


def describe_date(date: DateParts) -> str:
    if date.week is not None:
        return f"week {date.week}" + (f" of {date.year}" if date.year else "")
    weekday = date.weekday if date.weekday is not None else weekday_of(date)
    parts = []
    if weekday is not None:
        parts.append(calendar.day_name[weekday])
    if date.day is not None:
        parts.append(f"{date.day}-{date.end_day}" if date.end_day else str(date.day))
    if date.month is not None and is_period(date):
        parts.append(f"{calendar.month_name[date.month]}-{calendar.month_name[date.end_month]}")  # type: ignore[index]
    elif date.month is not None:
        parts.append(calendar.month_name[date.month])
    if date.year is not None:
        parts.append(f"{date.year}-{date.end_year}" if date.end_year else str(date.year))
    return " ".join(parts) or "an unspecified date"


def _number(value: float) -> str:
    return f"{value:,.6f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def _money(value: float, currency: str) -> str:
    if currency == CENTS:
        return f"{_number(value)} cents"
    symbol = CURRENCY_SYMBOLS.get(currency, "")
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            amount = f"{_number(round(value / scale, 6))}{suffix}"
            return f"{symbol}{amount}" if symbol else f"{amount} {currency}"
    return f"{symbol}{_number(value)}" if symbol else f"{_number(value)} {currency}"
