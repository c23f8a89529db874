"""Bare "points" that are percentage points: "Support slid 4 points to 31 per cent".

One of the rules `figures.find_figures` runs over a `Scan`, before counts. "4 points" is a
change in percentage points only when what moved is a rate or share; index points ("the FTSE
fell 40 points") and league points ("slid 4 points behind") are not. So a bare "points"
after a verb of change (or before a noun of change: "a four-point drop") is read as
percentage points only when its sentence says the thing is a percentage:

- a percent level it moved to, from or stood at ("slid 4 points to 31 per cent"); a percent
  joined otherwise ("fell 400 points, or 1.2%") is the relative size of an index move;
- or a rate word before the verb in the sentence ("the unemployment rate rose two points").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, parse_number
from newsverify.qualifiers import bound_before, change_before, direction_of
from newsverify.records import CHANGE, Figure
from newsverify.scan import Scan, figure_at

_I = re.IGNORECASE

_CHANGE_NOUN = alternation(n.INCREASE_NOUNS + n.DECREASE_NOUNS)
_POINTS = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})[\s-]points?\b(?:[\s-]+(?P<noun>{_CHANGE_NOUN})\b)?",
    _I,
)
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b|pc\b)"
# The level a rate moved to, from or stood at.
_PERCENT_LEVEL = re.compile(rf"\b(?:to|from|at)\s+(?:about\s+|around\s+)?{_PERCENT}", _I)
_RATE_WORD = re.compile(r"\b(?:rates?|share|proportion|percentage)\b", _I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# A change in percentage points can never exceed 100.
_MAX_POINTS = 100
_SENTENCE_REACH = 400  # how far back a sentence start is looked for


def find_rate_points(scan: Scan) -> Iterator[Figure]:
    """Bare points of change in a sentence about a rate, as percentage-point changes."""
    text = scan.text
    for match in scan.at_numbers(_POINTS):
        value = parse_number(match["num"])
        start, word = bound_before(text, match.start())
        sign = direction_of(match["noun"])
        if sign is None and (change := change_before(text, start)):
            start, sign = change
        if sign is None or value > _MAX_POINTS:
            continue
        if not _about_a_rate(text, start, match.end()):
            continue
        bound = n.BOUNDS[word] if word else None
        yield figure_at(text, start, match.end(), sign * value, "percentage_point", CHANGE, bound)


def _about_a_rate(text: str, start: int, end: int) -> bool:
    """Whether the sentence around `[start, end)` says that what moved is a percentage."""
    reach = max(0, start - _SENTENCE_REACH)
    ends = _SENTENCE_END.finditer(text, reach, start)
    sentence_start = max((m.end() for m in ends), default=reach)
    after = _SENTENCE_END.search(text, end)
    sentence_end = after.start() if after else len(text)
    if _PERCENT_LEVEL.search(text, sentence_start, sentence_end):
        return True
    return bool(_RATE_WORD.search(text, sentence_start, start))
