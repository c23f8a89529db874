"""Thresholds that say which things a count counts: "21 days with PM10 above 50 µg/m³",
"12 sites where nitrogen dioxide exceeded 40", "30 days on which rainfall topped 10 mm".

The bounded value is part of the counted thing's definition, not a level the statement
gives: checked alone against the primary's levels it would be contradicted by any level
below the threshold. The count is checked, with the threshold's words in its subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .records import COUNT, DATE, DURATION, YEAR, Figure
from .values import Outcome, compare

# Between the count and its threshold: "days with ...", "sites where ...", "days on which ...".
_DEFINING = re.compile(
    r"\s*(?:[A-Za-z-]+\s+)?(?:with|where|when|on which|in which|at which)\b", re.I
)
# Right before the threshold value, or opening its text (a bound the reader kept).
_BEYOND_WORDS = r"\b(?:above|over|below|under|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|beyond)"
_BEYOND = re.compile(rf"{_BEYOND_WORDS}\s+(?:the\s+)?$", re.I)
_OPENS_BEYOND = re.compile(rf"^{_BEYOND_WORDS}\s", re.I)
# How far the threshold may be from the count's noun.
NEAR = 60


# A time limit that says which of the things a value is about: "93.4% of calls within 10
# seconds", "76% of patients were seen within four hours", "the share of calls answered within
# 10 seconds fell by 0.7 points".
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s+(?:and|but|while)\b", re.I)
# A measure named by its time limit, a word or two before the measure's noun: "four-hour
# performance", "four-hour A&E performance", "the 62-day cancer target".
_NAMES_MEASURE = re.compile(
    r"\s+(?:[\w&]+\s+){0,2}?(?:performance|target|standard|measure|benchmark|"
    r"pledge|ambition|rule)\b",
    re.IGNORECASE,
)
# How far a time limit may stand from the value it limits, within one clause: "71.8% of
# patients attending an emergency department in Dunmarra were seen within four hours".
LIMIT_NEAR = 100


def is_threshold(figure: Figure, figures: list[Figure], text: str, base: int = 0) -> bool:
    """A value right after "above", "exceeded", ... in a clause that defines what an earlier
    count of the statement counts ("21 days with ... above 50"), or a time limit right after
    "within" near another value of its clause ("93.4% of calls within 10 seconds")."""
    before = text[max(0, figure.start - base - 15) : figure.start - base]
    if figure.kind == DURATION and _time_limit(figure, figures, text, base, before):
        return True
    if figure.kind == DURATION and _NAMES_MEASURE.match(text, figure.end - base):
        return "-" in figure.text  # "four-hour performance": the measure's name, no wait

    if not (_BEYOND.search(before) or _OPENS_BEYOND.match(figure.text)):
        return False
    for count in figures:
        if count.kind not in (COUNT, DURATION) or not count.unit or count.end > figure.start:
            continue
        between = text[count.end - base : figure.start - base]
        if len(between) <= NEAR and _DEFINING.match(between):
            return True
    return False


def _time_limit(figure: Figure, figures: list[Figure], text: str, base: int, before: str) -> bool:
    if not (_WITHIN.search(before) or figure.text.lower().startswith("within")):
        return False
    return any(
        value is not figure
        and value.kind not in (DATE, YEAR, DURATION)
        and in_reach(value, figure, text, base)
        for value in figures
    )


def limits_of(figure: Figure, figures: list[Figure], text: str, base: int = 0) -> list[Figure]:
    """The time limits ("within four hours") that say which of its things `figure` counts."""
    return [
        limit
        for limit in figures
        if limit.kind == DURATION
        and limit is not figure
        and is_threshold(limit, figures, text, base)
        and in_reach(figure, limit, text, base)
    ]


def other_limit_note(
    claimed: list[Figure], figure: Figure, figures: list[Figure], text: str, base: int
) -> str | None:
    """Why a primary value given within another time limit than the claim's is no evidence
    for it: "71.8% ... within four hours" is not the share seen within two hours."""
    if not claimed:
        return None  # most claims name no limit: the passage's are not looked for
    given = limits_of(figure, figures, text, base)
    if not given:
        return None
    # "ten-second performance" names the limit "within ten seconds" does: the bound is the
    # limit's way of being written, not another limit.
    if any(_same_length(ours, theirs) for ours in claimed for theirs in given):
        return None
    return f'the primary gives it "{given[0].text}", the claim "{claimed[0].text}"'


def in_reach(value: Figure, limit: Figure, text: str, base: int) -> bool:
    """Whether the limit stands near the value, in its clause (whichever comes first)."""
    low, high = (value.end, limit.start) if value.end <= limit.start else (limit.end, value.start)
    between = text[low - base : high - base]
    return len(between) <= LIMIT_NEAR and not _CLAUSE_BREAK.search(between)


def _same_length(one: Figure, other: Figure) -> bool:
    return compare(replace(one, bound=None), replace(other, bound=None)) is Outcome.SAME
