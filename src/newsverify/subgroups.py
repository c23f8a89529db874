"""A primary value given for a subgroup of what a claim is about: "Residential burglary ...
fell by 13%" is not the fall in burglary, and "Fleet and business buyers registered 77,840 new
cars, up 10.2%" is not the rise in new car registrations when the release also gives "private
buyers".

The subgroup is named by an adjective right before a noun the claim names, in the sentence's
subject (the words before its first verb), the value coming after. A claim that does not say
the adjective is about the whole, so the value is no evidence for it either way. A title or
lead that says the adjective ("Residential burglary: year ending June") makes the subgroup the
document's own subject, which a sentence and a claim may both take for granted.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .inflections import uninflected
from .modified_nouns import NOT_SUBGROUP
from .passages import Passage

# An adjective right before its noun: only spaces or a hyphen between them.
_ADJACENT = re.compile(r"^[A-Za-z'-]+[\s-]+$")
# Words that rank the things rather than say which kind: "the largest fall".
_SUPERLATIVE = re.compile(
    r"^(?:larg|bigg|small|high|low|great|fast|slow|sharp|steep|strong|weak|long|short|deep"
    r"|wid|old|new|young|lat|earli|b|wor)e?st\b",
    re.IGNORECASE,
)


def _first_verb(passage: Passage) -> int:
    sentence = passage.sentence
    verbs = [start for start in passage.verb_starts if start > sentence.start]
    return min(verbs, default=sentence.end)


def subgroup_word(passage: Passage, number: int, claim_keys: Container[str]) -> str | None:
    """The adjective that makes the subject of the passage's value `number` a subgroup of what
    the claim names (`claim_keys`), when the claim does not say it; else None."""
    sentence = passage.sentence
    first_verb = _first_verb(passage)
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
            # The model may read one participle as an adjective and the other as a verb
            # ("Metered households", "metered households"): the claim says it either way.
            and uninflected(key) not in claim_keys
            and key not in NOT_SUBGROUP
            # Named in the title or lead: the document is about the subgroup as a whole.
            and key not in passage.context_keys
            and key not in passage.lead_keys
        ):
            return gap.split()[0].rstrip("-").lower()
    return None


def breakdown_part(passage: Passage, number: int, claim_keys: Container[str]) -> str | None:
    """The words that make the subject of the passage's value `number` one part of a
    breakdown ("business buyers" where the document also gives "private buyers"), when the
    claim names no word of that subject at all; else None.

    Only the sentence's subject counts (the words before its verb, the value coming after),
    and only a kind of a thing, not a name ("the Selwyn force" among "police forces")."""
    first_verb = _first_verb(passage)
    if passage.figures[number].start < first_verb:
        return None
    subject = [
        key for key, start in zip(passage.keys, passage.starts, strict=False) if start < first_verb
    ]
    if not subject or any(key in claim_keys for key in subject):
        return None  # "Roadside NO2" for "NO2 at roadside monitoring sites": the claim's own
    for part in passage.modified_nouns:
        if part.start >= first_verb or part.named or _SUPERLATIVE.match(part.written):
            continue  # "the largest fall" ranks the falls, it is no kind of them
        if part.modifier in passage.context_keys or part.modifier in passage.lead_keys:
            continue  # the document is about that part as a whole
        others = passage.document_parts.get(part.noun, frozenset()) - {part.modifier}
        if others - NOT_SUBGROUP:
            return part.written
    return None
