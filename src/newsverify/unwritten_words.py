"""Words of an article's sentence that no primary text writes anywhere.

Such a word cannot tell one primary passage from another; away from the figure it is the
article's own telling of the story ("after cash-strapped households swapping restaurant
meals for supermarket ready meals helped it to an 11.5% rise in annual profit"), and at full
weight it buries the words that say what the figure counts. The discount needs an anchor: a
thing or name next to the figure that the primary writes ("profit"). Without one ("It is a 300
percent increase, a rival paper claimed") the unwritten words are all that say what the
figure is about, and they keep their full weight. The words next to the figure keep all of
theirs anyway, so "hake landings fell 8%" still needs a primary passage about hake, and so
do the words after the base of a share ("45.0 percent of the constituency's 9,000 voters
cast a ballot"), which say what the share counts (`subjects.build_subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from .vocab import DIRECTION_WORDS

# What an unwritten word away from a value's figure still counts, of its weight.
UNWRITTEN_WEIGHT = 0.25


def unwritten_factor(key: str, nearness: float, written: Callable[[str], bool]) -> float:
    """The factor on the weight of a word `nearness` from a value's figure (1.0: next to it)."""
    if nearness >= 1.0 or written(key):
        return 1.0
    return UNWRITTEN_WEIGHT


def anchored(beside: set[str], written: Callable[[str], bool]) -> bool:
    """Some thing or name right next to the figure is one the primary texts write."""
    return any(written(key) for key in beside if key not in DIRECTION_WORDS)
