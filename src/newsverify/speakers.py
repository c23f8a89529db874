"""Who spoke each quotation, found by rules over normalised text.

Given the quotations `newsverify.quote_marks` pairs, `find_speakers`:

1. reads the text with each quotation as one unit (`newsverify.speaker_text`);
2. finds the people it names and every later mention of them (`newsverify.people`), and
   those it brings in by a description only ("His manager was ...", `newsverify.described`);
3. sets aside labels and scare quotes (`newsverify.quote_labels`);
4. finds the subject of every reporting verb (`newsverify.cue_subjects`) and resolves it to
   a person here: pronouns by gender and recency, descriptions by the roles the text gave;
5. ties each quotation to the subject of the nearest reporting verb of its sentence ("Rutte
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
from newsverify.cue_subjects import (
    BODY,
    DESCRIPTION,
    OTHER,
    PERSON,
    PRONOUN,
    Subject,
)
from newsverify.described import Described, find_described
from newsverify.headline_quotes import headline_speakers
from newsverify.interview_answers import answers, interviewee
from newsverify.quote_labels import is_label
from newsverify.quote_marks import QuoteSpan
from newsverify.speaker_context import Speaker, SpeakerContext
from newsverify.speaker_text import (
    is_age,
    is_person_noun,
    is_plural_person_noun,
    labelled_speaker,
)
from newsverify.turn_speakers import turn_at


@dataclass
class _Attribution:
    speaker: str | None = None  # surname key
    attributed: bool = False
    resolved: bool = False  # a cue or a label decided this quotation
    title: str | None = None  # the description that spoke, when it names nobody ("the mayor")


class _Analysis(SpeakerContext):
    """Resolves cue subjects to people and attributes the quotations of one text."""

    def __init__(
        self,
        text: str,
        spans: Sequence[QuoteSpan],
        people: Sequence[tuple[int, int, str]],
        others: Sequence[tuple[int, int]] = (),
    ):
        super().__init__(text, spans, people, others)
        self.described = find_described(self, self.people)

    def resolve(self, subject: Subject, before: int) -> str | None:
        """The surname key a subject stands for; `before` bounds pronoun look-back."""
        if subject.kind == PERSON:
            return subject.key
        if subject.kind == PRONOUN:
            (pronoun,) = subject.words
            pos = min(subject.pos, before)
            last = self.people.last_before(pos, pronoun)
            found = self._gendered_over(last, pos, pronoun) or last
            if found is not None and self.people.gender(found) is not None:
                return found  # the text says whose gender the pronoun has
            found = self._salient_over(found, pos, pronoun) or found
            found = self._asked_over(found, pos, pronoun) or found
            if self.speaks_to_another(subject):
                # "She told her", "he told Brekke": the last person named is the listener.
                return self.previous_subject(pos, pronoun) or found
            return found
        if subject.kind == DESCRIPTION and not subject.anonymous:
            # An office ("the minister") may stand for the last person named; an occupation
            # ("the auditor") only for someone the text gave it to.
            # A role the phrase pins down ("the head of press at the club") is no office of
            # whoever was named last.
            phrase = self.text[subject.pos : subject.end or subject.pos].lower().split()
            # An age stands for someone named, as an office does: "the 43-year-old told".
            official = not subject.qualified and (
                any(w in speech.ROLE_NOUNS for w in subject.words)
                or (bool(phrase) and is_age(phrase[-1]))
            )
            pos = min(subject.pos, before)
            return self.people.match_description(set(subject.words), pos, fallback=official)
        return None

    def _gendered_over(self, last: str | None, pos: int, pronoun: str) -> str | None:
        """Someone named before `pos` in its paragraph whom the text gives the pronoun's gender
        while it gives `last` none: in "Wrona met his counterpart, Ruta Kazlauskiene. ... he
        said", "his" makes Wrona a "he", and nothing makes Kazlauskiene one; in "Ms Holt spoke
        after her client, Chris Adair, left. ... she said", Adair is no "she" the text knows."""
        wanted = speech.GENDER_WORDS.get(pronoun)
        if last is None or wanted is None or self.people.gender(last) is not None:
            return None
        paragraph_start = self.text.rfind("\n", 0, pos) + 1
        for start, key in reversed(self.people.mentions):
            if start >= pos:
                continue
            if start < paragraph_start:
                break
            if self.people.gender(key) == wanted:
                return key
        return None

    def _salient_over(self, last: str | None, pos: int, pronoun: str) -> str | None:
        """Someone named before `pos` in its paragraph as more than a preposition's object,
        when `last` was named only as one since: a pronoun goes on with a subject or an
        object, seldom with the end of "on the Humber" or "by video link from Exeter" (a
        place the pipeline took for a person, or someone only mentioned in passing)."""
        wanted = speech.GENDER_WORDS.get(pronoun)
        if last is None or wanted is None:
            return None
        paragraph_start = self.text.rfind("\n", 0, pos) + 1
        oblique: set[str] = set()
        for start, key in reversed(self.people.mentions):
            if start >= pos:
                continue
            if start < paragraph_start:
                return None
            if not self.people.may_be(key, wanted) or key in oblique:
                continue
            if not self._oblique(self.item_at(start)):
                return None if key == last else key
            oblique.add(key)
        return None

    def _asked_over(self, last: str | None, pos: int, pronoun: str) -> str | None:
        """The person the sentence before `pos` says was asked, when `last` is named only in
        the question: in "Ellingsworth was asked whether the referee, Simon Bakare, had lost
        control. '...,' he said", the one asked answers."""
        if last is None or pronoun not in speech.GENDER_WORDS:
            return None
        sentence = self.item_sentence[self.item_at(pos)]
        if sentence == 0:
            return None
        indices = self.sentence_items[sentence - 1]
        if "\n" in self.text[self.sentences[sentence - 1][1] : pos]:
            return None  # the question is another paragraph's
        asked = next(
            (
                k
                for k in indices[1:]
                if self.items[k].lower == "asked"
                and self.items[k - 1].lower in ("was", "were", "is", "being")
            ),
            None,
        )
        if asked is None:
            return None
        before = [self.people.at_item[k] for k in indices if k < asked and k in self.people.at_item]
        after = {self.people.at_item[k] for k in indices if k > asked and k in self.people.at_item}
        if not before or last not in after or last in before:
            return None
        wanted = speech.GENDER_WORDS[pronoun]
        return before[-1] if self.people.may_be(before[-1], wanted) else None

    def _oblique(self, k: int) -> bool:
        """Whether the mention at item `k` is a preposition's object, past an article:
        "on the Humber", "from Exeter", "to the host, Jonny Pike" (not "of", which names
        a part: "a friend of Ruiz")."""
        j = k - 1
        if j >= 0 and self.items[j].lower in ("the", "a", "an"):
            j -= 1
        return j >= 0 and self.items[j].lower in speech.PLACE_PREPOSITIONS - {"of"}

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
        self._credit_interviewee(results)
        return results

    def _credit_interviewee(self, results: list[_Attribution]) -> None:
        """An interview's answers nobody is credited with: the person its heading names."""
        name = interviewee(self.text)
        if name is None:
            return
        key = name.split()[-1].lower()
        for quote in answers(self.text, self.spans, [not r.resolved for r in results]):
            if key in self.people.names:
                results[quote] = _Attribution(key, attributed=True, resolved=True)
            else:
                results[quote] = _Attribution(None, True, True, title=name)

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
        p_start = self.items[p].start
        sentence = self.item_sentence[p]
        subject = self.best_cue(sentence, p)
        # 'In the words of X, it was "..."'; 'Critics say it is, in Ofori's words, "..."':
        # the wording's owner, nearer the quotation than a verb's subject, spoke it.
        source = self.words_of_source(sentence, p)
        if source is not None and (subject is None or subject.pos < source.pos < p_start):
            subject = source
        if subject is not None and p > 0 and self.items[p - 1].text == ":":
            subject = self._colon_clause_subject(subject, p) or subject
        # 'The tribunal rejected the company's argument that it was "banter"': the case's
        # owner, nearer the quotation than the verb's subject, put it so.
        claim = self.owner_of_claim(p, self.sentence_items[sentence][0])
        if claim is not None and (subject is None or subject.pos < claim.pos):
            subject = claim
        if subject is None and p > 0 and self.items[p - 1].text == ":":
            # A colon introduction: 'Rutte was blunt: "..."', but not 'Library Insight: "..."'.
            lo = self.sentence_items[sentence][0]
            # "Halloran-Pike was blunt after the defeat at Mill Lane:" is the coach's: a
            # preposition's object is a place or an onlooker, unless nobody else is named.
            subject = self.person_before(p, lo, controller=True) or self.person_before(p, lo)
            if subject is not None and subject.key in self.people.weak:
                subject = None
            if subject is None and (group := self.one_of_them(lo)) is not None:
                return _Attribution(None, True, True, group)  # "One of them put it best:"
            if subject is None:
                # "As the Mayor put it at Wednesday's press conference: '...'": the clause
                # "as" opens names who said it.
                start = lo + 1 if self.items[lo].lower == "as" else lo
                opening = self._subject_at(start, p - 1)
                if opening is not None and opening.kind == DESCRIPTION and opening.end:
                    # "A neighbour was blunt: '...'": a verb follows; "Parents' anger:" is a
                    # headline's label, a possessive.
                    after = bisect.bisect_left(self._item_starts, opening.end)
                    if after < p and self.items[after].is_word:
                        subject = opening
        if subject is None:
            subject = self.owner_of_words(p, self.sentence_items[sentence][0])
        if subject is None:
            return _Attribution()
        if subject.kind == PRONOUN:
            described = self._described_before(min(subject.pos, self.spans[quote].outer_start))
            if described is not None:
                # "His manager was less impressed. '...,' she said.": the manager spoke.
                title = None if described.key else described.phrase(self.text)
                return _Attribution(described.key, True, True, title)
            spoke = self.description_spoke_before(subject)
            if spoke is not None:
                # 'a man in the front row shouting "...". At the end he said, "..."'
                return _Attribution(None, True, True, spoke)
        speaker = self.resolve(subject, self.spans[quote].outer_start)
        if subject.kind == PRONOUN and speaker is not None and self.not_its_speaker(speaker, quote):
            # '"... against Lisette," she said', 'joined host Amara Eze. ... he said': the
            # person named before the one the quotation rules out.
            (pronoun,) = subject.words
            pos = min(subject.pos, self.spans[quote].outer_start)
            other = self.people.last_before(pos, pronoun, skip={speaker})
            if other is not None and not self.not_its_speaker(other, quote):
                speaker = other
        if subject.kind == DESCRIPTION and self.speaks_in_turn(quote, speaker, subject.words):
            # "BARRY: ... The council leader said ...": the turn's speaker is "I", not a role
            # the text never gave him.
            speaker = None
        in_turn = self.turn_speaker(quote, subject, speaker)
        if in_turn is not None:
            return _Attribution(in_turn[0], True, True, in_turn[1])
        if subject.kind == OTHER and (body := self.owned_body(quote, subject)) is not None:
            return _Attribution(None, True, True, body)  # "your company told customers"
        title = None
        if (
            speaker is None
            and subject.kind in (DESCRIPTION, BODY)
            and subject.end is not None
            and not self._serves_someone(subject.end)
        ):
            title = self.text[subject.pos : subject.end]  # nobody named holds "the mayor"
        return _Attribution(speaker, True, True, title)

    def _colon_clause_subject(self, subject: Subject, p: int) -> Subject | None:
        """The person opening the clause a colon before the quotation at item `p` ends, when
        that clause comes after the verb's subject and the verb's own quotation: 'Critics
        called it "austere", though Ilves herself prefers a gentler word: "patient"' is
        Ilves's word ('Rutte said, while Jones listened: "..."' stays Rutte's)."""
        first = self.item_at(subject.pos) + 1
        openers = [j for j in range(first, p - 1) if self.items[j].lower in speech.CLAUSE_OPENERS]
        if not openers:
            return None
        opener = openers[-1]
        if not any(self.items[j].quote >= 0 for j in range(first, opener)):
            return None
        own = self.person_before(p - 1, opener + 1)
        if own is None or own.kind != PERSON:
            return None
        if self.item_at(own.pos) - opener > speech.MAX_SUBJECT_OFFSET:
            return None  # an object later in the clause, not its subject
        return own

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

    def _cue_speakers(self) -> dict[int, Speaker]:
        """Speakers of sentences that report someone without quoting: "He continued."."""
        speakers: dict[int, Speaker] = {}
        for sentence, indices in enumerate(self.sentence_items):
            if not indices or any(self.items[k].quote >= 0 for k in indices):
                continue
            subject = self.best_cue(sentence, indices[-1])
            if subject is not None and subject.kind != OTHER:
                key = self.resolve(subject, self.sentences[sentence][1])
                if key is not None:
                    speakers[sentence] = (key, None)
        return speakers

    def _continuation(self, quote: int, sentence_speaker: dict[int, Speaker]) -> Speaker | None:
        """The speaker of a quote that carries on from the sentence before."""
        p = self.placeholder[quote]
        sentence = self.item_sentence[p]
        indices = self.sentence_items[sentence]
        # '"Again?" Lena Hoyle frowned.': a bare attribution right after says it outright,
        # before anything carried on from the sentence before.
        nxt = sentence + 1
        if indices[-1] == p and nxt < len(self.sentences):
            words = [k for k in self.sentence_items[nxt] if self.items[k].is_word]
            between = self.text[self.sentences[sentence][1] : self.sentences[nxt][0]]
            if len(words) <= 5 and "\n" not in between and nxt in sentence_speaker:
                return sentence_speaker[nxt]
        if indices[0] == p and sentence > 0 and sentence - 1 in sentence_speaker:
            # The sentence before quoted someone, or reported them with a verb of saying:
            # the quote carries on, across a paragraph break too ("The producer, X, explains
            # why ...\n\n'Studios make everything sound expensive.'").
            return sentence_speaker[sentence - 1]
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
        elif (label := _label_speaker(text, span.outer_start)) is not None:
            # In a transcript turn, words nobody else is credited with are the speaker's own.
            found.append((label, True))
        else:
            found.append((None, result.attributed))
    return found


def _label_speaker(text: str, pos: int) -> str | None:
    """The speaker the label opening the line at `pos` names: a name ("Marcus Webb, CFO:"),
    or the name a role's label gives in brackets ("CALLER (Ifor, Bridgend):")."""
    label = labelled_speaker(text, pos)
    if label is not None:
        return label
    turn, _ = turn_at(text, pos)
    line_start = text.rfind("\n", 0, pos) + 1
    return turn.speaker if turn is not None and turn.start >= line_start else None


def _as_speaker(title: str) -> str:
    """A description as a speaker: "The mayor" at a sentence start is "the mayor"."""
    first, _, rest = title.partition(" ")
    # A plain noun capitalised only by the sentence: "Analysts at Brockhurst Securities".
    common = is_person_noun(first.lower()) or is_plural_person_noun(first.lower())
    if (first.lower() in speech.DETERMINERS | speech.ONE_OF or common) and first.istitle() and rest:
        return f"{first.lower()} {rest}"
    return title
