"""The size of a rise a primary implies when it gives a level and the rise in percent, or
the level it rose from.

"Revenue rose 7.2% to £1,284.6m" gives the level, not the change; but a rise of 7.2% to
£1,284.6m is a rise of about £86m, so it cannot be a rise "by £1,284.6m" (that would need a
baseline of nothing), nor "by 5p" for "12.9p, up 5.0%". Likewise "2.9 million households, up
from 2.2 million" is 0.7 million more, not "2.9 million more". The arithmetic only ever decides
a conflict: an implied size that agrees stays unsettled, since the primary does not state it
and the percent it comes from is rounded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .comparison_bases import is_time_back
from .records import CHANGE, COUNT, DATE, DURATION, MULTIPLIER, YEAR, Figure, Sentence
from .values import Outcome, describe, dimension

# A claimed change within this share of the implied one is left unsettled: the percent
# behind the implied size is rounded, and a claim may round the sum.
IMPLIED_TOLERANCE = 0.25


def relative_change_of(level: Figure, figures: list[Figure]) -> Figure | None:
    """The percent rise or fall the sentence gives for this level: the nearest multiplier,
    with no other value of the level's kind between them ("12.9p, up 5.0%"; "rose 7.2% to
    £1,284.6m"), so "8.6p, making a total of 12.9p, up 5.0%" keeps the 5.0% for the 12.9p."""
    rivals = [f for f in figures if f is not level and dimension(f) == dimension(level)]
    best: tuple[int, Figure] | None = None
    for figure in figures:
        if figure.kind != MULTIPLIER or figure.value is None or figure.value <= 0:
            continue
        before = figure.end <= level.start
        low, high = (figure.end, level.start) if before else (level.end, figure.start)
        if any(low <= r.start < high for r in rivals):
            continue
        gap = high - low
        if best is None or gap < best[0]:
            best = (gap, figure)
    return None if best is None else best[1]


