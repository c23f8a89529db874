"""Find checkable figures in normalised text: percentages, changes, money, counts, time.

`find_figures` is a pure function over text, free of spaCy: the matcher reads table cells with
it in runs that never load a model. The spaCy component that puts its results in `doc.spans`
is `figure_component.FigureFinder`.

Extraction is rule-based. Text that cannot hold a figure (URLs, phone numbers, page and
article numbers, street addresses) is masked first and numbers are located once (`scan`).
Each rule then matches its pattern only where a number (or a month, weekday, currency sign)
starts and looks back a few words for what qualifies it ("more than", "rose by", "Monday").
Rules run from the most specific (dates, money) to the most general (counts), and a match is
kept only when it does not overlap a figure an earlier rule already found. The calendar rules
live in `dates`, fractions and ratios in `proportions`, the words that qualify a figure (bounds,
verbs of change) in `qualifiers`; the value rules (money, percentages, multipliers, durations,
counts) here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from newsverify import numbers as n
from newsverify.area_rates import find_area_rates
from newsverify.bracketed_changes import read_bracketed_changes
from newsverify.bracketed_levels import unit_for_bracketed_levels
from newsverify.changed_counts import find_changed_counts
from newsverify.compound_durations import (
    find_clock_durations,
    find_half_durations,
    find_one_unit_parts,
    merge_compound_durations,
)
from newsverify.compound_money import find_compound_money
from newsverify.dates import find_dates, find_years
from newsverify.fall_bounds import factor_bound
from newsverify.listed import find_listed_counts, name_levels, refer_back
from newsverify.numbers import alternation, parse_number
from newsverify.physical import find_physical
from newsverify.population_rates import find_population_rates
from newsverify.proportions import find_proportions
from newsverify.qualifiers import (
    bound_before,
    change_before,
    direction_of,
    qualified_figure,
    scale_of,
)
from newsverify.rate_points import find_rate_points
from newsverify.records import (
    AT_LEAST,
    CHANGE,
    COUNT,
    DURATION,
    LEVEL,
    MONEY,
    MULTIPLIER,
    Figure,
)
from newsverify.scan import END, Scan, counted_noun, figure_at, norm
from newsverify.speeds import find_speeds
from newsverify.spoken_dates import find_spoken_times
from newsverify.tallies import find_tallies

_I = re.IGNORECASE

# --- shared pieces ----------------------------------------------------------------------------

_NUM = rf"(?:{n.DIGITS}|{n.WORD_NUMBER})"
_CHANGE_NOUN = alternation(n.INCREASE_NOUNS + n.DECREASE_NOUNS)
# Case-insensitive inside patterns that are not: "€10M", "$2.174T".
_SCALE = rf"(?i:{alternation(n.SCALE_SUFFIXES)})"

# Qualifiers found by looking back from a figure's start.
_CHANGE_OF_BEFORE = re.compile(rf"\b(?P<w>{_CHANGE_NOUN})s?\s+of\s+$", _I)

# Between the two ends of a range: "3-5%", "10 to 15 years", "between 200 and 300 jobs".
_RANGE_SEP = r"(?P<sep>\s*-\s*|\s+to\s+|\s+and\s+)"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", _I)
_FROM_BEFORE = re.compile(r"(?:\b(?P<verb>[A-Za-z'-]+)\s+)?\bfrom\s+$", _I)
_RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())


def _is_range(text: str, match: re.Match[str]) -> bool:
    """Whether a matched "X to Y" or "X and Y" is one range rather than two figures.

    "and" makes a range only after "between"; "rose from 2% to 3%" and "rose by 6% to 24%" are
    a change and a level, while "range from 8,000 to 10,000" is a range.
    """
    start, separator = match.start(), match["sep"].strip().lower()
    if separator == "and":
        return bool(_BETWEEN_BEFORE.search(text, max(0, start - 10), start))
    if separator == "to" and (before := _FROM_BEFORE.search(text, max(0, start - 30), start)):
        return (before["verb"] or "").lower() in _RANGE_VERBS
    if separator != "to" or change_before(text, start) is None:
        return True
    # After a change, "to" names the level reached ("rose by 6% to 24%", "grew by 10 to 500
    # members"), unless the first number borrows the second's unit ("by 10 to 20 basis points").
    return match.re in _SHARED_UNIT and not match["sep_before"]


def _ranged(
    scan: Scan,
    ranged: re.Pattern[str],
    single: re.Pattern[str],
    starts: Iterable[int] | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of `ranged` at numbers (or at `starts`), or of `single` where the range is none
    (`_is_range`)."""
    positions = scan.numbers if starts is None else starts
    for match in filter(None, (ranged.match(scan.text, pos) for pos in positions)):
        if match["num2"] is not None and not _is_range(scan.text, match):
            match = single.match(scan.text, match.start())
            if match is None:
                continue
        yield match


