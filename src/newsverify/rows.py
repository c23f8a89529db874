"""Results rows: a bare count on a labelled line counts what its lead-in names.

A declaration prints "Helen Strand (Progressive Alliance): 18,412" under "the number of votes
recorded for each candidate is as follows:". The figure reader leaves such a count without a
unit; a claim of "18,412 votes" for Helen Strand is about that row when the row's label names
the claim's own people or bodies and the lead-in above the rows names the claim's unit.
"""

from __future__ import annotations

from .evidence import Passage, Subject, subject_key
from .records import COUNT, Figure, Word


def is_row(passage: Passage, figure: Figure) -> bool:
    """A count without a unit that ends its line: a row of a results list."""
    sentence = passage.sentence
    return (
        figure.kind == COUNT
        and not figure.unit
        and sentence.text.rstrip(" \t.*")[-1:].isdigit()
        and figure.end >= sentence.start + len(sentence.text.rstrip(" \t.*"))
    )


def row_about_claim(claim: Figure, subject: Subject, passage: Passage, figure: Figure) -> bool:
    """The row gives the claim's count: its label names who the claim is about (a name the
    document does not put in its title), and its lead-in the claim's unit."""
    if claim.kind != COUNT or not claim.unit or not is_row(passage, figure):
        return False
    own = {key for key in subject.required if key in passage.positions}
    distinguishing = own - passage.context_keys
    named = set(passage.keys) | passage.lead_keys
    unit = subject_key(Word(0, 0, claim.unit, claim.unit, True))
    return (
        bool(distinguishing)
        and all(key in named for key in subject.required)
        and unit is not None
        and unit in passage.lead_in
    )
