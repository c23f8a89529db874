"""Which time a value holds for, and whether it is the statement's.

A primary value is dated by the times that qualify it ("1% in 2025", "2.5% of GDP by 2027");
a value with none is dated by the times of its sentence that qualify no value ("In 2024, the
calls received 300 submissions"). A time that is part of a reporting period ("the three
months to April") is not a date of its own: periods.py compares the period as a whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .corpus import Document
from .figures import find_figures
from .growth_rates import rate_origin
from .passages import Passage
from .period_spans import in_year_of, same_months, span_period, year_range_period
from .periods import FISCAL_YEAR, Mention, Period, is_landmark, is_landmark_at, tied_periods
from .records import CHANGE, DATE, DURATION, MULTIPLIER, YEAR, DateParts, Figure
from .reference_times import is_baseline, is_multiple_base, is_reference_time, is_unitless_base
from .running_totals import ADDITIVE
from .values import (
    Outcome,
    as_date,
    compare,
    compare_dates,
    describe,
    dimension,
    is_deadline,
    is_period,
    is_time,
)

# How many words may stand between a value and the time that qualifies it.
QUALIFYING_WORDS = 5
# A deadline the primary sets otherwise is a conflict, not another time: its note starts so.
DEADLINE_NOTE = "deadline"


def is_deadline_note(note: str) -> bool:
    return note.startswith(DEADLINE_NOTE)


def time_fit(times: list[Figure], passage: Passage, figure: Figure) -> tuple[Outcome, str]:
    """Does the primary figure hold for the same time as the statement's? (SAME, or why not)"""
    own = times_of(figure, passage)
    for wanted in times:
        if is_deadline(wanted):
            deadlines = [f for f in own if is_deadline(f)] or [
                f for f in own if _written_as_deadline(f, passage)
            ]
            if not deadlines:
                return Outcome.UNCLEAR, f"the primary gives no deadline ({describe(wanted)})"
            if all(_other_deadline(wanted, f) for f in deadlines):
                return (
                    Outcome.DIFFERENT,
                    f"{DEADLINE_NOTE} {describe(deadlines[0])}, not {describe(wanted)}",
                )
            continue
        periods = [f for f in own if not is_deadline(f)]
        outcomes = [_compare_in_context(wanted, f, passage) for f in periods]
        if Outcome.SAME in outcomes:
            continue
        longer = next((f for f in periods if _spans_more_years(f, wanted)), None)
        if longer is not None and figure.kind in ADDITIVE:
            # "£38.7m over 2027-28 to 2030-31" adds up four years: none of them is 2027-28's.
            return Outcome.DIFFERENT, f"it is a total over {longer.text}, not {describe(wanted)}"
        if _compared_only(figure, periods, passage) and any(
            compare_time(wanted, f) is Outcome.SAME
            for f in (*passage.inherited_times, *title_periods(passage.document.title or ""))
        ):
            # "up 1.9 points from 82.8% in 2024-25" under "figures for 2025-26:", or "double
            # the 106 calls in July to September 2025" in a release titled for 2026's quarter
            continue
        wanted_date = as_date(wanted)
        spans = _span_fit(wanted_date, figure, periods, passage) if wanted_date else None
        if spans is Outcome.SAME:
            continue  # "April to June 2026" for "in the second quarter of 2026"
        if spans is Outcome.DIFFERENT:
            # "£98.6bn in April to October 2026" is not October's value, nor is the year to
            # June's the quarter's: a period inside another is still another period.
            return Outcome.DIFFERENT, f"it is about another time, not {describe(wanted)}"
        # The document's date dates a value with no time of its own; "January to May" is
        # the value's own span, which a claim for May does not share, and "on 2025 (13.87
        # million tonnes)" gives the value for another year, whatever the release's date.
        # A release titled for its month ("Retail sales: October 2026") is about that month,
        # not the month it came out in: its date dates no undated value for a claimed month.
        titled = title_periods(passage.document.title or "")
        other_titled = (
            bool(titled)
            and wanted_date is not None
            and wanted_date.day is None
            and all(compare_time(wanted, f) is Outcome.DIFFERENT for f in titled)
        )
        if (
            wanted_date
            and not other_titled
            and Outcome.DIFFERENT not in outcomes
            and not any(as_date(f) and is_period(as_date(f)) for f in periods)
            and any(compare_dates(wanted_date, d) is Outcome.SAME for d in passage.document_dates)
        ):
            continue
        if any(compare_time(wanted, f) is Outcome.SAME for f in landmark_times(passage)):
            continue  # "since the series began in 2003" for "began in the year ending March 2003"
        if not periods and not passage.periods:
            # "That is £2.1bn more than in October 2025": a sentence without a time of its own
            # goes on about the time of the one before it, or of its heading.
            inherited = [compare_time(wanted, f) for f in passage.inherited_times]
            if Outcome.SAME in inherited:
                continue
            if inherited and all(o is Outcome.DIFFERENT for o in inherited):
                return Outcome.DIFFERENT, f"it is about another time, not {describe(wanted)}"
            # "October 2025 climate summary": an undated value of the document is October's.
            # A value with a time or period of its own ("January to October") is not.
            if any(compare_time(wanted, f) is Outcome.SAME for f in titled):
                continue
            if other_titled:
                return Outcome.DIFFERENT, f"it is about another time, not {describe(wanted)}"
        if Outcome.DIFFERENT in outcomes:
            return Outcome.DIFFERENT, f"it is about another time, not {describe(wanted)}"
        return Outcome.UNCLEAR, f"the primary does not say it is about {describe(wanted)}"
    return Outcome.SAME, ""


