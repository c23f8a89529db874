"""Rates per a round number of people or things, as health and business statistics give them:
"52.4 per 10,000 active companies", "27.9 in every 10,000 adults", "12.3 deaths per 100,000
people", "4.2 per 1,000 live births".

One of the rules `figures.find_figures` runs over a `Scan`. The rate is a level in its own unit
("per 10,000"), compared only with rates over the same base; the base is no count of its own:
read alone, "10,000 active companies" would agree with any claim of the same rate's base,
whatever rate it claimed. What the rate counts ("deaths") and over whom ("people") stay
words of its subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import parse_number, singular
from newsverify.qualifiers import qualified_figure
from newsverify.records import LEVEL, Figure
from newsverify.scan import Scan

_I = re.IGNORECASE

# The round bases a rate is given over.
_BASE = r"(?P<base>100|1,000|10,000|100,000|1,000,000|1000|10000|100000|a\s+thousand|a\s+million)"
_RATE = re.compile(
    rf"(?P<num>{n.DIGITS})"
    # what is counted may stand between the value and its base: "12.3 deaths per 100,000"
    r"(?:\s+(?P<thing>[A-Za-z][A-Za-z-]*))?"
    rf"\s+(?:per|in\s+every|for\s+every|in\s+each|out\s+of\s+every)\s+{_BASE}(?!\d|[,.]\d)",
    _I,
)
_NOT_THINGS = frozenset({"percent", "per", "cent", "times", "million", "billion", "thousand"})
# "an average of 4.12 per garden", "a cap of 20 per household": a bare value per one of
# something. (With a noun of its own, "2.3 visits per patient" stays a count of visits.)
_PER_ONE = re.compile(rf"(?P<num>{n.DIGITS})\s+per\s+(?P<one>[a-z][a-z-]*)\b")
# What a value "per" is no rate over: time (rate_spans.py reads "per year"), "cent".
_NOT_ONES = frozenset(
    """cent centum annum head capita year years month months week weeks day days hour hours
    minute minutes second seconds quarter night nights the a an one""".split()
)


def find_population_rates(scan: Scan) -> Iterator[Figure]:
    """Values per a round base, as levels in units such as "per 10,000"."""
    text = scan.text
    for match in scan.at_numbers(_RATE):
        thing = (match["thing"] or "").lower()
        if thing in _NOT_THINGS:
            continue
        base = parse_number(match["base"].replace("a ", "").replace("A ", ""))
        value = parse_number(match["num"])
        yield qualified_figure(text, match.start(), match.end(), value, f"per {base:,.0f}", LEVEL)
    for match in scan.at_numbers(_PER_ONE):
        if match["one"] in _NOT_ONES:
            continue
        value = parse_number(match["num"])
        unit = f"per {singular(match['one'])}"
        yield qualified_figure(text, match.start(), match.end(), value, unit, LEVEL)
