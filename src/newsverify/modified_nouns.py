"""Nouns with a word right before them that says which of the things is meant: "non-food
stores", "clothing stores", "primary fires", "deliberate fires".

A claim about "non-food stores" checked against a sentence about "clothing stores" shares the
noun, and with it most of its subject words, but is about other stores: when the primary puts
another such word before the claim's noun and does not say the claim's word at all, its value
is no evidence for the claim either way. A modifier the claim does not give is not enough
("average house prices" for "house prices"): the two must name different kinds of the thing.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass

from .records import Word
from .subject_keys import derived_key
from .vocab import CONTRASTS, DIRECTION_WORDS, WHOLE_ADJECTIVES, word_key

# Adjectives that say which measure of the whole is given, not which part: "total recorded
# crime", "average earnings", "annual inflation" are what a claim about the whole means.
_WHOLE_MEASURE_WORDS = (
    "total overall annual average mean median typical headline national latest recent "
    "provisional new current official estimated main general whole entire combined "
    "cumulative monthly quarterly weekly daily yearly seasonal adjusted actual full "
    "last previous same other further additional extra high low"
).split()
# Words of a contrast set ("final" dividend, "real" pay) are another quantity, not a part:
# `contrasts` tells those apart.
_CONTRAST_WORDS = [word for group in CONTRASTS for word in group]
# As subject keys are written: "average" is "averag".
NOT_SUBGROUP = frozenset(
    derived_key(word_key(w)) for w in [*_WHOLE_MEASURE_WORDS, *_CONTRAST_WORDS]
)
# Parts of speech of a word that says which kind of a noun's things is meant.
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_WHOLE = frozenset(derived_key(word_key(w)) for w in WHOLE_ADJECTIVES)


@dataclass(frozen=True)
class ModifiedNoun:
    modifier: str  # subject keys
    noun: str
    written: str  # as the text has it: "non-food stores"
    start: int = 0  # offset of its first word
    named: bool = False  # the modifier is a name ("Selwyn force"), not a kind ("private buyers")


def modified_nouns(
    words: list[Word], key_of: Callable[[Word], str | None], text: str = "", base: int = 0
) -> list[ModifiedNoun]:
    """Each noun of `words` (kept words, in order) with the word right before it, when that
    word is an adjective or a noun and only a space stands between them (or a hyphen, when
    `text`, starting at offset `base`, shows which). Without a tagger no word has a part of
    speech, and there are none."""
    found: list[ModifiedNoun] = []
    for word, noun in zip(words, words[1:], strict=False):
        if word.pos not in _MODIFIER_POS or noun.pos != "NOUN" or word.clause != noun.clause:
            continue
        if noun.start - word.end != 1:
            continue
        gap = text[word.end - base : noun.start - base] if text else " "
        if gap not in (" ", "-"):
            continue
        modifier, head = key_of(word), key_of(noun)
        if modifier is None or head is None or modifier in NOT_SUBGROUP or modifier in _WHOLE:
            continue
        if modifier in DIRECTION_WORDS or word.entity in ("CARDINAL", "ORDINAL", "PERCENT"):
            continue
        written = f"{word.text}{gap}{noun.text}"
        # A capital opening the sentence ("Adult members borrowed ...") makes no name.
        named = word.entity is not None or (word.pos == "PROPN" and word.start != base)
        found.append(ModifiedNoun(modifier, head, written, word.start, named))
    return found


def other_kind(
    claimed: Iterable[ModifiedNoun],
    given: Iterable[ModifiedNoun],
    named: Container[str],
    passage_keys: Container[str],
    document_kinds: Container[tuple[str, str]],
) -> tuple[ModifiedNoun, ModifiedNoun] | None:
    """A noun the claim gives with one word (`claimed`) that the primary's sentence gives
    with another (`given`), when the sentence (or its document's title and lead,
    `passage_keys`) never says the claim's word and the claim (`named`: its subject keys)
    never says the sentence's: (claim's, primary's), or None.

    Only a kind the primary document itself names elsewhere (`document_kinds`) counts: then it
    tells the two kinds apart. A claim's own word for the thing ("jobless rate", "photo
    identification") that the primary never uses is a paraphrase, not another kind."""
    given = list(given)
    for ours in claimed:
        if ours.modifier in passage_keys or (ours.modifier, ours.noun) not in document_kinds:
            continue
        for theirs in given:
            if theirs.noun == ours.noun and theirs.modifier not in named:
                return ours, theirs
    return None
