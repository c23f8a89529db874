"""Values that are one end of a range: "between £150m and £165m", "in the range of £150m to
£158m", "4–5%".

The figure reader gives each end as its own value, so "£150m" in "between £150m and £165m"
would agree with "£150m" in "between £150m and £158m" although the ranges differ. A range end
is compared as the pair it belongs to, against the primary's range end on the same side; a
range end and a single value are not comparable at all ("£150m" is not "£150m to £158m").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Figure
from .values import Outcome, compare, dimension, is_time

# Words right before the first end that make "X and Y" a range ("between 3% and 4%").
_OPENS_RANGE = re.compile(
    r"(?:\bbetween|\brange\s+(?:of|from)|\branging\s+from)\s*$", re.IGNORECASE
)
_AND = re.compile(r"^\s*and\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*to\s*$", re.IGNORECASE)
# "X to Y" is a range ("profit of £150m to £158m") unless it says where a value moved: "from
# 3% to 4%", "rose by £5m to £40m".
_MOVES = re.compile(r"\b(?:from|by)\s*$", re.IGNORECASE)
# "£150m-£158m", "4–5%": a dash alone joins the ends of a range.
_DASH = re.compile(r"^\s*[-–—]\s*$")
# How far before the first end "between" may stand ("between £150 million and").
_OPENER_CHARS = 30


@dataclass(frozen=True)
class RangeEnd:
    partner: Figure  # the other end
    low: bool  # this end is the first one written


def range_end(figure: Figure, figures: list[Figure], text: str, base: int = 0) -> RangeEnd | None:
    """The range `figure` is one end of, among the `figures` of its sentence `text` (which
    starts at offset `base`), or None when it stands alone."""
    values = sorted(
        (f for f in figures if not is_time(f) and dimension(f) == dimension(figure)),
        key=lambda f: f.start,
    )
    for first, second in zip(values, values[1:], strict=False):
        if figure not in (first, second) or first.end > second.start:
            continue
        gap = text[first.end - base : second.start - base]
        before = text[max(0, first.start - base - _OPENER_CHARS) : first.start - base]
        if first.kind != second.kind:
            continue
        if (
            _DASH.match(gap)
            or (_AND.match(gap) and _OPENS_RANGE.search(before))
            or (_TO.match(gap) and not _MOVES.search(before))
        ):
            low = figure is first
            return RangeEnd(second if low else first, low)
    return None


def compare_ends(
    claim: Figure, claimed: RangeEnd | None, primary: Figure, given: RangeEnd | None
) -> Outcome:
    """A value against a primary value, each with the range it is one end of (if any)."""
    if claimed is None and given is None:
        return compare(claim, primary)
    if claimed is None or given is None or claimed.low != given.low:
        return Outcome.UNCLEAR
    ends = (compare(claim, primary), compare(claimed.partner, given.partner))
    if Outcome.DIFFERENT in ends:
        return Outcome.DIFFERENT
    return Outcome.SAME if ends == (Outcome.SAME, Outcome.SAME) else Outcome.UNCLEAR
