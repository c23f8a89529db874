"""A claimed rise that is the primary's level: "rose by 94,300" where the primary says
entries rose to 94,300, "19 more rain days" where it counts 19 rain days.

The same number about the same subject, read as the size of a rise instead of the level it
reached, is the classic misreading (like "rose by 3.4%" for a rate that rose to 3.4%,
measures._same_number_other_form): a rise by the whole level would mean it started from
nothing, so the claim is contradicted. Not so a fall: "fell by 41" and "fell to 41" are both
true of a fall from 82. A count of additions is a change in all but form ("1,200 new members
joined" for "membership rose by 1,200"), so a level written as new, extra or more things is
no such misreading.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .exact_readings import Reading
from .passages import Passage
from .records import CHANGE, Figure
from .values import Outcome

# Words that make a count a count of additions, a change of what it adds to.
_ADDED = re.compile(
    r"\b(?:new|more|extra|additional|added|further|joined|recruited|hired|created|opened)\b",
    re.IGNORECASE,
)
# How far before and after the level's words such a word still describes it (characters):
# "a further 300", "1,200 new members"; not "19 rain days (days with 1 mm of rain or more)".
_ADDED_BEFORE = 20
_ADDED_AFTER = 12

R = TypeVar("R", bound=Reading)


def level_for_change(
    claim: Figure,
    readings: Sequence[R],
    about: Callable[[R], bool],
) -> R | None:
    """The reading among `readings` that gives the claimed rise's number as a level.

    `about`: whether a reading is about what the claim counts, for the claim's time, closely
    enough to contradict it (the matcher's tests for a conflicting value).
    """
    # Only a rise: a fall by the level it fell to is a halving, which may well be true.
    if claim.kind != CHANGE or claim.bound is not None or not claim.value or claim.value < 0:
        return None
    for reading in readings:
        figure = reading.figure
        if figure.kind == CHANGE or figure.bound is not None or figure.value is None:
            continue
        # Compared by its number only: "94,300" in a table is a level of entries.
        if reading.outcome is not Outcome.UNCLEAR:
            continue
        if not math.isclose(claim.value, figure.value, rel_tol=1e-9):
            continue
        if _added(reading.passage, figure) or not about(reading):
            continue
        return reading
    return None


def _added(passage: Passage, figure: Figure) -> bool:
    sentence = passage.sentence
    start = max(0, figure.start - sentence.start - _ADDED_BEFORE)
    end = min(len(sentence.text), figure.end - sentence.start + _ADDED_AFTER)
    return bool(_ADDED.search(sentence.text[start:end]))
