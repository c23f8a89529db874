"""Word lists and number parsing for figure extraction.

Everything here is data or a small pure helper; the rules that use it live in `figures`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsverify.records import ABOUT, AT_LEAST, AT_MOST, LESS_THAN, MORE_THAN

# --- number words ---------------------------------------------------------------------------

SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    word: 10 * value
    for value, word in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2
    )
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Suffixes written straight after digits ("£2.2bn", "€40m"); "m" only ever next to money.
SCALE_SUFFIXES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "t": 1e12,
    "trn": 1e12,
    "trillion": 1e12,
}
# Plural scale words used as vague quantities: "dozens of chiefs" is at least two dozen.
VAGUE_QUANTITIES = {
    "dozens": 24.0,
    "scores": 40.0,
    "hundreds": 200.0,
    "thousands": 2e3,
    "tens of thousands": 2e4,
    "hundreds of thousands": 2e5,
    "millions": 2e6,
    "tens of millions": 2e7,
    "hundreds of millions": 2e8,
    "billions": 2e9,
}
# Fraction words and their denominators: "a third", "two-thirds", "three-quarters", "half".
FRACTION_WORDS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
# Number words that take "a": "a dozen", "a hundred".
A_QUANTITIES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}

# --- bounds -----------------------------------------------------------------------------------

BOUNDS = {
    "about": ABOUT,
    "around": ABOUT,
    "roughly": ABOUT,
    "approximately": ABOUT,
    "approx.": ABOUT,
    "some": ABOUT,
    "nearly": ABOUT,
    "almost": ABOUT,
    "close to": ABOUT,
    "an estimated": ABOUT,
    "estimated": ABOUT,
    "more than": MORE_THAN,
    "over": MORE_THAN,
    "above": MORE_THAN,
    "just over": MORE_THAN,
    "upwards of": MORE_THAN,
    "in excess of": MORE_THAN,
    "less than": LESS_THAN,
    "fewer than": LESS_THAN,
    "under": LESS_THAN,
    "below": LESS_THAN,
    "just under": LESS_THAN,
    "at least": AT_LEAST,
    "no fewer than": AT_LEAST,
    "no less than": AT_LEAST,
    "at most": AT_MOST,
    "up to": AT_MOST,
    "no more than": AT_MOST,
    "as many as": AT_MOST,
    "within": AT_MOST,  # only used before durations: "within five years"
}
# Words before a year that make it a deadline or a limit.
YEAR_BOUNDS = {
    "by": AT_MOST,
    "by the end of": AT_MOST,
    "by end of": AT_MOST,
    "no later than": AT_MOST,
    "until": AT_MOST,
    "before": LESS_THAN,
    "after": MORE_THAN,
}

# --- changes ----------------------------------------------------------------------------------

INCREASE_VERBS = (
    "rose rise rises rising risen increased increase increases increasing grew grow grows "
    "growing grown climbed climb climbs jumped jump jumps surged surge soared soar gained "
    "gain boosted boost raised raise raising lifted lift hiked hike expanded rallied "
    "advanced spiked widened widen widens rocketed rocketing rockets soaring soars surging "
    "surges jumping climbing up"
).split()
DECREASE_VERBS = (
    "fell fall falls falling fallen dropped drop drops declined decline declines decreased "
    "decrease decreases decreasing shrank shrunk shrink slumped slump plunged plunge "
    "tumbled slid slipped sank shed eased dipped cut cuts cutting slashed reduced reduce "
    "reducing lowered trimmed trim trims narrowed narrows plummeted plummeting plummets "
    "plunging slumping tumbling sliding dipping sinking down"
).split()
# Verbs that take an object: right before a figure they do not make it a change.
TRANSITIVE_VERBS = frozenset("raise raised raises raising".split())
# Verbs whose "up" is no rise: "Tax receipts made up £58.9bn of the total", "took up 40%".
PHRASAL_UP_VERBS = frozenset(
    """make makes made making take takes took taken taking set sets setting sign signs signed
    signing sum sums summed summing give gives gave given giving end ends ended ending
    open opens opened opening""".split()
)
INCREASE_NOUNS = "increase rise boost jump hike gain growth surge uplift expansion".split()
DECREASE_NOUNS = "cut drop decrease fall decline reduction slump contraction loss".split()
# Comparatives after a percentage: "20% higher" is x1.2, "20% cheaper" x0.8.
INCREASE_COMPARATIVES = "higher more larger bigger greater dearer".split()
DECREASE_COMPARATIVES = "lower less smaller fewer cheaper".split()

# --- time -------------------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
# Month names that are also everyday words; alone they need a preposition before them.
AMBIGUOUS_MONTHS = frozenset({"May", "March"})
# Words after which a lone month name is a date: "In February", "since June".
MONTH_CUES = (
    "in since until till by from during early late mid last next this of through before "
    "after between and to on"
).split()
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("Monday", "Mon"),
            ("Tuesday", "Tue", "Tues"),
            ("Wednesday", "Wed"),
            ("Thursday", "Thu", "Thur", "Thurs"),
            ("Friday", "Fri"),
            ("Saturday", "Sat"),
            ("Sunday", "Sun"),
        ]
    )
    for name in names
}
# Duration units: word -> (unit, factor); decades are counted in years.
TIME_UNITS = {
    "second": ("second", 1.0),
    "minute": ("minute", 1.0),
    "hour": ("hour", 1.0),
    "day": ("day", 1.0),
    "night": ("night", 1.0),
    "week": ("week", 1.0),
    "fortnight": ("week", 2.0),
    "month": ("month", 1.0),
    # A quarter of a year, as statistics count them: "fallen for 13 quarters".
    "quarter": ("quarter", 1.0),
    "year": ("year", 1.0),
    "decade": ("year", 10.0),
    "century": ("year", 100.0),
}

# Abbreviated time units, as bulletins and listings write them: "3 hrs", "10 mins".
TIME_ABBREVIATIONS = {
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
}

# --- money ------------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "USD": "USD",
    "GBP": "GBP",
    "EUR": "EUR",
    "JPY": "JPY",
    "CHF": "CHF",
    "CNY": "CNY",
    "AUD": "AUD",
    "CAD": "CAD",
}
# Hundredths of a currency the text does not name ("25.73 cents", "25.73c"): a unit of its own.
CENTS = "cent"
# Currency words after the amount; value multiplier for subunits ("50p" is £0.50).
CURRENCY_WORDS = {
    "dollars": ("USD", 1.0),
    "dollar": ("USD", 1.0),
    "us dollars": ("USD", 1.0),
    "pounds": ("GBP", 1.0),
    "pound": ("GBP", 1.0),
    "pounds sterling": ("GBP", 1.0),
    "sterling": ("GBP", 1.0),
    "euros": ("EUR", 1.0),
    "euro": ("EUR", 1.0),
    "yen": ("JPY", 1.0),
    "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0),
    "rupees": ("INR", 1.0),
    "roubles": ("RUB", 1.0),
    "rubles": ("RUB", 1.0),
    "swiss francs": ("CHF", 1.0),
    "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01),
    "cents": (CENTS, 1.0),
    "cent": (CENTS, 1.0),
    "c": (CENTS, 1.0),
}

# --- nouns ------------------------------------------------------------------------------------

# Plural nouns that do not end in "s".
IRREGULAR_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "personnel": "personnel",
    "staff": "staff",
    "troops": "troop",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "cattle": "cattle",
    "fish": "fish",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    # the same in both numbers, not "specy"
    "species": "species",
    "series": "series",
}
# Words for people after which "under 10" or "over 65" is an age: "children under 10".
AGE_NOUNS = (
    "child children kid kids baby babies infant infants toddler toddlers pupil pupils "
    "people person adult adults those anyone everyone man men woman women boy boys girl "
    "girls patient patients resident residents"
).split()
# Words that end a noun phrase (or are not nouns) when looking for a counted noun.
NOT_NOUNS = frozenset(
    (
        "a an the and or but nor of in on at to for from by with without into onto over under "
        "as than that this these those which who whom whose what when where while whether "
        "is are was were be been being has have had do does did will would shall should can "
        "could may might must not no so such its his her their our your my it they we he she "
        "you i us them him me more most less least other others another each every any all "
        "both either neither per via thus also only just even still yet ago later "
        "earlier after before since until again across always perhaps whereas plus minus "
        "percent cent times time"
    ).split()
)
# Words after which a number is a label, not a quantity: "page 4", "Article 5", "phase two".
LABEL_WORDS = (
    "p pp page pages para paragraph article articles section sections chapter clause part "
    "phase stage step level round tier grade category class item table fig vol edition "
    "episode season room apartment gate platform route highway junction channel version "
    "model windows"
).split()
# Words after a number that make it a street address: "10 Downing Street".
STREET_WORDS = (
    "Street St Road Rd Avenue Ave Lane Ln Boulevard Blvd Place Square Sq Drive Dr Way "
    "Terrace Crescent Court Row Close Gardens Hill Parade"
).split()


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that "more than" beats "more"."""
    escaped = sorted({re.escape(word) for word in words}, key=len, reverse=True)
    return "(?:" + "|".join(escaped).replace(r"\ ", r"\s+") + ")"


