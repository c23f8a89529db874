"""A running total claimed for one of the periods it adds up, and the reverse.

"In the financial year to date, April to October 2026, the public sector borrowed £98.6bn"
and "borrowing was £14.2bn in October 2026": a claim that £98.6bn was borrowed in October
has taken the total of seven months for one month's. The primary then gives the claimed
number for a running total (vetoed as another period) and another number for the claim's own
period: the second contradicts the claim, the first says why. Only sums and counts add up
over a period; a rate for "the 12 months to June" is no running total of June's.
"""

from __future__ import annotations

import re

from .records import COUNT, MONEY, Figure

# Words that make a sum or count a running total over the periods so far.
_RUNNING = re.compile(
    r"\b(?:(?:financial |calendar )?year[- ]to[- ]date|so far (?:this|in the) (?:\w+ )?year|"
    r"so far in (?:19|20)\d\d|since (?:1(?:st)? January|January 1(?:st)?)|"
    r"to date|cumulative(?:ly)?|running total|since the start of (?:the|this) (?:\w+ )?year|"
    r"in the first (?:\w+ )?(?:months|weeks|quarters))\b",
    re.IGNORECASE,
)
# ... and a rolling one ("in the year to June 2026") that adds up the quarters it spans. A
# report's own year ("in the 52 weeks to 31 March") reads alike, so a claim is taken as a
# running total only by the words above.
_ROLLING = re.compile(
    r"\bin the (?:\w+ )?(?:year|months|weeks|quarters) (?:to|ending|ended)\b", re.IGNORECASE
)
# Kinds of value that add up over the periods of a running total.
ADDITIVE = (MONEY, COUNT)


def is_running_total(figure: Figure, sentence: str, rolling: bool = False) -> bool:
    """A sum or count its sentence gives as a running total ("in the financial year to
    date, ... £98.6bn"); with `rolling`, a rolling one too ("in the year to June 2026,
    171,380 dwellings were completed")."""
    if figure.kind not in ADDITIVE:
        return False
    return _RUNNING.search(sentence) is not None or (
        rolling and _ROLLING.search(sentence) is not None
    )


def running_total_note(claim_running: bool, total: Figure, own: Figure) -> str:
    """Why the primary's number equal to the claim's is no support: it is the other kind of
    total, and the primary gives `own` for the claim's own period."""
    if claim_running:
        return (
            f'the primary gives "{total.text}" for a single period, and "{own.text}" '
            "for the running total the claim names"
        )
    return (
        f"the claim gives the primary's running total (\"{total.text}\") as its own period's; "
        f'the primary gives "{own.text}" for that period'
    )


# A count or sum its own clause gives as the total up to a point: "A total of 4.26 million
# doses had been administered by the end of week 46, of which 312,000 were given during week
# 46 itself" (the 312,000 are the week's own).
_TOTAL_TO_POINT = re.compile(
    r"\b(?:by the end of|to date|so far|cumulative(?:ly)?|since the (?:start|beginning) of)\b",
    re.IGNORECASE,
)
# A claim that gives its value as such a total says so by the same words or a perfect tense.
_CLAIMED_TO_POINT = re.compile(
    rf"{_TOTAL_TO_POINT.pattern}|\b(?:had|have|has) been\b|\bsince\b", re.IGNORECASE
)
# ... or the total since a named year, in a clause that says it adds up ("Since 2021-22 the
# council has repaired 241,600 potholes in total"). "has risen to 1.2 million since 2020" is
# the level now, so a perfect tense counts only for verbs that do not tell a change.
_SINCE_YEAR = re.compile(r"\bsince (?:\w+ )?(?:19|20)\d\d(?:[-/]\d\d)?\b", re.IGNORECASE)
_ADDS_UP = re.compile(
    r"\b(?:in total|all told|altogether|in all|a total of|cumulatively)\b|"
    r"\b(?:has|have)\s+(?:now\s+)?(?!(?:been\s+)?(?:risen|fallen|grown|increased|decreased|"
    r"declined|dropped|climbed|doubled|halved|reached|stood|remained|improved|worsened)\b)"
    r"\w+(?:ed|en|t)\b",
    re.IGNORECASE,
)
_CLAUSE_EDGE = re.compile(r"[,;:]")
# Words of an aim or a plan, which make "by the end of" a deadline.
_AIM = re.compile(
    r"\b(?:will|aims?|aiming|plans?|planned|intends?|target|pledged?|promised?|expects?|"
    r"(?:is|are)\s+to)\b",
    re.IGNORECASE,
)


def is_total_to_point(figure: Figure, sentence: str, base: int = 0) -> bool:
    """A sum or count its own clause (between the commas around it) gives as the total up to
    a point ("by the end of week 46", "to date")."""
    if figure.kind not in ADDITIVE:
        return False
    start, end = figure.start - base, figure.end - base
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(sentence)]
    low = max((e + 1 for e in edges if e < start), default=0)
    high = min((e for e in edges if e >= end), default=len(sentence))
    clause = sentence[low:high]
    if _SINCE_YEAR.search(clause) and _ADDS_UP.search(clause):
        return True
    found = _TOTAL_TO_POINT.search(clause)
    if found is None:
        return False
    # "aims to reopen all 14 libraries by the end of June 2027": a deadline, no total so far
    return not (found[0].lower() == "by the end of" and _AIM.search(sentence))


def claims_total_to_point(text: str) -> bool:
    """The claim may give its value as a total up to a point (is_total_to_point)."""
    return _CLAIMED_TO_POINT.search(text) is not None or _RUNNING.search(text) is not None


# A single period named without a date: "241,600 potholes last year alone", "in a single year".
_ONE_PERIOD = re.compile(
    r"\b(?:(?:last|this|past)\s+(?:year|month|quarter|week)|(?:year|month|quarter|week)\s+"
    r"alone|in\s+(?:a|one)\s+single\s+(?:year|month|quarter|week))\b|\balone\b",
    re.IGNORECASE,
)


def claims_one_period(text: str) -> bool:
    """The claim gives its value for one period, which a total up to a point is not."""
    return _ONE_PERIOD.search(text) is not None
