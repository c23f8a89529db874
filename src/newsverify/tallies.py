"""Vote tallies: "voted 7-2", "a 6-3 margin", "by 6 votes to 3", "voted unanimously".

A tally is a count with unit `TALLY`: `value` the first number as written (the votes for),
`upper` the second (the votes against). It is not a range, and `values.compare` agrees only
with the same pair. A unanimous vote says only that nobody voted against: `value` None,
`upper` 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import parse_number
from newsverify.records import COUNT, Figure
from newsverify.scan import END, Scan, figure_at

TALLY = "tally"

_I = re.IGNORECASE
_NUM = rf"(?:{n.DIGITS}|{n.WORD_NUMBER})"

# "7-2", "7–2" (dashes are normalised to "-"): small numbers only, as votes of a board are.
_PAIR = re.compile(rf"(?P<num>\d{{1,2}})\s?-\s?(?P<num2>\d{{1,2}}){END}")
# "by 6 votes to 3", "nine votes to four": the word "votes" makes it a tally by itself.
_VOTES_TO = re.compile(rf"(?P<num>{_NUM})\s+votes?\s+to\s+(?P<num2>{_NUM})\b", _I)
# A bare pair is a tally only where voting is said; "won 3-1" is a score.
_VOTE_BEFORE = re.compile(
    r"\b(?P<verb>vot(?:e|ed|es|ing)|ruled|rules|split|backed|approved|rejected)\b"
    r"(?:\s+(?:by\s+)?(?:an?\s+)?(?:majority\s+of\s+)?)?\s*$",
    _I,
)
_VOTE_AFTER = re.compile(
    r"\s+(?P<noun>vote|votes|voting|margin|majority|split|decision|ruling|verdict)\b", _I
)

# A vote said to be unanimous; "unanimously" alone ("agreed unanimously") may be no vote.
_UNANIMOUS = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)\s+unanimously|unanimously\s+vot(?:e|ed|es|ing)|"
    r"unanimous\s+(?:vote|votes|decision|ruling|verdict)|"
    r"(?:vote|decision|ruling|verdict)\s+(?:was|is|were)\s+unanimous)\b",
    _I,
)


def find_tallies(scan: Scan) -> Iterator[Figure]:
    """Vote tallies, each as one count with unit `TALLY`."""
    text = scan.text
    for match in scan.at_numbers(_VOTES_TO):
        value, against = parse_number(match["num"]), parse_number(match["num2"])
        yield figure_at(text, match.start(), match.end(), value, TALLY, COUNT, upper=against)
    for match in scan.at_numbers(_PAIR):
        start, end = match.start(), match.end()
        before = _VOTE_BEFORE.search(text, max(0, start - 40), start)
        after = _VOTE_AFTER.match(text, end)
        if not (before or after):
            continue
        if before and before.start() + len(before["verb"]) + 1 == start:
            start = before.start()  # "voted 7-2"
        if after:
            end = after.end()  # "a 7-2 vote"
        value, against = parse_number(match["num"]), parse_number(match["num2"])
        yield figure_at(text, start, end, value, TALLY, COUNT, upper=against)
    for match in scan.at_words(_UNANIMOUS):
        yield figure_at(text, match.start(), match.end(), None, TALLY, COUNT, upper=0)
