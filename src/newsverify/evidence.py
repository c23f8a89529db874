"""The primary texts as searchable evidence: passages (sentences) with their words and figures.

Subject similarity lives here too: how much of what a statement is about a primary passage
talks about, weighted by how rare each word is among the primary texts and, for a figure, by
how close each word stands to it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .acronyms import find_acronyms
from .contrasts import claimed_contrasts, given_contrasts
from .corpus import Document
from .derivation import derive, root
from .periods import Mention, Period, find_periods
from .primary import matches_any_path
from .records import COUNT, DATE, DURATION, DateParts, Figure, ParsedText, Sentence, Word
from .speech import REPORTING_VERBS
from .split_figures import join_split_figures
from .values import is_time
from .vocab import (
    DIRECTION_WORDS,
    NOT_SUBJECT,
    PREPOSITION_NOUNS,
    SYNONYMS,
    THING_GROUPS,
    VALUE_WORD,
    word_key,
)

# Named-entity labels whose words identify what a statement is about.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# Things (nouns, names) say what a statement is about; how they are described says less.
POS_WEIGHT = {"ADJ": 0.5, "ADV": 0.5, "VERB": 0.8}
# Names of who acts: in the figure's own clause they say whose figure it is.
ACTOR_LABELS = frozenset({"PERSON", "ORG"})
# Within this many words of a figure, a word is at the core of what it counts.
NEAR = 4
# A passage's word far from a figure, or belonging to another value, counts this much.
FAR = 20
FAR_WEIGHT = 0.3
# A word in another clause of the sentence than the figure says less about it.
OTHER_CLAUSE_WEIGHT = 0.8
# In an article's sentence, which may pack several facts, much less.
OTHER_CLAUSE_WEIGHT_IN_STATEMENT = 0.3
# In a checked sentence, words this far from the figure say nothing about it.
RELEVANT = 16
# A core of fewer words than this says too little to stand for the whole subject (it must
# still be covered, but cannot raise the similarity on its own).
MIN_CORE = 2
# A value at most this many words after "of" is the base of a share ("67.3 percent of the
# constituency's 70,800 voters").
BASE_OF_WORDS = 8
# A word found only in the document's title or lead counts this much.
CONTEXT_WEIGHT = 0.5
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
    # Reporting periods the sentence names; the one its document reports on ("FY25"); and
    # those of the sentence before it in the same paragraph, which a forecast may lean on.
    periods: list[Mention] = field(default_factory=list)
    document_periods: list[Period] = field(default_factory=list)
    earlier_periods: list[Period] = field(default_factory=list)
    # Per figure, the word of each contrast set that qualifies it ("final" of "final dividend").
    contrasts: list[dict[int, str]] = field(default_factory=list)
    # Keys of the last sentence before it that does not end in a bare number: what a list of
    # results rows counts ("the number of votes recorded for each candidate is as follows").
    lead_in: frozenset[str] = frozenset()
    # For a results row, the keys of every row of its list: the names the other rows count for.
    list_keys: frozenset[str] = frozenset()
    # File offset of each kept word, for what stands right before a figure.
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Built once: similarity looks words up for every figure and every statement.
        self.positions: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            self.positions.setdefault(key, []).append(position)


@dataclass
class PrimaryText:
    document: Document
    parsed: ParsedText
    keys: frozenset[str]  # every subject key in the document, for the entity check
    quote_words: list[tuple[str, int, int]] | None = None  # filled by quote_check on first use


@dataclass
class Subject:
    """What a statement is about: weighted subject keys, and the names it depends on."""

    weights: dict[str, float]
    required: set[str]  # names the evidence document must mention: who, and of what
    # Names of places and bodies among them ("the South East"): a passage that contradicts
    # must name them itself, or in its document's title or lead.
    qualifiers: set[str] = field(default_factory=set)
    # For a figure in an article's sentence: the words right next to it, which say what it
    # counts ("a fivefold increase in air defence"); the rest of a long sentence may not.
    core: dict[str, float] = field(default_factory=dict)
    # Adjectives of a claim right before a noun ("total dividend"): paraphrased too freely to
    # be needed for agreement, but a passage that lacks them may be about another quantity
    # ("final dividend"), so they are needed to contradict.
    modifiers: set[str] = field(default_factory=set)
    # Its words that tell two quantities of one name apart ("total" dividend), by contrast
    # set: a passage value qualified by another word of the set is another quantity.
    contrasts: dict[int, str] = field(default_factory=dict)
    # The people it names: a results row counts for one of them only. In an article's
    # sentence only those of the figure's own clause; the others are bystanders.
    people: set[str] = field(default_factory=set)
    bystanders: set[str] = field(default_factory=set)
    # Core nouns of an "of" phrase after a named owner's head noun ("the Green Party's share
    # of the vote"): complement key -> (head key, owner keys). See `core_weights`.
    of_phrases: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)


class EvidenceIndex:
    """Primary documents, split into passages, with document frequencies for weighting."""

    def __init__(self, primaries: list[tuple[Document, ParsedText]]) -> None:
        self.texts: list[PrimaryText] = []
        self.passages: list[Passage] = []
        for document, parsed in primaries:
            passages = list(_passages(document, parsed))
            keys = frozenset(key for passage in passages for key in passage.keys)
            self.texts.append(PrimaryText(document, parsed, keys))
            self.passages.extend(passages)
        self._by_document = {id(text.document): text for text in self.texts}
        frequency: Counter[str] = Counter()
        for passage in self.passages:
            frequency.update(set(passage.keys))
        self._frequency = frequency
        self._total = max(1, len(self.passages))

    def idf(self, key: str) -> float:
        return math.log((self._total + 1) / (self._frequency.get(key, 0) + 1)) + 1.0

    def passages_for(self, against: list[str] | None) -> list[Passage]:
        if not against:
            return self.passages
        return [p for p in self.passages if matches_any_path(p.document, against)]

    def texts_for(self, against: list[str] | None) -> list[PrimaryText]:
        if not against:
            return self.texts
        return [t for t in self.texts if matches_any_path(t.document, against)]

    def document_keys(self, document: Document) -> frozenset[str]:
        text = self._by_document.get(id(document))
        return text.keys if text else frozenset()

    def subject(
        self,
        words: list[Word],
        skip: list[tuple[int, int]],
        values: list[tuple[int, int]],
        focus: tuple[int, int] | None = None,
        others: list[int] | None = None,
    ) -> Subject:
        """The subject of a statement made of `words`.

        Words inside `skip` spans (times, quotations) are left out; inside `values` spans
        (the figures themselves) the words that spell the value ("four-fold", "per cent")
        are left out too, while what it is about stays ("rate" in "cut the rate by 0.25
        points", "submissions" in "300 submissions"). With a
        `focus` span (a finding's figure) nearer words weigh more, words that follow one of
        the `others` (end offsets of the sentence's other values) belong to it, and only the
        names near the focus, people, and whoever is said to speak must be in the evidence.
        """
        glue = preposition_nouns(words)
        kept = [
            w
            for i, w in enumerate(words)
            if not _inside(w, skip)
            and not (_inside(w, values) and is_value_word(w.lemma))
            and i not in glue
        ]
        focus_position = _position_of(kept, focus[0]) if focus is not None else None
        focus_last = _last_position(kept, focus[1]) if focus is not None else None
        bases = [o for o in others or [] if focus is not None and is_base_of(words, focus, o)]
        owners = [_last_position(kept, o) for o in others or [] if o not in bases]
        clauses = [w.clause for w in kept]
        # The words next to a value say what it counts: "£10m on dredging". Nearness is
        # counted in content words, so "£12m for catch-up MMR vaccination clinics" reaches the
        # clinics however many tokens the value and the hyphens make.
        content = [w for w in kept if subject_key(w) is not None]
        value_positions = [
            (_position_of(content, start), _last_position(content, end)) for start, end in values
        ]
        content_position = -1
        weights: dict[str, float] = {}
        core: dict[str, float] = {}
        required: set[str] = set()
        qualifiers: set[str] = set()
        modifiers: set[str] = set()
        people: set[str] = set()
        bystanders: set[str] = set()
        # The figure's own first word says which clause it is in (its words may be skipped).
        focus_clause = next((w.clause for w in words if focus and w.start >= focus[0]), 0)
        for position, word in enumerate(kept):
            key = subject_key(word)
            if key is None:
                continue
            content_position += 1
            is_name = word.entity in ENTITY_LABELS
            # The people a sentence names, and every name in the figure's own clause, say
            # whose figure it is (the small model often labels a person as an organisation).
            if word.entity == "PERSON" or (
                word.entity in ACTOR_LABELS and word.clause == focus_clause
            ):
                required.add(key)
            # In an article's long sentence only the people of the figure's own clause are
            # whose count it is ("Ms Strand polled 18,412 votes, beating Daniel Orme, ...").
            if word.entity == "PERSON" and (focus is None or word.clause == focus_clause):
                people.add(key)
            elif word.entity == "PERSON":
                bystanders.add(key)
            nearness = 1.0
            if focus_position is not None:
                nearness = relevance(abs(position - focus_position))
                if _owned_by_other(position, focus_last or 0, owners, clauses):
                    nearness = 0.0
                # Another clause of a long sentence is mostly about another fact.
                if word.clause != focus_clause:
                    nearness *= OTHER_CLAUSE_WEIGHT_IN_STATEMENT
            if nearness == 0.0:
                continue
            weight = self.idf(key) * nearness * POS_WEIGHT.get(word.pos, 1.0)
            weights[key] = max(weights.get(key, 0.0), weight)
            # The core is the names of things next to the value: what it counts. Verbs
            # around it ("is providing", "announced") are paraphrased too freely to count.
            if focus_position is None and _qualifies_a_thing(kept, position):
                modifiers.add(key)
            if (
                _names_a_thing(word)
                and key not in DIRECTION_WORDS
                and (
                    (focus_position is not None and nearness == 1.0)
                    or (
                        focus_position is None and _next_to_value(content_position, value_positions)
                    )
                )
            ):
                core[key] = self.idf(key)
            # A claim is short and every name in it matters; in an article's sentence only
            # the names that bear on the figure, and whoever is said to speak, do.
            if is_name and word.entity != "PERSON":
                if focus_position is None or nearness == 1.0:
                    required.add(key)
                    qualifiers.add(key)
                elif _is_speaker(kept, position):
                    required.add(key)
        if focus is None:
            contrasts = claimed_contrasts(kept)
        else:
            contrasts = given_contrasts(words, [focus], values)[0]
        return Subject(
            weights,
            required,
            qualifiers=qualifiers,
            core=core,
            modifiers=modifiers,
            contrasts=contrasts,
            people=people,
            bystanders=bystanders - people,
            of_phrases=_of_phrases(words, core),
        )


def _of_phrases(words: list[Word], core: dict[str, float]) -> dict[str, tuple[str, frozenset[str]]]:
    """Core nouns that only say what a named owner's head noun is of: "the Green Party's
    share of the vote", "the National Party's vote share". The head and its owner name the
    quantity; a primary that writes "The Green Party's share rose to 10.0%" leaves the "of"
    phrase out as understood."""
    phrases: dict[str, tuple[str, frozenset[str]]] = {}
    for position, word in enumerate(words):
        head = subject_key(word)
        if head not in core or word.entity is not None:
            continue
        compound = position > 0 and words[position - 1].pos == "NOUN"
        owners = _owner_names(words, position - 1 if compound else position)
        complement = subject_key(words[position - 1]) if compound else None
        complement = complement or _of_complement(words, position)
        if owners and complement is not None and complement in core and complement != head:
            phrases[complement] = (head, owners)
    return phrases


def _owner_names(words: list[Word], head: int) -> frozenset[str]:
    """The name right before a head noun that owns it: "the Green Party's share",
    "the Aldermere electorate"."""
    position = head - 1
    if position >= 0 and words[position].text.lower() in ("'s", "’s", "'"):
        position -= 1
    names: list[str] = []
    while position >= 0 and words[position].entity in ENTITY_LABELS:
        key = subject_key(words[position])
        if key is not None:
            names.append(key)
        position -= 1
    return frozenset(names)


# Words that may stand between "of" and its noun: "share of the valid vote".
_OF_FILLERS = frozenset({"DET", "ADJ", "NUM"})


def _of_complement(words: list[Word], head: int) -> str | None:
    """The key of the noun of an "of" phrase right after a head noun, if there is one."""
    following = words[head + 1 :]
    if not following or following[0].lemma.lower() != "of":
        return None
    for word in following[1:]:
        if word.pos in _OF_FILLERS:
            continue
        return subject_key(word) if word.pos == "NOUN" else None
    return None


def is_base_of(words: list[Word], focus: tuple[int, int], other_end: int) -> bool:
    """Is the other value what the focus is a share of ("67.3 percent of the
    constituency's 70,800 voters cast a ballot")? Then the words after it say what the share
    counts as much as they say what the base counts, and they stay with the focus."""
    between = [w for w in words if focus[1] <= w.start < other_end]
    return (
        bool(between)
        and between[0].lemma.lower() == "of"
        and len(between) <= BASE_OF_WORDS
        and all(w.clause == between[0].clause for w in between)
    )


def _names_a_thing(word: Word) -> bool:
    # Common nouns say what a value counts; names say who, and are checked as names.
    # Without a tagger (the blank pipeline) every content word may name a thing.
    if word.entity is not None:
        return False
    return word.pos in ("NOUN", "")


def _qualifies_a_thing(words: list[Word], position: int) -> bool:
    """An adjective right before a noun says which of the things it counts: "total dividend"
    is not "final dividend", nor "statutory profit" "adjusted profit"."""
    following = words[position + 1 : position + 2]
    return (
        words[position].pos == "ADJ"
        and words[position].entity is None
        and bool(following)
        and _names_a_thing(following[0])
    )


def _next_to_value(position: int, values: list[tuple[int, int]]) -> bool:
    return any(first - NEAR <= position <= last + NEAR for first, last in values)


def _inside(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in spans)


def preposition_nouns(words: list[Word]) -> set[int]:
    """Positions of the nouns of compound prepositions ("in favour of"): glue, not subject."""
    lowered = [w.text.lower() for w in words]
    return {
        i
        for i in range(1, len(words) - 1)
        if (lowered[i - 1], lowered[i], lowered[i + 1]) in PREPOSITION_NOUNS
    }


def is_value_word(lemma: str) -> bool:
    """Words that spell a value rather than what it is about: "four-fold", "per cent"."""
    return bool(VALUE_WORD.search(lemma))


def _owned_by_other(position: int, focus_last: int, others: list[int], clauses: list[int]) -> bool:
    """Words after another value, up to the next one, are about it: "a fivefold increase in
    air defence and thousands more tanks" puts tanks with the thousands."""
    return owner(position, [focus_last, *others], clauses) not in (None, focus_last)


def subject_key(word: Word) -> str | None:
    """The subject key of a word, or None when the word says nothing about the subject."""
    key = word_key(word.lemma)
    # "up" and "down" are stop words, but "43.3%, up 11.2 points" says which way it went.
    if not word.content and not (key in DIRECTION_WORDS and word.pos == "ADV"):
        return None
    if key in NOT_SUBJECT or len(key) < 2:
        return None
    # Names stay as spelled; other words meet their derivations ("admission", "admitted").
    return key if word.entity is not None else derived_key(key)


def derived_key(key: str) -> str:
    """A word key reduced to its root, so that a noun meets its verb ("admission" and
    "admit", "approval" and "approve"); synonym groups keep their head word."""
    verb = derive(key)
    # A derived word is a verb: it may join a group of actions ("announcement" meets
    # "unveiled"), never one of things ("statement" is not a "state", nor a "country").
    if verb in SYNONYMS and (verb == key or SYNONYMS[verb] not in THING_GROUPS):
        return SYNONYMS[verb]
    if key in SYNONYMS.values():
        return key
    return root(verb)


def relevance(distance: int) -> float:
    """How much a word of an article's sentence says about a figure this far away in it.

    Long sentences carry several facts: beyond a clause or two a word is about another one.
    """
    if distance <= NEAR:
        return 1.0
    if distance >= RELEVANT:
        return 0.0
    return 1.0 - (distance - NEAR) / (RELEVANT - NEAR)


def similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The weighted share of the subject that the passage mentions (0..1).

    For one of the passage's figures (its index), words that belong to another
    value count less, so that in "a 400% increase in air defence and the doubling of
    logistics" air defence belongs to the 400% and logistics to the doubling. A subject
    with a core is judged by the better of its core and its whole sentence.
    """
    whole = _coverage(subject.weights, passage, figure)
    if len(subject.core) < MIN_CORE:
        return whole
    return max(whole, _coverage(core_weights(subject, passage), passage, figure))


def whole_similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The share of the whole subject the passage mentions, core or not: what a passage
    must reach to contradict, since nouns shared with another count of the same things
    ("14,820 postal ballot packs issued") do not make it the count claimed ("312 packs
    rejected")."""
    return _coverage(subject.weights, passage, figure)


def modifier_closeness(subject: Subject, passage: Passage, figure: Figure) -> float:
    """How close the claim's adjectives ("total" of "total dividend") stand to one of the
    passage's values: of two values, the nearer one is the one they describe."""
    weights = dict.fromkeys(subject.modifiers, 1.0)
    return _coverage(weights, passage, passage.figures.index(figure))


def core_similarity(subject: Subject, passage: Passage, figure: int | None = None) -> float:
    """The share of the subject's core (the words next to its figure) the passage mentions."""
    if not subject.core:
        return similarity(subject, passage, figure)
    return _coverage(core_weights(subject, passage), passage, figure)


def core_weights(subject: Subject, passage: Passage) -> dict[str, float]:
    """The subject's core as a passage must name it: an "of" phrase after a head noun is
    understood where the passage gives the head and its owner ("The Green Party's share
    rose to 10.0%" for "the Green Party's share of the vote"), since the owner's head is
    the quantity; without the owner, "share" alone could be anybody's share of anything."""
    found = passage.positions
    dropped = {
        complement
        for complement, (head, owners) in subject.of_phrases.items()
        if complement not in found and _owned_head(passage, head, owners)
    }
    if not dropped:
        return subject.core
    return {key: weight for key, weight in subject.core.items() if key not in dropped}


def _owned_head(passage: Passage, head: str, owners: frozenset[str]) -> bool:
    """The passage writes the head noun right after one of its owner's names ("The Green
    Party's share"), and names the whole owner."""
    if not owners <= passage.positions.keys():
        return False
    keys = passage.keys
    return any(at > 0 and keys[at - 1] in owners for at in passage.positions.get(head, []))


def _coverage(weights: dict[str, float], passage: Passage, figure: int | None) -> float:
    positions = passage.positions
    # A passage that gives a value without a word for its direction ("43.3%, up 11.2
    # points": "up" is a stop word) neither agrees nor differs on "rose"; the direction is
    # checked on its own where it is stated (matching: another direction).
    if not any(key in positions for key in DIRECTION_WORDS):
        weights = {k: w for k, w in weights.items() if k not in DIRECTION_WORDS}
    total = sum(weights.values())
    if total == 0:
        return 0.0
    found = 0.0
    # A count's own unit names what it counts, wherever the word stands ("41 patients were
    # admitted ..., 17% more than the 35 admitted": the 35 are patients too).
    unit = _unit_key(passage.figures[figure]) if figure is not None else None
    for key, weight in weights.items():
        if key not in positions:
            if key in passage.context_keys:
                found += weight * CONTEXT_WEIGHT
            continue
        if figure is None or key == unit:
            found += weight
        else:
            found += weight * max(_closeness(p, figure, passage) for p in positions[key])
    return found / total


def _same_count(passage: Passage, figure: int, other_end: int | None) -> bool:
    """The word's value counts what this one counts: "41 patients were admitted to hospital,
    17% more than the 35 admitted" compares two counts of one thing, whose words they share."""
    unit = _unit_key(passage.figures[figure])
    return unit is not None and any(
        end == other_end and _unit_key(other) == unit
        for end, other in zip(passage.figure_ends, passage.figures, strict=True)
    )


def _unit_key(figure: Figure) -> str | None:
    if figure.kind != COUNT or not figure.unit:
        return None
    return derived_key(word_key(figure.unit))


def _closeness(position: int, figure: int, passage: Passage) -> float:
    """How much a word at `position` speaks of the passage's `figure`: less with distance,
    and little when the word follows another of the sentence's values (it is about that)."""
    head = passage.heads[figure] if passage.heads else -1
    other = owner(position, passage.value_ends, passage.clauses)
    if (
        position != head
        and other not in (None, passage.figure_ends[figure])
        and not _same_count(passage, figure, other)
    ):
        return FAR_WEIGHT
    anchor = passage.figure_positions[figure]
    distance = min(abs(position - anchor), abs(position - passage.figure_ends[figure]))
    if distance <= NEAR:
        closeness = 1.0
    elif distance >= FAR:
        closeness = FAR_WEIGHT
    else:
        closeness = 1.0 - (1.0 - FAR_WEIGHT) * (distance - NEAR) / (FAR - NEAR)
    clauses = passage.clauses
    if clauses and clauses[position] != clauses[min(anchor, len(clauses) - 1)]:
        closeness *= OTHER_CLAUSE_WEIGHT
    return closeness


def _head_of(words: list[Word], figure: Figure, sentence: Sentence) -> int:
    """The position of the noun a value is given "of": "their deposit of £500", "a return
    rate of 81.7%". That noun names what the value counts, even after another value."""
    before = bisect_right([w.end for w in words], figure.start) - 1
    if before < 0 or words[before].pos != "NOUN":
        return -1
    between = sentence.text[words[before].end - sentence.start : figure.start - sentence.start]
    return before if between.strip().lower() == "of" else -1


def owner(position: int, value_ends: list[int], clauses: list[int]) -> int | None:
    """The value a word is about: the last one that ends before it in the same clause ("a
    400% increase in air defence and the doubling of logistics": logistics is the
    doubling's). Words before every value of their clause belong to all of them ("reduce
    Bank Rate by 0.25 points, to 4.25%"; "to £12m, and the library budget was halved")."""
    clause = clauses[position] if position < len(clauses) else None
    return max(
        (
            end
            for end in value_ends
            if end < position and (end >= len(clauses) or clauses[end] == clause)
        ),
        default=None,
    )


def _is_speaker(words: list[Word], position: int) -> bool:
    """A name that is the source of the sentence: "Trump has previously said", "according
    to the World Health Organization"."""
    following = words[position + 1 : position + 4]
    if any(w.lemma in REPORTING_VERBS for w in following):
        return True
    preceding = [w.text.lower() for w in words[max(0, position - 4) : position]]
    return "according" in preceding


def qualifiers_named(subject: Subject, passage: Passage) -> bool:
    """The places and bodies the statement names appear in the passage or its lead, and the
    adjectives that say which of its things it counts in the passage itself."""
    named = set(passage.keys) | passage.lead_keys
    return all(key in named for key in subject.qualifiers) and all(
        key in passage.positions for key in subject.modifiers
    )


def names_covered(subject: Subject, document_keys: frozenset[str]) -> bool:
    """Every name the statement depends on is mentioned in the evidence document."""
    return all(name in document_keys for name in subject.required)


def _passages(document: Document, parsed: ParsedText) -> list[Passage]:
    word_starts = [w.start for w in parsed.words]
    figure_starts = [f.start for f in parsed.figures]
    passages: list[Passage] = []
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
        positions = [_position_of(kept_words, figure.start) for figure in figures]
        ends = [_last_position(kept_words, figure.end) for figure in figures]
        owning = [end for end, f in zip(ends, figures, strict=True) if owns_words(f)]
        clauses = [w.clause for w in kept_words]
        passage = Passage(
            document, sentence, keys, figures, positions, ends, owning, clauses=clauses
        )
        passage.heads = [_head_of(kept_words, figure, sentence) for figure in figures]
        passage.starts = [w.start for w in kept_words]
        passage.periods = find_periods(sentence.text, sentence.start)
        spans = [(figure.start, figure.end) for figure in figures]
        passage.contrasts = given_contrasts(parsed.words[low:high], spans)
        if passages:
            before = passages[-1]
            ends_in_number = before.sentence.text.rstrip(" \t.*")[-1:].isdigit()
            passage.lead_in = before.lead_in if ends_in_number else frozenset(before.keys)
        if passages and _same_paragraph(document, passages[-1].sentence, sentence):
            earlier = passages[-1]
            named = [m.period for m in earlier.periods]
            passage.earlier_periods = named or earlier.earlier_periods
        passages.append(passage)
    _mark_lists(passages)
    _expand_acronyms(parsed, passages)
    own_period = next((p.periods[0].period for p in passages[:PERIOD_SENTENCES] if p.periods), None)
    for passage in passages:
        passage.document_periods = [own_period] if own_period else []
    dates = document_dates(document, passages)
    title = frozenset(passages[0].keys) if passages else frozenset()
    lead = _lead_keys(document, passages)
    for passage in passages:
        passage.document_dates = dates
        passage.context_keys = title
        passage.lead_keys = lead
    return passages


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


def _same_paragraph(document: Document, earlier: Sentence, later: Sentence) -> bool:
    """No blank line between the two sentences, and the later one is not a list item."""
    gap = document.original[earlier.end - document.start : later.start - document.start]
    starts_item = later.text.lstrip()[:1] in ("-", "*", "•") or gap.rstrip(" ").endswith(
        ("\n-", "\n*", "\n•")
    )
    return "\n\n" not in gap.replace(" ", "") and not starts_item


def _lead_keys(document: Document, passages: list[Passage]) -> frozenset[str]:
    """What every sentence of a document is about: its title, lead and publisher."""
    keys = {key for passage in passages[:LEAD_SENTENCES] for key in passage.keys}
    for word in (document.source or "").split():
        keys.add(word_key(word))
    return frozenset(keys)


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


def owns_words(figure: Figure) -> bool:
    """Values own the words after them; times and durations ("twelve-month", "three
    months to April") describe a value rather than count something of their own, and so does a
    vote tally ("voted 7–2 to reduce Bank Rate by 0.25 points": the cut owns "reduce")."""
    return not is_time(figure) and figure.kind != DURATION and figure.unit != "tally"


def _last_position(words: list[Word], end: int) -> int:
    """The position of the last word that starts before `end` (a figure's last word)."""
    return max(0, bisect_left([w.start for w in words], end) - 1)


def _position_of(words: list[Word], offset: int | None) -> int:
    """The position of the first kept word at or after `offset` (figures sit between words)."""
    if offset is None:
        return 0
    starts = [w.start for w in words]
    return min(bisect_left(starts, offset), max(0, len(words) - 1))
