"""Who spoke each quotation, found by rules over normalised text.

Given the quotations `newsverify.quote_marks` pairs, `find_speakers`:

1. splits the text into sentences, treating each quotation as one unit;
2. finds the people the text names (PERSON entities when a trained pipeline gives them,
   else titles and names next to reporting verbs) and every later mention of them;
3. ties each quotation to the subject of the nearest reporting verb of its sentence ("Rutte
   said", "said Mr Rutte", "he added", "the prime minister said", "according to ..."), to a
   colon introduction, or to the speaker of the sentence before when it continues a quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsverify import speech
from newsverify.quote_marks import QuoteSpan, find_paragraphs

# Words, with titles keeping their full stop ("Mr."), hyphenated and possessive forms whole.
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St)\.|\w+(?:[-'&]\w+)*|\S"
)
# A sentence end: terminal punctuation (and closing marks) before a capital or an opening mark.
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\w+)$")

# Subject kinds.
_PERSON = "person"
_PRONOUN = "pronoun"
_DESCRIPTION = "description"
_OTHER = "other"  # an organisation, a document, anything that is not a named person


# --- 1. sentences and tokens ---------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """A word or punctuation token outside quotations, or a placeholder for a quotation."""

    start: int
    end: int
    text: str
    lower: str
    quote: int = -1  # index of the quotation this placeholder stands for

    @property
    def is_word(self) -> bool:
        return self.quote < 0 and self.text[0].isalnum()

    @property
    def base(self) -> str:
        """The word without a possessive ending: "Rutte's" -> "Rutte"."""
        return self.text[:-2] if self.lower.endswith("'s") else self.text


def _sentences(text: str, spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a quotation never splits, lines always do."""
    starts = [s.outer_start for s in spans]

    def inside_quote(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos - 1) - 1
        return k >= 0 and spans[k].outer_start < pos < spans[k].outer_end

    sentences = []
    for lo, hi in find_paragraphs(text):
        cut = lo
        for match in _SENTENCE_END.finditer(text, lo, hi):
            if inside_quote(match.end()):
                continue  # a full stop inside a quotation: the quote is one unit
            word = _WORD_BEFORE.search(text, lo, match.start())
            if word and (
                word.group(1).lower() in speech.ABBREVIATIONS or _is_initial(word.group(1))
            ):
                continue  # "Mr. Cazalet", "John F. Kennedy", "the U.S. Army"
            sentences.append((cut, match.end()))
            cut = match.end()
        sentences.append((cut, hi))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in sentences if text[a:b].strip()
    ]


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _items(text: str, spans: Sequence[QuoteSpan]) -> list[_Item]:
    items: list[_Item] = []
    k = 0
    for match in _TOKEN.finditer(text):
        # Emit placeholders for quotations that begin before this token.
        while k < len(spans) and spans[k].outer_start <= match.start():
            span = spans[k]
            items.append(_Item(span.outer_start, span.outer_end, "\x00", "\x00", k))
            k += 1
        if items and items[-1].quote >= 0 and match.start() < items[-1].end:
            continue  # a token inside the quotation just emitted
        items.append(_Item(match.start(), match.end(), match.group(), match.group().lower()))
    items.extend(
        _Item(span.outer_start, span.outer_end, "\x00", "\x00", index)
        for index, span in enumerate(spans[k:], start=k)
    )
    return items


# --- 2. people -----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Lower-case words with hyphenated compounds split: "Secretary-General" -> 2 words."""
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w]


def _is_title(item: _Item) -> bool:
    return all(w in speech.TITLES for w in _words(item.base.rstrip(".")))


def _is_role(item: _Item) -> bool:
    """A title or a noun naming a role: "President", "chief", "governor"."""
    return _is_title(item) or any(w in speech.ROLE_NOUNS for w in _words(item.base))


def _is_cue_word(lower: str) -> bool:
    return lower in speech.REPORTING_VERBS or lower == "according"