# "2.9 million households, up from 2.2 million": the level before, after "from".
# A clause "..., down from" may follow the verb the level is the object of ("1,012 firms held a
# criminal legal aid contract, down from 1,064").
_FROM_AFTER_LEVEL = re.compile(
    r"^(?:[^.;()]{0,30}|[^.;()]{0,80},\s+(?:up|down)\s+)\bfrom\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# "rose from 2.2 million to 2.9 million": the level before, ahead of the level reached.
_TO_LEVEL = re.compile(r"^\s+to\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# The base a change is measured against, then its level in brackets: "up 0.6 percentage points
# on the same week last season (38.3%)", "lower than a year earlier (£4.1m)".
_BASE_IN_BRACKETS = re.compile(
    r"(?:\bon|\bthan|\bcompared\s+(?:with|to)|\bagainst)\s+[^();.]{1,60}\(\s*$", re.IGNORECASE
)
# A sum of money right before "from": a count after it is not the same quantity's old level.
_SUM_FROM = re.compile(
    r"(?:[£$€]\s?\d[\d.,]*(?:\s?(?:m|bn|k|million|billion))?|\d\s*(?:million|billion)?\s*"
    r"(?:pounds|dollars|euros))\s+from\s+$",
    re.IGNORECASE,
)


def baseline_of(level: Figure, figures: list[Figure], sentence: Sentence) -> Figure | None:
    """The level the sentence says `level` moved from ("up from 2.2 million", "from 2.2
    million to 2.9 million"), when it is the nearest value on that side and of its kind."""

    def between(start: int, end: int) -> str:
        return sentence.text[start - sentence.start : end - sentence.start]

    # The level's own time may stand between ("14 weeks in June to August 2026, down from
    # 17 weeks"): it is read as a time, not as the level moved from.
    later = [f for f in figures if f.start >= level.end and f.kind not in (DATE, YEAR)]
    after = min(later, key=lambda f: f.start, default=None)
    times = [f for f in figures if f.kind in (DATE, YEAR) and level.end <= f.start]
    if after is not None:
        gap = between(level.end, after.start)
        for time in sorted(times, key=lambda f: f.start, reverse=True):
            if time.end <= after.start:
                low, high = time.start - level.end, time.end - level.end
                gap = gap[:low] + gap[high:]
        if _FROM_AFTER_LEVEL.match(gap):
            return after if _same_quantity(after, level) else None
    earlier = [f for f in figures if f.end <= level.start]
    before = max(earlier, key=lambda f: f.end, default=None)
    if (
        before is not None
        and _TO_LEVEL.match(between(before.end, level.start))
        and _FROM_BEFORE.search(between(sentence.start, before.start))
    ):
        return before if _same_quantity(before, level) else None
    return None


def is_moved_from(figure: Figure, sentence: Sentence) -> bool:
    """Whether the sentence gives `figure` as the level something moved from: "The unit rate
    rises from 24.86 cents", "up from 2.2 million" (not a range: "from 8,000 to 10,000"), or
    the base's level in brackets ("up 0.6 points on the same week last season (38.3%)")."""
    # "up 38% from a year earlier": a time or a span is where a change is measured from; a
    # duration that is a level ("halved, from 12 minutes to six") is not.
    if figure.upper is not None or figure.kind in (CHANGE, MULTIPLIER, DATE, YEAR):
        return False
    after = sentence.text[figure.end - sentence.start :]
    if figure.kind == DURATION and is_time_back(after):
        return False
    before = sentence.text[
        max(0, figure.start - sentence.start - 12) : figure.start - sentence.start
    ]
    if figure.kind == COUNT and _SUM_FROM.search(sentence.text, 0, figure.start - sentence.start):
        return False  # "took £14.6 million from 1,130 investors": whom a sum came from
    if _FROM_BEFORE.search(before) is not None:
        return True
    head = sentence.text[max(0, figure.start - sentence.start - 80) : figure.start - sentence.start]
    return _BASE_IN_BRACKETS.search(head) is not None and sentence.text.startswith(
        ")", figure.end - sentence.start
    )


def _same_quantity(baseline: Figure, level: Figure) -> bool:
    """A plain value of the level's kind: "2.2 million" may leave the level's unit unsaid."""
    if baseline.kind in (CHANGE, MULTIPLIER) or baseline.value is None:
        return False
    if baseline.upper is not None or baseline.bound:
        return False
    unsaid = baseline.kind == level.kind == COUNT and not baseline.unit
    return unsaid or dimension(baseline) == dimension(level)


def implied_change(
    level: Figure, figures: list[Figure], sentence: Sentence | None = None
) -> float | None:
    """The change a level and its percent rise imply (the level less the level before), or
    the level less the one the `sentence` says it moved from."""
    if level.kind == CHANGE or level.value is None or level.upper is not None or level.bound:
        return None
    relative = relative_change_of(level, figures)
    if relative is not None and relative.value is not None and relative.value != 1.0:
        return level.value - level.value / relative.value
    return _difference(level, figures, sentence)


def _difference(level: Figure, figures: list[Figure], sentence: Sentence | None) -> float | None:
    """The level less the one the `sentence` says it moved from: both are written out, so
    the difference is exact."""
    baseline = baseline_of(level, figures, sentence) if sentence is not None else None
    if baseline is not None and baseline.value is not None and baseline.value != level.value:
        return level.value - baseline.value
    return None


def compare_with_implied(
    claim: Figure, level: Figure, figures: list[Figure], sentence: Sentence | None = None
) -> Outcome:
    """A claimed change against the change a primary level and its percent rise (or the level
    it moved from) imply: DIFFERENT when far apart, else UNCLEAR (never SAME: the primary
    does not state it)."""
    if claim.kind != CHANGE or claim.value is None or claim.bound or claim.upper is not None:
        return Outcome.UNCLEAR
    if dimension(claim) != dimension(level):
        return Outcome.UNCLEAR
    implied = implied_change(level, figures, sentence)
    if implied is None:
        return Outcome.UNCLEAR
    if abs(claim.value - implied) > IMPLIED_TOLERANCE * abs(implied):
        return Outcome.DIFFERENT
    relative = relative_change_of(level, figures)
    if relative is None and _same_number(claim.value, _difference(level, figures, sentence)):
        # "52 fewer firms" against "1,012 firms, down from 1,064": the two levels written
        # out make the change exactly.
        return Outcome.SAME
    return Outcome.UNCLEAR


def _same_number(value: float, other: float | None) -> bool:
    return other is not None and abs(value - other) <= 1e-9 * max(1.0, abs(other))


def implied_note(
    claim: Figure, level: Figure, figures: list[Figure], sentence: Sentence | None = None
) -> str:
    """What the reason adds when a claimed change met a level: the change it implies."""
    if (
        claim.kind != CHANGE
        or compare_with_implied(claim, level, figures, sentence) is Outcome.UNCLEAR
    ):
        return ""
    implied = implied_change(level, figures, sentence)
    if implied is None:
        return ""
    relative = relative_change_of(level, figures)
    if relative is None or relative.value is None or relative.value == 1.0:
        baseline = baseline_of(level, figures, sentence) if sentence is not None else None
        if baseline is None:
            return ""
        size = replace(level, value=implied, text=f"{implied:g}")
        return f', a level; from "{baseline.text}" the change is {describe(size)}'
    shown = float(f"{implied:.3g}")  # the percent it comes from is rounded
    size = replace(level, value=shown, text=f"{shown:g}")
    return f', a level; with "{relative.text}" the change is about {describe(size)}'
