"""Rival words: a claim word that the primary's sentence ties to another of its values.

A sentence that lists values of one kind ("On-time trains were 84.2% of services and 3.1%
were cancelled") says, by where its words stand, which value each is about. A claim that
gives one value with a word the sentence ties to the other ("84.2% of services were
cancelled") has moved that word between them: the value does not support it, however
much else of the claim the sentence names.
"""

from __future__ import annotations

from .passages import Passage, owns_words_in
from .records import COUNT, Figure
from .similarity import word_closeness
from .subject_keys import derived_key
from .values import Outcome, compare, dimension
from .vocab import COUNT_HEADS, MONEY_HEADS, SHARE_HEADS

# A word this close to the rival value and no closer than this to the figure is the rival's.
RIVAL_CLOSENESS = 0.9
OWN_CLOSENESS = 0.5
# ... and stands within this many kept words of it: what a list item says of its value stands
# right by it ("3.1% were cancelled"); a word further on may be about the list as a whole
# ("the doubling of NATO's enabling capabilities including logistics").
RIVAL_REACH = 2
# Words for the kind of a value, which every value of that kind is: "43.3% of the valid vote,
# up 11.2 points on the party's 32.1% share" gives the 43.3% a share too.
KIND_WORDS = COUNT_HEADS | SHARE_HEADS | MONEY_HEADS


def rival_word(
    keys: set[str], passage: Passage, number: int, claimed: list[Figure]
) -> tuple[str, Figure] | None:
    """A word among `keys` (the claim's) that the passage ties to another value of its
    sentence, not to its figure `number`, with that value; None when there is none.
    `claimed`: the claim's other values; one of them given by the rival is the claim
    telling the two apart itself, not a word moved between them."""
    figure = passage.figures[number]
    rivals = [
        other
        for other, value in enumerate(passage.figures)
        # Words an earlier value's conjunct gives may carry over to the later ones ("wind
        # generated 41.3% of electricity and gas 29.7%"); a later value's are its own.
        if other > number
        and owns_words_in(value, passage.sentence)
        and _alike(value, figure)
        and not any(compare(c, value) is Outcome.SAME for c in claimed)
    ]
    # A part's words narrow what the whole counts; the subject's match already weighs them.
    parts = [c for c in passage.conjuncts if c.part]
    for key in keys - KIND_WORDS:
        at = passage.positions.get(key, [])
        if any(c.first <= p < c.stop for p in at for c in parts):
            continue
        if not at or max(word_closeness(p, number, passage) for p in at) > OWN_CLOSENESS:
            continue
        for other in rivals:
            near = [p for p in at if _distance(passage, p, other) <= RIVAL_REACH]
            if near and max(word_closeness(p, other, passage) for p in near) >= RIVAL_CLOSENESS:
                return key, passage.figures[other]
        # A later count's own noun is that count's, whatever the figure's kind: "lent 3.8%
        # more books ..., and its branches recorded 917,400 visits" gives no rise in visits.
        for other, value in enumerate(passage.figures):
            if other > number and value.kind == COUNT and _counts(value, key):
                if all(_distance(passage, p, other) <= RIVAL_REACH for p in at):
                    return key, value
    return None


def _counts(value: Figure, key: str) -> bool:
    """Is `key` the noun the count `value` counts ("visits" of "917,400 visits")?"""
    unit = (value.unit or "").lower()
    return bool(unit) and key in (unit, derived_key(unit))


def _alike(one: Figure, other: Figure) -> bool:
    """Values a list may give side by side for one kind of thing: of one dimension, or
    counts one of which leaves its unit to the other ("1,264,300 visits, 98,500 of them")."""
    if dimension(one) == dimension(other):
        return True
    # A change is no alternative to a level: "2,418 defendants ..., an increase of 297".
    counts = one.kind == other.kind == COUNT
    return counts and not (one.unit and other.unit)


def _distance(passage: Passage, position: int, figure: int) -> int:
    """How many kept words the word at `position` stands from the figure's first or last."""
    start, end = passage.figure_positions[figure], passage.figure_ends[figure]
    return min(abs(position - start), abs(position - end))
