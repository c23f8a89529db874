"""Growth rates stated as levels: "annual pay growth was 4.7%" is the fact "pay grew 4.7%",
and "£4.2bn (5.6%) more than a year earlier" the fact "rose 5.6%".

A percentage that a noun of change ("growth", "increase", "fall") is said to be is the
relative change itself, so it is compared with a claimed relative change as the factor it
implies (x1.047), not as a level the claim misread. Values listed after the first one in the
same clause ("was 6.0% for the public sector and 4.7% for the private sector") share it.

The reverse also holds where the sentence says so: "Prices of services rose by 4.4%, easing
from 4.6%" gives the services inflation rate, 4.4%, as a level that went down from 4.6%.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import DECREASE_NOUNS, INCREASE_NOUNS, alternation
from .passages import Passage
from .qualifiers import direction_of
from .records import DURATION, LEVEL, MULTIPLIER, Figure
from .values import is_time

# "<change noun> ... was|of|at" right before the value (or before the values listed first).
# "inflation" is a rise of prices, its sign the value's own ("inflation was -0.3%").
_RATE_NOUNS = [*INCREASE_NOUNS, *DECREASE_NOUNS, "inflation"]
_RATE_BEFORE = re.compile(
    rf"\b(?P<noun>{alternation(_RATE_NOUNS)})\b(?:[^,;:.%]{{0,80}}?"
    r"\b(?:was|were|is|are|of|at|stood\s+at|remained|running\s+at)|\s*,\s*at)\s+$",
    re.IGNORECASE,
)
# What may stand between the linking verb and a later value of its list.
_LISTED_BETWEEN = re.compile(r"^[^,;:]{0,60}\band\s+$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)


# A percentage in brackets after a change, then the comparison: "£4.2bn (5.6%) more than in
# October 2025", "3,100 (2.4%) fewer than a year earlier" give the same change in percent.
_BRACKETED_BEFORE = re.compile(r"\d[^\s(]*\s*\(\s*$")
_BRACKETED_AFTER = re.compile(
    r"^\s*\)\s*(?P<word>more|higher|greater|larger|bigger|up|less|lower|fewer|smaller|down)\b",
    re.IGNORECASE,
)
_LESS = frozenset({"less", "lower", "fewer", "smaller", "down"})


def as_growth_rate(passage: Passage, number: int) -> Figure | None:
    """The factor a percentage level stands for when the sentence says it is a growth rate."""
    figure = passage.figures[number]
    if figure.kind != LEVEL or figure.unit != "percent" or figure.value is None:
        return None
    text, base = passage.sentence.text, passage.sentence.start
    start = figure.start - base
    if not 0 <= start <= len(text):
        return None
    sign = _rate_sign(text, start) or _bracketed_sign(text, start, figure.end - base)
    if sign is None and passage.column is not None and passage.column.rate_of_change:
        sign = 1  # "| Restaurants and hotels | 126 | 5.2 |" under "12-month rate (%)"
    if sign is None:
        # a later value of the list: "... was 6.0% for X and 4.7% for Y"
        for earlier in reversed(passage.figures[:number]):
            if earlier.kind != LEVEL or earlier.unit != "percent":
                continue
            between = text[earlier.end - base : start]
            if _LISTED_BETWEEN.match(between) and not _VERB.search(between):
                sign = _rate_sign(text, earlier.start - base)
            break
    if sign is None:
        return None
    factor = 1 + sign * figure.value / 100
    return replace(figure, value=factor, unit="factor", kind=MULTIPLIER)


def _rate_sign(text: str, start: int) -> int | None:
    match = _RATE_BEFORE.search(text, max(0, start - 120), start)
    if match is None:
        return None
    if match["noun"].lower() == "inflation":
        return 1
    return direction_of(match["noun"])


def _bracketed_sign(text: str, start: int, end: int) -> int | None:
    """+1 or -1 for a percentage in brackets after the size of a change ("£4.2bn (5.6%) more
    than ..."), None for any other percentage."""
    after = _BRACKETED_AFTER.match(text[end:])
    if after is None or not _BRACKETED_BEFORE.search(text[max(0, start - 30) : start]):
        return None
    return -1 if after["word"].lower() in _LESS else 1


# What stands between a change of prices and the rate it moved from: "rose by 4.4%, easing
# from 4.6%", "rose by 3.6% in the 12 months to October 2026, up from 3.2%", "rose by 3.1%,
# compared with 2.9% in September", "rose by 3.1%, down 0.2 percentage points from 3.3%".
_RATE_FROM = re.compile(
    r"^[^;:()]{0,80}?,\s*(?:(?:(?:up|down|easing|eased|slowing|slowed|rising|falling|"
    r"accelerating|accelerated|edging\s+(?:up|down))(?:\s+[\d.]+\s+(?:percentage\s+)?points?)?"
    r"\s+from)|compared\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def as_rate_level(passage: Passage, number: int) -> Figure | None:
    """The rate a relative change of prices stands for when the sentence gives the rate it
    moved from ("rose by 4.4%, easing from 4.6%"): the level 4.4%. None otherwise."""
    moved = rate_origin_at(passage, number)
    if moved is None:
        return None
    figure = passage.figures[number]
    rate = round((figure.value - 1) * 100, 9)  # type: ignore[operator]
    return replace(figure, value=rate, unit="percent", kind=LEVEL)


def rate_way(passage: Passage, figure: Figure) -> str | None:
    """Which way the rate a change of prices stands for went: "decrease" for "rose by 4.4%,
    easing from 4.6%". None when the sentence gives no rate it moved from."""
    origin = rate_origin(passage, figure)
    if origin is None or origin.value == (figure.value - 1) * 100:  # type: ignore[operator]
        return None
    return "increase" if (figure.value - 1) * 100 > origin.value else "decrease"  # type: ignore


def rate_origin(passage: Passage, figure: Figure) -> Figure | None:
    """The rate a change of prices moved from ("4.6%" in "rose by 4.4%, easing from 4.6%")."""
    if figure.kind != MULTIPLIER or figure not in passage.figures:
        return None
    return rate_origin_at(passage, passage.figures.index(figure))


def rate_origin_at(passage: Passage, number: int) -> Figure | None:
    """`rate_origin` of the passage's figure `number`."""
    figure = passage.figures[number]
    if figure.kind != MULTIPLIER or figure.value is None or not figure.text.endswith("%"):
        return None
    # "in the 12 months to August 2026" may stand between them
    later = [f for f in passage.figures[number + 1 :] if not is_time(f) and f.kind != DURATION]
    if later and later[0].unit == "percentage_point" and len(later) > 1:
        later = later[1:]  # "down 0.2 percentage points from 3.3%": the rate is the next
    if not later or later[0].kind != LEVEL or later[0].unit != "percent":
        return None
    if later[0].value is None:
        return None
    text, base = passage.sentence.text, passage.sentence.start
    gap = text[figure.end - base : later[0].start - base]
    return later[0] if _RATE_FROM.match(gap) else None
