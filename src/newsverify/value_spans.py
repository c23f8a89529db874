"""Spans of time a statement gives its value over or per: "fell by 29% in a year", "£420
million over three years", "£9 million a year". The span says how long the value took, covers
or is counted per; it is not a figure of its own to find in the primary (which says "on the year" or
"in the year to September"), and checking it alone would leave a checked value missing.
"""

from __future__ import annotations

import re

from .rate_spans import PER_PERIOD, value_rate
from .records import DURATION, Figure
from .values import is_time

# The words right before a span: "in a year", "over three years", "within five years". Not
# "over the first ten months": a span counted from a start is a reporting period (the year so
# far), checked as one.
_SPAN_BEFORE = re.compile(r"\b(?:in|over|within|across)\s+$", re.IGNORECASE)


def is_value_span(figure: Figure, figures: list[Figure], text: str, base: int = 0) -> bool:
    """A duration that only says over how long another value of the statement holds."""
    if figure.kind != DURATION or figure.bound is not None:
        return False
    others = [f for f in figures if f is not figure and not is_time(f) and f.kind != DURATION]
    if not others:
        return False
    before = text[max(0, figure.start - base - 30) : figure.start - base]
    if _SPAN_BEFORE.search(before):
        return True
    # "£9 million a year": the year says what the sum is per (rate_spans.py).
    return any(
        0 <= figure.start - other.end <= 2 and value_rate(other, text, base) == PER_PERIOD
        for other in others
    )
