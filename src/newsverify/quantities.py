"""What a value is a value of: the quantity its sentence names for it.

"Public sector net borrowing was £14.2bn" gives a value of borrowing; "Public sector net debt
was £2,914.6bn" one of debt, however many other words the two sentences share. A count of
things is a count of what happened to them: "39,000 homes were started" counts starts, and
"planning permission for 58,700 homes" counts permissions, not starts. The quantity is the
head noun of the words right before the value (linking verbs such as "was" or "rose" and
adjectives passed over), or for a count of things the verb that says what happened to them.

A primary value of another quantity is no evidence for a claimed value either way: it can
neither agree ("more than £15bn" is met by the debt's £2,914.6bn) nor conflict. It is another
quantity when the two heads differ, the passage does not name the claim's head at all, and
the claim does not name the passage's. Synonyms and derived words ("borrowing" and
"borrowed", "completions" and "completed") meet through their subject keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .passages import Passage
from .records import COUNT, MULTIPLIER, Figure, Word
from .subject_keys import derived_key, subject_key
from .values import dimension
from .vocab import EXCLUSIVE_EVENTS, word_key

# Verbs that link a quantity to its value ("was", "rose to", "made up", "stood at") rather
# than say what the value counts.
_LINKING = frozenset(
    derived_key(word_key(verb))
    for verb in (
        "be have remain stand reach total amount hit come make see get account "
        "increase decrease rise fall grow climb drop decline ease"
    ).split()
)
# Linking verbs as written, for verbs a passage leaves out of its keys ("was", "has been").
_LINKING_FORMS = frozenset(
    """is are was were be been being has have had made make makes stood stands remained
    remains reached reaches totalled totaled totals came comes rose rises risen fell falls
    fallen grew grows grown""".split()
)
# Words that join two values' phrases: what stands before them is the other value's.
_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whereas)\b|[,;]", re.IGNORECASE)
# One word and the space or hyphen after it: the next word is its neighbour in a phrase.
_JOINED = re.compile(r"^[^\s-]+[\s-]+$")
# Parts of speech that may stand inside a noun phrase before its head ("net", "sector").
_PHRASE_POS = ("NOUN", "PROPN", "ADJ", "")


@dataclass(frozen=True)
class Quantity:
    """The head of what a value counts, and the nouns of its phrase before the head."""

    head: str
    modifiers: tuple[str, ...] = ()
    # Said by a verb ("were injured"): verbs are paraphrased ("hurt", "taken" for "seized"),
    # so only a quantity a primary names by a noun ("planning permission for") rules one out.
    verb: bool = False
    # "The number of cigarette seizures": a count of the things the head names, however
    # much of something else they hold.
    number_of: bool = False


def claimed_quantity(
    words: list[Word], figure: Figure, skip: list[tuple[int, int]], text: str = "", base: int = 0
) -> Quantity | None:
    """The quantity a statement gives `figure` for (see `_claimed_quantity`), marked as a
    number of things when `text` (the statement, starting at offset `base`) says "the number
    of" before it."""
    found = _claimed_quantity(words, figure, skip)
    before = text[: max(0, figure.start - base)]
    if found is not None and _NUMBER_OF.search(before):
        return replace(found, number_of=True)
    return found


# "The number of cigarette seizures rose by": what follows counts things, one by one.
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\b", re.IGNORECASE)


def _claimed_quantity(
    words: list[Word], figure: Figure, skip: list[tuple[int, int]]
) -> Quantity | None:
    """The quantity a statement gives `figure` for, from its own words; None when they do
    not say (an actor's verb, "Central government took in £78.3bn", is paraphrased too
    freely to stand for what the primary counts)."""
    clause = next((w.clause for w in words if w.start >= figure.start), None)
    before = [
        w
        for w in words
        if w.end <= figure.start
        and w.clause == clause
        and not any(a <= w.start < b for a, b in skip)
    ]
    counted = figure.kind == COUNT and bool(figure.unit)
    # "earnings per share": the noun after "per" is a rate's, not what is measured.
    rates = {id(b) for a, b in zip(words, words[1:], strict=False) if a.text.lower() == "per"}
    found = _scan_back(
        [
            (subject_key(w), w.pos, w.entity is not None, True)
            for w in reversed(before)
            if id(w) not in rates
        ],
        counted,
    )
    if found is not None or not counted:
        return found
    # "39,000 homes were started": the verb after a count says what happened to the things.
    for word in words:
        if word.start < figure.end or word.clause != clause:
            continue
        key = subject_key(word)
        if key is None:
            continue
        if word.pos == "VERB" and key not in _LINKING:
            return Quantity(key, verb=True)
        if word.pos in ("NOUN", "PROPN"):
            return None
    return None


_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
# A colon ends a speaker's label or a lead-in: the words before it are not the value's.
_LABEL_END = re.compile(r":\s")


