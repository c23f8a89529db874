"""Reasons a primary value on the claim's subject is no evidence for it either way: given
for another reporting period, as a majority for a count, for another quantity of the same
name, or for a part the claim does not count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .age_bands import AGE_PREFIX
from .bracketed_parts import named_part_note
from .change_spans import (
    MONTH_ON_A_YEAR,
    YEAR_ON_YEAR,
    change_span,
    measured_from,
    other_change_span_note,
    span_between,
    span_from_base,
    year_before,
)
from .contrasts import GROUP_OF, conflicting
from .margins import is_margin, margin_note
from .modality import OUTTURN, TARGET, Modality, figure_modality, other_modality_note
from .modified_nouns import ModifiedNoun, other_kind
from .narrowing import named_for_another, unnamed
from .numbered_names import other_numbered_note
from .parts import other_part_keys, part_keys, whole_of_named_part
from .passages import Passage
from .period_spans import in_year_of, same_months, span_period, year_range_period
from .periods import (
    MONTHS_TO,
    YEAR_TO_DATE,
    Period,
    is_forward_looking,
    period_fit,
    points_back_to_period,
    tied_periods,
)
from .places import publisher_keys, unnamed_place_note
from .quantities import Quantity, narrower, other_quantity
from .rate_spans import other_rate_note, value_rate
from .records import CHANGE, COUNT, MULTIPLIER, YEAR, DateParts, Figure
from .reference_times import is_baseline, is_multiple_base, is_same_period_of
from .running_totals import is_running_total, is_total_to_point
from .span_parts import other_span_note
from .subgroups import breakdown_part, subgroup_word
from .subject_keys import derived_key
from .subjects import Subject
from .table_rows import other_column_note, other_row_note
from .thresholds import other_limit_note
from .timing import (
    compare_time,
    is_deadline_note,
    one_day_of_longer,
    time_fit,
    times_of,
    title_periods,
)
from .values import Outcome, as_date, compare_dates, describe, is_deadline, is_time


@dataclass(frozen=True)
class Periods:
    """The reporting periods a statement gives its value for, and whether it is a forecast."""

    named: list[Period]
    forward: bool = False
    modality: Modality = Modality()  # what the claim says of its value (modality.py)
    running: bool = False  # the claim gives its value as a running total (running_totals.py)
    span: str = ""  # the claim gives it for a part of a span or its whole (span_parts.py)
    rate: str | None = None  # per period or over several (rate_spans.py)
    # The times the claim measures its value from ("up 1.8% on 2024", "than in October 2025").
    bases: list[Figure] = field(default_factory=list)
    # The way a difference goes: "increase" for "£2.1bn more than" (directions.py).
    difference: str | None = None
    # The span a change is measured over: "on the month", "year on year" (change_spans.py).
    change_span: str | None = None
    # The claim may give its value as a total up to a point ("had been given by ...").
    to_point: bool = True
    # The claim gives its value for one period it names without a date ("last year alone").
    one_period: bool = False
    # The time limits that say which things the claim's value counts ("within two hours").
    limits: list[Figure] = field(default_factory=list)


def primary_periods(passage: Passage, figure: Figure) -> list[Period] | None:
    """The reporting periods a primary value is given for: its own, or for a forecast that
    names none, those named earlier in its paragraph; None when they cannot be told."""
    sentence = passage.sentence
    tied = tied_periods(figure, passage.figures, passage.periods, sentence.text, sentence.start)
    if tied:
        return tied
    if is_forward_looking(passage.sentence.text):
        return passage.earlier_periods or None
    if not passage.periods and points_back_to_period(sentence.text):
        # "export volumes fell by 0.4% over the same period": the one named last before it
        return passage.referred_periods or None
    return []


def fits_periods(periods: Periods, passage: Passage, figure: Figure) -> Outcome:
    given = primary_periods(passage, figure)
    fit = period_fit(periods.named, given, passage.document_periods, periods.forward)
    if fit is not Outcome.SAME and dated_as_period(periods, passage, figure):
        return Outcome.SAME
    return fit


def period_note(periods: Periods, passage: Passage, figure: Figure) -> str:
    """Why a primary value for another reporting period than the claim's is no evidence."""
    given = primary_periods(passage, figure)
    given = given or ([] if given is None else passage.document_periods)
    primary = ", ".join(p.describe() for p in given) or "a period it does not name"
    claimed = ", ".join(p.describe() for p in periods.named) or "the report's own period"
    return f"the primary gives it for {primary}, not {claimed}"