def _spans_more_years(given: Figure, wanted: Figure) -> bool:
    """A range of years ("2027-28 to 2030-31") that holds the claimed year(s) and more."""
    if given.kind != YEAR or wanted.kind != YEAR or given.upper is None:
        return False
    if given.value is None or wanted.value is None:
        return False
    low, high = wanted.value, wanted.upper if wanted.upper is not None else wanted.value
    inside = given.value <= low and high <= given.upper
    return inside and (given.upper - given.value) > (high - low)


def _compared_only(figure: Figure, periods: list[Figure], passage: Passage) -> bool:
    """A change whose only times are those it is measured from: it is also about the time of
    its sentence, which it leaves to its heading or a list's lead-in."""
    sentence = passage.sentence
    values = [f for f in passage.figures if not is_time(f)]

    def measured_from(time: Figure) -> bool:
        # "than in 2024-25", or the time of the value it is measured from ("from 82.8% in
        # 2024-25", "double the £19.1 million enforced in 2024-25").
        # A landmark ("the highest since DROs were introduced in 2009") is no time either.
        between = any(figure.end <= v.start and v.end <= time.start for v in values)
        text, start = sentence.text, sentence.start
        return (
            between or is_reference_time(time, text, start) or is_multiple_base(time, text, start)
        )

    return (
        figure.kind in (CHANGE, MULTIPLIER)
        and bool(periods)
        and not passage.periods
        and all(measured_from(time) for time in periods)
    )


def _compare_in_context(wanted: Figure, time: Figure, passage: Passage) -> Outcome:
    """A primary time against the claim's, a month without a year ("between April and
    June") read in the year of the document's date."""
    stated = as_date(time)
    if stated is None or is_deadline(wanted):
        return compare_time(wanted, time)
    claimed = as_date(wanted)
    if claimed is None:
        return compare_time(wanted, time)
    return compare_dates(claimed, in_year_of(stated, passage.document_dates))


def _span_fit(
    wanted: DateParts, figure: Figure, times: list[Figure], passage: Passage
) -> Outcome | None:
    """A claimed month or span of months against the periods the primary gives its value
    for, as spans ("April to October 2026") or named ("the year to June 2026"): SAME when
    one is the claim's, DIFFERENT when all are others, None when they cannot tell."""
    claimed = span_period(wanted) or year_range_period(wanted)
    if claimed is None or (claimed.kind != FISCAL_YEAR and claimed.year is None):
        return None
    given: list[Period] = []
    for time in times:
        stated = as_date(time)
        period = span_period(in_year_of(stated, passage.document_dates)) if stated else None
        if period is not None:
            given.append(period)
    sentence = passage.sentence
    given += tied_periods(figure, passage.figures, passage.periods, sentence.text, sentence.start)
    verdicts = [same_months(claimed, period) for period in given]
    if True in verdicts or any(_rate_said_of_month(claimed, p, figure, passage) for p in given):
        return Outcome.SAME
    # "the financial year to date, April to October 2026": the span says which months.
    return Outcome.DIFFERENT if False in verdicts else None


# Units of rates and of changes in them.
_RATE_UNITS = frozenset({"percent", "factor", "percentage_point"})


# Right before a time that is a deadline: "by the end of June 2027", "55% by 2030/31".
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _written_as_deadline(time: Figure, passage: Passage) -> bool:
    """A month, a date or a fiscal year after "by" ("by the end of June 2027", "by
    2030/31"), which the figures leave without the bound a plain year gets."""
    if time.kind not in (DATE, YEAR):
        return False
    sentence = passage.sentence
    before = sentence.text[max(0, time.start - sentence.start - 20) : time.start - sentence.start]
    return _BY_BEFORE.search(before) is not None


