"""The size of a rise a primary implies when it gives a level and the rise in percent.

"Revenue rose 7.2% to £1,284.6m" gives the level, not the change; but a rise of 7.2% to
£1,284.6m is a rise of about £86m, so it cannot be a rise "by £1,284.6m" (that would need a
baseline of nothing), nor "by 5p" for "12.9p, up 5.0%". The arithmetic only ever decides a
conflict: an implied size that agrees stays unsettled, since the primary does not state it
and the percent it comes from is rounded.
"""

from __future__ import annotations

from dataclasses import replace

from .records import CHANGE, MULTIPLIER, Figure
from .values import Outcome, describe, dimension

# A claimed change within this share of the implied one is left unsettled: the percent
# behind the implied size is rounded, and a claim may round the sum.
IMPLIED_TOLERANCE = 0.25


def relative_change_of(level: Figure, figures: list[Figure]) -> Figure | None:
    """The percent rise or fall the sentence gives for this level: the nearest multiplier,
    with no other value of the level's kind between them ("12.9p, up 5.0%"; "rose 7.2% to
    £1,284.6m"), so "8.6p, making a total of 12.9p, up 5.0%" keeps the 5.0% for the 12.9p."""
    rivals = [f for f in figures if f is not level and dimension(f) == dimension(level)]
    best: tuple[int, Figure] | None = None
    for figure in figures:
        if figure.kind != MULTIPLIER or figure.value is None or figure.value <= 0:
            continue
        before = figure.end <= level.start
        low, high = (figure.end, level.start) if before else (level.end, figure.start)
        if any(low <= r.start < high for r in rivals):
            continue
        gap = high - low
        if best is None or gap < best[0]:
            best = (gap, figure)
    return None if best is None else best[1]


def implied_change(level: Figure, figures: list[Figure]) -> float | None:
    """The change a level and its percent rise imply (the level less the level before)."""
    if level.kind == CHANGE or level.value is None or level.upper is not None or level.bound:
        return None
    relative = relative_change_of(level, figures)
    if relative is None or relative.value is None or relative.value == 1.0:
        return None
    return level.value - level.value / relative.value


def compare_with_implied(claim: Figure, level: Figure, figures: list[Figure]) -> Outcome:
    """A claimed change against the change a primary level and its percent rise imply:
    DIFFERENT when far apart, else UNCLEAR (never SAME: the primary does not state it)."""
    if claim.kind != CHANGE or claim.value is None or claim.bound or claim.upper is not None:
        return Outcome.UNCLEAR
    if dimension(claim) != dimension(level):
        return Outcome.UNCLEAR
    implied = implied_change(level, figures)
    if implied is None:
        return Outcome.UNCLEAR
    if abs(claim.value - implied) > IMPLIED_TOLERANCE * abs(implied):
        return Outcome.DIFFERENT
    return Outcome.UNCLEAR


def implied_note(claim: Figure, level: Figure, figures: list[Figure]) -> str:
    """What the reason adds when a claimed change met a level: the change it implies."""
    if claim.kind != CHANGE or compare_with_implied(claim, level, figures) is not Outcome.DIFFERENT:
        return ""
    relative = relative_change_of(level, figures)
    implied = implied_change(level, figures)
    if relative is None or implied is None:
        return ""
    shown = float(f"{implied:.3g}")  # the percent it comes from is rounded
    size = replace(level, value=shown, text=f"{shown:g}")
    return f', a level; with "{relative.text}" the change is about {describe(size)}'