def dated_as_period(periods: Periods, passage: Passage, figure: Figure) -> bool:
    """A primary value that names no period but is dated to the month a claimed "year to
    July 2025" ends ("fell to 31% in July 2025, down 4 points on a year earlier"), or to the
    months the claimed period covers ("between April and June" for the second quarter)."""
    if not periods.named or primary_periods(passage, figure) != []:
        return False
    times = [as_date(f) for f in times_of(figure, passage)]
    # "between April and June" in a release of August 2026 is the second quarter of 2026.
    spans = [
        span_period(in_year_of(date, passage.document_dates)) for date in times if date is not None
    ]
    return all(
        any(same_months(period, span) for span in spans if span is not None)
        or (
            period.kind == MONTHS_TO
            and any(
                date is not None
                and compare_dates(DateParts(year=period.year, month=period.month), date)
                is Outcome.SAME
                for date in times
            )
        )
        for period in periods.named
    )


def named_by_times(times: list[Figure], passage: Passage, figure: Figure) -> bool:
    """The claim names the primary's period for its value by a time, not by a period's name:
    "in 2025-26" for "in the financial year 2025-26", "April to June 2026" for "Q2 2026"."""
    given = primary_periods(passage, figure) or []
    # "the year to date, January to September 2026": the span the value is given for says
    # which months its period covers.
    for date in [as_date(t) for t in times_of(figure, passage)]:
        span = span_period(in_year_of(date, passage.document_dates)) if date else None
        if span is not None:
            given.append(span)
    for time in times:
        date = as_date(time)
        named = (span_period(date) or year_range_period(date)) if date else None
        if named is not None and any(same_months(named, period) for period in given):
            return True
    return False


@dataclass(frozen=True)
class Claimed:
    """What a claim says of its value besides the number: what it is about, when, for which
    reporting periods, whether it is a majority, and the words that narrow what it counts."""

    subject: Subject
    times: list[Figure]
    periods: Periods
    margin: bool = False
    narrowing: frozenset[str] = frozenset()
    quantity: Quantity | None = None  # what the value is a value of (quantities.py)
    events: frozenset[str] = frozenset()  # verbs the primary counts its things under


# A day the primary singles out of a longer time: "the busiest day", "in a single day".
_SINGLED_OUT_DAY = re.compile(
    r"\b(?:busiest|quietest|peak|record|worst|best|single|highest|lowest)\s+day\b"
    r"|\bin\s+(?:a|one)\s+(?:single\s+)?day\b",
    re.IGNORECASE,
)


