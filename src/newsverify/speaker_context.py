"""What speaker attribution reads beyond a quotation's own sentence.

`newsverify.speakers` ties a quotation to the subject of its reporting verb; the helpers here
find who that subject is when the sentence alone does not say: the subject of the sentence
before ("he told Brekke"), the description that spoke last ("a man in the front row ... he
said"), the group "one of them" picks from, the owner of "their words", the speaker of a
transcript's turn and the one it is spoken to ("I said", "you told"), and the organisation
"your company" stands for.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from newsverify import speech
from newsverify.cue_subjects import BODY, DESCRIPTION, OTHER, PERSON, PRONOUN, CueSubjects, Subject
from newsverify.speaker_text import is_person_noun, is_plural_person_noun
from newsverify.speaking_bodies import is_body_noun
from newsverify.turn_speakers import Turn, find_turns, turn_at

# Who spoke: a named person's key, or else the description that names nobody.
Speaker = tuple[str | None, str | None]


class SpeakerContext(CueSubjects):
    """A text's reporting verbs and subjects, with what the text around them says."""

    @cached_property
    def _item_starts(self) -> list[int]:
        return [item.start for item in self.items]

    def resolve(self, subject: Subject, before: int) -> str | None:
        """The surname key a subject stands for (`newsverify.speakers` decides)."""
        raise NotImplementedError

    def item_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self._item_starts, pos) - 1, 0)

    def speaks_to_another(self, pronoun: Subject) -> bool:
        """Whether the pronoun's verb has a listener the text names or gives the pronoun's
        gender: "she told her", "he told Brekke afterwards"."""
        (word,) = pronoun.words
        k = self.item_at(pronoun.pos) + 1
        if k >= len(self.items) or not self.is_cue(k) or k + 1 >= len(self.items):
            return False
        listener = self.items[k + 1]
        same_gender = speech.GENDER_WORDS.get(listener.lower) == speech.GENDER_WORDS.get(word)
        named = k + 1 in self.people.at_item
        return named or (same_gender and listener.lower in ("her", "him"))

    def previous_subject(self, pos: int, pronoun: str) -> str | None:
        """The person who is the subject of the last sentence before `pos` that names anyone,
        for "he" or "she": "Eng met Brekke, chief executive of Nordlys Sjø. '...,' he told
        Brekke" is Eng's, as a pronoun goes on with the subject, not with an object. None when
        that sentence opens with nobody, or with someone of the other gender."""
        wanted = speech.GENDER_WORDS.get(pronoun)
        if wanted is None or pronoun not in speech.SUBJECT_BOUND_PRONOUNS:
            return None
        sentence = self.item_sentence[self.item_at(pos)]
        for earlier in range(sentence - 1, -1, -1):
            indices = [k for k in self.sentence_items[earlier] if self.items[k].quote < 0]
            if not any(k in self.people.at_item for k in indices):
                continue
            for n, k in enumerate(indices[: speech.MAX_SUBJECT_OFFSET + 1]):
                if k not in self.people.at_item:
                    continue
                key = self.people.at_item[k]
                last = k
                while self.people.at_item.get(last + 1) == key:
                    last += 1
                owned = self.items[last].lower.endswith("'s")  # "Tom Hale's wife"
                after_preposition = (
                    n > 0 and self.items[indices[n - 1]].lower in speech.PREPOSITIONS
                )
                if owned or after_preposition or self.people.gender(key) not in (None, wanted):
                    return None
                return key
            return None
        return None

    def description_spoke_before(self, pronoun: Subject) -> str | None:
        """The description that last spoke before a pronoun, if nobody was named since and it
        fits the pronoun: "he" a man, "they" a body or a group ("What did management say?
        ... They said, '...'")."""
        (word,) = pronoun.words
        latest = None
        for sentence in range(self.item_sentence[self.item_at(pronoun.pos)], -1, -1):
            spoke = [s for _, s in self.cues(sentence) if s.pos < pronoun.pos and s.end]
            spoke = [s for s in spoke if s.kind in (DESCRIPTION, BODY) and s.anonymous]
            if spoke:
                latest = max(spoke, key=lambda s: s.pos)
                break
        if latest is None or latest.end is None:
            return None
        named = self.people.last_mention_start(pronoun.pos)
        if named is not None and named > latest.pos:
            return None
        group = latest.kind == BODY or any(is_plural_person_noun(w) for w in latest.words)
        if (word == "they") != group:
            return None
        # "he" fits "a man" or "your coach" (a role of either gender), not "a woman".
        described = gender_of(latest.words)
        if word != "they" and described not in (None, speech.GENDER_WORDS.get(word)):
            return None
        return self.text[latest.pos : latest.end]

    def one_of_them(self, lo: int) -> str | None:
        """ "one of the members" for a sentence opening "One of them" after "the members"
        were mentioned in the sentences just before; None otherwise."""
        if lo + 1 < len(self.items) and self.items[lo + 1].text == ":":
            lo += 2  # past a transcript's label: "A: One of them ..."
        words = [self.items[k].lower for k in range(lo, min(lo + 3, len(self.items)))]
        if words != ["one", "of", "them"]:
            return None
        first_sentence = max(self.item_sentence[lo] - speech.MAX_GROUP_LOOKBACK, 0)
        for k in range(lo - 1, -1, -1):
            if self.item_sentence[k] < first_sentence:
                return None
            if self.items[k].is_word and is_plural_person_noun(self.items[k].lower):
                article = "the " if k > 0 and self.items[k - 1].lower == "the" else ""
                return f"one of {article}{self.items[k].text}"
        return None

    def owner_of_words(self, p: int, lo: int) -> Subject | None:
        """Whose words a quotation is when the text names them as someone's: 'Their words
        were "..."', "His message: '...'", "Rutte's reply was blunt: '...'"."""
        k = p - 1
        while k > lo and not self.items[k].is_word:
            k -= 1  # ':' or ','
        if k - 1 > lo and self.items[k - 1].lower in speech.BE_FORMS:
            k -= 1  # "was simple:": a word that says how it was put
        while k > lo and self.items[k].lower in speech.BE_FORMS:
            k -= 1
        if k - 1 < lo or self.items[k].lower not in speech.SPEECH_NOUNS:
            return None
        owner = self.items[k - 1]
        if owner.lower in speech.POSSESSOR_PRONOUNS:
            pronoun = speech.POSSESSOR_PRONOUNS[owner.lower]
            return Subject(PRONOUN, owner.start, words=frozenset({pronoun}))
        if k - 1 in self.people.at_item and owner.lower.endswith("'s"):
            return Subject(PERSON, owner.start, self.people.at_item[k - 1])
        return None

    def owner_of_claim(self, p: int, lo: int) -> Subject | None:
        """Whose case a "that" clause holding the quotation at item `p` gives: "rejected the
        company's argument that they amounted to '...'", "her claim that the books were
        '...'", "Rutte's insistence that ...". None past a verb of saying, which speaks for
        itself."""
        for j in range(p - 1, lo + 1, -1):
            if self.items[j].quote >= 0 or self.is_cue(j):
                return None
            if self.items[j].lower != "that" or self.items[j - 1].lower not in speech.CLAIM_NOUNS:
                continue
            k = j - 2
            owner = self.items[k]
            if owner.lower in speech.POSSESSOR_PRONOUNS:
                pronoun = frozenset({speech.POSSESSOR_PRONOUNS[owner.lower]})
                return Subject(PRONOUN, owner.start, words=pronoun)
            if not owner.lower.endswith("'s"):
                return None
            if k in self.people.at_item:
                return Subject(PERSON, owner.start, self.people.at_item[k])
            end = owner.start + len(owner.base)
            if is_body_noun(owner.base.lower()) and k > lo and self.items[k - 1].lower == "the":
                return Subject(BODY, self.items[k - 1].start, end=end, anonymous=True)
            return None
        return None

    def turn_speaker(self, quote: int, subject: Subject, resolved: str | None) -> Speaker | None:
        """In a transcript's turn, "I" is the turn's speaker, "you" the one it is spoken to,
        and "she" nobody else named is that other one too ("Will the Minister confirm that
        she told the committee ...?"). (key, title), or None when the quote is in no turn or
        names no one."""
        turn, addressee = turn_at(self.text, self.spans[quote].outer_start)
        if turn is None:
            return None
        word = self.items[self.item_at(subject.pos)].lower
        if subject.kind == DESCRIPTION and word == "my" and subject.end and turn.speaker:
            # "My wife said" is the turn's speaker's wife. ("your minister" stays as it is:
            # said to a presenter, "your" is seldom the presenter's own.)
            role_start = self.items[self.item_at(subject.pos) + 1].start
            return None, f"{turn.speaker}'s {self.text[role_start : subject.end]}"
        own = turn.speaker is not None and resolved == turn.speaker.split()[-1].lower()
        # A name only a turn's label gives ("BUYER (Jasminder Kaur-Whitlow):") is no one the
        # turn's words talk about.
        own = own or (resolved is not None and self._labelled_only(resolved))
        if word == "i" and subject.kind == OTHER:
            target = turn
        elif word == "you" and subject.kind == OTHER:
            target = addressee
        elif subject.kind == PRONOUN and word in ("he", "she") and (resolved is None or own):
            asked_about = self._asked_about(turn, subject)
            if asked_about is not None:
                return None, asked_about  # "So what did the surveyor say?" ... "He said"
            target = addressee
        else:
            return None
        if target is None or target.speaker is None:
            return None
        key = target.speaker.split()[-1].lower()
        if key in self.people.names:
            return key, None  # "BRENNOCK" is the "Cathal Brennock" named
        return None, target.speaker

    def _labelled_only(self, key: str) -> bool:
        labels = [(t.start, t.words_start) for t in find_turns(self.text)]
        mentions = [start for start, mentioned in self.people.mentions if mentioned == key]
        return bool(mentions) and all(
            any(low <= start < high for low, high in labels) for start in mentions
        )

    def _asked_about(self, turn: Turn, pronoun: Subject) -> str | None:
        """The one person a question put in the turn before describes and names nobody for
        ("So what did the surveyor say?"), whom "he" or "she" in the answer stands for."""
        turns = find_turns(self.text)
        number = turns.index(turn) if turn in turns else 0
        if number == 0:
            return None
        asked = turns[number - 1]
        first = bisect.bisect_left(self._item_starts, asked.words_start)
        last = bisect.bisect_left(self._item_starts, asked.end)
        if any(k in self.people.at_item for k in range(first, last)):
            return None  # someone named in the question: the pronoun may be them
        described = [
            k
            for k in range(first + 1, last)
            if self.items[k - 1].lower in ("the", "your", "his", "her", "their")
            and is_person_noun(self.items[k].lower)
        ]
        if len(described) != 1:
            return None
        (k,) = described
        (word,) = pronoun.words
        if gender_of(frozenset({self.items[k].lower})) not in (None, speech.GENDER_WORDS.get(word)):
            return None
        return f"{self.items[k - 1].lower} {self.items[k].text}"

    def not_its_speaker(self, key: str, quote: int) -> bool:
        """Whether the text rules out `key` as the speaker of a quotation a pronoun credits:
        its words name them ("I had to take the ball early against Lisette"), or the text
        gives them the role of one who asks ("joined host Amara Eze")."""
        span = self.spans[quote]
        words = set(re.findall(r"[\w'-]+", self.text[span.start : span.end]))
        if any(part in words for part in self.people.names.get(key, ())):
            return True
        if self.people.roles.get(key, set()) & speech.ASKING_ROLES:
            return True
        return any(
            key == mentioned and k > 0 and self.items[k - 1].lower in speech.ASKING_ROLES
            for k, mentioned in self.people.at_item.items()
        )

    def speaks_in_turn(self, quote: int, key: str | None, words: frozenset[str]) -> bool:
        """Whether `key` is the speaker of the transcript turn holding the quotation and the
        text never gave them the description `words`."""
        turn, _ = turn_at(self.text, self.spans[quote].outer_start)
        if key is None or turn is None or turn.speaker is None:
            return False
        own = turn.speaker.split()[-1].lower() == key
        return own and not words <= self.people.roles.get(key, set())

    def owned_body(self, quote: int, subject: Subject) -> str | None:
        """The organisation "your company" or "her ministry" stands for: the one the text
        ties its owner to ("Cathal Brennock, chief executive of Merrion Water"). "your" is
        the person a transcript's turn is spoken to, "his" or "her" the person it resolves to."""
        k = self.item_at(subject.pos)
        if k == 0 or not is_body_noun(self.items[k].lower):
            return None
        owner_word = self.items[k - 1].lower
        if owner_word == "your":
            _, addressee = turn_at(self.text, self.spans[quote].outer_start)
            name = addressee.speaker if addressee is not None else None
            owner = None if name is None else name.split()[-1].lower()
        elif owner_word in ("his", "her"):
            pronoun = speech.POSSESSOR_PRONOUNS[owner_word]
            owner = self.resolve(
                Subject(PRONOUN, self.items[k - 1].start, words=frozenset({pronoun})),
                self.spans[quote].outer_start,
            )
        else:
            return None
        return None if owner is None else self._affiliation(owner)

    def _affiliation(self, key: str) -> str | None:
        """The organisation the text names a person's role at: "Cathal Brennock, chief
        executive of Merrion Water" or "Ravi Menon of Castlegate Securities"."""
        for index, mentioned in sorted(self.people.at_item.items()):
            if mentioned != key or self.people.at_item.get(index + 1) == key:
                continue
            k = index + 1
            if k < len(self.items) and self.items[k].text == ",":
                k += 1
            # "chief executive of Merrion Water", "head of sales at Norland Foods"
            while k < len(self.items) and self.items[k].is_word and self.items[k].text.islower():
                if self.items[k].lower in ("of", "at") and (found := self._name_at(k + 1)):
                    return found
                k += 1
        return None

    def _name_at(self, first: int) -> str | None:
        """The capitalised name that starts at item `first` ("the Law Society"), if any."""
        last = first
        while (
            last < len(self.items)
            and self.items[last].is_word
            and (self.items[last].text[0].isupper() or self.items[last].lower == "the")
        ):
            last += 1
        if last - first >= 1 and self.items[last - 1].text[0].isupper():
            return self.text[self.items[first].start : self.items[last - 1].end]
        return None


def gender_of(words: frozenset[str]) -> str | None:
    """The gender a description gives: "a man", "the spokeswoman"; None for most roles."""
    for word in words:
        if word.endswith(("woman", "women")) or speech.GENDER_WORDS.get(word) == "f":
            return "f"
        if word.endswith(("man", "men")) or speech.GENDER_WORDS.get(word) == "m":
            return "m"
    return None
