"""Figures a speaker or document takes back: "I need to correct something I said earlier. I
gave the Committee a cash figure of £53.8 million. That was the figure for 2024-25."

A figure withdrawn by a later correction in the same document is no evidence for anything: it
neither supports a claim that repeats it nor contradicts one. The correction is found by its
words ("correct something I said", "correction", "I misspoke", "should have said", "If I may
correct that"); the figures
it withdraws are those of its paragraph that the document gave before it (the same number in
the same unit), both where they were first given and where the correction repeats them. The
corrected figure ("The figure for 2025-26 is £63.5 million") is new, and stays evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .records import Figure, Sentence
from .values import dimension, is_time

# Words that take a figure back, not "that is correct".
_CORRECTION = re.compile(
    r"\b(?:correct(?:ing)?\s+(?:something|what\s+I|myself|the\s+record|an?\s+(?:error|figure|"
    r"number|mistake))|correction|misspoke|mis-spoke|should\s+have\s+said|I\s+was\s+wrong|"
    r"(?:got|had)\s+(?:that|it|the\s+figure)\s+wrong|"
    # "If I may correct that", "let me just correct my colleague": a verb after a modal or
    # "to", never the adjective of "that is correct".
    r"(?:may|must|can|could|to|me)\s+(?:just\s+)?correct\s+(?:that|this|him|her|my|the))\b",
    re.IGNORECASE,
)


class _Read(Protocol):
    sentence: Sentence
    figures: list[Figure]
    withdrawn: frozenset[int]


R = TypeVar("R", bound=_Read)


def mark_withdrawn(
    passages: Sequence[R], same_paragraph: Callable[[Sentence, Sentence], bool]
) -> list[tuple[R, R]]:
    """Set each passage's `withdrawn` figure numbers: those a later correction takes back.

    Returns (correction, corrected) pairs: each correction with the last passage before it
    that gave a figure it takes back. "If I may correct that: it is 93% today" measures what
    that passage did ("reach 95% of the coastline within an hour"), without naming it.
    """
    pairs: list[tuple[R, R]] = []
    for at, passage in enumerate(passages):
        if not _CORRECTION.search(passage.sentence.text):
            continue
        paragraph = [passage]
        for later in passages[at + 1 :]:
            if not same_paragraph(paragraph[-1].sentence, later.sentence):
                break
            paragraph.append(later)
        given = [
            (p, n, value, f.kind)
            for p in paragraph
            for n, f in enumerate(p.figures)
            if not is_time(f) and (value := _value(f)) is not None
        ]
        earlier = {_value(f) for p in passages[:at] for f in p.figures if not is_time(f)}
        new = [item for item in given if item[2] not in earlier]
        # What a correction takes back is a figure it repeats of the kind it gives anew ("it
        # is 93% today" takes back the 95% said before, not the "two new bases" it goes on
        # to mention); with nothing new, every figure it repeats.
        kinds = {kind for *_, kind in new}
        taken_back = {
            value for *_, value, kind in given if value in earlier and (not new or kind in kinds)
        }
        if not taken_back:
            continue
        # Where it repeats one after giving the new one, the repeat says what the figure is
        # of instead: "The 95% is what the new contract requires from July 2027".
        first_new: dict[str, int] = {}
        for order, item in enumerate(given):
            if item in new:
                first_new.setdefault(item[3], order)
        corrected = None
        for before in passages[:at]:
            numbers = {n for n, f in enumerate(before.figures) if _value(f) in taken_back}
            if numbers:
                before.withdrawn = before.withdrawn | frozenset(numbers)
                corrected = before
        for order, (p, n, value, kind) in enumerate(given):
            if value in taken_back and order < first_new.get(kind, len(given)):
                p.withdrawn = p.withdrawn | frozenset({n})
        if corrected is not None:
            pairs.append((passage, corrected))
    return pairs


def _value(figure: Figure) -> tuple[str, float] | None:
    if figure.value is None or figure.bound is not None:
        return None
    return dimension(figure), figure.value
