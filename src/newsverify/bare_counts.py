"""Counts written bare, whose unit the text gives elsewhere: "98,700" in a table of "Police
recorded crime by offence group" counts offences; "That was 18% fewer than a year earlier
(87,100)" counts what the sentence before counted; "Work visas fell by 21% to 286,300" counts
the visas its sentence opened with. Such a count is compared with a claimed count of the
same things; any other figure stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .passages import Passage
from .records import CHANGE, COUNT, Figure, Word
from .subject_keys import subject_key

# Right before a level its subject reached: "fell by 21% to 286,300", "stood at 14,380".
_REACHED = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)


def in_claimed_unit(claim: Figure, passage: Passage, figure: Figure) -> Figure:
    """`figure` with the claim's unit when it is a bare count of what the claim counts."""
    if figure.unit or not claim.unit:
        return figure
    unit = subject_key(Word(0, 0, claim.unit, claim.unit, True))
    if passage.row is not None:
        # a table cell: its row, header or caption names what it counts
        counted = figure.kind in (COUNT, CHANGE) and claim.kind in (COUNT, CHANGE)
        return _with_unit(figure, claim, counted and unit in passage.positions)
    if figure.kind != COUNT or claim.kind != COUNT:
        return figure
    if passage.antecedent_keys and figure.start < passage.antecedent_end:
        return _with_unit(figure, claim, unit in passage.antecedent_keys)
    return _with_unit(figure, claim, _reached_by_subject(passage, figure, unit))


def _reached_by_subject(passage: Passage, figure: Figure, unit: str | None) -> bool:
    """The count is the level the sentence's subject reached ("Work visas fell by 21% to
    286,300"): the unit opens the sentence, before its first verb, in the count's clause."""
    sentence = passage.sentence
    if not _REACHED.search(
        sentence.text[max(0, figure.start - sentence.start - 8) : figure.start - sentence.start]
    ):
        return False
    verbs = [start for start in passage.verb_starts if start > sentence.start]
    first_verb = min(verbs, default=sentence.end)
    if first_verb > figure.start or unit is None:
        return False
    subject = [
        position
        for position, start in enumerate(passage.starts)
        if start < first_verb and passage.keys[position] == unit
    ]
    if not subject or not passage.clauses:
        return bool(subject)
    own = [p for p, start in enumerate(passage.starts) if start < figure.start]
    return bool(own) and passage.clauses[subject[-1]] == passage.clauses[own[-1]]


def _with_unit(figure: Figure, claim: Figure, counts_it: bool) -> Figure:
    return replace(figure, unit=claim.unit) if counts_it else figure
