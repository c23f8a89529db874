"""Verdicts (SPEC §3): a statement's figures and quotes checked against primary passages.

A statement is a user claim, or one figure or quote of a secondary article in its sentence.
Each part of it (a figure, a quote) gets its own verdict; the statement is contradicted when
any part is, supported when every part is, and missing otherwise. A wrong "supported" is the
worst outcome, so support needs the same subject, the same value and the same time, while
anything less certain stays "missing" with a reason saying what was closest.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .contrasts import GROUP_OF, conflicting
from .corpus import Document
from .evidence import (
    EvidenceIndex,
    Passage,
    Subject,
    core_similarity,
    modifier_closeness,
    names_covered,
    qualifiers_named,
    similarity,
    whole_similarity,
)
from .margins import is_margin, margin_note
from .periods import Period, find_periods, is_forward_looking, period_fit, tied_periods
from .quote_check import find_quote, same_speaker
from .ranges import RangeEnd, compare_ends, range_end
from .records import COUNT, DATE, DateParts, Figure, Quote, Word
from .rise_sizes import compare_with_implied, implied_note
from .rows import as_bare_row, row_about_claim
from .timing import compare_time, dates_of, is_deadline_note, time_fit
from .values import (
    Outcome,
    as_date,
    as_precise,
    compare,
    compare_dates,
    describe,
    dimension,
    is_deadline,
    is_time,
    percent_form,
    stated_number,
    weekday_of,
)
from .verb_counts import as_verb_count
from .vocab import DIRECTION_WORDS

_NUMBER_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
MISSING = "missing"

# How much of a statement's subject a passage must mention (see evidence.similarity).
SUPPORT_SIMILARITY = 0.45
CONTRADICT_SIMILARITY = 0.5
# ... and of the words right next to its figure, which say what it counts ("on dredging").
CORE_SIMILARITY = 0.6
# A passage that writes the claimed number needs less of the subject to stop a contradiction
# than one that supports it: it only turns "contradicted" into "missing".
STATED_SIMILARITY = 0.3
# An event (a statement that only dates something) needs more, since dates are everywhere.
EVENT_SUPPORT_SIMILARITY = 0.55
EVENT_CONTRADICT_SIMILARITY = 0.7
# A statement must name at least this many things besides a direction to be checkable.
MIN_SUBJECT_WORDS = 1
# Another candidate this close to the best one is an equally good reading of the passage.
NEAR_TIE = 0.2
# Quotes this short without a speaker are labels or scare quotes, not quotations.
MIN_UNATTRIBUTED_QUOTE_WORDS = 5
# A conflicting value must sit this much closer to what the claim counts than a value of the
# same passage that agrees ("final dividend of 8.6p, making a total dividend of 12.9p").
OWNERSHIP_MARGIN = 0.15


@dataclass(frozen=True)
class Evidence:
    passage: Passage | None
    document: Document
    start: int  # file offsets of the evidence sentence (or matched words)
    end: int
    relation: str  # supports | contradicts
    match_start: int | None = None
    match_end: int | None = None


@dataclass
class Verdict:
    verdict: str
    reason: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statement:
    """Something to check, with the context needed to check it."""

    text: str
    words: list[Word]
    figures: list[Figure]  # the figures to check
    context: list[Figure]  # other figures of the sentence: times that qualify the figures
    quotes: list[Quote]
    focus: tuple[int, int] | None = None  # a finding's figure: nearer words weigh more
    others: list[int] = field(default_factory=list)  # end offsets of the sentence's other values
    nearby_quotes: list[Quote] = field(default_factory=list)  # quotations in the sentence
    siblings: list[Figure] = field(default_factory=list)  # the sentence's other values
    written: date | None = None  # the document's date, for "on Monday"
    against: list[str] | None = None
    text_start: int = 0  # the offset of `text` in its file (figure offsets are file offsets)


def check_statement(statement: Statement, index: EvidenceIndex) -> Verdict:
    """The verdict on one statement, with a reason and the evidence behind it."""
    # Quoted words are checked as a quote, or are someone else's words about another fact;
    # times are compared as times.
    skip = [(q.start, q.end) for q in statement.quotes + statement.nearby_quotes]
    skip += [(f.start, f.end) for f in statement.figures + statement.context if is_time(f)]
    values = [(f.start, f.end) for f in statement.figures if not is_time(f)]
    subject = index.subject(statement.words, skip, values, statement.focus, statement.others)
    mentions = find_periods(statement.text, statement.text_start)
    # A time inside a reporting period ("the three months to April") is compared as the period.
    dated = dates_of(statement.figures + statement.context, mentions)
    times = [_resolved(f, statement) for f in dated]
    measures = [f for f in statement.figures if not is_time(f) and not _inside_quotes(f, statement)]
    parts: list[Verdict] = []
    for quote in statement.quotes:
        parts.append(check_quote(quote, index, statement.against))
    forward = is_forward_looking(statement.text)
    for figure in measures:
        context = [t for t in times if t is not None]
        siblings = statement.siblings + [m for m in measures if m is not figure]
        values = statement.figures + statement.siblings
        claimed = Periods(
            tied_periods(figure, values, mentions, statement.text, statement.text_start), forward
        )
        span = range_end(figure, values, statement.text, statement.text_start)
        margin = is_margin(figure, statement.text, statement.text_start)
        parts.append(
            check_measure(
                figure,
                subject,
                context,
                index,
                statement.against,
                siblings,
                claimed,
                span,
                margin,
            )
        )
    if not measures:
        events = [f for f in statement.figures if is_time(f) and not _inside_quotes(f, statement)]
        # "its week 24 bulletin" names a thing by its time, and another time says when it
        # happened; the name must still be the primary's.
        labels = [
            f
            for f in events
            if _labels_a_thing(f, statement) and _time_written(f, index, statement.against)
        ]
        for figure in events:
            if figure in labels and len(labels) < len(events):
                continue
            unread = _unread_value_at(figure, statement)
            if unread:
                parts.append(_unread_verdict(figure, unread))
                continue
            resolved = _resolved(figure, statement)
            parts.append(check_time(figure, resolved, subject, index, statement.against))
    if not parts:
        return Verdict(MISSING, "nothing checkable: no figure or quote in the statement")
    return combine(parts)


# A number this many characters from a time may be the value the time qualifies.
UNREAD_VALUE_CHARS = 12
_DIGITS = re.compile(r"\d[\d,.:]*")
# Clock times ("3.47am", "10:30") are times of day, not values.
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b|hrs?\b|GMT\b|BST\b)", re.IGNORECASE)


def _unread_value_at(time: Figure, statement: Statement) -> str | None:
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


def _labels_a_thing(time: Figure, statement: Statement) -> bool:
    """A time between a determiner and a noun names a thing rather than dating the event."""
    before = [w for w in statement.words if w.end <= time.start]
    after = [w for w in statement.words if w.start >= time.end]
    return (
        bool(before)
        and bool(after)
        and before[-1].text.lower() in _DETERMINERS
        and after[0].pos == "NOUN"
    )


def _time_written(time: Figure, index: EvidenceIndex, against: list[str] | None) -> bool:
    """Some primary passage gives this very time ("week 24 2025" for "week 24")."""
    return any(
        compare_time(time, f) is Outcome.SAME
        for passage in index.passages_for(against)
        for f in passage.figures
        if is_time(f)
    )


def _unread_verdict(time: Figure, number: str) -> Verdict:
    return Verdict(
        MISSING,
        f'claim time "{time.text}" qualifies the number "{number}", which was not read as a '
        "figure; the date alone does not check it",
    )


def combine(parts: list[Verdict]) -> Verdict:
    for wanted in (CONTRADICTED, MISSING):
        chosen = [p for p in parts if p.verdict == wanted]
        if chosen:
            return Verdict(wanted, "; ".join(p.reason for p in chosen), _evidence(chosen))
    return Verdict(SUPPORTED, "; ".join(p.reason for p in parts), _evidence(parts))


def _evidence(parts: list[Verdict]) -> list[Evidence]:
    return [item for part in parts for item in part.evidence]


def _inside_quotes(figure: Figure, statement: Statement) -> bool:
    # A figure inside a quotation is checked with the quotation, word for word.
    return any(q.start <= figure.start and figure.end <= q.end for q in statement.quotes)


@dataclass
class _Candidate:
    score: float
    passage: Passage
    figure: Figure
    outcome: Outcome
    core: float  # how much of what the claim's figure counts the passage names
    whole: float  # how much of the whole subject, core or not
    elsewhere: str = ""  # why it holds for another time or period than the statement's
    dated: bool = False  # the primary gives it for the statement's time


def check_measure(
    claim: Figure,
    subject: Subject,
    times: list[Figure],
    index: EvidenceIndex,
    against: list[str] | None,
    siblings: list[Figure] | None = None,
    periods: Periods | None = None,
    span: RangeEnd | None = None,
    margin: bool = False,
) -> Verdict:
    """A value (percentage, multiplier, money, count, duration) against primary figures.

    `siblings` are the other values of the statement's sentence: when one of them is the
    primary's value, the sentence itself tells the two quantities apart ("go to 5%, including
    the 3.5% for defence") and the claimed value is not in conflict with it. `periods` are the
    reporting periods the statement gives its value for (a quarter, a fiscal year): a primary
    value for another period is no evidence either way. `span`: the range the claimed value
    is one end of ("between £150m and £165m"), compared as a whole. `margin`: the claim gives
    its value as a majority or lead, a gap between two counts (margins.py).
    """
    periods = periods or Periods([])
    label = f'claim {describe(claim)} ("{claim.text}")'
    if len([key for key in subject.weights if key not in DIRECTION_WORDS]) < MIN_SUBJECT_WORDS:
        return Verdict(MISSING, f"{label}; the sentence does not say what the figure measures")
    candidates: list[_Candidate] = []
    elsewhere: list[_Candidate] = []  # on the subject, but for another reporting period
    for passage in index.passages_for(against):
        for number, figure in enumerate(passage.figures):
            row = row_about_claim(claim, subject, passage, figure)
            # A row's unit comes from its lead-in, which names no one: for a claim its label
            # does not name, the row is the bare number it was before ("Jane Hollis: 1,204").
            seen = figure if row else as_bare_row(passage, figure)
            if not row and not _comparable(claim, seen):
                # "41 patients were admitted" is a count of admissions.
                verb_count = as_verb_count(claim, passage, number)
                if verb_count is None:
                    continue
                seen = verb_count
            # A row's label is its whole subject ("Helen Strand: 18,412" votes); a count the
            # claim leaves without a unit is compared as a number.
            compared = replace(seen, unit=claim.unit) if row or not claim.unit else seen
            score = 1.0 if row else similarity(subject, passage, number)
            if score >= SUPPORT_SIMILARITY and _names_ok(subject, passage, index):
                sentence = passage.sentence
                given = range_end(figure, passage.figures, sentence.text, sentence.start)
                outcome = compare_ends(claim, span, compared, given)
                if outcome is Outcome.UNCLEAR:
                    # "rose by £1,284.6m" against "rose 7.2% to £1,284.6m": about £86m.
                    outcome = compare_with_implied(claim, compared, passage.figures)
                core = 1.0 if row else core_similarity(subject, passage, number)
                whole = 1.0 if row else whole_similarity(subject, passage, number)
                candidate = _Candidate(score, passage, figure, outcome, core, whole)
                timing, note = time_fit(times, passage, figure)
                other = conflicting(subject.contrasts, passage.contrasts[number])
                if is_margin(figure, sentence.text, sentence.start) != margin:
                    # "a majority of 2,505 votes" is a gap, not anybody's votes.
                    candidate.elsewhere = margin_note(margin)
                    elsewhere.append(candidate)
                elif other is not None:
                    # "final dividend of 8.6p" is another quantity than the "total dividend".
                    claimed = subject.contrasts[GROUP_OF[other]]
                    candidate.elsewhere = f'the primary gives it as "{other}", not "{claimed}"'
                    elsewhere.append(candidate)
                elif _period_fit(periods, passage, figure) is not Outcome.SAME:
                    elsewhere.append(candidate)
                elif timing is Outcome.DIFFERENT and not is_deadline_note(note):
                    # A value for another date is no evidence either way, and must not
                    # hide one for the statement's own date ("since 1 January 2025").
                    candidate.elsewhere = note
                    elsewhere.append(candidate)
                else:
                    candidate.dated = bool(times) and timing is Outcome.SAME
                    candidates.append(candidate)
    label = f'claim {describe(claim)} ("{claim.text}")'
    # A passage that lacks what the figure counts ("turnout ... down 8.3 points" for the
    # electorate) is no reading of the claim, and must not hide the same number in another form.
    if not any(
        min(c.score, c.whole) >= CONTRADICT_SIMILARITY and c.core >= CORE_SIMILARITY
        for c in candidates
    ):
        misread = _same_number_other_form(claim, subject, index, against, periods)
        if misread is not None:
            return misread
    if not candidates and elsewhere:
        nearest = max(elsewhere, key=lambda c: c.score)
        note = nearest.elsewhere or _period_note(periods, nearest)
        return Verdict(MISSING, f"{label}; nearest {_quote(nearest)}, but {note}")
    if not candidates:
        return Verdict(MISSING, f"{label}; no primary figure of this kind on this subject")
    # A value the primary gives for the statement's own time is a better reading than one it
    # leaves undated; among passages that name what the figure counts equally well, the one
    # that names more of the rest of the statement is about it.
    # Among equals, the one that writes the claim's own number is the one the claim read
    # ("rose by £1,284.6m" and "rose 7.2% to £1,284.6m", not another sum on revenue).
    candidates.sort(
        key=lambda c: (c.dated, c.score, c.whole, c.figure.value == claim.value), reverse=True
    )
    best = candidates[0]
    close = [c for c in candidates if c.score >= best.score - NEAR_TIE]
    # Agreement needs what the figure counts to be there too: "spending on parks rose 20%"
    # is not supported by "spending on roads rose 20%".
    agreeing = [c for c in close if c.outcome is Outcome.SAME and c.core >= CORE_SIMILARITY]
    if not times:
        # A claim that names no time is about the primary's own time, not about the earlier
        # figure it cites for comparison ("59.0%, down from 67.3% at the 2024 election").
        earlier = [c for c in agreeing if _dated_elsewhere(c.figure, c.passage) is not None]
        if earlier and len(earlier) == len(agreeing):
            when = _dated_elsewhere(earlier[0].figure, earlier[0].passage)
            note = f"the primary gives it for {when}, and the claim names no time"
            return Verdict(MISSING, f"{label}; {_quote(earlier[0])}, but {note}")
    turned = [c for c in agreeing if _other_direction(subject, c.passage, c.figure)]
    if turned and len(turned) == len(agreeing):
        note = "the primary says it moved the other way"
        # "eased to 5.4% in April", the value's own verb, for "rose to 5.4% in April".
        stated = [c for c in turned if _direction_of_value(c.passage, c.figure) is not None]
        timed = [c for c in stated if time_fit(times, c.passage, c.figure)[0] is Outcome.SAME]
        if timed:
            reason = f"{label}; {_quote(timed[0])}, but {note}"
            return Verdict(CONTRADICTED, reason, [_cite(timed[0], "contradicts")])
        return Verdict(MISSING, f"{label}; {_quote(turned[0])}, but {note}")
    for candidate in agreeing:
        timing, note = time_fit(times, candidate.passage, candidate.figure)
        if timing is Outcome.SAME:
            return Verdict(
                SUPPORTED, f"{label}; {_quote(candidate)}", [_cite(candidate, "supports")]
            )
        if timing is Outcome.DIFFERENT and is_deadline_note(note):
            reason = f"{label}; {_quote(candidate)} but {note}"
            return Verdict(CONTRADICTED, reason, [_cite(candidate, "contradicts")])
    if agreeing:
        _, note = time_fit(times, agreeing[0].passage, agreeing[0].figure)
        return Verdict(MISSING, f"{label}; {_quote(agreeing[0])}, but {note}")
    if (
        best.outcome is Outcome.DIFFERENT
        and best.score >= CONTRADICT_SIMILARITY
        and best.core >= CORE_SIMILARITY
        and best.whole >= CONTRADICT_SIMILARITY
        and qualifiers_named(subject, best.passage)
    ):
        timing, note = time_fit(times, best.passage, best.figure)
        told_apart = [f for f in siblings or [] if compare(f, best.figure) is Outcome.SAME]
        if told_apart:
            note = f"the sentence itself gives {describe(told_apart[0])} for something else"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        baseline = None if times else _dated_elsewhere(best.figure, best.passage)
        if timing is Outcome.SAME and baseline is not None:
            note = f"the primary gives it for {baseline}, and the claim names no time"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        # A reading of the primary that agrees and fits about as well leaves it unsettled.
        neighbour = _agreeing_neighbour(best, candidates, subject) or next(
            (c for c in close if c.outcome is Outcome.SAME), None
        )
        if timing is Outcome.SAME and neighbour is not None:
            note = f"the same passage also gives {_quote(neighbour)}"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        stated = _claimed_number_stated(claim, subject, index, against)
        if timing is Outcome.SAME and stated is not None:
            note = f"the primary also writes {stated}"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        if timing is Outcome.SAME:
            implied = implied_note(claim, best.figure, best.passage.figures)
            reason = f"{label}; {_quote(best)}{implied}"
            return Verdict(CONTRADICTED, reason, [_cite(best, "contradicts")])
        return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
    return Verdict(MISSING, f"{label}; nearest {_quote(best)} does not settle it")


# Words that may sit between a value and the year it belongs to: "67.3% at the 2024 election".
_TO_ITS_YEAR = re.compile(r"^[\s,]*(?:[a-z]+\s+){0,3}$")


def _comparable(claim: Figure, figure: Figure) -> bool:
    """Figures of one dimension; and a count the claim leaves without a unit ("a majority of
    2,505") with a count of anything, its subject deciding ("a majority of 2,505 votes")."""
    if dimension(figure) == dimension(claim):
        return True
    # Only a plain number: "children under five" is an age, not a count of anything.
    plain = claim.bound is None and any(ch.isdigit() for ch in claim.text)
    return plain and claim.kind == figure.kind == COUNT and not claim.unit and bool(figure.unit)


def _dated_elsewhere(figure: Figure, passage: Passage) -> str | None:
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


@dataclass(frozen=True)
class Periods:
    """The reporting periods a statement gives its value for, and whether it is a forecast."""

    named: list[Period]
    forward: bool = False


def _primary_periods(passage: Passage, figure: Figure) -> list[Period] | None:
    """The reporting periods a primary value is given for: its own, or for a forecast that
    names none, those named earlier in its paragraph; None when they cannot be told."""
    sentence = passage.sentence
    tied = tied_periods(figure, passage.figures, passage.periods, sentence.text, sentence.start)
    if tied:
        return tied
    if is_forward_looking(passage.sentence.text):
        return passage.earlier_periods or None
    return []


def _period_fit(periods: Periods, passage: Passage, figure: Figure) -> Outcome:
    given = _primary_periods(passage, figure)
    return period_fit(periods.named, given, passage.document_periods, periods.forward)


def _period_note(periods: Periods, candidate: _Candidate) -> str:
    given = _primary_periods(candidate.passage, candidate.figure)
    given = given or ([] if given is None else candidate.passage.document_periods)
    primary = ", ".join(p.describe() for p in given) or "a period it does not name"
    claimed = ", ".join(p.describe() for p in periods.named) or "the report's own period"
    return f"the primary gives it for {primary}, not {claimed}"


def _other_direction(subject: Subject, passage: Passage, figure: Figure) -> bool:
    """The claim says a value rose and the passage only that it fell (or the reverse):
    "services inflation rose to 5.4%" is not supported by "services inflation eased to 5.4%".
    Where the value has a direction word of its own, that one counts, not another value's."""
    claimed = {key for key in subject.weights if key in DIRECTION_WORDS}
    own = _direction_of_value(passage, figure)
    if own is not None:
        return len(claimed) == 1 and own not in claimed
    stated = {key for key in passage.positions if key in DIRECTION_WORDS}
    return len(claimed) == 1 and bool(stated) and not claimed & stated


# A direction word at most this many words before a value is the value's own ("eased to").
DIRECTION_REACH = 2


def _direction_of_value(passage: Passage, figure: Figure) -> str | None:
    """The direction word right before the value, in its clause ("Services inflation eased
    to 5.4%"): the primary says which way this value moved. None when it has none."""
    # The kept words before the value, the last of them right before it.
    before = bisect_left(passage.starts, figure.start)
    clauses = passage.clauses
    for key in DIRECTION_WORDS:
        for position in passage.positions.get(key, []):
            if not 0 < before - position <= DIRECTION_REACH:
                continue
            if not clauses or clauses[position] == clauses[before - 1]:
                return key
    return None


def _agreeing_neighbour(
    best: _Candidate, candidates: list[_Candidate], subject: Subject
) -> _Candidate | None:
    """A value of the conflicting passage that agrees and is about as much the claim's.

    "Final dividend of 8.6p, making a total dividend of 12.9p" neither supports nor
    contradicts "the total dividend is 12.9p" when the reader cannot tell the two apart.
    """
    for other in candidates:
        if (
            other.passage is best.passage
            and other.outcome is Outcome.SAME
            and (
                best.core < other.core + OWNERSHIP_MARGIN
                # "total" sits at least as close to the agreeing value as to the other one
                or (
                    subject.modifiers
                    and modifier_closeness(subject, best.passage, other.figure)
                    >= modifier_closeness(subject, best.passage, best.figure)
                )
            )
        ):
            return other
    return None


def _claimed_number_stated(
    claim: Figure, subject: Subject, index: EvidenceIndex, against: list[str] | None
) -> str | None:
    """A passage on the subject that writes the claim's own number, in whatever form.

    Before calling a value wrong, make sure the primary does not give it after all in a form
    the figure reader did not attach to this subject: a results table ("Helen Strand: 18,412"),
    a bare count ("84 were unmarked"). Such a claim is unsettled, not contradicted.
    """
    written = _NUMBER_TEXT.search(claim.text)
    if written is None:
        return None
    digits = written.group(0).replace(",", "")
    pattern = re.compile(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)")
    for passage in index.passages_for(against):
        if similarity(subject, passage) < STATED_SIMILARITY or not _names_ok(
            subject, passage, index
        ):
            continue
        # Numbers the reader read as figures were compared already, unless it could not
        # tell what they count (a bare "18,412" in a table of results).
        text = passage.sentence.text
        base = passage.sentence.start
        for figure in passage.figures:
            if figure.kind == COUNT and not figure.unit:
                continue
            a, b = figure.start - base, figure.end - base
            if 0 <= a <= b <= len(text):
                text = text[:a] + " " * (b - a) + text[b:]
        text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
        if pattern.search(text):
            return f'"{digits}" in "{_shorten(passage.sentence.text)}"'
    return None


def _same_number_other_form(
    claim: Figure,
    subject: Subject,
    index: EvidenceIndex,
    against: list[str] | None,
    periods: Periods,
) -> Verdict | None:
    """The classic misreading: the primary's number in another percent form.

    "rose by 3.4%" where the primary says it rose *to* 3.4%, or "rose 0.8%" where it rose
    0.8 percentage points. The same digits about the same subject, read as another kind of
    figure, contradict the claim; different digits prove nothing and stay missing.
    """
    # Only a claimed change can be a misread level; a level claimed for a stated change
    # ("growth of 1.25%" for "grow by 1.25%") is how growth rates are routinely written.
    if percent_form(claim) not in ("relative change", "change in percentage points"):
        return None
    for passage in index.passages_for(against):
        for number, figure in enumerate(passage.figures):
            form = percent_form(figure)
            if form is None or form == percent_form(claim):
                continue
            if stated_number(figure) != stated_number(claim):
                continue
            if similarity(subject, passage, number) < CONTRADICT_SIMILARITY:
                continue
            if not _names_ok(subject, passage, index):
                continue
            if _period_fit(periods, passage, figure) is not Outcome.SAME:
                continue
            reason = (
                f'claim {describe(claim)} ("{claim.text}", a {percent_form(claim)}); '
                f'primary "{figure.text}" is a {form}'
            )
            return Verdict(CONTRADICTED, reason, [_cite_passage(passage, "contradicts", figure)])
    return None


def check_time(
    claim: Figure,
    resolved: Figure | None,
    subject: Subject,
    index: EvidenceIndex,
    against: list[str] | None,
) -> Verdict:
    """When something happened: the claim's date against primary passages about the event."""
    label = f'claim {describe(claim)} ("{claim.text}")'
    if resolved is not None and resolved is not claim:
        label += f" = {describe(resolved)} by the article's date"
    if resolved is None:
        return Verdict(MISSING, f"{label}; a weekday without a date cannot be placed in time")
    support: list[tuple[bool, float, Passage, str]] = []  # (dated by itself, score, ...)
    conflict: list[tuple[float, Passage, Figure]] = []
    for passage in index.passages_for(against):
        score = similarity(subject, passage)
        if score < EVENT_SUPPORT_SIMILARITY or not _names_ok(subject, passage, index):
            continue
        # What happened must be there too, not just the same month: the nouns next to the
        # date ("the prime minister set a path" is not "ministers endorsed a package"). A
        # statement with no such nouns is judged on its whole subject, above.
        if subject.core and core_similarity(subject, passage) < CORE_SIMILARITY:
            continue
        own = [f for f in passage.figures if is_time(f)]
        outcomes = [(compare_time(resolved, f), f) for f in own]
        agreeing = [f for outcome, f in outcomes if outcome is Outcome.SAME]
        if agreeing:
            support.append((True, score, passage, f'primary "{agreeing[0].text}"'))
        elif not own and any(
            compare_dates(claimed_date, d) is Outcome.SAME
            for d in passage.document_dates
            if (claimed_date := as_date(resolved))
        ):
            support.append((False, score, passage, "the primary document's date"))
        elif score >= EVENT_CONTRADICT_SIMILARITY and qualifiers_named(subject, passage):
            # Only a date at least as precise as the claim's can be the same event's: "7
            # August" against a month ("June 2025") is another reference, not a conflict.
            differing = [
                f
                for outcome, f in outcomes
                if outcome is Outcome.DIFFERENT and as_precise(f, resolved)
            ]
            if differing and not (is_deadline(claim) != is_deadline(differing[0])):
                conflict.append((score, passage, differing[0]))
    # A passage that states the date itself is better evidence than one the document dates.
    best_support = max(support, key=lambda s: (s[0], s[1]), default=None)
    best_conflict = max(conflict, key=lambda c: c[0], default=None)
    if best_support and (not best_conflict or best_support[1] >= best_conflict[0] - NEAR_TIE):
        _, _, passage, where = best_support
        return Verdict(SUPPORTED, f"{label}; {where} agrees", [_cite_passage(passage, "supports")])
    if best_conflict:
        _, passage, figure = best_conflict
        reason = f'{label}; primary "{figure.text}" = {describe(figure)}'
        reason += _weekday_note(resolved, figure)
        return Verdict(CONTRADICTED, reason, [_cite_passage(passage, "contradicts", figure)])
    misnamed = _without_wrong_weekday(resolved)
    if misnamed is not None:
        # "Wednesday 19 June 2025" for a Thursday: the primary dates the event to that day,
        # which the calendar says was another weekday.
        dated = check_time(misnamed, misnamed, subject, index, against)
        if dated.verdict == SUPPORTED:
            source = dated.reason.split("; ", 1)[-1].removesuffix(" agrees")
            note = _weekday_note(resolved, misnamed)
            reason = f"{label}; {source} gives that day{note}"
            return Verdict(CONTRADICTED, reason, [_as(e, "contradicts") for e in dated.evidence])
    return Verdict(MISSING, f"{label}; no primary passage dates this event")


def _without_wrong_weekday(claim: Figure) -> Figure | None:
    """The claim's full date without its weekday, when the weekday is wrong for that date."""
    parts = claim.date
    if parts is None or parts.weekday is None or parts.day is None:
        return None
    if weekday_of(parts) in (None, parts.weekday):
        return None
    return replace(claim, date=replace(parts, weekday=None))


def check_quote(quote: Quote, index: EvidenceIndex, against: list[str] | None) -> Verdict:
    """Quoted words against the primary texts, and the speaker against the primary's."""
    label = f'quote "{_shorten(quote.text)}"'
    match = find_quote(quote.text, index.texts_for(against))
    if match is None:
        return Verdict(MISSING, f"{label} appears in no primary text")
    cite = Evidence(
        None, match.text.document, match.start, match.end, "supports", match.start, match.end
    )
    where = match.text.document.doc_id
    primary_text = match.text.document.original
    if (
        quote.speaker
        and match.speaker
        and not same_speaker(quote.speaker, match.speaker, primary_text)
    ):
        reason = (
            f"{label}: the primary ({where}) attributes it to {match.speaker}, not {quote.speaker}"
        )
        return Verdict(CONTRADICTED, reason, [_as(cite, "contradicts")])
    if not match.exact:
        reason = f"{label} is altered: {match.differences} ({where})"
        return Verdict(CONTRADICTED, reason, [_as(cite, "contradicts")])
    said = f", said by {match.speaker}" if match.speaker else ""
    inflection = " (inflection adapted)" if match.differences == "inflection" else ""
    return Verdict(SUPPORTED, f"{label} appears verbatim in {where}{said}{inflection}", [cite])


def is_checkable_quote(quote: Quote) -> bool:
    """Attributed quotations, and long unattributed ones; not labels or scare quotes."""
    return quote.attributed or len(quote.text.split()) >= MIN_UNATTRIBUTED_QUOTE_WORDS


def _resolved(figure: Figure, statement: Statement) -> Figure | None:
    """A bare weekday placed on the calendar by the document's date, or None if it cannot be."""
    parts = figure.date
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


def _future(statement: Statement, figure: Figure) -> bool:
    before = (
        statement.text[: max(0, figure.start - statement.words[0].start)] if statement.words else ""
    )
    return " will " in f" {before.lower()} "[-60:]


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


def _names_ok(subject: Subject, passage: Passage, index: EvidenceIndex) -> bool:
    return names_covered(subject, index.document_keys(passage.document))


def _quote(candidate: _Candidate) -> str:
    return f'primary "{candidate.figure.text}" = {describe(candidate.figure)}'


def _cite(candidate: _Candidate, relation: str) -> Evidence:
    return _cite_passage(candidate.passage, relation, candidate.figure)


def _cite_passage(passage: Passage, relation: str, figure: Figure | None = None) -> Evidence:
    sentence = passage.sentence
    return Evidence(
        passage,
        passage.document,
        sentence.start,
        sentence.end,
        relation,
        figure.start if figure else None,
        figure.end if figure else None,
    )


def _as(evidence: Evidence, relation: str) -> Evidence:
    return replace(evidence, relation=relation)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
