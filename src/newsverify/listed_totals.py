"""A total over parts the primary lists is not a value for one of them: "Total cereal
production (wheat, barley and oats) was 20.4 million tonnes" says nothing either way about
"Oats rose 6.9% to 1.16 million tonnes", though every word of that claim's subject is there.

The primary marks such a value by a total word before its head and the parts in brackets
after it. A claim that names one of the parts and not the head is about the part.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .passages import Passage
from .records import Figure
from .subject_keys import derived_key
from .vocab import word_key

# "Total cereal production (wheat, barley and oats)", "all arable crops (wheat, oats)"
_LISTED_TOTAL = re.compile(
    r"\b(?:total|all|combined|overall)\s+(?P<head>[A-Za-z][\w -]{0,40}?)\s*"
    r"\((?P<parts>[^()]{3,120})\)",
    re.IGNORECASE,
)
_PART_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.IGNORECASE)


def listed_total_note(weights: Collection[str], passage: Passage, figure: Figure) -> str | None:
    """Why the passage's value `figure`, a total over listed parts, is no evidence for a
    claim about one part (`weights`: the claim's subject keys); None when it may be."""
    sentence = passage.sentence
    keys = {*weights, *(derived_key(key) for key in weights)}
    for found in _LISTED_TOTAL.finditer(sentence.text):
        if sentence.start + found.end() > figure.start:
            continue  # the total's words come before its value
        # The whole is named by the words before the head's last one, which says what is
        # measured of every part alike ("cereal" of "cereal production", not "production").
        words = found["head"].split()
        if _keys(" ".join(words[:-1] or words)) & keys:
            continue  # the claim names the whole ("cereal production")
        for part in _PART_SPLIT.split(found["parts"]):
            if (named := _keys(part)) and named <= keys:
                whole = found["parts"]
                return f'the primary gives it for the total of {whole}, the claim for "{part}"'
    return None


def _keys(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z]+", text.lower())
    return {key for word in words for key in (word_key(word), derived_key(word_key(word)))}
