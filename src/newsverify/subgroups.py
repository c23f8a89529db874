"""A primary value given for a subgroup of what a claim is about: "Residential burglary ...
fell by 13%" is not the fall in burglary.

The subgroup is named by an adjective right before a noun the claim names, in the sentence's
subject (the words before its first verb), the value coming after. A claim that does not say
the adjective is about the whole, so the value is no evidence for it either way. A title or
lead that says the adjective ("Residential burglary: year ending June") makes the subgroup the
document's own subject, which a sentence and a claim may both take for granted.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .modified_nouns import NOT_SUBGROUP
from .passages import Passage

# An adjective right before its noun: only spaces or a hyphen between them.
_ADJACENT = re.compile(r"^[A-Za-z'-]+[\s-]+$")


def subgroup_word(passage: Passage, number: int, claim_keys: Container[str]) -> str | None:
    """The adjective that makes the subject of the passage's value `number` a subgroup of what
    the claim names (`claim_keys`), when the claim does not say it; else None."""
    sentence = passage.sentence
    verbs = [start for start in passage.verb_starts if start > sentence.start]
    first_verb = min(verbs, default=sentence.end)
    if passage.figures[number].start < first_verb:
        return None  # the value is in the subject itself: "Residential burglaries numbered ..."
    for position, start in enumerate(passage.starts[:-1]):
        noun_start = passage.starts[position + 1]
        if noun_start >= first_verb:
            break
        if start not in passage.adjective_starts:
            continue
        key, noun = passage.keys[position], passage.keys[position + 1]
        gap = sentence.text[start - sentence.start : noun_start - sentence.start]
        if (
            _ADJACENT.match(gap)
            and noun in claim_keys
            and key not in claim_keys
            and key not in NOT_SUBGROUP
            # Named in the title or lead: the document is about the subgroup as a whole.
            and key not in passage.context_keys
            and key not in passage.lead_keys
        ):
            return gap.split()[0].rstrip("-").lower()
    return None
