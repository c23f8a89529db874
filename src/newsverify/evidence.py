"""The primary texts as searchable evidence: passages (sentences) with their words and figures.

Subject similarity lives here too: how much of what a statement is about a primary passage
talks about, weighted by how rare each word is among the primary texts and, for a figure, by
how close each word stands to it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .corpus import Document
from .primary import matches_any_path
from .records import DATE, DateParts, Figure, ParsedText, Sentence, Word
from .speech import REPORTING_VERBS
from .vocab import NOT_SUBJECT, word_key

# Named-entity labels whose words identify what a statement is about.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# Within this many words of a figure, a word fully belongs to it; farther words count less.
NEAR = 4
FAR = 20
FAR_WEIGHT = 0.3
# A word found only in the document's title or lead counts this much.
CONTEXT_WEIGHT = 0.5
# The first sentences of a document usually date the event the document reports.
DATING_SENTENCES = 2


@dataclass
class Passage:
    """One sentence of a primary document."""

    document: Document
    sentence: Sentence
    keys: list[str]  # subject key per kept word, in order
    figures: list[Figure]
    figure_positions: list[int]  # word position of each figure in `keys` order
    document_dates: list[DateParts] = field(default_factory=list)  # what dates the document
    # Keys of the document's title or lead: a sentence often names its subject only there.
    context_keys: frozenset[str] = frozenset()

    def key_positions(self) -> dict[str, list[int]]:
        positions: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            positions.setdefault(key, []).append(position)
        return positions


@dataclass
class PrimaryText:
    document: Document
    parsed: ParsedText
    keys: frozenset[str]  # every subject key in the document, for the entity check
    quote_words: list[tuple[str, int, int]] | None = None  # filled by quote_check on first use


@dataclass
class Subject:
    """What a statement is about: weighted subject keys, and the names it depends on."""

    weights: dict[str, float]
    required: set[str]  # names the evidence document must mention: who, and of what
    entities: set[str]  # other names; at least half must be mentioned


class EvidenceIndex:
    """Primary documents, split into passages, with document frequencies for weighting."""

    def __init__(self, primaries: list[tuple[Document, ParsedText]]) -> None:
        self.texts: list[PrimaryText] = []
        self.passages: list[Passage] = []
        for document, parsed in primaries:
            passages = list(_passages(document, parsed))
            keys = frozenset(key for passage in passages for key in passage.keys)
            self.texts.append(PrimaryText(document, parsed, keys))
            self.passages.extend(passages)
        frequency: Counter[str] = Counter()
        for passage in self.passages:
            frequency.update(set(passage.keys))
        self._frequency = frequency
        self._total = max(1, len(self.passages))

    def idf(self, key: str) -> float:
        return math.log((self._total + 1) / (self._frequency.get(key, 0) + 1)) + 1.0

    def passages_for(self, against: list[str] | None) -> list[Passage]:
        if not against:
            return self.passages
        return [p for p in self.passages if matches_any_path(p.document, against)]

    def texts_for(self, against: list[str] | None) -> list[PrimaryText]:
        if not against:
            return self.texts
        return [t for t in self.texts if matches_any_path(t.document, against)]

    def document_keys(self, document: Document) -> frozenset[str]:
        for text in self.texts:
            if text.document is document:
                return text.keys
        return frozenset()

    def subject(self, words: list[Word], skip: list[tuple[int, int]], focus: int | None) -> Subject:
        """The subject of a statement made of `words`, ignoring words inside `skip` spans.

        With a `focus` offset (a finding's figure) nearer words weigh more, and only the
        names near it, people, and whoever is said to speak must be in the evidence.
        """
        kept = [w for w in words if not any(s <= w.start < e for s, e in skip)]
        focus_position = _position_of(kept, focus) if focus is not None else None
        weights: dict[str, float] = {}
        required: set[str] = set()
        entities: set[str] = set()
        for position, word in enumerate(kept):
            key = subject_key(word)
            if key is None:
                continue
            nearness = 1.0
            if focus_position is not None:
                nearness = proximity(abs(position - focus_position))
            weights[key] = max(weights.get(key, 0.0), self.idf(key) * nearness)
            if word.entity not in ENTITY_LABELS:
                continue
            # A claim is short and every name in it matters; in an article's sentence only
            # the names that bear on the figure do.
            if focus_position is None or nearness == 1.0 or word.entity == "PERSON":
                required.add(key)
            elif _is_speaker(kept, position):
                required.add(key)
            else:
                entities.add(key)
        return Subject(weights, required, entities)


def subject_key(word: Word) -> str | None:
    """The subject key of a word, or None when the word says nothing about the subject."""
    if not word.content:
        return None
    key = word_key(word.lemma)
    if key in NOT_SUBJECT or len(key) < 2:
        return None
    return key


def proximity(distance: int) -> float:
    if distance <= NEAR:
        return 1.0
    if distance >= FAR:
        return FAR_WEIGHT
    return 1.0 - (1.0 - FAR_WEIGHT) * (distance - NEAR) / (FAR - NEAR)


def similarity(subject: Subject, passage: Passage, anchor: int | None = None) -> float:
    """The weighted share of the subject that the passage mentions (0..1).

    With an `anchor` (a figure's word position in the passage) a word counts by its distance
    to that figure, so that in "a 400% increase in air defence and the doubling of logistics"
    air defence belongs to the 400% and logistics to the doubling.
    """
    total = sum(subject.weights.values())
    if total == 0:
        return 0.0
    positions = passage.key_positions()
    found = 0.0
    for key, weight in subject.weights.items():
        if key not in positions:
            if key in passage.context_keys:
                found += weight * CONTEXT_WEIGHT
            continue
        if anchor is None:
            found += weight
        else:
            distance = min(abs(position - anchor) for position in positions[key])
            found += weight * proximity(distance)
    return found / total


def _is_speaker(words: list[Word], position: int) -> bool:
    """A name followed closely by a reporting verb: "Trump has previously said"."""
    following = words[position + 1 : position + 4]
    return any(
        word_key(w.lemma) in REPORTING_VERBS or w.lemma in REPORTING_VERBS for w in following
    )


def names_covered(subject: Subject, document_keys: frozenset[str]) -> bool:
    """The names the statement depends on, and half its other names, are in the document."""
    if any(name not in document_keys for name in subject.required):
        return False
    if not subject.entities:
        return True
    present = sum(1 for entity in subject.entities if entity in document_keys)
    return present * 2 >= len(subject.entities)


def _passages(document: Document, parsed: ParsedText) -> list[Passage]:
    word_starts = [w.start for w in parsed.words]
    figure_starts = [f.start for f in parsed.figures]
    passages: list[Passage] = []
    for sentence in parsed.sentences:
        low = bisect_left(word_starts, sentence.start)
        high = bisect_right(word_starts, sentence.end - 1)
        kept_words = [w for w in parsed.words[low:high] if subject_key(w) is not None]
        keys = [subject_key(w) or "" for w in kept_words]
        first = bisect_left(figure_starts, sentence.start)
        last = bisect_left(figure_starts, sentence.end)
        figures = parsed.figures[first:last]
        positions = [_position_of(kept_words, figure.start) for figure in figures]
        passages.append(Passage(document, sentence, keys, figures, positions))
    dates = document_dates(document, passages)
    context = frozenset(passages[0].keys) if passages else frozenset()
    for passage in passages:
        passage.document_dates = dates
        passage.context_keys = context
    return passages


def document_dates(document: Document, passages: list[Passage]) -> list[DateParts]:
    """What dates a document: its stated date, else the dates in its first sentences."""
    if document.date is not None:
        day = document.date
        return [DateParts(year=day.year, month=day.month, day=day.day)]
    return [
        figure.date
        for passage in passages[:DATING_SENTENCES]
        for figure in passage.figures
        if figure.kind == DATE and figure.date is not None
    ]


def _position_of(words: list[Word], offset: int | None) -> int:
    """The position of the first kept word at or after `offset` (figures sit between words)."""
    if offset is None:
        return 0
    starts = [w.start for w in words]
    return min(bisect_left(starts, offset), max(0, len(words) - 1))
