"""A value given for a part of a span against one given for the whole span.

"In the final week of clearing, 3,870 applicants were placed ... Over the cycle as a whole,
64,310 applicants were placed": a claim that 64,310 were placed in the final week has taken
the whole cycle's number for one week's. Sentences say which by phrases the figure reader does
not date (the week, the cycle have no calendar dates here): a part of a span ("in the final
week", "on the first day") or the whole of it ("over the cycle as a whole", "in total"). A
value the primary gives for the one is no evidence for a claim about the other.
"""

from __future__ import annotations

import re

PART = "part"
WHOLE = "whole"

_PART = re.compile(
    r"\b(?:in|during|on|over|at) the (?:final|last|first|opening|closing|busiest|latest) "
    r"(?:\w+ )?(?:day|days|week|weeks|weekend|fortnight|month|round|stage|session)\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\b(?:as a whole|over the (?:whole|entire|full) (?:\w+ )?\w+|"
    r"(?:in|for|across) the (?:whole|entire) (?:\w+ )?\w+|in total|all told)\b",
    re.IGNORECASE,
)


def span_scope(sentence: str) -> str:
    """PART or WHOLE when the sentence gives its values for one of them only; else ""."""
    part, whole = _PART.search(sentence), _WHOLE.search(sentence)
    if part and not whole:
        return PART
    if whole and not part:
        return WHOLE
    return ""


def other_span_note(claimed: str, sentence: str) -> str | None:
    """Why a value the primary's `sentence` gives for the whole span is none for a claim
    about a part of it, or the reverse; None when they do not say otherwise."""
    given = span_scope(sentence)
    if not claimed or not given or claimed == given:
        return None
    if given == WHOLE:
        return "the primary gives it for the whole span, the claim for a part of it"
    return "the primary gives it for a part of the span, the claim for the whole"