# --- money ------------------------------------------------------------------------------------

_SYMBOL = alternation(n.CURRENCY_SYMBOLS)
# A scale joined to a word by a hyphen is no scale ("£5 m-long"), unless the word starts a
# rate: "£45 million-a-year", "£3bn-a-year".
_NOT_JOINED = r"(?!-(?!(?:a|an|per|each)-)[A-Za-z])"
_MONEY_AMOUNT = (
    rf"(?P<cur>{_SYMBOL})\s?(?P<num>{n.DIGITS})(?:\s?(?P<scale>{_SCALE})\b{_NOT_JOINED})?"
)
# "£150m-£165m", "£150m to £158m", "between £150 million and £158 million".
_MONEY_SYMBOL = re.compile(
    rf"{_MONEY_AMOUNT}(?:{_RANGE_SEP}(?:{_SYMBOL})?(?P<num2>{n.DIGITS})"
    rf"(?:\s?(?P<scale2>{_SCALE})\b{_NOT_JOINED})?)?"
    r"(?![\w%]|[.,]\d)"
)
_SYMBOL_START = re.compile(rf"(?={_SYMBOL})")
_MONEY_SYMBOL_SINGLE = re.compile(
    rf"{_MONEY_AMOUNT}(?P<num2>(?!)x)?(?P<scale2>(?!)x)?(?![\w%]|[.,]\d)"
)
# "6 pounds 50": the pence (or cents) after the currency word, unless they count something.
_SUBUNITS_AFTER = r"(?:\s+(?P<sub>\d{2})(?![\d%]|[.,]\d)(?:\s*(?:p|pence|cents?)\b)?)?"
# Currency words written apart from the amount; "p" and "c" only straight after digits.
_CURRENCY_WORD = alternation(w for w in n.CURRENCY_WORDS if w not in ("p", "c"))
_MONEY_WORD = re.compile(
    rf"(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE})\b)?\s+"
    rf"(?P<word>{_CURRENCY_WORD})\b{_SUBUNITS_AFTER}"
    rf"|(?P<pence>\d+(?:\.\d+)?)(?P<p>p|(?-i:c))\b(?![°.]\d)",
    _I,
)
_MONEY_WORD_SINGLE = re.compile(
    rf"(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE})\b)?\s+"
    rf"(?P<word>{_CURRENCY_WORD})\b"
    r"(?P<sub>(?!)x)?(?P<pence>(?!)x)?(?P<p>(?!)x)?",
    _I,
)
_MONEY_VAGUE = re.compile(
    rf"(?P<vague>{alternation(n.VAGUE_QUANTITIES)})\s+of\s+"
    rf"(?P<word>{_CURRENCY_WORD})\b",
    _I,
)


