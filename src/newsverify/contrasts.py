"""Qualifiers that tell two quantities of one name apart ("final" and "total" dividend).

A claim about the "total dividend" must not be supported by the value a passage gives as the
"final dividend", however close the rest of the words. Only a word of the claim's own
contrast set (vocab.CONTRASTS) counts against it: a passage that does not qualify its value
at all ("record spending") neither helps nor hinders.
"""

from __future__ import annotations

import re

from .records import Sentence, Word
from .vocab import CONTRAST_NAMES, CONTRASTS, MARKED_CONTRASTS, word_key

GROUP_OF = {word: number for number, group in enumerate(CONTRASTS) for word in group}
# Parts of speech of a qualifier and of the thing it qualifies ("" without a tagger); a
# participle ("Adjusted earnings" at the start of a line) is often tagged as a verb.
QUALIFIER_POS = ("ADJ", "VERB", "")
THING_POS = ("NOUN", "PROPN", "")
# Phrases that say a value is "real" without the word (words joined by single spaces).
_INFLATION_ADJUSTED = re.compile(
    r"\b(?:adjusted for|after|net of|above|below|minus) (?:consumer price )?inflation\b"
    r"|\binflation[ -]*adjusted\b"
)
# Adjectives that may stand between a qualifier and its thing ("real regular pay").
MAX_ADJECTIVES_BETWEEN = 2
# Qualifiers that, opening a sentence, qualify all its values: "Excluding precious metals, the
# deficit widened by £1.5 billion to £5.1 billion". In brackets they define the plain measure
# instead ("net borrowing (excluding public sector banks) was £14.2bn") and qualify nothing.
SENTENCE_QUALIFIERS = frozenset({"excluding"})


def claimed_contrasts(words: list[Word]) -> dict[int, str]:
    """The contrast words a statement qualifies its things with, by contrast set; "adjusted
    for inflation" and its like say "real"."""
    found: dict[int, str] = {}
    for position in range(len(words)):
        contrast = _contrast_at(words, position)
        if contrast is not None:
            found.setdefault(*contrast)
    text = " ".join(word.text.lower() for word in words)
    if _INFLATION_ADJUSTED.search(text):
        found.setdefault(GROUP_OF["real"], "real")
    return found


def given_contrasts(
    words: list[Word],
    figures: list[tuple[int, int]],
    values: list[tuple[int, int]] | None = None,
    sentence: Sentence | None = None,
) -> list[dict[int, str]]:
    """For each figure (start, end) of a sentence, the contrast word that qualifies it, by
    contrast set; `values` are all the sentence's value spans (by default the figures);
    `sentence`, when given, tells which words stand in brackets.

    The word is the nearest one in the figure's clause with no other value between them
    ("Final dividend of 8.6p per share, making a total dividend for the year of 12.9p"), or,
    when its clause has none, the nearest before it ("final dividend, at 8.6p").
    """
    contrasts = [
        (words[position], contrast)
        for position in range(len(words))
        if (contrast := _contrast_at(words, position)) is not None
        and not (contrast[1] in SENTENCE_QUALIFIERS and _opens_bracket(words[position], sentence))
    ]
    opening = next((word for word in words if word.text[:1].isalnum()), None)
    given: list[dict[int, str]] = []
    for start, end in figures:
        clause = next((w.clause for w in words if w.start >= start), None)
        free = [
            (word, contrast)
            for word, contrast in contrasts
            if (
                not _value_between(word, start, values if values is not None else figures)
                or (word is opening and contrast[1] in SENTENCE_QUALIFIERS)
            )
            and not start <= word.start < end
        ]
        best: dict[int, tuple[tuple[bool, int, bool], str]] = {}
        for word, (group, key) in free:
            before = word.end <= start
            if word.clause != clause and not before:
                continue
            distance = start - word.end if before else word.start - end
            # Same clause first, then nearer, then before the value rather than after it.
            rank = (word.clause != clause, distance, not before)
            if group not in best or rank < best[group][0]:
                best[group] = (rank, key)
        given.append({group: key for group, (_, key) in best.items()})
    return given


def conflicting(claimed: dict[int, str], given: dict[int, str]) -> str | None:
    """The passage's word for the value when it is another of the claim's contrast set, or a
    marked word ("real", "core") of a set the claim says nothing of: the plain "pay growth"
    is not "real pay growth"."""
    for group, key in given.items():
        if group in claimed and claimed[group] != key:
            return key
        if group not in claimed and key in MARKED_CONTRASTS:
            return key
    return None


def _contrast_at(words: list[Word], position: int) -> tuple[int, str] | None:
    word = words[position]
    # The word as written: the lemma of "Adjusted" read as a verb is "adjust".
    key = word_key(word.text)
    if key not in GROUP_OF or word.entity is not None:
        return None
    if word.pos not in QUALIFIER_POS and not (word.pos == "PROPN" and _opens(words, position)):
        return None  # "Core CPI, which excludes energy, ...": capitalised only as the opener
    if _starts_a_name(words, position):
        return None  # "gross domestic product" qualifies no debt as gross
    # The thing may come after other adjectives: "real regular pay", "core goods inflation".
    following = words[position + 1 : position + 2 + MAX_ADJECTIVES_BETWEEN]
    while following[:1] and following[0].pos == "ADJ" and len(following) > 1:
        following = following[1:]
    if not following or following[0].pos not in THING_POS:
        return None
    return GROUP_OF[key], key


def _opens(words: list[Word], position: int) -> bool:
    """The word is the first of its sentence (after a bullet's dash, say)."""
    return not any(w.text[:1].isalnum() for w in words[:position])


def _starts_a_name(words: list[Word], position: int) -> bool:
    for name in CONTRAST_NAMES:
        parts = name.split()
        written = [w.text.lower() for w in words[position : position + len(parts)]]
        if written == parts:
            return True
    return False


def _opens_bracket(word: Word, sentence: Sentence | None) -> bool:
    if sentence is None:
        return False
    return sentence.text[: word.start - sentence.start].rstrip().endswith("(")


def _value_between(word: Word, start: int, values: list[tuple[int, int]]) -> bool:
    low, high = sorted((word.start, start))
    return any(low < other < high for other, _ in values)
