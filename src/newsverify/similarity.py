"""Subject similarity: how much of what a statement is about a primary passage talks about,
weighted by how rare each word is among the primary texts and, for a figure, by how close
each word stands to it."""

from __future__ import annotations

import re
from bisect import bisect_left

from .conjuncts import conjunct_owner
from .growth_rates import rate_origin_at
from .money_heads import is_money_value
from .passages import Passage
from .ratio_bases import compared_ends
from .records import CHANGE, COUNT, MULTIPLIER, Figure
from .subject_keys import derived_key, owner
from .subjects import NEAR, Subject
from .vocab import (
    COUNT_HEADS,
    DIRECTION_WORDS,
    MONEY_HEADS,
    RATE_HEADS,
    SHARE_HEADS,
    word_key,
)

# A passage's word far from a figure, or belonging to another value, counts this much.
FAR = 20
FAR_WEIGHT = 0.3
# A word in another clause of the sentence than the figure says less about it.
OTHER_CLAUSE_WEIGHT = 0.8
# A core of fewer words than this says too little to stand for the whole subject (it must
# still be covered, but cannot raise the similarity on its own).
MIN_CORE = 2
# A word found only in the document's title or lead counts this much.
CONTEXT_WEIGHT = 0.5


def similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The weighted share of the subject that the passage mentions (0..1).

    For one of the passage's figures (its index), words that belong to another
    value count less, so that in "a 400% increase in air defence and the doubling of
    logistics" air defence belongs to the 400% and logistics to the doubling. A subject
    with a core is judged by the better of its core and its whole sentence.
    """
    whole = _coverage(subject.weights, passage, figure)
    if len(subject.core) < MIN_CORE:
        return whole
    return max(whole, _coverage(core_weights(subject, passage), passage, figure, subject.weights))


def whole_similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The share of the whole subject the passage mentions, core or not: what a passage
    must reach to contradict, since nouns shared with another count of the same things
    ("14,820 postal ballot packs issued") do not make it the count claimed ("312 packs
    rejected")."""
    return _coverage(subject.weights, passage, figure)


def modifier_closeness(subject: Subject, passage: Passage, figure: Figure) -> float:
    """How close the claim's adjectives ("total" of "total dividend") stand to one of the
    passage's values: of two values, the nearer one is the one they describe."""
    weights = dict.fromkeys(subject.modifiers, 1.0)
    return _coverage(weights, passage, passage.figures.index(figure))


def core_similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The share of the subject's core (the words next to its figure) the passage mentions."""
    if not subject.core:
        return similarity(subject, passage, figure)
    return _coverage(core_weights(subject, passage), passage, figure, subject.weights)


def core_weights(subject: Subject, passage: Passage) -> dict[str, float]:
    """The subject's core as a passage must name it: an "of" phrase after a head noun is
    understood where the passage gives the head and its owner ("The Green Party's share
    rose to 10.0%" for "the Green Party's share of the vote"), since the owner's head is
    the quantity; without the owner, "share" alone could be anybody's share of anything."""
    found = passage.positions
    dropped = {
        complement
        for complement, (head, owners) in subject.of_phrases.items()
        if complement not in found and _owned_head(passage, head, owners)
    }
    if not dropped:
        return subject.core
    return {key: weight for key, weight in subject.core.items() if key not in dropped}


def _owned_head(passage: Passage, head: str, owners: frozenset[str]) -> bool:
    """The passage writes the head noun right after one of its owner's names ("The Green
    Party's share"), and names the whole owner."""
    if not owners <= passage.positions.keys():
        return False
    keys = passage.keys
    return any(at > 0 and keys[at - 1] in owners for at in passage.positions.get(head, []))


