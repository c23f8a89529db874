"""Margins: a value that counts the gap between two others, not a total of its own ("a
majority of 2,505", "won by 12 seats", "€57 lower").

"Helen Strand is elected with a majority of 2,505 votes over Daniel Orme" gives the gap between
two candidates' votes; "Ann Holt won 2,204 votes" gives one candidate's votes. Both count votes,
but neither supports or contradicts the other: a claim of votes won is compared with vote
counts, a claim of a majority with majorities.
"""

from __future__ import annotations

import re

from .records import CHANGE, MULTIPLIER, Figure
from .tallies import TALLY

# The noun that makes the value after it a gap ("a majority of 2,505", "a margin of just 12
# seats", "a lead of 3 points"), with at most a hedge in between.
_MARGIN_BEFORE = re.compile(
    r"\b(?:majority|majorities|margin|lead)\s+(?:of\s+)?"
    r"(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# A verb of winning or losing, then "by" right before the value: "beat Daniel Orme by 2,505
# votes", "won by 12 seats", "held the seat by 6,212".
_WON_BY = re.compile(
    r"\b(?:beat|beats|beating|defeat|defeats|defeated|defeating|edge|edges|edged|edging|"
    r"win|wins|won|winning|lose|loses|lost|losing|lead|leads|led|leading|trail|trails|"
    r"trailed|trailing|hold|holds|held|holding|retain|retains|retained|retaining)\b"
    r"(?:\s+[\w'-]+){0,4}\s+by\s+"
    r"(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# "A majority of 2,000 members" may also be more than half of a group of 2,000: after a
# majority, a count of people is either the gap or the group's size.
_MAJORITY_OF = re.compile(r"\bmajorit(?:y|ies)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PEOPLE = frozenset(
    {
        "member",
        "person",
        "worker",
        "resident",
        "voter",
        "employee",
        "shareholder",
        "delegate",
        "respondent",
        "staff",
        "student",
        "parent",
        "household",
    }
)
# A comparative right after a level makes it the gap between two values: "their typical bill
# will be €57 lower", "a fare £3 cheaper than the peak one".
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:lower|higher|cheaper|dearer|less|more|smaller|larger|bigger|greater|fewer)\b",
    re.IGNORECASE,
)
# How far before the value the noun or verb may start.
_REACH = 60


def is_margin(figure: Figure, text: str, text_start: int = 0) -> bool:
    """Whether `figure` (file offsets) in `text` (starting at file offset `text_start`) is
    given as a majority, margin or lead, or as what somebody won or lost by."""
    if figure.unit == TALLY:
        # "voted by a majority of 7–2" gives both counts, the votes for and against.
        return False
    start = figure.start - text_start
    if start < 0 or start > len(text):
        return False
    before = text[max(0, start - _REACH) : start]
    if _MARGIN_BEFORE.search(before) is not None or _WON_BY.search(before) is not None:
        return True
    # Changes and factors are read as such already ("rose 5% higher", "2.9 million more").
    level = figure.kind not in (CHANGE, MULTIPLIER) and figure.unit != "percentage_point"
    end = figure.end - text_start
    return level and 0 <= end <= len(text) and _COMPARATIVE_AFTER.match(text, end) is not None


def margin_note(claimed: bool) -> str:
    """Why a passage value of the other kind is no evidence for the claim."""
    if claimed:
        return (
            "the primary gives a level, and the claim a gap between two (a majority, a difference)"
        )
    return "the primary gives it as a gap between two (a majority, a difference), not a level"


def is_group_majority(figure: Figure, text: str, text_start: int = 0) -> bool:
    """Whether `figure` is "a majority of 2,000 members": a gap of 2,000 votes, or more than
    half of a group of 2,000 people. Neither reading can be checked against the other."""
    start = figure.start - text_start
    if figure.unit not in _PEOPLE or start < 0 or start > len(text):
        return False
    return _MAJORITY_OF.search(text[max(0, start - _REACH) : start]) is not None


def group_majority_note(figure: Figure) -> str:
    return (
        f'"a majority of {figure.text}" may be a margin or more than half of a group of that '
        "size; the figure alone does not say which"
    )
