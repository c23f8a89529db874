"""Primary documents split into passages (sentences) with their kept words, figures, and what
the document around a sentence says: its title and lead, its date, its reporting period."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .acronyms import find_acronyms
from .age_bands import is_age
from .author_mentions import names_author
from .bracketed_parts import Breakdowns, breakdowns, part_labels
from .conjuncts import Conjunct, conjuncts
from .contrasts import given_contrasts
from .corpus import Document
from .corrections import mark_withdrawn
from .fiscal_spans import fiscal_year_months, with_fiscal_months
from .list_leads import is_lead_in, lead_in_times, on_item_line, starts_item
from .listed import POINTS_BACK
from .modified_nouns import ModifiedNoun, modified_nouns
from .numbered_names import numbered_by_figure
from .numbers import is_plural
from .periods import Mention, Period, find_periods, is_compared_with, points_back_to_period
from .places import Places, place_keys, publisher_keys
from .records import DATE, DURATION, DateParts, Figure, ParsedText, Sentence, Word
from .reference_times import is_reference_time, is_unitless_base
from .rise_sizes import is_moved_from
from .split_figures import join_split_figures
from .subject_keys import derived_key, last_position, position_of, preposition_nouns, subject_key
from .table_rows import ColumnTimes, RowLabels
from .values import dimension, is_deadline, is_time
from .vocab import (
    word_key,
)

# The title and the first sentences: what the rest of a document is about.
LEAD_SENTENCES = 3
# The first sentences of a document usually date the event the document reports.
DATING_SENTENCES = 2
# ... and name the reporting period it covers, after a title, source and date line.
PERIOD_SENTENCES = 6


@dataclass
class Passage:
    """One sentence of a primary document."""

    document: Document
    sentence: Sentence
    keys: list[str]  # subject key per kept word, in order
    figures: list[Figure]
    figure_positions: list[int]  # word position of each figure in `keys` order
    figure_ends: list[int]  # position of each figure's last word
    value_ends: list[int]  # last-word positions of the figures that own words (not times)
    clauses: list[int] = field(default_factory=list)  # clause number of each kept word
    # Per figure, the position of the noun it is "of" ("their deposit of £500"), or -1.
    heads: list[int] = field(default_factory=list)
    document_dates: list[DateParts] = field(default_factory=list)  # what dates the document
    # Keys of the document's title: a sentence often names its subject only there.
    context_keys: frozenset[str] = frozenset()
    # Keys of its title, lead and publisher: names a sentence can take for granted.
    lead_keys: frozenset[str] = frozenset()
    # The publisher's keys when the sentence's subject is "we", for the values after it: "We
    # issued five Urgent Notifications" names the inspectorate that publishes it as plainly
    # as its name would ("£1.4 million given by our members" does not: the members give it).
    author_keys: frozenset[str] = frozenset()
    author_from: int = 0  # file offset of that "we"
    # Keys of the sentence before it, when it opens by referring back to that sentence's
    # value ("That is a fall of 0.8 points"): what each of its values is about.
    antecedent_keys: frozenset[str] = frozenset()
    antecedent_end: int = 0  # file offset where the values said of it end
    # When it opens "Of these," ("Of this, £7.1bn is the cost of ..."), the keys of its own
    # that say which part of the sentence before's things it gives (parts.py).
    part_of_earlier: frozenset[str] = frozenset()
    # The next sentence of the paragraph, when it opens by referring back to this one's value
    # ("That was 18% fewer than a year earlier"): it may say which way the value went.
    referred_by: Passage | None = None
    # Reporting periods the sentence names; the one its document reports on ("FY25"); and
    # those of the sentence before it in the same paragraph, which a forecast may lean on.
    periods: list[Mention] = field(default_factory=list)
    document_periods: list[Period] = field(default_factory=list)
    earlier_periods: list[Period] = field(default_factory=list)
    # The periods named last before it in its section, which "over the same period" in a
    # later paragraph points back to.
    referred_periods: list[Period] = field(default_factory=list)
    # The times a sentence without a time of its own goes on about: those of the sentence
    # before it in its paragraph ("That is £2.1bn more than ..."), or of its heading.
    inherited_times: list[Figure] = field(default_factory=list)
    # Per figure, the word of each contrast set that qualifies it ("final" of "final dividend").
    contrasts: list[dict[int, str]] = field(default_factory=list)
    # Keys of the last sentence before it that does not end in a bare number: what a list of
    # results rows counts ("the number of votes recorded for each candidate is as follows").
    lead_in: frozenset[str] = frozenset()
    # For a results row, the keys of every row of its list: the names the other rows count for.
    list_keys: frozenset[str] = frozenset()
    # A head line that labels the document's release date ("| Published Tuesday 23 June").
    release: bool = False
    # A "Next release: <date>" line: evidence only for a claim about the next publication.
    next_release: bool = False
    # File offset of each kept word, for what stands right before a figure.
    starts: list[int] = field(default_factory=list)
    # File offsets of the sentence's verbs, where a phrase after a value ends ("from girls were").
    verb_starts: frozenset[int] = frozenset()
    # A table cell's row among the rows of its table (`table_rows.py`); None for a sentence.
    row: RowLabels | None = None
    column: ColumnTimes | None = None  # ... and the times of its column and the others
    # In a transcript, who speaks the words (`transcripts.py`); None elsewhere.
    speaker: str | None = None
    # File offsets of its adjectives, which may name a subgroup ("Residential burglary").
    adjective_starts: frozenset[int] = frozenset()
    # Nouns with the word before them that says which kind is meant ("clothing stores").
    modified_nouns: list[ModifiedNoun] = field(default_factory=list)
    document_kinds: frozenset[tuple[str, str]] = frozenset()  # ... of every sentence, as keys
    document_keys: frozenset[str] = frozenset()  # every subject key of its document's sentences
    # ... and, by noun, the modifiers that are kinds, not names: "buyer" -> {"privat", "busi"}.
    document_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    # The labels (with their keys) of the parts the document breaks a whole's value into in
    # brackets ("(criminal £367.1 million, civil £275.7 million)"; bracketed_parts.py).
    part_labels: tuple[tuple[str, frozenset[str]], ...] = ()
    # The whole values this sentence breaks into labelled parts in brackets, found once.
    breakdowns: Breakdowns = field(default_factory=list)
    # Per figure, the keys of the places the sentence gives it for (`places.py`).
    places: list[Places] = field(default_factory=list)
    # Words that open a later value's conjunct and are its ("... and the Coast line's 79.5%").
    conjuncts: list[Conjunct] = field(default_factory=list)
    # Per figure, the names with a number it is given for ("terminal 2"; `numbered_names.py`).
    numbered: list[frozenset[str]] = field(default_factory=list)
    # A table cell's row's change, when the table has a change column (`cell_passages.py`):
    # "| Sole | 3,150 | 3,150 | 0 |" says the value did not move.
    row_change: float | None = None
    # Numbers of its figures a later correction in the document takes back (corrections.py).
    withdrawn: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        # Built once: similarity looks words up for every figure and every statement.
        self.positions: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            self.positions.setdefault(key, []).append(position)
        # A word the model took for a name keeps its spelling ("Sunshine" heading a table
        # row); it still names what the common word does ("hours of sunshine").
        for key, at in list(self.positions.items()):
            derived = derived_key(key) if key else key
            if derived and derived not in self.positions:
                self.positions[derived] = at


@dataclass
class PrimaryText:
    document: Document
    parsed: ParsedText
    keys: frozenset[str]  # every subject key in the document, for the entity check
    quote_words: list[tuple[str, int, int]] | None = None  # filled by quote_check on first use
    quote_stems: list[str] | None = None  # the same words without inflection, likewise


def passages_of(document: Document, parsed: ParsedText) -> list[Passage]:
    word_starts = [w.start for w in parsed.words]
    figure_starts = [f.start for f in parsed.figures]
    passages: list[Passage] = []
    # The keys of the heading over each passage's section ("## Mobile libraries" over "Visits
    # fell by 12%"): like a title, it names what the section is about.
    sections: list[frozenset[str]] = []
    section: frozenset[str] = frozenset()
    # The keys of a paragraph's bold run-in heading ("**Exceptional case funding (ECF).** The
    # grant rate ... was 74.0%"), which names what the whole paragraph is about.
    run_in: frozenset[str] = frozenset()
    # The keys of the sentence a bulleted list follows, which its items go on about ("the share
    # of each class of road ... where maintenance should be considered", then "- Unclassified
    # roads: the share rose to 17.3%").
    list_lead: frozenset[str] = frozenset()
    # The periods and times named last in the section, which "over the same period" in a
    # later paragraph points back to.
    section_periods: list[Period] = []
    section_times: list[Figure] = []
    for sentence in join_split_figures(parsed.sentences, parsed.figures):
        low = bisect_left(word_starts, sentence.start)
        high = bisect_right(word_starts, sentence.end - 1)
        sentence_words = parsed.words[low:high]
        glue = preposition_nouns(sentence_words)
        kept_words = [
            w for i, w in enumerate(sentence_words) if subject_key(w) is not None and i not in glue
        ]
        keys = [subject_key(w) or "" for w in kept_words]
        first = bisect_left(figure_starts, sentence.start)
        last = bisect_left(figure_starts, sentence.end)
        figures = parsed.figures[first:last]
        positions = [position_of(kept_words, figure.start) for figure in figures]
        ends = [last_position(kept_words, figure.end) for figure in figures]
        owned = [owns_words_in(f, sentence) for f in figures]
        owning = [end for end, owns in zip(ends, owned, strict=True) if owns]
        clauses = [w.clause for w in kept_words]
        passage = Passage(
            document, sentence, keys, figures, positions, ends, owning, clauses=clauses
        )
        passage.heads = [_head_of(kept_words, figure, sentence) for figure in figures]
        passage.starts = [w.start for w in kept_words]
        passage.verb_starts = frozenset(w.start for w in sentence_words if w.pos in ("VERB", "AUX"))
        # Which of the listed values a word opening a later conjunct is about (conjuncts.py).
        words_at = (passage.starts, ends, clauses, passage.verb_starts)
        passage.conjuncts = conjuncts(figures, owned, *words_at, sentence.text, sentence.start)
        passage.adjective_starts = frozenset(w.start for w in sentence_words if w.pos == "ADJ")
        passage.modified_nouns = modified_nouns(
            sentence_words, subject_key, sentence.text, sentence.start
        )
        passage.periods = find_periods(sentence.text, sentence.start)
        spans = [(figure.start, figure.end) for figure in figures]
        passage.contrasts = given_contrasts(parsed.words[low:high], spans, sentence=sentence)
        passage.places = place_keys(sentence_words, figures, sentence)
        passage.numbered = numbered_by_figure(sentence_words, figures, spans, sentence)
        if passages:
            before = passages[-1]
            ends_in_number = before.sentence.text.rstrip(" \t.*")[-1:].isdigit()
            passage.lead_in = before.lead_in if ends_in_number else frozenset(before.keys)
        if not (passages and same_paragraph(document, passages[-1].sentence, sentence)):
            run_in = _run_in_keys(passage, keys, kept_words)
            list_lead = _list_lead_keys(document, passages, sentence, list_lead)
        if passages and same_paragraph(document, passages[-1].sentence, sentence):
            earlier = passages[-1]
            if _VALUE_REFERS_BACK.match(sentence.text):
                # "That is a fall of 0.8 points on September, but 11% fewer than ...": each
                # value is a change of what the sentence before measured, up to a clause of
                # its own ("...; concentrations have fallen by 39% since then").
                passage.antecedent_keys = frozenset(earlier.keys)
                own = _OWN_CLAUSE.search(sentence.text)
                passage.antecedent_end = sentence.start + (
                    own.start() if own else len(sentence.text)
                )
                earlier.referred_by = passage
            if _IT_REFERS_BACK.match(sentence.text) or _MEASURE_REFERS_BACK.match(sentence.text):
                for key in earlier.keys:  # what "it" stands for was named before
                    passage.positions.setdefault(key, [0])
            if _POINTS_BACK.match(sentence.text):
                # "Of these, 874 were accidental": the things are those the sentence before
                # counted ("1,046 dwelling fires"), named before the value; the sentence's
                # own words say which part of them it counts.
                for key in earlier.keys:
                    passage.positions.setdefault(key, [0])
                passage.part_of_earlier = frozenset(passage.keys) - frozenset(earlier.keys)
            elif group := _group_of_earlier(passage, earlier):
                passage.part_of_earlier = group
            named = [m.period for m in earlier.periods]
            passage.earlier_periods = named or earlier.earlier_periods
            passage.inherited_times = dating_times(earlier) or earlier.inherited_times
        elif passages and _is_heading(passages[-1].sentence):
            passage.inherited_times = dating_times(passages[-1])
            if _is_section_heading(passages[-1]):
                section = frozenset(passages[-1].keys)
        elif passages and _is_list_item(document, passages[-1], sentence):
            # A bullet goes on about the time its list's lead-in names, as the ones before it.
            before = passages[-1]
            lead = is_lead_in(before.sentence)
            inherited = lead_in_times(before.sentence, dating_times(before)) if lead else []
            passage.inherited_times = inherited or before.inherited_times
        own_times = dating_times(passage)
        if not (passage.periods or own_times) and points_back_to_period(sentence.text, True):
            passage.referred_periods = section_periods
            passage.inherited_times = passage.inherited_times or section_times
        if passage.periods or own_times or _is_heading(sentence):
            section_periods = _reported_periods(passage.periods, sentence)
            # "by May 2027" is a deadline, no time anything is measured over
            section_times = [time for time in own_times if time.bound is None]
        passages.append(passage)
        sections.append(section | run_in | list_lead)
    _mark_lists(passages)
    corrections = mark_withdrawn(
        passages, lambda earlier, later: same_paragraph(document, earlier, later)
    )
    for correction, corrected in corrections:
        for key in corrected.keys:  # the corrected figure measures what the withdrawn one did
            correction.positions.setdefault(key, [0])
    _expand_acronyms(parsed, passages)
    own_period = next((p.periods[0].period for p in passages[:PERIOD_SENTENCES] if p.periods), None)
    own = [own_period] if own_period else []
    # "2025-26 (1 April 2025 to 31 March 2026)": the document's financial year is also the
    # twelve months to March 2026.
    head = " ".join([document.title or "", *(p.sentence.text for p in passages[:HEAD_PASSAGES])])
    if fiscal := fiscal_year_months(head):
        for passage in passages:
            passage.periods = with_fiscal_months(passage.periods, fiscal)
        own = [m.period for m in with_fiscal_months([Mention(0, 0, p) for p in own], fiscal)]
    for passage in passages:
        passage.document_periods = own
    dates = document_dates(document, passages)
    title = frozenset(passages[0].keys) if passages else frozenset()
    lead = _lead_keys(document, passages)
    author = _author_keys(document)
    kinds = frozenset((m.modifier, m.noun) for p in passages for m in p.modified_nouns)
    by_noun: dict[str, set[str]] = {}
    for p in passages:
        for m in p.modified_nouns:
            if not m.named:
                by_noun.setdefault(m.noun, set()).add(m.modifier)
    parts = {noun: frozenset(modifiers) for noun, modifiers in by_noun.items()}
    every_key = frozenset(key for p in passages for key in p.keys)
    for passage in passages:
        passage.breakdowns = breakdowns(passage)
    labels = part_labels(passages)
    for passage, section in zip(passages, sections, strict=True):
        passage.document_dates = dates
        passage.document_keys = every_key
        passage.document_kinds = kinds
        passage.document_parts = parts
        passage.part_labels = labels
        # "We recruited 2,300 new examiners": the first person is the document's author, whom
        # its title, lead and publisher name.
        first_person = _FIRST_PERSON.search(passage.sentence.text) is not None
        # ... and so does "the union" in the union's own statement (author_mentions.py).
        first_person = first_person or names_author(passage.sentence.text, document.source)
        passage.context_keys = (title | lead if first_person else title) | section
        passage.lead_keys = lead
        if we := _WE.search(passage.sentence.text):
            passage.author_keys = author
            passage.author_from = passage.sentence.start + we.start()
    _name_release_lines(document, passages[:HEAD_PASSAGES], title)
    _name_next_release_lines(document, passages, title)
    return passages


def _name_release_lines(document: Document, head: list[Passage], title: frozenset[str]) -> None:
    """A label in a document's head that dates its release ("Annual statistics | Published
    Tuesday 23 June 2026") is about the document itself: it names what the title and the
    publisher name, at the label's place."""
    for passage in head:
        label = _RELEASE_LABEL.search(passage.sentence.text)
        if label is None or not any(f.kind == DATE for f in passage.figures):
            continue
        passage.release = True
        at = next((passage.positions[k][0] for k in passage.keys if k in passage.positions), 0)
        for key in title | publisher_keys(document):
            passage.positions.setdefault(key, [at])


