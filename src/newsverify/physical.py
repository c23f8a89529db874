"""Measures in physical units: lengths ("168 mm", "5.82 metres", "a hundred and sixty-eight
millimetres"), temperatures ("11.4 °C", "1.3C", "−3.1 °C", "52 degrees Fahrenheit") and
masses written as symbols ("27.4 µg/m³", "5mg", "421kg", "421 kilos").

One of the rules `figures.find_figures` runs over a `Scan`. Like a speed, a measure is a level
in its own unit, written as its symbol whatever the spelling ("millimetres" is mm), and never
converted: the text's own unit is what a reader checks. A bound before it widens it ("more
than 80 mm"); a verb of change makes it a change ("rose by 2C").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, parse_number
from newsverify.qualifiers import qualified_figure
from newsverify.records import COUNT, LEVEL, Figure
from newsverify.scan import Scan, norm

_I = re.IGNORECASE

# Each way a length is written, to its symbol. A bare "m" is left out: "1.2m" is a million.
LENGTH_UNITS = {
    "mm": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "cm": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
}
# Temperatures: a degree sign, the word "degrees" with its scale, or a scale letter written
# straight after the digits ("11.4C"), never after a space ("Grade 4 C").
TEMPERATURE_UNITS = {"c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F"}
_TEMPERATURE = (
    r"(?:\s?°\s?(?P<sign_scale>[CF])\b"
    r"|\s+degrees?\s+(?P<word_scale>(?i:celsius|centigrade|fahrenheit)|C\b|F\b)"
    r"|(?P<letter_scale>[CF])(?![\w°]))"
)
# Masses written as symbols, read as their words are ("27.4 micrograms" counts micrograms), so
# that "41.3 µg/m³" in a report and "41.3 micrograms" in an article are one value. The volume
# a concentration is per ("/m³", "/l") is the text's convention, not another quantity.
MASS_SYMBOLS = {"µg": "microgram", "μg": "microgram", "ug": "microgram", "mcg": "microgram"}
MASS_SYMBOLS |= {"mg": "milligram", "ng": "nanogram"}
# "421kg", "421 kilos" and "421 kilograms" are one value (the spelled-out word is a counted noun).
MASS_SYMBOLS |= {"kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram"}
_PER_VOLUME = r"\s?/\s?(?:m³|m3|l|litre|liter)(?![\w/])"
_NUMBER = rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})"
_LENGTH = re.compile(rf"{_NUMBER}[\s-]?(?P<unit>{alternation(LENGTH_UNITS)})(?![\w/])", _I)
_MASS = re.compile(
    rf"{_NUMBER}\s?(?P<unit>{alternation(MASS_SYMBOLS)})(?:{_PER_VOLUME}|(?![\w/]))", _I
)
# Scale letters are upper case: "11.4c" is cents.
_TEMPERATURE_MEASURE = re.compile(rf"(?i:{_NUMBER}){_TEMPERATURE}")
# A minus before a temperature: "−3.1 °C", "minus 3 degrees".
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.-])[−-]|\bminus\s+)$", _I)


def find_physical(scan: Scan) -> Iterator[Figure]:
    """Lengths, temperatures and masses with their unit; a change verb before one makes it a
    change."""
    text = scan.text
    for match in scan.at_numbers(_MASS):
        unit = MASS_SYMBOLS[match["unit"].lower()]
        yield qualified_figure(
            text, match.start(), match.end(), parse_number(match["num"]), unit, COUNT
        )
    for match in scan.at_numbers(_LENGTH):
        unit = LENGTH_UNITS[norm(match["unit"])]
        yield _measure(text, match, parse_number(match["num"]), unit)
    for match in scan.at_numbers(_TEMPERATURE_MEASURE):
        scale = match["sign_scale"] or match["word_scale"] or match["letter_scale"]
        if match["letter_scale"] and not _is_temperature_letter(text, match):
            continue  # "Grade 4C", "room 12F"
        unit = TEMPERATURE_UNITS[scale.lower()]
        value = parse_number(match["num"])
        minus = _MINUS_BEFORE.search(text, max(0, match.start() - 6), match.start())
        yield _measure(
            text, match, -value if minus else value, unit, minus.start() if minus else None
        )


# Words around a bare "4C" that make it a temperature.
_HEAT_WORDS = re.compile(
    r"temperatur|degree|warm|cool|cold|hot\b|heat|frost|chill|mild|celsius", re.IGNORECASE
)


def _is_temperature_letter(text: str, match: re.Match[str]) -> bool:
    """ "11.4C" is a temperature by its decimal; a whole "4C" only among words of heat."""
    if "." in match["num"]:
        return True
    around = text[max(0, match.start() - 60) : match.end() + 20]
    return bool(_HEAT_WORDS.search(around))


def _measure(
    text: str, match: re.Match[str], value: float, unit: str, start: int | None = None
) -> Figure:
    return qualified_figure(
        text, match.start() if start is None else start, match.end(), value, unit, LEVEL
    )
