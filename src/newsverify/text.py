"""Text normalisation that remembers where every character came from.

Analysis runs on normalised text (NFKC, plain hyphens, quotes and spaces) so that extractors
need one rule per form, while reports must point into the original file. `normalize` returns
both the new text and, for each of its characters, the offset of the original character it
came from.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Characters NFKC leaves alone (or maps unhelpfully) that we want in plain form.
_PLAIN = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u00a0\u2007\u2009\u202f\u200a\u2002\u2003\u2004\u2005\u2006", " "),
    "\u200b": "",  # zero-width space
    "\ufeff": "",  # byte-order mark
    "\u2022": "*",  # bullet
    "\u2026": "...",
}
# Soft hyphen disappears rather than becoming a hyphen inside a word.
_PLAIN["\u00ad"] = ""


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, per character, its offset in the original string."""

    text: str
    # len(origin) == len(text) + 1; the last entry maps the end. A `range` when nothing
    # shifted, else a compact array: a tuple of ints would cost 36 bytes a character.
    origin: Sequence[int]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original string."""
        if start >= len(self.text):
            return self.original_length, self.original_length
        original_start = self.origin[start]
        # The end lies just after the original character that produced the span's last one,
        # so a span ending inside an expansion ("…" -> "...") still covers that character.
        original_end = self.origin[end - 1] + 1 if end > start else original_start
        return original_start, original_end


# Runs of characters that may change; ASCII maps to itself and is copied a run at a time.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def normalize(text: str) -> NormalizedText:
    """Return `text` normalised for analysis, with a map back to original offsets."""
    pieces: list[str] = []
    # The offset map stays implicit (the identity) until a character changes length; most
    # texts never do, and a `range` costs no memory however long the text.
    origin: array[int] | None = None
    copied = 0
    for run in _NON_ASCII.finditer(text):
        start, end = run.span()
        pieces.append(text[copied:start])
        if origin is not None:
            origin.extend(range(copied, start))
        for index in range(start, end):
            replacement = _replacement(text[index])
            if origin is None and len(replacement) != 1:
                origin = array("i", range(index))
            if origin is not None:
                origin.extend([index] * len(replacement))
            pieces.append(replacement)
        copied = end
    pieces.append(text[copied:])
    if origin is None:
        return NormalizedText("".join(pieces), range(len(text) + 1), len(text))
    origin.extend(range(copied, len(text) + 1))
    return NormalizedText("".join(pieces), origin, len(text))


@lru_cache(maxsize=4096)
def _replacement(char: str) -> str:
    """The plain form of one non-ASCII character."""
    if char in _PLAIN:
        return _PLAIN[char]
    # NFKC can itself produce characters we map (e.g. fullwidth forms).
    return "".join(_PLAIN.get(c, c) for c in unicodedata.normalize("NFKC", char))
