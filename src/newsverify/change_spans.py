"""The span a change is measured over: on the month before, the three months before, or the
year before ("rose by 0.6% on the month", "2.3% higher than a year earlier", a column headed
"Year on year").

A monthly release gives one quantity's change over several spans side by side: volumes up
0.6% month on month, 0.9% three months on three months, 2.3% year on year. A claim that says
which span it means ("fell 2.1 percent on the month") is about that change only; the year's
-2.1% is no evidence for it, however well the rest fits.
"""

from __future__ import annotations

import re

from .figures import find_figures
from .records import CHANGE, DURATION, MULTIPLIER, YEAR, Figure

MONTH = "month on month"
THREE_MONTHS = "three months on three months"
QUARTER = "quarter on quarter"
YEAR_ON_YEAR = "year on year"
# A month's change on the same month a year before: "year on year" in a monthly release. A
# claim "on a year earlier" means it too; a claim for a whole year does not.
MONTH_ON_A_YEAR = "year on year for a month"
# Since the series began: "Starlings were down 81% since the count began".
SERIES = "since the series began"
# From a base more than a year back ("Change since 1991 (%)"): the series' start, may be.
SEVERAL_YEARS = "over several years"

_PREVIOUS = r"(?:previous|prior|preceding|last)"
_FROM = r"(?:on|over|from|than|against|compared\s+(?:with|to))"
_AGO = r"(?:earlier|before|ago|previously)"
_THREE = r"(?:3|three)"
_SAME_PERIOD = r"(?:month|quarter|period)"
_NTH = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


def _span_words(unit: str) -> str:
    """The ways a change over one `unit` ("month", "year") is said."""
    return (
        rf"\b{unit}[- ]on[- ]{unit}\b"
        rf"|\b{_FROM}\s+(?:the\s+)?{_PREVIOUS}\s+{unit}\b"  # a header: "Change on previous quarter"
        rf"|\b(?:on|over)\s+the\s+{unit}\b(?!\s+(?:to|ending|before|after)\b)"
        rf"|\b{_FROM}\s+(?:a|one|the)\s+{unit}\s+{_AGO}\b"
        rf"|^\W*on\s+(?:a|the)\s+{unit}\s+{_AGO}\b"
        # a column headed "Starts, change on a year"
        rf"|\bchange\s+on\s+(?:a|the)\s+{unit}\b"
    )


_SPANS = [
    (
        THREE_MONTHS,
        re.compile(
            rf"\b{_THREE}[- ]months?\s+on\s+(?:the\s+)?(?:{_PREVIOUS}\s+)?{_THREE}[- ]months?\b"
            rf"|\b{_FROM}\s+the\s+{_PREVIOUS}\s+{_THREE}\s+months\b",
            re.IGNORECASE,
        ),
    ),
    (
        QUARTER,
        re.compile(
            _span_words("quarter")
            # "between the second and third quarters of 2026"
            + rf"|\bbetween\s+the\s+{_NTH}\s+and\s+(?:the\s+)?{_NTH}\s+quarters\b",
            re.IGNORECASE,
        ),
    ),
    (MONTH, re.compile(_span_words("month") + r"|\bmonthly\b", re.IGNORECASE)),
    (
        SERIES,
        re.compile(
            r"\bsince\s+(?:the\s+)?(?:count|series|survey|records|scheme|programme|index)\s+"
            r"(?:began|begin|started|start)\b",
            re.IGNORECASE,
        ),
    ),
    (
        YEAR_ON_YEAR,
        re.compile(
            _span_words("year")
            + r"|\bannual(?:ly)?\b"
            + rf"|\b{_FROM}\s+(?:in\s+)?the\s+same\s+{_SAME_PERIOD}\s+(?:a|last)\s+year\b",
            re.IGNORECASE,
        ),
    ),
]
# How far from its value a statement's words still say what span it is over (characters).
_AFTER = 60
_BEFORE = 40


def span_named(text: str) -> str | None:
    """The span a change is measured over that `text` names (a header, a phrase), or None."""
    for span, pattern in _SPANS:
        if pattern.search(text):
            return span
    return None


def span_between(times: list[Figure]) -> str | None:
    """The span a change between two of a table's month columns is measured over: "Oct 2025"
    and "Oct 2026" make a month's change on a year, "Sep 2026" and "Oct 2026" one on the
    month; None for any other pair. Columns of whole years ("Share 2026 (%)") say nothing of it."""
    months = [
        t.date
        for t in times
        if t.date is not None and t.date.year is not None and t.date.month is not None
    ]
    if len(months) != 2 or any(d.day is not None or d.end_month is not None for d in months):
        return None
    first, second = sorted(d.year * 12 + d.month for d in months)
    return {12: MONTH_ON_A_YEAR, 1: MONTH}.get(second - first)