def given_quantity(passage: Passage, number: int) -> Quantity | None:
    """The quantity a primary sentence gives its value `number` for; a value at the start of
    its clause ("£2,914.6bn ..., or 95.8% of GDP") is the earlier value's in other terms."""
    if passage.row is not None:
        return None  # a table cell's quantity is its row and column (table_rows.py)
    figure = passage.figures[number]
    counted = figure.kind == COUNT and bool(figure.unit)
    at = passage.figure_positions[number]
    clause = passage.clauses[at] if at < len(passage.clauses) else None
    text, base = passage.sentence.text, passage.sentence.start
    items: list[tuple[str | None, str, bool, bool]] = []
    edge = figure.start
    for position in range(min(at, len(passage.keys)) - 1, -1, -1):
        if passage.clauses[position] != clause:
            break
        start = passage.starts[position]
        if any(m.start <= start < m.end for m in passage.periods):
            continue  # "fourth-quarter flour sales": a period is compared as a period
        if _PER_BEFORE.search(text, 0, start - base):
            edge = start
            continue  # "earnings per share of 31.4p": the earnings are measured, per share
        if _LABEL_END.search(text[start - base : edge - base]):
            break  # "Ysolde Brannagh (Minister for Communities): On 30 October ...": a label
        if _CONJUNCTION.search(text[start - base : edge - base]):
            # "5.5% for office staff and 3.2%": the words before "and" are the other value's.
            items.append((None, "CCONJ", False, False))
            break
        if _verb_between(passage, start, edge):
            # A verb left out of the keys ("urged a 400% increase") says who acts, not what.
            items.append((None, "VERB", False, False))
            break
        edge = start
        pos = "VERB" if start in passage.verb_starts else ""
        pos = "ADJ" if start in passage.adjective_starts else pos
        # Only stop words are left out of a passage's keys: "receipts ... and VAT receipts".
        following = passage.starts[position + 1] if position + 1 < len(passage.starts) else None
        joined = following is not None and bool(
            _JOINED.match(text[start - base : following - base])
        )
        items.append((passage.keys[position], pos, False, joined))
    found = _scan_back(items, counted)
    if found is not None:
        return found
    if counted:
        after = passage.figure_ends[number] + 1
        if after < len(passage.keys) and passage.starts[after] in passage.verb_starts:
            key = passage.keys[after]
            return Quantity(key, verb=True) if key not in _LINKING else None
    if not items and number > 0:
        return given_quantity(passage, number - 1)
    return None


def counted_events(passages: list[Passage], claim: Figure) -> frozenset[str]:
    """The verbs under which the primary counts the things the claim counts ("Work started
    on 38,460 dwellings", "42,150 dwellings were completed"): when it counts them under the
    claim's verb somewhere, a count of them under another verb is another measure."""
    if claim.kind != COUNT or not claim.unit:
        return frozenset()
    events: set[str] = set()
    for passage in passages:
        for number, figure in enumerate(passage.figures):
            if figure.kind == COUNT and figure.unit and dimension(figure) == dimension(claim):
                given = given_quantity(passage, number)
                if given is not None and given.verb:
                    events.add(given.head)
    return frozenset(events)


def other_quantity(
    claimed: Quantity | None,
    named: set[str] | dict[str, float],
    passage: Passage,
    number: int,
    events: frozenset[str] = frozenset(),
) -> str | None:
    """Why the passage's value `number` is of another quantity than the claimed one (`named`:
    the claim's subject keys; `events`: `counted_events`); None when it may be the same."""
    if claimed is None:
        return None
    unit = _changed_count_unit(passage, number) if claimed.number_of else None
    if unit is not None and derived_key(word_key(unit)) != claimed.head:
        # "Officers seized 1.62 billion cigarettes, up 24%": the cigarettes rose by 24%,
        # which says nothing of the number of seizures.
        return f"the primary gives the change of the {unit}s it counts, not of their number"
    given = given_quantity(passage, number)
    if given is not None and given.verb and claimed.verb and _excluded(claimed.head, given.head):
        # "Seven people died" counts no one who was injured, whatever else it counts.
        ours, theirs = _EVENT_WORDS[claimed.head], _EVENT_WORDS[given.head]
        return f"the primary counts people who {theirs}, the claim people who {ours}"
    if given is None or (given.verb and claimed.head not in events):
        return None
    figure = passage.figures[number]
    if figure.kind == COUNT and figure.unit and not claimed.verb:
        # A count counts its unit; a noun before it may hold the things rather than count
        # them ("ballot boxes from 58 polling stations"). What happened to them, said by the
        # claim's verb, is what tells counts of the same things apart.
        return None
    if given.head == claimed.head:
        # "Income tax receipts were £21.4bn and VAT receipts £16.0bn": two kinds of receipts.
        # Any modifier tells them apart ("corporation tax" and "income tax" receipts).
        ours, theirs = claimed.modifiers, given.modifiers
        own = [key for key in ours if key not in theirs]
        other = [key for key in theirs if key not in named]
        if ours and theirs and own and other:
            return (
                f'the primary gives it for "{" ".join(theirs)} {given.head}", '
                f'the claim for "{" ".join(ours)} {claimed.head}"'
            )
        return None
    if _names_thing(passage, claimed.head) or given.head in named:
        return None
    return f'the primary gives it for "{given.head}", the claim for "{claimed.head}"'