_SMALL = alternation([*TENS, *SMALL_NUMBERS])
_ONE_WORD = (
    rf"(?:(?:{alternation(TENS)}-{alternation(SMALL_NUMBERS)})|{_SMALL}|{alternation(SCALES)})"
)
# A number written in words: "twelve", "ninety-nine", "a hundred", "two thousand and five".
_DIGIT_WORD = alternation([w for w, v in SMALL_NUMBERS.items() if v < 10] + ["oh", "nought"])
# "twelve point five": spoken decimals, a digit word at a time.
_SPOKEN_DECIMALS = rf"(?:\s+point(?:\s+{_DIGIT_WORD}\b)+)?"
# "six and a half thousand", "two and a half per cent": a half more of what the scale counts.
_AND_A_HALF = (
    r"(?:\s+and\s+a\s+half(?=\s+(?:thousand|million|billion|trillion|per\s*cent|percent)\b))?"
)
WORD_NUMBER = (
    rf"(?:\ba\s+(?={alternation(A_QUANTITIES)}\b))?"
    rf"\b(?:{_ONE_WORD}|dozen)"
    rf"(?:(?:\s+(?:(?<=hundred )and\s+|(?<=thousand )and\s+)?|-)(?:{_ONE_WORD}|dozen)\b)*\b"
    rf"{_AND_A_HALF}"
    rf"(?:\s+(?<=half )(?:{alternation(SCALES)})\b)?"
    rf"{_SPOKEN_DECIMALS}"
)
# Digits as newspapers write them: "1,234", "698 000", "2.5", "400". A comma after the last
# group ends the number unless a digit follows it ("took 15,970, by a majority").
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:[ ]\d{3})+(?!\d|,\d|\.\d)|\d+(?:\.\d+)?)"
)

