"""Sentences rejoined where the sentence splitter cut through a figure.

A statistical splitter may end a sentence inside a value after a heading ("Hospital
admissions\\n\\n41" | "patients were admitted ..."), leaving the count with no words and its
words with no count. A figure never spans two sentences, so such neighbours are one.
"""

from __future__ import annotations

from .records import Figure, Sentence


def join_split_figures(sentences: list[Sentence], figures: list[Figure]) -> list[Sentence]:
    """The sentences, with each one a figure runs out of joined to the next."""
    joined: list[Sentence] = []
    for sentence in sentences:
        if joined and _cut_through(joined[-1], sentence, figures):
            before = joined.pop()
            gap = " " * max(0, sentence.start - before.end)
            sentence = Sentence(before.start, sentence.end, before.text + gap + sentence.text)
        joined.append(sentence)
    return joined


def _cut_through(before: Sentence, after: Sentence, figures: list[Figure]) -> bool:
    return any(before.start <= f.start < before.end < f.end <= after.end for f in figures)
