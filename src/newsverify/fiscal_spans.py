"""The months a document's financial year runs, when the document says so: "Fire and rescue
incident statistics, April 2025 to March 2026", "the financial year 2025-26 (1 April 2025 to
31 March 2026)".

Financial years end in different months in different places, so "2025-26" is not by itself
the year to March 2026. A document that spells out the twelve months its year runs says it is:
then a claim "in the year to March 2026" is about the document's "2025-26", and the reverse.
"""

from __future__ import annotations

import re

from .numbers import MONTHS, alternation
from .periods import FISCAL_YEAR, MONTHS_TO, Mention, Period

_SPAN = re.compile(
    rf"(?:\b\d{{1,2}}\s+)?\b(?P<m1>{alternation(MONTHS)})\s+(?P<y1>(?:19|20)\d\d)\s*"
    rf"(?:to|until|-|\u2013|\u2014)\s*(?:\d{{1,2}}\s+)?(?P<m2>{alternation(MONTHS)})\s+"
    r"(?P<y2>(?:19|20)\d\d)\b",
)


def fiscal_year_months(text: str) -> dict[int, Period]:
    """For each financial year `text` spells out as twelve months running into the next
    calendar year, by the year it ends in: the twelve months to its last month."""
    found: dict[int, Period] = {}
    for match in _SPAN.finditer(text):
        first, last = MONTHS[match["m1"]], MONTHS[match["m2"]]
        start, end = int(match["y1"]), int(match["y2"])
        if end == start + 1 and (last % 12) + 1 == first:
            found[end] = Period(MONTHS_TO, 12, end, last)
    return found


def with_fiscal_months(mentions: list[Mention], months: dict[int, Period]) -> list[Mention]:
    """`mentions` with each financial year the document spelled out also named as its
    twelve months, at the same place."""
    extra = [
        Mention(m.start, m.end, months[m.period.number])
        for m in mentions
        if m.period.kind == FISCAL_YEAR and m.period.number in months
    ]
    return [*mentions, *extra] if extra else mentions
