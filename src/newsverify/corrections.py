"""Figures a speaker or document takes back: "I need to correct something I said earlier. I
gave the Committee a cash figure of £53.8 million. That was the figure for 2024-25."

A figure withdrawn by a later correction in the same document is no evidence for anything: it
neither supports a claim that repeats it nor contradicts one. The correction is found by its
words ("correct something I said", "correction", "I misspoke", "should have said"); the figures
it withdraws are those of its paragraph that the document gave before it (the same number in
the same unit), both where they were first given and where the correction repeats them. The
corrected figure ("The figure for 2025-26 is £63.5 million") is new, and stays evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from .records import Figure, Sentence
from .values import dimension, is_time

# Words that take a figure back, not "that is correct".
_CORRECTION = re.compile(
    r"\b(?:correct(?:ing)?\s+(?:something|what\s+I|myself|the\s+record|an?\s+(?:error|figure|"
    r"number|mistake))|correction|misspoke|mis-spoke|should\s+have\s+said|I\s+was\s+wrong|"
    r"(?:got|had)\s+(?:that|it|the\s+figure)\s+wrong)\b",
    re.IGNORECASE,
)


class _Read(Protocol):
    sentence: Sentence
    figures: list[Figure]
    withdrawn: frozenset[int]


def mark_withdrawn(
    passages: Sequence[_Read], same_paragraph: Callable[[Sentence, Sentence], bool]
) -> None:
    """Set each passage's `withdrawn` figure numbers: those a later correction takes back."""
    for at, passage in enumerate(passages):
        if not _CORRECTION.search(passage.sentence.text):
            continue
        paragraph = [passage]
        for later in passages[at + 1 :]:
            if not same_paragraph(paragraph[-1].sentence, later.sentence):
                break
            paragraph.append(later)
        # The correction repeats the figure it takes back before giving the new one.
        repeated = {_value(f) for p in paragraph for f in p.figures if not is_time(f)}
        earlier = {_value(f) for p in passages[:at] for f in p.figures if not is_time(f)}
        taken_back = (repeated & earlier) - {None}
        if not taken_back:
            continue
        for before in [*passages[:at], *paragraph]:
            numbers = {n for n, f in enumerate(before.figures) if _value(f) in taken_back}
            if numbers:
                before.withdrawn = before.withdrawn | frozenset(numbers)


def _value(figure: Figure) -> tuple[str, float] | None:
    if figure.value is None or figure.bound is not None:
        return None
    return dimension(figure), figure.value
