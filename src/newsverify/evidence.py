"""The primary texts as searchable evidence: an index of their passages (`passages.py`), with
the rarity of each word key among them, which weighs a statement's subject (`subjects.py`) for
scoring against a passage (`similarity.py`).
"""

from __future__ import annotations

from .cell_passages import with_table_cells
from .passages import Passage, PrimaryText, document_dates, owns_words, passages_of
from .similarity import (
    core_similarity,
    core_weights,
    modifier_closeness,
    names_covered,
    qualifiers_named,
    similarity,
    whole_similarity,
)
from .speaker_passages import with_speakers
from .subject_keys import derived_key, is_value_word, preposition_nouns, subject_key
from .subjects import Subject, build_subject, is_base_of, relevance
from .vocab import word_key

# Kept importable from here: the evidence's records and the similarity measures.
__all__ = [
    "EvidenceIndex",
    "Passage",
    "PrimaryText",
    "Subject",
    "core_similarity",
    "core_weights",
    "derived_key",
    "document_dates",
    "is_base_of",
    "is_value_word",
    "modifier_closeness",
    "names_covered",
    "owns_words",
    "preposition_nouns",
    "qualifiers_named",
    "relevance",
    "similarity",
    "subject_key",
    "whole_similarity",
]

import math
from collections import Counter

from .corpus import Document
from .places import publisher_keys
from .primary import matches_any_path
from .records import ParsedText, Word


class EvidenceIndex:
    """Primary documents, split into passages, with document frequencies for weighting."""

    def __init__(self, primaries: list[tuple[Document, ParsedText]]) -> None:
        self.texts: list[PrimaryText] = []
        self.passages: list[Passage] = []
        for document, parsed in primaries:
            passages = with_table_cells(document, parsed, passages_of(document, parsed))
            passages = with_speakers(document, passages)
            keys = frozenset(key for passage in passages for key in passage.keys)
            # A name is spelled out wherever the document writes it, whether or not the parser
            # tagged it there ("Operation Lantern" as a name in the claim, not in a transcript).
            keys |= {word_key(w.lemma) for w in parsed.words if w.text[:1].isupper()}
            # Its publisher speaks in all of it, named there or not ("We have frozen £5.2m").
            keys |= publisher_keys(document)
            self.texts.append(PrimaryText(document, parsed, keys))
            self.passages.extend(passages)
        self._by_document = {id(text.document): text for text in self.texts}
        frequency: Counter[str] = Counter()
        # A table is one text however many cells it has: its caption's words, repeated in
        # every cell's passage, are no commoner for it.
        tables: dict[tuple[str, int], set[str]] = {}
        units = 0
        for passage in self.passages:
            if passage.row is None:
                frequency.update(set(passage.keys))
                units += 1
            else:
                table = (passage.document.doc_id, passage.row.table)
                tables.setdefault(table, set()).update(passage.keys)
        for keys in tables.values():
            frequency.update(keys)
        self._frequency = frequency
        self._total = max(1, units + len(tables))

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
        text = self._by_document.get(id(document))
        return text.keys if text else frozenset()

    def subject(
        self,
        words: list[Word],
        skip: list[tuple[int, int]],
        values: list[tuple[int, int]],
        focus: tuple[int, int] | None = None,
        others: list[int] | None = None,
    ) -> Subject:
        """The subject of a statement made of `words`, weighted by this index's rarities (see
        `subjects.build_subject`)."""
        return build_subject(words, skip, values, focus, others, self.idf, self.written)

    def written(self, key: str) -> bool:
        """Some primary passage writes the word key."""
        return key in self._frequency
