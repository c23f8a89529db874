"""Speeds: "52mph", "60 mph", "80 km/h", "70 miles per hour".

One of the rules `figures.find_figures` runs over a `Scan`. A speed is a level in its own
unit (mph or km/h, never converted: the text's own unit is what a reader checks), widened to
a bound before it ("nearly 60mph") or, after a verb of change, a change ("cut by 10mph").
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

# Each way a speed unit is written, to the unit it is reported in.
SPEED_UNITS = {
    "mph": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "km/h": "km/h",
    "kmh": "km/h",
    "kph": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "kilometers an hour": "km/h",
}
_SPEED = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})[\s-]?(?P<unit>{alternation(SPEED_UNITS)})(?![\w/])",
    _I,
)


def find_speeds(scan: Scan) -> Iterator[Figure]:
    """Speeds with their unit; a change verb before one makes it a change in speed."""
    text = scan.text
    for match in scan.at_numbers(_SPEED):
        unit = SPEED_UNITS[norm(match["unit"])]
        value = parse_number(match["num"])
        yield qualified_figure(text, match.start(), match.end(), value, unit, LEVEL)
