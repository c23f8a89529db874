"""The place a primary value is given for, when its sentence names one: "Burglary in the city
is down by 15%", "Knife crime in Port Selwyn rose by 9%", "The Capital region had the highest
proportion ... (74.3%)". Such a value is a part's: it says nothing either way about a claim
that names neither that place nor another name for it (a national "burglary fell by a fifth").

A place the document's title names is the document's own scope ("Recorded crime in Corrin"),
not a part of it.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .corpus import Document
from .records import Figure, Sentence, Word
from .subject_keys import subject_key
from .vocab import word_key

# Named-entity labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Labels of names: after "in" or "across" one is a place whatever the small model calls it
# ("in Kestwick" labelled a person, "across Corrin" a nationality).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Prepositions that say where a fact holds.
FRAMING_PREPOSITIONS = frozenset({"in", "across", "throughout", "outside"})
# Common nouns that stand for a place the text named before ("in the city").
PLACE_NOUNS = "city|town|region|county|district|borough|constituency|force area"
_THE_PLACE = re.compile(
    rf"\b(?:in|across|for|within)\s+(?:the|this|our)\s+({PLACE_NOUNS})\b(?!['’]s)", re.I
)
_CLAUSE_END = re.compile(r"[,;:()]")
# "The Capital region", "North Wenlow district": a name and a kind of place.
_NAMED_PLACE = re.compile(
    r"\b((?:(?!(?:The|A|An|In|Of)\b)[A-Z][a-z]+\s+){1,2})(region|county|district|borough|province)\b"
)


@dataclass(frozen=True)
class Places:
    """The places a sentence gives one of its values for, by subject key."""

    # Places named ("Port Selwyn", "Brussels") or referred to ("in the city").
    names: frozenset[str] = frozenset()
    # Places the wording makes areas of a whole: "The Capital region", "Kell district".
    areas: frozenset[str] = frozenset()
    # Names right after "in" or "across", whatever their label: "in Kestwick".
    framed: frozenset[str] = frozenset()
    # Names in the possessive before the value, whatever their label: "Marrowgate's household
    # recycling rate" (the small model calls the town an organisation).
    owners: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OtherPlace:
    """A value's place that the claim does not name."""

    note: str
    # Named as an area of a whole ("the Capital region"), it is a part's value whatever else
    # the primary gives; a bare name ("in Brussels") may just say where the figure was given.
    area: bool


def place_keys(words: list[Word], figures: list[Figure], sentence: Sentence) -> list[Places]:
    """Per figure of a sentence, the places its words name before it and in its own clause
    after it: "The Capital region had the highest proportion (74.3%) and North Wenlow the
    lowest (63.0%)" gives both values by region."""
    places: list[Places] = []
    after_framing = names_after_framing_preposition(words)
    possessive = names_in_possessive(words)
    for number, figure in enumerate(figures):
        high = figures[number + 1].start if number + 1 < len(figures) else sentence.end
        window = figure_window(words, figures, number, sentence)
        names = {subject_key(w) for w in window if w.entity in PLACE_LABELS}
        framed = {subject_key(w) for w in window if id(w) in after_framing}
        owners = {subject_key(w) for w in window if id(w) in possessive}
        # After the value, only its own clause: "9.4 points, the largest in the constituency's
        # history" gives no place for the 9.4.
        after = _CLAUSE_END.search(sentence.text, figure.end - sentence.start)
        end = min(high, sentence.start + after.start()) if after else high
        text = sentence.text[: end - sentence.start]
        # "in the city" may be the document's own place, as a bare name may.
        names |= {word_key(m[1].split()[-1]) for m in _THE_PLACE.finditer(text)}
        areas: set[str] = set()
        for match in _NAMED_PLACE.finditer(text):
            areas |= {word_key(name) for name in match[1].split()}
        places.append(
            Places(
                frozenset(k for k in names if k),
                frozenset(k for k in areas if k),
                frozenset(k for k in framed if k),
                frozenset(k for k in owners if k),
            )
        )
    return places


def names_after_framing_preposition(words: list[Word]) -> set[int]:
    """The words (by id) of names right after "in", "across", ...: "across Corrin", "in New
    Haldon"."""
    found: set[int] = set()
    for previous, word in pairwise(words):
        if word.entity not in NAME_LABELS:
            continue
        if previous.lemma.lower() in FRAMING_PREPOSITIONS or id(previous) in found:
            found.add(id(word))
    return found


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# What a name in the possessive owns when it is the value's source, not its place: "the
# Office's figures show", "the council's latest survey".
_SOURCE_NOUNS = frozenset(
    "figure figures data statistics statistic estimate estimates analysis report survey "
    "bulletin release count records record research study".split()
)
_SOURCE_ADJECTIVES = frozenset({"latest", "own", "new", "provisional", "final", "annual"})


