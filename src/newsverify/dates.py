"""Calendar figures: dates, date ranges, months, weekdays, years, year ranges and deadlines.

Two of the rules that `figures.find_figures` runs over a `Scan`: `find_dates` for dates,
months and weekdays ("Monday, 3 March 2025", "in May"), `find_years` for years, year ranges
and deadlines ("by 2027"). `find_figures` decides their order among the other rules.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import replace

from newsverify import numbers as n
from newsverify.numbers import alternation
from newsverify.qualifiers import direction_of
from newsverify.records import DATE, YEAR, DateParts, Figure
from newsverify.scan import END, Scan, counted_noun, figure_at, norm

_I = re.IGNORECASE

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAYS = [w for w in n.WEEKDAYS if w.endswith("day")]

# --- dates ------------------------------------------------------------------------------------

_FULL_MONTHS = [m for m in n.MONTHS if len(m) > 4 or m in ("May", "June", "July")]
_ABBR_MONTHS = [m for m in n.MONTHS if m not in _FULL_MONTHS]
_MONTH = rf"(?:{alternation(_FULL_MONTHS)}\b|{alternation(_ABBR_MONTHS)}\b\.?)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
_DATE_YEAR = rf"(?:,?\s+\[?(?P<year>{_YEAR})\]?(?!\d))?"
_DATE_DMY = re.compile(
    rf"(?P<day>{_DAY})(?:\s+(?:of\s+)?(?P<month1>{_MONTH}))?"
    # "Monday 14 and Tuesday 15 December 2026": the second day may have its weekday too
    rf"(?:\s*(?:-|to|and|&)\s*(?:(?:{alternation(_WEEKDAYS)}),?\s+)?(?P<end_day>{_DAY}))?"
    rf"\s+(?:of\s+)?(?P<month>{_MONTH}){_DATE_YEAR}"
)
_DATE_MDY = re.compile(
    rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:\s*(?:-|to|and|&)\s*(?P<end_day>{_DAY}))?"
    rf"{_DATE_YEAR}(?![\w%])"
)
_DATE_MY = re.compile(rf"(?P<month>{_MONTH}),?\s+\[?(?P<year>{_YEAR})\]?(?!\d)")
_DATE_ISO = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
# A feast day named with its year: "by Christmas 2026" is 25 December 2026.
_DATE_FEAST = re.compile(rf"Christmas(?P<eve>\s+Eve)?(?:\s+Day)?\s+(?P<year>{_YEAR})(?!\d)")
_DATE_MONTH = re.compile(rf"(?P<month>{alternation(_FULL_MONTHS)})\b")
# A span of months within one year, as statistics bulletins date their estimates: "May to
# July 2025", "June-August 2025", "the June-to-August period", "between May and July".
# "and" joins two months into one span only after "between" ("in May and June" may be two
# separate months).
_MONTH_SPAN = re.compile(
    rf"(?P<between>between\s+)?(?P<month1>{_MONTH})\s*(?P<sep>-to-|-|\u2013|to|through|until|and)\s*"
    rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR})(?!\d))?",
    _I,
)
_DATE_WEEKDAY = re.compile(rf"(?P<weekday>{alternation(_WEEKDAYS)})\b")
# Numbered weeks, as surveillance bulletins count them: "week 24", "week 22 of 2025".
_DATE_WEEK = re.compile(
    r"week\s+(?P<week>\d{1,2})\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?", _I
)
# Quarters and halves of a year, as business and statistics pages write them: "Q4 2027",
# "4Q 2024", "H1 2028", "the third quarter of 2025", "the first half of 2028".
_PERIOD_YEAR = rf"(?P<year>{_YEAR})(?!\d)"
_DATE_PERIOD_CODE = re.compile(
    rf"(?:(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s+{_PERIOD_YEAR}|(?![\w-]))"
    rf"|H(?P<h>[12])\s+(?P<h_year>{_YEAR})(?!\d))"  # a bare "H2" may be hydrogen
)
# A bare "H2" is a half-year only where a period is expected: after "in", "for", "during" and
# not before a noun it would name ("in H2 production" is hydrogen), unless that noun is what
# companies report per half ("H2 results", "H1 revenue").
_BARE_HALF = re.compile(r"H(?P<h>[12])\b(?![-/])")
_BARE_HALF_CUE = re.compile(r"\b(?:in|for|during|over|since|through|across|the)\s+$", _I)
_NEXT_LOWER_WORD = re.compile(r"\s+(?P<w>[a-z][a-z-]*)")
# Words that may follow a half-year "H1": what is reported for it, or what the clause goes on
# with ("in H1 rose", "in H1 and H2"); any other lower-case word may be a noun "H1" names.
_AFTER_HALF = frozenset(
    "results revenue revenues sales profit profits earnings trading was were is are and or to "
    "of as at from compared versus vs than".split()
)
_ORDINAL_PERIOD = re.compile(
    r"the\s+(?P<which>first|second|third|fourth|final|last|latter)\s+(?P<part>quarter|half)\b(?!-)"
    rf"(?:\s+of\s+(?:{_PERIOD_YEAR}|(?P<this>the\s+year)\b))?",
    _I,
)
# Statistics name a quarter by its last month: "the quarter to March 2025" is January-March.
_QUARTER_TO = re.compile(
    rf"the\s+quarter\s+(?:to|ending(?:\s+in)?)\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR})(?!\d))?",
    _I,
)
# Which quarter or half an ordinal names; "last" and "final" are the last one.
_PERIOD_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PERIOD_MONTHS = {"quarter": 3, "half": 6}
# May and March alone are everyday words unless introduced: "in May", "since March".
_MONTH_CUE_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(n.MONTH_CUES)})\s+(?:early\s+|late\s+|mid-)?|\bmid-)$", _I
)
# A weekday right before a date joins it: "Monday, 3 March", "Monday (3 March)".
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{alternation(_WEEKDAYS)}),?\s+(?P<paren>\(\s*)?$")
_CLOSING_PAREN = re.compile(r"\s*\)")


def find_dates(scan: Scan) -> Iterator[Figure]:
    """Full and partial dates, most complete forms first; a weekday before one joins it."""
    text = scan.text
    yield from _periods(scan)  # first: "the quarter to March 2025" holds a month and year
    yield from _month_spans(scan)  # before "July 2025" alone takes the end of "May to July 2025"
    numbered = [*scan.at_numbers(_DATE_ISO), *scan.at_numbers(_DATE_DMY)]
    for match in [*numbered, *scan.at_words(_DATE_MDY), *scan.at_words(_DATE_MY)]:
        # "in March 2 people died": a day that counts something is no day.
        if match.re is _DATE_MDY and not match["year"] and counted_noun(text, match.end(), 1):
            continue
        start, end, weekday = match.start(), match.end(), None
        if before := _WEEKDAY_BEFORE.search(text, max(0, start - 14), start):
            close = _CLOSING_PAREN.match(text, end) if before["paren"] else None
            if close or not before["paren"]:
                start, end, weekday = before.start(), close.end() if close else end, before["w"]
        if figure := _date_figure(match, text, start, end, weekday):
            yield figure
    for match in scan.at_words(_DATE_FEAST):
        day = 24 if match["eve"] else 25
        parts = DateParts(year=int(match["year"]), month=12, day=day)
        value = float(parts.year * 10000 + 12 * 100 + day)
        yield figure_at(text, match.start(), match.end(), value, "date", DATE, date=parts)
    for match in scan.at_words(_DATE_MONTH):
        cue = _MONTH_CUE_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if (match["month"] not in n.AMBIGUOUS_MONTHS or cue) and (
            figure := _date_figure(match, text, match.start(), match.end())
        ):
            yield figure
    for match in scan.at_words(_DATE_WEEKDAY):
        if figure := _date_figure(match, text, match.start(), match.end(), match["weekday"]):
            yield figure
    for match in scan.at_words(_DATE_WEEK):
        week, year = int(match["week"]), int(match["year"]) if match["year"] else None
        if 1 <= week <= 53:
            parts = DateParts(year=year, week=week)
            yield figure_at(text, match.start(), match.end(), None, "date", DATE, date=parts)


def _periods(scan: Scan) -> Iterator[Figure]:
    """Quarters and halves as the span of their months: "Q4 2027" is October-December 2027."""
    text = scan.text
    taken: list[Figure] = []
    for match in [*scan.at_words(_DATE_PERIOD_CODE), *scan.at_numbers(_DATE_PERIOD_CODE)]:
        quarter = match["q"] or match["q2"]
        length = 3 if quarter else 6
        number = int(quarter or match["h"])
        taken.append(_period_figure(text, match, number, length))
    yield from taken
    for match in scan.at_words(_BARE_HALF):
        if not _BARE_HALF_CUE.search(text, max(0, match.start() - 10), match.start()):
            continue
        after = _NEXT_LOWER_WORD.match(text, match.end())
        if after and after["w"] not in _AFTER_HALF and direction_of(after["w"]) is None:
            continue
        if any(f.start <= match.start() < f.end for f in taken):
            continue  # the "H2" of "H2 2025", already read with its year
        yield _period_figure(text, match, int(match["h"]), 6)
    for match in scan.at_words(_ORDINAL_PERIOD):
        length = _PERIOD_MONTHS[match["part"].lower()]
        which = match["which"].lower()
        number = _PERIOD_ORDINALS.get(which, 12 // length)
        # "the first half" of a match is no period, and "the last quarter" without its year is
        # the latest one: these need the year they divide.
        needs_year = length == 6 or which in ("last", "final")
        if number > 12 // length or (needs_year and not (match["year"] or match["this"])):
            continue
        yield _period_figure(text, match, number, length)
    for match in scan.at_words(_QUARTER_TO):
        last = n.MONTHS[match["month"].rstrip(".").title()]
        if last >= 3:  # "the quarter to February" began the year before
            year = int(match["year"]) if match["year"] else None
            parts = DateParts(year=year, month=last - 2, end_month=last)
            value, upper = ((year or 0) * 10000 + month * 100 for month in (last - 2, last))
            yield figure_at(
                text, match.start(), match.end(), value, "date", DATE, upper=upper, date=parts
            )


def _month_spans(scan: Scan) -> Iterator[Figure]:
    """Spans of whole months in one year: "May to July 2025" is May-July 2025, one period."""
    text = scan.text
    for match in scan.at_words(_MONTH_SPAN):
        if match["sep"].lower() == "and" and not match["between"]:
            continue
        # Month names are capitalised; the pattern ignores case only for its joining words.
        if not (match["month1"][0].isupper() and match["month"][0].isupper()):
            continue
        first = n.MONTHS[match["month1"].rstrip(".").title()]
        last = n.MONTHS[match["month"].rstrip(".").title()]
        # "December to February" crosses a year end, which a one-year span cannot state;
        # such a phrase is left to the single-month rules.
        if first >= last:
            continue
        year = int(match["year"]) if match["year"] else None
        parts = DateParts(year=year, month=first, end_month=last)
        value, upper = ((year or 0) * 10000 + month * 100 for month in (first, last))
        yield figure_at(
            text, match.start(), match.end(), value, "date", DATE, upper=upper, date=parts
        )


def _period_figure(text: str, match: re.Match[str], number: int, length: int) -> Figure:
    year_text = match.groupdict().get("year") or match.groupdict().get("h_year")
    year = int(year_text) if year_text else None
    first, last = (number - 1) * length + 1, number * length
    start = match.start()
    bound = None
    # "by the second half of 2026" is a deadline, as "by 2027" is.
    if limit := _YEAR_BOUND_BEFORE.search(text, max(0, start - 20), start):
        start, bound = limit.start(), n.YEAR_BOUNDS[norm(limit["w"])]
    parts = DateParts(year=year, month=first, end_month=last)
    value, upper = ((year or 0) * 10000 + month * 100 for month in (first, last))
    return figure_at(text, start, match.end(), value, "date", DATE, bound, upper=upper, date=parts)


def _date_figure(
    match: re.Match[str], text: str, start: int, end: int, weekday: str | None = None
) -> Figure | None:
    """A date figure over `[start, end)` from a date match, or None for an impossible date."""
    groups = match.groupdict()

    def number(name: str) -> int | None:
        return int(groups[name].rstrip("stndrh")) if groups.get(name) else None

    def month(name: str) -> int | None:
        value = groups.get(name)
        if value is None:
            return None
        return int(value) if value.isdigit() else n.MONTHS[value.rstrip(".")]

    day, end_day, year = number("day"), number("end_day"), number("year")
    first_month, last_month = month("month1"), month("month")
    if any(d is not None and not 1 <= d <= 31 for d in (day, end_day)):
        return None
    if last_month is not None and not 1 <= last_month <= 12:
        return None  # "2025-13-01"
    parts = DateParts(
        year=year,
        month=first_month or last_month,
        day=day,
        weekday=n.WEEKDAYS[weekday] if weekday else None,
        end_month=last_month if first_month else None,
        end_day=end_day,
    )
    value = upper = None
    if parts.month is not None:
        value = float((year or 0) * 10000 + parts.month * 100 + (day or 0))
    if end_day is not None:
        upper = float((year or 0) * 10000 + (parts.end_month or parts.month or 0) * 100 + end_day)
    return figure_at(text, start, end, value, "date", DATE, upper=upper, date=parts)


# --- years ------------------------------------------------------------------------------------

# Year ranges and fiscal years: "2027-2030", "2024-25", "2024/25", "2026/27 to 2028/29",
# "2027-28 to 2030-31".
_YEAR_RANGE = re.compile(
    rf"(?P<y1>{_YEAR})(?:[/-](?P<y1_end>{_YEAR}|\d\d)(?!\d)(?=\s*(?:to|and|until|through)\b))?"
    rf"\s*(?P<sep>-|/|to|and|until|through)\s*"
    rf"(?P<y2>{_YEAR}|\d\d)(?:[/-](?P<y2_end>{_YEAR}|\d\d))?{END}",
    _I,
)
# Fiscal years written with "FY": "FY2026", "FY2025-26", "FY 2024/25".
_FISCAL_YEAR = re.compile(rf"FY\s?(?P<y1>{_YEAR})(?:[-/](?P<y2>{_YEAR}|\d\d))?{END}")
_YEAR_SINGLE = re.compile(rf"(?P<year>{_YEAR})\]?{END}")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", _I)
_YEAR_BOUND_BEFORE = re.compile(rf"\b(?P<w>{alternation(n.YEAR_BOUNDS)})\s+$", _I)


def find_years(scan: Scan) -> Iterator[Figure]:
    """Year ranges ("2027-2030"), deadlines ("by 2027") and plain years ("in 2024")."""
    text = scan.text
    for match in scan.at_words(_FISCAL_YEAR):
        first = int(match["y1"])
        last = _full_year(match["y2"], first) if match["y2"] else None
        if last is None or last > first:
            yield figure_at(text, match.start(), match.end(), first, "year", YEAR, upper=last)
    for match in scan.at_numbers(_YEAR_RANGE):
        first = int(match["y1"])
        last = _full_year(match["y2_end"] or match["y2"], first)
        # "2025 and 2030" is two years unless "between" makes it a range.
        between = _BETWEEN_BEFORE.search(text, max(0, match.start() - 10), match.start())
        if match["y1_end"] and _full_year(match["y1_end"], first) != first + 1:
            continue  # "2026/27" is one fiscal year; "2026/29" is no year at all
        if last > first and (match["sep"].lower() != "and" or between):
            yield figure_at(text, match.start(), match.end(), first, "year", YEAR, upper=last)
    for match in scan.at_numbers(_YEAR_SINGLE):
        start, end = match.start(), match.end()
        if bound := _YEAR_BOUND_BEFORE.search(text, max(0, start - 20), start):
            start = bound.start()
        elif counted_noun(text, end, max_words=1):
            continue  # "2000 people" is a count, not a year
        if text[start - 1 : start] == "[":
            start -= 1  # "[2025]", as NATO writes years it adds
        limit = n.YEAR_BOUNDS[norm(bound["w"])] if bound else None
        yield figure_at(text, start, end, int(match["year"]), "year", YEAR, limit)


def _full_year(text: str, base: int) -> int:
    """ "25" after 2024 is 2025; a four-digit year is itself."""
    return int(text) if len(text) == 4 else base // 100 * 100 + int(text)


# --- years from the document's date -----------------------------------------------------------


def with_weekday_year(figure: Figure, written: datetime.date) -> Figure:
    """A weekday date without a year ("Friday 19 September") in the year that puts it nearest
    the document's date `written`, when its weekday agrees with that year.

    A date is read as the nearest occurrence (a bulletin of 20 December writes "Tuesday 6
    January" for the coming one); a weekday that does not fit it leaves the date as written,
    for the matcher to report, rather than picking a year far away that happens to fit.
    """
    parts = figure.date
    if parts is None or parts.year is not None or parts.weekday is None:
        return figure
    if parts.month is None or parts.day is None or parts.end_month or parts.end_day:
        return figure
    candidates = [
        day
        for year in (written.year - 1, written.year, written.year + 1)
        if (day := _day(year, parts.month, parts.day)) is not None
    ]
    if not candidates:
        return figure
    nearest = min(candidates, key=lambda day: abs((day - written).days))
    if nearest.weekday() != parts.weekday:
        return figure
    value = float(nearest.year * 10000 + parts.month * 100 + parts.day)
    return replace(figure, value=value, date=replace(parts, year=nearest.year))


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None  # "29 February" in a year without one
