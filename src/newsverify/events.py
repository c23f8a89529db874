"""When something happened: a statement that only dates an event, checked against the
primary passages that date the same event."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .evidence import EvidenceIndex
from .measures import CORE_SIMILARITY, NEAR_TIE
from .passages import Passage
from .periods import is_landmark_at
from .records import DATE, DateParts, Figure
from .reference_times import is_baseline
from .similarity import core_similarity, qualifiers_named, similarity
from .subjects import Subject
from .timing import compare_time
from .values import (
    Outcome,
    as_date,
    as_precise,
    calendar_day,
    compare_dates,
    describe,
    is_deadline,
    is_time,
    weekday_of,
)
from .verdicts import (
    CONTRADICTED,
    MISSING,
    SUPPORTED,
    Statement,
    Verdict,
    cite_passage,
    names_ok,
    with_relation,
)

# An event (a statement that only dates something) needs more, since dates are everywhere.
EVENT_SUPPORT_SIMILARITY = 0.55
EVENT_CONTRADICT_SIMILARITY = 0.7
# A number this many characters from a time may be the value the time qualifies.
UNREAD_VALUE_CHARS = 12
_DIGITS = re.compile(r"\d[\d,.:]*")
# Clock times ("3.47am", "10:30") are times of day, not values.
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b|hrs?\b|GMT\b|BST\b)", re.IGNORECASE)


def unread_value_at(time: Figure, statement: Statement) -> str | None:
    """A number next to a time that was not read as a figure ("rose by 41 in week 24"): the
    time says when that value holds, so the statement is about the value, not the date."""
    read = [
        (f.start - statement.text_start, f.end - statement.text_start)
        for f in statement.figures + statement.context + statement.siblings
    ]
    start = time.start - statement.text_start
    end = time.end - statement.text_start
    low, high = max(0, start - UNREAD_VALUE_CHARS), end + UNREAD_VALUE_CHARS
    for match in _DIGITS.finditer(statement.text, low, high):
        if ":" in match.group() or _CLOCK.match(statement.text, match.end()):
            continue
        if not any(a <= match.start() < b for a, b in read):
            return match.group().rstrip(",.")
    return None


# Words before a time that make it part of a name: "its week 24 bulletin", "the 2024 election".
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "a", "an"})


def labels_a_thing(time: Figure, statement: Statement) -> bool:
    """A time between a determiner and a noun names a thing rather than dating the event."""
    before = [w for w in statement.words if w.end <= time.start]
    after = [w for w in statement.words if w.start >= time.end]
    return (
        bool(before)
        and bool(after)
        and before[-1].text.lower() in _DETERMINERS
        and after[0].pos == "NOUN"
    )


def time_written(time: Figure, index: EvidenceIndex, against: list[str] | None) -> bool:
    """Some primary passage gives this very time ("week 24 2025" for "week 24")."""
    return any(
        compare_time(time, f) is Outcome.SAME
        for passage in index.passages_for(against)
        for f in passage.figures
        if is_time(f)
    )


def unread_verdict(time: Figure, number: str) -> Verdict:
    return Verdict(
        MISSING,
        f'claim time "{time.text}" qualifies the number "{number}", which was not read as a '
        "figure; the date alone does not check it",
    )


@dataclass(frozen=True)
class Dating:
    """What a claimed time dates, besides an event: `next_release`, a next publication ("the
    next figures will be published on ..."), which only a document's "Next release:" line
    dates; `starts`, when something began ("began on Saturday 30 January"), which a span of
    days does by its first day only; `published`, the publication of the figures the
    statement reports ("Figures published last Thursday show ..."), which only a document's
    release line or date dates. `written`: the article's date, near which a date without a
    year lies."""

    next_release: bool = False
    starts: bool = False
    published: bool = False
    written: date | None = None


def check_time(
    claim: Figure,
    resolved: Figure | None,
    subject: Subject,
    index: EvidenceIndex,
    against: list[str] | None,
    how: Dating = Dating(),
) -> Verdict:
    """When something happened: the claim's date against primary passages about the event
    (`how` says what else it may date)."""
    label = f'claim {describe(claim)} ("{claim.text}")'
    if resolved is not None and resolved is not claim:
        label += f" = {describe(resolved)} by the article's date"
    if resolved is None:
        return Verdict(MISSING, f"{label}; a weekday without a date cannot be placed in time")
    if how.published and not how.next_release:
        return _check_release(resolved, subject, index, against, label)
    next_release, starts, written = how.next_release, how.starts, how.written
    support: list[tuple[bool, float, Passage, str]] = []  # (dated by itself, score, ...)
    conflict: list[tuple[float, Passage, Figure]] = []
    for passage in index.passages_for(against):
        if passage.next_release and not next_release:
            continue  # "Next release: 4 February" says nothing of this release's date
        score = similarity(subject, passage)
        if score < EVENT_SUPPORT_SIMILARITY or not names_ok(subject, passage, index):
            continue
        # What happened must be there too, not just the same month: the nouns next to the
        # date ("the prime minister set a path" is not "ministers endorsed a package"). A
        # statement with no such nouns is judged on its whole subject, above.
        if subject.core and core_similarity(subject, passage) < CORE_SIMILARITY:
            continue
        sentence = passage.sentence
        # "more than in October 2025" names the time compared with, not the event's.
        own = [
            f
            for f in passage.figures
            if is_time(f) and not is_baseline(f, sentence.text, sentence.start)
        ]
        # "on 31 August" in an article of November 2026 is no date five years before.
        near = [f for f in own if _near_writing(resolved, f, written)]
        outcomes = [(_event_date_fit(resolved, _first_day(f) if starts else f), f) for f in near]
        agreeing = [f for outcome, f in outcomes if outcome is Outcome.SAME]
        # A landmark ("since 2020") is no date of the event; without a date of its own, the
        # sentence goes on about the time of the one before it ("That is ... the highest").
        dating = [f for f in own if not is_landmark_at(f.start, sentence.text, sentence.start)]
        inherited = [] if dating else passage.inherited_times
        carried = [f for f in inherited if compare_time(resolved, f) is Outcome.SAME]
        if agreeing:
            support.append((True, score, passage, f'primary "{agreeing[0].text}"'))
        elif carried:
            support.append((True, score, passage, f'primary "{carried[0].text}" before it'))
        elif not own and any(
            compare_dates(claimed_date, d) is Outcome.SAME
            for d in passage.document_dates
            if (claimed_date := as_date(resolved))
        ):
            support.append((False, score, passage, "the primary document's date"))
        elif next_release and _PUBLISHED.search(sentence.text) and not passage.next_release:
            continue  # "published ... on 12 November" dates a release made, not one to come
        elif score >= EVENT_CONTRADICT_SIMILARITY and qualifiers_named(subject, passage):
            # Only a date at least as precise as the claim's can be the same event's: "7
            # August" against a month ("June 2025") is another reference, not a conflict.
            differing = [
                f
                for outcome, f in outcomes
                if outcome is Outcome.DIFFERENT
                and as_precise(f, resolved)
                and not (passage.release and not _misdated_release(resolved, f))
            ]
            if differing and not (is_deadline(claim) != is_deadline(differing[0])):
                conflict.append((score, passage, differing[0]))
    # A passage that states the date itself is better evidence than one the document dates.
    best_support = max(support, key=lambda s: (s[0], s[1]), default=None)
    best_conflict = max(conflict, key=lambda c: c[0], default=None)
    if best_support and (not best_conflict or best_support[1] >= best_conflict[0] - NEAR_TIE):
        _, _, passage, where = best_support
        return Verdict(SUPPORTED, f"{label}; {where} agrees", [cite_passage(passage, "supports")])
    if best_conflict:
        _, passage, figure = best_conflict
        reason = f'{label}; primary "{figure.text}" = {describe(figure)}'
        reason += _weekday_note(resolved, figure)
        return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts", figure)])
    misnamed = _without_wrong_weekday(resolved)
    if misnamed is not None:
        # "Wednesday 19 June 2025" for a Thursday: the primary dates the event to that day,
        # which the calendar says was another weekday.
        dated = check_time(misnamed, misnamed, subject, index, against, how)
        if dated.verdict == SUPPORTED:
            source = dated.reason.split("; ", 1)[-1].removesuffix(" agrees")
            note = _weekday_note(resolved, misnamed)
            reason = f"{label}; {source} gives that day{note}"
            return Verdict(
                CONTRADICTED, reason, [with_relation(e, "contradicts") for e in dated.evidence]
            )
    return Verdict(MISSING, f"{label}; no primary passage dates this event")


def _check_release(
    resolved: Figure, subject: Subject, index: EvidenceIndex, against: list[str] | None, label: str
) -> Verdict:
    """A claimed publication date ("Figures published last Thursday show ...") against the
    release lines ("Published Thursday 12 November 2026") and front-matter dates of the
    primary documents that give what the statement reports; dates inside them are other
    events'."""
    passages = index.passages_for(against)
    reporting = {
        id(p.document)
        for p in passages
        if similarity(subject, p) >= EVENT_SUPPORT_SIMILARITY and names_ok(subject, p, index)
    }
    claimed = as_date(resolved)
    conflict: tuple[Passage, Figure] | None = None
    for passage in passages:
        if id(passage.document) not in reporting:
            continue
        if passage.release:
            for figure in passage.figures:
                if not is_time(figure):
                    continue
                outcome = compare_time(resolved, figure)
                if outcome is Outcome.SAME:
                    reason = f'{label}; the release line "{figure.text}" agrees'
                    return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
                if outcome is Outcome.DIFFERENT and as_precise(figure, resolved):
                    conflict = conflict or (passage, figure)
    for passage in passages:
        published = passage.document.date
        if id(passage.document) not in reporting or published is None or claimed is None:
            continue
        # The weekday counts too: "Wednesday 13 August 2026" was a Thursday.
        dated = DateParts(year=published.year, month=published.month, day=published.day)
        outcome = compare_dates(claimed, dated)
        if outcome is Outcome.SAME and calendar_day(claimed) == published:
            reason = f"{label}; the primary document's date ({published}) agrees"
            return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
        if outcome is Outcome.DIFFERENT and calendar_day(claimed) == published:
            reason = f"{label}; the primary document's date is {_describe_day(published)}"
            return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])
    if conflict is not None:
        passage, figure = conflict
        reason = f'{label}; the release line "{figure.text}" = {describe(figure)}'
        reason += _weekday_note(resolved, figure)
        return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts", figure)])
    return Verdict(MISSING, f"{label}; no primary release line dates this publication")


