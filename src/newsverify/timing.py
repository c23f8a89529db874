"""Which time a value holds for, and whether it is the statement's.

A primary value is dated by the times that qualify it ("1% in 2025", "2.5% of GDP by 2027");
a value with none is dated by the times of its sentence that qualify no value ("In 2024, the
calls received 300 submissions"). A time that is part of a reporting period ("the three
months to April") is not a date of its own: periods.py compares the period as a whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .corpus import Document
from .figures import find_figures
from .passages import Passage
from .periods import Mention, is_landmark
from .records import CHANGE, DATE, MULTIPLIER, Figure
from .values import (
    Outcome,
    as_date,
    compare,
    compare_dates,
    describe,
    dimension,
    is_deadline,
    is_period,
    is_time,
)

# How many words may stand between a value and the time that qualifies it.
QUALIFYING_WORDS = 5
# A deadline the primary sets otherwise is a conflict, not another time: its note starts so.
DEADLINE_NOTE = "deadline"


def is_deadline_note(note: str) -> bool:
    return note.startswith(DEADLINE_NOTE)


def time_fit(times: list[Figure], passage: Passage, figure: Figure) -> tuple[Outcome, str]:
    """Does the primary figure hold for the same time as the statement's? (SAME, or why not)"""
    own = times_of(figure, passage)
    for wanted in times:
        if is_deadline(wanted):
            deadlines = [f for f in own if is_deadline(f)]
            if not deadlines:
                return Outcome.UNCLEAR, f"the primary gives no deadline ({describe(wanted)})"
            if all(compare(wanted, f) is Outcome.DIFFERENT for f in deadlines):
                return (
                    Outcome.DIFFERENT,
                    f"{DEADLINE_NOTE} {describe(deadlines[0])}, not {describe(wanted)}",
                )
            continue
        periods = [f for f in own if not is_deadline(f)]
        outcomes = [compare_time(wanted, f) for f in periods]
        if Outcome.SAME in outcomes:
            continue
        wanted_date = as_date(wanted)
        # The document's date dates a value with no time of its own; "January to May" is
        # the value's own span, which a claim for May does not share.
        if (
            wanted_date
            and not any(as_date(f) and is_period(as_date(f)) for f in periods)
            and any(compare_dates(wanted_date, d) is Outcome.SAME for d in passage.document_dates)
        ):
            continue
        if any(compare_time(wanted, f) is Outcome.SAME for f in landmark_times(passage)):
            continue  # "since the series began in 2003" for "began in the year ending March 2003"
        if not periods and not passage.periods:
            # "October 2025 climate summary": an undated value of the document is October's.
            # A value with a time or period of its own ("January to October") is not.
            title = passage.document.title or ""
            if any(compare_time(wanted, f) is Outcome.SAME for f in title_months(title)):
                continue
        if Outcome.DIFFERENT in outcomes:
            return Outcome.DIFFERENT, f"it is about another time, not {describe(wanted)}"
        return Outcome.UNCLEAR, f"the primary does not say it is about {describe(wanted)}"
    return Outcome.SAME, ""


def times_of(figure: Figure, passage: Passage) -> list[Figure]:
    """The times in a passage that date this figure: its own ("1% in 2025", "the 35 admitted
    in week 23"), or, when it has none, those that qualify no value of the sentence ("In 2024,
    the calls received 300 submissions").

    A change or a multiplier compares two times: it also holds for the times of the value it
    is measured from ("double the 93 cases reported in week 23", "up 6 points from 18% in
    week 23") and, when it has no time of its own, for those of the level it follows ("rose
    to 24% in week 24, up 6 points").
    """
    values = [f for f in passage.figures if not is_time(f)]
    times = dates_of(passage.figures, passage.periods)
    owners = {id(t): [v for v in values if qualifies(v, t, passage.document)] for t in times}
    own = [t for t in times if figure in owners[id(t)]]
    # A value with a time of its own ("the 35 admitted in week 23") is dated by it alone: the
    # sentence's other times belong to its other values.
    dated = own or [t for t in times if not owners[id(t)]]
    if figure.kind not in (CHANGE, MULTIPLIER):
        return dated
    text = passage.document.original
    start = passage.document.start

    def gap(first: Figure, second: Figure) -> str:
        return text[first.end - start : second.start - start]

    later = [v for v in values if v.start >= figure.end]
    earlier = [v for v in values if v.end <= figure.start]
    related: list[Figure] = []
    if later and _MEASURED_FROM.match(gap(figure, later[0])):
        related.append(later[0])
    if earlier and not any(figure in owners[id(t)] for t in times):
        if _FOLLOWS_LEVEL.match(gap(earlier[-1], figure)):
            related.append(earlier[-1])
    for value in related:
        dated += [t for t in times if value in owners[id(t)] and t not in dated]
    return dated


