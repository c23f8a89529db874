"""A value per period ("£45 million a year", "£12m annually") and a value over a span of
several periods ("£45 million over three years") are different quantities: a year's amount
is no total of three years, nor the reverse, whatever the numbers.
"""

from __future__ import annotations

import re

from .records import Figure

PER_PERIOD = "per period"
OVER_SPAN = "over several periods"

# What a sum is for, between it and its period: "£4.6 billion on funded early education".
_FOR_WHAT = r"(?:\s+(?:on|for|in|to)(?:\s+[\w'-]+){1,4}?)?"
# Right after the value: "a year", "per annum", "each month", "-a-year", "annually"; not "a
# year ago" or "a year earlier", which date the value.
_PER_PERIOD = re.compile(
    r"^(?:\s*-?\s*(?:a|an|per|each|every)[\s-]+(?:year|annum|month|week|day)\b"
    r"(?![\s-]+(?:ago|earlier|before|later|from)\b)"
    r"|\s+(?:annually|yearly|monthly|weekly|daily|a head|per head)"
    # "will spend £4.6 billion (on the service) next year": one year's amount
    rf"|{_FOR_WHAT}\s+(?:next|this|last)\s+year\b(?!\s+(?:and|to|or)\b))",
    re.IGNORECASE,
)
# "over three years", "over the next five years", "across the parliament", "spread over a
# decade"; not "over the year", which is one period.
_OVER_SPAN = re.compile(
    # a few words of what the sum is for may come first: "£4.6 billion on funded early
    # education over the three years from 2027-28"
    rf"^{_FOR_WHAT}\s*(?:spread\s+)?(?:over|across)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:[\w-]+\s+)?(?:years|months|weeks|decade|parliament|spending\s+review)\b",
    re.IGNORECASE,
)


def value_rate(figure: Figure, text: str, base: int = 0) -> str | None:
    """Whether the words right after a value make it a rate per period or a total over a
    span of periods; None when they say neither."""
    after = text[figure.end - base : figure.end - base + 50]
    if _PER_PERIOD.match(after):
        return PER_PERIOD
    if _OVER_SPAN.match(after):
        return OVER_SPAN
    return None


def other_rate_note(claimed: str | None, given: str | None) -> str | None:
    """Why a value per period is no evidence for a total over several, or the reverse."""
    if claimed is None or given is None or claimed == given:
        return None
    return f"the claim gives an amount {claimed}, the primary one {given}"