def _money(scan: Scan) -> Iterator[Figure]:
    """Amounts of money, and changes in money when a change verb leads in ("rose by £2bn")."""
    text = scan.text
    # Every sign is a start, so that "£40m" is found after "rose by £2m to" is not a range.
    signs = (m.start() for m in scan.at_words(_SYMBOL_START))
    for match in _ranged(scan, _MONEY_SYMBOL, _MONEY_SYMBOL_SINGLE, signs):
        currency = n.CURRENCY_SYMBOLS[match["cur"].upper()]
        scale2 = scale_of(match["scale2"])
        value = parse_number(match["num"]) * (scale_of(match["scale"]) or scale2 or 1.0)
        upper = parse_number(match["num2"]) * (scale2 or 1.0) if match["num2"] else None
        yield _money_figure(text, match, value, currency, upper)
    for match in scan.at_numbers(_MONEY_WORD):
        currency, unit = n.CURRENCY_WORDS[norm(match["word"] or match["p"])]
        value = parse_number(match["num"] or match["pence"]) * (scale_of(match["scale"]) or 1.0)
        if currency == n.CENTS:
            # Cents are hundredths of dollars, euros and others alike: the text does not say
            # which, so they are compared as cents ("25.73c" is "25.73 cents").
            yield _cents_figure(text, match, value)
            continue
        if match["sub"] and unit == 1.0 and not match["scale"]:
            if counted_noun(text, match.end("sub")) is None:
                yield _money_figure(text, match, value + int(match["sub"]) / 100, currency)
                continue
            match = _MONEY_WORD_SINGLE.match(text, match.start()) or match
        yield _money_figure(text, match, value * unit, currency)
    for match in scan.at_words(_MONEY_VAGUE):
        currency, unit = n.CURRENCY_WORDS[norm(match["word"])]
        if currency == n.CENTS:
            continue  # "dozens of cents" is no sum
        value = n.VAGUE_QUANTITIES[norm(match["vague"])] * unit
        yield figure_at(
            text, match.start(), match.end(), value, currency, MONEY, AT_LEAST, currency
        )


def _cents_figure(text: str, match: re.Match[str], value: float) -> Figure:
    return qualified_figure(text, match.start(), match.end(), value, n.CENTS, MONEY, n.CENTS)


def _change_noun_before(text: str, start: int) -> tuple[int, int] | None:
    """ "a rise of", "a cut of" right before `start`: (where it starts, the change's sign)."""
    found = _CHANGE_OF_BEFORE.search(text, max(0, start - 20), start)
    return (found.start(), direction_of(found["w"]) or 1) if found else None


def _money_figure(
    text: str, match: re.Match[str], value: float, currency: str, upper: float | None = None
) -> Figure:
    start, word = bound_before(text, match.start())
    bound = n.BOUNDS[word] if word else None
    change = _change_noun_before(text, start) or change_before(text, start)  # "a rise of £255"
    if change:
        start, sign = change
        upper = sign * upper if upper is not None else None
        return figure_at(
            text, start, match.end(), sign * value, currency, CHANGE, bound, currency, upper=upper
        )
    return figure_at(text, start, match.end(), value, currency, MONEY, bound, currency, upper=upper)


# --- percentages and multipliers --------------------------------------------------------------