def veto(claimed: Claimed, passage: Passage, number: int, row: bool) -> str | None:
    """Why the passage's value `number`, on the claim's subject, is no evidence for the claim
    either way; None when it may be compared. `row`: it is a results row about the claim."""
    figure = passage.figures[number]
    sentence = passage.sentence
    if number in passage.withdrawn:
        # "I gave the Committee a figure of £53.8 million. That was the figure for 2024-25."
        return "a later correction in the same document takes it back"
    named = claimed.subject.weights.keys() - claimed.subject.verb_keys  # "reached": no row
    # "aged 40 and over" names the row "40 and over"
    named |= {name for name in claimed.subject.numbered if name.startswith(AGE_PREFIX)}
    if passage.row is not None and (note := other_row_note(named, passage.row)):
        return note  # a table cell speaks for its own row only (table_rows.py)
    if passage.column is not None and (note := other_column_note(claimed.times, passage.column)):
        return note  # ... and for its own column's time
    given = figure_modality(figure, passage.figures, sentence.text, sentence.start)
    if (note := other_modality_note(claimed.periods.modality, given)) is not None:
        return note  # a forecast is no evidence about what happened, nor the reverse
    claimed_kind = claimed.periods.modality.kind
    if (
        given.kind == TARGET
        and claimed_kind == OUTTURN
        and not claimed.times
        and _deadline_after(passage, figure)
    ):
        # "at least 85% of premises by 2028" is no level of coverage now: a claim that names
        # no time is about the present.
        return f"the primary gives it as {given.describe()}, for a time still to come"
    if (
        figure.kind == COUNT
        and _SINGLED_OUT_DAY.search(sentence.text)
        and one_day_of_longer(claimed.times, times_of(figure, passage))
    ):
        # "The busiest day was Friday 23 October, when 91,240 passengers ...": that day's
        # count, no count for October (a day an event happened on still dates its count)
        return "the primary counts one day of it, not the claim's whole time"
    if (
        (claimed.times or claimed.periods.named or claimed.periods.one_period)
        and not claimed.periods.to_point
        and is_total_to_point(figure, sentence.text, sentence.start)
    ):
        # "4.26 million doses had been administered by the end of week 46" is no count of
        # the doses given during week 46
        return "the primary gives the total up to then, the claim the period's own"
    if claimed.periods.running and not is_running_total(figure, sentence.text):
        # "so far this year, 6.8bn": one month's value is not the total of the year so far
        return "the claim gives a running total, the primary a single period's value"
    if (note := other_span_note(claimed.periods.span, sentence.text)) is not None:
        return note  # "over the cycle as a whole" is no value of "the final week"
    spans = (claimed.periods.change_span, given_span(passage, figure))
    # "up 2.0% so far in 2026": no month's change, unless the primary says it is the year's so far
    so_far = any(p.kind == YEAR_TO_DATE for p in claimed.periods.named) and not any(
        p.kind == YEAR_TO_DATE for p in primary_periods(passage, figure) or []
    )
    if figure.kind in (CHANGE, MULTIPLIER) and (
        note := other_change_span_note(*spans, claimed.times, so_far)
    ):
        return note  # "-2.1" under "Year on year" is no fall "on the month"
    if (note := other_base_note(claimed.periods.bases, passage, figure)) is not None:
        return note  # "up 1.8% on 2024" is no rise on 2021
    given_rate = value_rate(figure, sentence.text, sentence.start)
    if (note := other_rate_note(claimed.periods.rate, given_rate)) is not None:
        return note  # "£45 million a year" is no value of "£45 million over three years"
    limit_note = other_limit_note(
        claimed.periods.limits, figure, passage.figures, sentence.text, sentence.start
    )
    if limit_note is not None:
        return limit_note  # "71.8% ... within four hours" is no share seen within two
    if is_margin(figure, sentence.text, sentence.start) != claimed.margin:
        # "a majority of 2,505 votes" is a gap, not anybody's votes.
        return margin_note(claimed.margin)
    missing_words = [] if row else unnamed(claimed.narrowing, passage)
    if not row and not missing_words:
        elsewhere = named_for_another(claimed.narrowing, passage, number)
        if elsewhere:
            # "212 flood warnings ..., nine of them severe": the 212 are not all severe.
            said = ", ".join(f'"{key}"' for key in elsewhere)
            return f"the claim narrows it to {said}; the primary says that of another value"
    if missing_words:
        # "2,204 votes by post" counts a part of what "2,204 votes" counts.
        said = ", ".join(f'"{key}"' for key in missing_words)
        return f"the claim narrows it to {said}; the primary does not"
    part = part_keys(passage, number)
    # A statement that names several parts ("private sector pay grew 4.7%, while public
    # sector pay rose 6.2%") names its figure's part with the words next to it, when it
    # names one there at all ("Girls outperformed boys, with 72.1% of their entries ...").
    named = claimed.subject.weights
    others = other_part_keys(passage, number)
    core = claimed.subject.core
    if any(key in named for key in others) and any(key in core for key in part | others):
        named = core
    # A name the parser tagged in one text and not the other is spelled out in one key and
    # derived in the other ("Division" and "divid"): both forms name it.
    roots = set(named) | {derived_key(key) for key in named}
    if part and not any(key in roots or derived_key(key) in roots for key in part):
        # "6.0% for the public sector and 4.7% for the private sector": a part's value.
        said = " ".join(sorted(part))
        return f'the primary gives it for a part ("{said}") the claim does not name'
    numbered = passage.numbered[number] if number < len(passage.numbered) else frozenset()
    if not row and (
        note := other_numbered_note(
            claimed.subject.numbered, numbered, passage.document.title or ""
        )
    ):
        return note  # "Terminal 2 ... up 10.4%" is no value of Terminal 1, nor of the airport
    if not row and (note := _unnamed_place(claimed.subject, passage)):
        return note  # "Officers seized 21.7 tonnes" is no value of the Port of Saltreach
    if not row and (
        note := other_quantity(claimed.quantity, named, passage, number, claimed.events)
    ):
        return note  # "net debt was £2,914.6bn" is no value of borrowing
    if not row and (kind := narrower(claimed.quantity, passage, number)):
        # "Income tax receipts were £21.4bn" is one kind of the claimed "tax receipts", and
        # "business rates were £58.0m" says nothing of the claimed "office business rates".
        said = " ".join(kind)
        return f'one of the two is given for "{said}" ones only, the other is not'
    if not row and (word := subgroup_word(passage, number, named)) is not None:
        # "Residential burglary ... fell by 13%" is a part's value, not burglary's.
        return f'the primary gives it for "{word}" ones only, which the claim does not say'
    if not row and (part := breakdown_part(passage, number, named)) is not None:
        # "Fleet and business buyers registered ..., up 10.2%" beside "private buyers": a part.
        return f'the primary gives it for "{part}", one part of the whole the claim is about'
    if not row and (note := whole_of_named_part(passage, number, roots)) is not None:
        return note  # "86 rooms ..., of which 31 rooms were panelled rooms"
    if not row and (note := named_part_note(passage, number, roots)) is not None:
        return note  # "(criminal £367.1 million, civil £275.7 million)" after the whole's
    if not row and (kinds := _other_kind(claimed.subject, passage)) is not None:
        # "Clothing stores ... volumes up 3.1%" is no value of "non-food stores".
        ours, theirs = kinds
        return f'the primary gives it for "{theirs.written}", the claim for "{ours.written}"'
    other = conflicting(claimed.subject.contrasts, passage.contrasts[number])
    if other is not None:
        # "final dividend of 8.6p" is another quantity than the "total dividend", and "real
        # pay growth" than plain "pay growth".
        named = claimed.subject.contrasts.get(GROUP_OF[other])
        if named is None:
            return f'the primary gives it as "{other}", which the claim does not say'
        return f'the primary gives it as "{other}", not "{named}"'
    if fits_periods(claimed.periods, passage, figure) is not Outcome.SAME and not named_by_times(
        claimed.times, passage, figure
    ):
        return period_note(claimed.periods, passage, figure)
    timing, note = time_fit(claimed.times, passage, figure)
    if timing is Outcome.DIFFERENT and not is_deadline_note(note):
        # A value for another date is no evidence either way, and must not hide one for the
        # statement's own date ("since 1 January 2025").
        return note or period_note(claimed.periods, passage, figure)
    return None


