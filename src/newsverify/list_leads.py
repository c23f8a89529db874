"""The time a list's lead-in names, for the items under it.

"The Division's figures for 2025-26 (April 2025 to March 2026) show that:" dates every bullet
after it, as a heading dates the paragraph under it: "- The conviction rate was 84.7%, up 1.9
points from 82.8% in 2024-25" is 2025-26's rate, the 2024-25 being only what it is compared
with. A restatement in brackets ("(April 2025 to March 2026)") spells out the same time: it
is left out, so that its two months do not each date the list.
"""

from __future__ import annotations

from .records import Figure, Sentence

# Markers that open a list item.
ITEM_MARKERS = ("-", "*", "•")


def starts_item(original: str, offset: int, earlier: Sentence, later: Sentence) -> bool:
    """Whether `later` opens a list item (`original` is the document's text from `offset`)."""
    gap = original[earlier.end - offset : later.start - offset]
    return later.text.lstrip()[:1] in ITEM_MARKERS or gap.rstrip(" ").endswith(
        tuple("\n" + marker for marker in ITEM_MARKERS)
    )


def on_item_line(original: str, offset: int, sentence: Sentence) -> bool:
    """Whether `sentence` is on a line that a list marker opens (an earlier item)."""
    line_start = original.rfind("\n", 0, sentence.start - offset) + 1
    return original[line_start:].lstrip()[:1] in ITEM_MARKERS


def is_lead_in(sentence: Sentence) -> bool:
    """A sentence that introduces what follows it: "... show that:"."""
    return sentence.text.rstrip().endswith(":")


def lead_in_times(sentence: Sentence, times: list[Figure]) -> list[Figure]:
    """The times of a lead-in that date its list: those outside brackets."""
    return [t for t in times if not _in_brackets(sentence, t)]


def _in_brackets(sentence: Sentence, figure: Figure) -> bool:
    before = sentence.text[: max(0, figure.start - sentence.start)]
    return before.count("(") > before.count(")")
