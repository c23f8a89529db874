"""Sums of money written as one hyphenated word before a noun: "a forty-million-pound fund",
"a 40-million-pound fund", "a £40-million fund", "a two-billion-dollar deal". Only with a
scale word: "a ten-pound bag" may be a weight.

One of the rules `figures.find_figures` runs over a `Scan`, before the rules for money: read
apart, "£40-million" would be £40 and "forty-million-pound" no sum at all. A bound or a verb
of change before the sum is kept, as for any amount (`qualifiers.qualified_figure`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, parse_number
from newsverify.qualifiers import qualified_figure
from newsverify.records import MONEY, Figure
from newsverify.scan import Scan, norm

_I = re.IGNORECASE

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9}
_SYMBOL = alternation(n.CURRENCY_SYMBOLS)
# Singular currency words, as a compound adjective writes them: "forty-million-pound".
_WORDS = {w: code for w, (code, unit) in n.CURRENCY_WORDS.items() if unit == 1.0 and " " not in w}
# "forty-million-pound", "40-million-pound", "20 million-pound": a number (its scale after a
# hyphen or a space, in words or after digits), a hyphen and a currency word, before more
# letters.
_NUMBER_THEN_WORD = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})(?:[\s-](?P<scale>thousand|million|billion))?"
    rf"-(?P<word>{alternation(_WORDS)})\b(?!-)",
    _I,
)
# "£40-million", "$2-billion": a sign, digits, a hyphen and a scale word.
_SYMBOL_THEN_SCALE = re.compile(
    rf"(?P<cur>{_SYMBOL})(?P<num>{n.DIGITS})-(?P<scale>thousand|million|billion|m|bn)\b(?!-)",
    _I,
)
_SYMBOL_START = re.compile(rf"(?={_SYMBOL})")
_SCALE_WORD = re.compile(r"thousand|million|billion", _I)


def find_compound_money(scan: Scan) -> Iterator[Figure]:
    """Hyphenated sums: "forty-million-pound", "£40-million"."""
    text = scan.text
    for match in scan.at_numbers(_NUMBER_THEN_WORD):
        if not _SCALE_WORD.search(match.group(0)):
            continue  # "a ten-pound bag" is a weight as often as a sum
        currency = _WORDS[norm(match["word"])]
        value = parse_number(match["num"]) * _SCALES.get((match["scale"] or "").lower(), 1.0)
        yield qualified_figure(text, match.start(), match.end(), value, currency, MONEY, currency)
    for start in (m.start() for m in scan.at_words(_SYMBOL_START)):
        if match := _SYMBOL_THEN_SCALE.match(text, start):
            currency = n.CURRENCY_SYMBOLS[match["cur"].upper()]
            value = parse_number(match["num"]) * _SCALES[match["scale"].lower()]
            yield qualified_figure(
                text, match.start(), match.end(), value, currency, MONEY, currency
            )