def other_base_note(bases: list[Figure], passage: Passage, figure: Figure) -> str | None:
    """Why a primary change or level measured against another time than the claim's base is
    no evidence for it: "up 1.8% on 2024" says nothing of a rise on 2021. None when the claim
    names no base, the primary names none for the value, or one it names is the claim's."""
    if not bases:
        return None
    sentence = passage.sentence
    text, start = sentence.text, sentence.start
    based = _based(figure, passage)
    # "down 9.0% on a year earlier but up 1.2% on April to June 2026": the next change has
    # its own base.
    next_change = min(
        (
            f.start
            for f in passage.figures
            if f.start > figure.start
            and f.kind in (CHANGE, MULTIPLIER)
            and not is_time(f)
            and not _restated(figure, f, text, start)
        ),
        default=sentence.end,
    )
    given = [
        t
        for t in passage.figures
        if is_time(t)
        and figure.start < t.start < next_change
        and (is_baseline(t, text, start) or is_multiple_base(t, text, start) or t in based)
    ]
    if passage.column is not None and figure.kind in (CHANGE, MULTIPLIER):
        given += list(passage.column.bases)  # "-6" under "Change on 2025 (%)"
    if not given and passage.column is None and figure.kind in (CHANGE, MULTIPLIER):
        given = _year_earlier(passage, figure)  # "down 9.0% on a year earlier"
    if not given:
        return None
    for base in bases:
        if not any(_same_base(base, time, text, start) for time in given):
            return f"the primary measures it against {describe(given[0])}, not {describe(base)}"
    return None


def _restated(figure: Figure, other: Figure, text: str, start: int) -> bool:
    """ "down 3% (3,100 fewer) on the same quarter of 2025": the change in brackets right
    after the value is the same change told another way, with the same base."""
    return text[figure.end - start : other.start - start].strip() == "("