def _is_name_part(item: _Item) -> bool:
    """A capitalised word that may belong to a person's name or title."""
    text = item.base
    if not item.is_word or not text[0].isupper() or item.lower.rstrip(".") in speech.NOT_NAMES:
        return False
    # "NATO", "UK": acronyms are organisations and places, except titles such as "CEO".
    if text.isupper() and item.lower not in speech.TITLES:
        return False
    return not _is_cue_word(item.lower)  # "Rutte Tells US" in a headline


@dataclass(frozen=True)
class _Run:
    """A run of capitalised words: leading titles, then (maybe) a name."""

    first: int  # item index of the first word
    name_first: int  # item index of the first word of the name, after the titles
    last: int  # item index of the last word


class _People:
    """The people a text names: the fullest form of each name, roles, and every mention."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = items
        self.names: dict[str, list[str]] = {}  # surname -> fullest name's words
        self.roles: dict[str, set[str]] = {}  # surname -> title and apposition words
        self.at_item: dict[int, str] = {}  # item index -> surname of the person mentioned
        self.mentions: list[tuple[int, str]] = []  # (start offset, surname), sorted
        self.weak: set[str] = set()  # surnames known only from capitalisation

    def add(self, words: Sequence[str], roles: Iterable[str], weak: bool = False) -> None:
        """Record a person; `weak` when only capitalisation suggests a name ("Jane Doe")."""
        key = words[-1].lower()
        if weak and key not in self.names:
            self.weak.add(key)
        elif not weak:
            self.weak.discard(key)
        # The fullest form the text gives: "Mark Rutte" wins over "Rutte".
        if len(words) > len(self.names.get(key, ())):
            self.names[key] = list(words)
        self.roles.setdefault(key, set()).update(roles)

    def mention(self, first: int, last: int, key: str) -> None:
        """Items `first`..`last` mention the person `key`."""
        for index in range(first, last + 1):
            self.at_item[index] = key

    def finish(self) -> None:
        """Index the mentions by offset, one entry per run of items."""
        seen = {}
        for index, key in sorted(self.at_item.items()):
            if index - 1 not in self.at_item or self.at_item[index - 1] != key:
                seen[index] = key
        self.mentions = [(self.items[i].start, key) for i, key in sorted(seen.items())]
        self._starts = [start for start, _ in self.mentions]

    def name(self, key: str) -> str:
        return " ".join(self.names[key])

    def last_before(self, pos: int) -> str | None:
        """The person mentioned last before offset `pos` (outside quotations)."""
        k = bisect.bisect_left(self._starts, pos) - 1
        return self.mentions[k][1] if k >= 0 else None

    def match_description(self, words: set[str], pos: int) -> str | None:
        """The person whose titles include every word of a description ("the US president")."""
        candidates = {key for key, roles in self.roles.items() if words and words <= roles}
        k = bisect.bisect_left(self._starts, pos) - 1
        # The latest candidate mentioned before the description, else the first one at all.
        for _, key in reversed(self.mentions[: k + 1]):
            if key in candidates:
                return key
        for _, key in self.mentions:
            if key in candidates:
                return key
        return self.last_before(pos)


def _runs(items: Sequence[_Item], item_sentence: Sequence[int]) -> list[_Run]:
    runs: list[_Run] = []
    i = 0
    while i < len(items):
        if not _is_name_part(items[i]):
            i += 1
            continue
        first = last = i
        while last + 1 < len(items) and item_sentence[last + 1] == item_sentence[i]:
            if items[last].lower.endswith("'s"):
                break  # "Rutte's message": the possessive ends the name
            nxt = last + 1
            while nxt < len(items) and items[nxt].lower in speech.NAME_PARTICLES:
                nxt += 1  # "Ursula von der Leyen"
            if nxt < len(items) and _is_name_part(items[nxt]):
                last = nxt
            else:
                break
        # Titles lead the run; the name is what follows the last of them ("Claudia Major"
        # keeps its last word), and a run of titles only ("Secretary General") names no one.
        name_first = first
        for k in range(first, last):
            if _is_title(items[k]):
                name_first = k + 1
        if all(_is_title(items[k]) for k in range(first, last + 1)):
            name_first = last + 1
        runs.append(_Run(first, name_first, last))
        i = last + 1
    return runs


# --- 3. attribution ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Subject:
    kind: str
    pos: int  # offset of the subject in the text
    key: str | None = None  # surname of a named person
    words: frozenset[str] = frozenset()  # a description's words


@dataclass
class _Attribution:
    speaker: str | None = None  # surname key
    attributed: bool = False
    resolved: bool = False  # a cue or a label decided this quotation


class _Analysis:
    """Everything `find_speakers` needs to attribute the quotations of one text."""

    def __init__(
        self, text: str, spans: Sequence[QuoteSpan], people: Sequence[tuple[int, int, str]]
    ):
        self.text = text
        self.spans = spans
        self.sentences = _sentences(text, spans)
        self.items = _items(text, spans)
        sentence_starts = [start for start, _ in self.sentences]
        self.item_sentence = [
            max(bisect.bisect_right(sentence_starts, item.start) - 1, 0) for item in self.items
        ]
        self.sentence_items: list[list[int]] = [[] for _ in self.sentences]
        for index, sentence in enumerate(self.item_sentence):
            self.sentence_items[sentence].append(index)
        self.placeholder = {item.quote: i for i, item in enumerate(self.items) if item.quote >= 0}
        self.headline = [self._is_headline(s) for s in range(len(self.sentences))]
        self._cue_cache: dict[int, list[tuple[int, _Subject]]] = {}
        self.people = self._find_people(people)

    # -- people --

    def _find_people(self, entities: Sequence[tuple[int, int, str]]) -> _People:
        people = _People(self.items)
        runs = [r for r in _runs(self.items, self.item_sentence) if self._is_person_run(r)]
        named = [r for r in runs if r.name_first <= r.last]
        starts = [item.start for item in self.items]
        entity_items = [self._entity_items(start, end, starts) for start, end, _ in entities]
        for words in entity_items:
            if words:
                people.add([self.items[k].base for k in words], self._roles(words[0], words[-1]))
        # Names with a title ("Mr Rutte"), in apposition to one, or subject of a reporting verb;
        # without a trained pipeline also any run of two to four capitalised words ("Jane Doe").
        for run in named:
            words = [self.items[k].base for k in range(run.name_first, run.last + 1)]
            if run.name_first > run.first or self._is_apposed(run) or self._is_speaker(run):
                people.add(words, self._roles(run.first, run.last))
            elif (
                not entities and len(words) > 1 and not self.headline[self.item_sentence[run.first]]
            ):
                people.add(words, self._roles(run.first, run.last), weak=True)
        # Every mention of a known surname, so pronouns and short forms can be resolved.
        for run in named:
            key = self.items[run.last].base.lower()
            if key in people.names:
                people.mention(run.first, run.last, key)
                words = [self.items[k].base for k in range(run.name_first, run.last + 1)]
                people.add(words, self._roles(run.first, run.last), weak=key in people.weak)
        for words in entity_items:
            if words:
                people.mention(words[0], words[-1], self.items[words[-1]].base.lower())
        people.finish()
        return people

    def _entity_items(self, start: int, end: int, starts: Sequence[int]) -> list[int]:
        """The words of a PERSON entity outside quotations, without titles and verbs."""
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end) - 1
        words = [k for k in range(first, last + 1) if self.items[k].is_word]
        while words and _is_title(self.items[words[0]]):
            words.pop(0)  # "Mr Rutte"
        # "Rutte Tells" in a headline: the entity ran on into the verb.
        cut = next((n for n, k in enumerate(words) if _is_cue_word(self.items[k].lower)), None)
        words = words[:cut]
        return words if words and self.items[words[0]].text[0].isupper() else []

    def _is_person_run(self, run: _Run) -> bool:
        name = [self.items[k] for k in range(run.name_first, run.last + 1)]
        # Organisations and places: "the Kremlin", "Downing Street", "The Hague".
        if any(w in speech.ORGANISATION_WORDS for item in name for w in _words(item.base)):
            return False
        if len(name) > 4:
            return False  # a heading or an organisation's name, not a person's
        if run.name_first > run.first:
            return True
        # "The NATO S&T Strategy", "the Kremlin": capitalised words after "the" name things.
        k = run.first - 1
        while k >= 0 and self.items[k].is_word and self.items[k].text[0].isupper():
            if self.items[k].lower == "the":
                return False
            k -= 1
        return k < 0 or self.items[k].lower != "the"

    def _is_apposed(self, run: _Run) -> bool:
        """'the Prime Minister, Keir Starmer,' or 'Andrew Bailey, the central bank governor,'."""
        if run.last - run.name_first < 1:
            return False  # a lone capitalised word is too weak a sign
        before = [self.items[k] for k in range(max(run.first - 6, 0), run.first)]
        if before and before[-1].text == "," and any(_is_title(i) for i in before[:-1]):
            return True
        after = [self.items[k] for k in range(run.last + 1, min(run.last + 7, len(self.items)))]
        return (
            len(after) > 2
            and after[0].text == ","
            and (after[1].lower in speech.DETERMINERS or _is_role(after[1]))
            and any(i.lower in speech.ROLE_NOUNS for i in after[1:])
        )

    def _is_speaker(self, run: _Run) -> bool:
        """A name right before or after a reporting verb: "Rutte said", "said Rutte"."""
        k = self._skip_gap(run.last + 1, len(self.items), step=1)
        if k < len(self.items) and self._is_cue(k):
            return True
        k = run.first - 1
        if k >= 0 and self._is_cue(k):
            return True
        # "according to Rutte"
        return (
            run.first >= 2
            and self.items[run.first - 1].lower == "to"
            and (self.items[run.first - 2].lower == "according")
        )

    def _roles(self, first: int, last: int) -> set[str]:
        """Title words around a mention: in it, just before it, and in an apposition."""
        words: set[str] = set()
        for k in range(first, last + 1):
            if _is_title(self.items[k]):
                words.update(_words(self.items[k].base.rstrip(".")))
        k = first - 1
        if k >= 0 and self.items[k].text == ",":
            # "the British Prime Minister, Keir Starmer": the phrase before the comma.
            for j in range(k - 1, max(k - 6, -1), -1):
                if not self.items[j].is_word or self.items[j].lower in speech.DETERMINERS:
                    break
                words.update(_words(self.items[j].base))
        else:
            # "US President Donald Trump", "Apple chief executive Tim Cook": acronyms and
            # titles only, so that "Starmer met Macron" gives Macron none of Starmer's.
            while (
                k >= 0
                and self.items[k].is_word
                and (self.items[k].text.isupper() or _is_role(self.items[k]))
            ):
                words.update(_words(self.items[k].base))
                k -= 1
        k = last + 1
        # "Andrew Bailey, the Bank of England governor,": an apposition after the name.
        if k + 1 < len(self.items) and self.items[k].text == ",":
            lead = self.items[k + 1]
            if lead.lower in speech.DETERMINERS or _is_role(lead):
                for j in range(k + 1, min(k + 8, len(self.items))):
                    if not self.items[j].is_word:
                        break
                    words.update(_words(self.items[j].base))
        return words - speech.DETERMINERS

    # -- cues --

    def _is_headline(self, sentence: int) -> bool:
        """A title-case line without a full stop: "NATO's Rutte Tells US and Europe"."""
        start, end = self.sentences[sentence]
        if self.text[start:end].rstrip("\"' ")[-1:] in (".", "!", "?"):
            return False
        words = [self.items[k] for k in self.sentence_items[sentence] if self.items[k].is_word]
        words = [w for w in words if w.lower not in speech.FUNCTION_WORDS]
        capitalised = sum(1 for w in words if w.text[0].isupper())
        return len(words) >= 3 and capitalised >= 0.6 * len(words)

    def _is_cue(self, k: int) -> bool:
        """Whether item `k` is a reporting verb (or "according to") used as a verb."""
        item = self.items[k]
        if not _is_cue_word(item.lower):
            return False
        if item.lower == "according":
            return k + 1 < len(self.items) and self.items[k + 1].lower == "to"
        sentence = self.item_sentence[k]
        first_in_sentence = self.sentence_items[sentence][0] == k
        # A capitalised verb mid-sentence is a name ("United States"), except in headlines.
        if item.text[0].isupper() and not (first_in_sentence or self.headline[sentence]):
            return False
        # After a determiner the word is a noun: "his remarks", "the claims".
        return k == 0 or self.items[k - 1].lower not in speech.DETERMINERS

    def _skip_gap(self, k: int, limit: int, step: int = -1) -> int:
        """Step from item `k` over words between a subject and its verb: "Rutte also said"."""
        while (0 <= k < len(self.items)) and k != limit:
            if self.items[k].lower not in speech.SUBJECT_GAP_WORDS:
                break
            k += step
        return k

    def _subject(self, cue: int) -> _Subject | None:
        """Who is the subject of the reporting verb at item `cue`."""
        sentence = self.item_sentence[cue]
        lo, hi = self.sentence_items[sentence][0], self.sentence_items[sentence][-1]
        if self.items[cue].lower == "according":
            return self._subject_at(cue + 2, hi)  # "according to the minister"
        if self.items[cue].lower.endswith(speech.PARTICIPLE_SUFFIX):
            # "..., adding that": the subject is the main clause's, named earlier.
            return self._person_before(cue, lo)
        k = self._skip_gap(cue - 1, lo - 1)
        left = self._subject_ending_at(k) if k >= lo else None
        if left is not None and left.kind != _OTHER:
            return left
        right = None
        if left is None and cue + 1 <= hi:
            right = self._subject_at(cue + 1, hi)  # inversion: '"...," said Rutte'
            if right is not None and right.kind != _OTHER:
                return right
        # "Luc Vanbockryck, Director of ..., echoed": a name set off by a comma.
        return self._person_before(cue, lo, apposed=True) or left or right

    def _subject_ending_at(self, k: int) -> _Subject | None:
        item = self.items[k]
        if not item.is_word:
            return None
        if k in self.people.at_item:
            return _Subject(_PERSON, item.start, self.people.at_item[k])
        if item.lower in speech.PERSON_PRONOUNS:
            return _Subject(_PRONOUN, item.start)
        if any(w in speech.ROLE_NOUNS for w in _words(item.base)):
            return self._description_ending_at(k)
        return _Subject(_OTHER, item.start)

    def _description_ending_at(self, k: int) -> _Subject:
        """'the former Dutch prime minister', 'NATO Secretary General'."""
        words: set[str] = set()
        first = k
        while first >= 0 and self.items[first].is_word and k - first < 6:
            lower = self.items[first].lower
            if lower in speech.DETERMINERS:
                # "his spokesman" is someone else's: not resolvable to the last named person.
                if lower != "the":
                    return _Subject(_OTHER, self.items[first].start)
                break
            words.update(_words(self.items[first].base))
            first -= 1
        start = self.items[max(first, 0)].start
        return _Subject(_DESCRIPTION, start, words=frozenset(words - {"of", "and", "for"}))

    def _subject_at(self, k: int, hi: int) -> _Subject | None:
        """A subject starting at item `k`: 'said Rutte', 'said the minister', 'said he'."""
        if k > hi or not self.items[k].is_word:
            return None
        item = self.items[k]
        if k in self.people.at_item:
            return _Subject(_PERSON, item.start, self.people.at_item[k])
        if item.lower in speech.PERSON_PRONOUNS:
            return _Subject(_PRONOUN, item.start)
        if item.lower == "the":
            for j in range(k + 1, min(k + 6, hi + 1)):
                if not self.items[j].is_word:
                    break
                if any(w in speech.ROLE_NOUNS for w in _words(self.items[j].base)):
                    return self._description_ending_at(j)
            return _Subject(_OTHER, item.start)
        return _Subject(_OTHER, item.start) if item.text[0].isupper() else None

    def _person_before(self, k: int, lo: int, apposed: bool = False) -> _Subject | None:
        """The nearest person (or pronoun) named before item `k` in its sentence."""
        for j in range(k - 1, lo - 1, -1):
            item = self.items[j]
            if j in self.people.at_item:
                follows = self.items[j + 1].text if j + 1 < len(self.items) else ""
                if not apposed or follows == ",":
                    return _Subject(_PERSON, item.start, self.people.at_item[j])
            elif item.lower in speech.PERSON_PRONOUNS and not apposed:
                return _Subject(_PRONOUN, item.start)
        return None

    def _resolve(self, subject: _Subject, before: int) -> str | None:
        """The surname key a subject stands for; `before` bounds pronoun look-back."""
        if subject.kind == _PERSON:
            return subject.key
        if subject.kind == _PRONOUN:
            return self.people.last_before(min(subject.pos, before))
        if subject.kind == _DESCRIPTION:
            return self.people.match_description(set(subject.words), min(subject.pos, before))
        return None

    def _cues(self, sentence: int) -> list[tuple[int, _Subject]]:
        """The reporting verbs of a sentence that have a subject, with the subject."""
        if sentence not in self._cue_cache:
            found = [
                (k, self._subject(k)) for k in self.sentence_items[sentence] if self._is_cue(k)
            ]
            self._cue_cache[sentence] = [(k, subject) for k, subject in found if subject]
        return self._cue_cache[sentence]

    def _best_cue(self, sentence: int, near: int) -> _Subject | None:
        """The subject of the reporting verb nearest to item `near`, preferring people."""
        found = [(s.kind == _OTHER, abs(k - near), s) for k, s in self._cues(sentence)]
        return min(found, key=lambda f: f[:2])[2] if found else None

    # -- quotations --

    def _is_label(self, quote: int) -> bool:
        """A scare quote or a title rather than somebody's words."""
        p = self.placeholder[quote]
        sentence = self.item_sentence[p]
        lo, hi = self.sentence_items[sentence][0], self.sentence_items[sentence][-1]
        before = self.items[p - 1] if p > lo else None
        before2 = self.items[p - 2] if p - 1 > lo else None
        after = self.items[p + 1] if p < hi else None
        span = self.spans[quote]
        one_word = len(self.text[span.start : span.end].split()) == 1
        # Announced as a label: "the so-called 'coalition of the willing'", 'titled "..."'.
        if before is not None and before.lower in speech.TITLE_CUES:
            return True
        # Used as a modifier: 'a "NATO first" defence policy'.
        if (
            before is not None
            and before.lower in speech.ARTICLES
            and after is not None
            and after.is_word
            and after.text.islower()
            and after.lower not in speech.FUNCTION_WORDS
        ):
            return True
        # One word set off inside a noun phrase: "his 'allies'", "the Russian 'threat'".
        noun_phrase = speech.ARTICLES - {"a", "an"}
        if one_word and before is not None:
            if before.lower in noun_phrase:
                return True
            if before2 is not None and before2.lower in noun_phrase and before.text[0].isupper():
                return True
        return False

    def attribute(self) -> list[_Attribution]:
        results = [_Attribution() for _ in self.spans]
        for quote in range(len(self.spans)):
            results[quote] = self._attribute_in_sentence(quote)
        # In document order, so that a run of quote-only sentences passes the speaker along.
        sentence_speaker = self._cue_speakers()
        for quote, result in enumerate(results):
            sentence = self.item_sentence[self.placeholder[quote]]
            if not result.resolved:
                inherited = self._continuation(quote, sentence_speaker)
                if inherited is not None:
                    result.speaker, result.attributed, result.resolved = inherited, True, True
            if result.attributed and result.speaker is not None:
                sentence_speaker[sentence] = result.speaker
        self._share_across_chains(results)
        return results

    def _attribute_in_sentence(self, quote: int) -> _Attribution:
        if self._is_label(quote):
            return _Attribution(resolved=True)
        p = self.placeholder[quote]
        sentence = self.item_sentence[p]
        subject = self._best_cue(sentence, p)
        if subject is None and p > 0 and self.items[p - 1].text == ":":
            # A colon introduction: 'Rutte was blunt: "..."', but not 'Library Insight: "..."'.
            subject = self._person_before(p, self.sentence_items[sentence][0])
            if subject is not None and subject.key in self.people.weak:
                subject = None
        if subject is None:
            return _Attribution()
        return _Attribution(self._resolve(subject, self.spans[quote].outer_start), True, True)

    def _cue_speakers(self) -> dict[int, str]:
        """Speakers of sentences that report someone without quoting: "He continued."."""
        speakers = {}
        for sentence, indices in enumerate(self.sentence_items):
            if not indices or any(self.items[k].quote >= 0 for k in indices):
                continue
            subject = self._best_cue(sentence, indices[-1])
            if subject is not None and subject.kind != _OTHER:
                key = self._resolve(subject, self.sentences[sentence][1])
                if key is not None:
                    speakers[sentence] = key
        return speakers

    def _continuation(self, quote: int, sentence_speaker: dict[int, str]) -> str | None:
        """The speaker of a quote that carries on from the sentence before."""
        p = self.placeholder[quote]
        sentence = self.item_sentence[p]
        indices = self.sentence_items[sentence]
        if indices[0] == p and sentence > 0 and sentence - 1 in sentence_speaker:
            previous_end = self.sentences[sentence - 1][1]
            same_paragraph = "\n" not in self.text[previous_end : self.sentences[sentence][0]]
            ends_with_colon = self.text[:previous_end].rstrip().endswith(":")
            has_quote = any(self.items[k].quote >= 0 for k in self.sentence_items[sentence - 1])
            # Across a paragraph break only a quote or a colon carries the speaker on.
            if same_paragraph or has_quote or ends_with_colon:
                return sentence_speaker[sentence - 1]
        # '"We will win." Rutte said.': a bare attribution right after.
        nxt = sentence + 1
        if indices[-1] == p and nxt < len(self.sentences):
            words = [k for k in self.sentence_items[nxt] if self.items[k].is_word]
            between = self.text[self.sentences[sentence][1] : self.sentences[nxt][0]]
            if len(words) <= 5 and "\n" not in between and nxt in sentence_speaker:
                return sentence_speaker[nxt]
        return None

    def _share_across_chains(self, results: list[_Attribution]) -> None:
        """All parts of a multi-paragraph quotation have the speaker one of them names."""
        chains: dict[int, list[int]] = {}
        for quote, span in enumerate(self.spans):
            if span.chain is not None:
                chains.setdefault(span.chain, []).append(quote)
        for parts in chains.values():
            known = next((results[q] for q in parts if results[q].speaker), None)
            if known is None:
                continue
            for q in parts:
                if results[q].speaker is None:
                    results[q].speaker, results[q].attributed = known.speaker, True


def find_speakers(
    text: str, spans: Sequence[QuoteSpan], people: Sequence[tuple[int, int, str]] = ()
) -> list[tuple[str | None, bool]]:
    """(speaker, attributed) for each of the quotations `spans` in normalised `text`.

    `spans` are sorted by start, as `find_spans` returns them; `people` are PERSON entity
    spans (start, end, name) from a trained pipeline, if any. The speaker is the fullest form
    of the name the text gives, without titles, or None; `attributed` says a reporting verb,
    a colon introduction or a continuation ties the quotation to someone.
    """
    analysis = _Analysis(text, spans, people)
    return [
        (analysis.people.name(result.speaker) if result.speaker else None, result.attributed)
        for result in analysis.attribute()
    ]
