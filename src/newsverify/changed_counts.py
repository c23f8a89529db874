"""Bare numbers that a verb of change ties to the plural subject before it.

"Admissions rose by 41 in week 24" and "hospital admissions fell to 35" count admissions,
though no noun follows the number: the noun is the subject of the verb of change. Only a
plural head right before the verb (with an auxiliary or adverb between) counts, so "page 41"
or "rose to 41 in 2024" with no plural subject stays no figure; subjects that measure rather
than count ("temperatures rose to 41") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, is_plural, parse_number, singular
from newsverify.qualifiers import direction_of
from newsverify.records import CHANGE, COUNT, Figure
from newsverify.scan import END, Scan, figure_at

_I = re.IGNORECASE

# Plural subjects that are measures, not things counted (tuning: a word list).
MEASURE_NOUNS = frozenset(
    "temperatures prices rates yields levels scores ratings readings values indices "
    "figures numbers totals costs sales earnings wages salaries".split()
)
# Words allowed between the subject and its verb: "admissions have also risen by 41".
_BETWEEN = r"(?:(?:have|has|had|also|then|again|sharply|slightly|further)\s+)*"
_SUBJECT_VERB_BEFORE = re.compile(
    rf"\b(?P<noun>[A-Za-z][a-z'-]*[a-z])\s+{_BETWEEN}(?P<verb>[A-Za-z]+)\s+(?P<prep>by|to)\s+$"
)
_NUMBER = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER}){END}(?!\s*(?:{alternation(n.SCALES)})\b)", _I
)
# What follows a bare count: the end of the clause or a time/place phrase, not a unit word.
_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$|\s(?:in|on|at|during|since|from|between|last|this|a|an|the|and|or|after|before)\b)",
    _I,
)


def find_changed_counts(scan: Scan) -> Iterator[Figure]:
    """Counts of a plural subject given only as the number a verb of change reached or moved by."""
    text = scan.text
    for pos in scan.numbers:
        number = _NUMBER.match(text, pos)
        if number is None or not _AFTER.match(text, number.end()):
            continue
        before = _SUBJECT_VERB_BEFORE.search(text, max(0, pos - 60), pos)
        if before is None or (sign := direction_of(before["verb"])) is None:
            continue
        if before["verb"].lower() == "up" and before["prep"] == "to":
            continue  # "up to 41" is a bound, not the level reached
        noun = before["noun"]
        if not is_plural(noun) or noun.lower() in MEASURE_NOUNS:
            continue
        value = parse_number(number["num"])
        unit = singular(noun.lower())
        if before["prep"] == "by":
            yield figure_at(text, before.start("verb"), number.end(), sign * value, unit, CHANGE)
        else:
            yield figure_at(text, pos, number.end(), value, unit, COUNT)
