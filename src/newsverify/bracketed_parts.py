"""A whole's value followed by its parts in brackets: "Legal aid expenditure was £642.8
million in July to September 2026 (criminal £367.1 million, civil £275.7 million)".

A claim about one of the parts ("civil legal aid expenditure was £642.8m") is not about the
whole, so the whole's value is no evidence for it either way; the part's own value, in the
brackets, is.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from .records import Figure
from .subject_keys import keys_of_words
from .values import dimension

if TYPE_CHECKING:
    from .passages import Passage

# Each whole value with its labelled parts: (whole, [(label, label keys, part value)]).
Breakdowns = list[tuple[Figure, list[tuple[str, frozenset[str], Figure]]]]

_BRACKET = re.compile(r"\(([^()]*)\)")
# The label of a part: the words between the bracket's opening (or the previous item's
# separator) and the part's value.
_LABEL = re.compile(
    r"(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?P<label>[A-Za-z][A-Za-z' -]{0,40}?)[\s:]*$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Between the whole's value and its bracket: its time or place, no other clause.
_MAX_GAP = 60


def named_part_note(passage: Passage, number: int, claim_keys: Container[str]) -> str | None:
    """Why the value `number` is no evidence for the claim, when brackets break a whole's
    value into labelled parts: the whole's value for a claim that names one part, or a
    part's value for a claim that names another part or none. None otherwise."""
    figure = passage.figures[number]
    for whole, parts in passage.breakdowns:
        named = [(label, part) for label, keys, part in parts if all(k in claim_keys for k in keys)]
        if figure is whole:
            if len(named) == 1:
                label, part = named[0]
                return f'the primary gives it for the whole, and "{part.text}" for "{label}"'
            continue
        own = next((label for label, _, part in parts if part is figure), None)
        if own is None or any(part is figure for _, part in named):
            continue
        if named:
            return f'the primary gives it for "{own}", the claim is about "{named[0][0]}"'
        return f'the primary gives it for "{own}" only, a part of "{whole.text}"'
    if passage.row is not None or passage.column is not None:
        return None  # a table cell names its part by its row and caption
    said = set(passage.positions) | passage.context_keys
    for label, keys in passage.part_labels:
        if all(k in claim_keys for k in keys) and not all(k in said for k in keys):
            # "In 2025-26 it was £2,486.2 million" is the whole's, not "civil" expenditure
            return f'the primary gives "{label}" values of their own, and this one is not one'
    return None


def part_labels(passages: list[Passage]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The labels of the parts any of `passages` breaks a whole's value into (their
    `breakdowns` found)."""
    found: dict[frozenset[str], str] = {}
    for passage in passages:
        for _, parts in passage.breakdowns:
            for label, keys, _ in parts:
                found.setdefault(keys, label)
    return tuple((label, keys) for keys, label in found.items())


def breakdowns(passage: Passage) -> Breakdowns:
    """Each whole value the sentence breaks into labelled parts in brackets after it, with
    the parts' labels, label keys and values."""
    sentence = passage.sentence
    text, base = sentence.text, sentence.start
    found = []
    for bracket in _BRACKET.finditer(text):
        low, high = base + bracket.start(1), base + bracket.end(1)
        parts = [f for f in passage.figures if low <= f.start and f.end <= high]
        before = [f for f in passage.figures if f.end <= low and low - f.end <= _MAX_GAP]
        wholes = [f for f in before if parts and dimension(f) == dimension(parts[0])]
        if len(parts) < 2 or not wholes or any(dimension(p) != dimension(parts[0]) for p in parts):
            continue
        whole = wholes[-1]
        if ";" in text[whole.end - base : low - base]:
            continue
        labelled = []
        previous = low
        for part in parts:
            label = _LABEL.search(text[previous - base : part.start - base])
            keys = keys_of_words(_WORD.findall(label["label"])) if label else frozenset()
            if not keys:
                break
            labelled.append((label["label"].strip(), keys, part))
            previous = part.end
        if len(labelled) == len(parts):
            found.append((whole, labelled))
    return found
