"""Organisations that speak: "the county council said", "said the Harbour Authority",
"management said", "residents' groups had told her".

A body that makes a statement is its speaker, by the name the text gives it, when no person
is named as speaking for it; a document is not ("the report said" quotes nobody). Only a
short noun phrase whose last word is a speaking body counts: "the county council", "the
Harbour Authority", "Ferncastle Council", "residents' groups".
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from newsverify import speech
from newsverify.speaker_text import Item, is_cue_word

# Head nouns of bodies that issue statements (singular; plurals are found by their "s").
SPEAKING_BODIES = frozenset(
    """
    council authority ministry government department agency company union board police
    commission committee regulator firm club party management charity trust watchdog
    federation association institute inspectorate executive administration cabinet
    group campaign operator airline insurer bank hospital university school college
    tribunal panel inquiry jury court crew shift team staff
    """.split()
)
# Bodies named by their noun alone, without an article: "management said".
BARE_BODIES = frozenset("management police government".split())
# How many words may come before the head: "the Allied Port Workers' Union".
MAX_BODY_WORDS = 5


def is_body_noun(lower: str) -> bool:
    return lower in SPEAKING_BODIES or (lower.endswith("s") and lower[:-1] in SPEAKING_BODIES)


def body_start(items: Sequence[Item], k: int, lo: int, people: Container[int]) -> int:
    """Where the name of a speaking body ending at item `k` starts, or -1 when the words up
    to `k` name none. `people` are the items that mention named people."""
    if not (items[k].is_word and is_body_noun(items[k].lower)) or k in people:
        return -1
    j = k - 1
    while j >= lo and k - j <= MAX_BODY_WORDS and _is_modifier(items[j], j, people):
        j -= 1
    if j - 1 >= lo and items[j - 1].lower == "of":
        return -1  # "the head of the bank said": the head spoke, not the bank
    if j >= lo and items[j].lower == "the":
        return j  # "the county council", "the Harbour Authority"
    if j - 1 >= lo and items[j].text in ("'", "’") and items[j - 1].lower.endswith("s"):
        return j - 1  # "residents' groups"
    if j + 1 < k and all(items[i].text[0].isupper() for i in range(j + 1, k + 1)):
        return j + 1  # "Ferncastle Council said"
    if items[k].lower in BARE_BODIES:
        return k  # "management said", "What did management say"
    return -1


def _is_modifier(item: Item, k: int, people: Container[int]) -> bool:
    """A word that may qualify a body's noun: "county", "Harbour", "port"."""
    return (
        item.is_word
        and k not in people
        and not is_cue_word(item.lower)
        and item.lower not in speech.DETERMINERS
        and item.lower not in speech.FUNCTION_WORDS
        and item.lower not in speech.PERSON_PRONOUNS
    )


def body_end(items: Sequence[Item], k: int, hi: int, people: Container[int]) -> int:
    """The last item of a speaking body's name starting at item `k` ("the Harbour Authority"
    after "said"), or -1."""
    last = -1
    for j in range(k + 1, min(k + MAX_BODY_WORDS + 1, hi + 1)):
        if not _is_modifier(items[j], j, people):
            break
        if body_start(items, j, k, people) == k:
            last = j  # the longest name: "the port authority board" ends at "board"
    after = items[last + 1] if 0 <= last < hi else None
    if (
        after is not None
        and after.is_word
        and after.text.islower()
        and after.lower not in (speech.FUNCTION_WORDS)
    ):
        return -1  # "the central bank governor": the body only qualifies the speaker
    return last
