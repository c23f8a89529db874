"""People a text brings in by a description only, as the subject of a sentence.

"The goalkeeper, Tobias Lindqvist, kept a clean sheet. His manager was less impressed.
'He should have been busier,' she said." The manager is named nowhere, yet "she" stands
for the manager, not for the goalkeeper, who was the last person named. `find_described`
lists such sentence-opening descriptions so that a pronoun can take the nearest person,
named or described.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsverify import speech
from newsverify.people import People
from newsverify.speaker_text import SpeakerText, is_person_noun, names_person, words_of

# Openers of a description that stands for someone other than the last person named:
# "his manager" is the manager of whoever "his" is, "a neighbour" anybody.
_SOMEONE_ELSES = frozenset("a an his her their its our my your".split())


@dataclass(frozen=True)
class Described:
    """A description opening a sentence: "His manager", "The auditor"."""

    start: int
    end: int
    key: str | None  # the named person the text gave this role to, if any

    def phrase(self, text: str) -> str:
        return text[self.start : self.end]


def find_described(text: SpeakerText, people: People) -> list[Described]:
    """Sentence-opening descriptions of a person, in text order, from sentences that name
    nobody and quote nothing (a name there would be the subject or its apposition)."""
    found = []
    for indices in text.sentence_items:
        if not indices or any(k in people.at_item or text.items[k].quote >= 0 for k in indices):
            continue
        head = _head(text, indices)
        if head is None:
            continue
        first = indices[0]
        opener = text.items[first].lower
        words = {w for k in range(first, head + 1) for w in words_of(text.items[k].base)}
        words -= speech.DETERMINERS
        # "the minister" may be the minister named before; "his manager" never is.
        official = opener not in _SOMEONE_ELSES and any(w in speech.ROLE_NOUNS for w in words)
        key = people.match_description(words, text.items[first].start, fallback=official)
        found.append(Described(text.items[first].start, text.items[head].end, key))
    return found


def _head(text: SpeakerText, indices: list[int]) -> int | None:
    """The person noun ending the sentence's opening noun phrase, if it is one."""
    k = indices[0]
    if text.items[k].lower in speech.DETERMINERS:
        k += 1
    # Modifiers may come first: "The chief medical officer", "His assistant manager".
    for j in range(k, min(k + speech.MAX_ROLE_MODIFIERS + 1, indices[-1] + 1)):
        item = text.items[j]
        if not item.is_word or item.lower in speech.FUNCTION_WORDS:
            return None
        if j > indices[0] and not item.text.islower():
            return None  # "The Westmoor Police": a name, not a description
        if names_person(item):
            after = text.items[j + 1] if j + 1 <= indices[-1] else None
            # The head ends the phrase: "The manager's office" is an office.
            if after is not None and after.is_word and is_person_noun(after.lower):
                continue
            return None if item.lower.endswith("'s") else j
    return None
