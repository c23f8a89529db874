"""The reporting period an article's sentence leans on when it names none of its own.

"Over the 12 months to September, retail insolvencies fell 3% to 4,102. Across all industries
there were more than 25,000 in the period": the second sentence's figure is for the twelve
months the first one names. A primary's sentences inherit so from the sentence before them
(`passages.py`); an article's findings do the same, within one paragraph and never across a
list item, and only when the sentence names no time or period itself and points back to one.
"""

from __future__ import annotations

from bisect import bisect_right

from .corpus import Document
from .passages import same_paragraph
from .periods import Period, find_periods, points_back_to_period
from .records import ParsedText, Sentence
from .values import is_time


def earlier_periods(document: Document, parsed: ParsedText, sentence: Sentence) -> list[Period]:
    """The periods the sentence before `sentence` in its paragraph names, when `sentence`
    names no time or period of its own and points back to one ("in the period"); else none."""
    if not points_back_to_period(sentence.text):
        return []
    if find_periods(sentence.text, sentence.start) or any(
        is_time(f) for f in parsed.figures if sentence.start <= f.start < sentence.end
    ):
        return []
    starts = [s.start for s in parsed.sentences]
    position = bisect_right(starts, sentence.start) - 1
    before = next((s for s in reversed(parsed.sentences[:position]) if s.text.strip()), None)
    if before is None or not same_paragraph(document, before, sentence):
        return []
    return [m.period for m in find_periods(before.text, before.start)]
