"""A record claimed for the whole series ("the warmest October on record"), or since a
landmark ("the lowest since 2020"), against the primary's own record statement.

"Its warmest October since 2001" says that October 2001 was at least as warm: the October is
no record of the whole series, so a claim that it is one is contradicted, when the primary
gives that landmark for the same superlative of the same thing ("warmest October"). A
primary that says "on record" or "since records began" for it supports the claim. A record
for another thing ("the warmest such period" for "the warmest year") settles nothing.

A record claimed since a landmark holds when the primary's record reaches back at least as
far ("the fewest since 2019" for "the lowest since 2020"), or the primary's is of a whole
series that began no later, and is contradicted by one that stops short of it ("the fewest
since 30 June 2022": lower then, after 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import EvidenceIndex
from .similarity import similarity
from .subjects import Subject
from .verdicts import CONTRADICTED, MISSING, SUPPORTED, Verdict, cite_passage

_SUPERLATIVE = (
    r"(?:highest|lowest|warmest|coldest|hottest|wettest|driest|sunniest|dullest|windiest|"
    r"largest|smallest|biggest|greatest|fewest|most|least|strongest|weakest|best|worst|"
    r"fastest|slowest|quickest|longest|shortest)"
)
# What a superlative is of ("October", "level"): the word after it, unless that word starts
# the record phrase itself ("the highest since records began") or its scope ("the fastest of
# any month").
_THING = r"(?P<thing>(?!(?:on|since|in|ever|for|of)\b)[a-z]+)"
# "the warmest October on record", "the highest level since records began", "the most ever"
_WHOLE_SERIES = re.compile(
    rf"\b(?P<sup>{_SUPERLATIVE})(?:\s+{_THING})?(?:\s+[a-z0-9-]+){{0,4}}?\s+"
    r"(?:on record|since records began|ever recorded|in the series|"
    # "since the series began", "since the programme began": since what is counted began
    r"since (?:the )?(?:series|programme|program|scheme|survey|index|count) (?:began|started))\b",
    re.IGNORECASE,
)
# "its warmest October since 2001": the same superlative, since a landmark year
_SINCE_YEAR = re.compile(
    rf"\b(?P<sup>{_SUPERLATIVE})(?:\s+{_THING})?(?:\s+[a-z0-9-]+){{0,5}}?\s+"
    # "since 2019", "since October 2019", "since July to September 2019", "since the 2016-17
    # season", "since the year ending March 2004"
    r"since\s+(?:the\s+)?(?:year\s+(?:ending|ended|to)\s+)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+\s+(?:to\s+[A-Z][a-z]+\s+)?)?"
    # "since the current reporting system began in 2014/15": when what is counted began
    r"(?P<began>(?:[a-z-]+\s+){1,4}(?:began|started|was\s+(?:introduced|launched|set\s+up))"
    r"\s+in\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d(?:[-/]\d\d)?)\b",
    re.IGNORECASE,
)
# The month of a landmark: "since 30 June 2022", "since the year ending March 2004".
_MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE,
)
_MONTHS = "january february march april may june july august september october november december"
# ... and the year a series began, which a whole-series record reaches back to.
_SERIES_START_YEAR = re.compile(
    r"\b(?:records|series|data|programme|program|scheme|survey|index|count)"
    r"(?:\s+there)?\s+(?:began|begin|started|start)(?:\s+there)?\s+in\s+"
    r"(?P<year>(?:1[89]|20)\d\d)"
)
# A landmark year that is where the series starts is the whole series after all.
_SERIES_START = re.compile(r"\b(?:records|series|data|records there)\s+(?:began|begin|start)")
# A passage must name this much of the claim's subject to speak of the same record.
RECORD_SIMILARITY = 0.3
# ... and this much to say when the claim's series began.
SERIES_SIMILARITY = 0.5


@dataclass(frozen=True)
class RecordClaim:
    superlative: str  # "warmest"
    thing: str  # "october": what it is the superlative of ("" when it names none)
    text: str  # the claim's words
    sentence: str = ""  # the whole statement, which may name the thing before the superlative
    # The landmark of "the lowest since 2020" (year, month or None); None: the whole series.
    since: tuple[int, int | None] | None = None
    start: int = 0  # where the record's words are in the statement
    end: int = 0
    # The year the statement says the series began: "since records began in 1951".
    began: int | None = None
    # The landmark is when something began: "since the current reporting system began in
    # 2014/15" (a since-year record).
    since_began: bool = False


def record_claim(text: str) -> RecordClaim | None:
    """The record a statement claims for the whole series or since a landmark year."""
    found = _WHOLE_SERIES.search(text)
    since = None
    if found is None:
        found = _SINCE_YEAR.search(text)
        if found is None or _SERIES_START.search(text[found.end() :]):
            return None
        since = _landmark(found)
    thing = _thing(found["thing"] or "")
    sup = found["sup"].lower()
    began = _SERIES_START_YEAR.search(text, found.start()) if since is None else None
    return RecordClaim(
        sup,
        thing,
        found.group(0),
        text,
        since,
        found.start(),
        found.end(),
        int(began["year"]) if began else None,
        since_began=since is not None and bool(found["began"]),
    )


def check_record(
    claim: RecordClaim, subject: Subject, index: EvidenceIndex, against: list[str] | None
) -> Verdict | None:
    """The primary's own statement of the record: a verdict, or None when no primary
    passage states a record of the same superlative of the same thing."""
    scope = _claimed_scope(claim)
    label = f'claim a record of {scope} ("{claim.text}")'
    for passage in index.passages_for(against):
        score = similarity(subject, passage)
        if score < RECORD_SIMILARITY:
            continue
        # Another year a series began needs a passage about the claim's own thing: "since
        # comparable records began in 2009" may be another series.
        same_series = score >= SERIES_SIMILARITY
        text = passage.sentence.text
        for found in _WHOLE_SERIES.finditer(text):
            if not _same(claim, found):
                continue
            began = _SERIES_START_YEAR.search(text, found.start())
            if claim.since is not None and (began is None or int(began["year"]) > claim.since[0]):
                continue  # a series that began later says nothing of the years before it
            if claim.began is not None and began is not None and int(began["year"]) != claim.began:
                if not same_series:
                    continue
                given = text[found.start() : began.end()]
                reason = f'{label} in {claim.began}; primary "{given}"'
                return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
            reason = f'{label}; primary "{found.group(0)}"'
            return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
        for found in _SINCE_YEAR.finditer(text):
            if not _same(claim, found) or _SERIES_START.search(text[found.end() :]):
                continue
            if found["began"] and claim.since is None:
                # "since records there began in 1968": the whole series after all
                if claim.began is not None and claim.began != _landmark(found)[0]:
                    if not same_series:
                        continue
                    reason = f'{label} in {claim.began}; primary "{found.group(0)}"'
                    return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
                reason = f'{label}; primary "{found.group(0)}"'
                return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
            if found["began"] and claim.since is not None:
                # "since the current reporting system began in 2014/15": no year before it
                # was measured, so an earlier landmark is unsettled, unless the claim too says
                # when it began.
                given = _landmark(found)
                if _reaches_back(claim.since, given) and given != claim.since:
                    if not (claim.since_began and same_series):
                        continue
                    reason = f'{label}; primary "{found.group(0)}"'
                    return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
            if claim.since is not None and _reaches_back(_landmark(found), claim.since):
                reason = f'{label}; primary "{found.group(0)}" reaches back as far'
                return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
            beaten = f'primary "{found.group(0)}": matched or beaten in {found["year"]}'
            reason = f"{label}; {beaten}, so it is no record of {scope}"
            return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
    return None


def unstated_record(claim: RecordClaim) -> Verdict:
    """A record no primary passage states for the same superlative of the same thing."""
    note = "no primary passage states this record of the same thing"
    return Verdict(MISSING, f'claim a record of {_claimed_scope(claim)} ("{claim.text}"); {note}')


def _claimed_scope(claim: RecordClaim) -> str:
    return "the whole series" if claim.since is None else f"the time since {_written(claim.since)}"


def _landmark(found: re.Match[str]) -> tuple[int, int | None]:
    """The year and month a record reaches back to: (2022, 6) for "since 30 June 2022"."""
    # the month after "since": "for any October since 2020" is no landmark of October
    month = _MONTH.search(found.group(0), found.group(0).lower().rindex("since"))
    number = _MONTHS.split().index(month[1].lower()) + 1 if month else None
    return int(found["year"][:4]), number


def _reaches_back(given: tuple[int, int | None], claimed: tuple[int, int | None]) -> bool:
    """The primary's landmark is no later than the claim's, told as precisely as the claim
    tells it: "since 2019" is loosely "since some time in 2019", so "since July 2019" meets
    it; "since June 2022" is not met by "since 30 September 2022"."""
    if claimed[1] is None:
        return given[0] <= claimed[0]
    return (given[0], given[1] or 1) <= (claimed[0], claimed[1])


def _written(landmark: tuple[int, int | None] | None) -> str:
    if landmark is None:
        return ""
    year, month = landmark
    return f"{_MONTHS.split()[month - 1].title()} {year}" if month else str(year)


# Superlatives that say the same of an amount: "the most journeys" is "the highest number of
# journeys"; "the best October" for sales is "the strongest".
_SAME_SUPERLATIVE = {
    "most": "highest",
    "largest": "highest",
    "biggest": "highest",
    "greatest": "highest",
    "fewest": "lowest",
    "least": "lowest",
    "smallest": "lowest",
    "strongest": "best",
    "weakest": "worst",
}


def _superlative(word: str) -> str:
    word = word.lower()
    return _SAME_SUPERLATIVE.get(word, word)


def _same(claim: RecordClaim, found: re.Match[str]) -> bool:
    if _superlative(found["sup"]) != _superlative(claim.superlative):
        return False
    if _numbers(found.group(0)) != _numbers(claim.text):
        return False  # "for any 16-month period" is another record than a 12-month one
    if not _same_scope(claim, found.group(0)):
        return False  # "the fastest for any October" is no record of every month
    thing = _thing(found["thing"] or "")
    if claim.thing or not thing:
        return thing == claim.thing
    # "The 2026 spring barley crop was the largest on record" names its thing before the
    # superlative: the primary's "largest spring barley crop since 2011" is of the same thing
    # when the claim has every word the primary gives it before its landmark.
    phrase = _SCOPE.sub(" ", _before_landmark(found.group(0))[len(found["sup"]) :])
    named = _WORD.findall(claim.sentence.lower())
    if _PERCENT.search(claim.sentence):
        named += _SHARE_WORDS  # "84% of major applications ..., the highest on record"
    return all(word in named for word in _WORD.findall(phrase.lower()) if word not in _RECORD_WORDS)


# A percentage is a share of what it is "of", whatever the statement calls it.
_PERCENT = re.compile(r"\d%|\bper\s*cent\b", re.IGNORECASE)
_SHARE_WORDS = ["share", "proportion", "percentage"]


# What a record is measured over: "for any October", "of any month", "in a single week".
_SCOPE = re.compile(
    r"\b(?:of|for|in)\s+(?:any|a|an)\s+(?:single\s+)?(?P<unit>[a-z]+)", re.IGNORECASE
)
# Scopes that restrict nothing: every value of a monthly series is "of any month".
_EVERY_PERIOD = frozenset("day week month quarter year period season".split())


def _same_scope(claim: RecordClaim, given: str) -> bool:
    """The primary's record is over what the claim's is: the scope the claim writes ("of any
    month"), or, when it writes none, one its statement names ("Summer admissions were the
    highest on record" for "the highest for a summer since ...")."""
    scope = _scope(given)
    if _SCOPE.search(_before_landmark(claim.text)):
        return _scope(claim.text) == scope
    return not scope or scope in _WORD.findall(claim.sentence.lower())


def _scope(phrase: str) -> str:
    """The restricted scope of a record ("october" for "the fastest for any October"), or ""
    when it is over every period of the series."""
    found = _SCOPE.search(_before_landmark(phrase))
    unit = found["unit"].lower() if found else ""
    return "" if unit in _EVERY_PERIOD else unit


def _before_landmark(phrase: str) -> str:
    landmark = _LANDMARK_WORDS.search(phrase)
    return phrase[: landmark.start()] if landmark else phrase


# Words that name no thing of their own, but how much of it: "the highest level" of
# applications is their highest number.
_GENERIC_THINGS = frozenset("level number figure total amount".split())


def _thing(word: str) -> str:
    word = word.lower()
    return "level" if word in _GENERIC_THINGS else word


# A number in the words of the record before its landmark: the "12" of "the highest for any
# 12-month period since".
_NUMBER = re.compile(r"\d[\d.,]*(?=[- ](?:day|week|month|quarter|year|period)s?\b)")
_LANDMARK_WORDS = re.compile(r"\b(?:since|on\s+record|ever|in\s+the\s+series)\b", re.IGNORECASE)


def _numbers(phrase: str) -> list[str]:
    return _NUMBER.findall(_before_landmark(phrase))


_WORD = re.compile(r"[a-z]+")
# The words of the record phrase itself, which say nothing of what the record is of.
_RECORD_WORDS = frozenset(
    "on record since records began ever recorded the series in data start".split()
)
