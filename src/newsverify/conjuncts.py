"""Conjuncts: in a sentence that lists values, the words that open a later value's conjunct
are that value's, not the earlier one's.

A word normally belongs to the last value before it in its clause (subject_keys.owner):
"a 400% increase in air defence and the doubling of logistics". But where a conjunction
follows a value and the next conjunct names its own subject before its value, those words
say what the next value counts: "Northline's punctuality was 84.2% and the Coast line's
79.5%", "e-book issues rose 7.4% while printed book issues fell 2.1%", "fuel costs were
£88m, against a catch valued at £412m".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .records import Figure

# A word that joins two statements of value in one sentence, right after the first value
# (or its "of" phrase: "41.3% of electricity and gas plants 29.7%"). An "and" further on
# joins words of the first value's own phrase ("a 400% increase in air and missile defence
# alongside the doubling of ...").
_OPENING_JOIN = re.compile(
    r"(?:\s+of(?:\s+[\w'’-]+){1,2})?\s*,?\s*"
    r"(?:and|while|whilst|whereas|but|against|versus|vs|compared (?:with|to))\b",
    re.IGNORECASE,
)
# A value given as a part of the one before it.
_PARTITIVE = re.compile(r"\s+of (?:them|which|these|those)\b", re.IGNORECASE)
# Punctuation between the conjunction and the next value leaves the words to the earlier one:
# "spent £10m on roads and bridges, £5m on parks" lists two places of the first sum.
_BREAK = re.compile(r"[,;:()\[\]]|\s[-–—]\s")


@dataclass(frozen=True)
class Conjunct:
    """Kept-word positions `first`..`stop` - 1 name what the sentence's figure `figure`
    (its index) counts."""

    first: int
    stop: int
    figure: int
    part: bool = False  # the words of a part ("98,500 of them to mobile libraries")


def conjuncts(
    figures: list[Figure],
    owning: list[bool],
    starts: list[int],
    ends: list[int],
    clauses: list[int],
    verbs: frozenset[int],
    text: str,
    base: int,
) -> list[Conjunct]:
    """The conjuncts that open before a value of the sentence `text` (starting at file offset
    `base`). `owning`: whether each figure owns words (subject_keys.owner); `starts`: the file
    offset of each kept word; `ends`: each figure's last kept word; `clauses`: each kept
    word's clause; `verbs`: the file offsets of the sentence's verbs."""
    found = []
    previous: int | None = None
    for number, figure in enumerate(figures):
        if not owning[number]:
            continue
        if previous is not None:
            before = figures[previous]
            between = text[before.end - base : figure.start - base]
            join = _OPENING_JOIN.match(between)
            if join and not _BREAK.search(between[join.end() :]):
                join_at = before.end + join.end()
                first = bisect_left(starts, join_at)
                stop = bisect_left(starts, figure.start)  # the value's first word
                if first < stop:
                    found.append(Conjunct(first, stop, number))
                    # The next value names its own subject and says its own verb, so the
                    # words that open the first one's clause are that one's alone: "fuel
                    # costs were £88m, against a catch valued at £412m". Without a verb it
                    # shares them ("punctuality was 84.2% and the Coast line's 79.5%").
                    verb = any(join_at <= at < figure.start for at in verbs)
                    if verb and not any(owning[:previous]):
                        lead = _clause_lead(starts, clauses, before.start)
                        if lead is not None:
                            found.append(Conjunct(*lead, previous))
        previous = number
        # "1,264,300 visits, 98,500 of them to mobile libraries": the words after a part
        # say which part it is.
        after = text[figure.end - base :]
        if _PARTITIVE.match(after):
            first = bisect_left(starts, figure.end + _PARTITIVE.match(after).end())
            stop = first
            while (
                stop < len(starts)
                and clauses[stop] == clauses[first]
                and not any(figure.end < other.start <= starts[stop] for other in figures)
            ):
                stop += 1
            if first < stop:
                found.append(Conjunct(first, stop, number, part=True))
    return found


def _clause_lead(starts: list[int], clauses: list[int], offset: int) -> tuple[int, int] | None:
    """The kept words of the clause that runs up to `offset`, before it."""
    stop = bisect_left(starts, offset)
    if stop == 0 or not clauses:
        return None
    clause = clauses[stop - 1]
    first = stop - 1
    while first > 0 and clauses[first - 1] == clause:
        first -= 1
    return first, stop


def conjunct_owner(position: int, spans: list[Conjunct]) -> int | None:
    """The figure (its index) whose conjunct holds the word at `position`, if any."""
    return next((c.figure for c in spans if c.first <= position < c.stop), None)
