"""A record claimed for the whole series ("the warmest October on record") against the
primary's own record statement.

"Its warmest October since 2001" says that October 2001 was at least as warm: the October is
no record of the whole series, so a claim that it is one is contradicted, when the primary
gives that landmark for the same superlative of the same thing ("warmest October"). A
primary that says "on record" or "since records began" for it supports the claim. A record
for another thing ("the warmest such period" for "the warmest year") settles nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import EvidenceIndex
from .similarity import similarity
from .subjects import Subject
from .verdicts import CONTRADICTED, SUPPORTED, Verdict, cite_passage

_SUPERLATIVE = (
    r"(?:highest|lowest|warmest|coldest|hottest|wettest|driest|sunniest|dullest|windiest|"
    r"largest|smallest|biggest|greatest|fewest|most|least|strongest|weakest|best|worst)"
)
# What a superlative is of ("October", "level"): the word after it, unless that word starts
# the record phrase itself ("the highest since records began").
_THING = r"(?P<thing>(?!(?:on|since|in|ever|for)\b)[a-z]+)"
# "the warmest October on record", "the highest level since records began", "the most ever"
_WHOLE_SERIES = re.compile(
    rf"\b(?P<sup>{_SUPERLATIVE})(?:\s+{_THING})?(?:\s+[a-z]+){{0,3}}?\s+"
    r"(?:on record|since records began|ever recorded|in the series|"
    # "since the series began", "since the programme began": since what is counted began
    r"since (?:the )?(?:series|programme|program|scheme|survey|index|count) (?:began|started))\b",
    re.IGNORECASE,
)
# "its warmest October since 2001": the same superlative, since a landmark year
_SINCE_YEAR = re.compile(
    rf"\b(?P<sup>{_SUPERLATIVE})(?:\s+{_THING})?(?:\s+[a-z]+){{0,5}}?\s+"
    # "since 2019", "since October 2019", "since July to September 2019", "since the 2016-17
    # season"
    r"since\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?:to\s+[A-Z][a-z]+\s+)?)?"
    r"(?P<year>(?:1[89]|20)\d\d(?:[-/]\d\d)?)\b",
    re.IGNORECASE,
)
# A landmark year that is where the series starts is the whole series after all.
_SERIES_START = re.compile(r"\b(?:records|series|data|records there)\s+(?:began|begin|start)")
# A passage must name this much of the claim's subject to speak of the same record.
RECORD_SIMILARITY = 0.3


@dataclass(frozen=True)
class RecordClaim:
    superlative: str  # "warmest"
    thing: str  # "october": what it is the superlative of ("" when it names none)
    text: str  # the claim's words
    sentence: str = ""  # the whole statement, which may name the thing before the superlative


def record_claim(text: str) -> RecordClaim | None:
    """The record a statement claims for the whole series, if it claims one."""
    found = _WHOLE_SERIES.search(text)
    if found is None:
        return None
    thing = (found["thing"] or "").lower()
    return RecordClaim(found["sup"].lower(), thing, found.group(0), text)


def check_record(
    claim: RecordClaim, subject: Subject, index: EvidenceIndex, against: list[str] | None
) -> Verdict | None:
    """The primary's own statement of the record: a verdict, or None when no primary
    passage states a record of the same superlative of the same thing."""
    label = f'claim a record of the whole series ("{claim.text}")'
    for passage in index.passages_for(against):
        if similarity(subject, passage) < RECORD_SIMILARITY:
            continue
        text = passage.sentence.text
        for found in _WHOLE_SERIES.finditer(text):
            if _same(claim, found):
                reason = f'{label}; primary "{found.group(0)}"'
                return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
        for found in _SINCE_YEAR.finditer(text):
            if not _same(claim, found) or _SERIES_START.search(text[found.end() :]):
                continue
            reason = (
                f'{label}; primary "{found.group(0)}": matched or beaten in {found["year"]}, '
                "so it is no record of the whole series"
            )
            return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
    return None


# Superlatives that say the same of an amount: "the most journeys" is "the highest number of
# journeys"; "the best October" for sales is "the strongest".
_SAME_SUPERLATIVE = {
    "most": "highest",
    "largest": "highest",
    "biggest": "highest",
    "greatest": "highest",
    "fewest": "lowest",
    "least": "lowest",
    "smallest": "lowest",
    "strongest": "best",
    "weakest": "worst",
}


def _superlative(word: str) -> str:
    word = word.lower()
    return _SAME_SUPERLATIVE.get(word, word)


def _same(claim: RecordClaim, found: re.Match[str]) -> bool:
    if _superlative(found["sup"]) != _superlative(claim.superlative):
        return False
    thing = (found["thing"] or "").lower()
    if claim.thing or not thing:
        return thing == claim.thing
    # "The 2026 spring barley crop was the largest on record" names its thing before the
    # superlative: the primary's "largest spring barley crop since 2011" is of the same thing
    # when the claim has every word the primary gives it.
    words = _WORD.findall(found.group(0)[len(found["sup"]) :].lower())
    named = _WORD.findall(claim.sentence.lower())
    return all(word in named for word in words if word not in _RECORD_WORDS)


_WORD = re.compile(r"[a-z]+")
# The words of the record phrase itself, which say nothing of what the record is of.
_RECORD_WORDS = frozenset(
    "on record since records began ever recorded the series in data start".split()
)
