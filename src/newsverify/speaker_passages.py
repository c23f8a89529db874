"""A transcript's passages as its speakers' statements (`transcripts.py`).

Each sentence of a turn is the speaker's: it carries the speaker's name, as the document's
title carries what a sentence takes for granted, so that "Morrow said 412 arrests had been
made" finds Morrow's words. A question from the floor is a reporter's words, not the
document's: its figures are no evidence ("Shoplifting is up sharply across the country?").
"""

from __future__ import annotations

from .corpus import Document
from .passages import Passage
from .role_holders import name_keys, role_holders, roles_named
from .transcripts import find_turns


def with_speakers(document: Document, passages: list[Passage]) -> list[Passage]:
    """The passages of a transcript with their speakers, questions from the floor left out;
    any other document's passages as they are, but for the people a sentence names by their
    role ("The minister will host a summit"), whom it names as the title names its subject."""
    holders = role_holders(document.original)
    for passage in passages:
        if named := roles_named(passage.sentence.text, holders):
            passage.context_keys = passage.context_keys | named
    turns = find_turns(document.original, document.start)
    if not turns:
        return passages
    kept: list[Passage] = []
    for passage in passages:
        start = passage.sentence.start
        turn = next((t for t in turns if t.start <= start < t.end), None)
        if turn is None:
            kept.append(passage)
            continue
        if turn.question:
            continue
        passage.speaker = turn.speaker
        names = name_keys(turn.speaker)
        passage.context_keys = passage.context_keys | names
        passage.lead_keys = passage.lead_keys | names
        kept.append(passage)
    return kept