_CHANGE_AFTER = alternation(
    n.INCREASE_NOUNS + n.DECREASE_NOUNS + n.INCREASE_COMPARATIVES + n.DECREASE_COMPARATIVES
)
_PERCENT_UNIT = (
    rf"(?:\s*(?P<pp>percentage[\s-]points?|percent(?:age)?\s+points?|ppts?|pp"
    rf"|(?P<bp>basis[\s-]points?|bps|bp))\b|(?P<pct>\s?%|\s*per\s?cent\b|\s+percent\b|\s*pct?\b))"
    rf"(?:[\s-]+(?P<noun>{_CHANGE_AFTER})\b)?"
)
_PERCENT = re.compile(
    rf"(?P<num>{_NUM})(?:(?P<sep_before>\s?%)?{_RANGE_SEP}(?P<num2>{_NUM}))?{_PERCENT_UNIT}", _I
)
# The same without a range, for where "X to Y" is two figures; its `num2` never matches.
_PERCENT_SINGLE = re.compile(rf"(?P<num>{_NUM})(?P<num2>(?!)x)?{_PERCENT_UNIT}", _I)
# Ranges whose unit follows the second number only, so that the first may share it.
_SHARED_UNIT = frozenset({_PERCENT})
# Bounds that, right after a change verb, name the level reached: "fell below 2%".
_LEVEL_BOUNDS = frozenset({"below", "above", "under", "over", "up to"})
_FOLD_WORD = alternation([*n.TENS, *n.SMALL_NUMBERS, "hundred", "thousand"])
_FOLD = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?|(?:{alternation(n.TENS)}-)?{_FOLD_WORD})[\s-]?fold\b"
    rf"(?:[\s-]+(?P<noun>{_CHANGE_NOUN})\b)?",
    _I,
)
_COMPARATIVE = (
    r"more|as|larger|bigger|higher|greater|faster|the|over|that|what|its|their|his|her|our|"
    r"this|these|those|smaller|lower|less|fewer|longer|stronger|"
    # "four times July's", "twice last year's": a multiple of a possessor's value
    r"(?:last\s+|this\s+)?[a-z][\w-]*['\u2019]s"
)
# "four times as many", "twice the"; "met four times" counts occasions and is no factor.
_TIMES = re.compile(rf"(?P<num>{_NUM})\s+(?P<times>times)\b(?P<cmp>\s+(?:{_COMPARATIVE})\b)?", _I)
_TWICE = re.compile(rf"(?P<num>twice|thrice)\b(?P<cmp>\s+(?:{_COMPARATIVE})\b)?", _I)
_GROWTH_VERB_BEFORE = re.compile(
    rf"\b(?:{alternation([*n.INCREASE_VERBS, 'multiplied', 'multiply'])})\s+(?:by\s+)?$", _I
)
_VERB_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MULTIPLY_WORD = re.compile(r"(?P<stem>doubl|tripl|trebl|quadrupl|halv)(?P<end>ed|ing|e)\b", _I)
# A bare "double" is a multiplier only as a verb: "will double", "double the number".
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|could|should|must|may|might|can|cannot)\s+$", _I)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|its|their|our|his|her)\b", _I)
_BY_HALF = re.compile(
    r"(?:fell|fallen|cut|dropped|declined|reduced|shrank|slashed)\s+(?:by|in)\s+(?:a\s+)?half\b", _I
)


def _percentages(scan: Scan) -> Iterator[Figure]:
    """Percentages, percentage points and the changes they describe."""
    text = scan.text
    for match in _ranged(scan, _PERCENT, _PERCENT_SINGLE):
        start, word = bound_before(text, match.start())
        bound = n.BOUNDS[word] if word else None
        direction = direction_of(match["noun"])
        if noun := _change_noun_before(text, start):
            start, direction = noun  # "a rise of 400%"
        # "fell below 2%" states a level; "fell by 2%" and "fell 2%" a change.
        if direction is None and (change := change_before(text, start, word not in _LEVEL_BOUNDS)):
            start, direction = change
        low = parse_number(match["num"])
        high = parse_number(match["num2"]) if match["num2"] else None
        end = match.end()
        if match["pp"]:
            scale = (0.01 if match["bp"] else 1.0) * (direction or 1)
            upper = high * scale if high else None
            yield figure_at(
                text, start, end, low * scale, "percentage_point", CHANGE, bound, upper=upper
            )
        elif direction is not None:
            factors = sorted(1 + direction * x / 100 for x in (low, high) if x is not None)
            upper = factors[1] if len(factors) > 1 else None
            bound = factor_bound(bound, factors[0])  # "fell by more than 20%": below ×0.8
            yield figure_at(text, start, end, factors[0], "factor", MULTIPLIER, bound, upper=upper)
        else:
            yield figure_at(text, start, end, low, "percent", LEVEL, bound, upper=high)