def _other_deadline(wanted: Figure, given: Figure) -> bool:
    """Two deadlines differ when they end at another month: "by 2027" is the end of 2027,
    "by the end of June 2027" the end of June."""
    if is_deadline(given):
        return compare(wanted, given) is Outcome.DIFFERENT
    return _deadline_end(wanted) != _deadline_end(given)


def _deadline_end(time: Figure) -> tuple[int, int] | None:
    """The year and month a deadline falls at the end of."""
    if time.kind == YEAR and time.value is not None:
        if time.upper is not None and time.upper == time.value + 1:
            return int(time.upper), 3  # a financial year, "2030/31", ends in March
        return int(time.upper or time.value), 12
    date = time.date
    if date is None or date.year is None:
        return None
    return date.year, date.end_month or date.month or 12


def _rate_said_of_month(claimed: Period, given: Period, figure: Figure, passage: Passage) -> bool:
    """A rate or a change is said of the month its period ends in: "inflation in October"
    is the rate over the 12 months to October, and "rose by 0.5% between September and
    October" is October's change on the month. Only rates: a count, a sum or a month's
    rainfall over "the 12 months to October" adds up more than October's."""
    if figure.unit not in _RATE_UNITS or claimed.kind != given.kind or given.month is None:
        return False
    if (claimed.year, claimed.month) != (given.year, given.month):
        return False
    if claimed.number == 2:
        return given.number == 1 and figure.kind in (CHANGE, MULTIPLIER)
    # A level is a rate; a change of prices is one only beside the rate it moved from
    # ("rose by 3.6% ..., up from 3.2%"): else "fell by 1.6% in October" is October's own.
    return claimed.number == 1 and (
        figure.kind not in (CHANGE, MULTIPLIER) or rate_origin(passage, figure) is not None
    )


def one_day_of_longer(wanted: list[Figure], own: list[Figure]) -> bool:
    """Do the times that date a primary value give one day where the claim names a longer
    time ("91,240 passengers" on Friday 23 October for a total in October 2026)? The day lies
    in the month, but its count is not the month's."""
    claimed = [_grain(t) for t in wanted]
    given = [_grain(t) for t in own]
    if not claimed or not given or any(g is None for g in claimed):
        return False
    return "day" not in claimed and all(g == "day" for g in given)


def _grain(time: Figure) -> str | None:
    if time.kind == YEAR:
        return "span" if time.upper is not None and time.upper != time.value else "year"
    date = time.date
    if date is None:
        return None
    if date.day is not None or (date.weekday is not None and date.month is None):
        return "span" if date.end_day is not None or date.end_month is not None else "day"
    if date.month is not None:
        return "span" if date.end_month is not None else "month"
    return "year" if date.year is not None else None


# Between a whole's value and a part's: "86 rooms in 2025, of which 31 ...".
_PART_OF_WHOLE = re.compile(r"[^.;]{0,60},\s*of\s+(?:which|whom)\s+$", re.IGNORECASE)