_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> float:
    """The value of a number in digits or words: "1,234", "698 000", "ninety-nine", "a dozen".

    Raises ValueError when `text` is not a number.
    """
    cleaned = text.strip().lower()
    if cleaned and cleaned[0].isdigit():
        return float(cleaned.replace(",", "").replace(" ", ""))
    whole, _, decimals = cleaned.partition(" point ")
    if decimals:
        # "twelve point five": the digits after "point" one word each ("oh" is zero).
        digits = "".join(str(SMALL_NUMBERS.get(w, 0)) for w in decimals.split())
        if not all(w in SMALL_NUMBERS or w in ("oh", "nought") for w in decimals.split()):
            raise ValueError(f"not a number: {text!r}")
        return parse_number(whole) + float(f"0.{digits}")
    total, current, seen = 0.0, 0.0, False
    for word in _WORD_SPLIT.split(cleaned):
        if word in ("a", "and", ""):
            continue
        seen = True
        if word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "half":
            current += 0.5  # "six and a half thousand"
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        else:
            raise ValueError(f"not a number: {text!r}")
    if not seen:
        raise ValueError(f"not a number: {text!r}")
    return total + current


def singular(noun: str) -> str:
    """Lower-case singular form of a counted noun: "Nations" -> "nation", "people" -> "person"."""
    word = noun.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """Whether `word` looks like a plural noun ("nations", "people"), judged by its form."""
    lower = word.lower()
    if lower in NOT_NOUNS or lower in FRACTION_WORDS:
        return False
    if lower in IRREGULAR_PLURALS:
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s")) and len(lower) > 2