def _name_next_release_lines(
    document: Document, passages: list[Passage], title: frozenset[str]
) -> None:
    """A "Next release: <date>" line, anywhere in a document, dates the next publication of
    the document's series: it names what the title and the publisher name, and publishing."""
    for passage in passages:
        if not _NEXT_RELEASE_LABEL.search(passage.sentence.text):
            continue
        if not any(f.kind == DATE for f in passage.figures):
            continue
        passage.next_release = True
        at = next((passage.positions[k][0] for k in passage.keys if k in passage.positions), 0)
        for key in title | publisher_keys(document) | frozenset(_NEXT_RELEASE_KEYS):
            passage.positions.setdefault(key, [at])


# A release date as a document's head labels it: "| Published Tuesday 23 June 2026",
# "Release date: 3 March". Not "will be published on ...", which announces another release.
_RELEASE_LABEL = re.compile(
    r"(?:^|\|)\s*(?:(?:Published|Released|Issued|Release date|Publication date)\b:?"
    r"|Statistic(?:al|s) release,)\s"
)
# The next release as a document labels it: "Next release: Thursday 22 January 2026 (year
# ending September 2025)". It is about the document's series: its title's and publisher's
# words, and the next time they publish.
_NEXT_RELEASE_LABEL = re.compile(
    r"(?:^|\|)\s*Next\s+(?:release|publication|update|edition|bulletin)\b:?\s", re.IGNORECASE
)
_NEXT_RELEASE_KEYS = ("next", "publish", "release")
# The lines of a document's head, where such labels stand.
HEAD_PASSAGES = 6


