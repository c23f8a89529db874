"""The unit a table's header gives its column in brackets: "Production 2026 (thousand t)",
"(000 ha)", "Yield (t/ha)", "Area ('000 hectares)", "(million tonnes)", "(µg/m³)".

Statistics tables print bare numbers under such headers: "12,479" under "(thousand t)" is
12,479,000 tonnes, and "7.6" under "(t/ha)" is 7.6 tonnes a hectare. `header_unit` spells the
bracket out as the words a sentence would use ("tonnes", "t/ha") with its scale, so that the
figure reader reads the cell as it reads the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import alternation
from .physical import MASS_SYMBOLS

# Abbreviations statistics tables use for units, as a sentence spells them.
UNIT_WORDS = {
    "t": "tonnes",
    "tonnes": "tonnes",
    "tons": "tons",
    "kt": "thousand tonnes",
    "mt": "million tonnes",
    "kg": "kilograms",
    "ha": "hectares",
    "hectares": "hectares",
    "acres": "acres",
    "head": "head",
}
# Scale words before the unit: "thousand t", "000 t", "'000 ha", "million tonnes".
SCALE_WORDS = {"thousand": 1e3, "000": 1e3, "'000": 1e3, "’000": 1e3, "million": 1e6, "m": 1e6}

# A scale alone in brackets, with no unit: "(m)", "(000s)", "(thousands)".
BARE_SCALES = {
    **SCALE_WORDS,
    **{f"{word}s": scale for word, scale in SCALE_WORDS.items() if word != "m"},
}

_BRACKET = re.compile(r"\(\s*(?P<body>[^()]{1,30}?)\s*\)")
_RATE = re.compile(r"^(?P<num>[a-z]+)\s*/\s*(?P<den>[a-z]+)$", re.IGNORECASE)
# A mass per volume, as the figure reader reads it after a number (physical.py): "µg/m³".
_CONCENTRATION = re.compile(rf"^{alternation(MASS_SYMBOLS)}\s*/\s*(?:m³|m3|l)$", re.IGNORECASE)


@dataclass(frozen=True)
class HeaderUnit:
    scale: float  # what a cell's number is multiplied by
    words: str  # the unit as a sentence writes it after a number ("tonnes", "t/ha")


def header_unit(text: str) -> HeaderUnit | None:
    """The unit in brackets in a header, caption or unit line; None when there is none this
    module knows (percentages and currencies are read elsewhere)."""
    for found in _BRACKET.finditer(text):
        body = " ".join(found["body"].lower().split())
        if _CONCENTRATION.match(body):
            return HeaderUnit(1.0, body.replace(" ", ""))
        if rate := _RATE.match(body):
            # "t/ha", "kg/ha": a rate, read as written
            if rate["num"] in UNIT_WORDS and rate["den"] in UNIT_WORDS:
                return HeaderUnit(1.0, body.replace(" ", ""))
            continue
        scale, _, unit = body.rpartition(" ")
        if unit in UNIT_WORDS and (not scale or scale in SCALE_WORDS):
            return HeaderUnit(SCALE_WORDS.get(scale, 1.0), UNIT_WORDS[unit])
        if body in BARE_SCALES:
            # "Journeys (m)", "Households (000s)": a scale alone; the cell counts what the
            # header names, as a bare number of its size.
            return HeaderUnit(BARE_SCALES[body], "")
    return None
