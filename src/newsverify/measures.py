"""A claimed value (percentage, multiplier, money, count, duration) against primary figures:
candidates scored by subject, vetoed when they are about another quantity, time or period,
then ranked; support needs the same subject, value and time, a conflict a close reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .bare_counts import in_claimed_unit
from .counted_people import as_claimed_people, same_people
from .directions import (
    held_value,
    other_difference,
    other_direction,
    stated_direction,
    told_next,
)
from .evidence import EvidenceIndex
from .exact_readings import exact_readings
from .growth_rates import as_growth_rate, as_rate_level, rate_origin, rate_way
from .level_misreads import level_for_change
from .listed_totals import listed_total_note
from .modality import Modality, figure_modality, other_modality_note
from .named_parts import claimed_parts, part_unnamed_note
from .narrowing import names_compound
from .passages import Passage, has_time_of_its_own
from .periods import MONTHS_TO
from .places import OtherPlace, other_place, publisher_keys
from .quantities import Quantity, counted_events
from .ranges import RangeEnd, compare_ends, range_end
from .records import (
    AT_LEAST,
    AT_MOST,
    CHANGE,
    COUNT,
    DURATION,
    LESS_THAN,
    LEVEL,
    MONEY,
    MORE_THAN,
    MULTIPLIER,
    YEAR,
    Figure,
)
from .rise_sizes import compare_with_implied, implied_note, is_moved_from
from .rival_words import rival_word
from .rows import as_bare_row, row_about_claim
from .running_totals import is_running_total, running_total_note
from .similarity import (
    core_similarity,
    modifier_closeness,
    qualifiers_named,
    similarity,
    whole_similarity,
)
from .span_parts import WHOLE, span_scope
from .subjects import Subject
from .timing import compare_time, dated_elsewhere, is_deadline_note, qualifies, time_fit
from .values import (
    Outcome,
    compare,
    describe,
    dimension,
    is_time,
    percent_form,
    stated_number,
)
from .verb_counts import as_verb_count
from .verdicts import (
    CONTRADICTED,
    MISSING,
    SUPPORTED,
    Evidence,
    Verdict,
    cite_passage,
    names_ok,
    shorten,
)
from .vetoes import Claimed, Periods, fits_periods, veto
from .vocab import DIRECTION_WORDS

_NUMBER_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")


# How much of a statement's subject a passage must mention (see evidence.similarity).
SUPPORT_SIMILARITY = 0.45
CONTRADICT_SIMILARITY = 0.5
# ... and of the words right next to its figure, which say what it counts ("on dredging").
CORE_SIMILARITY = 0.6
# A passage that writes the claimed number needs less of the subject to stop a contradiction
# than one that supports it: it only turns "contradicted" into "missing".
STATED_SIMILARITY = 0.3
# A statement must name at least this many things besides a direction to be checkable.
MIN_SUBJECT_WORDS = 1
# A claimed sum or count this many times off the primary's is about another quantity.
OTHER_ORDER = 100
# Bounds met by any value beyond them.
OPEN_BOUNDS = frozenset({MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST})
# A value this many times off a claimed bound, or further, is about another quantity.
BOUND_FACTOR = 2.0
# Another candidate this close to the best one is an equally good reading of the passage.
NEAR_TIE = 0.2
# A conflicting value must sit this much closer to what the claim counts than a value of the
# same passage that agrees ("final dividend of 8.6p, making a total dividend of 12.9p").
OWNERSHIP_MARGIN = 0.15


@dataclass
class _Candidate:
    score: float
    passage: Passage
    figure: Figure
    outcome: Outcome
    core: float  # how much of what the claim's figure counts the passage names
    whole: float  # how much of the whole subject, core or not
    elsewhere: str = ""  # why it is no evidence for the claim (vetoes.veto)
    dated: bool = False  # the primary gives it for the statement's time
    place: OtherPlace | None = None  # a place's value the claim does not name (places.py)


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
    narrowing: frozenset[str] = frozenset(),
    moved_from: bool = False,
    quantity: Quantity | None = None,
    compounds: frozenset[str] = frozenset(),
) -> Verdict:
    """A value (percentage, multiplier, money, count, duration) against primary figures.

    `siblings` are the other values of the statement's sentence: when one of them is the
    primary's value, the sentence itself tells the two quantities apart ("go to 5%, including
    the 3.5% for defence") and the claimed value is not in conflict with it. `periods` are the
    reporting periods the statement gives its value for (a quarter, a fiscal year): a primary
    value for another period is no evidence either way. `span`: the range the claimed value
    is one end of ("between £150m and £165m"), compared as a whole. `margin`: the claim gives
    its value as a majority or lead, a gap between two counts (margins.py). `narrowing`: the
    phrase after a claimed count that narrows what it counts ("votes by post", rows.py).
    `moved_from`: the claim gives its value as where something moved from ("goes up from
    24.68 cents"); only such a primary value can conflict with it, and it with no other.
    `quantity`: what the claimed value is a value of (quantities.py). `compounds`: the
    claim's compound adjectives before its subject's nouns ("first-time"; narrowing.py).
    """
    periods = periods or Periods([])
    label = f'claim {describe(claim)} ("{claim.text}")'
    if len([key for key in subject.weights if key not in DIRECTION_WORDS]) < MIN_SUBJECT_WORDS:
        return Verdict(MISSING, f"{label}; the sentence does not say what the figure measures")
    events = counted_events(index.passages_for(against), claim) if quantity else frozenset()
    claimed = Claimed(subject, times, periods, margin, narrowing, quantity, events)
    claimed_subject, claimed_as_such = subject, claimed
    candidates: list[_Candidate] = []
    elsewhere: list[_Candidate] = []  # on the subject, but vetoed (vetoes.py): why in `elsewhere`
    for passage in index.passages_for(against):
        for number, figure in enumerate(passage.figures):
            subject, claimed = claimed_subject, claimed_as_such
            row = row_about_claim(claim, subject, passage, figure, narrowing)
            # A row's unit comes from its lead-in, which names no one: for a claim its label
            # does not name, the row is the bare number it was before ("Jane Hollis: 1,204").
            seen = figure if row else as_bare_row(passage, figure)
            seen = in_claimed_unit(claim, passage, seen)  # a bare count (bare_counts.py)
            if claim.kind == MULTIPLIER and (rate := as_growth_rate(passage, number)):
                seen = rate  # "growth was 4.7%" is the fact "grew 4.7%"
            if claim.kind == LEVEL and (rate := as_rate_level(passage, number)):
                seen = rate  # "prices rose by 4.4%, easing from 4.6%": the rate was 4.4%
            if not row and not _comparable(claim, seen):
                # "41 patients were admitted" is a count of admissions.
                verb_count = as_verb_count(claim, passage, number)
                if verb_count is not None:
                    seen = verb_count
                elif same_people(claim, seen, subject, siblings or [], passage):
                    # "2,418 people" for "2,418 defendants": looked for under its noun.
                    subject = as_claimed_people(subject, claim, seen)
                    claimed = replace(claimed, subject=subject)
                    seen = replace(seen, unit=claim.unit)
                else:
                    continue
            # A row's label is its whole subject ("Helen Strand: 18,412" votes); a count the
            # claim leaves without a unit is compared as a number.
            # A bare change the primary gives counts what the claimed change does.
            bare_change = seen.kind == claim.kind == CHANGE and not seen.unit
            compared = (
                replace(seen, unit=claim.unit) if row or not claim.unit or bare_change else seen
            )
            score = 1.0 if row else similarity(subject, passage, number)
            if SAME_FACT_SIMILARITY <= score < SUPPORT_SIMILARITY and _same_fact(
                claim, compared, subject, passage, number
            ):
                score = SUPPORT_SIMILARITY  # the same number, next to the same things
            if score >= SUPPORT_SIMILARITY and names_ok(subject, passage, index):
                sentence = passage.sentence
                given = range_end(figure, passage.figures, sentence.text, sentence.start)
                outcome = compare_ends(claim, span, compared, given)
                if outcome is Outcome.UNCLEAR:
                    # "rose by £1,284.6m" against "rose 7.2% to £1,284.6m": about £86m.
                    outcome = compare_with_implied(
                        claim, compared, passage.figures, passage.sentence
                    )
                core = 1.0 if row else core_similarity(subject, passage, number)
                whole = 1.0 if row else whole_similarity(subject, passage, number)
                candidate = _Candidate(score, passage, figure, outcome, core, whole)
                reason = veto(claimed, passage, number, row)
                candidate.place = _other_place(subject, passage, number, row)
                if reason is not None:
                    candidate.elsewhere = reason
                    elsewhere.append(candidate)
                else:
                    timing, _ = time_fit(times, passage, figure)
                    candidate.dated = bool(times) and timing is Outcome.SAME
                    candidates.append(candidate)
    subject, claimed = claimed_subject, claimed_as_such
    # A value the primary gives for a place the claim does not name is a part's, when the
    # primary also gives one for no place ("Burglary fell by 11%" and "Burglary in the city is
    # down by 15%"), even for another time: only the whole speaks for a claim about the whole.
    # A value the wording gives for an area ("The Capital region ... (74.3%)") is one anyway.
    whole = any(c.place is None and c.core >= CORE_SIMILARITY for c in candidates + elsewhere)
    parts = [c for c in candidates if c.place is not None and (whole or c.place.area)]
    for candidate in parts:
        candidate.elsewhere = candidate.place.note if candidate.place else ""
        elsewhere.append(candidate)
    candidates = [c for c in candidates if c not in parts]
    # ... nor is a total over parts the primary lists one part's (listed_totals.py), and a
    # value for no part is none for a part the claim names (named_parts.py).
    named = claimed_parts(
        subject.weights, subject.core, [c.passage for c in candidates + elsewhere]
    )
    for candidate in list(candidates):
        note = listed_total_note(
            subject.weights, candidate.passage, candidate.figure
        ) or part_unnamed_note(named, candidate.passage)
        if note:
            candidate.elsewhere = note
            elsewhere.append(candidate)
            candidates.remove(candidate)
    if not moved_from and times:
        # (Undated, the claimed value may still be the earlier level's: unsettled, not wrong.)
        for candidate in _superseded_bases(candidates, times):
            candidate.elsewhere = "the primary gives it as the level it moved from"
            elsewhere.append(candidate)
            candidates.remove(candidate)
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
        note = nearest.elsewhere
        return Verdict(MISSING, f"{label}; nearest {_quote(nearest)}, but {note}")
    if not candidates:
        return Verdict(MISSING, f"{label}; no primary figure of this kind on this subject")
    # A value the primary gives for the statement's own time is a better reading than one it
    # leaves undated; among passages that name what the figure counts equally well, the one
    # that names more of the rest of the statement is about it.
    # Among equals, the one that writes the claim's own number is the one the claim read
    # ("rose by £1,284.6m" and "rose 7.2% to £1,284.6m", not another sum on revenue); but a
    # change the primary states is a closer reading of a claimed change than a level is
    # ("rose by 310" against "rose by 40 to 310").
    # A value of another order of size counts something else ("£3,910m" spent in all is no
    # reading of "£846" a visit): it does not outrank a reading of the claim's own size.
    own_order = [c for c in candidates if not _other_order(claim, c.figure)]
    candidates = own_order or candidates
    # A primary value the statement itself gives for another of its values ("Of the 1,046
    # dwelling fires, 874 were accidental": the 874) is that value's reading, not this one's.
    told = [
        c
        for c in candidates
        if c.outcome is not Outcome.SAME
        and any(compare(f, c.figure) is Outcome.SAME for f in siblings or [])
    ]
    untold = [c for c in candidates if c not in told]
    # ... when the best reading left agrees: a conflicting one left is as likely another
    # sibling's that the statement does not give ("a 12-year ban" beside "seven years").
    if told and untold and max(untold, key=lambda c: _rank(c, claim)).outcome is Outcome.SAME:
        candidates = untold
    candidates.sort(key=lambda c: _rank(c, claim), reverse=True)
    candidates = _own_kind_first(candidates, claim)
    best = candidates[0]
    close = [c for c in candidates if c.score >= best.score - NEAR_TIE]
    if claim.bound in OPEN_BOUNDS:
        # "more than £15bn" is met by any larger sum, the debt's £2,914.6bn too: only the
        # readings that fit the claim best may meet or miss a bound.
        close = [c for c in close if _rank(c, claim)[:3] == _rank(best, claim)[:3]]
        candidates = close + [
            c for c in candidates if c not in close and c.outcome is not Outcome.SAME
        ]
    # "first-time mothers": of readings as good, one that says "first" is about them.
    naming = [c for c in close if names_compound(compounds, c.passage)] if compounds else []
    if naming:
        close = naming
    # Agreement needs what the figure counts to be there too: "spending on parks rose 20%"
    # is not supported by "spending on roads rose 20%".
    agreeing = [c for c in close if c.outcome is Outcome.SAME and c.core >= CORE_SIMILARITY]
    if not agreeing:
        # ... or the claimed value exactly, nearer the subject than any conflicting value.
        agreeing = exact_readings(claim, close, lambda p: qualifiers_named(subject, p))
    # ... and none of the claim's words may be one the sentence gives to another of its
    # values ("84.2% of services were cancelled" from "... and 3.1% were cancelled").
    agreeing = [c for c in agreeing if not _moved_word(c, subject, siblings or [])]
    if claim.bound in OPEN_BOUNDS and any(_misses_bound_narrowly(claim, c) for c in close):
        agreeing = []  # equally good readings on both sides of the bound settle nothing
    if not times:
        # A claim that names no time is about the primary's own time, not about the earlier
        # figure it cites for comparison ("59.0%, down from 67.3% at the 2024 election").
        # (A claim that names a period, "in the year to March", has said when; the vetoes
        # have held its period against the primary's.)
        earlier = [c for c in agreeing if dated_elsewhere(c.figure, c.passage) is not None]
        # ... unless the claim gives it as where a value moved from ("down from 147.9p a
        # year ago"): the primary's base, dated to its own time, is that.
        if earlier and len(earlier) == len(agreeing) and not (periods.named or moved_from):
            when = dated_elsewhere(earlier[0].figure, earlier[0].passage)
            note = f"the primary gives it for {when}, and the claim names no time"
            return Verdict(MISSING, f"{label}; {_quote(earlier[0])}, but {note}")
        # ... nor about the level a value moved from ("rises from 24.86 cents").
        # A claim naming a period of its own may be about the earlier one ("15% in FY24").
        moved = [c for c in agreeing if is_moved_from(c.figure, c.passage.sentence)]
        if moved and len(moved) == len(agreeing) and not (moved_from or periods.named):
            note = "the primary gives it as the level it moved from"
            return Verdict(MISSING, f"{label}; {_quote(moved[0])}, but {note}")
    # "£2.1bn lower than in October 2025" against "£2.1bn more than": the other way round.
    reversed_difference = [
        c for c in agreeing if other_difference(periods.difference, c.passage, c.figure)
    ]
    turned = [
        c
        for c in agreeing
        if other_direction(subject, c.passage, c.figure, claim) or c in reversed_difference
    ]
    # A passage that does not say which way the value itself went ("Services inflation, at
    # 4.4%, remains well above ...") does not outweigh one saying it went the other way
    # ("eased to 4.4%"), nor does a turned one support.
    silent = [
        c
        for c in agreeing
        if c not in turned and stated_direction(c.passage, c.figure, claim) is None
    ]
    if turned and len(turned) + len(silent) == len(agreeing):
        held = all(held_value(c.passage, c.figure) for c in turned)
        moved = "did not move" if held else "moved the other way"
        note = f"the primary says it {moved}"
        # "eased to 5.4% in April", the value's own verb (or sign, or the change told beside
        # it), for "rose to 5.4% in April".
        # ... or in words that it stayed ("rolled over unchanged at 3,150 tonnes" for "cut to
        # 3,150 tonnes"; a table's zero change compares only its own two columns).
        stated = [
            c
            for c in turned
            if stated_direction(c.passage, c.figure, claim) is not None
            or c in reversed_difference
            or (c.passage.row_change is None and held_value(c.passage, c.figure))
        ]
        timed = [c for c in stated if time_fit(times, c.passage, c.figure)[0] is Outcome.SAME]
        if timed:
            if claim.kind == LEVEL and (origin := rate_origin(timed[0].passage, timed[0].figure)):
                rose = rate_way(timed[0].passage, timed[0].figure) == "increase"
                way = "up" if rose else "down"
                note = f'the primary says the rate went {way}, from "{origin.text}"'
            elif told := told_next(timed[0].passage, timed[0].figure):
                note = f'the primary\'s next sentence says "{told.text}"'
            reason = f"{label}; {_quote(timed[0])}, but {note}"
            return Verdict(CONTRADICTED, reason, [_cite(timed[0], "contradicts")])
        if not silent:
            return Verdict(MISSING, f"{label}; {_quote(turned[0])}, but {note}")
        agreeing = silent
    for candidate in agreeing:
        timing, note = time_fit(times, candidate.passage, candidate.figure)
        if timing is Outcome.SAME:
            # "52 fewer" from "1,012 firms, down from 1,064" says how it was worked out
            worked = implied_note(
                claim, candidate.figure, candidate.passage.figures, candidate.passage.sentence
            )
            reason = f"{label}; {_quote(candidate)}{worked}"
            return Verdict(SUPPORTED, reason, [_cite(candidate, "supports")])
        if timing is Outcome.DIFFERENT and is_deadline_note(note):
            reason = f"{label}; {_quote(candidate)} but {note}"
            return Verdict(CONTRADICTED, reason, [_cite(candidate, "contradicts")])
    if agreeing:
        _, note = time_fit(times, agreeing[0].passage, agreeing[0].figure)
        return Verdict(MISSING, f"{label}; {_quote(agreeing[0])}, but {note}")
    # A bound ("just over 700,000") holds for any larger total: it names no total.
    exact = claim.bound not in OPEN_BOUNDS
    swapped = exact and _running_total_swap(
        label, subject, periods, elsewhere, candidates, bool(times)
    )
    if swapped:
        return swapped
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
        baseline = None if times else dated_elsewhere(best.figure, best.passage)
        # A claimed change against the change a level and the level it moved from imply
        # ("grows by €42m" against "€42m for 2027, up from €30m in 2026") is the same step.
        implied = claim.kind == CHANGE and best.figure.kind != CHANGE
        stepped = implied and bool(
            implied_note(claim, best.figure, best.passage.figures, best.passage.sentence)
        )
        if timing is Outcome.SAME and baseline is not None and not stepped:
            note = f"the primary gives it for {baseline}, and the claim names no time"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        moved = is_moved_from(best.figure, best.passage.sentence)
        if not (times or periods.named) and moved != moved_from:
            # "The unit rate rises from 24.86 cents" says what it was, not what it is.
            note = (
                "the claim gives the level it moved from, the primary another"
                if moved_from
                else "the primary gives it as the level it moved from"
            )
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        # A reading of the primary that agrees and fits about as well leaves it unsettled.
        neighbour = _agreeing_neighbour(best, candidates, subject) or next(
            (c for c in close if c.outcome is Outcome.SAME), None
        )
        if timing is Outcome.SAME and neighbour is not None:
            note = f"the same passage also gives {_quote(neighbour)}"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        # The primary states the claimed value where it names what the figure counts, in a
        # passage that fits less well ("There were 1.93 million entries" against "A student
        # taking nine subjects makes nine entries"): unsettled, not wrong.
        elsewhere_same = next(
            (c for c in candidates if c.outcome is Outcome.SAME and c.core >= CORE_SIMILARITY),
            None,
        )
        if timing is Outcome.SAME and elsewhere_same is not None:
            note = f"the primary also gives {_quote(elsewhere_same)}"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        stated = _claimed_number_stated(claim, subject, index, against, periods.modality, times)
        if timing is Outcome.SAME and stated is not None:
            note = f"the primary also writes {stated}"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        if timing is Outcome.SAME and _other_order(claim, best.figure):
            note = "its value is of another order of size, so it counts something else"
            return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
        if timing is Outcome.SAME:
            implied = implied_note(claim, best.figure, best.passage.figures, best.passage.sentence)
            reason = f"{label}; {_quote(best)}{implied}"
            return Verdict(CONTRADICTED, reason, [_cite(best, "contradicts")])
        return Verdict(MISSING, f"{label}; nearest {_quote(best)}, but {note}")
    # "rose by 94,300" where the primary gives 94,300 as the level it rose to: a rise from
    # nothing (level_misreads.py).
    # A change the primary states anywhere on the subject leaves it to that change.
    stated_change = any(c.outcome is Outcome.SAME for c in candidates)
    level = level_for_change(claim, candidates, lambda c: _contradicts(c, subject, times))
    if level is not None and not stated_change:
        reason = f"{label}; {_quote(level)} is the level: a rise by all of it is one from nothing"
        return Verdict(CONTRADICTED, reason, [_cite(level, "contradicts")])
    return Verdict(MISSING, f"{label}; nearest {_quote(best)} does not settle it")


def _moved_word(candidate: _Candidate, subject: Subject, siblings: list[Figure]) -> bool:
    """The candidate's sentence gives one of the claim's words to a later value of its list
    (rival_words.py)."""
    number = candidate.passage.figures.index(candidate.figure)
    # Names say whose value it is or what it is compared with ("three times the Arable
    # Resilience Fund"), not which of the listed things it counts.
    words = set(subject.weights) - subject.required - subject.qualifiers
    return rival_word(words, candidate.passage, number, siblings) is not None


def _contradicts(candidate: _Candidate, subject: Subject, times: list[Figure]) -> bool:
    """Whether a primary value is about what the claim counts, closely enough and for the
    claim's time, for a value that differs to contradict it."""
    return (
        candidate.score >= CONTRADICT_SIMILARITY
        and candidate.core >= CORE_SIMILARITY
        and candidate.whole >= CONTRADICT_SIMILARITY
        and qualifiers_named(subject, candidate.passage)
        and time_fit(times, candidate.passage, candidate.figure)[0] is Outcome.SAME
    )


def _misses_bound_narrowly(claim: Figure, candidate: _Candidate) -> bool:
    """A value on the wrong side of a claimed bound, within a factor of it: a reading of the
    same quantity ("more than 43,000" against 42,150), not another one (68.4% against "just
    under 22%")."""
    value, bound = candidate.figure.value, claim.value
    if candidate.outcome is not Outcome.DIFFERENT or value is None or not bound:
        return False
    return 1 / BOUND_FACTOR <= abs(value / bound) <= BOUND_FACTOR


# A passage this far from the whole statement may still be its reading when it writes the
# claimed number exactly next to the same things (a chatty article sentence dilutes the rest).
SAME_FACT_SIMILARITY = 0.3


def _same_fact(
    claim: Figure, seen: Figure, subject: Subject, passage: Passage, number: int
) -> bool:
    """The primary writes the claimed value exactly (the same number as written, the same
    value) and names next to it the things the claim's figure counts (the caller has checked
    the whole score against SAME_FACT_SIMILARITY)."""
    if claim.bound is not None or claim.upper is not None or not subject.core:
        return False
    written = stated_number(claim)
    if written is None or written != stated_number(seen):
        return False
    if compare(claim, seen) is not Outcome.SAME:
        return False
    return core_similarity(subject, passage, number) >= CORE_SIMILARITY


def _rank(candidate: _Candidate, claim: Figure) -> tuple[bool, float, float, bool, bool]:
    """How well a candidate reads the claim, best first when sorted in reverse."""
    return (
        candidate.dated,
        candidate.score,
        candidate.whole,
        (candidate.figure.kind == CHANGE) == (claim.kind == CHANGE),
        candidate.figure.value == claim.value,
    )


def _running_total_swap(
    label: str,
    subject: Subject,
    periods: Periods,
    elsewhere: list[_Candidate],
    candidates: list[_Candidate],
    timed: bool,
) -> Verdict | None:
    """The claimed number is the primary's running total and the claim gives it for one of
    the periods it adds up (or the reverse), while the same document gives another number
    for the claim's own period: that number contradicts the claim (running_totals.py).
    `timed`: the claim names its time, which the other number must be given for."""
    # A span's whole ("over the cycle as a whole") adds up its parts as a running total does,
    # and so does a rolling year the claim names ("in the year ending September 2026").
    rolling_year = any(p.kind == MONTHS_TO and p.number >= 12 for p in periods.named)
    claimed_whole = periods.running or periods.span == WHOLE or rolling_year

    def whole(candidate: _Candidate) -> bool:
        text = candidate.passage.sentence.text
        return is_running_total(candidate.figure, text, True) or span_scope(text) == WHOLE

    for total in elsewhere:
        if total.outcome is not Outcome.SAME or total.core < CORE_SIMILARITY:
            continue
        if total.score < CONTRADICT_SIMILARITY:
            continue
        if whole(total) == claimed_whole:
            continue
        for own in candidates:
            if not (
                (own.dated or not timed)
                and own.outcome is Outcome.DIFFERENT
                and own.core >= CORE_SIMILARITY
                and own.passage.document is total.passage.document
                and whole(own) == claimed_whole
                and qualifiers_named(subject, own.passage)
            ):
                continue
            note = running_total_note(periods.running, total.figure, own.figure)
            reason = f"{label}; {_quote(own)}: {note}"
            return Verdict(CONTRADICTED, reason, [_cite(own, "contradicts")])
    return None


def _own_kind_first(candidates: list[_Candidate], claim: Figure) -> list[_Candidate]:
    """A value of the other kind (a change for a claimed level, or a level for a claimed
    change) that settles nothing does not hide an about equally close value of the claim's
    own kind: "| Direct debit | 1,720 | 1,758 | +38 |" reads a claimed bill by its levels.
    The level's own sentence may give the change further from the words it shares with the
    claim ("2,418 defendants were charged ..., an increase of 297" for "297 more defendants"),
    and so may a sentence that states the same level as a table's cell ("| Shoplifting |
    164,200 | 187,200 |" and "rose by 14% to 187,200 offences, an increase of 23,000")."""
    best = candidates[0]
    if best.outcome is not Outcome.UNCLEAR or _same_kind(best.figure, claim):
        return candidates
    for other in candidates[1:]:
        restated = best.passage.column is not None and _states_level(other.passage, best.figure)
        beside = (other.passage is best.passage or restated) and other.dated == best.dated
        if not beside and (other.dated != best.dated or other.score < best.score - NEAR_TIE):
            continue
        if _same_kind(other.figure, claim) and other.outcome is not Outcome.UNCLEAR:
            return [other] + [c for c in candidates if c is not other]
    return candidates


def _states_level(passage: Passage, level: Figure) -> bool:
    """The passage writes the level itself: the same number of the same kind."""
    return any(
        f.value == level.value and f.kind == level.kind and f.value is not None
        for f in passage.figures
    )


def _same_kind(figure: Figure, claim: Figure) -> bool:
    return (figure.kind == CHANGE) == (claim.kind == CHANGE)


def _superseded_bases(candidates: list[_Candidate], times: list[Figure]) -> list[_Candidate]:
    """In "halved, from 12 minutes in October 2025 to six minutes", the level it moved from is
    no reading of a dated claim that gives no level moved from ("six minutes in October"), unless
    the claim dates it by a year that the level's time fits ("12 minutes in October 2025").
    A month without a year fits both levels: it is the latest one's."""

    def moved(candidate: _Candidate) -> bool:
        return is_moved_from(candidate.figure, candidate.passage.sentence)

    def fits(candidate: _Candidate) -> bool:
        return time_fit(times, candidate.passage, candidate.figure)[0] is Outcome.SAME

    dated = any(t.kind == YEAR or (t.date is not None and t.date.year) for t in times)
    superseded = []
    for base in filter(moved, candidates):
        levels = [c for c in candidates if c.passage is base.passage and not moved(c)]
        # "down 0.9 points from 87.3%" gives the level no time of its own: the sentence's
        # time is the later level's.
        own_time = has_time_of_its_own(base.figure, base.passage)
        if levels and not (dated and own_time and fits(base)):
            superseded.append(base)
    return superseded


def _other_place(subject: Subject, passage: Passage, number: int, row: bool) -> OtherPlace | None:
    """A value the primary gives for a place the claim does not name (places.py)."""
    if row or number >= len(passage.places):
        return None
    return other_place(
        passage.places[number],
        passage.context_keys | publisher_keys(passage.document),
        passage.lead_keys,
        set(subject.weights),
        subject.qualifiers,
        subject.places,
    )


# An age is written as a span of years, but it is no span of time: "every 18 to 24-year-old"
# says nothing of "out of work for more than six months".
_AGE_TEXT = re.compile(r"year-?s?-?old|years? old|\baged\b|\bage\b", re.IGNORECASE)


def _other_order(claim: Figure, figure: Figure) -> bool:
    """A sum or count this many times the other is no misstatement of it but another
    quantity: "grants of up to €7,500" against the scheme's "€300 million"."""
    if claim.kind not in (MONEY, COUNT) or claim.value is None or figure.value is None:
        return False
    low, high = sorted((abs(claim.value), abs(figure.value)))
    return low > 0 and high / low >= OTHER_ORDER


def _comparable(claim: Figure, figure: Figure) -> bool:
    """Figures of one dimension; and a count the claim leaves without a unit ("a majority of
    2,505") with a count of anything, its subject deciding ("a majority of 2,505 votes")."""
    if claim.kind == figure.kind == DURATION and (
        bool(_AGE_TEXT.search(claim.text)) != bool(_AGE_TEXT.search(figure.text))
    ):
        return False
    if dimension(figure) == dimension(claim):
        return True
    # Only a plain number: "children under five" is an age, not a count of anything.
    plain = claim.bound is None and any(ch.isdigit() for ch in claim.text)
    # A bare change ("the backlog rose by 1,140") is compared with counts of anything too:
    # compare() never lets a change agree with a level, and rise_sizes may show a conflict.
    counted = claim.kind in (COUNT, CHANGE) and figure.kind in (COUNT, CHANGE)
    if plain and counted and not claim.unit and bool(figure.unit):
        return True
    # ... and a change the primary gives bare ("718,000, down 10,000 on the quarter") with a
    # claimed change of anything: a change never agrees with a level, so only changes can meet.
    return claim.kind == figure.kind == CHANGE and bool(claim.unit) and not figure.unit


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


_NUMBER_BEFORE_TIME = re.compile(r"(\d[\d,.]*)\s+(?:in|for|during)\s+(?:the\s+)?$")


def _dated_otherwise(figure: Figure, passage: Passage, times: list[Figure]) -> bool:
    """The sentence dates the value, and to none of the claim's times."""
    own = [t for t in passage.figures if is_time(t) and qualifies(figure, t, passage.document)]
    return bool(own) and all(
        compare_time(wanted, t) is Outcome.DIFFERENT for wanted in times for t in own
    )


def _claimed_number_stated(
    claim: Figure,
    subject: Subject,
    index: EvidenceIndex,
    against: list[str] | None,
    modality: Modality | None = None,
    times: list[Figure] | None = None,
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
        if passage.row is not None:
            continue  # a table's cells are all read, each as a figure of its own
        if similarity(subject, passage) < STATED_SIMILARITY or not names_ok(
            subject, passage, index
        ):
            continue
        # Numbers the reader read as figures were compared already, unless it could not
        # tell what they count (a bare "18,412" in a table of results).
        text = passage.sentence.text
        base = passage.sentence.start
        for figure in passage.figures:
            # ... and a number of another modality ("the 175,000 the Ministry had expected"
            # for a claim that 175,000 were built) is not the claim's number written again.
            given = figure_modality(figure, passage.figures, text, base)
            other = modality is not None and other_modality_note(modality, given) is not None
            # ... nor is one its sentence gives for another time than the claim's ("grew to
            # 164 stations in 2025, from 152 in 2024" for a claim of 152 in 2025).
            elsewhen = bool(times) and _dated_otherwise(figure, passage, times or [])
            if figure.kind == COUNT and not figure.unit and not other and not elsewhen:
                continue
            a, b = figure.start - base, figure.end - base
            if 0 <= a <= b <= len(text):
                text = text[:a] + " " * (b - a) + text[b:]
        for time in passage.figures if times else []:
            # A number the figure reader left bare, right before another time than the
            # claim's ("from 152 in 2024"), is that time's.
            if not is_time(time) or not all(
                compare_time(wanted, time) is Outcome.DIFFERENT for wanted in times or []
            ):
                continue
            before = _NUMBER_BEFORE_TIME.search(text, 0, max(0, time.start - base))
            if before is not None:
                a, b = before.span(1)
                text = text[:a] + " " * (b - a) + text[b:]
        text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
        if pattern.search(text):
            return f'"{digits}" in "{shorten(passage.sentence.text)}"'
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
            if as_growth_rate(passage, number) is not None:
                continue  # "growth was 4.7%" is no level misread as "grew 4.7%"
            if similarity(subject, passage, number) < CONTRADICT_SIMILARITY:
                continue
            if not names_ok(subject, passage, index):
                continue
            if fits_periods(periods, passage, figure) is not Outcome.SAME:
                continue
            reason = (
                f'claim {describe(claim)} ("{claim.text}", a {percent_form(claim)}); '
                f'primary "{figure.text}" is a {form}'
            )
            return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts", figure)])
    return None


def _quote(candidate: _Candidate) -> str:
    return f'primary "{candidate.figure.text}" = {describe(candidate.figure)}'


def _cite(candidate: _Candidate, relation: str) -> Evidence:
    return cite_passage(candidate.passage, relation, candidate.figure)