def dating_times(passage: Passage) -> list[Figure]:
    """The times a sentence says its facts hold for: not those inside a reporting period it
    names, nor what it compares with ("than in 2025"), nor landmarks ("since 2020"), nor
    deadlines ("by 2029"). Days are left out too: a release date ("published on Friday 20
    November") dates the document, not the figures of the sentences after it; but a stock
    counted on a day ("On 30 September 2026 there were 91,482 people in prison") is the day
    the next sentence's shares of it hold for too."""
    sentence = passage.sentence
    return [
        f
        for f in passage.figures
        if is_time(f)
        and not is_deadline(f)
        and not (
            f.date is not None
            and (f.date.day is not None or f.date.weekday is not None)
            and not _counted_on(f, sentence)
        )
        and not any(m.start <= f.start and f.end <= m.end for m in passage.periods)
        and not is_reference_time(f, sentence.text, sentence.start)
        and not _time_moved_from(f, passage)
        and not is_unitless_base(f, passage.figures, sentence.text, sentence.start)
    ]


# "up 18% from £53.8 million in 2024-25": the time right after a value something moved from.
_TIME_OF_VALUE = re.compile(r"^\s+(?:in|at|for|during)(?:\s+the)?\s+$", re.IGNORECASE)


def has_time_of_its_own(value: Figure, passage: Passage) -> bool:
    """Whether a time right after `value` dates it ("from 12 minutes in October 2025")."""
    sentence = passage.sentence
    later = [f for f in passage.figures if f.start >= value.end]
    if not later:
        return False
    time = min(later, key=lambda f: f.start)
    gap = sentence.text[value.end - sentence.start : time.start - sentence.start]
    return is_time(time) and _TIME_OF_VALUE.match(gap) is not None


