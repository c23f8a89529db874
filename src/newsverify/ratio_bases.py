"""The values a multiplier relates: "£120 million ..., three times the size of the £40 million
fund" says the £120 million is three times the fund's £40 million. The words of both values
are the multiplier's subject too (what is three times what), though by their place in the
sentence they belong to those values (`subject_keys.owner`).
"""

from __future__ import annotations

import re

from .passages import Passage
from .records import MULTIPLIER

# What joins a multiplier to the value it is measured from: "three times the size of the",
# "twice", "three times as much as", "double the".
_MEASURED_FROM = re.compile(
    r"^\s*(?:the\s+(?:size|level|amount|value|number|total)\s+of\s+(?:the\s+)?|the\s+|"
    r"as\s+(?:much|many|large|big|high)\s+as\s+(?:the\s+)?|that\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# A multiplier in apposition to the value before it, in the same sentence: "£120 million
# into support for arable farms this winter, three times ...". No full stop or semicolon.
_APPOSITION = re.compile(r"^[^;.()]{0,80},\s*$")


def compared_ends(passage: Passage, figure: int) -> frozenset[int]:
    """The last-word positions of the values the passage's multiplier `figure` relates (the
    one it is measured from and the one it is said of); empty for any other figure."""
    this = passage.figures[figure]
    if this.kind != MULTIPLIER:
        return frozenset()
    text, base = passage.sentence.text, passage.sentence.start
    ends: set[int] = set()
    if figure + 1 < len(passage.figures):
        after = passage.figures[figure + 1]
        if _MEASURED_FROM.match(text[this.end - base : after.start - base]):
            ends.add(passage.figure_ends[figure + 1])
    if figure > 0:
        before = passage.figures[figure - 1]
        if _APPOSITION.match(text[before.end - base : this.start - base]):
            ends.add(passage.figure_ends[figure - 1])
    return frozenset(ends)
