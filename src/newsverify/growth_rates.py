"""Growth rates stated as levels: "annual pay growth was 4.7%" is the fact "pay grew 4.7%",
and "£4.2bn (5.6%) more than a year earlier" the fact "rose 5.6%".

A percentage that a noun of change ("growth", "increase", "fall") is said to be is the
relative change itself, so it is compared with a claimed relative change as the factor it
implies (x1.047), not as a level the claim misread. Values listed after the first one in the
same clause ("was 6.0% for the public sector and 4.7% for the private sector") share it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import DECREASE_NOUNS, INCREASE_NOUNS, alternation
from .passages import Passage
from .qualifiers import direction_of
from .records import LEVEL, MULTIPLIER, Figure

# "<change noun> ... was|of|at" right before the value (or before the values listed first).
_RATE_BEFORE = re.compile(
    rf"\b(?P<noun>{alternation(INCREASE_NOUNS + DECREASE_NOUNS)})\b[^,;:.%]{{0,80}}?"
    r"\b(?:was|were|is|are|of|at|stood\s+at|remained|running\s+at)\s+$",
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
    return direction_of(match["noun"])


def _bracketed_sign(text: str, start: int, end: int) -> int | None:
    """+1 or -1 for a percentage in brackets after the size of a change ("£4.2bn (5.6%) more
    than ..."), None for any other percentage."""
    after = _BRACKETED_AFTER.match(text[end:])
    if after is None or not _BRACKETED_BEFORE.search(text[max(0, start - 30) : start]):
        return None
    return -1 if after["word"].lower() in _LESS else 1