def _time_moved_from(time: Figure, passage: Passage) -> bool:
    """Whether `time` is when a value the sentence moved from held, not when its facts do."""
    sentence = passage.sentence
    earlier = [f for f in passage.figures if f.end <= time.start]
    if not earlier:
        return False
    value = earlier[-1]
    gap = sentence.text[value.end - sentence.start : time.start - sentence.start]
    return _TIME_OF_VALUE.match(gap) is not None and is_moved_from(value, sentence)


# A day a sentence opens with, as the day it counts something on: "On 30 September 2026 there
# were ...", "At 31 March 2026, ..."; never a weekday, which dates an event.
_COUNTED_ON = re.compile(r"^\W*(?:on|at|as\s+at|as\s+of)\s+$", re.IGNORECASE)


def _counted_on(time: Figure, sentence: Sentence) -> bool:
    return (
        time.date is not None
        and time.date.weekday is None
        and bool(_COUNTED_ON.match(sentence.text[: time.start - sentence.start]))
    )


# A sentence that opens by pointing back at what the one before it counted.
_POINTS_BACK = re.compile(rf"^\W*{POINTS_BACK}", re.IGNORECASE)


def _list_lead_keys(
    document: Document, passages: list[Passage], sentence: Sentence, current: frozenset[str]
) -> frozenset[str]:
    """The keys of the sentence before the list `sentence` is an item of: those of the
    sentence before it when it opens the list, `current` when it goes on with one, none
    when it is no list item."""
    if not passages:
        return frozenset()
    before = passages[-1].sentence
    if sentence.text.lstrip().startswith(("**", "__")):
        return frozenset()  # a bold label or heading, no "*" bullet
    if not starts_item(document.original, document.start, before, sentence):
        return frozenset()
    if on_item_line(document.original, document.start, before):
        return current
    return frozenset(passages[-1].keys)


