"""Who spoke each quotation, found by rules over normalised text.

Given the quotations `newsverify.quote_marks` pairs, `find_speakers`:

1. reads the text with each quotation as one unit (`newsverify.speaker_text`);
2. finds the people it names and every later mention of them (`newsverify.people`), and
   those it brings in by a description only ("His manager was ...", `newsverify.described`);
3. sets aside labels and scare quotes (`newsverify.quote_labels`);
4. ties each quotation to the subject of the nearest reporting verb of its sentence ("Rutte
   said", "said Mr Rutte", "said fire chief Tomas Rivera", "he added", "the prime minister
   said", "according to ..."), to a colon introduction, to the speaker of the sentence before
   when it continues a quote, or to the one person the sentence before is about. A subject
   nobody named is kept as its description: "the auditor", "one of the cleaners".
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from newsverify import speech
from newsverify.described import Described, find_described
from newsverify.headline_quotes import headline_speakers
from newsverify.people import People, find_people
from newsverify.quote_labels import is_label
from newsverify.quote_marks import QuoteSpan
from newsverify.speaker_text import (
    SpeakerText,
    is_cue_word,
    is_plural_person_noun,
    labelled_speaker,
    names_person,
    words_of,
)

# Subject kinds.
_PERSON = "person"
_PRONOUN = "pronoun"
_DESCRIPTION = "description"
_OTHER = "other"  # an organisation, a document, anything that is not a named person


# --- attribution ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Subject:
    kind: str
    pos: int  # offset of the subject in the text
    key: str | None = None  # surname of a named person
    words: frozenset[str] = frozenset()  # a description's words, or the pronoun
    end: int | None = None  # where a description ends ("the chief constable")
    anonymous: bool = False  # "a police spokesman": some holder of the role, never a name


# Who spoke a sentence: a named person's key, or else the description that names nobody.
_Speaker = tuple[str | None, str | None]


@dataclass
class _Attribution:
    speaker: str | None = None  # surname key
    attributed: bool = False
    resolved: bool = False  # a cue or a label decided this quotation
    title: str | None = None  # the description that spoke, when it names nobody ("the mayor")


class _Analysis(SpeakerText):
    """Everything `find_speakers` needs to attribute the quotations of one text."""

    def __init__(
        self,
        text: str,
        spans: Sequence[QuoteSpan],
        people: Sequence[tuple[int, int, str]],
        others: Sequence[tuple[int, int]] = (),
    ):
        super().__init__(text, spans)
        self._cue_cache: dict[int, list[tuple[int, _Subject]]] = {}
        self._item_starts = [item.start for item in self.items]
        self.people: People = find_people(self, people, others)
        self.described = find_described(self, self.people)

    def _subject(self, cue: int) -> _Subject | None:
        """Who is the subject of the reporting verb at item `cue`."""
        sentence = self.item_sentence[cue]
        lo, hi = self.sentence_items[sentence][0], self.sentence_items[sentence][-1]
        if self.items[cue].lower == "according":
            return self._subject_at(cue + 2, hi)  # "according to the minister"
        if self.items[cue].lower.endswith(speech.PARTICIPLE_SUFFIX):
            # "..., adding that": the subject is the main clause's, named earlier.
            return self._person_before(cue, lo)
        if (agent := self._passive_agent(cue, lo, hi)) is not None:
            return agent  # 'the ward was branded "unsafe" by inspectors'
        k = self.skip_gap(cue - 1, lo - 1)
        left = self._subject_ending_at(k) if k >= lo else None
        if left is not None and left.kind != _OTHER:
            return left
        if left is not None and (affiliated := self._person_of(k, lo)) is not None:
            return affiliated  # "Ravi Menon of Castlegate Securities said"
        right = None
        # Inversion, except after "told": in '"...," told Rutte' nobody would write it so.
        if left is None and cue + 1 <= hi and self.items[cue].lower not in speech.ADDRESSEE_VERBS:
            right = self._subject_at(cue + 1, hi)  # inversion: '"...," said Rutte'
            if right is not None and right.kind != _OTHER:
                return right
        # "Luc Vanbockryck, Director of ..., echoed": a name set off by a comma.
        return self._person_before(cue, lo, apposed=True) or left or right

    def _passive_agent(self, cue: int, lo: int, hi: int) -> _Subject | None:
        """Who "by" names after a passive reporting verb: 'was branded "unsafe" by inspectors',
        'has been described as "reckless" by the shadow chancellor, Ravi Soor'. The verb's
        subject is what was described, not who spoke."""
        j = cue - 1
        while j >= lo and self.items[j].lower in speech.SUBJECT_GAP_WORDS - speech.BE_FORMS:
            j -= 1  # "was never called", "has also been"
        if j < lo or self.items[j].lower not in speech.BE_FORMS:
            return None
        # "by" within a few words after the verb, past the quotation: 'called it "x" by'.
        for k in range(cue + 1, min(cue + speech.MAX_DESCRIPTOR_WORDS + 3, hi)):
            if self.items[k].lower == "by":
                agent = self._subject_at(k + 1, hi)
                return agent if agent is not None and agent.kind != _OTHER else None
            if not (self.items[k].is_word or self.items[k].quote >= 0):
                return None
        return None

    def _subject_ending_at(self, k: int) -> _Subject | None:
        item = self.items[k]
        if not item.is_word:
            return None
        if k in self.people.at_item:
            return _Subject(_PERSON, item.start, self.people.at_item[k])
        if item.lower in speech.PERSON_PRONOUNS:
            return _Subject(_PRONOUN, item.start, words=frozenset({item.lower}))
        if item.lower == "who" and k > 0:
            return self._antecedent(k - 1)  # "trolls who branded her", "Ruiz, who said"
        if (one := self._one_of_before(k)) is not None:
            return self._one_of(one, k)  # "one of the cleaners said"
        if names_person(item) or self._role_modifies(k):
            return self._description_ending_at(k)
        return _Subject(_OTHER, item.start)

    def _antecedent(self, k: int) -> _Subject:
        """Who "who" after item `k` stands for: "who" is only ever said of people, so the noun
        before it is a person ("Marchetti, who said"), a role ("the coroner, who wrote") or
        a group nobody names ("hit back at trolls who branded her", "angry parents who")."""
        if self.items[k].text == "," and k > 0:
            k -= 1
        item = self.items[k]
        if not item.is_word:
            return _Subject(_OTHER, item.start)
        if k in self.people.at_item or names_person(item) or self._role_modifies(k):
            return self._subject_ending_at(k)
        opens_sentence = self.sentence_items[self.item_sentence[k]][0] == k
        plain = item.text.islower() or (opens_sentence and item.text[1:].islower())
        if not plain or item.lower in speech.FUNCTION_WORDS | speech.DETERMINERS:
            return _Subject(_OTHER, item.start)
        # The group's noun, with its article: "the parents"; an adjective before it may be a
        # verb ("ignored parents who"), which only a parser could tell.
        first = k
        if k > 0 and self.items[k - 1].lower in speech.DETERMINERS:
            if self.items[k - 1].lower not in ("the", "a", "an"):
                return _Subject(_OTHER, item.start)  # "his fans who": someone else's people
            first = k - 1
        words = frozenset(words_of(item.base))
        start, end = self.items[first].start, item.end
        return _Subject(_DESCRIPTION, start, words=words, end=end, anonymous=True)

    def _one_of_before(self, k: int) -> int | None:
        """Where "one of" starts when item `k` ends "one of the cleaners" (else None)."""
        if not is_plural_person_noun(self.items[k].lower):
            return None
        j = k - 1
        while j >= 0 and k - j <= speech.MAX_ROLE_MODIFIERS + 1 and self.items[j].lower != "of":
            if not self.items[j].is_word:
                return None
            j -= 1
        if j >= 1 and self.items[j].lower == "of" and self.items[j - 1].lower in speech.ONE_OF:
            return j - 1
        return None

    def _one_of(self, first: int, last: int) -> _Subject:
        """'one of the cleaners': somebody in a group, whom no name resolves."""
        words = set(words_of(self.items[last].base))
        start, end = self.items[first].start, self.items[last].end
        return _Subject(_DESCRIPTION, start, words=frozenset(words), end=end, anonymous=True)

    def _role_modifies(self, k: int) -> bool:
        """A lower-case head after a role word of its phrase: "the chief constable", "the
        chief medical officer"; not "the Westmoor Police" (a name, not a role)."""
        if not self.items[k].text.islower():
            return False
        for j in range(k - 1, max(k - speech.MAX_ROLE_MODIFIERS - 1, -1), -1):
            item = self.items[j]
            if not item.is_word or item.lower in speech.DETERMINERS:
                return False
            if any(w in speech.ROLE_NOUNS for w in words_of(item.base)):
                return True
        return False

    def _person_of(self, k: int, lo: int) -> _Subject | None:
        """The person a subject ending in an organisation names: "Ravi Menon of Castlegate
        Securities said", "Ana Ruiz of the Law Society told". Only capitalised words (and
        "the", "and", "&") may stand between "of" and the verb, so that "the head of the
        bank said" stays the bank's head, not a person."""
        for j in range(k, max(k - speech.MAX_ORGANISATION_WORDS - 1, lo - 1), -1):
            item = self.items[j]
            if item.lower == "of" and j - 1 >= lo and j - 1 in self.people.at_item:
                return _Subject(_PERSON, self.items[j - 1].start, self.people.at_item[j - 1])
            capitalised = item.is_word and item.text[0].isupper()
            if not (capitalised or item.lower in ("the", "and", "&")):
                return None
        return None

    def _description_ending_at(self, k: int) -> _Subject:
        """'the former Dutch prime minister', 'NATO Secretary General'."""
        words: set[str] = set()
        first, end = k, self.items[k].end
        while first >= 0 and self.items[first].is_word and k - first < 6:
            lower = self.items[first].lower
            if lower in speech.DETERMINERS or lower in speech.ONE_OF:
                if lower in ("a", "an") or lower in speech.ONE_OF:
                    # "a police spokesman", "one senior MP": someone in the role, whom no
                    # name resolves.
                    start = self.items[first].start
                    role = frozenset(words - {"of", "and", "for"})
                    return _Subject(_DESCRIPTION, start, words=role, end=end, anonymous=True)
                # "his spokesman" is someone else's: not resolvable to the last named person.
                if lower != "the":
                    return _Subject(_OTHER, self.items[first].start)
                break
            words.update(words_of(self.items[first].base))
            first -= 1
        if first < 0 or not self.items[first].is_word:
            first += 1  # the phrase began the sentence or followed punctuation
        start = self.items[first].start
        role = frozenset(words - {"of", "and", "for"})
        return _Subject(_DESCRIPTION, start, words=role, end=end)

    def _subject_at(self, k: int, hi: int) -> _Subject | None:
        """A subject starting at item `k`: 'said Rutte', 'said the minister', 'said he'."""
        if k > hi or not self.items[k].is_word:
            return None
        item = self.items[k]
        if k in self.people.at_item:
            return _Subject(_PERSON, item.start, self.people.at_item[k])
        if item.lower in speech.PERSON_PRONOUNS:
            return _Subject(_PRONOUN, item.start, words=frozenset({item.lower}))
        named = self._person_in_phrase(k, hi)
        if named is not None:
            return named
        # "said the minister", "said a senior official" (someone in the role, unnamed).
        if item.lower in ("the", "a", "an"):
            for j in range(k + 1, min(k + 6, hi + 1)):
                if not self.items[j].is_word:
                    break
                if names_person(self.items[j]):
                    return self._description_ending_at(j)
            return _Subject(_OTHER, item.start)
        if item.lower in speech.ONE_OF:
            # "said one of the cleaners": the group's noun ends the phrase
            for j in range(k + 2, min(k + speech.MAX_ROLE_MODIFIERS + 4, hi + 1)):
                if not self.items[j].is_word:
                    break
                if self._one_of_before(j) == k:
                    return self._one_of(k, j)
        if is_plural_person_noun(item.lower):
            # '"...," said residents', 'branded "unsafe" by inspectors': a group, unnamed.
            words = frozenset({item.lower})
            return _Subject(_DESCRIPTION, item.start, words=words, end=item.end, anonymous=True)
        return _Subject(_OTHER, item.start) if item.text[0].isupper() else None

    def _person_in_phrase(self, k: int, hi: int) -> _Subject | None:
        """The person a noun phrase after a reporting verb ends in or is apposed to.

        'said the council's engineer, Colin Marsh', 'said volunteer Omar Haddad', 'said
        Minister for Housing Aoife Brennan'; not 'said the spokesman for Rutte' (someone else).
        """
        limit = min(k + speech.MAX_DESCRIPTOR_WORDS + 3, hi)
        for j in range(k, limit + 1):
            item = self.items[j]
            if j in self.people.at_item:
                return _Subject(_PERSON, item.start, self.people.at_item[j])
            if item.text == ",":
                if j + 1 in self.people.at_item:
                    continue  # an apposition: "the CEO, Tim Hart"
                return None
            if not item.is_word or is_cue_word(item.lower) or item.lower in speech.PERSON_PRONOUNS:
                return None
            linking = item.lower in speech.TITLE_LINKS
            # "Minister for Housing": only a capitalised title links to what follows.
            if linking and not (j > k and self.items[j - 1].text[0].isupper()):
                return None
            if not linking and item.lower in speech.FUNCTION_WORDS:
                return None
        return None

    def _person_before(self, k: int, lo: int, apposed: bool = False) -> _Subject | None:
        """The nearest person (or pronoun) named before item `k` in its sentence."""
        for j in range(k - 1, lo - 1, -1):
            item = self.items[j]
            if j in self.people.at_item:
                follows = self.items[j + 1].text if j + 1 < len(self.items) else ""
                if not apposed or follows == ",":
                    return _Subject(_PERSON, item.start, self.people.at_item[j])
            elif item.lower in speech.PERSON_PRONOUNS and not apposed:
                return _Subject(_PRONOUN, item.start, words=frozenset({item.lower}))
        return None

    def _resolve(self, subject: _Subject, before: int) -> str | None:
        """The surname key a subject stands for; `before` bounds pronoun look-back."""
        if subject.kind == _PERSON:
            return subject.key
        if subject.kind == _PRONOUN:
            (pronoun,) = subject.words
            pos = min(subject.pos, before)
            last = self.people.last_before(pos, pronoun)
            return self._gendered_over(last, pos, pronoun) or last
        if subject.kind == _DESCRIPTION and not subject.anonymous:
            # An office ("the minister") may stand for the last person named; an occupation
            # ("the auditor") only for someone the text gave it to.
            official = any(w in speech.ROLE_NOUNS for w in subject.words)
            pos = min(subject.pos, before)
            return self.people.match_description(set(subject.words), pos, fallback=official)
        return None

    def _gendered_over(self, last: str | None, pos: int, pronoun: str) -> str | None:
        """Someone named with `last`, in its sentence, whom the text gives the pronoun's gender
        while it gives `last` none: in "Wrona met his counterpart, Ruta Kazlauskiene. ... he
        said", "his" makes Wrona a "he", and nothing makes Kazlauskiene one."""
        wanted = speech.GENDER_WORDS.get(pronoun)
        if last is None or wanted is None or self.people.gender(last) is not None:
            return None
        k = bisect.bisect_left(self._item_starts, pos) - 1
        while k >= 0 and self.people.at_item.get(k) != last:
            k -= 1
        if k < 0:
            return None
        for j in reversed(self.sentence_items[self.item_sentence[k]]):
            key = self.people.at_item.get(j)
            if j < k and key is not None and self.people.gender(key) == wanted:
                return key
        return None

    def _cues(self, sentence: int) -> list[tuple[int, _Subject]]:
        """The reporting verbs of a sentence that have a subject, with the subject."""
        if sentence not in self._cue_cache:
            found = [(k, self._subject(k)) for k in self.sentence_items[sentence] if self.is_cue(k)]
            self._cue_cache[sentence] = [
                (k, subject)
                for k, subject in found
                if subject
                # "the company reported a loss": such verbs report only a person's words
                and not (
                    self.items[k].lower in speech.PERSON_REPORTING_VERBS and subject.kind == _OTHER
                )
            ]
        return self._cue_cache[sentence]

    def _best_cue(self, sentence: int, near: int) -> _Subject | None:
        """The subject of the reporting verb nearest to item `near`, preferring people."""
        found = [(s.kind == _OTHER, abs(k - near), s) for k, s in self._cues(sentence)]
        return min(found, key=lambda f: f[:2])[2] if found else None

    # -- quotations --

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
                    result.speaker, result.title = inherited
                    result.attributed = result.resolved = True
            if result.attributed and (result.speaker is not None or result.title is not None):
                sentence_speaker[sentence] = (result.speaker, result.title)
        self._share_across_chains(results)
        self._credit_headline(results)
        return results

    def _credit_headline(self, results: list[_Attribution]) -> None:
        """A headline's quotation nobody is credited with: the story's first quoted person's."""
        credited = headline_speakers(
            self.text,
            self.spans,
            [r.speaker for r in results],
            [not r.resolved for r in results],
            [start for start, _ in self.people.mentions],
        )
        for quote, key in credited.items():
            results[quote] = _Attribution(key, attributed=True, resolved=True)

    def _attribute_in_sentence(self, quote: int) -> _Attribution:
        if is_label(self, quote):
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
        if subject.kind == _PRONOUN:
            described = self._described_before(min(subject.pos, self.spans[quote].outer_start))
            if described is not None:
                # "His manager was less impressed. '...,' she said.": the manager spoke.
                title = None if described.key else described.phrase(self.text)
                return _Attribution(described.key, True, True, title)
        speaker = self._resolve(subject, self.spans[quote].outer_start)
        title = None
        if (
            speaker is None
            and subject.kind == _DESCRIPTION
            and subject.end is not None
            and not self._serves_someone(subject.end)
        ):
            title = self.text[subject.pos : subject.end]  # nobody named holds "the mayor"
        return _Attribution(speaker, True, True, title)

    def _described_before(self, pos: int) -> Described | None:
        """The person described (not named) last before `pos`, if nobody was named since."""
        earlier = [d for d in self.described if d.start < pos]
        if not earlier:
            return None
        last = earlier[-1]
        named = self.people.last_mention_start(pos)
        return last if named is None or named < last.start else None

    def _serves_someone(self, end: int) -> bool:
        """Whether a description ending at `end` goes on to name whom the role serves: "the
        spokesman for Mr Rutte" is not Rutte, and "the spokesman" alone would hide that."""
        k = bisect.bisect_left(self._item_starts, end)
        if k + 1 >= len(self.items) or self.items[k].lower not in ("for", "to"):
            return False
        return any(j in self.people.at_item for j in range(k + 1, min(k + 4, len(self.items))))

    def _cue_speakers(self) -> dict[int, _Speaker]:
        """Speakers of sentences that report someone without quoting: "He continued."."""
        speakers: dict[int, _Speaker] = {}
        for sentence, indices in enumerate(self.sentence_items):
            if not indices or any(self.items[k].quote >= 0 for k in indices):
                continue
            subject = self._best_cue(sentence, indices[-1])
            if subject is not None and subject.kind != _OTHER:
                key = self._resolve(subject, self.sentences[sentence][1])
                if key is not None:
                    speakers[sentence] = (key, None)
        return speakers

    def _continuation(self, quote: int, sentence_speaker: dict[int, _Speaker]) -> _Speaker | None:
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
        if indices[0] == p and sentence > 0:
            key = self._introduced_by(sentence - 1, quote)
            return None if key is None else (key, None)
        return None

    def _introduced_by(self, sentence: int, quote: int) -> str | None:
        """The one person a sentence is about, when a quote nobody is credited with follows.

        'Coach Ricardo Fuentes was asked about injuries.\n"We have four players out."': the
        sentence names one person, as its subject, and nobody else is named after the quote
        in its paragraph ('"We are ready." Starmer nodded.' could be either).
        """
        indices = self.sentence_items[sentence]
        if any(self.items[k].quote >= 0 for k in indices):
            return None
        mentioned = [
            (n, self.people.at_item[k]) for n, k in enumerate(indices) if k in self.people.at_item
        ]
        keys = {key for _, key in mentioned}
        if len(keys) != 1 or mentioned[0][0] > speech.MAX_SUBJECT_OFFSET:
            return None
        (key,) = keys
        if key in self.people.weak:
            return None  # known only from capitalisation: too weak to credit a quote to
        paragraph_end = self.text.find("\n", self.spans[quote].outer_end)
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        for k in range(self.placeholder[quote] + 1, len(self.items)):
            if self.items[k].start >= paragraph_end:
                break
            if self.people.at_item.get(k, key) != key:
                return None
        return key

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
    text: str,
    spans: Sequence[QuoteSpan],
    people: Sequence[tuple[int, int, str]] = (),
    others: Sequence[tuple[int, int]] = (),
) -> list[tuple[str | None, bool]]:
    """(speaker, attributed) for each of the quotations `spans` in normalised `text`.

    `spans` are sorted by start, as `find_spans` returns them; `people` are PERSON entity
    spans (start, end, name) from a trained pipeline, if any, and `others` the (start, end) of
    its other entities. The speaker is the fullest form
    of the name the text gives, without titles, or None; `attributed` says a reporting verb,
    a colon introduction or a continuation ties the quotation to someone.
    """
    analysis = _Analysis(text, spans, people, others)
    found = []
    for span, result in zip(spans, analysis.attribute(), strict=True):
        if result.speaker:
            found.append((analysis.people.name(result.speaker), result.attributed))
        elif result.title:
            found.append((_as_speaker(result.title), True))
        elif result.resolved and not result.attributed:
            found.append((None, False))  # a scare quote or a title: nobody's words
        elif (label := labelled_speaker(text, span.outer_start)) is not None:
            # In a transcript turn, words nobody else is credited with are the speaker's own.
            found.append((label, True))
        else:
            found.append((None, result.attributed))
    return found


def _as_speaker(title: str) -> str:
    """A description as a speaker: "The mayor" at a sentence start is "the mayor"."""
    first, _, rest = title.partition(" ")
    if first.lower() in speech.DETERMINERS | speech.ONE_OF and first.istitle() and rest:
        return f"{first.lower()} {rest}"
    return title
