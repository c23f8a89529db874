"""Exact readings: a primary value equal to the claimed one, in a passage that names the
claim's subject less closely than support normally needs.

Support normally needs the words right next to the primary's figure to name what the claim
counts (measures.CORE_SIMILARITY). A passage may name it a little further off ("Net debt at
31 March 2025 was £412.0m" for "net debt ended the year at £412m", "the permitted line speed
at the site is 60 mph" for "a 60mph line"). Such a value reads the claim when it is exactly
the claimed value and no conflicting value of an equally good reading names the claim's
subject at least as closely: "Loans rose to 4.25 million and visits to 3.1 million" does not
support "visits reached 4.25 million", since 3.1 million stands nearer to "visits".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .passages import Passage
from .records import ABOUT, CHANGE, Figure
from .values import Outcome

# Below this share of what the claim counts near the figure, an equal number is coincidence.
MIN_CORE = 0.25
# ... and the passage must still name this much of the whole statement.
MIN_WHOLE = 0.45
# Shares of the subject this close are the same.
TIE = 0.01
# With the subject's core as near to a conflicting value, the exact one's passage must read
# the whole statement this much better.
SCORE_MARGIN = 0.1


class Reading(Protocol):
    """What the matcher knows of one primary value read for a claim (measures._Candidate)."""

    passage: Passage
    figure: Figure
    outcome: Outcome
    core: float
    whole: float
    dated: bool


R = TypeVar("R", bound=Reading)


def exact_readings(
    claim: Figure,
    close: Sequence[R],
    qualified: Callable[[Passage], bool],
) -> list[R]:
    """The readings among `close` (the matcher's best, ranked) that give exactly the claimed
    value and own the claim's subject against every conflicting reading among them.
    `qualified`: whether a passage names the claim's qualifiers (similarity.qualifiers_named).
    """
    # A bound is met by many values; "about £996m" is still the number £996m.
    if claim.bound not in (None, ABOUT) or claim.value is None:
        return []
    # Only a value of what the claim names can compete: not another party's share.
    conflicting = [r for r in close if r.outcome is Outcome.DIFFERENT and qualified(r.passage)]
    found = []
    for reading in close:
        if reading.outcome is not Outcome.SAME or not _equal_value(claim, reading.figure):
            continue
        if reading.core < MIN_CORE or reading.whole < MIN_WHOLE:
            continue
        if not qualified(reading.passage):
            continue
        # A conflicting value that is at least as much the claim's leaves it unsettled.
        if any(not _owns(reading, other) for other in conflicting):
            continue
        found.append(reading)
    return found


def _equal_value(claim: Figure, figure: Figure) -> bool:
    if figure.bound is not None or figure.value is None or claim.value is None:
        return False
    # A change is never the level it moved by or to.
    if (figure.kind == CHANGE) != (claim.kind == CHANGE):
        return False
    return math.isclose(claim.value, figure.value, rel_tol=1e-9, abs_tol=1e-12)


def _owns(reading: Reading, other: Reading) -> bool:
    """Whether `reading` is plainly more the claim's value than the conflicting `other`."""
    # A value given for the claim's own time outranks one given for none.
    if reading.dated != other.dated:
        return reading.dated
    if not math.isclose(reading.core, other.core, abs_tol=TIE):
        return reading.core > other.core
    # Words near both values equally: the one whose passage reads the statement clearly
    # better ("£1.4bn for the Programme, of which £520m is set aside for social rent").
    return reading.whole - other.whole >= SCORE_MARGIN - 1e-9