def _coverage(
    weights: dict[str, float],
    passage: Passage,
    figure: int | None,
    named: dict[str, float] | None = None,
) -> float:
    """The weighted share of `weights` the passage mentions near value `figure`; `named`,
    the whole subject when `weights` is its core, says what the statement counts."""
    positions = passage.positions
    # A passage that gives a value without a word for its direction ("43.3%, up 11.2
    # points": "up" is a stop word) neither agrees nor differs on "rose"; the direction is
    # checked on its own where it is stated (matching: another direction).
    if not DIRECTION_WORDS.isdisjoint(weights) and DIRECTION_WORDS.isdisjoint(positions):
        weights = {k: w for k, w in weights.items() if k not in DIRECTION_WORDS}
    total = sum(weights.values())
    if total == 0:
        return 0.0
    found = 0.0
    # A count's own unit names what it counts, wherever the word stands ("41 patients were
    # admitted ..., 17% more than the 35 admitted": the 35 are patients too).
    unit = _counted_key(passage, figure) if figure is not None else None
    counted = named if named is not None else weights
    implied = _implied_heads(passage, figure, counted) if figure is not None else frozenset()
    for key, weight in weights.items():
        if key in implied and key not in positions:
            found += weight  # "the share of entries" against "68.4% of entries"
            continue
        if key not in positions:
            if key in passage.antecedent_keys and _said_of_antecedent(passage, figure):
                found += weight  # "That is a fall of 0.8 points": said of every value
            elif key in passage.author_keys and _after_we(passage, figure):
                found += weight  # "We issued ...": the publisher, by the first person
            elif key in passage.context_keys:
                found += weight * CONTEXT_WEIGHT
            continue
        if figure is None or key == unit:
            found += weight
        else:
            found += weight * max(_closeness(p, figure, passage) for p in positions[key])
    return found / total


def _after_we(passage: Passage, figure: int | None) -> bool:
    """A value the sentence's "we" comes before (passages.Passage.author_keys)."""
    return figure is not None and passage.figures[figure].start > passage.author_from


def _said_of_antecedent(passage: Passage, figure: int | None) -> bool:
    """A value of a sentence that refers back, before it says something of its own."""
    return figure is None or passage.figures[figure].start < passage.antecedent_end


def _implied_heads(passage: Passage, figure: int, weights: dict[str, float]) -> frozenset[str]:
    """The head nouns a value names by its kind. A percentage (or a change in points) is a
    share where its passage calls it one by another name ("the proportion ... (74.3%)"); a
    count, or a change of one, is a number of the things it counts when the statement names
    them ("the number of entries")."""
    value = passage.figures[figure]
    if rate_origin_at(passage, figure) is not None:
        # "fares rose by 5.6%, up from 5.1%" gives the fares' rate of inflation
        return RATE_HEADS
    if value.unit in ("percent", "percentage_point"):
        # "76.4% of the valid vote" in another passage would otherwise name a "vote share" as
        # fully as the claimed one: an "of" alone is not enough.
        named = any(head in passage.positions for head in SHARE_HEADS)
        # "78% of minor developments ..., down 2 percentage points": the share of them
        shares = [f for f in passage.figures if f.unit == "percent"]
        counted = any(_share_of_counted(passage, share, weights) for share in shares)
        return SHARE_HEADS if named or counted else frozenset()
    counted = _counted_key(passage, figure)
    if counted is not None and counted in weights:
        return COUNT_HEADS
    if value.kind in (CHANGE, MULTIPLIER) and _counts_named(passage, weights):
        # "passenger numbers went up by 7.4%" against "2,418,600 passengers ..., 7.4% more":
        # a change in a sentence that counts the things named is a change in their number.
        return COUNT_HEADS
    if is_money_value(passage.figures, figure):
        return MONEY_HEADS
    return frozenset()


# "78% of minor developments": a percentage of the things after it.
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+)?")


def _share_of_counted(passage: Passage, value: Figure, weights: dict[str, float]) -> bool:
    """A percentage written as "78% of minor developments" is the share of the things the
    statement counts when the first word after its "of" is one of the statement's."""
    sentence = passage.sentence
    after = _OF_AFTER.match(sentence.text, value.end - sentence.start)
    if value.unit != "percent" or after is None:
        return False
    start = sentence.start + after.end()
    at = bisect_left(passage.starts, start)
    return at < len(passage.starts) and passage.starts[at] == start and passage.keys[at] in weights


