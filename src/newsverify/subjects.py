"""What a statement is about: its words as weighted subject keys, the core next to its
figure, the names it depends on, the adjectives and contrasts that tell quantities apart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .contrasts import claimed_contrasts, given_contrasts
from .idle_words import is_idle
from .light_verbs import is_level_verb, unwritten_light_keys, without_light_verbs
from .modified_nouns import ModifiedNoun, modified_nouns
from .numbered_names import numbered_names
from .places import FRAMING_PREPOSITIONS, PLACE_LABELS, names_after_framing_preposition
from .records import Word
from .speech import REPORTING_VERBS
from .subject_keys import (
    derived_key,
    is_glued_number,
    is_value_word,
    last_position,
    owner,
    position_of,
    preposition_nouns,
    subject_key,
)
from .unwritten_words import anchored, unwritten_factor
from .vocab import (
    DIRECTION_WORDS,
    WHOLE_ADJECTIVES,
    word_key,
)

# Named-entity labels whose words identify what a statement is about.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# Things (nouns, names) say what a statement is about; how they are described says less.
POS_WEIGHT = {"ADJ": 0.5, "ADV": 0.5, "VERB": 0.8}
# ... and of the facilities a figure may hold at: "at the Port of Saltreach", "Brisford Airport".
_FACILITY = "FAC"
# Nouns that, after "the", point back at a place named before: "in the region".
PLACE_NOUNS = frozenset({"region", "county", "district", "borough", "province", "city", "town"})
# Names of who acts: in the figure's own clause they say whose figure it is.
ACTOR_LABELS = frozenset({"PERSON", "ORG"})
# Within this many words of a figure, a word is at the core of what it counts.
NEAR = 4
# In an article's sentence, which may pack several facts, much less.
OTHER_CLAUSE_WEIGHT_IN_STATEMENT = 0.3
# In a checked sentence, words this far from the figure say nothing about it.
RELEVANT = 16
# A value at most this many words after "of" is the base of a share ("67.3 percent of the
# constituency's 70,800 voters").
BASE_OF_WORDS = 8


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
    # The places it says its figures hold in: a place's name, or a name after "in" or
    # "across" (the small model may call a country a group of people).
    places: set[str] = field(default_factory=set)
    # ... and those of the figure's own clause, facilities too ("at the Port of Saltreach").
    own_places: set[str] = field(default_factory=set)
    # Core nouns of an "of" phrase after a named owner's head noun ("the Green Party's share
    # of the vote"): complement key -> (head key, owner keys). See `core_weights`.
    of_phrases: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # Names with a number it gives ("terminal 1"; `numbered_names.py`).
    numbered: frozenset[str] = frozenset()
    # Its nouns with the word before them that says which kind is meant ("non-food stores"):
    # a primary sentence that gives the noun another such word is about other things.
    modified_nouns: list[ModifiedNoun] = field(default_factory=list)
    # Keys only its verbs of a level give ("reached"): they name no table row ("Northern
    # Reach"; light_verbs.py).
    verb_keys: frozenset[str] = frozenset()


def build_subject(
    words: list[Word],
    skip: list[tuple[int, int]],
    values: list[tuple[int, int]],
    focus: tuple[int, int] | None = None,
    others: list[int] | None = None,
    idf: Callable[[str], float] = lambda key: 1.0,
    written: Callable[[str], bool] = lambda key: True,
) -> Subject:
    """The subject of a statement made of `words`, each word weighted by `idf` (its rarity).

    Words inside `skip` spans (times, quotations) are left out; inside `values` spans
    (the figures themselves) the words that spell the value ("four-fold", "per cent")
    are left out too, while what it is about stays ("rate" in "cut the rate by 0.25
    points", "submissions" in "300 submissions"). With a
    `focus` span (a finding's figure) nearer words weigh more, words that follow one of
    the `others` (end offsets of the sentence's other values) belong to it, and only the
    names near the focus, people, and whoever is said to speak must be in the evidence.
    When the focus is a value, words away from it that no primary text writes (`written`)
    count little (unwritten_words.py).
    """
    glue = preposition_nouns(words)
    kept = [
        w
        for i, w in enumerate(words)
        if not inside(w, skip)
        and not (inside(w, values) and _spells_value(w, written))
        and i not in glue
    ]
    # Words that say nothing of the subject keep their places (nearness is counted past
    # them) but give no key (idle_words.py).
    # Each word's key, worked out once: a statement's subject is built for every finding.
    keys = {id(w): subject_key(w) for w in words}
    for word in words:
        if is_idle(word, keys[id(word)]):
            keys[id(word)] = None
    # "revised down to 17,908", "marked up to": a verb's particle before the level it went to
    # says which way it went ("make up 63.6%", "slowing down" say nothing of it).
    for verb, particle, to in zip(words, words[1:], words[2:], strict=False):
        if verb.pos == "VERB" and particle.lemma in ("up", "down") and to.lemma == "to":
            keys[id(particle)] = derived_key(word_key(particle.lemma))

    def key_of(word: Word) -> str | None:
        return keys[id(word)]

    focus_position = position_of(kept, focus[0]) if focus is not None else None
    focus_last = last_position(kept, focus[1]) if focus is not None else None
    bases = [o for o in others or [] if focus is not None and is_base_of(words, focus, o)]
    owners = [last_position(kept, o) for o in others or [] if o not in bases]
    clauses = [w.clause for w in kept]
    # The words next to a value say what it counts: "£10m on dredging". Nearness is
    # counted in content words, so "£12m for catch-up MMR vaccination clinics" reaches the
    # clinics however many tokens the value and the hyphens make.
    content = [w for w in kept if key_of(w) is not None]
    value_positions = [
        (position_of(content, start), last_position(content, end)) for start, end in values
    ]
    content_position = -1
    weights: dict[str, float] = {}
    core: dict[str, float] = {}
    required: set[str] = set()
    qualifiers: set[str] = set()
    places: set[str] = set()
    own_places: set[str] = set()
    modifiers: set[str] = set()
    people: set[str] = set()
    bystanders: set[str] = set()
    # The figure's own first word says which clause it is in (its words may be skipped).
    focus_clause = next((w.clause for w in words if focus and w.start >= focus[0]), 0)
    # A sentence that opens with a place phrase ("In the Highlands region, ...") sets the
    # scene for all its clauses.
    opens = bool(words) and words[0].lemma.lower() in FRAMING_PREPOSITIONS
    framing = words[0].clause if opens else focus_clause
    # A time is checked by the event it dates, which the article tells in its own words.
    focus_is_value = focus is not None and focus in values
    undiscounted: dict[str, float] = {}
    beside: set[str] = set()  # the things and names right next to the figure
    verbs: set[str] = set()  # keys of its verbs of a level, and of its other words
    things: set[str] = set()
    after_framing = names_after_framing_preposition(words)
    close: list[Word] = []  # the words right by the figure, or all of a claim's
    for position, word in enumerate(kept):
        key = key_of(word)
        if key is None:
            continue
        content_position += 1
        is_name = word.entity in ENTITY_LABELS
        if word.entity in PLACE_LABELS or id(word) in after_framing:
            places.add(key)
        placed = word.entity in PLACE_LABELS or word.entity == _FACILITY
        own_clause = focus is None or word.clause in (focus_clause, framing)
        if placed and own_clause and key.isalpha():
            own_places.add(key)
        # The people a sentence names, and every name in the figure's own clause, say
        # whose figure it is (the small model often labels a person as an organisation).
        if word.entity == "PERSON" or (word.entity in ACTOR_LABELS and word.clause == focus_clause):
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
        if nearness == 1.0:
            close.append(word)
        weight = idf(key) * nearness * POS_WEIGHT.get(word.pos, 1.0)
        (verbs if is_level_verb(word) else things).add(key)
        undiscounted[key] = max(undiscounted.get(key, 0.0), weight)
        if nearness == 1.0 and (is_name or _names_a_thing(word)):
            beside.add(key)
        # The words after the base of a share say what the share counts ("45.0 percent of
        # the constituency's 9,000 voters cast a ballot"), however rarely the primary has them.
        of_base = bool(bases) and word.clause == focus_clause and word.start >= min(bases)
        if focus_is_value and not of_base:
            weight *= unwritten_factor(key, nearness, written)
        weights[key] = max(weights.get(key, 0.0), weight)
        # The core is the names of things next to the value: what it counts. Verbs
        # around it ("is providing", "announced") are paraphrased too freely to count.
        # "national", "overall" say the whole is meant, which a primary's unqualified
        # figure is: no other quantity of the same name.
        if (
            focus_position is None
            and _qualifies_a_thing(kept, position)
            and word.lemma.lower() not in WHOLE_ADJECTIVES
        ):
            modifiers.add(key)
        if (
            _names_a_thing(word)
            and key not in DIRECTION_WORDS
            and (
                (focus_position is not None and nearness == 1.0)
                or (focus_position is None and _next_to_value(content_position, value_positions))
            )
        ):
            core[key] = idf(key)
        # A claim is short and every name in it matters; in an article's sentence only
        # the names that bear on the figure, and whoever is said to speak, do.
        if is_name and word.entity != "PERSON":
            if focus_position is None or nearness == 1.0:
                required.add(key)
                qualifiers.add(key)
            elif _is_speaker(kept, position):
                required.add(key)
        if focus_position is not None and word.clause in (focus_clause, framing):
            # "In the Highlands region, a typical bill will be €1,812", "in the region": a
            # place in the figure's clause, or in a phrase that opens the sentence, says where
            # it holds; a passage that names no place cannot contradict it.
            if _is_place(kept, position):
                qualifiers.add(key)
    is_anchored = anchored(beside, written)
    if focus_is_value and not is_anchored:
        weights = undiscounted  # nothing next to the figure says what the primary calls it
    # "Halvern took a £31.5m hit": a verb no primary writes says nothing of what is counted
    # (a time's event, told in the article's own words, keeps all of them).
    if focus is None or focus_is_value:
        light = unwritten_light_keys(words, keys, written)
        weights = without_light_verbs(weights, light, is_anchored)
    if focus is None:
        contrasts = claimed_contrasts(kept)
    else:
        # The sentence's other values stand between the figure and a qualifier of theirs
        # ("Statutory pre-tax profit fell to £98.7m after a £31.5m charge").
        between = values + [(end, end) for end in others or []]
        contrasts = given_contrasts(words, [focus], between)[0]
    return Subject(
        weights,
        required,
        qualifiers=qualifiers,
        places=places,
        own_places=own_places,
        core=core,
        modifiers=modifiers,
        contrasts=contrasts,
        people=people,
        bystanders=bystanders - people,
        of_phrases=_of_phrases(words, core),
        numbered=numbered_names(words, values),
        modified_nouns=modified_nouns(close, key_of),
        verb_keys=frozenset(verbs - things),
    )


def _spells_value(word: Word, written: Callable[[str], bool]) -> bool:
    """A word of a value's span that spells the value: "per cent", or "7.4pc" where no
    primary writes that token."""
    if is_value_word(word.lemma):
        return True
    if not is_glued_number(word.lemma):
        return False
    key = subject_key(word)
    return key is not None and not written(key)


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


def _is_place(words: list[Word], position: int) -> bool:
    """A place's name ("the Highlands"), or a place named before ("in the region", "the
    city's"): the figure holds there, not everywhere."""
    word = words[position]
    if word.entity in PLACE_LABELS:
        return True
    previous = words[position - 1].lemma.lower() if position > 0 else ""
    return word.lemma.lower() in PLACE_NOUNS and previous in ("the", "this", "that")


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


def inside(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in spans)


def _owned_by_other(position: int, focus_last: int, others: list[int], clauses: list[int]) -> bool:
    """Words after another value, up to the next one, are about it: "a fivefold increase in
    air defence and thousands more tanks" puts tanks with the thousands."""
    return owner(position, [focus_last, *others], clauses) not in (None, focus_last)


def relevance(distance: int) -> float:
    """How much a word of an article's sentence says about a figure this far away in it.

    Long sentences carry several facts: beyond a clause or two a word is about another one.
    """
    if distance <= NEAR:
        return 1.0
    if distance >= RELEVANT:
        return 0.0
    return 1.0 - (distance - NEAR) / (RELEVANT - NEAR)


def _is_speaker(words: list[Word], position: int) -> bool:
    """A name that is the source of the sentence: "Trump has previously said", "according
    to the World Health Organization"."""
    following = words[position + 1 : position + 4]
    if any(w.lemma in REPORTING_VERBS for w in following):
        return True
    preceding = [w.text.lower() for w in words[max(0, position - 4) : position]]
    return "according" in preceding
