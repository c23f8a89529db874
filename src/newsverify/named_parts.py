"""A claim about one part of a breakdown is not about the whole.

When the primary prints a table by part ("North", "East", ... by region; "Wheat", "Oats" by
crop) and the claim names one of those parts ("The East's wheat yield was 8.1 t/ha"), a
sentence that gives a value without naming the part ("The average wheat yield fell to 7.6
t/ha") is about the whole, or about another part: it says nothing either way about the claim.
The converse of `places.py`, which keeps a part's value from speaking for the whole.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .passages import Passage
from .subject_keys import derived_key


def claimed_parts(
    weights: Collection[str], core: Collection[str], passages: Iterable[Passage]
) -> tuple[frozenset[str], ...]:
    """The keys of the table rows the claim names (`weights`: its subject's keys), one set per
    table: a part's row, not a total, whose distinguishing words the claim all has and which
    the document's title does not name as its own scope ("Lindmark" in "... in Lindmark").
    A claim naming several rows of one table ("wheat output down a tenth as spring barley
    fills the gap") is about those its `core`, the words next to its figure, names."""
    # A name the claim spells as a name ("Computing") meets the row's derived key ("comput").
    weights = {*weights, *(derived_key(key) for key in weights)}
    core = {*core, *(derived_key(key) for key in core)}
    named: dict[tuple[str, int], list[frozenset[str]]] = {}
    for passage in passages:
        row = passage.row
        if row is None or row.total or not row.own or not row.others:
            continue
        if all(key in weights for key in row.own) and not row.own & passage.context_keys:
            rows = named.setdefault((passage.document.doc_id, row.table), [])
            if row.own not in rows:
                rows.append(row.own)
    parts = []
    for rows in named.values():
        near = [own for own in rows if all(key in core for key in own)] if len(rows) > 1 else rows
        if near:  # several rows, none next to the figure: which part it is of is not said
            parts.append(frozenset().union(*near))
    return tuple(parts)


def part_unnamed_note(parts: tuple[frozenset[str], ...], passage: Passage) -> str | None:
    """Why a passage that does not name the part the claim names of some table ("East" of a
    table by region) is no evidence for the claim: a sentence about the whole, or a cell of
    another breakdown ("Wheat" of a table by crop, for "wheat in the East"); None when it
    names each."""
    # Every word of the part: "long-term" names no "Long-tailed tit" beside a "Blue tit".
    for keys in parts:
        if not all(key in passage.keys for key in keys):
            said = " ".join(sorted(keys))
            return f'the claim is about a part ("{said}") the primary passage does not name'
    return None