def times_of(figure: Figure, passage: Passage) -> list[Figure]:
    """The times in a passage that date this figure: its own ("1% in 2025", "the 35 admitted
    in week 23"), or, when it has none, those that qualify no value of the sentence ("In 2024,
    the calls received 300 submissions").

    A change or a multiplier compares two times: it also holds for the times of the value it
    is measured from ("double the 93 cases reported in week 23", "up 6 points from 18% in
    week 23") and, when it has no time of its own, for those of the level it follows ("rose
    to 24% in week 24, up 6 points").
    """
    values = [f for f in passage.figures if not is_time(f)]
    sentence = passage.sentence
    # "the highest since 2020" names a landmark, which dates no value but those of the clause
    # its "when" opens ("since the network began in 2010, when NO2 averaged 44.6").
    dates = dates_of(passage.figures, passage.periods)
    landmarks = [t for t in dates if is_landmark_at(t.start, sentence.text, sentence.start)]
    told_when = [t for t in landmarks if _WHEN_AFTER.match(sentence.text, t.end - sentence.start)]
    times = [t for t in dates if t not in landmarks or t in told_when]
    # "£2.1bn more than in October 2025": the time a value is compared with is not its own,
    # only that of the earlier value it goes on to give ("October 2025, when the public sector
    # borrowed £12.1bn", "than in January to March 2026 (35,940)").
    baselines = [
        t for t in times if is_baseline(t, sentence.text, sentence.start) or t in told_when
    ]
    owners = {
        id(t): [
            v
            for v in values
            if (
                _gives_baseline_value(t, v, passage)
                if t in baselines
                else qualifies(v, t, passage.document)
            )
        ]
        for t in times
    }
    own = [t for t in times if figure in owners[id(t)]]
    # A value with a time of its own ("the 35 admitted in week 23") is dated by it alone: the
    # sentence's other times belong to its other values.
    text = passage.document.original
    start = passage.document.start
    dated = own or [
        t
        for t in times
        if not _dates_values(owners[id(t)], t, text, start)
        and t not in baselines
        and not is_unitless_base(t, passage.figures, sentence.text, sentence.start)
    ]
    if not own:
        # "86 rooms in 2025, of which 31 rooms were period rooms": the part is of the whole's time.
        whole = next((v for v in reversed(values) if v.end <= figure.start), None)
        if whole is not None and _PART_OF_WHOLE.match(
            text[whole.end - start : figure.start - start]
        ):
            dated = [t for t in times if whole in owners[id(t)]] or dated
    if figure.kind not in (CHANGE, MULTIPLIER) and not _DIFFERENCE_AFTER.match(
        text, figure.end - start
    ):
        return dated

    def gap(first: Figure, second: Figure) -> str:
        return text[first.end - start : second.start - start]

    later = [v for v in values if v.start >= figure.end]
    earlier = [v for v in values if v.end <= figure.start]
    related: list[Figure] = []
    if later and (
        _MEASURED_FROM.match(gap(figure, later[0])) or _MOVED_TO.match(gap(figure, later[0]))
    ):
        related.append(later[0])
    if earlier and not any(figure in owners[id(t)] for t in times):
        between = gap(earlier[-1], figure)
        if _FOLLOWS_LEVEL.match(between) or _BRACKETED.match(between):
            related.append(earlier[-1])
    for value in related:
        owned = [t for t in times if value in owners[id(t)]]
        if not owned and value.end <= figure.start:
            # "52,000 in September 2026, 4,000 (8.3%) more": the 8.3% is the 4,000's change,
            # which is dated by the level before it.
            owned = times_of(value, passage)
        dated += [t for t in owned if t not in dated]
    return dated


# A length right before the span it measures: "the three years from 2027-28 to 2029-30".
_LENGTH_OF_SPAN = re.compile(r"^\s+(?:from|to|of|ending|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _dates_values(values: list[Figure], time: Figure, text: str, start: int) -> bool:
    """Whether a time qualifies some value other than its own length: "£4.6 billion ... over
    the three years from 2027-28 to 2029-30" still dates the £4.6 billion."""
    return any(
        not (
            value.kind == DURATION
            and value.end <= time.start
            and _LENGTH_OF_SPAN.match(text[value.end - start : time.start - start])
        )
        for value in values
    )


# A clause after a time that tells what held then: "since 2010, when NO2 averaged 44.6".
_WHEN_AFTER = re.compile(r",\s+when\b", re.IGNORECASE)
# What joins a time compared with to the earlier value it goes on to give: "in October 2025
# (£0.6bn)", "than in October 2025, when the public sector borrowed £12.1bn".
_BASELINE_VALUE = re.compile(r"^\s*(?:\(\s*|,\s+when\b[^;()]{0,60})$", re.IGNORECASE)


def _gives_baseline_value(time: Figure, value: Figure, passage: Passage) -> bool:
    if value.start < time.end:
        return False
    start = passage.document.start
    return bool(
        _BASELINE_VALUE.match(passage.document.original[time.end - start : value.start - start])
    )


# What joins a change or multiplier to the value it is measured from: "double the 93 cases",
# "up 6 points from 18%", "three times the 512 cases", "17% more than the 35", "doubled since
# then (1.23 million in August 2016)".
_MEASURED_FROM = re.compile(
    r"^\s*(?:the|of\s+the|on(?:\s+the)?|from(?:\s+the)?|(?:more|less|fewer)?\s*than(?:\s+the)?|"
    r"since\s+then\s*\()\s*$",
    re.IGNORECASE,
)
# A change and the level it reached: "fell by 3.8% to 9.6 million in 2025" holds for 2025.
_MOVED_TO = re.compile(r"^\s*to\s*$", re.IGNORECASE)
# A value that is a difference: "4,000 (8.3%) more than in September 2025", "(8.3%) more".
_DIFFERENCE_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:more|less|fewer|higher|lower|greater|larger|smaller)"
    r"\s+than\b",
    re.IGNORECASE,
)
# A change in percent in brackets after the change it gives: "4,000 (8.3%)".
_BRACKETED = re.compile(r"^\s*\(\s*$")
# A change right after a level and its time, in the same clause: "rose to 24% in week 24, up".
_FOLLOWS_LEVEL = re.compile(r"^[^;()]{0,40}$")


