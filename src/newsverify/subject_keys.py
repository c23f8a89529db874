"""Subject keys: the form under which a word counts for subject matching, and word positions
(which kept word a figure starts or ends at, which value a word belongs to)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .derivation import derive, root
from .inflections import uninflected
from .numbers import CURRENCY_WORDS, NOT_NOUNS
from .physical import LENGTH_UNITS, TEMPERATURE_UNITS
from .records import Word
from .vocab import (
    DIRECTION_WORDS,
    NOT_SUBJECT,
    PREPOSITION_NOUNS,
    SAYING_WORDS,
    SYNONYMS,
    THING_GROUPS,
    VALUE_WORD,
    WHOLE_SCOPES,
    word_key,
)


def preposition_nouns(words: list[Word]) -> set[int]:
    """Positions of the nouns of compound prepositions ("in favour of"), of the whole
    ("across the country") and of what a rate is per ("per share"): glue, not subject."""
    lowered = [w.text.lower() for w in words]
    glue = {
        i
        for i in range(1, len(words) - 1)
        if (lowered[i - 1], lowered[i], lowered[i + 1]) in PREPOSITION_NOUNS
    }
    whole = {
        i
        for i in range(2, len(words))
        if lowered[i] in WHOLE_SCOPES and lowered[i - 2 : i] == ["across", "the"]
    }
    # "earnings per share", "£7 per household": what a rate is per is no thing it measures.
    rates = {i for i in range(1, len(words)) if lowered[i - 1] == "per"}
    return glue | whole | rates


# The words of physical units ("168 mm", "11.4 °C", "5.8 metres") spell the value too.
_UNIT_WORDS = frozenset([*LENGTH_UNITS, *TEMPERATURE_UNITS, "degree", "degrees", "°", "°c", "°f"])
# ... and so do currency names written after the amount ("14.6 million pounds", "mln stg"),
# where the primary writes a sign ("£14.6 million").
_CURRENCY_WORDS = frozenset(
    [*(w for w in CURRENCY_WORDS if " " not in w and len(w) > 1), "stg", "mln", "bln"]
)


# A number glued to its unit or scale in one token: "7.4pc", "£21.4bn", "26.2m".
_GLUED_NUMBER = re.compile(r"^[£$€]?\d[\d,.]*[a-z%]{0,4}$")


def is_value_word(lemma: str) -> bool:
    """Words that spell a value rather than what it is about: "four-fold", "per cent", "mm"."""
    lowered = lemma.lower()
    return bool(VALUE_WORD.search(lemma)) or lowered in _UNIT_WORDS or lowered in _CURRENCY_WORDS


def is_glued_number(lemma: str) -> bool:
    """A number glued to its unit in one token ("7.4pc", "£21.4bn"): a key for the passage
    that writes the same token, nothing for one that spells it otherwise ("7.4%")."""
    return bool(_GLUED_NUMBER.match(lemma.lower()))


def subject_key(word: Word) -> str | None:
    """The subject key of a word, or None when the word says nothing about the subject."""
    key = word_key(word.lemma)
    # "up" and "down" are stop words, but "43.3%, up 11.2 points" says which way it went;
    # and a noun the stop list holds ("cruise calls", "house fires", "the amount") is a thing.
    direction = key in DIRECTION_WORDS and word.pos == "ADV"
    if not word.content and not direction and not _stop_noun(word):
        return None
    if (key in NOT_SUBJECT and not (key in SAYING_WORDS and word.pos == "NOUN")) or len(key) < 2:
        return None
    # Names stay as spelled; other words meet their derivations ("admission", "admitted").
    if word.entity is not None:
        return key
    if not word.pos:
        key = uninflected(key)  # a caption's "Accepted", which the model did not read
    return derived_key(key)


def _stop_noun(word: Word) -> bool:
    return word.pos == "NOUN" and word.text.isalpha() and len(word.text) > 2


@lru_cache(maxsize=1 << 16)  # a pure function of the key, asked for every subject word
def derived_key(key: str) -> str:
    """A word key reduced to its root, so that a noun meets its verb ("admission" and
    "admit", "approval" and "approve"); synonym groups keep their head word."""
    verb = derive(key)
    # A derived word is a verb: it may join a group of actions ("announcement" meets
    # "unveiled"), never one of things ("statement" is not a "state", nor a "country").
    if verb in SYNONYMS and (verb == key or SYNONYMS[verb] not in THING_GROUPS):
        return SYNONYMS[verb]
    if key in SYNONYMS.values():
        return key
    return root(verb)


def keys_of_words(words: list[str]) -> frozenset[str]:
    """The subject keys of plain words read without a parse (a label, a phrase after a
    value): each word's key in its derived form, leaving out words that name nothing."""
    return frozenset(
        key
        for word in words
        if word.lower() not in NOT_NOUNS
        and (key := derived_key(word_key(word.lower())))
        and key not in NOT_SUBJECT
    )


def owner(position: int, value_ends: list[int], clauses: list[int]) -> int | None:
    """The value a word is about: the last one that ends before it in the same clause ("a
    400% increase in air defence and the doubling of logistics": logistics is the
    doubling's). Words before every value of their clause belong to all of them ("reduce
    Bank Rate by 0.25 points, to 4.25%"; "to £12m, and the library budget was halved")."""
    clause = clauses[position] if position < len(clauses) else None
    return max(
        (
            end
            for end in value_ends
            if end < position and (end >= len(clauses) or clauses[end] == clause)
        ),
        default=None,
    )


def last_position(words: list[Word], end: int) -> int:
    """The position of the last word that starts before `end` (a figure's last word)."""
    return max(0, bisect_left([w.start for w in words], end) - 1)


def position_of(words: list[Word], offset: int | None) -> int:
    """The position of the first kept word at or after `offset` (figures sit between words)."""
    if offset is None:
        return 0
    starts = [w.start for w in words]
    return min(bisect_left(starts, offset), max(0, len(words) - 1))


# Shorter than this, a key is not taken for the start of a longer one.
MIN_STEM = 4


def keys_meet(key: str, other: str) -> bool:
    """Two keys name the same word: the same, or one begins the other ("rain" and "rainfall",
    "burglar" and "burglary", "registr" of registrations and "register" of registered)."""
    if key == other:
        return True
    shorter, longer = sorted((key, other), key=len)
    return len(shorter) >= MIN_STEM and longer.startswith(shorter)
