"""Who is the subject of each reporting verb: the first half of speaker attribution.

`CueSubjects` reads a text with its quotations (`newsverify.speaker_text`) and the people it
names (`newsverify.people`), and finds, for every reporting verb, the phrase that did the
speaking: a named person ("Rutte said", "said Mr Rutte", "said fire chief Tomas Rivera"), a
pronoun ("he added"), a description ("the prime minister said", "one of the cleaners"), the
agent of a passive ('branded "unsafe" by inspectors') or something that is no person ("the
company reported"). `newsverify.speakers` resolves those subjects to people.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsverify import speech
from newsverify.people import People, find_people
from newsverify.quote_marks import QuoteSpan
from newsverify.role_complements import complement_end, head_before_complement
from newsverify.speaker_text import (
    Item,
    SpeakerText,
    is_agent_noun,
    is_cue_word,
    is_plural_person_noun,
    is_title,
    names_person,
    words_of,
)
from newsverify.speaking_bodies import body_end, body_start
from newsverify.turn_speakers import turn_at

# The most items an apposition between a speaker and the verb runs to: ", a former
# welterweight from Salford,".
_MAX_APPOSITION_ITEMS = 8
# How many words a place set off by commas may have ("Calderbridge", "Port Ardrain").
_MAX_PLACE_ITEMS = 3

# Subject kinds.
PERSON = "person"
PRONOUN = "pronoun"
DESCRIPTION = "description"
BODY = "body"  # an organisation that speaks: "the county council said"
OTHER = "other"  # a document, anything else that is no speaker

# Possessives of a third person, which open someone else's role: "her captain".
_THIRD_POSSESSIVES = frozenset("his her their".split())
# Words that open the noun phrase of a doer beside a verb of saying: "the marker called".
_AGENT_OPENERS = frozenset({"the", "a", "an", *_THIRD_POSSESSIVES})


# Verbs that open what was said right after its subject: "said customers are ...".
_CLAUSE_VERBS = frozenset(
    "is are was were has have had will would should must can could may might deserve deserved "
    "need needed want wanted expect expected".split()
)


@dataclass(frozen=True)
class Subject:
    kind: str
    pos: int  # offset of the subject in the text
    key: str | None = None  # surname of a named person
    words: frozenset[str] = frozenset()  # a description's words, or the pronoun
    end: int | None = None  # where a description ends ("the chief constable")
    anonymous: bool = False  # "a police spokesman": some holder of the role, never a name
    qualified: bool = False  # "the spokeswoman for the union": a role the phrase pins down


# Passive verbs whose subject is the one who spoke: "Ms Lund was quoted as saying".
_SPEAKER_AS_SUBJECT = frozenset({"quoted", "heard", "overheard", "recorded", "filmed"})


class CueSubjects(SpeakerText):
    """A text's reporting verbs and their subjects."""

    def __init__(
        self,
        text: str,
        spans: Sequence[QuoteSpan],
        people: Sequence[tuple[int, int, str]],
        others: Sequence[tuple[int, int]] = (),
    ):
        super().__init__(text, spans)
        self._cue_cache: dict[int, list[tuple[int, Subject]]] = {}
        self.people: People = find_people(self, people, others)

    def _subject(self, cue: int) -> Subject | None:
        """Who is the subject of the reporting verb at item `cue`."""
        sentence = self.item_sentence[cue]
        lo, hi = self.sentence_items[sentence][0], self.sentence_items[sentence][-1]
        lo = min(self._past_label(lo), cue)
        if self.items[cue].lower == "according":
            return self._subject_at(cue + 2, hi)  # "according to the minister"
        if self.items[cue].lower.endswith(speech.PARTICIPLE_SUFFIX):
            return self._participle_subject(cue, lo)
        if cue > lo and self.items[cue - 1].lower == "to":
            # An infinitive ("rang in to tell us", "used his speech to warn") has no subject
            # of its own: it is the main clause's, or the person asked ("urged Ali to say").
            return self.person_before(cue, lo, controller=True)
        if self._is_passive(cue, lo):
            if (agent := self._passive_agent(cue, hi)) is not None:
                return agent  # 'the ward was branded "unsafe" by inspectors'
            if self.items[cue].lower not in _SPEAKER_AS_SUBJECT:
                # No agent: the subject only bore the words ('the judges were accused of
                # favouring "light" honey', "she was asked: ..."), and nobody is named.
                return None
        if cue > lo and self.items[cue - 1].lower == "and":
            # "he shook my hand and said": the subject of the first verb, opening the clause.
            for j in range(lo, min(lo + speech.MAX_SUBJECT_OFFSET + 1, cue)):
                if j in self.people.at_item or self.items[j].lower in speech.PERSON_PRONOUNS:
                    return self._subject_ending_at(j)
        k = self.skip_gap(self._past_aside(self.skip_gap(cue - 1, lo - 1), lo), lo - 1)
        left = self._subject_ending_at(k) if k >= lo else None
        if left is not None and left.kind == OTHER and self._agent_ending_at(k, lo):
            left = self._description_ending_at(k)  # "the marker called", "her trainer said"
        if left is not None and k in self.people.at_item and self._after_preposition(k):
            # "Dr Saoirse Mulcahy, head of conservation at Thornbury Zoo, said": a name after
            # a preposition is its object; the subject is the person the phrase describes.
            holder = self._described_holder(k, lo)
            if holder is not None:
                return holder
        if left is not None and left.kind not in (OTHER, BODY):
            return left
        if left is not None and (affiliated := self._person_of(k, lo)) is not None:
            return affiliated  # "Ravi Menon of Castlegate Securities said"
        if left is not None and left.kind == BODY:
            return left
        right = None
        # Inversion, except after "told": in '"...," told Rutte' nobody would write it so.
        if left is None and cue + 1 <= hi and self.items[cue].lower not in speech.ADDRESSEE_VERBS:
            right = self._subject_at(cue + 1, hi)  # inversion: '"...," said Rutte'
            if right is not None and self._opens_clause(right, hi):
                right = None  # "X said customers are ...": what was said, not who said it
            if right is not None and right.kind != OTHER:
                return right
        if left is None and (apposed := self._apposed_description(k, lo)) is not None:
            return self.person_before(cue, lo, apposed=True) or apposed
        if left is None and (head := self._before_apposition(k, lo)) is not None:
            return head
        if left is None and (placed := self._person_of_placed(k, lo)) is not None:
            return placed
        # "Luc Vanbockryck, Director of ..., echoed": a name set off by a comma.
        return self.person_before(cue, lo, apposed=True) or left or right

    def _opens_clause(self, subject: Subject, hi: int) -> bool:
        """Whether the words after a verb are the subject of what was said: a verb follows
        them ("said customers are 'entitled to ...'")."""
        if subject.end is None:
            return False
        after = bisect.bisect_left(self.items, subject.end, key=lambda item: item.start)
        return after <= hi and self.items[after].lower in _CLAUSE_VERBS

    def _apposed_description(self, k: int, lo: int) -> Subject | None:
        """A description set off by commas that ends at the comma at item `k`, before the
        verb: ", a retired astronaut," in '"...," the guest of honour, a retired astronaut,
        told the prize-winners'."""
        if not (lo < k and self.items[k].text == ","):
            return None
        apposed = self._subject_ending_at(k - 1)
        if apposed is None or apposed.kind != DESCRIPTION:
            return None
        first = bisect.bisect_left(self.items, apposed.pos, key=lambda item: item.start)
        return apposed if first > lo and self.items[first - 1].text == "," else None

    def _before_apposition(self, k: int, lo: int) -> Subject | None:
        """The description before an apposition that opens with "a" and ends at the comma at
        item `k`, when the apposition itself reads as no description: "the champion's
        trainer" in '"...," the champion's trainer, a former welterweight from Salford,
        told reporters'."""
        if not (lo < k and self.items[k].text == ","):
            return None
        for j in range(k - 1, max(lo, k - _MAX_APPOSITION_ITEMS - 2), -1):
            if self.items[j].text == ",":
                if self.items[j + 1].lower not in ("a", "an") or j - 1 < lo:
                    return None
                head = self._subject_ending_at(j - 1)
                if head is not None and head.kind == OTHER and self._agent_ending_at(j - 1, lo):
                    head = self._description_ending_at(j - 1)  # "the champion's trainer"
                return head if head is not None and head.kind == DESCRIPTION else None
            if not self.items[j].is_word:
                return None
        return None

    def _past_aside(self, k: int, lo: int) -> int:
        """The item before a bracketed aside that ends at item `k`: "Professor Hilde
        Marchbank (Letters, 3 May) complains", "Rutte (pictured) said"; else `k`."""
        if k < lo or self.items[k].text != ")":
            return k
        for j in range(k - 1, max(lo, k - speech.MAX_ASIDE_ITEMS) - 1, -1):
            if self.items[j].text == "(":
                return j - 1
            if self.items[j].quote >= 0 or self.items[j].text == ")":
                return k
        return k

    def _past_label(self, lo: int) -> int:
        """The first item of a transcript turn's words when a sentence opens with the turn's
        label: in "CALLER (Ifor, Bridgend): I've been saying ...", no name in the label is
        the subject of a verb in the turn."""
        start = self.items[lo].start
        turn, _ = turn_at(self.text, start)
        if turn is None or not turn.start <= start < turn.words_start:
            return lo
        return bisect.bisect_left(self.items, turn.words_start, key=lambda item: item.start)

    def _participle_subject(self, cue: int, lo: int) -> Subject | None:
        """Who speaks in a participle: the person described right before it ("a man in the
        front row shouting"), else the person named last before it ("Marchetti hit back at
        trolls who branded her ..., insisting"), else the subject of the reporting verb before
        it ("a spokeswoman said ..., adding that")."""
        if cue > lo:
            described = self._subject_ending_at(cue - 1)
            if described is not None and described.kind == DESCRIPTION:
                return described
        named = self.person_before(cue, lo)
        if named is not None:
            return named
        for k in range(cue - 1, lo - 1, -1):
            if self.is_cue(k) and not self.items[k].lower.endswith(speech.PARTICIPLE_SUFFIX):
                subject = self._subject(k)
                return subject if subject is not None and subject.kind != OTHER else None
        return None

    def _is_passive(self, cue: int, lo: int) -> bool:
        """The reporting verb is a passive participle: "was branded", "has also been told"."""
        j = cue - 1
        while j >= lo and self.items[j].lower in speech.SUBJECT_GAP_WORDS - speech.BE_FORMS:
            j -= 1  # "was never called", "has also been"
        return j >= lo and self.items[j].lower in speech.BE_FORMS

    def _passive_agent(self, cue: int, hi: int) -> Subject | None:
        """Who "by" names after a passive reporting verb: 'was branded "unsafe" by inspectors',
        'has been described as "reckless" by the shadow chancellor, Ravi Soor'. The verb's
        subject is what was described, not who spoke."""
        # "by" within a few words after the verb, past the quotation: 'called it "x" by'.
        for k in range(cue + 1, min(cue + speech.MAX_DESCRIPTOR_WORDS + 3, hi)):
            if self.items[k].lower == "by":
                # Whoever "by" names, the verb's subject only heard or bore the words: "Mr
                # Justice Fairlie was told by ..." is no speaker even when the agent is unknown.
                agent = self._subject_at(k + 1, hi)
                return agent if agent is not None else Subject(OTHER, self.items[k].start)
            if not (self.items[k].is_word or self.items[k].quote >= 0):
                return None
        return None

    def _subject_ending_at(self, k: int) -> Subject | None:
        item = self.items[k]
        if not item.is_word:
            return None
        if k in self.people.at_item:
            return Subject(PERSON, item.start, self.people.at_item[k])
        if item.lower in speech.PERSON_PRONOUNS:
            return Subject(PRONOUN, item.start, words=frozenset({item.lower}))
        if item.lower == "who" and k > 0:
            return self._antecedent(k - 1)  # "trolls who branded her", "Ruiz, who said"
        if (one := self._one_of_before(k)) is not None:
            return self._one_of(one, k)  # "one of the cleaners said"
        if names_person(item) or self._role_modifies(k) or self._given_role(k):
            return self._description_ending_at(k)
        if item.lower in speech.KIN_WORDS and k > 0 and self.items[k - 1].lower in speech.ARTICLES:
            return self._description_ending_at(k)  # "my wife said", "the mother told"
        if is_plural_person_noun(item.lower):
            return self._qualified(k, k)  # "parents had told him", "The auditors wrote"
        lo = self.sentence_items[self.item_sentence[k]][0]
        head = head_before_complement(self.items, k, lo, self.people.at_item)
        if head >= 0 and (qualified := self._qualified(head, k)) is not None:
            return qualified  # "a spokeswoman for the union said"
        if (first := body_start(self.items, k, lo, self.people.at_item)) >= 0:
            return Subject(BODY, self.items[first].start, end=item.end, anonymous=True)
        return Subject(OTHER, item.start)

    def _qualified(self, head: int, last: int) -> Subject | None:
        """The description headed by the person noun at item `head`, run on to item `last`
        over the phrase that says whom the role serves: "analysts at Brockhurst Securities"."""
        item = self.items[head]
        if is_plural_person_noun(item.lower):
            first = head - 1 if head > 0 and self.items[head - 1].lower == "the" else head
            words = frozenset({item.lower})
            subject = Subject(DESCRIPTION, self.items[first].start, words=words, anonymous=True)
        else:
            subject = self._description_ending_at(head)
        if subject.kind != DESCRIPTION:
            return None  # "his spokesman for ...": someone else's
        return replace(subject, end=self.items[last].end, qualified=True)

    def _antecedent(self, k: int) -> Subject:
        """Who "who" after item `k` stands for: "who" is only ever said of people, so the noun
        before it is a person ("Marchetti, who said"), a role ("the coroner, who wrote") or
        a group nobody names ("hit back at trolls who branded her", "angry parents who")."""
        if self.items[k].text == "," and k > 0:
            k -= 1
        item = self.items[k]
        if not item.is_word:
            return Subject(OTHER, item.start)
        if k in self.people.at_item or names_person(item) or self._role_modifies(k):
            return self._subject_ending_at(k)
        opens_sentence = self.sentence_items[self.item_sentence[k]][0] == k
        plain = item.text.islower() or (opens_sentence and item.text[1:].islower())
        if not plain or item.lower in speech.FUNCTION_WORDS | speech.DETERMINERS:
            return Subject(OTHER, item.start)
        # The group's noun, with its article: "the parents"; an adjective before it may be a
        # verb ("ignored parents who"), which only a parser could tell.
        first = k
        if k > 0 and self.items[k - 1].lower in speech.DETERMINERS:
            if self.items[k - 1].lower not in ("the", "a", "an"):
                return Subject(OTHER, item.start)  # "his fans who": someone else's people
            first = k - 1
        words = frozenset(words_of(item.base))
        start, end = self.items[first].start, item.end
        return Subject(DESCRIPTION, start, words=words, end=end, anonymous=True)

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

    def _one_of(self, first: int, last: int) -> Subject:
        """'one of the cleaners': somebody in a group, whom no name resolves."""
        words = set(words_of(self.items[last].base))
        start, end = self.items[first].start, self.items[last].end
        return Subject(DESCRIPTION, start, words=frozenset(words), end=end, anonymous=True)

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

    def _given_role(self, k: int) -> bool:
        """Whether "the ..." ending at item `k` is a role the text gave someone it names, in
        apposition or as a title, whatever the role's word: "Councillor Obuya, the council's
        cabinet member, ... the cabinet member said", "The Speaker, Dame Winifred Ansah"."""
        words: set[str] = set()
        for j in range(k, max(k - speech.MAX_ROLE_MODIFIERS - 1, -1), -1):
            item = self.items[j]
            if item.lower == "the":
                return any(words <= roles for roles in self.people.roles.values())
            if not item.is_word or j in self.people.at_item or item.lower.endswith("'s"):
                return False
            words.update(words_of(item.base))
        return False

    def _described_holder(self, k: int, lo: int) -> Subject | None:
        """The person named right before the comma that opens the phrase ending at item `k`:
        "Saoirse Mulcahy" in "Saoirse Mulcahy, head of conservation at Thornbury Zoo"."""
        for j in range(k - 1, max(k - speech.MAX_ORGANISATION_WORDS - 4, lo) - 1, -1):
            item = self.items[j]
            if item.text == ",":
                if j - 1 >= lo and j - 1 in self.people.at_item:
                    return Subject(PERSON, self.items[j - 1].start, self.people.at_item[j - 1])
                return None
            if not item.is_word:
                return None
        return None

    def _person_of(self, k: int, lo: int) -> Subject | None:
        """The person a subject ending in an organisation names: "Ravi Menon of Castlegate
        Securities said", "Ana Ruiz of the Law Society told", "Ana Ruiz of the Hull docks
        branch told". Only a noun phrase (names, nouns, "the", "and", "&") may stand between
        "of" and the verb; "the head of the bank said" stays the bank's head, as no person
        comes before its "of"."""
        for j in range(k, max(k - speech.MAX_ORGANISATION_WORDS - 1, lo - 1), -1):
            item = self.items[j]
            if item.lower == "of" and j - 1 >= lo and j - 1 in self.people.at_item:
                return Subject(PERSON, self.items[j - 1].start, self.people.at_item[j - 1])
            if not ((item.is_word or item.text == "&") and self._in_noun_phrase(item)):
                return None
        return None

    def _person_of_placed(self, k: int, lo: int) -> Subject | None:
        """The person before an organisation whose place follows it between commas, the
        second ending at item `k`: "Delroy Fitzpatrick-Uche of Red Watch, Calderbridge,
        told delegates"."""
        if not (lo < k and self.items[k].text == ","):
            return None
        for j in range(k - 1, max(lo, k - _MAX_PLACE_ITEMS - 1) - 1, -1):
            item = self.items[j]
            if item.text == ",":
                return self._person_of(j - 1, lo) if j - 1 >= lo else None
            if not (item.is_word and item.text[0].isupper()):
                return None
        return None

    @staticmethod
    def _in_noun_phrase(item: Item) -> bool:
        """A word an organisation's or a branch's name may hold: a name, a plain noun ("docks
        branch"), "the", "and", "&"; no verb of speech, pronoun or other function word."""
        if item.text[0].isupper() or item.lower in ("the", "and", "&"):
            return True
        return not (
            item.lower in speech.FUNCTION_WORDS | speech.DETERMINERS | speech.PERSON_PRONOUNS
            or is_cue_word(item.lower)
        )

    def _agent_ending_at(self, k: int, lo: int) -> bool:
        """A noun naming someone by what they do ends at item `k`, after an article or a
        possessive and lower-case words only ("the marker", "her trainer", "the course
        assessor"): beside a verb of saying, that is a person whatever the noun."""
        item = self.items[k]
        if not (item.is_word and item.text.islower() and is_agent_noun(item.lower)):
            return False
        for j in range(k - 1, max(lo, k - speech.MAX_ROLE_MODIFIERS - 1) - 1, -1):
            word = self.items[j]
            if word.lower in _AGENT_OPENERS:
                return True
            if not (word.is_word and word.text.islower()) or word.lower in speech.FUNCTION_WORDS:
                return False
        return False

    def _description_ending_at(self, k: int) -> Subject:
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
                    return Subject(DESCRIPTION, start, words=role, end=end, anonymous=True)
                if lower in speech.SPEAKER_POSSESSIVES:
                    # "your coach", "my father": someone the speaker or the listener has,
                    # whom no name resolves, kept as the text puts it.
                    start = self.items[first].start
                    role = frozenset(words - {"of", "and", "for"})
                    return Subject(DESCRIPTION, start, words=role, end=end, anonymous=True)
                if lower != "the":
                    # "his spokesman" is someone else's: not the last named person, but
                    # someone in the role, kept as the text puts it ("Her captain").
                    start = self.items[first].start
                    role = frozenset(words - {"of", "and", "for"})
                    return Subject(DESCRIPTION, start, words=role, end=end, anonymous=True)
                break
            words.update(words_of(self.items[first].base))
            first -= 1
        if first < 0 or not self.items[first].is_word:
            first += 1  # the phrase began the sentence or followed punctuation
        start = self.items[first].start
        role = frozenset(words - {"of", "and", "for"})
        if not role:
            return Subject(OTHER, start)  # a bare "the": no role, nobody described
        return Subject(DESCRIPTION, start, words=role, end=end)

    def _subject_at(self, k: int, hi: int) -> Subject | None:
        """A subject starting at item `k`: 'said Rutte', 'said the minister', 'said he'."""
        if k > hi or not self.items[k].is_word:
            return None
        item = self.items[k]
        if k in self.people.at_item and not self._owns_role(k):
            return Subject(PERSON, item.start, self.people.at_item[k])
        # "Her captain was more cautious:": "her" opens a noun phrase, no pronoun subject.
        possessive = item.lower in _THIRD_POSSESSIVES and k < hi and self.items[k + 1].is_word
        if item.lower in speech.PERSON_PRONOUNS and not possessive:
            return Subject(PRONOUN, item.start, words=frozenset({item.lower}))
        named = self._person_in_phrase(k, hi)
        if named is not None:
            return named
        # "said the minister", "said a senior official", "said one audience member" (someone
        # in the role, unnamed).
        one = item.lower in speech.ONE_OF and k + 1 <= hi and self.items[k + 1].lower != "of"
        if item.lower in ("the", "a", "an") or one or possessive:
            for j in range(k + 1, min(k + 6, hi + 1)):
                if not self.items[j].is_word:
                    break
                agent = self._agent_ending_at(j, k) and (j == hi or not self.items[j + 1].is_word)
                if names_person(self.items[j]) or self._given_role(j) or agent:
                    last = complement_end(self.items, j, hi, self.people.at_item)
                    if last > j and (qualified := self._qualified(j, last)) is not None:
                        return qualified  # "said a spokeswoman for the union"
                    return self._description_ending_at(j)
            if (last := body_end(self.items, k, hi, self.people.at_item)) >= 0:
                end = self.items[last].end
                return Subject(BODY, item.start, end=end, anonymous=True)  # "said the ministry"
            return Subject(OTHER, item.start)
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
            return Subject(DESCRIPTION, item.start, words=words, end=item.end, anonymous=True)
        return Subject(OTHER, item.start) if item.text[0].isupper() else None

    def _person_in_phrase(self, k: int, hi: int) -> Subject | None:
        """The person a noun phrase after a reporting verb ends in or is apposed to.

        'said the council's engineer, Colin Marsh', 'said volunteer Omar Haddad', 'said
        Minister for Housing Aoife Brennan'; not 'said the spokesman for Rutte' (someone else).
        """
        limit = min(k + speech.MAX_DESCRIPTOR_WORDS + 3, hi)
        for j in range(k, limit + 1):
            item = self.items[j]
            if j in self.people.at_item and self._owns_role(j):
                continue  # "said Wexford's bowling coach, Dai Prothero": the team's, not him
            if j in self.people.at_item:
                return Subject(PERSON, item.start, self.people.at_item[j])
            if item.text == ",":
                if self._apposed_person(j + 1, hi) is not None:
                    continue  # an apposition: "the CEO, Tim Hart", "the vicar, the Rev Ann Lee"
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

    def _owns_role(self, k: int) -> bool:
        """Whether the mention at item `k` is a possessive before a lower-case word:
        "Pontardawe's skipper" is the skipper, whom "Pontardawe" only qualifies."""
        key = self.people.at_item[k]
        while self.people.at_item.get(k + 1) == key:
            k += 1
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return self.items[k].lower.endswith("'s") and nxt is not None and nxt.text.islower()

    def _apposed_person(self, k: int, hi: int) -> int | None:
        """Where the person named at item `k` is, past an article and titles ("the Rev")."""
        if k <= hi and self.items[k].lower == "the":
            k += 1
        while k <= hi and k not in self.people.at_item and is_title(self.items[k]):
            k += 1
        return k if k <= hi and k in self.people.at_item else None

    def person_before(
        self, k: int, lo: int, apposed: bool = False, controller: bool = False
    ) -> Subject | None:
        """The nearest person (or pronoun) named before item `k` in its sentence; a
        `controller` of an infinitive is no object of a preposition ("rang in from Glenrigg
        to tell us" is the caller's)."""
        for j in range(k - 1, lo - 1, -1):
            item = self.items[j]
            # "rang in from Glenrigg to tell us"; "Saoirse Mulcahy, head of conservation at
            # Thornbury Zoo, said": a preposition's object is neither controller nor subject.
            if (controller or apposed) and j in self.people.at_item and self._after_preposition(j):
                continue
            if j in self.people.at_item:
                follows = self.items[j + 1].text if j + 1 < len(self.items) else ""
                if not apposed or follows == ",":
                    return Subject(PERSON, item.start, self.people.at_item[j])
            elif item.lower in speech.PERSON_PRONOUNS and not apposed:
                return Subject(PRONOUN, item.start, words=frozenset({item.lower}))
        return None

    def _tags(self, cue: int, near: int) -> bool:
        """Whether the verb at `cue` may report the quotation at item `near`. A verb of manner
        reports only what follows it ("muttered that ...") or what it tags right after the
        quote ('"...," laughed the vicar'), not a quote earlier in the sentence ('jeered every
        mention of "stability", and Redgrave muttered that ...')."""
        if self.items[cue].lower not in speech.MANNER_VERBS:
            return True
        return cue < near or cue - near <= speech.MAX_TAG_GAP

    def _after_preposition(self, k: int) -> bool:
        """Whether the mention of a person at item `k` follows a preposition."""
        key = self.people.at_item[k]
        while k - 1 >= 0 and self.people.at_item.get(k - 1) == key:
            k -= 1
        return k > 0 and self.items[k - 1].lower in speech.PREPOSITIONS

    def cues(self, sentence: int) -> list[tuple[int, Subject]]:
        """The reporting verbs of a sentence that have a subject, with the subject."""
        if sentence not in self._cue_cache:
            found = [(k, self._subject(k)) for k in self.sentence_items[sentence] if self.is_cue(k)]
            self._cue_cache[sentence] = [
                (k, subject)
                for k, subject in found
                if subject
                # "the company reported a loss": such verbs report only a person's words
                and not (
                    # a verb only its place in a tag makes one ("grinned") is a person's too
                    (self.items[k].lower in speech.PERSON_ONLY_VERBS or self.tags_quotation(k))
                    and subject.kind in (OTHER, BODY)
                )
            ]
        return self._cue_cache[sentence]

    def best_cue(self, sentence: int, near: int) -> Subject | None:
        """The subject of the reporting verb nearest to item `near`, preferring people."""
        cues = [(k, s) for k, s in self.cues(sentence) if self._tags(k, near)]
        if any(self._sources_sentence(k) and s.kind == PERSON for k, s in cues):
            # 'The inspectors described it as "unsafe", according to Chief Inspector Hugh
            # Marlow' ('..., Chief Inspector Lorna Baptiste reported.'): the sentence is the
            # named source's account, not a group's own words.
            cues = [(k, s) for k, s in cues if s.kind not in (DESCRIPTION, BODY)]
        if any(k < near and s.kind != OTHER for k, s in cues):
            # '... told her the scheme was "x", and she asked that ...': a verb past a
            # coordinator after the quote opens a statement of its own ("according to"
            # still names the source of all the sentence says).
            cues = [
                (k, s)
                for k, s in cues
                if k < near or self.items[k].lower == "according" or not self._coordinated(near, k)
            ]
        # 'The much-trailed "reimagining" turns out ..., and the conductor calls the score
        # "a river"': a verb past a coordinator, with a subject of its own there, that has a
        # quotation of its own after it reports that one ('She accepted it "should help",
        # but told members: "..."' is still hers).
        hi = self.sentence_items[sentence][-1]
        cues = [
            (k, s)
            for k, s in cues
            if not (
                k > near
                and s.kind != OTHER
                and s.pos >= self.items[near].end
                and self._coordinated(near, k)
                and any(self.items[j].quote >= 0 for j in range(k + 1, hi + 1))
            )
        ]
        found = [(s.kind == OTHER, abs(k - near), s) for k, s in cues]
        return min(found, key=lambda f: f[:2])[2] if found else None

    def words_of_source(self, sentence: int, near: int) -> Subject | None:
        """Whom a phrase crediting someone's wording names before item `near` in its
        sentence: 'In the words of the museum's director, Dr Florian Eckhart, the bequest is
        "..."', 'the staging is, in her own phrase, "..."', "in Rutte's words", "to quote the
        late Tony Benn", "to borrow her phrase", "as Rutte put it"."""
        hi = self.sentence_items[sentence][-1]
        for k in self.sentence_items[sentence]:
            if k + 2 > near:
                return None
            word = self.items[k].lower
            before = self.items[k - 1].lower if k > 0 else ""
            found = None
            phrase = [self.items[j].lower for j in range(k, min(k + 4, near))]
            if phrase[:2] == ["in", "the"] and phrase[3:] == ["of"]:
                if phrase[2] in speech.WORDING_NOUNS:  # "in the words of X"
                    found = self._subject_at(k + 4, hi)
            elif word == "in" or (before == "to" and word in speech.BORROWING_VERBS):
                found = self._owner_of_wording(k + 1, near)  # "in her own phrase"
            elif before == "to" and word == "quote":
                found = self._subject_at(k + 1, hi)  # "to quote Tony Benn"
            elif word == "as" and self._puts_it(k, near):
                found = self._subject_at(k + 1, hi)  # "as Rutte put it"
            if found is not None and found.kind != OTHER:
                return found
        return None

    def _owner_of_wording(self, first: int, near: int) -> Subject | None:
        """The owner of "her (own) phrase" or "Mark Rutte's words" starting at item `first`."""
        owner = first  # "her", or the last word of "Mark Rutte's"
        while self.people.at_item.get(owner + 1, "") == self.people.at_item.get(owner):
            owner += 1
        noun = owner + 2 if self.items[owner + 1].lower == "own" else owner + 1
        if noun >= near or self.items[noun].lower not in speech.WORDING_NOUNS:
            return None
        word = self.items[owner].lower
        if word in speech.POSSESSOR_PRONOUNS:
            pronoun = frozenset({speech.POSSESSOR_PRONOUNS[word]})
            return Subject(PRONOUN, self.items[owner].start, words=pronoun)
        if owner in self.people.at_item and word.endswith("'s"):
            return Subject(PERSON, self.items[first].start, self.people.at_item[owner])
        return None

    def _puts_it(self, k: int, near: int) -> bool:
        """Whether "as" at item `k` opens "as <someone> put it" before item `near`."""
        for j in range(k + 2, min(k + speech.MAX_DESCRIPTOR_WORDS + 3, near)):
            if self.items[j].lower in ("put", "puts") and self.items[j + 1].lower == "it":
                return True
            if not self.items[j].is_word:
                return False
        return False

    def _sources_sentence(self, cue: int) -> bool:
        """Whether the verb at `cue` credits its whole sentence: "according to", or a verb
        that ends the sentence after a comma and its subject ("..., Lorna Baptiste reported.")."""
        if self.items[cue].lower == "according":
            return True
        hi = self.sentence_items[self.item_sentence[cue]][-1]
        ends = cue == hi or (cue + 1 == hi and self.items[hi].text in (".", "!", "?"))
        j = cue - 1
        while j >= 0 and j in self.people.at_item:
            j -= 1
        return ends and j < cue - 1 and j >= 0 and self.items[j].text == ","

    def _coordinated(self, near: int, cue: int) -> bool:
        """Whether "and" or "but" stands between item `near` and the later verb at `cue`."""
        return any(self.items[j].lower in ("and", "but") for j in range(near + 1, cue))