def names_in_possessive(words: list[Word]) -> set[int]:
    """The words (by id) of names followed by a possessive "'s" ("North Pellmark's rate"),
    unless what they own is a source of figures ("the Office's figures")."""
    found: set[int] = set()
    for index, word in enumerate(words[:-1]):
        if word.entity not in NAME_LABELS or words[index + 1].text.lower() not in _POSSESSIVE:
            continue
        owned = [w.text.lower() for w in words[index + 2 : index + 4]]
        while owned and owned[0] in _SOURCE_ADJECTIVES:
            owned.pop(0)
        if owned and owned[0] in _SOURCE_NOUNS:
            continue
        start = index
        while start and words[start - 1].entity == word.entity:
            start -= 1
        found |= {id(w) for w in words[start : index + 1]}
    return found


def figure_window(
    words: list[Word], figures: list[Figure], number: int, sentence: Sentence
) -> list[Word]:
    """The words that may say what figure `number` is given for: those before it, and those
    after it in its own clause up to the next figure."""
    figure = figures[number]
    high = figures[number + 1].start if number + 1 < len(figures) else sentence.end
    clause = next((w.clause for w in words if w.start >= figure.start), None)
    return [
        w
        for w in words
        if sentence.start <= w.start < high and (w.start < figure.start or w.clause == clause)
    ]


def publisher_keys(document: Document) -> frozenset[str]:
    """The words of a document's publisher: a place in its name ("Caddon Office for Housing
    Statistics") is the whole the document reports on, not a part of it. Its initials too: an
    article's "the CMIA" is the Calder Motor Industry Association."""
    return _name_keys(document.source or "")


@lru_cache(maxsize=1024)  # asked for every candidate value the matcher weighs
def _name_keys(name: str) -> frozenset[str]:
    keys = {word_key(word) for word in name.split()}
    if initials := name_initials(name):
        keys.add(word_key(initials))
    return frozenset(keys)


_NAME_LINKS = frozenset({"of", "and", "the", "for", "on", "&"})


def name_initials(name: str) -> str | None:
    """The initials of a name of several capitalised words ("Calder Motor Industry
    Association" -> "CMIA"; "of", "and", "the", "for" left out), or None."""
    capitals = [w for w in name.split() if w[:1].isupper() and w.lower() not in _NAME_LINKS]
    return "".join(w[0] for w in capitals) if len(capitals) >= 2 else None


def other_place(
    places: Places,
    title_keys: frozenset[str],
    lead_keys: frozenset[str],
    claimed: set[str],
    claimed_places: set[str],
    named_places: set[str],
) -> OtherPlace | None:
    """Why a value given for a place is no evidence for the claim, or None when the claim
    names the place (`claimed`: its subject keys), the place is the document's own (its
    title names it) and the claim names no other (`named_places`), or a claimed place of the
    document's lead stands for "the city"."""
    own = {key for key in places.names | places.areas if key not in title_keys}
    if not own:
        return _another_named_place(places, claimed, named_places)
    if own & claimed:
        return None
    generic = {key for key in own if re.fullmatch(PLACE_NOUNS, key)}
    if generic == own and claimed_places & lead_keys:
        return None  # "in the city" of a document whose lead names the claimed city
    said = " ".join(sorted(own))
    note = f'the primary gives it for a place ("{said}") the claim does not name'
    return OtherPlace(note, bool(own & places.areas))


def _another_named_place(
    places: Places, claimed: set[str], named_places: set[str]
) -> OtherPlace | None:
    """A value given for the document's own place ("Knife crime in Port Selwyn rose by 9%" in
    the Port Selwyn force's briefing, "Marrowgate's recycling rate" in Marrowgate council's
    statement) is still that place's: a claim that names another place ("across Corrin",
    "North Pellmark's rate") is not about it, whatever else the primary gives."""
    named = places.names | places.framed | places.owners
    named = {key for key in named if not re.fullmatch(PLACE_NOUNS, key)}
    if not named or not named_places or named & claimed:
        return None
    said = " ".join(sorted(named))
    return OtherPlace(f'the primary gives it for a place ("{said}") the claim does not name', True)


def unnamed_place_note(
    claimed_places: set[str],
    passage_keys: Container[str],
    document_keys: Container[str],
    own_keys: Container[str],
) -> str | None:
    """Why a value given for no place is no evidence for a claim about a place its document
    names elsewhere: "Officers seized 21.7 tonnes of cocaine" in a report that goes on about
    "the Port of Saltreach" is the whole's, not the port's. The converse of `other_place`.
    A place the document's title, lead or publisher names (`own_keys`) is its own scope, and a
    place the document never names says nothing of what the figure counts."""
    unnamed = sorted(
        key
        for key in claimed_places
        if key not in passage_keys
        and key in document_keys
        and key not in own_keys
        and not re.fullmatch(PLACE_NOUNS, key)
    )
    if not unnamed:
        return None
    said = " ".join(unnamed)
    return f'the claim gives it for a place ("{said}") the primary passage does not name'