# A bold run-in heading opening a paragraph: "**Expenditure.** Legal aid expenditure was ...".
# A bold label ending in a colon ("**Marcus Webb, Chief Financial Officer:**") names a speaker.
_RUN_IN = re.compile(r"^\s*(?:\*\*|__)(?P<words>[^*_\d:]{2,80}?)\.?(?:\*\*|__)\.?\s+[^\s:]")


def _run_in_keys(passage: Passage, keys: list[str], words: list[Word]) -> frozenset[str]:
    """The keys of the words of the bold run-in heading `passage` opens with, if any."""
    found = _RUN_IN.match(passage.sentence.text)
    if found is None:
        return frozenset()
    end = passage.sentence.start + found.end("words")
    return frozenset(key for key, word in zip(keys, words, strict=True) if key and word.start < end)


# A sentence whose subject is "it", after at most a fronted time or place: "In the financial
# year 2025-26 as a whole it was £2,486.2 million" goes on about what the one before measured,
# and "It granted 903" about what it counted.
_IT_REFERS_BACK = re.compile(
    r"^\W*(?:(?:In|For|Over|During|Across|Throughout|By|At)\b[^.;:]*?,?\s+)?it\s+"
    r"(?:(?:was|is|has\s+been|had\s+been|stood|totalled|totaled|came\s+to|reached|amounted)\b|"
    r"[a-z]+ed\s+\d)",  # "It granted 903 and refused 318"
    re.IGNORECASE,
)
# "The share granted was 86.4%" after "Authorities decided 94,700 applications ... and granted
# 81,800 of them": a measure with no "of" phrase is of what the sentence before counted.
_MEASURE_REFERS_BACK = re.compile(
    r"^\W*the\s+(?:share|proportion|percentage|rate|number|total)\s+(?!of\b)[a-z]+\s+"
    r"(?:was|is|were|are|stood)\b",
    re.IGNORECASE,
)
# A sentence that opens with the group its value is for: "For recipients of the new State
# Pension the average award was £221.35", "Among households with children, ...".
_FOR_A_GROUP = re.compile(r"^\W*(?:For|Among)\s+(?:the\s+|all\s+)?(?P<head>[A-Za-z'-]+)")