def _multipliers(scan: Scan) -> Iterator[Figure]:
    """Factors in words: "fourfold", "four times as many", "doubled", "halving"."""
    text = scan.text
    for match in scan.at_numbers(_FOLD):
        factor = parse_number(match["num"].replace("fold", ""))
        if direction_of(match["noun"]) == -1:
            factor = 1 / factor  # "a fourfold reduction"
        yield figure_at(text, match.start(), match.end(), factor, "factor", MULTIPLIER)
    for match in [*scan.at_numbers(_TIMES), *scan.at_words(_TWICE)]:
        start, end = match.start(), match.end("times" if match.re is _TIMES else "num")
        verb = _GROWTH_VERB_BEFORE.search(text, max(0, start - 25), start)
        # "1.6 times EBITDA" is a ratio; a whole "met four times" may count occasions.
        decimal = match.re is _TIMES and "." in match["num"]
        if match["cmp"] is None and not (verb and match.re is _TIMES) and not decimal:
            continue
        factor = {"twice": 2.0, "thrice": 3.0}.get(match["num"].lower()) or parse_number(
            match["num"]
        )
        if verb:
            yield figure_at(text, verb.start(), end, factor, "factor", MULTIPLIER)
            continue
        start, word = bound_before(text, start)  # "more than twice as much", "almost 3 times"
        bound = factor_bound(n.BOUNDS[word] if word else None, factor)
        yield figure_at(text, start, end, factor, "factor", MULTIPLIER, bound)
    for match in scan.at_words(_MULTIPLY_WORD):
        start = match.start()
        bare = match["end"].lower() == "e"
        if bare and not (
            _MODAL_BEFORE.search(text, max(0, start - 10), start)
            or _DETERMINER_AFTER.match(text, match.end())
        ):
            continue
        factor = _VERB_MULTIPLIERS[match["stem"].lower()]
        start, word = bound_before(text, start)  # "more than doubled", "nearly tripled"
        bound = factor_bound(n.BOUNDS[word] if word else None, factor)  # "more than halved"
        yield figure_at(text, start, match.end(), factor, "factor", MULTIPLIER, bound)
    for match in scan.at_words(_BY_HALF):
        yield figure_at(text, match.start(), match.end(), 0.5, "factor", MULTIPLIER)


# --- durations --------------------------------------------------------------------------------

_UNIT_FORMS = {
    **{unit: unit for unit in n.TIME_UNITS},
    **{unit + "s": unit for unit in n.TIME_UNITS},
    "centuries": "century",
    **n.TIME_ABBREVIATIONS,
}
_DURATION_UNIT = (
    # "13 consecutive quarters", "three straight months": an adjective of succession between.
    rf"(?:\s+(?:consecutive|straight|successive|full))?"
    rf"(?:\s+|-)(?P<unit>{alternation(_UNIT_FORMS)})\b(?:-(?:long|old)\b)?"
    # "ten-year Treasury yields", "two-year gilts": a bond's name, not a span of time
    r"(?!\s+(?:Treasur(?:y|ies)|gilts?|bonds?|notes?|Bunds?)\b)"
)
_DURATION = re.compile(rf"(?P<num>{_NUM})(?:{_RANGE_SEP}(?P<num2>{_NUM}))?{_DURATION_UNIT}", _I)
_DURATION_SINGLE = re.compile(rf"(?P<num>{_NUM})(?P<num2>(?!)x)?{_DURATION_UNIT}", _I)
_A_DURATION = re.compile(rf"(?P<num>an?)\s+(?P<unit>{alternation(_UNIT_FORMS)})\b", _I)
# Around "a week" or "one week", words that make it a span of time rather than an idiom.
_SPAN_BEFORE = re.compile(
    r"\b(?:for|within|in|over|after|than|about|nearly|almost|just|only|barely|some|another|"
    r"last|lasts|lasted|lasting|take|takes|took|taking)\s+$",
    _I,
)
_SPAN_AFTER = re.compile(r"\s+(?:after|before|later|earlier|long|ago|on)\b", _I)


# A number right before a bound's words ("260 more than", "12 fewer than") owns them.
_COUNT_BEFORE = re.compile(r"\d\s+$")


