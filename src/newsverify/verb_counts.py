"""Counts that a passive verb says what they count.

"41 patients were admitted to hospital" counts admissions though its noun is "patients": the
verb right after the count names the event counted, and "admission" meets "admitted" through
their shared root. So a claim about "admissions rose to 41" compares with it. Only a passive
verb right after the count's own noun links them ("41 patients were admitted"), not a verb
further on ("41 patients, most of whom were later discharged").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .passages import Passage
from .records import CHANGE, COUNT, Figure
from .subject_keys import derived_key
from .vocab import word_key

# An auxiliary of the passive, an optional adverb, then the participle (checked by its key).
_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?=[a-z]+ed\b)"
)


def verb_counted(passage: Passage, number: int) -> str | None:
    """The key of the passive verb right after a count ("were admitted"), else None."""
    figure = passage.figures[number]
    sentence = passage.sentence
    if figure.kind != COUNT or not figure.unit:
        return None
    found = _PASSIVE_AFTER.match(sentence.text, figure.end - sentence.start)
    if found is None:
        return None
    verb_start = sentence.start + found.end()
    position = bisect_left(passage.starts, verb_start)
    if position < len(passage.starts) and passage.starts[position] == verb_start:
        return passage.keys[position]
    return None


def as_verb_count(claim: Figure, passage: Passage, number: int) -> Figure | None:
    """The primary count in the claim's unit when its verb names what the claim counts."""
    if claim.kind not in (COUNT, CHANGE) or not claim.unit:
        return None
    verb = verb_counted(passage, number)
    if verb is None or verb != derived_key(word_key(claim.unit)):
        return None
    return replace(passage.figures[number], unit=claim.unit)