def _describe_day(day: date) -> str:
    weekday, month = calendar.day_name[day.weekday()], calendar.month_name[day.month]
    return f"{weekday} {day.day} {month} {day.year}"


# How far from the writing date a day and month written without a year may lie: a writer
# leaves the year out only for the months around the article's own date.
YEARLESS_REACH_DAYS = 366


def _near_writing(claim: Figure, primary: Figure, written: date | None) -> bool:
    """Whether the primary's dated day may be the one a claim's day and month without a
    year mean: one within a year of the article's date, when it has one."""
    parts, stated = claim.date, primary.date
    if written is None or parts is None or stated is None or parts.year is not None:
        return True
    if parts.month is None or parts.day is None or stated.year is None:
        return True
    day = calendar_day(DateParts(year=stated.year, month=parts.month, day=parts.day))
    return day is None or abs((day - written).days) <= YEARLESS_REACH_DAYS


def _event_date_fit(claim: Figure, primary: Figure) -> Outcome:
    """An event's claimed date against a primary time. A span of days over several months
    ("between 1 January and 31 December 2025") holds a claimed month but says nothing of when
    in it something happened, as a value that holds through the span would."""
    claimed, stated = as_date(claim), as_date(primary)
    if (
        claimed is not None
        and stated is not None
        and stated.day is not None
        and stated.end_month not in (None, stated.month)
        and claimed.day is None
        and claimed.month is not None
        and claimed.end_month is None
    ):
        return Outcome.UNCLEAR
    return compare_time(claim, primary)


