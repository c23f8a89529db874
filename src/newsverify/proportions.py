"""Fractions and ratios: "a third of adults", "fell by a quarter", "one in five", "half a million".

One of the rules `figures.find_figures` runs over a `Scan`. A fraction's meaning depends on
what surrounds it, so the words after it are read first, from the most specific:

- of a percentage point -> percentage points ("cut by a quarter of a percentage point" = -0.25)
- a scale word          -> a count or money ("half a million people", "a quarter of a million")
- a time unit           -> a duration ("half an hour", "a quarter of a century")
- after "<verb> by"     -> a multiplier ("fell by a third" = x0.667, "rose by a quarter" = x1.25)
- "of ..." (a share)    -> a percent level ("two-thirds of voters" = 66.7%, "half the staff")

"one in five" and "nine out of 10" are percent levels too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.fall_bounds import factor_bound
from newsverify.numbers import alternation, parse_number
from newsverify.qualifiers import bound_before, change_before, direction_of
from newsverify.records import CHANGE, COUNT, DURATION, LEVEL, MONEY, MULTIPLIER, Figure
from newsverify.scan import Scan, counted_noun, figure_at, norm

_I = re.IGNORECASE

# The fraction word is found first (cheap), then the number before it: "two-thirds".
_FRACTION = re.compile(rf"\b(?P<part>{alternation(n.FRACTION_WORDS)})\b", _I)
_COUNT_BEFORE = re.compile(
    rf"\b(?P<count>a|one|{alternation(w for w in n.SMALL_NUMBERS if 1 < n.SMALL_NUMBERS[w] < 10)})"
    r"[\s-]+$",
    _I,
)
_POINT_AFTER = re.compile(r"\s+(?:of\s+)?an?\s+percentage[\s-]points?\b", _I)
_SCALE_AFTER = re.compile(
    rf"\s+(?:of\s+)?an?\s+(?P<scale>hundred|thousand|million|billion|trillion)\b"
    rf"(?:\s+(?P<word>{alternation(w for w in n.CURRENCY_WORDS if w != 'p')})\b)?",
    _I,
)
_TIME_AFTER = re.compile(
    rf"\s+(?:of\s+)?an?\s+(?P<unit>{alternation(n.TIME_UNITS)})\b(?!-)",
    _I,
)
# "of" and what it is a share of; "a third of a mile" measures, it states no share.
_SHARE_AFTER = re.compile(r"\s+of\b(?!\s+an?\b)", _I)
# "half the workforce", "half their income": only "half" takes a determiner without "of".
_HALF_SHARE_AFTER = re.compile(r"\s+(?:the|its|their|his|her|our|all)\b", _I)
_BY_BEFORE = re.compile(r"\bby\s+$", _I)
# "down a third of a point": the fraction is of something else than the whole that changed.
_OF_AFTER = re.compile(r"\s+of\b", _I)
# "an increase of half", "a fall of a third": the noun of change names a multiplier.
_CHANGE_OF_BEFORE = re.compile(
    rf"\b(?P<w>{alternation(n.INCREASE_NOUNS + n.DECREASE_NOUNS)})s?\s+of\s+$", _I
)
# "a half-point rise", "a quarter-point cut": a fraction of a percentage point, as a change.
_POINT_COMPOUND_AFTER = re.compile(
    rf"-points?\b(?:[\s-]+(?P<noun>{alternation(n.INCREASE_NOUNS + n.DECREASE_NOUNS)})\b)?",
    _I,
)
# "the first half of the match", "the other half": a part named, not a share stated.
_PART_BEFORE = re.compile(r"\b(?:the|first|second|latter|last|final|other|back|front)\s+$", _I)

_RATIO = re.compile(
    rf"(?P<num>\d+|{alternation(n.SMALL_NUMBERS)})\s+(?:in|out\s+of)\s+"
    rf"(?P<den>{n.DIGITS}|{n.WORD_NUMBER})(?![\w%])",
    _I,
)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


def find_proportions(scan: Scan) -> Iterator[Figure]:
    """Fractions by what follows them (module docstring), then "one in five" ratios."""
    text = scan.text
    for match in _FRACTION.finditer(text):
        part = match["part"].lower()
        before = _COUNT_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if before is None and part != "half":
            continue  # "third" and "quarter" alone are ordinals or periods
        if before is None and _PART_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue
        count_word = before["count"].lower() if before else "a"
        count = 1.0 if count_word == "a" else parse_number(count_word)
        start = before.start() if before else match.start()
        if figure := _fraction_figure(text, start, match, count / n.FRACTION_WORDS[part]):
            yield figure
    for match in scan.at_numbers(_RATIO):
        if figure := _ratio_figure(text, match):
            yield figure


def _fraction_figure(text: str, start: int, match: re.Match[str], fraction: float) -> Figure | None:
    end = match.end()
    start, word = bound_before(text, start)
    bound = n.BOUNDS[word] if word else None
    if after := _POINT_AFTER.match(text, end):
        if change := change_before(text, start):
            start, sign = change
            return figure_at(text, start, after.end(), sign * fraction, "percentage_point", CHANGE)
        return figure_at(text, start, after.end(), fraction, "percentage_point", CHANGE, bound)
    if after := _POINT_COMPOUND_AFTER.match(text, end):
        sign = direction_of(after["noun"])
        if sign is None and (change := change_before(text, start)):
            start, sign = change
        point_end = after.end()
        return figure_at(text, start, point_end, (sign or 1) * fraction, "percentage_point", CHANGE)
    if after := _SCALE_AFTER.match(text, end):
        value = fraction * n.SCALES[after["scale"].lower()]
        if after["word"]:
            currency, unit = n.CURRENCY_WORDS[norm(after["word"])]
            return figure_at(
                text, start, after.end(), value * unit, currency, MONEY, bound, currency
            )
        noun, noun_end = counted_noun(text, after.end()) or ("", after.end())
        return figure_at(text, start, noun_end, value, noun, COUNT, bound)
    if after := _TIME_AFTER.match(text, end):
        unit, factor = n.TIME_UNITS[after["unit"].lower()]
        return figure_at(text, start, after.end(), fraction * factor, unit, DURATION, bound)
    if _BY_BEFORE.search(text, max(0, start - 5), start) and (change := change_before(text, start)):
        change_start, sign = change
        factor = 1 + sign * fraction
        bound = factor_bound(bound, factor)  # "fell by more than a fifth": below ×0.8
        return figure_at(text, change_start, end, factor, "factor", MULTIPLIER, bound)
    if noun := _CHANGE_OF_BEFORE.search(text, max(0, start - 20), start):
        factor = 1 + (direction_of(noun["w"]) or 1) * fraction
        bound = factor_bound(bound, factor)
        return figure_at(text, noun.start(), end, factor, "factor", MULTIPLIER, bound)
    share = _SHARE_AFTER.match(text, end)
    if not _OF_AFTER.match(text, end) and (change := change_before(text, start)):
        # "down a tenth on last year", "rose a third": a change by the fraction, as "by" says
        change_start, sign = change
        factor = 1 + sign * fraction
        bound = factor_bound(bound, factor)
        return figure_at(text, change_start, end, factor, "factor", MULTIPLIER, bound)
    if share or (match["part"].lower() == "half" and _HALF_SHARE_AFTER.match(text, end)):
        return figure_at(text, start, end, fraction * 100, "percent", LEVEL, bound)
    return None


def _ratio_figure(text: str, match: re.Match[str]) -> Figure | None:
    """ "one in five adults" is 20%; "1 in 2025" is no ratio."""
    if _YEAR_LIKE.fullmatch(match["den"]):
        return None
    numerator, denominator = parse_number(match["num"]), parse_number(match["den"])
    if not 0 < numerator < denominator:
        return None
    start, word = bound_before(text, match.start())
    bound = n.BOUNDS[word] if word else None
    value = 100 * numerator / denominator
    return figure_at(text, start, match.end(), value, "percent", LEVEL, bound)
