"""Spans of time that name what a value is compared with, not a value to check.

"11% lower than a year earlier", "up 5.6% on a year", "three times its level a year ago":
the "a year" of these says which earlier value a change is measured from. It is read as a
duration, but no primary passage states it as a fact, and checking it as one would only
keep the claim from being settled.
"""

from __future__ import annotations

import re

from .records import CHANGE, DURATION, MULTIPLIER, Figure

# "a year earlier", "two years ago", "a month before": an offset back to an earlier value.
_OFFSET_AFTER = re.compile(r"^\s+(?:earlier|ago|before|previously|back)\b", re.IGNORECASE)


def is_time_back(text_after: str) -> bool:
    """A span of time followed by "earlier", "ago", ...: an offset back, not a length."""
    return bool(_OFFSET_AFTER.match(text_after))


# "up 5.6% on a year", "compared with a year": the period a change spans, when nothing
# follows that the span could be the length of ("on a year of growth"). Not "than": "more
# than a year" is a length of time.
_BASE_BEFORE = re.compile(
    r"\b(?:on|compared\s+(?:with|to)|against)(?:\s+(?:a|the|one))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:$|[,.;:)\]]|and\b|but\b|while\b|to\b)", re.IGNORECASE)


def is_comparison_base(figure: Figure, text: str, base: int = 0) -> bool:
    """Is the duration `figure` of `text` (which starts at offset `base`) the offset of what a
    value is compared with, rather than a length of time the text states?"""
    if figure.kind != DURATION:
        return False
    start, end = figure.start - base, figure.end - base
    if _OFFSET_AFTER.match(text[end:]):
        return True
    before = text[max(0, start - 30) : start]
    return bool(_BASE_BEFORE.search(before)) and bool(_CLAUSE_END_AFTER.match(text[end:]))


# Words that make a following offset the base of a comparison ("11% lower than a year
# earlier", "up from €3.2bn a year ago") rather than the time a level held.
_COMPARING = re.compile(
    r"\b(?:than|on|from|since|over|compared|against|versus|vs|up|down|rose|fell|higher|"
    r"lower|more|less|fewer|increase[ds]?|decrease[ds]?|change[ds]?)\b",
    re.IGNORECASE,
)


def earlier_offset_of(value: Figure, figures: list[Figure], text: str, base: int = 0) -> str:
    """The offset back that says when a claimed level held ("arrears were €3.2 billion a
    year earlier", "there were 310 stations two years ago"), or "".

    Such a level is about an earlier time than the one the primary reports: its current value
    neither supports nor contradicts it. An offset after a comparison ("lower than a year
    earlier", "up from 310 a year ago") is where a change is measured from, not this."""
    if value.kind in (CHANGE, MULTIPLIER):
        return ""
    for offset in figures:
        if offset.kind != DURATION or offset.start < value.end:
            continue
        start, end = offset.start - base, offset.end - base
        back = _OFFSET_AFTER.match(text[end:])
        if back is None:
            continue
        # "more than a year earlier" is read as one bounded span: its bound compares too.
        between = text[value.end - base : end]
        before = text[max(0, value.start - base - 40) : value.start - base]
        if (
            len(between) - (end - start) > 40
            or _COMPARING.search(between)
            or _COMPARING.search(before)
        ):
            continue
        return text[start:end] + back.group(0)
    return ""