def _names_thing(passage: Passage, key: str) -> bool:
    """The passage names the thing `key` stands for, not only as the "per" of a rate:
    "earnings per share" names no shares that could rise."""
    if key not in passage.positions:
        return False
    text = passage.sentence.text
    written = re.findall(rf"\b(per\s+)?{re.escape(key)}", text, re.IGNORECASE)
    return not written or any(not per for per in written)


def narrower(claimed: Quantity | None, passage: Passage, number: int) -> tuple[str, ...]:
    """The nouns one side puts before the other's phrase: "income" of "income tax receipts"
    for a claim about "tax receipts", or "office" of a claim about "office business rates"
    for the primary's "business rates". Each is a kind of what the other names."""
    if claimed is None or not claimed.modifiers:
        return ()
    given = given_quantity(passage, number)
    if given is None or given.head != claimed.head or given.verb:
        return ()
    return _extra(given.modifiers, claimed.modifiers) or _extra(claimed.modifiers, given.modifiers)


def _extra(longer: tuple[str, ...], shorter: tuple[str, ...]) -> tuple[str, ...]:
    """The words `longer` puts before all of `shorter`, when it ends with it."""
    if (
        not shorter
        or len(longer) <= len(shorter)
        or longer[len(longer) - len(shorter) :] != shorter
    ):
        return ()
    return longer[: len(longer) - len(shorter)]


def _verb_between(passage: Passage, start: int, end: int) -> bool:
    """A verb other than a linking one stands after the word at `start`, before `end`."""
    text, base = passage.sentence.text, passage.sentence.start
    for verb in passage.verb_starts:
        if start < verb < end:
            written = re.match(r"[A-Za-z'-]+", text[verb - base :])
            if written is None or written.group(0).lower() not in _LINKING_FORMS:
                return True
    return False


def _scan_back(items: list[tuple[str | None, str, bool, bool]], counted: bool) -> Quantity | None:
    """The head and its nouns among words read backwards from a value: (key, part of speech,
    is a name, stands right before the word after it) for each."""
    head: str | None = None
    nouns: list[str] = []
    for key, pos, is_name, joined in items:
        if key is None:
            if head is not None or pos in ("VERB", "CCONJ"):
                break  # "share of completions": the phrase ends at "of"
            continue
        if head is None:
            if pos in ("ADJ", "ADV") or key in _LINKING:
                continue
            if pos in ("VERB", "AUX"):
                # "Work started on 38,460 homes": what happened to the things counted.
                return Quantity(key, verb=True) if counted else None
            if is_name:
                return None  # "| Harrowby | 8,310 |": a name says whose, not what
            head = key
            continue
        if pos not in _PHRASE_POS or not joined:
            break
        if pos == "ADJ":
            continue  # adjectives are subgroups.py's and contrasts.py's
        nouns.append(key)
    if head is None:
        return None
    return Quantity(head, tuple(reversed(nouns)))


_EVENT_GROUP = {
    derived_key(word_key(verb)): number
    for number, group in enumerate(EXCLUSIVE_EVENTS)
    for verb in group
}
_EVENT_WORDS = {
    derived_key(word_key(verb)): written
    for group in EXCLUSIVE_EVENTS
    for verb, written in group.items()
}


def _excluded(claimed: str, given: str) -> bool:
    """Verbs of two groups of events that exclude each other (vocab.EXCLUSIVE_EVENTS)."""
    ours, theirs = _EVENT_GROUP.get(claimed), _EVENT_GROUP.get(given)
    return ours is not None and theirs is not None and ours != theirs


# Between a count and the change of it: "1.62 billion cigarettes (sticks), up 24%".
_COUNT_THEN_CHANGE = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:up|down|a\s+rise\s+of|a\s+fall\s+of)?\s*$", re.I
)


def _changed_count_unit(passage: Passage, number: int) -> str | None:
    """The unit of the count a primary's relative change is of, when the count stands right
    before it ("seized 1.62 billion cigarettes (sticks), up 24%")."""
    figure = passage.figures[number]
    if figure.kind != MULTIPLIER or number == 0:
        return None
    count = passage.figures[number - 1]
    if count.kind != COUNT or not count.unit:
        return None
    text, base = passage.sentence.text, passage.sentence.start
    gap = text[count.end - base : figure.start - base]
    return count.unit if _COUNT_THEN_CHANGE.match(gap) else None
