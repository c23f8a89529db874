"""Names that carry a number: "Terminal 2", "Ward 12", "Line 4". The number is part of the
name, so "Terminal 1" is another thing than "Terminal 2" though both give the key
"terminal". A value a primary gives for one numbered part is no evidence about another, nor
about the whole ("Passenger numbers at Kelmarsh rose by 10.4%" against "Terminal 2 ...
served 1,314,400 passengers, up 10.4%"). A numbered name the document's title gives is the
document's own scope ("Platform 9 safety review"), not a part of it.
"""

from __future__ import annotations

import re

from .age_bands import AGE_PREFIX, age_bands
from .places import figure_window
from .records import Figure, Sentence, Word
from .vocab import NOT_SUBJECT, word_key

# The number of a name: small, perhaps with a letter ("Terminal 2", "Gate 14B").
_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
_TITLE_NAME = re.compile(r"\b([A-Z][a-z]+) (\d{1,3}[A-Z]?)\b")
# Parts of speech a name's word may have (none: a pipeline without a tagger).
_NAME_POS = frozenset({"NOUN", "PROPN", ""})


def numbered_names(words: list[Word], values: list[tuple[int, int]]) -> frozenset[str]:
    """The numbered names among `words` ("terminal 2"); a number inside one of the `values`
    spans is a value ("Some 300 people"), not a name's."""
    names: set[str] = set()
    for word, following in zip(words, words[1:], strict=False):
        if word.pos not in _NAME_POS or not word.text[:1].isupper():
            continue
        if following.start != word.end + 1 or not _NUMBER.fullmatch(following.text):
            continue
        if any(start <= following.start < end for start, end in values):
            continue
        key = word_key(word.lemma)
        if key in NOT_SUBJECT:
            continue  # "Monday 21", "June 12": a day, not a name
        names.add(f"{key} {following.text.lower()}")
    # An age band narrows what a value is for in the same way ("aged 65 and over").
    return frozenset(names) | age_bands(words)


def numbered_by_figure(
    words: list[Word], figures: list[Figure], values: list[tuple[int, int]], sentence: Sentence
) -> list[frozenset[str]]:
    """Per figure of a sentence, the numbered names it is given for: those before it, and
    those after it in its own clause ("up 10.4%" of "Terminal 2 ... served 1,314,400, up
    10.4%"; not "to six minutes" of "..., once the new scanners in Terminal 2 were in use")."""
    return [
        numbered_names(figure_window(words, figures, number, sentence), values)
        for number in range(len(figures))
    ]


def title_numbered_names(title: str) -> frozenset[str]:
    names = _TITLE_NAME.finditer(title)
    return frozenset(f"{word_key(m[1].lower())} {m[2].lower()}" for m in names)


def other_numbered_note(claimed: frozenset[str], given: frozenset[str], title: str) -> str | None:
    """Why a value given for a numbered part the claim does not name is no evidence for
    it; None when the claim names one of the passage's numbered names or it names none."""
    parts = given - title_numbered_names(title)
    if not any(name.startswith(AGE_PREFIX) for name in claimed):
        # An age band the claim leaves unsaid is the measure's own ("the employment rate"
        # of 16 to 64-year-olds): only another band keeps the two apart.
        parts = {name for name in parts if not name.startswith(AGE_PREFIX)}
    if not parts or parts & claimed:
        return None
    said = ", ".join(f'"{name}"' for name in sorted(parts))
    return f"the primary gives it for {said}, which the claim does not name"