def _group_of_earlier(passage: Passage, earlier: Passage) -> frozenset[str]:
    """The keys of the group a sentence opens with ("For recipients of the new State Pension")
    that the sentence before, giving a value of the same kind for the whole, did not use:
    the value is the group's; empty for any other sentence."""
    opening = _FOR_A_GROUP.match(passage.sentence.text)
    if opening is None or not is_plural(opening["head"]) or not passage.figures:
        return frozenset()
    kinds = {dimension(f) for f in earlier.figures}
    if not any(dimension(f) in kinds for f in passage.figures):
        return frozenset()
    verbs = [v for v in passage.verb_starts if v > passage.sentence.start]
    end = min(verbs, default=passage.figures[0].start)
    fronted = {k for k, start in zip(passage.keys, passage.starts, strict=True) if start < end}
    return frozenset(fronted) - frozenset(earlier.keys)


# Where a sentence that refers back starts saying something of its own: a clause after a
# semicolon, or about another time ("..., when roadside NO2 averaged 44.6 µg/m³").
_OWN_CLAUSE = re.compile(r";|,?\s+(?:when|where|which|while|whereas)\b", re.IGNORECASE)
# A sentence whose subject is the value of the one before it: "That is a fall of 0.8 points".
_VALUE_REFERS_BACK = re.compile(
    r"^\W*(?:that|this)\s+(?:is|was|represents|represented|marks|marked|means|meant)\b",
    re.IGNORECASE,
)