_QUALIFYING_GAP = re.compile(
    r"""^[\s,]*
    (?:of\ [a-z]+\ )?                                   # "2.5% of GDP by 2027"
    (?:in|by|for|during|until|to|from|since|as\ of|(?:at|by|before)\ the\ end\ of)?
    (?:\ the)?[\s,]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A few words of the value's own clause, then a preposition: "the 93 cases reported in week
# 23", "512 cases reported in the same period of 2024". No comma: a new clause is another fact.
_QUALIFYING_PHRASE = re.compile(
    rf"""^\s+(?:[a-z-]+\s+){{1,{QUALIFYING_WORDS}}}
    (?:in|for|during|since|of|as\ of|by|(?:at|by|before)\ the\ end\ of)\s+(?:the\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def qualifies(measure: Figure, time: Figure, document: Document) -> bool:
    """Does the time directly qualify the value ("2.5% of GDP by 2027", "1% in 2025")?"""
    if is_deadline(time) and measure.start < time.start:
        return True
    gap = document.original[measure.end - document.start : time.start - document.start]
    if measure.end > time.start:
        return False
    return bool(_QUALIFYING_GAP.match(gap) or _QUALIFYING_PHRASE.match(gap))


def compare_time(claim: Figure, primary: Figure) -> Outcome:
    if is_deadline(claim) or is_deadline(primary):
        return (
            compare(claim, primary)
            if is_deadline(claim) == is_deadline(primary)
            else Outcome.UNCLEAR
        )
    claimed, stated = as_date(claim), as_date(primary)
    if claimed and stated:
        return compare_dates(claimed, stated)
    return compare(claim, primary)


@lru_cache(maxsize=256)
def title_periods(title: str) -> tuple[Figure, ...]:
    """The months (or spans of months) and financial years ("annual figures 2025-26") a
    document's title says it reports on. (A bare year may be a plan's or an outlook's.)"""
    return tuple(
        f
        for f in find_figures(title)
        if (
            f.kind == DATE
            and f.date is not None
            and f.date.month is not None
            and f.date.day is None
        )
        or (f.kind == YEAR and f.upper == f.value + 1)
    )


def landmark_times(passage: Passage) -> list[Figure]:
    """The times inside the periods a passage names as points of reference ("the highest
    since the year ending March 2004"): a claim naming that year names the same landmark."""
    sentence = passage.sentence
    landmarks = [m for m in passage.periods if is_landmark(m, sentence.text, sentence.start)]
    return [
        f
        for f in passage.figures
        if is_time(f)
        and (
            any(m.start <= f.start and f.end <= m.end for m in landmarks)
            or is_landmark_at(f.start, sentence.text, sentence.start)
        )
    ]


def dates_of(figures: list[Figure], periods: list[Mention]) -> list[Figure]:
    """The times among `figures` that are dates of their own, not part of a reporting period
    (the "April" of "the three months to April")."""
    return [
        f
        for f in figures
        if is_time(f) and not any(m.start <= f.start and f.end <= m.end for m in periods)
    ]


# Words that may sit between a value and the year it belongs to: "67.3% at the 2024 election".
_TO_ITS_YEAR = re.compile(r"^[\s,]*(?:[a-z]+\s+){0,3}$")


def dated_elsewhere(figure: Figure, passage: Passage) -> str | None:
    """The year a primary value is given for, when it is a baseline for another value.

    Only a year right after the value, with no other value in between, is the value's own;
    and only a sentence that also gives a value of the same kind for the present ("59.0%,
    down from 67.3% at the 2024 election") makes it a baseline rather than the fact reported
    ("bus routes doubled in 2024").
    """
    own_years = {d.year for d in passage.document_dates if d.year}
    present = [
        f
        for f in passage.figures
        if f is not figure and dimension(f) == dimension(figure) and f.value != figure.value
    ]
    if not own_years or not present:
        return None
    later = [f for f in passage.figures if f.start >= figure.end]
    for nearest in sorted(later, key=lambda f: f.start)[:1]:
        if not is_time(nearest) or is_deadline(nearest):
            return None
        parts = as_date(nearest)
        gap = passage.document.original[
            figure.end - passage.document.start : nearest.start - passage.document.start
        ]
        if is_baseline(nearest, passage.sentence.text, passage.sentence.start):
            return None  # "£2.1bn more than in October 2025" is no value for October 2025
        if parts and parts.year and parts.year not in own_years and _TO_ITS_YEAR.match(gap):
            return describe(nearest)
    return None