# What joins a change or multiplier to the value it is measured from: "double the 93 cases",
# "up 6 points from 18%", "three times the 512 cases", "17% more than the 35".
_MEASURED_FROM = re.compile(
    r"^\s*(?:the|of\s+the|on(?:\s+the)?|from(?:\s+the)?|(?:more|less|fewer)?\s*than(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
# A change right after a level and its time, in the same clause: "rose to 24% in week 24, up".
_FOLLOWS_LEVEL = re.compile(r"^[^;()]{0,40}$")


_QUALIFYING_GAP = re.compile(
    r"""^[\s,]*
    (?:of\ [a-z]+\ )?                                   # "2.5% of GDP by 2027"
    (?:in|by|for|during|until|to|from|since|as\ of|at\ the\ end\ of)?
    (?:\ the)?[\s,]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A few words of the value's own clause, then a preposition: "the 93 cases reported in week
# 23", "512 cases reported in the same period of 2024". No comma: a new clause is another fact.
_QUALIFYING_PHRASE = re.compile(
    rf"""^\s+(?:[a-z-]+\s+){{1,{QUALIFYING_WORDS}}}
    (?:in|for|during|since|of|as\ of|at\ the\ end\ of)\s+(?:the\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def qualifies(measure: Figure, time: Figure, document: Document) -> bool:
    """Does the time directly qualify the value ("2.5% of GDP by 2027", "1% in 2025")?"""
    if is_deadline(time) and measure.start < time.start:
        return True
    gap = document.original[measure.end - document.start : time.start - document.start]
    if measure.end > time.start:
        return False
    return bool(_QUALIFYING_GAP.match(gap) or _QUALIFYING_PHRASE.match(gap))


def compare_time(claim: Figure, primary: Figure) -> Outcome:
    if is_deadline(claim) or is_deadline(primary):
        return (
            compare(claim, primary)
            if is_deadline(claim) == is_deadline(primary)
            else Outcome.UNCLEAR
        )
    claimed, stated = as_date(claim), as_date(primary)
    if claimed and stated:
        return compare_dates(claimed, stated)
    return compare(claim, primary)


@lru_cache(maxsize=256)
def title_months(title: str) -> tuple[Figure, ...]:
    """The months (or spans of months) a document's title says it reports on."""
    return tuple(
        f
        for f in find_figures(title)
        if f.kind == DATE and f.date is not None and f.date.month is not None and f.date.day is None
    )


def landmark_times(passage: Passage) -> list[Figure]:
    """The times inside the periods a passage names as points of reference ("the highest
    since the year ending March 2004"): a claim naming that year names the same landmark."""
    sentence = passage.sentence
    landmarks = [m for m in passage.periods if is_landmark(m, sentence.text, sentence.start)]
    return [
        f
        for f in passage.figures
        if is_time(f) and any(m.start <= f.start and f.end <= m.end for m in landmarks)
    ]


def dates_of(figures: list[Figure], periods: list[Mention]) -> list[Figure]:
    """The times among `figures` that are dates of their own, not part of a reporting period
    (the "April" of "the three months to April")."""
    return [
        f
        for f in figures
        if is_time(f) and not any(m.start <= f.start and f.end <= m.end for m in periods)
    ]


# Words that may sit between a value and the year it belongs to: "67.3% at the 2024 election".
_TO_ITS_YEAR = re.compile(r"^[\s,]*(?:[a-z]+\s+){0,3}$")


def dated_elsewhere(figure: Figure, passage: Passage) -> str | None:
    """The year a primary value is given for, when it is a baseline for another value.

    Only a year right after the value, with no other value in between, is the value's own;
    and only a sentence that also gives a value of the same kind for the present ("59.0%,
    down from 67.3% at the 2024 election") makes it a baseline rather than the fact reported
    ("bus routes doubled in 2024").
    """
    own_years = {d.year for d in passage.document_dates if d.year}
    present = [
        f
        for f in passage.figures
        if f is not figure and dimension(f) == dimension(figure) and f.value != figure.value
    ]
    if not own_years or not present:
        return None
    later = [f for f in passage.figures if f.start >= figure.end]
    for nearest in sorted(later, key=lambda f: f.start)[:1]:
        if not is_time(nearest) or is_deadline(nearest):
            return None
        parts = as_date(nearest)
        gap = passage.document.original[
            figure.end - passage.document.start : nearest.start - passage.document.start
        ]
        if parts and parts.year and parts.year not in own_years and _TO_ITS_YEAR.match(gap):
            return describe(nearest)
    return None


# A time right after these words is what a value is compared with, not when it holds:
# "1.3°C above the 1991–2020 average", "higher than in 2019", "compared with 2024".
_BASELINE_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|above|below)"
    r"(?:\s+(?:in|the|its|their|that\s+of|those\s+of))*\s*$",
    re.IGNORECASE,
)


def is_baseline(time: Figure, text: str, base: int = 0) -> bool:
    """Is `time` named as what a value is compared with, in `text` (starting at `base`)?"""
    start = time.start - base
    return bool(_BASELINE_BEFORE.search(text[max(0, start - 40) : max(0, start)]))
