"""A percentage in brackets right after a change of money or of a count is that change
relative to where it started: "Exports fell by £0.8 billion (1.9%) to £41.2 billion" says
exports fell by 1.9%, and "91,482, up 2,316 (2.6%)" that the count rose by 2.6%. Read alone,
"1.9%" would be a level of 1.9%."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .records import CHANGE, MULTIPLIER, Figure

# Between the change and the percentage: an opening bracket alone.
_OPENS = re.compile(r"\s*\(\s*")


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
        if not _OPENS.fullmatch(text, change.end, figure.start):
            continue
        if not re.match(r"\s*\)", text[figure.end :]):
            continue  # "(1.9% of all exports)" says more than the change
        factor = 1 + math.copysign(abs(figure.value), change.value) / 100
        result[i] = replace(figure, value=factor, unit="factor", kind=MULTIPLIER)
    return result