def _same_base(claimed: Figure, given: Figure, text: str, start: int) -> bool:
    if compare_time(claimed, given) is Outcome.SAME:
        return True
    # "on the same quarter of 2025" is the claim's "July to September 2025" when the years
    # agree: the quarter is the one the value is of, which the claim's period checks.
    claimed_date, given_date = as_date(claimed), as_date(given)
    return (
        is_same_period_of(given, text, start)
        and claimed_date is not None
        and given_date is not None
        and claimed_date.year is not None
        and claimed_date.year == given_date.year
        and given_date.month is None
    )


def _year_earlier(passage: Passage, figure: Figure) -> list[Figure]:
    """The time a change "on a year earlier" is measured from: a year before the time its
    sentence (or paragraph) dates it by; none when the words give no year-on-year change or
    nothing dates it."""
    sentence = passage.sentence
    values = [v for v in passage.figures if not is_time(v) and v is not figure]
    if change_span(figure, values, sentence.text, sentence.start) != YEAR_ON_YEAR:
        return []
    dated = times_of(figure, passage) or list(passage.inherited_times)
    return [base for time in dated if (base := year_before(time)) is not None]


def _based(figure: Figure, passage: Passage) -> list[Figure]:
    """The times of the value a change is measured from ("from 67.3% at the 2024 election"):
    those that date it and follow another value after it."""
    values = [v for v in passage.figures if not is_time(v) and v.start >= figure.end]
    return [t for t in times_of(figure, passage) if any(v.end <= t.start for v in values)]


def _other_kind(subject: Subject, passage: Passage) -> tuple[ModifiedNoun, ModifiedNoun] | None:
    if not subject.modified_nouns or not passage.modified_nouns:
        return None
    said = set(passage.positions) | passage.context_keys | passage.lead_keys
    kinds = passage.document_kinds
    return other_kind(subject.modified_nouns, passage.modified_nouns, subject.weights, said, kinds)


def given_span(passage: Passage, figure: Figure) -> str | None:
    """The span the primary's change `figure` is measured over: its column's, or its words'.
    A monthly release's change on a year ("Year on year" in "Retail sales: October 2026") is
    still a month's change, October's on the October before."""
    if passage.column is not None:
        span = passage.column.span
    else:
        sentence = passage.sentence
        values = [v for v in passage.figures if not is_time(v) and v is not figure]
        span = change_span(figure, values, sentence.text, sentence.start)
        if span is None:
            # "in October 2026, up 7.4% on October 2025": October's change on a year
            span = span_between([t for t in passage.figures if is_time(t)])
        if span is None:
            # "That is 7% more than in January to March 2026": from its base to its own time
            span = _span_to_base(passage, figure)
    if span != YEAR_ON_YEAR:
        return span
    monthly = any(
        t.date is not None and t.date.month is not None
        for t in title_periods(passage.document.title or "")
    )
    return MONTH_ON_A_YEAR if monthly else span


def _span_to_base(passage: Passage, figure: Figure) -> str | None:
    """The span from the time right after a change (its base: "7% more than in January to
    March 2026") to the value's own time, the one before it or the one its sentence goes on
    about ("Work started on 38,460 homes in April to June 2026. That is 7% more than ...")."""
    times = [t for t in passage.figures if is_time(t)]
    changes = [v for v in passage.figures if v.kind in (CHANGE, MULTIPLIER)]
    bases = [t for t in times if any(measured_from(t, change) for change in changes)]
    base = next((t for t in bases if measured_from(t, figure)), None)
    if base is None:
        return None
    # Another change's base is no time of this value ("..., but 11% fewer than ...").
    own = [t for t in times if t.end <= figure.start and t not in bases]
    own = own or passage.inherited_times
    return span_from_base(own[-1], base) if own else None


def _deadline_after(passage: Passage, figure: Figure) -> bool:
    """The value is dated by a deadline ("by 2028") later than its document's date."""
    written = passage.document.date
    for time in times_of(figure, passage):
        if not is_deadline(time) or written is None:
            continue
        date = as_date(time)
        year = date.year if date is not None else time.value if time.kind == YEAR else None
        if year is not None and year > written.year:
            return True
    return False


def _unnamed_place(subject: Subject, passage: Passage) -> str | None:
    if not subject.own_places:
        return None  # most claims name no place: no keys to gather for every candidate
    own = passage.context_keys | passage.lead_keys | publisher_keys(passage.document)
    return unnamed_place_note(subject.own_places, passage.positions, passage.document_keys, own)
