"""Descriptions that say where or whom a person serves: "a spokeswoman for the union",
"analysts at Brockhurst Securities", "a man in the front row".

When a text names nobody, the description is all it gives of the speaker, and the
prepositional phrase is part of it: "a spokeswoman" alone drops whose spokeswoman she is. Only
a short phrase of plain words counts; "the minister on Friday" or "the mayor in March" ends
at the role, because a time says when, not who.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from newsverify import speech
from newsverify.speaker_text import Item, is_cue_word, is_plural_person_noun, names_person

# Prepositions that tie a role to a body or a place: "for the union", "at the bank".
COMPLEMENT_PREPOSITIONS = frozenset("for at in from".split())
# How many words the phrase after the preposition may have: "in the front row".
MAX_COMPLEMENT_WORDS = 4
# Words that make the phrase say when or how someone spoke, not who they are: "the minister
# at the weekend", "a spokesman in a statement".
NOT_COMPLEMENTS = frozenset(
    """
    weekend morning afternoon evening night day week month year time moment end start past
    statement interview speech briefing conference meeting letter email post video broadcast
    hearing debate session call podcast radio television tv programme press
    """.split()
)


def _is_complement_word(item: Item, taken: Container[int], k: int) -> bool:
    """A word that may make up the phrase: not a name of a person, a verb of speech, a time
    or a number."""
    return (
        item.is_word
        and k not in taken
        and not is_cue_word(item.lower)
        and not item.text[0].isdigit()
        and (item.lower in ("the", "a", "an") or item.lower not in speech.NOT_NAMES)
        and item.lower not in speech.PERSON_PRONOUNS
        and item.lower not in NOT_COMPLEMENTS
    )


def head_before_complement(items: Sequence[Item], k: int, lo: int, taken: Container[int]) -> int:
    """For a phrase ending at item `k`, the item of the person noun that a prepositional
    phrase ending there qualifies ("spokeswoman" in "a spokeswoman for the union"), or -1.
    `taken` are the items that mention named people."""
    for j in range(k, max(k - MAX_COMPLEMENT_WORDS - 1, lo), -1):
        item = items[j]
        if item.lower in COMPLEMENT_PREPOSITIONS and j < k:
            head = items[j - 1]
            is_head = names_person(head) or is_plural_person_noun(head.lower)
            return j - 1 if j - 1 >= lo and head.is_word and is_head else -1
        if not _is_complement_word(item, taken, j):
            return -1
    return -1


def complement_end(items: Sequence[Item], head: int, hi: int, taken: Container[int]) -> int:
    """The last item of a prepositional phrase after the person noun at item `head` ("a man
    in the front row"), or `head` itself when none follows."""
    k = head + 1
    if k > hi or items[k].lower not in COMPLEMENT_PREPOSITIONS:
        return head
    last = head
    for j in range(k + 1, min(k + MAX_COMPLEMENT_WORDS + 1, hi + 1)):
        if not _is_complement_word(items[j], taken, j):
            break
        if items[j].lower in speech.PLACE_PREPOSITIONS - {"of"}:
            break  # "a spokesman for the family outside court": where it was said, not who
        last = j
    # The phrase ends in its noun, not in an article: "a man in the" is no phrase.
    while last > k and items[last].lower in speech.DETERMINERS:
        last -= 1
    return last if last > k else head
