"""Results rows: a bare count on a labelled line counts what its lead-in names.

A declaration prints "Helen Strand (Progressive Alliance): 18,412" under "the number of votes
recorded for each candidate is as follows:". The figure reader gives such a count the lead-in's
unit, or none; a claim of "18,412 votes" for Helen Strand is about that row when the row's label
names the claim's own people or bodies and the lead-in above the rows names the claim's unit.
Any other claim of votes is not: the row's line names only who it counts for. Nor is a claim
that counts a narrower thing than the lead-in ("2,204 postal votes", "2,204 votes by post"), or
one count shared by
several people ("Ann Holt and Ben Cole won 980 votes between them"): a row gives one label's
count of what its lead-in names, nothing more.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .narrowing import unit_qualifiers
from .numbers import singular
from .passages import Passage
from .records import COUNT, Figure, Word
from .subject_keys import subject_key
from .subjects import Subject


def is_row(passage: Passage, figure: Figure) -> bool:
    """A count that ends its line and whose unit (if any) the line does not name: a row of a
    results list, counting what its lead-in says."""
    sentence = passage.sentence
    return (
        figure.kind == COUNT
        and not _names_unit(sentence.text, figure.unit)
        and sentence.text.rstrip(" \t.*")[-1:].isdigit()
        and figure.end >= sentence.start + len(sentence.text.rstrip(" \t.*"))
    )


def as_bare_row(passage: Passage, figure: Figure) -> Figure:
    """The figure, without the unit a results row takes from its lead-in."""
    if figure.unit and is_row(passage, figure):
        return replace(figure, unit="")
    return figure


def _names_unit(line: str, unit: str) -> bool:
    """Whether the line itself says what it counts ("Total valid votes: 42,486" names vote)."""
    if not unit:
        return False
    return any(singular(word) == unit for word in re.findall(r"[A-Za-z][A-Za-z'-]*", line))


def row_about_claim(
    claim: Figure,
    subject: Subject,
    passage: Passage,
    figure: Figure,
    narrowing: frozenset[str] = frozenset(),
) -> bool:
    """The row gives the claim's count: its label names who the claim is about (a name the
    document does not put in its title; the rest may be in the title), and its lead-in the
    claim's unit. `narrowing`: keys of the phrase after the claimed count ("by post", see
    `narrowing.count_phrase`), which the row, its lead-in or the document's lead must say."""
    if claim.kind != COUNT or not claim.unit or not is_row(passage, figure):
        return False
    # People of another clause of an article's sentence are not whose count it is.
    whose = subject.required - subject.bystanders
    own = {key for key in whose if key in passage.positions}
    distinguishing = own - passage.context_keys
    # The row's own label, or the title, names them: the lead of a declaration may hold the
    # rows themselves, and another row's party is not this row's ("Ann Holt (Green Party)").
    named = set(passage.keys) | passage.context_keys
    unit = subject_key(Word(0, 0, claim.unit, claim.unit, True))
    # Each row is one person's: a person the claim names on another row of the list is not
    # counted by this one ("Ann Holt and Ben Cole won 980 votes between them").
    own_line = set(passage.keys)
    others = passage.list_keys - own_line
    return (
        bool(distinguishing)
        and all(key in named for key in whose)
        and not any(key in others for key in subject.people)
        and unit is not None
        and unit in passage.lead_in
        and all(key in own_line or key in passage.lead_in for key in unit_qualifiers(claim))
        and all(key in named or key in passage.lead_keys for key in narrowing)
    )