def _counts_named(passage: Passage, weights: dict[str, float]) -> bool:
    """The passage gives a count of something the statement names."""
    return any(_unit_key(figure) in weights for figure in passage.figures)


def _same_count(passage: Passage, figure: int, other_end: int | None) -> bool:
    """The word's value counts what this one counts: "41 patients were admitted to hospital,
    17% more than the 35 admitted" compares two counts of one thing, whose words they share."""
    unit = _unit_key(passage.figures[figure])
    return unit is not None and any(
        end == other_end and _unit_key(other) == unit
        for end, other in zip(passage.figure_ends, passage.figures, strict=True)
    )


# Between a count and the bare change that follows it in apposition: ", an ", ", up ".
APPOSITION_GAP = 6


def _counted_key(passage: Passage, figure: int) -> str | None:
    """What a value counts by its own unit; a bare change or a growth factor right after a
    count is that count's change ("187,200 offences, an increase of 23,000") and counts the
    same things."""
    this = passage.figures[figure]
    bare_change = this.kind == CHANGE and not this.unit
    if (bare_change or this.kind == MULTIPLIER) and figure > 0:
        previous = passage.figures[figure - 1]
        if 0 <= this.start - previous.end <= APPOSITION_GAP:
            return _unit_key(previous)
    return _unit_key(this)


def _unit_key(figure: Figure) -> str | None:
    if figure.kind != COUNT or not figure.unit:
        return None
    return derived_key(word_key(figure.unit))


def _closeness(position: int, figure: int, passage: Passage) -> float:
    """How much a word at `position` speaks of the passage's `figure`: less with distance,
    and little when the word follows another of the sentence's values (it is about that)."""
    head = passage.heads[figure] if passage.heads else -1
    other = owner(position, passage.value_ends, passage.clauses)
    conjunct = conjunct_owner(position, passage.conjuncts)
    if conjunct is not None:
        # A word of a value's conjunct is its own, and another value's (-1) for the rest.
        other = passage.figure_ends[figure] if conjunct == figure else -1
    if (
        position != head
        and other not in (None, passage.figure_ends[figure])
        and not _same_count(passage, figure, other)
        and other not in compared_ends(passage, figure)  # "three times the £40m fund"
    ):
        return FAR_WEIGHT
    anchor = passage.figure_positions[figure]
    distance = min(abs(position - anchor), abs(position - passage.figure_ends[figure]))
    if distance <= NEAR:
        closeness = 1.0
    elif distance >= FAR:
        closeness = FAR_WEIGHT
    else:
        closeness = 1.0 - (1.0 - FAR_WEIGHT) * (distance - NEAR) / (FAR - NEAR)
    clauses = passage.clauses
    if clauses and clauses[position] != clauses[min(anchor, len(clauses) - 1)]:
        closeness *= OTHER_CLAUSE_WEIGHT
    return closeness


def qualifiers_named(subject: Subject, passage: Passage) -> bool:
    """The places and bodies the statement names appear in the passage or its lead, and the
    adjectives that say which of its things it counts in the passage itself or its title."""
    named = set(passage.keys) | passage.lead_keys | passage.antecedent_keys
    # An adjective its document's title says ("Retail sales: October 2026") is what the whole
    # document is about: its sentences need not repeat it.
    said = passage.context_keys | passage.antecedent_keys
    return all(key in named for key in subject.qualifiers) and all(
        key in passage.positions or key in said for key in subject.modifiers
    )


def names_covered(subject: Subject, document_keys: frozenset[str]) -> bool:
    """Every name the statement depends on is mentioned in the evidence document."""
    return all(name in document_keys for name in subject.required)


def word_closeness(position: int, figure: int, passage: Passage) -> float:
    """How much the passage's word at `position` speaks of its figure `figure` (0.3..1)."""
    return _closeness(position, figure, passage)
