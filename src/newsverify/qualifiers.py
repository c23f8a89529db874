"""Words around a figure that qualify it: a bound before it, a verb or noun of change.

Shared by the rules in `figures` and `proportions`; each looks back a few words from where a
figure starts ("more than 30", "cut rates by 25bp", "grow by 1% ... and by 1.25%").
"""

from __future__ import annotations

import re

from newsverify import numbers as n
from newsverify.numbers import alternation
from newsverify.records import CHANGE, Figure
from newsverify.scan import figure_at, norm

_I = re.IGNORECASE

_BOUND_BEFORE = re.compile(rf"\b(?P<w>{alternation(n.BOUNDS)})\s+$", _I)
# A comma may part the verb from "by" ("fell, by 0.2% to 3.1%"), never from the figure.
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z'-]+,?\s+){1,6})$")
# The last "<verb> by" of the clause, for a coordinated "... and by 1.25%".
_VERB_BY = re.compile(r"\b(?P<verb>[A-Za-z'-]+)\s+by\s+[^.;:]*$")
_AND = frozenset({"and", "or", "then"})
# "went up to 85p" and "shot up to 9%" state the level reached, not a limit.
_UP_TO_AFTER_VERB = re.compile(
    r"\b(?:went|go|goes|gone|going|come|came|comes|shot|moved|jumped|edged|crept|ticked|"
    r"pushed|put|puts|bumped|climbed|rose|risen|rising|rises|revised|revises|revising|"
    r"marked|ramped|scaled|stepped|raised|moves|pushes)\s+up\s+to\s+$",
    _I,
)


def bound_before(text: str, pos: int, within: bool = False) -> tuple[int, str | None]:
    """Widen a figure at `pos` to a bound phrase before it ("more than 30"): (start, phrase)."""
    match = _BOUND_BEFORE.search(text, max(0, pos - 25), pos)
    if not match or (not within and match["w"].lower() == "within"):
        return pos, None
    if norm(match["w"]) == "up to" and _UP_TO_AFTER_VERB.search(text, max(0, pos - 30), pos):
        return pos, None
    return match.start(), norm(match["w"])


def change_before(text: str, start: int, direct: bool = True) -> tuple[int, int] | None:
    """A change verb right before `start` ("rose 20%", "cut rates by 25bp"): (its start, sign).

    "rose to 5%" is a level, so only a verb directly before the figure, or one a few words
    before "by", counts.
    """
    match = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if not match:
        return None
    words = list(re.finditer(r"[A-Za-z'-]+", match[1]))
    # "raised $5m" is fundraising, not a change; "raised rates by 50bp" is one.
    direct = direct and not match[1].rstrip().endswith(",")
    candidates = words[-1:] if direct and words[-1][0].lower() not in n.TRANSITIVE_VERBS else []
    if (
        len(words) >= 2
        and words[-1][0].lower() == "up"
        and words[-2][0].lower() in n.PHRASAL_UP_VERBS
    ):
        candidates = []  # "made up £58.9bn of the total" is a part, not a rise
    if words[-1][0].lower() == "by":
        candidates = list(reversed(words[:-1]))[:5]
    for word in candidates:
        if (sign := direction_of(word[0])) is not None:
            return match.start(1) + word.start(), sign
    if len(words) >= 2 and words[-1][0].lower() == "by" and words[-2][0].lower() in _AND:
        return _shared_change(text, match.start(1), match.start(1) + words[-1].start())
    return None


def _shared_change(text: str, before: int, by_start: int) -> tuple[int, int] | None:
    """ "grow by 1% in 2025 and by 1.25% in 2026": the second "by" shares the first's verb."""
    earlier = _VERB_BY.search(text, max(0, before - 80), before)
    if earlier and (sign := direction_of(earlier["verb"])) is not None:
        return by_start, sign
    return None


def direction_of(word: str | None) -> int | None:
    """+1 for a word of increase, -1 for one of decrease, None otherwise."""
    lower = (word or "").lower()
    if lower in n.INCREASE_VERBS or lower in n.INCREASE_NOUNS or lower in n.INCREASE_COMPARATIVES:
        return 1
    if lower in n.DECREASE_VERBS or lower in n.DECREASE_NOUNS or lower in n.DECREASE_COMPARATIVES:
        return -1
    return None


def scale_of(word: str | None) -> float | None:
    """The factor of a scale word or suffix: "bn" -> 1e9; None when there is none."""
    return n.SCALE_SUFFIXES[word.lower()] if word else None


def qualified_figure(
    text: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    kind: str,
    currency: str | None = None,
) -> Figure:
    """A value read at `start`..`end`, with the bound and the verb of change written before it:
    "more than 80 mm" is bounded, "rose by 2C" a change of +2 (any other `kind` stays)."""
    start, word = bound_before(text, start)
    bound = n.BOUNDS[word] if word else None
    if change := change_before(text, start):
        start, sign = change
        value, kind = sign * value, CHANGE
    return figure_at(text, start, end, value, unit, kind, bound, currency)