# A heading: one short line without a full stop ("Receipts", "## Financial year to date").
HEADING_WORDS = 12


def _reported_periods(mentions: list[Mention], sentence: Sentence) -> list[Period]:
    """The periods a sentence reports on: those it names, but a base it compares with."""
    return [
        m.period
        for m in mentions
        if not is_compared_with(sentence.text[: m.start - sentence.start][-40:])
    ]


def _is_heading(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return (
        bool(text)
        and "\n" not in text
        and len(text.split()) <= HEADING_WORDS
        and (text[-1] not in ".!?:;,")
    )


# A caption, a labelled line ("Table 1: Passenger journeys by mode", "Source: ...") or a
# table's header ("    Mode      Month on month") heads no section of prose.
_LABELLED_LINE = re.compile(
    r"^\W*(?:table|figure|chart|map)\b|[:|]|^[ \t]|\S[ \t]{2,}\S", re.IGNORECASE
)


def _is_section_heading(passage: Passage) -> bool:
    """A heading of the prose after it: no figures, no caption or label."""
    return not passage.figures and not _LABELLED_LINE.search(passage.sentence.text)


# Words of the first person plural ("us" only in lower case: "US" is a country).
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_WE = re.compile(r"\b[Ww]e\b")


def _head_of(words: list[Word], figure: Figure, sentence: Sentence) -> int:
    """The position of the noun a value is given "of": "their deposit of £500", "a return
    rate of 81.7%". That noun names what the value counts, even after another value."""
    before = bisect_right([w.end for w in words], figure.start) - 1
    if before < 0 or words[before].pos != "NOUN":
        return -1
    between = sentence.text[words[before].end - sentence.start : figure.start - sentence.start]
    return before if between.strip().lower() == "of" else -1


def _expand_acronyms(parsed: ParsedText, passages: list[Passage]) -> None:
    """Where a passage writes an acronym the document defines ("the MPC"), it names the
    words of the full name too, at the acronym's place."""
    expansions: dict[str, set[str]] = {}
    for sentence in parsed.sentences:
        for acronym, start, end in find_acronyms(sentence.text):
            low, high = sentence.start + start, sentence.start + end
            keys = {subject_key(w) for w in parsed.words if low <= w.start < high}
            expansions.setdefault(word_key(acronym), set()).update(k for k in keys if k)
    if not expansions:
        return
    for passage in passages:
        for acronym, keys in expansions.items():
            for key in keys:
                at = passage.positions.get(acronym, [])
                if at and key not in passage.positions:
                    passage.positions[key] = list(at)


def _mark_lists(passages: list[Passage]) -> None:
    """Give each line ending in a number the keys of all such lines under the same lead-in."""
    lists: dict[int, list[Passage]] = {}
    for passage in passages:
        if passage.lead_in and passage.sentence.text.rstrip(" \t.*")[-1:].isdigit():
            lists.setdefault(id(passage.lead_in), []).append(passage)
    for rows in lists.values():
        keys = frozenset(key for row in rows for key in row.keys)
        for row in rows:
            row.list_keys = keys


def same_paragraph(document: Document, earlier: Sentence, later: Sentence) -> bool:
    """No blank line between the two sentences, and the later one is not a list item."""
    gap = document.original[earlier.end - document.start : later.start - document.start]
    item = starts_item(document.original, document.start, earlier, later)
    return "\n\n" not in gap.replace(" ", "") and not item


def _is_list_item(document: Document, before: Passage, sentence: Sentence) -> bool:
    """`sentence` opens an item of a list that `before` leads into or is an item of."""
    if not starts_item(document.original, document.start, before.sentence, sentence):
        return False
    if is_lead_in(before.sentence):
        return True
    return on_item_line(document.original, document.start, before.sentence)


def _lead_keys(document: Document, passages: list[Passage]) -> frozenset[str]:
    """What every sentence of a document is about: its title, lead and publisher."""
    keys = {key for passage in passages[:LEAD_SENTENCES] for key in passage.keys}
    return frozenset(keys | _author_keys(document))


def _author_keys(document: Document) -> frozenset[str]:
    """The keys of the document's publisher, from its source line and metadata."""
    keys: set[str] = set()
    for word in (document.source or "").split():
        # As a name and as a word: "Examinations Board" names the "exam board".
        keys |= {word_key(word), derived_key(word_key(word))}
    return frozenset(keys | publisher_keys(document))


def document_dates(document: Document, passages: list[Passage]) -> list[DateParts]:
    """What dates a document: its stated date, else the dates in its first sentences."""
    if document.date is not None:
        day = document.date
        return [DateParts(year=day.year, month=day.month, day=day.day)]
    return [
        figure.date
        for passage in passages[:DATING_SENTENCES]
        for figure in passage.figures
        if figure.kind == DATE and figure.date is not None
    ]


def owns_words_in(figure: Figure, sentence: Sentence) -> bool:
    """`owns_words` for a figure of `sentence`, which says what stands around it."""
    start, end = figure.start - sentence.start, figure.end - sentence.start
    return owns_words(figure, sentence.text[end:], sentence.text[:start])


def owns_words(figure: Figure, after: str | None = None, before: str = "") -> bool:
    """Values own the words after them; times and durations ("twelve-month", "three
    months to April") describe a value rather than count something of their own, and so does a
    vote tally ("voted 7–2 to reduce Bank Rate by 0.25 points": the cut owns "reduce").
    A duration measured in figures is a value too, when `after`, the text that follows it
    (and `before`, the text before it), is known and names no span or age: "13 minutes in
    daylight and 19 minutes at night"."""
    if figure.kind == DURATION and after is not None:
        return _is_measured_duration(figure, after, before)
    return not is_time(figure) and figure.kind != DURATION and figure.unit != "tally"


# What follows a length that names a span of time rather than a value measured.
_SPAN_AFTER = re.compile(
    r"^\s*(?:to|ending|of|from|before|after|earlier|ago|since|until|up\s+to|on\s+from|"
    r"and\s+(?:over|older|under|above))\b",
    re.IGNORECASE,
)
# What comes before an age: "people aged 16 years".
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|over|under)\s+$", re.IGNORECASE)


def _is_measured_duration(figure: Figure, after: str, before: str = "") -> bool:
    """A duration written in figures that is a value measured ("the median was 13 minutes"),
    not a span ("12 months to March"), an age ("aged 16 years"), a limit ("within 10
    seconds") or a modifier ("62-day")."""
    return (
        figure.kind == DURATION
        and figure.bound is None
        and any(c.isdigit() for c in figure.text)
        and "-" not in figure.text
        and not _SPAN_AFTER.match(after)
        and not is_age(figure, after)
        and not _AGE_BEFORE.search(before[-12:])
    )
