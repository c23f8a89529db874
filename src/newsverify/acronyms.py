"""Acronyms a document defines: "the Monetary Policy Committee (MPC)", and formulas:
"nitrogen dioxide (NO2)", "fine particulate matter (PM2.5)".

After the definition a document writes only "the MPC"; an article may write the name in
full. A passage that gives the acronym then names every word of its expansion too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Up to six capitalised words (with "of", "and", "the", "for" between them), then the
# acronym in brackets.
_DEFINED = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for|on)\s+)*){1,6})\((?P<acronym>[A-Z]{2,6})\)"
)
_LINKS = frozenset({"of", "and", "the", "for", "on"})
# A formula with digits ("NO2", "PM2.5", "CO2") after the words it stands for, which its
# letters do not spell: the words since the last grammar word, up to three.
_FORMULA = re.compile(
    r"(?P<name>(?:\b[A-Za-z][a-z-]*\s+){1,6})\((?P<acronym>[A-Z][A-Za-z]{0,2}\d+(?:\.\d+)?)\)"
)
_GRAMMAR = frozenset({"of", "and", "the", "a", "an", "in", "on", "at", "for", "with", "from", "to"})
FORMULA_WORDS = 3


def find_acronyms(text: str) -> Iterator[tuple[str, int, int]]:
    """Each acronym defined in `text`, with the [start, end) span of its expansion.

    The expansion is the last capitalised words whose initials spell the acronym, so that
    "At its meeting the Bank's Monetary Policy Committee (MPC)" gives "Monetary Policy
    Committee"; a bracketed word the words before it do not spell is no definition.
    """
    for match in _DEFINED.finditer(text):
        acronym = match["acronym"]
        words = list(re.finditer(r"[\w'’-]+", match["name"]))
        capitals = [w for w in words if w.group().lower() not in _LINKS]
        if len(capitals) < len(acronym):
            continue
        spelled = capitals[-len(acronym) :]
        if "".join(w.group()[0] for w in spelled).upper() != acronym:
            continue
        start = match.start("name") + spelled[0].start()
        end = match.start("name") + spelled[-1].end()
        yield acronym, start, end
    for match in _FORMULA.finditer(text):
        words = list(re.finditer(r"[\w-]+", match["name"]))
        while any(w.group().lower() in _GRAMMAR for w in words):
            words = words[1:]
        words = words[-FORMULA_WORDS:]
        # A formula names a substance in common words ("nitrogen dioxide"); capitalised words
        # are a name, which a code with digits does not abbreviate ("the Harbour Board (HB2)").
        if words and not any(w.group()[0].isupper() for w in words[1:]):
            yield (
                match["acronym"],
                match.start("name") + words[0].start(),
                match.start("name") + words[-1].end(),
            )
