"""Spans of time that name what a value is compared with, not a value to check.

"11% lower than a year earlier", "up 5.6% on a year", "three times its level a year ago":
the "a year" of these says which earlier value a change is measured from. It is read as a
duration, but no primary passage states it as a fact, and checking it as one would only
keep the claim from being settled.
"""

from __future__ import annotations

import re

from .records import DURATION, Figure

# "a year earlier", "two years ago", "a month before": an offset back to an earlier value.
_OFFSET_AFTER = re.compile(r"^\s+(?:earlier|ago|before|previously|back)\b", re.IGNORECASE)
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
