"""Times a primary gives relative to another: "up from 57% a year earlier", "That was 9% fewer
than a year earlier (16,290)".

"A year earlier" is the time its sentence is about, a year back: in a sentence dated "On 31
August 2026" (or after one, in the same paragraph), it is 31 August 2025. Read as that date,
it dates the earlier value it gives as any named base would ("than on 31 August 2025
(16,290)"), so a claim of the earlier value for its date can be checked, and a claimed base
year that is another ("on October 2022") is told apart from it. Only documents are read so;
a claim's "a year earlier" stays as it is, relative to the claim's own time.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from .change_spans import year_before
from .records import AT_MOST, DATE, DURATION, YEAR, Figure, Sentence

# "a year earlier": a step back in time rather than a duration.
_A_YEAR_EARLIER = re.compile(r"\ba\s+year\s+(?:earlier|before|previously)\b", re.IGNORECASE)


def with_relative_years(
    figures: list[Figure], sentences: list[Sentence], original: str, offset: int = 0
) -> list[Figure]:
    """`figures` (in text order) with each "a year earlier" read as the date it stands for,
    where its sentence or the one before it in the paragraph names a time to count back from.
    A duration the phrase was read as ("a year") gives way to it. `original` is the
    document's text, which starts at file offset `offset`."""
    result = list(figures)
    changed = False
    for sentence in sentences:
        for found in _A_YEAR_EARLIER.finditer(sentence.text):
            start, end = sentence.start + found.start(), sentence.start + found.end()
            anchor = _anchor(start, result, sentences, sentence, original, offset)
            earlier = year_before(anchor) if anchor is not None else None
            if earlier is None:
                continue
            overlapping = [f for f in result if f.start < end and start < f.end]
            if any(f.kind != DURATION for f in overlapping):
                continue  # read as something else: leave it
            result = [f for f in result if f not in overlapping]
            result.append(replace(earlier, start=start, end=end, text=found.group(0)))
            changed = True
    return sorted(result, key=lambda f: f.start) if changed else result


def _anchor(
    at: int,
    figures: list[Figure],
    sentences: list[Sentence],
    sentence: Sentence,
    original: str,
    offset: int,
) -> Figure | None:
    """The last time with a year before offset `at` in its sentence, else the last one of the
    sentence before it when no blank line parts them."""
    own = [f for f in figures if sentence.start <= f.start < at and _dated(f)]
    if own:
        return own[-1]
    index = sentences.index(sentence)
    if index == 0:
        return None
    before = sentences[index - 1]
    gap = original[before.end - offset : sentence.start - offset]
    if before.end > sentence.start or "\n\n" in gap:
        return None  # another paragraph
    earlier = [f for f in figures if before.start <= f.start < before.end and _dated(f)]
    return earlier[-1] if earlier else None


def _dated(figure: Figure) -> bool:
    """A time with a year of its own to count back from."""
    if figure.kind == YEAR:
        return figure.value is not None
    return figure.kind == DATE and figure.date is not None and figure.date.year is not None


# "by the end of this year": a calendar year's end named from the document's date.
_YEAR_END = re.compile(
    r"\bby\s+the\s+end\s+of\s+(?P<which>this|next|the)\s+year\b(?!['’])", re.IGNORECASE
)


def with_year_ends(
    figures: list[Figure], original: str, offset: int, written: datetime.date
) -> list[Figure]:
    """`figures` with each "by the end of this year" (or "next year", "the year") read as the
    deadline it is in a document dated `written`: "by the end of 2026" in November 2026.
    A phrase read as something else already is left alone."""
    added = []
    for found in _YEAR_END.finditer(original):
        start, end = offset + found.start(), offset + found.end()
        if any(f.start < end and start < f.end for f in figures):
            continue
        year = written.year + (1 if found["which"].lower() == "next" else 0)
        added.append(Figure(start, end, found.group(0), float(year), "year", YEAR, bound=AT_MOST))
    return sorted([*figures, *added], key=lambda f: f.start) if added else figures
