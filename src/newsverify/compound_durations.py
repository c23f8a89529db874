"""Durations written in two units, read as one value: "four years and three months" is 51
months, "9 years 6 months" 114, "nine and a half years" 114 too.

Sentences, bans and terms are given this way, and each part alone is no value of anything: a
claim of "four years and nine months" read as "four years" plus "nine months" would find the
primary's "four years" and settle nothing. `merge_compound_durations` joins two adjacent
duration figures of the rule `figures._durations` into one; `find_half_durations` reads "X and
a half UNITs" and "a UNIT and a half", and `find_clock_durations` "00:08:12". All express the
value exactly in the smaller unit, so `compare_compound` can compare two such values with no
rounding between units.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newsverify import numbers as n
from newsverify.numbers import alternation, parse_number
from newsverify.records import DURATION, Figure
from newsverify.scan import Scan, figure_at

_I = re.IGNORECASE

# Exact ratios between a unit and the next smaller one a duration is written in: only these
# add up without rounding (a month is no whole number of weeks).
SMALLER_UNIT = {
    "year": ("month", 12),
    "month": None,
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}

# Between the two parts: "four years and three months", "9 years 6 months".
_JOIN = re.compile(r"(?:\s+and\s+|\s+)$", _I)

# Every unit of the chain, the smallest ("second") too: "9 minutes 41 seconds" is compound.
_UNITS = {*SMALLER_UNIT, *(step[0] for step in SMALLER_UNIT.values() if step)}
_UNIT_WORDS = {**{u: u for u in _UNITS}, **{u + "s": u for u in _UNITS}}
_UNIT = rf"(?P<unit>{alternation(_UNIT_WORDS)})\b"
_NUMBER = rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})"
# "nine and a half years", "two-and-a-half-year": the half belongs to the unit after it.
_AND_A_HALF = re.compile(rf"{_NUMBER}(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+|-){_UNIT}", _I)
# "a year and a half", "one day and a half".
_UNIT_AND_A_HALF = re.compile(rf"(?<![\w-])(?P<num>an?|one)\s+{_UNIT}\s+and\s+a\s+half\b", _I)


# "one year and two months", "a year 6 months": a single unit the rule for durations leaves
# out alone ("one day" is often an idiom), but not as the larger part of a compound.
_ONE_BEFORE_PART = re.compile(
    rf"(?<![\w-])(?P<num>an?|one)\s+{_UNIT}(?=(?:\s+and)?\s+(?:{n.DIGITS}|{n.WORD_NUMBER})\s+"
    rf"(?P<part>{alternation(_UNIT_WORDS)})\b)",
    _I,
)


def find_one_unit_parts(scan: Scan) -> Iterator[Figure]:
    """ "one year" of "one year and two months", for `merge_compound_durations` to join."""
    for match in scan.at_words(_ONE_BEFORE_PART):
        unit = _UNIT_WORDS[match["unit"].lower()]
        step = SMALLER_UNIT.get(unit)
        if step is None or step[0] != _UNIT_WORDS[match["part"].lower()]:
            continue  # "one day two weeks later" is no compound
        yield figure_at(scan.text, match.start(), match.end(), 1.0, unit, DURATION)


# "00:08:12", "1:08:52": hours, minutes and seconds, as response and race times are written.
_CLOCK_DURATION = re.compile(r"(?P<h>\d{1,3}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:]|\.\d)")
# "left at 14:32:05" is a time of day.
_AT_BEFORE = re.compile(r"\b(?:at|from|until|till|by)\s+$", _I)


def find_clock_durations(scan: Scan) -> Iterator[Figure]:
    """Durations written as hours:minutes:seconds ("averaged 00:08:12"), in seconds like
    "8 minutes 12 seconds"."""
    text = scan.text
    for match in scan.at_numbers(_CLOCK_DURATION):
        if match.start() and (text[match.start() - 1] in ":." or text[match.start() - 1].isalnum()):
            continue
        if _AT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        seconds = int(match["h"]) * 3600 + int(match["m"]) * 60 + int(match["s"])
        yield figure_at(text, match.start(), match.end(), float(seconds), "second", DURATION)


def find_half_durations(scan: Scan) -> Iterator[Figure]:
    """Durations with a half: "nine and a half years" (114 months), "a day and a half"."""
    text = scan.text
    matches = [*scan.at_numbers(_AND_A_HALF), *scan.at_words(_UNIT_AND_A_HALF)]
    for match in matches:
        number = match["num"].lower()
        try:
            whole = 1.0 if number in ("a", "an") else parse_number(number)
        except ValueError:
            continue
        unit = _UNIT_WORDS[match["unit"].lower()]
        value, unit = _in_smaller_unit(whole + 0.5, unit)
        yield figure_at(text, match.start(), match.end(), value, unit, DURATION)


def merge_compound_durations(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` (sorted, disjoint) with each duration followed by one in the next smaller
    unit ("four years" + "and three months") replaced by one figure for both."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if previous is not None and _continues(text, previous, figure):
            larger = SMALLER_UNIT[previous.unit]
            assert larger is not None and previous.value is not None
            assert figure.value is not None
            value = previous.value * larger[1] + figure.value
            span = text[previous.start : figure.end]
            merged[-1] = replace(previous, end=figure.end, text=span, value=value, unit=figure.unit)
            continue
        merged.append(figure)
    return merged


def _continues(text: str, first: Figure, second: Figure) -> bool:
    """Whether `second` is the smaller part of one duration that `first` begins."""
    if first.kind != DURATION or second.kind != DURATION:
        return False
    if first.upper is not None or second.upper is not None or second.bound is not None:
        return False  # "two to three years and six months" is no one value
    step = SMALLER_UNIT.get(first.unit)
    if step is None or step[0] != second.unit or first.value is None or second.value is None:
        return False
    # The smaller part is less than one of the larger unit: "two years 18 months" is two spans.
    if not 0 < second.value < step[1] or first.value != int(first.value):
        return False
    return bool(_JOIN.match(text, first.end, second.start)) and second.start > first.end


def _in_smaller_unit(value: float, unit: str) -> tuple[float, str]:
    # A half year is six whole months: compared exactly with "nine years and six months".
    step = SMALLER_UNIT.get(unit)
    if step is None:
        return value, unit
    return value * step[1], step[0]


def is_compound(figure: Figure) -> bool:
    """Whether a duration figure was written in two parts or with a half."""
    return figure.kind == DURATION and bool(_COMPOUND_TEXT.search(figure.text))


_COMPOUND_TEXT = re.compile(
    rf"\d:\d\d:\d\d|\band\s+a\s+half\b|-and-a-half|\b{alternation(_UNIT_WORDS)}\b.*\b{alternation(_UNIT_WORDS)}\b",
    _I,
)


def compare_compound(claim: Figure, primary: Figure) -> str | None:
    """Two durations where either is compound, compared exactly in the smaller unit: a
    `values.Outcome` value ("same", "different", "unclear"), or None when the plain
    comparison applies (a bound, a range, units with no exact ratio).

    A plain value equal to the compound's larger part ("four years" against "four years and
    three months") is the compound rounded down, not another value: unsettled."""
    if claim.bound or primary.bound or claim.upper is not None or primary.upper is not None:
        return None
    claimed, stated = _common(claim, primary)
    if claimed is None or stated is None:
        return None
    if abs(claimed - stated) < 1e-9:
        return "same"
    for plain, compound in ((claim, primary), (primary, claim)):
        if not is_compound(plain) and is_compound(compound) and _leads(plain, compound):
            return "unclear"
    return "different"


def _common(a: Figure, b: Figure) -> tuple[float | None, float | None]:
    """Both values in the smaller of their units, or None where no exact ratio joins them."""
    values = [a.value, b.value]
    units = [a.unit, b.unit]
    for _ in range(3):
        if units[0] == units[1] or None in values:
            break
        for i in (0, 1):
            step = SMALLER_UNIT.get(units[i])
            if step is not None and _reaches(step[0], units[1 - i]):
                values[i] = values[i] * step[1]  # type: ignore[operator]
                units[i] = step[0]
                break
        else:
            return None, None
    if units[0] != units[1]:
        return None, None
    return values[0], values[1]


def _reaches(unit: str, target: str) -> bool:
    """Whether `target` is `unit` or smaller in the chain of exact ratios."""
    while unit != target:
        step = SMALLER_UNIT.get(unit)
        if step is None:
            return False
        unit = step[0]
    return True


def _leads(plain: Figure, compound: Figure) -> bool:
    """Whether `plain` is the compound's whole larger units ("four years" of 51 months)."""
    if plain.value is None or compound.value is None:
        return False
    step = SMALLER_UNIT.get(plain.unit)
    if step is None or step[0] != compound.unit:
        return False
    return int(compound.value // step[1]) == plain.value