def _durations(scan: Scan) -> Iterator[Figure]:
    """Spans of time: "seven decades", "90-minute", "within five years", "one week after"."""
    text = scan.text
    for match in [*_ranged(scan, _DURATION, _DURATION_SINGLE), *scan.at_words(_A_DURATION)]:
        unit, factor = n.TIME_UNITS[_UNIT_FORMS[match["unit"].lower()]]
        start, word = bound_before(text, match.start(), within=True)
        if word == "over" or (word and _COUNT_BEFORE.search(text, 0, start)):
            # "spend €100bn over five years": during; "260 more than a year ago": the
            # comparison is the count's, not a bound of the span.
            start, word = match.start(), None
        if match["num"].lower() in n.SCALES:
            continue  # "several hundred years" is vague, not 100 years
        if match["num"].lower() in ("a", "an", "one"):
            # "One day, ..." and "a second time" are idioms; "one week after" is a duration.
            before = _SPAN_BEFORE.search(text, max(0, start - 12), start)
            if unit == "second" or not (word or before or _SPAN_AFTER.match(text, match.end())):
                continue
        value = 1.0 if match["num"].lower() in ("a", "an") else parse_number(match["num"])
        high = match.groupdict().get("num2")
        upper = parse_number(high) * factor if high else None
        bound = n.BOUNDS[word] if word else None
        if change := change_before(text, start, direct=False):
            # "fell by 14 weeks" is the size of a fall, not a span of 14 weeks.
            start, sign = change
            upper = sign * upper if upper is not None else None
            yield figure_at(
                text, start, match.end(), sign * value * factor, unit, CHANGE, bound, upper=upper
            )
            continue
        yield figure_at(
            text, start, match.end(), value * factor, unit, DURATION, bound, upper=upper
        )


# "children under 10", "people over 65": an age in years, as "under 10 years of age" is.
_AGE = re.compile(
    rf"\b(?:{alternation(n.AGE_NOUNS)})\s+(?:aged\s+)?(?P<w>under|over|below|above)\s+"
    rf"(?P<num>\d{{1,3}}){END}(?!\s*(?:%|per\s?cent|{alternation(_UNIT_FORMS)})\b)",
    _I,
)


def _ages(scan: Scan) -> Iterator[Figure]:
    """Ages given without a unit after words for people: a duration in years with its bound."""
    text = scan.text
    for match in scan.at_words(_AGE):
        bound = n.BOUNDS[match["w"].lower()]
        value = parse_number(match["num"])
        yield figure_at(text, match.start("w"), match.end("num"), value, "year", DURATION, bound)


# --- counts -----------------------------------------------------------------------------------

# "m" for million only before what it counts: "1.2m vacancies" (a bare "10m" may be metres).
_COUNT_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b|(?P<m>m)\b)?"
_COUNT = re.compile(
    rf"(?P<num>{_NUM}){_COUNT_SCALE}(?:{_RANGE_SEP}(?P<num2>{_NUM}))?{END}",
    _I,
)
_COUNT_SINGLE = re.compile(rf"(?P<num>{_NUM}){_COUNT_SCALE}(?P<num2>(?!)x)?{END}", _I)
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|a)\s+(?:in|out\s+of)\s+$", _I)
# A number that may be a year: four digits, no separator.
_YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")
_VAGUE = re.compile(rf"(?P<vague>{alternation(n.VAGUE_QUANTITIES)})\b(?:\s+(?:of|more)\b)?", _I)


