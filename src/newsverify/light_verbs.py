"""Verbs that tie a figure to its subject without saying what the figure measures.

The stop list drops "take", "go" and "see" as words, but an inflected form passes it: "Halvern
took a £31.5m hit on the closure", "the tally now stands at 1,536 - a 300% increase". "stand"
and "remain" only link a level to its subject ("stood at nearly 5%"). When no primary text
writes the verb it cannot tell one passage from another, and at the full weight of a rare word
it buries the words that say what is counted; then it counts for nothing.

Like the discount on unwritten words (unwritten_words.py) this needs an anchor: a thing or
name next to the figure that the primary writes. Without one ("Plasma donations went the
other way, up 6%": the counted thing sits in another clause) the verb's weight is part of
what keeps another row's change ("Platelet donations rose 6%") from reading as the claim's,
and it stays. A primary that writes the verb ("the independents together took 1.9%") meets
it as before; a noun of the same spelling ("take-up") is a thing and stays.
"""

from __future__ import annotations

from collections.abc import Callable

from .records import Word

# The stop list's verbs (spaCy's English list), and the verbs that link a level.
LIGHT_VERBS = frozenset(
    """
    be have do go get take make see show put give keep become seem move
    stand remain
    """.split()
)
VERB_TAGS = frozenset({"VERB", "AUX"})
# Verbs that say a count or sum came to a level: "the claimant count reached 1,187,000". As
# verbs they never name a table's row, whatever a row is called ("Northern Reach").
LEVEL_VERBS = frozenset({"reach", "hit", "stand", "total", "remain", "top", "amount"})


def is_light_verb(word: Word) -> bool:
    """A verb, in any form, that says nothing of what a figure measures."""
    return word.pos in VERB_TAGS and word.lemma.lower() in LIGHT_VERBS


def is_level_verb(word: Word) -> bool:
    """A verb of a level ("reached", "stood at", "totalled")."""
    return word.pos == "VERB" and word.lemma.lower() in LEVEL_VERBS


def unwritten_light_keys(
    words: list[Word], keys: dict[int, str | None], written: Callable[[str], bool]
) -> frozenset[str]:
    """The keys of a statement's light verbs that no primary writes, unless another word of
    the statement gives the same key ("took" and "take-up")."""
    light = {keys[id(w)] for w in words if is_light_verb(w)}
    other = {keys[id(w)] for w in words if not is_light_verb(w)}
    return frozenset(key for key in light - other if key is not None and not written(key))


def without_light_verbs(
    weights: dict[str, float], light: frozenset[str], anchored: bool
) -> dict[str, float]:
    """The subject's weights without its unwritten light verbs, when it is anchored."""
    if not anchored or not light:
        return weights
    return {key: weight for key, weight in weights.items() if key not in light}
