"""Dates and years as they are read out: "Tuesday the second of November", "the 21st of
June 2026", "November the second", "twenty eighteen", "twenty twenty-six".

Broadcast scripts and transcripts write what the presenter says. `find_spoken_times` is one of
the rules `figures.find_figures` runs over a `Scan`; it yields the same date and year figures
as the written forms ("Tuesday 2 November", "2018"), so they are checked alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation
from newsverify.records import DATE, YEAR, DateParts, Figure
from newsverify.scan import END, Scan, counted_noun, figure_at

_I = re.IGNORECASE

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
# Ordinal day words and their days: "second" 2, "twenty-first" 21, "thirtieth" 30.
DAY_ORDINALS = {word: day for day, word in enumerate(_UNITS + _TEENS, start=1)}
DAY_ORDINALS |= {"twentieth": 20, "thirtieth": 30}
DAY_ORDINALS |= {f"twenty-{w}": 20 + d for d, w in enumerate(_UNITS, start=1)}
DAY_ORDINALS |= {f"twenty {w}": 20 + d for d, w in enumerate(_UNITS, start=1)}
DAY_ORDINALS |= {"thirty-first": 31, "thirty first": 31}

_WEEKDAY = alternation(w for w in n.WEEKDAYS if w.endswith("day"))
_MONTH = alternation(m for m in n.MONTHS if len(m) > 3 or m == "May")
_DAY = rf"(?:{alternation(DAY_ORDINALS)}|[0-3]?\d(?:st|nd|rd|th))"
# The year after a spoken date, in digits or words: "the second of November 2026".
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)(?!\d))?"
# "Tuesday the second of November", "the 2nd of November", "November the second".
_DAY_OF_MONTH = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?the\s+(?P<day>{_DAY})\s+of\s+(?P<month>{_MONTH})\b"
    rf"{_YEAR_AFTER}",
    _I,
)
_MONTH_THE_DAY = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+the\s+(?P<day>{_DAY})\b{_YEAR_AFTER}",
    _I,
)

# A year read as two numbers: "nineteen ninety-nine", "twenty eighteen", "twenty twenty-six",
# "twenty oh nine". "Twenty ten" is 2010; a single "twenty" is no year.
_TENS_WORD = alternation(n.TENS)
_TEEN_WORD = alternation(w for w, v in n.SMALL_NUMBERS.items() if v >= 10)
_DIGIT_WORD = alternation(w for w, v in n.SMALL_NUMBERS.items() if 1 <= v <= 9)
_SPOKEN_YEAR = re.compile(
    rf"\b(?P<century>nineteen|twenty)\s+"
    rf"(?P<rest>(?:oh|o)\s+{_DIGIT_WORD}|{_TENS_WORD}(?:[-\s]{_DIGIT_WORD})?|{_TEEN_WORD})\b{END}",
    _I,
)


def find_spoken_times(scan: Scan) -> Iterator[Figure]:
    """Spoken dates ("Tuesday the second of November") and years ("twenty eighteen")."""
    text = scan.text
    for match in [*scan.at_words(_DAY_OF_MONTH), *scan.at_words(_MONTH_THE_DAY)]:
        # A month name needs its capital: "the second of may" is no date. A day in digits
        # without a weekday ("the 1st of May") is a written date, read by `dates`.
        if not match["month"][0].isupper() or (match["day"][0].isdigit() and not match["weekday"]):
            continue
        day = _day(match["day"])
        if not 1 <= day <= 31:
            continue
        month = n.MONTHS[match["month"].title()]
        year = int(match["year"]) if match["year"] else None
        weekday = n.WEEKDAYS[match["weekday"].title()] if match["weekday"] else None
        parts = DateParts(year=year, month=month, day=day, weekday=weekday)
        value = float((year or 0) * 10000 + month * 100 + day)
        yield figure_at(text, match.start(), match.end(), value, "date", DATE, date=parts)
    for match in scan.at_words(_SPOKEN_YEAR):
        # "twenty eighteen-year-olds", "twenty fifteen people": counts, not years.
        if text[match.end() : match.end() + 1] == "-" or counted_noun(text, match.end(), 1):
            continue
        year = _spoken_year(match["century"], match["rest"])
        yield figure_at(text, match.start(), match.end(), year, "year", YEAR)


def _day(word: str) -> int:
    key = " ".join(word.lower().split())
    if key in DAY_ORDINALS:
        return DAY_ORDINALS[key]
    return int(key.rstrip("stndrh"))


def _spoken_year(century: str, rest: str) -> int:
    hundreds = 1900 if century.lower() == "nineteen" else 2000
    words = rest.lower().replace("-", " ").split()
    if words[0] in ("oh", "o"):
        return hundreds + n.SMALL_NUMBERS[words[1]]
    value = sum(n.SMALL_NUMBERS.get(w, 0) + n.TENS.get(w, 0) for w in words)
    return hundreds + value
