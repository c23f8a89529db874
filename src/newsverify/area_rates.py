"""Amounts per unit of land, as farm statistics give yields: "7.6 tonnes per hectare", "6.8
tonnes a hectare", "7.6 t/ha", "850 kg/ha", "three tonnes an acre".

One of the rules `figures.find_figures` runs over a `Scan`. Like a length, a yield is a level
in its own unit, written as its symbol whatever the spelling ("tonnes per hectare" is t/ha),
so that a sentence and a table cell under "(t/ha)" read alike; "7.6 tonnes" alone would be a
count of tonnes, which a yield is not. A bound or a verb of change before it is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, parse_number
from newsverify.qualifiers import qualified_figure
from newsverify.records import LEVEL, Figure
from newsverify.scan import Scan, norm

_I = re.IGNORECASE

# What is measured, to its symbol.
AMOUNT_UNITS = {
    "t": "t",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilo": "kg",
    "kilos": "kg",
}
# The land it is measured over, to its symbol.
LAND_UNITS = {"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre"}

_NUMBER = rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})"
# "7.6 tonnes per hectare", "6.8 tonnes a hectare", "7.6 t/ha", "7.6t / ha"
_AREA_RATE = re.compile(
    rf"{_NUMBER}\s?(?P<amount>{alternation(AMOUNT_UNITS)})"
    rf"(?:\s*/\s*|\s+(?:per|a|an|each)\s+)(?P<land>{alternation(LAND_UNITS)})\b",
    _I,
)


def find_area_rates(scan: Scan) -> Iterator[Figure]:
    """Yields and other amounts per hectare or acre, as levels in "t/ha"-style units."""
    text = scan.text
    for match in scan.at_numbers(_AREA_RATE):
        amount = AMOUNT_UNITS[norm(match["amount"])]
        land = LAND_UNITS[norm(match["land"])]
        value = parse_number(match["num"])
        yield qualified_figure(text, match.start(), match.end(), value, f"{amount}/{land}", LEVEL)


RATE_UNITS = frozenset(f"{a}/{b}" for a in set(AMOUNT_UNITS.values()) for b in LAND_UNITS.values())


def is_area_rate(figure: Figure) -> bool:
    """A yield-like level: its words ("tonnes per hectare") spell its unit, not its subject."""
    return figure.unit in RATE_UNITS
