"""Times a sentence names as points of reference rather than as when its facts hold: what a
value is compared with ("than in October 2025", "on a year earlier") and landmarks ("the
highest since 2020")."""

from __future__ import annotations

import re

from .periods import is_landmark_at
from .records import Figure
from .values import as_date, is_deadline

# A time right after these words is what a value is compared with, not when it holds:
# "1.3°C above the 1991–2020 average", "higher than in 2019", "compared with 2024".
# "three times as much as in October 2025" compares too.
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|"
    r"as\s+(?:much|many|high|large|big|great)\s+as)"
    r"(?:\s+(?:in|the|its|their|that\s+of|those\s+of))*"
    # "above the 1991-2020 average", but not "grade C or above in 2022"
    r"|\b(?:above|below)(?:\s+(?:the|its|their|that\s+of|those\s+of))*)\s*$",
    re.IGNORECASE,
)
# "three times the number in July to September 2016", "twice its 2006 level", "three times
# the 0.67 recorded in 2006": the time of the base a multiple is taken of.
_MULTIPLE_BASE_BEFORE = re.compile(
    r"\b(?:times|twice|double|treble|triple|half)\s+(?:the|its|their|that\s+of)\s+"
    r"(?:[\w.,%£$€'-]+\s+){0,6}?(?:(?:in|of|for|during)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "up 3% on October 2025", "rose on the same month of 2024": a month or year after "on" is
# what a change is measured from ("on Friday 20 November" dates an event instead).
_ON_BEFORE = re.compile(r"\bon(?:\s+the)?\s*$", re.IGNORECASE)
# "rose 0.6 percent in October from September": "from" after a change names where it is
# measured from ("The scheme runs from April" names when something starts).
_FROM_AFTER_CHANGE = re.compile(
    r"(?<![\w-])(?:rose|risen|rise|rises|fell|fallen|falls|up|down|grew|grown|increased|"
    r"decreased|higher|lower|climbed|dropped|jumped)\b(?:[^.;:]|\.(?=\d)){0,12}?\d"
    r"(?:[^.;:]|\.(?=\d)){0,30}\bfrom(?:\s+the)?\s*$",
    re.IGNORECASE,
)


def is_baseline(time: Figure, text: str, base: int = 0) -> bool:
    """Is `time` named as what a value is compared with, in `text` (starting at `base`)?"""
    start = time.start - base
    before = text[max(0, start - 40) : max(0, start)]
    if _BASELINE_BEFORE.search(before) or _FROM_AFTER_CHANGE.search(before):
        return True
    parts = as_date(time)
    on_day = parts is not None and (parts.day is not None or parts.weekday is not None)
    return bool(_ON_BEFORE.search(before)) and not on_day and not is_deadline(time)


def is_multiple_base(time: Figure, text: str, base: int = 0) -> bool:
    """Is `time` that of the base a multiple is taken of ("three times the number in July to
    September 2016")? The multiple holds for both times, so a claim names either."""
    start = time.start - base
    return bool(_MULTIPLE_BASE_BEFORE.search(text[max(0, start - 80) : max(0, start)]))


# A number written without its unit, then a time: "rose to 31.6 years, from 31.4 in 2024",
# "14.1 per 1,000, compared with 14.6 in 2024".
_UNITLESS_BASE = re.compile(
    r"\b(?:from|with|than|against|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<number>\d+(?:[.,]\d+)*)\s+(?:in|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_unitless_base(time: Figure, figures: list[Figure], text: str, base: int = 0) -> bool:
    """Is `time` that of an earlier level given as a bare number, which no figure holds? It
    dates that number, not the sentence's facts."""
    start = time.start - base
    match = _UNITLESS_BASE.search(text[max(0, start - 60) : max(0, start)])
    if match is None:
        return False
    number_end = base + max(0, start - 60) + match.end("number")
    return not any(f.start < number_end <= f.end for f in figures)


def is_reference_time(time: Figure, text: str, base: int = 0) -> bool:
    """A time a sentence names as a point of reference, not as when its facts hold: what a
    value is compared with ("than in October 2025") or a landmark ("since 2020")."""
    return is_baseline(time, text, base) or is_landmark_at(time.start, text, base)


# "down 3% on the same quarter of 2025": the year names which quarter, the one the value is of.
_SAME_PERIOD_OF = re.compile(
    r"\bthe\s+same\s+(?:day|week|weeks|month|months|quarter|period|season|time)\s+"
    r"(?:of|in|last)\s*$",
    re.IGNORECASE,
)


def is_same_period_of(time: Figure, text: str, base: int = 0) -> bool:
    """Is the year `time` that of "the same quarter of 2025", which stands for the value's
    own period in that year?"""
    start = time.start - base
    return as_date(time) is not None and bool(
        _SAME_PERIOD_OF.search(text[max(0, start - 40) : max(0, start)])
    )
