"""Words that narrow what a claimed count counts: "2,204 postal votes", "2,204 votes by post".

Such a claim counts a part of what a primary "2,204 votes" counts. Evidence that agrees or
conflicts must say the narrowing words too (or its document's title or lead must), or it is
about the whole, not the part.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .numbers import BOUNDS, SCALES, SMALL_NUMBERS, TENS, singular
from .parts import part_keys
from .passages import Passage
from .records import COUNT, Figure, Word
from .subject_keys import derived_key, subject_key
from .tallies import TALLY
from .values import dimension
from .vocab import NOT_SUBJECT, VALUE_WORD, word_key

# Words after a count that link it to what it counts rather than narrow it ("2,204 of the votes").
_LINKS = frozenset({"of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "by", "to"})
# Prepositions that start a phrase narrowing a count ("votes by post", "votes from abroad").
_NARROWING = frozenset({"by", "via", "through", "from", "in", "at", "on", "for", "among"})
# Number words of the value itself ("Four military police vehicles") narrow nothing.
_NUMBER_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
_PARTICIPLE = re.compile(r"(?:ing|ed)$")
_VALUE_WORDS = frozenset(
    {w for bound in BOUNDS for w in bound.split()}
    | set(SMALL_NUMBERS)
    | set(TENS)
    | set(SCALES)
    | {"half", "quarter", "dozen", "a", "and"}
)
# The phrase is this many words long at most: "by post", "in the Kestrel Vale by-election".
_PHRASE_WORDS = 5


def count_phrase(claim: Figure, words: list[Word], skip: list[tuple[int, int]]) -> frozenset[str]:
    """Keys of the words that narrow a claimed count: those around its unit ("2,204 postal
    votes") and the prepositional phrase right after it ("2,204 votes by post").

    Only a count of something has them. The phrase ends at a clause break or a verb; words
    inside `skip` spans (times, periods, other values) are left out, since those are
    compared as times and values.
    """
    if claim.kind != COUNT or not claim.unit or claim.unit == TALLY:
        return frozenset()
    keys: set[str] = set()
    for word in words:
        if claim.start <= word.start < claim.end and _narrows(word, claim):
            keys.add(subject_key(word) or "")
    after = [w for w in words if w.start >= claim.end]
    if after and after[0].lemma in _NARROWING:
        clause = after[0].clause
        for word in after[1 : _PHRASE_WORDS + 1]:
            if word.clause != clause or word.pos in ("VERB", "AUX"):
                break
            if not any(a <= word.start < b for a, b in skip) and subject_key(word):
                keys.add(subject_key(word) or "")
    return frozenset(keys)


def _narrows(word: Word, claim: Figure) -> bool:
    """A word of the figure's own text that says which of the counted things it counts."""
    key = subject_key(word)
    return (
        key is not None
        and word.entity not in _NUMBER_ENTITIES
        # The value's own words, however the model tagged them: "nearly two and a half".
        and word.text.lower() not in _VALUE_WORDS
        and singular(word.text) != claim.unit
        and not VALUE_WORD.match(word.lemma)
        # A participle restates what the sentence says they did ("the two dissenting
        # members" for "two members voted to hold"), which the primary words its own way.
        and not _PARTICIPLE.search(word.text.lower())
    )


def unit_qualifiers(claim: Figure) -> set[str]:
    """Keys of the words the claimed figure puts around its unit ("postal" in "2,204 postal
    votes"): they narrow what is counted, so the row or its lead-in must say them too."""
    digits = re.search(r"\d", claim.text)
    after = claim.text[digits.start() :] if digits else claim.text
    unit_keys = {word_key(part) for part in claim.unit.split()}
    keys: set[str] = set()
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*", after):
        key = word_key(word)
        if key in unit_keys or key in _LINKS or key in NOT_SUBJECT or VALUE_WORD.match(key):
            continue
        keys.add(derived_key(key))
    return keys


# A compound adjective right before a noun: "first-time mothers", "part-time staff".
_COMPOUND = re.compile(r"\b(?P<first>[a-z]+)-(?P<second>[a-z]+)\s+(?P<noun>[a-z]+)\b", re.I)
_WORD = re.compile(r"[a-z]+")


def compound_qualifiers(
    text: str, base: int, subject_keys: Container[str], skip: list[tuple[int, int]]
) -> frozenset[str]:
    """The compound adjectives before a noun of the claim's subject ("first-time mothers"):
    they may say which of the things the value is for, whatever its kind. Kept as written,
    with the hyphen. Number words ("three-year") are values or ages, compared as such.

    Too many are no part ("fastest-growing", "long-tailed tits") to veto a passage that
    lacks them; but between readings that fit the claim equally well, one whose sentence says
    a word of the compound is the claim's ("For first births alone" for "first-time")."""
    found: set[str] = set()
    for match in _COMPOUND.finditer(text):
        if any(a <= base + match.start() < b for a, b in skip):
            continue
        parts = (match["first"].lower(), match["second"].lower())
        if any(part in _VALUE_WORDS for part in parts):
            continue
        if derived_key(word_key(match["noun"].lower())) in subject_keys:
            found.add("-".join(parts))
    return frozenset(found)


def unnamed(keys: frozenset[str], passage: Passage) -> list[str]:
    """The narrowing keys that neither the passage nor its document's title and lead name."""
    return [
        key
        for key in sorted(keys)
        if key not in passage.positions
        and key not in passage.context_keys
        and key not in passage.lead_keys
    ]


def names_compound(compounds: frozenset[str], passage: Passage) -> bool:
    """Whether the passage's sentence or its document's title says a word of one of the
    claim's compounds: "For first births alone, ... 30.2 years" for "first-time mothers"."""
    words = set(_WORD.findall(f"{passage.sentence.text} {passage.document.title or ''}".lower()))
    return any(part in words for compound in compounds for part in compound.split("-"))


def named_for_another(keys: frozenset[str], passage: Passage, number: int) -> list[str]:
    """The narrowing keys the passage says of another value only: "212 flood warnings ...,
    nine of them severe flood warnings" names "severe" for the nine, so the 212 are all
    warnings, not severe ones. Keys of the value's own words ("flood") are its own."""
    figure = passage.figures[number]
    own = part_keys(passage, number) | _text_keys(figure.text)
    others: set[str] = set()
    for other, sibling in enumerate(passage.figures):
        if other != number and dimension(sibling) == dimension(figure):
            others |= part_keys(passage, other)
    return sorted(key for key in keys if key in others and key not in own)


def _text_keys(text: str) -> frozenset[str]:
    return frozenset(derived_key(word_key(w)) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text))
