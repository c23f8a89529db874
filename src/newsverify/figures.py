"""Find checkable figures in normalised text: percentages, changes, money, counts, time.

`find_figures` is a pure function over text; `FigureFinder` is the spaCy component that puts
its results in `doc.spans` with the parsed `Figure` on `Span._.newsverify_figure`.

Extraction is rule-based. Text that cannot hold a figure (URLs, phone numbers, page and
article numbers, street addresses) is masked first; then rules run from the most specific
(dates, money) to the most general (counts), and a match is kept only when it does not
overlap a figure an earlier rule already found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsverify import numbers as n
from newsverify.numbers import alternation, is_plural, parse_number, singular
from newsverify.records import (
    AT_LEAST,
    CHANGE,
    COUNT,
    DATE,
    DURATION,
    LEVEL,
    MONEY,
    MULTIPLIER,
    YEAR,
    DateParts,
    Figure,
)

_I = re.IGNORECASE

# --- shared pieces ----------------------------------------------------------------------------

# A number must not continue a word, code, URL, decimal or range: "G7", "F-35", "news_2374".
_START = r"(?<![\w.,:/$£€¥#@-])"
# ...nor run on into letters, digits or a percent sign: "A400M", "10:30", "5%".
_END = r"(?![\w%]|[.,:/]\d)"
_NUM = rf"(?:{n.DIGITS}|{n.WORD_NUMBER})"
_BOUND = rf"(?:\b(?P<bound>{alternation(b for b in n.BOUNDS if b != 'within')})\s+)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_CHANGE_NOUN = alternation(n.INCREASE_NOUNS + n.DECREASE_NOUNS)
_COUNT_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b)?"

# --- masks: regions where numbers are not figures ---------------------------------------------

_MASKS = [
    # URLs and e-mail addresses carry ids and dates that are not claims.
    re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+/\S+/\S+|\S+\.(?:html?|php|aspx?|pdf)\b"),
    # Phone numbers: an international prefix, a leading zero or US-style groups.
    re.compile(
        r"(?<![\w.,])(?:\+\d{1,3}[ .-]?(?:\(\d+\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}"
        r"|\(?0\d{2,4}\)?[ .-]\d{3,4}[ .-]?\d{3,4}|\(\d{3}\) ?\d{3}-\d{4}|\d{3}[.-]\d{3}[.-]\d{4})"
        r"(?!\w)"
    ),
    # Labels with a number: "page 4", "p. 12", "Article 5", "phase two".
    re.compile(
        rf"\b(?:{alternation(n.LABEL_WORDS)})\.?\s*#?\s*(?:\d[\w.,-]*|{n.WORD_NUMBER})", _I
    ),
    # "No. 10", "Number 10": Downing Street, not a figure.
    re.compile(rf"\b(?:No\.?|Nos\.?|Number)\s*(?:\d+|{n.WORD_NUMBER})"),
    # Street addresses: "10 Downing Street", "1600 Pennsylvania Avenue".
    re.compile(rf"\b\d{{1,5}}[A-Za-z]?(?:\s+[A-Z][a-z]+){{0,3}}\s+{alternation(n.STREET_WORDS)}\b"),
    # Clock times: "10:30", "9am", "6.30pm".
    re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)(?!\w)|\b\d{1,2}:\d\d\b", _I),
]


def _mask(text: str) -> str:
    """`text` with non-figure regions blanked out, keeping every offset."""
    chars = list(text)
    for pattern in _MASKS:
        for match in pattern.finditer(text):
            chars[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


# --- dates ------------------------------------------------------------------------------------

_FULL_MONTHS = [m for m in n.MONTHS if len(m) > 4 or m in ("May", "June", "July")]
_ABBR_MONTHS = [m for m in n.MONTHS if m not in _FULL_MONTHS]
_MONTH = rf"(?:{alternation(_FULL_MONTHS)}\b|{alternation(_ABBR_MONTHS)}\b\.?)"
_FULL_WEEKDAY = alternation(w for w in n.WEEKDAYS if w.endswith("day"))
# An optional weekday before a date: "Monday 9 June", "Thursday (5 June 2025)".
_WEEKDAY_PRE = rf"(?:\b(?P<weekday>{_FULL_WEEKDAY}),?\s+(?:(?P<paren>\()\s*)?)?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
_DATE_YEAR = rf"(?:,?\s+\[?(?P<year>{_YEAR})\]?(?!\d))?"
_CLOSE = r"(?(paren)\s*\))"
_DATE_DMY = re.compile(
    rf"{_WEEKDAY_PRE}{_START}(?P<day>{_DAY})(?:\s+(?:of\s+)?(?P<month1>{_MONTH}))?"
    rf"(?:\s*(?:-|to|and|&)\s*(?P<end_day>{_DAY}))?\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"{_DATE_YEAR}{_CLOSE}"
)
_DATE_MDY = re.compile(
    rf"{_WEEKDAY_PRE}(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
    rf"(?:\s*(?:-|to|and|&)\s*(?P<end_day>{_DAY}))?{_DATE_YEAR}{_CLOSE}(?![\w%])"
)
_DATE_MY = re.compile(rf"\b(?P<month>{_MONTH}),?\s+\[?(?P<year>{_YEAR})\]?(?!\d)")
# A lone month: "In February", "a June address"; May and March also need a cue word.
_MONTH_CUE = rf"(?:\b(?:{alternation(n.MONTH_CUES)}|{alternation(m.title() for m in n.MONTH_CUES)})\s+)"
_DATE_MONTH = re.compile(rf"(?P<cue>{_MONTH_CUE}(?:mid-|early\s+|late\s+)?)?\b(?P<month>{alternation(_FULL_MONTHS)})\b")
_DATE_WEEKDAY = re.compile(rf"\b(?P<weekday>{_FULL_WEEKDAY})\b")


def _date_figure(match: re.Match[str], start: int) -> Figure | None:
    """A date figure from a date match, or None for an impossible day."""
    groups = match.groupdict()

    def number(name: str) -> int | None:
        value = groups.get(name)
        return int(value.rstrip("stndrh")) if value else None

    def month(name: str) -> int | None:
        value = groups.get(name)
        return n.MONTHS[value.rstrip(".")] if value else None

    day, end_day, year = number("day"), number("end_day"), number("year")
    if any(d is not None and not 1 <= d <= 31 for d in (day, end_day)):
        return None
    first_month = month("month1")
    parts = DateParts(
        year=year,
        month=first_month or month("month"),
        day=day,
        weekday=n.WEEKDAYS[groups["weekday"]] if groups.get("weekday") else None,
        end_month=month("month") if first_month else None,
        end_day=end_day,
    )
    upper = None
    if end_day is not None:
        upper = float((year or 0) * 10000 + (parts.end_month or parts.month or 0) * 100 + end_day)
    value = None
    if parts.month is not None or year is not None:
        value = float((year or 0) * 10000 + (parts.month or 0) * 100 + (day or 0))
    return _figure(match, start, match.end(), value, "date", DATE, upper=upper, date=parts)


def _dates(text: str) -> Iterator[Figure]:
    """Full and partial dates, most complete forms first."""
    for pattern in (_DATE_DMY, _DATE_MDY, _DATE_MY):
        for match in pattern.finditer(text):
            # "in March 2 people died": a day that counts something is no day.
            if pattern is _DATE_MDY and not match["year"] and _counted_noun(text, match.end(), 1):
                continue
            if figure := _date_figure(match, match.start()):
                yield figure
    for match in _DATE_MONTH.finditer(text):
        # "May" and "March" are everyday words unless a preposition introduces them.
        if match["month"] not in n.AMBIGUOUS_MONTHS or match["cue"]:
            yield _date_figure(match, match.start("month"))  # type: ignore[misc]
    for match in _DATE_WEEKDAY.finditer(text):
        yield _date_figure(match, match.start())  # type: ignore[misc]


# --- years ------------------------------------------------------------------------------------

_YEAR_RANGE = re.compile(
    rf"(?:\b(?P<pre>from|between)\s+)?{_START}(?P<y1>{_YEAR})\s*(?P<sep>-|to|and|until|through)\s*"
    rf"(?P<y2>{_YEAR}|\d\d){_END}",
    _I,
)
_YEAR_SINGLE = re.compile(
    rf"(?:\b(?P<bound>{alternation(n.YEAR_BOUNDS)})\s+)?\[?{_START}(?P<year>{_YEAR})\]?{_END}", _I
)


def _years(text: str) -> Iterator[Figure]:
    """Year ranges ("2027-2030"), deadlines ("by 2027") and plain years ("in 2024")."""
    for match in _YEAR_RANGE.finditer(text):
        first, second = int(match["y1"]), match["y2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        # "2025 and 2030" is two years unless "between" makes it a range.
        if last > first and (match["sep"].lower() != "and" or match["pre"]):
            yield _figure(match, match.start("y1"), match.end(), first, "year", YEAR, upper=last)
    for match in _YEAR_SINGLE.finditer(text):
        # "2000 people" is a count, not a year.
        if not match["bound"] and _counted_noun(text, match.end(), max_words=1):
            continue
        bound = n.YEAR_BOUNDS[_norm(match["bound"])] if match["bound"] else None
        yield _figure(match, match.start(), match.end(), int(match["year"]), "year", YEAR, bound)


# --- money ------------------------------------------------------------------------------------

_SYMBOL = alternation(n.CURRENCY_SYMBOLS)
_SCALE = alternation(n.SCALE_SUFFIXES)
_MONEY_SYMBOL = re.compile(
    rf"{_BOUND}(?<![\w$£€¥₹₽₩])(?P<cur>{_SYMBOL})\s?(?P<num>{n.DIGITS})(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?-\s?(?:{_SYMBOL})?(?P<num2>{n.DIGITS})(?:\s?(?P<scale2>{_SCALE})\b)?)?(?![\w%]|[.,]\d)",
    _I,
)
_MONEY_WORD = re.compile(
    rf"{_BOUND}{_START}(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE})\b)?\s+"
    rf"(?P<word>{alternation(w for w in n.CURRENCY_WORDS if w != 'p')})\b",
    _I,
)
_PENCE = re.compile(rf"{_BOUND}{_START}(?P<num>\d+(?:\.\d+)?)(?P<word>p)\b")
_MONEY_VAGUE = re.compile(
    rf"\b(?P<vague>{alternation(n.VAGUE_QUANTITIES)})\s+of\s+(?P<word>{alternation(n.CURRENCY_WORDS)})\b",
    _I,
)


def _money(text: str) -> Iterator[Figure]:
    """Amounts of money, and changes in money when a change verb leads in ("rose by £2bn")."""
    for match in _MONEY_SYMBOL.finditer(text):
        currency = n.CURRENCY_SYMBOLS[match["cur"].upper()]
        scale2 = _scale(match["scale2"])
        value = parse_number(match["num"]) * (_scale(match["scale"]) or scale2 or 1.0)
        upper = parse_number(match["num2"]) * (scale2 or 1.0) if match["num2"] else None
        yield _money_figure(text, match, value, currency, upper)
    for match in (*_MONEY_WORD.finditer(text), *_PENCE.finditer(text)):
        currency, unit = n.CURRENCY_WORDS[_norm(match["word"])]
        scale = _scale(match.groupdict().get("scale"))
        yield _money_figure(text, match, parse_number(match["num"]) * (scale or 1.0) * unit, currency)
    for match in _MONEY_VAGUE.finditer(text):
        currency, unit = n.CURRENCY_WORDS[_norm(match["word"])]
        value = n.VAGUE_QUANTITIES[_norm(match["vague"])] * unit
        yield _figure(match, match.start(), match.end(), value, currency, MONEY, AT_LEAST, currency)


def _money_figure(
    text: str, match: re.Match[str], value: float, currency: str, upper: float | None = None
) -> Figure:
    start = match.start()
    change = _change_before(text, start)
    if change is None:
        return _figure(match, start, match.end(), value, currency, MONEY, upper=upper, currency=currency)
    start, sign = change
    return _figure(match, start, match.end(), sign * value, currency, CHANGE, currency=currency)


# --- percentages and changes ------------------------------------------------------------------

_PERCENT = re.compile(
    rf"(?:\b(?P<pre>{_CHANGE_NOUN})s?\s+of\s+)?{_BOUND}{_START}(?P<num>{_NUM})"
    rf"(?:\s*-\s*(?P<num2>{_NUM}))?"
    rf"(?:\s*(?P<pp>percentage[\s-]points?|percent(?:age)?\s+points?|ppts?|pp"
    rf"|(?P<bp>basis[\s-]points?|bps|bp))\b|(?P<pct>\s?%|\s*per\s?cent\b|\s+percent\b|\s+pct?\b))"
    rf"(?:[\s-]+(?P<noun>{_CHANGE_NOUN})\b)?",
    _I,
)
_FOLD_WORD = rf"(?:{alternation(n.TENS)}-?{alternation(n.SMALL_NUMBERS)}|{alternation([*n.TENS, *n.SMALL_NUMBERS, 'hundred', 'thousand'])})"
_FOLD = re.compile(
    rf"{_BOUND}{_START}(?P<num>\d+(?:\.\d+)?|\b{_FOLD_WORD})[\s-]?fold\b"
    rf"(?:[\s-]+(?P<noun>{_CHANGE_NOUN})\b)?",
    _I,
)
_COMPARATIVE = (
    r"more|as|larger|bigger|higher|greater|faster|the|over|that|what|its|their|his|her|our|"
    r"this|these|those|smaller|lower|less|fewer|longer|stronger"
)
# "four times as many", "increase four times"; not "met four times" (occasions).
_TIMES = re.compile(
    rf"(?:\b(?P<verb>{alternation([*n.INCREASE_VERBS, 'multiplied', 'multiply', 'expand'])})\s+(?:by\s+)?)?"
    rf"{_BOUND}{_START}(?:(?P<num>{_NUM})\s+times|(?P<twice>twice|thrice))\b"
    rf"(?P<cmp>(?=\s+(?:{_COMPARATIVE})\b))?",
    _I,
)
_VERB_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MULTIPLY_WORD = re.compile(
    r"\b(?P<word>(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|ing))\b"
    r"|\b(?:to|will|would|could|should|must|may|might|can|cannot|'ll)\s+"
    r"(?P<base>(?:doubl|tripl|trebl|quadrupl|halv)e)\b"
    r"|\b(?P<the>(?:doubl|tripl|trebl|quadrupl)e)(?=\s+(?:the|its|their|our|his|her)\b)"
    r"|\b(?P<half>(?:fell|fallen|cut|dropped|declined|reduced|shrank|slashed)\s+(?:by|in)\s+(?:a\s+)?half)\b",
    _I,
)


# Bounds that, right after a change verb, name the level reached: "fell below 2%".
_LEVEL_BOUNDS = frozenset({"below", "above", "under", "over", "up to"})


def _percentages(text: str) -> Iterator[Figure]:
    """Percentages, percentage points and the changes they describe."""
    for match in _PERCENT.finditer(text):
        start = match.start()
        direction = _direction(match["pre"] or match["noun"])
        # "fell below 2%" states a level; "fell by 2%" and "fell 2%" a change.
        direct = _norm(match["bound"] or "") not in _LEVEL_BOUNDS
        if direction is None and (change := _change_before(text, start, direct)):
            start, direction = change
        low = parse_number(match["num"])
        high = parse_number(match["num2"]) if match["num2"] else None
        if match["pp"]:
            scale = 0.01 if match["bp"] else 1.0
            sign = direction or 1
            value, upper = sign * low * scale, (sign * high * scale if high else None)
            yield _figure(match, start, match.end(), value, "percentage_point", CHANGE, upper=upper)
        elif direction is not None:
            factors = sorted(1 + direction * x / 100 for x in (low, high) if x is not None)
            upper = factors[1] if len(factors) > 1 else None
            yield _figure(match, start, match.end(), factors[0], "factor", MULTIPLIER, upper=upper)
        else:
            yield _figure(match, start, match.end(), low, "percent", LEVEL, upper=high)


def _multipliers(text: str) -> Iterator[Figure]:
    """Factors in words: "fourfold", "four times as many", "doubled", "halving"."""
    for match in _FOLD.finditer(text):
        factor = parse_number(match["num"])
        if _direction(match["noun"]) == -1:
            factor = 1 / factor
        yield _figure(match, match.start(), match.end(), factor, "factor", MULTIPLIER)
    for match in _TIMES.finditer(text):
        if match["cmp"] is None and not (match["verb"] and match["num"]):
            continue
        factor = parse_number(match["num"]) if match["num"] else 2.0 + (match["twice"] == "thrice")
        start = match.start() if match["verb"] else match.start("num") if match["num"] else match.start("twice")
        if match["bound"] and not match["verb"]:
            start = match.start("bound")
        yield _figure(match, start, match.end(), factor, "factor", MULTIPLIER)
    for match in _MULTIPLY_WORD.finditer(text):
        group = next(g for g in ("word", "base", "the", "half") if match[g])
        stem = match[group].lower()
        factor = 0.5 if group == "half" else next(v for k, v in _VERB_MULTIPLIERS.items() if stem.startswith(k))
        yield _figure(match, match.start(group), match.end(group), factor, "factor", MULTIPLIER)


# --- durations --------------------------------------------------------------------------------

_UNIT_FORMS = {
    **{unit: unit for unit in n.TIME_UNITS},
    **{unit + "s": unit for unit in n.TIME_UNITS},
    "centuries": "century",
}
_DURATION = re.compile(
    rf"(?:\b(?P<bound>{alternation(n.BOUNDS)})\s+)?{_START}(?P<num>{_NUM}|\ban?)(?:\s+|-)"
    rf"(?P<unit>{alternation(_UNIT_FORMS)})\b(?:-(?:long|old)\b)?",
    _I,
)
# Around "a week"/"one week", words that make it a span of time rather than an idiom.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|within|in|over|after|than|about|nearly|almost|just|only|barely|some|another)\s+$", _I
)
_DURATION_AFTER = re.compile(r"\s+(?:after|before|later|earlier|long|ago|on)\b", _I)


def _durations(text: str) -> Iterator[Figure]:
    """Spans of time: "seven decades", "90-minute", "within five years", "one week after"."""
    for match in _DURATION.finditer(text):
        unit, factor = n.TIME_UNITS[_UNIT_FORMS[match["unit"].lower()]]
        word = match["num"].lower()
        if word in ("a", "an", "one"):
            # "One day, ..." and "a second time" are idioms; "one week after" is a duration.
            before = _DURATION_BEFORE.search(text, max(0, match.start() - 20), match.start())
            after = _DURATION_AFTER.match(text, match.end())
            if unit == "second" or not (before or after or match["bound"]):
                continue
            value = 1.0
        else:
            value = parse_number(match["num"])
        bound = n.BOUNDS[_norm(match["bound"])] if match["bound"] else None
        yield _figure(match, match.start(), match.end(), value * factor, unit, DURATION, bound)


# --- counts -----------------------------------------------------------------------------------

_COUNT = re.compile(
    rf"{_BOUND}{_START}(?P<num>{_NUM}){_COUNT_SCALE}(?:\s*-\s*(?P<num2>{_NUM}))?{_END}", _I
)
_VAGUE = re.compile(rf"\b(?P<vague>{alternation(n.VAGUE_QUANTITIES)})\b(?:\s+(?:of|more)\b)?", _I)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z](?:[A-Za-z'-]*[A-Za-z])?)")


def _counted_noun(text: str, pos: int, max_words: int = 4) -> tuple[str, int] | None:
    """The plural noun a number counts, within a few words after `pos`, and where it ends."""
    found = None
    for _ in range(max_words):
        match = _NEXT_WORD.match(text, pos)
        if not match or match[1].lower() in n.NOT_NOUNS:
            break
        if is_plural(match[1]):
            found = singular(match[1]), match.end()
            # "police vehicles": an irregular plural may be a modifier of the next noun.
            if match[1].lower() not in n.IRREGULAR_PLURALS:
                break
        elif found:
            break
        pos = match.end()
    return found


def _counts(text: str) -> Iterator[Figure]:
    """Counted things: "300 submissions", "twelve finalists", "dozens of military chiefs"."""
    for match in _COUNT.finditer(text):
        value = parse_number(match["num"]) * (_scale(match["scale"]) or 1.0)
        noun = _counted_noun(text, match.end())
        # A bare number is a figure only when written as one: "1,234", "3 million", "over 30".
        written = match["scale"] or match["bound"] or re.search(r"\d[, ]\d", match["num"])
        if value == 1 or not (noun or written):
            continue
        unit, end = noun or ("", match.end())
        upper = parse_number(match["num2"]) * (_scale(match["scale"]) or 1.0) if match["num2"] else None
        bound = n.BOUNDS[_norm(match["bound"])] if match["bound"] else None
        yield _figure(match, match.start(), end, value, unit, COUNT, bound, upper=upper)
    for match in _VAGUE.finditer(text):
        unit, end = _counted_noun(text, match.end()) or ("", match.end("vague"))
        value = n.VAGUE_QUANTITIES[_norm(match["vague"])]
        yield _figure(match, match.start(), end, value, unit, COUNT, AT_LEAST)


# --- helpers ----------------------------------------------------------------------------------

_WORDS_BEFORE = re.compile(r"((?:[A-Za-z'-]+\s+){1,6})$")


def _change_before(text: str, start: int, direct: bool = True) -> tuple[int, int] | None:
    """A change verb right before `start` ("rose 20%", "cut rates by 25bp"): (its start, sign).

    "rose to 5%" is a level, so only a verb directly before the figure or before "by" counts.
    """
    window_start = max(0, start - 80)
    match = _WORDS_BEFORE.search(text, window_start, start)
    if not match:
        return None
    words = list(re.finditer(r"[A-Za-z'-]+", match[1]))
    candidates = words[-1:] if direct else []
    if words[-1][0].lower() == "by":
        candidates = list(reversed(words[:-1]))[:5]
    for word in candidates:
        sign = _direction(word[0])
        if sign is not None:
            return match.start(1) + word.start(), sign
    return None


def _direction(word: str | None) -> int | None:
    """+1 for a word of increase, -1 for one of decrease, None otherwise."""
    if not word:
        return None
    lower = word.lower()
    if lower in n.INCREASE_VERBS or lower in n.INCREASE_NOUNS:
        return 1
    if lower in n.DECREASE_VERBS or lower in n.DECREASE_NOUNS:
        return -1
    return None


def _scale(word: str | None) -> float | None:
    return n.SCALE_SUFFIXES[word.lower()] if word else None


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _figure(
    match: re.Match[str],
    start: int,
    end: int,
    value: float | None,
    unit: str,
    kind: str,
    bound: str | None = None,
    currency: str | None = None,
    *,
    upper: float | None = None,
    date: DateParts | None = None,
) -> Figure:
    """A Figure over `[start, end)`, widened to a leading bound word when the match has one."""
    if "bound" in match.re.groupindex and match["bound"]:
        start = min(start, match.start("bound"))
        bound = bound or n.BOUNDS.get(_norm(match["bound"]))
    text = match.string[start:end]
    value = float(value) if value is not None else None
    upper = float(upper) if upper is not None else None
    return Figure(start, end, text, value, unit, kind, currency, bound, upper, date)


# Most specific first: a date's day is not a count, a percentage in "£2bn" is not a year.
_RULES: list[Callable[[str], Iterator[Figure]]] = [
    _dates,
    _money,
    _percentages,
    _multipliers,
    _durations,
    _years,
    _counts,
]


def find_figures(text: str) -> list[Figure]:
    """All figures in normalised `text`, sorted by start and never overlapping.

    Offsets index `text`; each Figure's `text` is `text[start:end]`.
    """
    masked = _mask(text)
    taken: list[Figure] = []
    for rule in _RULES:
        for figure in rule(masked):
            if not any(figure.start < t.end and t.start < figure.end for t in taken):
                taken.append(figure)
    taken.sort(key=lambda figure: figure.start)
    return [_with_text(figure, text) for figure in taken]


def _with_text(figure: Figure, text: str) -> Figure:
    """Rules see masked text; the reported text comes from the original."""
    return replace(figure, text=text[figure.start : figure.end])


# --- spaCy component --------------------------------------------------------------------------

if not Span.has_extension("newsverify_figure"):
    Span.set_extension("newsverify_figure", default=None)


class FigureFinder:
    """Puts the figures of a Doc in `doc.spans[spans_key]`, each with `span._.newsverify_figure`."""

    def __init__(self, nlp: Language, name: str = "newsverify_figures", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, find_figures(doc.text))
        return doc

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        """Write `figures` to the Doc as spans carrying their parsed Figure."""
        spans = []
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None:
                continue
            span._.newsverify_figure = figure
            spans.append(span)
        doc.spans[self.spans_key] = spans


@Language.factory(
    "newsverify_figures",
    assigns=["doc.spans"],
    default_config={"spans_key": "newsverify_figures"},
)
def make_figure_finder(nlp: Language, name: str, *, spans_key: str) -> FigureFinder:
    """Create the figure finder; spans go to `doc.spans[spans_key]`."""
    return FigureFinder(nlp, name, spans_key=spans_key)