def _first_day(time: Figure) -> Figure:
    """A span of days as its first day: "Friday 29 January to Sunday 31 January 2027"."""
    parts = time.date
    if parts is None or parts.day is None or (parts.end_day is None and parts.end_month is None):
        return time
    first = replace(parts, end_day=None, end_month=None, end_year=None)
    return replace(time, date=first, upper=None)


# Words right before a time that make it the publication's: "Figures published last Thursday".
PUBLISHED_ON = re.compile(
    r"\b(?:published|released|issued|came\s+out|out)\s+(?:on\s+)?(?:last\s+|this\s+)?$",
    re.IGNORECASE,
)
# A claim that dates when something began: "The count began on Saturday 30 January".
STARTED = re.compile(
    r"\b(?:began|begins|begin|started|starts|start|opened|opens|open|launched|launches|"
    r"commenced|commences|kicked\s+off|kicks\s+off|runs\s+from|ran\s+from|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# A publication already made: "My Department published the statistics on 12 November".
_PUBLISHED = re.compile(r"(?<!\bbe\s)\b(?:published|released|issued)\b", re.IGNORECASE)

# A claimed date this close to a document's release label is that release misdated; one
# further off is another release ("the next bulletin will be published on ...").
RELEASE_SLIP_DAYS = 3


def _misdated_release(claim: Figure, release: Figure) -> bool:
    claimed, released = as_date(claim), as_date(release)
    days = [calendar_day(d) if d else None for d in (claimed, released)]
    if days[0] is None or days[1] is None:
        return False
    return abs((days[0] - days[1]).days) <= RELEASE_SLIP_DAYS


def _without_wrong_weekday(claim: Figure) -> Figure | None:
    """The claim's full date without its weekday, when the weekday is wrong for that date."""
    parts = claim.date
    if parts is None or parts.weekday is None or parts.day is None:
        return None
    if weekday_of(parts) in (None, parts.weekday):
        return None
    return replace(claim, date=replace(parts, weekday=None))


# "at last July's general election": the month's latest one before the writing date's month.
_LAST = re.compile(r"\blast\s+$", re.IGNORECASE)


def resolved_time(figure: Figure, statement: Statement) -> Figure | None:
    """A bare weekday, or a month after "last", placed on the calendar by the document's
    date, or None if it cannot be."""
    parts = figure.date
    if figure.kind == DATE and parts is not None and _last_month(figure, statement):
        if statement.written is None:
            return None  # "last July" in a claim with no date: no time to check it by
        written = statement.written
        year = written.year if parts.month < written.month else written.year - 1
        return replace(figure, date=replace(parts, year=year))
    if figure.kind != DATE or parts is None or parts.weekday is None:
        return figure
    if parts.day is not None or parts.month is not None or parts.year is not None:
        return figure
    if statement.written is None:
        return None
    day = _nearest_weekday(statement.written, parts.weekday, _future(statement, figure))
    resolved = DateParts(year=day.year, month=day.month, day=day.day, weekday=parts.weekday)
    value = float(day.year * 10000 + day.month * 100 + day.day)
    return Figure(figure.start, figure.end, figure.text, value, figure.unit, DATE, date=resolved)


def _last_month(figure: Figure, statement: Statement) -> bool:
    parts = figure.date
    if parts is None or parts.month is None or parts.year is not None or parts.day is not None:
        return False
    before = statement.text[: max(0, figure.start - statement.text_start)]
    return bool(_LAST.search(before[-12:]))


def _future(statement: Statement, figure: Figure) -> bool:
    before = (
        statement.text[: max(0, figure.start - statement.words[0].start)] if statement.words else ""
    )
    return _FUTURE_BEFORE.search(before[-60:]) is not None


# Words that put a bare weekday ahead of the writing date: "will speak on Friday", "is due to
# address vice-chancellors on Friday".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|going)\s+to|"
    r"(?:is|are)\s+to)\b",
    re.IGNORECASE,
)


def _nearest_weekday(written: date, weekday: int, future: bool) -> date:
    """The weekday nearest the writing date: the coming one for "will", else the last one."""
    if future:
        return written + timedelta(days=(weekday - written.weekday()) % 7)
    return written - timedelta(days=(written.weekday() - weekday) % 7)


def _weekday_note(claim: Figure, primary: Figure) -> str:
    """When the claim's weekday does not fit its own date, say what day that date was."""
    parts = claim.date
    if parts is None or parts.weekday is None or weekday_of(parts) in (None, parts.weekday):
        return ""
    day = f"{parts.day} {calendar.month_name[parts.month or 1]} {parts.year}"
    return f" ({day} was a {calendar.day_name[weekday_of(parts) or 0]})"