def span_from_base_year(bases: list[Figure], year: int | None) -> str | None:
    """The span of a change whose header names only its base ("Change on 2025 (%)"): a year
    on year change when the base is the year before the table's own `year` (its document's),
    one over several years when it is further back; None when that cannot be told."""
    base_years = {int(b.value) for b in bases if b.kind == YEAR and b.value is not None}
    if year is None or len(base_years) != 1:
        return None
    base = base_years.pop()
    if base == year - 1:
        return YEAR_ON_YEAR
    return SEVERAL_YEARS if base < year - 1 else None


# How far a change's base time may follow it: "5.6% more than in July to September 2025".
BASE_REACH = 20


def measured_from(time: Figure, change: Figure) -> bool:
    """The time right after a change is what it is measured from ("7% more than in January to
    March 2026")."""
    return change.end <= time.start <= change.end + BASE_REACH


def span_from_base(own: Figure, base: Figure) -> str | None:
    """The span from a change's base time to the value's own: "January to March 2026" to
    "April to June 2026" is a quarter's change on the quarter, "April to June 2025" to it one
    on a year; None when either names no month or they are no such step apart."""
    ends = [_last_month(t) for t in (own, base)]
    if None in ends:
        return None
    step = ends[0] - ends[1]  # type: ignore[operator]
    months = _months_long(own)
    if months != _months_long(base) or step <= 0:
        return None
    if step == 12:
        return MONTH_ON_A_YEAR if months == 1 else YEAR_ON_YEAR
    return {1: MONTH, 3: QUARTER}.get(step) if step == months else None


def _last_month(time: Figure) -> int | None:
    """The last month a time covers, counted from year 0: "April to June 2026" ends in June."""
    date = time.date
    if date is None or date.year is None or date.month is None or date.day is not None:
        return None
    year = date.end_year or date.year
    return year * 12 + (date.end_month or date.month)


def _months_long(time: Figure) -> int:
    date = time.date
    assert date is not None and date.year is not None and date.month is not None
    first = date.year * 12 + date.month
    return (_last_month(time) or first) - first + 1


def change_span(figure: Figure, values: list[Figure], text: str, base: int = 0) -> str | None:
    """The span the change `figure` of `text` (starting at offset `base`) is measured over, from
    the words right after it up to the next value, or right before it back to the last one."""
    if figure.kind not in (CHANGE, MULTIPLIER):
        return None
    start, end = figure.start - base, figure.end - base
    # "11% lower than a year earlier": the span's own words may read as a duration.
    values = [v for v in values if v.kind != DURATION]
    after_values = [v.start - base for v in values if v.start - base >= end]
    before_values = [v.end - base for v in values if v.end - base <= start]
    after = text[end : min([end + _AFTER, *after_values])]
    before = text[max([start - _BEFORE, *before_values]) : start]
    for phrase in (after, before):
        span = span_named(phrase)
        if span is not None:
            return span
    return None


def other_change_span_note(
    claimed: str | None,
    given: str | None,
    claimed_times: list[Figure] = (),
    year_so_far: bool = False,
) -> str | None:
    """Why a change over another span than the claimed one is no evidence for it. A change
    claimed for a whole year ("grew by 3.5% in 2026") or for the year so far (`year_so_far`)
    is no change over a month or a quarter of it, however its span is said."""
    if given == MONTH_ON_A_YEAR and claimed == YEAR_ON_YEAR:
        return None  # "2.3% higher than a year earlier" in a claim about October
    if given is None or claimed == given or {claimed, given} == {SERIES, SEVERAL_YEARS}:
        return None
    if year_so_far and given != YEAR_ON_YEAR:
        return f"the primary gives the change {given}, the claim for the year so far"
    if claimed is None:
        years = [t for t in claimed_times if t.kind == YEAR]
        if given != YEAR_ON_YEAR and years and len(years) == len(claimed_times):
            return f"the primary gives the change {given}, the claim for {years[0].text}"
        return None
    return f"the primary gives the change {given}, the claim {claimed}"


_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")


def year_before(time: Figure) -> Figure | None:
    """The same time a year earlier ("Apr-Jun 2026" -> "Apr-Jun 2025"): what a change "on a
    year" is measured from. Read again from its text with the years moved back, so the figure
    is what the reader would make of that text; None when the text names no year."""
    if not _YEAR_NUMBER.search(time.text):
        return None
    earlier = _YEAR_NUMBER.sub(lambda m: str(int(m.group()) - 1), time.text)
    found = [f for f in find_figures(earlier) if f.kind == time.kind]
    if len(found) != 1:
        return None
    return Figure(
        time.start,
        time.end,
        earlier,
        found[0].value,
        found[0].unit,
        found[0].kind,
        found[0].currency,
        found[0].bound,
        found[0].upper,
        found[0].date,
    )
