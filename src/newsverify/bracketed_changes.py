"""A percentage in brackets right after a change of money or of a count is that change
relative to where it started: "Exports fell by £0.8 billion (1.9%) to £41.2 billion" says
exports fell by 1.9%, and "91,482, up 2,316 (2.6%)" that the count rose by 2.6%. Read alone,
"1.9%" would be a level of 1.9%. Set after "or" the percentage says the same: "an increase of
2,770, or 11%, on the previous year"."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .records import CHANGE, MULTIPLIER, Figure

# Between the change and the percentage: an opening bracket alone, or "or".
_OPENS = re.compile(r"\s*\(\s*")
_OR = re.compile(r"\s*,?\s*or\s+")
# After it: the bracket closing, or (after "or") the end of the change's phrase; "or 11% of
# all returns" says more than the change.
_CLOSES = re.compile(r"\s*\)")
_OR_ENDS = re.compile(r"\s*(?:[,;.]|$|on\b|since\b|compared\b|from\b|than\b)")


def read_bracketed_changes(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` (sorted, disjoint) with each bare percentage in brackets right after a signed
    change of another unit read as the factor of that change."""
    result = list(figures)
    for i, figure in enumerate(figures):
        if i == 0 or figure.unit != "percent" or figure.kind == CHANGE or figure.bound:
            continue
        change = figures[i - 1]
        if change.kind != CHANGE or change.unit == "percent" or not change.value:
            continue
        if figure.value is None or figure.upper is not None:
            continue
        if _OPENS.fullmatch(text, change.end, figure.start):
            closes = _CLOSES
        elif _OR.fullmatch(text, change.end, figure.start):
            closes = _OR_ENDS
        else:
            continue
        if not closes.match(text, figure.end):
            continue  # "(1.9% of all exports)" says more than the change
        factor = 1 + math.copysign(abs(figure.value), change.value) / 100
        result[i] = replace(figure, value=factor, unit="factor", kind=MULTIPLIER)
    return result