def _counts(scan: Scan) -> Iterator[Figure]:
    """Counted things: "300 submissions", "twelve finalists", "dozens of military chiefs"."""
    text = scan.text
    for match in _ranged(scan, _COUNT, _COUNT_SINGLE):
        scale = 1e6 if match["m"] else scale_of(match["scale"]) or 1.0
        value = parse_number(match["num"]) * scale
        noun = counted_noun(text, match.end())
        if (match["m"] and not noun) or match["num"].lower() in n.SCALES:
            continue  # a bare "10m" may be metres; "several hundred people" is vague
        start, word = bound_before(text, match.start())
        # A bare number is a figure only when written as one: "1,234", "3 million", "over 30".
        written = match["scale"] or word or re.search(r"\d[, ]\d", match["num"])
        if value == 1 or not (noun or written):
            continue
        if _RATIO_BEFORE.search(text, max(0, start - 12), start):
            continue  # "1 in 10 adults" is a proportion, not ten adults
        if (
            noun
            and _YEAR_NUMBER.fullmatch(match["num"])
            and text[match.end() :].lstrip()[:1].isupper()
        ):
            continue  # "the 2026 Schools' Count", "the 2024 Olympics": a year in a name
        unit, end = noun or ("", match.end())
        if _LENGTH_MODIFIER.search(text, match.end(), end):
            end = match.end()  # "822 twelve-hour shifts": the length is a figure of its own
        upper = parse_number(match["num2"]) * scale if match["num2"] else None
        if upper is not None and upper <= value:
            continue  # "won 3-1" is a score
        bound = n.BOUNDS[word] if word else None
        yield figure_at(text, start, end, value, unit, COUNT, bound, upper=upper)
    for match in scan.at_words(_VAGUE):
        unit, end = counted_noun(text, match.end()) or ("", match.end("vague"))
        value = n.VAGUE_QUANTITIES[norm(match["vague"])]
        yield figure_at(text, match.start(), end, value, unit, COUNT, AT_LEAST)


# A length that modifies the things counted: "twelve-hour" of "822 twelve-hour ambulance shifts".
_LENGTH_MODIFIER = re.compile(
    r"\b[\w]+-(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE
)


# Most specific first: a date's day is not a count, the "2.5" of "2.5%" is not a count.
_RULES: list[Callable[[Scan], Iterator[Figure]]] = [
    find_tallies,
    find_clock_durations,  # before find_dates and _counts read parts of "00:08:12"
    find_spoken_times,  # before a weekday or month alone, "the second" or "twenty" are read
    find_dates,
    find_proportions,
    find_compound_money,  # before _money reads "£40" of "£40-million"
    _money,
    _percentages,
    find_speeds,
    find_area_rates,  # before find_physical and _counts read "7.6 tonnes" of "7.6 t/ha"
    find_physical,
    find_population_rates,  # before _counts reads "10,000 adults" of "27.9 per 10,000 adults"
    find_rate_points,
    _multipliers,
    find_half_durations,  # before _durations: the "half years" of "nine and a half years"
    find_one_unit_parts,
    _durations,
    _ages,
    find_years,
    find_listed_counts,
    find_changed_counts,  # before _counts: "rose by 1,140" is a change, not a count of 1,140
    _counts,
]


def find_figures(text: str) -> list[Figure]:
    """All figures in normalised `text`, sorted by start and never overlapping.

    Offsets index `text`, and each Figure's `text` is `text[start:end]`.
    """
    scan = Scan.of(text)
    # Kept sorted by start; being disjoint, only the last one starting before a new figure's
    # end can overlap it.
    taken: list[Figure] = []
    starts: list[int] = []
    for rule in _RULES:
        for figure in rule(scan):
            at = bisect_left(starts, figure.end)
            if at and taken[at - 1].end > figure.start:
                continue
            taken.insert(at, figure)
            starts.insert(at, figure.start)
    taken = merge_compound_durations(scan.text, taken)
    taken = unit_for_bracketed_levels(scan.text, taken)
    taken = read_bracketed_changes(scan.text, taken)
    taken = name_levels(scan, refer_back(scan, taken))
    # Rules saw masked text; report the text as given.
    return [replace(f, text=text[f.start : f.end]) for f in taken]


def __getattr__(name: str) -> object:
    """`make_figure_finder`, the spaCy factory the package's entry point names
    (`newsverify.figures:make_figure_finder`), imported with spaCy only when asked for."""
    if name == "make_figure_finder":
        from .figure_component import make_figure_finder

        return make_figure_finder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
