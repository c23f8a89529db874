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
    figure = passage.figures[number]
    if figure.start < first_verb and not _apposed(sentence.text, figure.start - sentence.start):
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
            and not _whole_subject(passage, key, noun)
        ):
            return gap.split()[0].rstrip("-").lower()
    return None


# A value set beside the subject it is of: "Private rental price inflation, at 5.9%, ...".
_APPOSED = re.compile(r"(?:,\s*at|\()\s*$")


def _apposed(text: str, start: int) -> bool:
    return _APPOSED.search(text[max(0, start - 8) : start]) is not None


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
    if _in_later_clause(passage, number, len(subject)):
        return None  # "Services inflation ... remains high, and pay growth was 5.2%"
    for part in passage.modified_nouns:
        if part.start >= first_verb or part.named or _SUPERLATIVE.match(part.written):
            continue  # "the largest fall" ranks the falls, it is no kind of them
        if _whole_subject(passage, part.modifier, part.noun):
            continue  # the document is about that part as a whole
        others = passage.document_parts.get(part.noun, frozenset()) - {part.modifier}
        if others - NOT_SUBGROUP:
            return part.written
    return None


def _whole_subject(passage: Passage, modifier: str, noun: str) -> bool:
    """The title or lead names the kind ("Residential burglary: year ending June"), so the
    document is about it as a whole; not when the lead gives another kind of the same thing
    in a sentence of its own ("Private rental prices rose by 5.9% ... Social rental prices
    rose by 5.4%"). Beside it in this sentence, the values after it may be the other kind's
    ("81.4% of rural apprentices ..., compared with 76.2% of urban ones")."""
    if modifier in passage.context_keys:
        return True
    if modifier not in passage.lead_keys:
        return False
    others = passage.document_parts.get(noun, frozenset()) - {modifier} - NOT_SUBGROUP
    rivals = others & passage.lead_keys
    return not rivals or any(key in passage.positions for key in rivals)


def _in_later_clause(passage: Passage, number: int, subject_words: int) -> bool:
    """The value stands in a later clause with a subject and verb of its own: "Services
    inflation, at 4.4%, remains high, and pay growth was 5.2%" ("77,840 new cars, up 10.2%"
    is still the first clause's)."""
    if not passage.clauses or number >= len(passage.figure_positions) or subject_words == 0:
        return False
    position = passage.figure_positions[number]
    if not 0 <= position < len(passage.clauses):
        return False
    clause = passage.clauses[position]
    if clause == passage.clauses[subject_words - 1]:
        return False
    figure = passage.figures[number]
    own = [
        start
        for start, word_clause in zip(passage.starts, passage.clauses, strict=False)
        if word_clause == clause and start < figure.start
    ]
    if not own:
        return False
    # a verb ("was", however short) after the clause's first word, before the value
    return any(own[0] < start < figure.start for start in passage.verb_starts)
