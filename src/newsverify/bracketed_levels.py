"""A bare number in brackets after a time it is compared with: the level of what the
sentence counts at that time. "2,418 defendants were charged in 2025-26, up 14% on 2024-25
(2,121)" gives 2,121 defendants for 2024-25 (`timing` dates it by the time before it)."""

from __future__ import annotations

import re
from dataclasses import replace

from .records import COUNT, TIME_KINDS, Figure

# Between the time and the number: an opening bracket alone.
_OPENS = re.compile(r"\s*\(\s*$")
# A sentence ends between the count and the bracketed number: it counts something else.
_SENTENCE_END = re.compile(r"[.!?;]\s")


def unit_for_bracketed_levels(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` (sorted, disjoint) with each bare count in brackets right after a time given
    the unit of the last count with a unit before it in the sentence."""
    result = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind != COUNT or figure.unit or i == 0:
            continue
        time = figures[i - 1]
        if time.kind not in TIME_KINDS or not _OPENS.fullmatch(text, time.end, figure.start):
            continue
        if not text.startswith(")", figure.end):
            continue  # "(2,121 in 2023-24)" may say more than the level
        counted = next((f for f in reversed(figures[:i]) if f.kind == COUNT and f.unit), None)
        if counted is None or _SENTENCE_END.search(text, counted.end, figure.start):
            continue
        result[i] = replace(figure, unit=counted.unit)
    return result
