"""The people a text names, and every later mention of them.

PERSON entities when a trained pipeline gives them; else names with a title ("Mr Rutte"),
in apposition to a role ("Andrew Bailey, the governor,"), or next to a reporting verb; without
a pipeline also any run of two to four capitalised words. Each person is keyed by surname,
with the fullest form of the name the text gives and the title words used of them, which
resolve descriptions such as "the prime minister".
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from newsverify import speech
from newsverify.given_names import gender_of_name
from newsverify.speaker_text import (
    Item,
    SpeakerText,
    is_cue_word,
    is_name_part,
    is_role,
    is_title,
    names_person,
    words_of,
)

# The small words inside a title: "Secretary of State for Health and Social Care".
_TITLE_LINKS = frozenset({"for", "of", "and", "the", "&"})
# Capitalised heads of a title that are no roles in running text: "Cabinet Member for ...".
_TITLE_HEADS = frozenset({"member", "lead", "holder"})


@dataclass(frozen=True)
class Run:
    """A run of capitalised words: leading titles, then (maybe) a name."""

    first: int  # item index of the first word
    name_first: int  # item index of the first word of the name, after the titles
    last: int  # item index of the last word


class People:
    """The people a text names: the fullest form of each name, roles, and every mention."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items
        self.names: dict[str, list[str]] = {}  # surname -> fullest name's words
        self.roles: dict[str, set[str]] = {}  # surname -> title and apposition words
        self.at_item: dict[int, str] = {}  # item index -> surname of the person mentioned
        self.mentions: list[tuple[int, str]] = []  # (start offset, surname), sorted
        self.weak: set[str] = set()  # surnames known only from capitalisation
        self.genders: dict[str, set[str]] = {}  # surname -> "m"/"f" the text implies

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
        """Items `first`..`last` mention the person `key`, with the letters after the name:
        "Lucinda Farrow KC, called" is one mention before the verb."""
        while last + 1 < len(self.items) and self.items[last + 1].base in speech.POST_NOMINALS:
            last += 1
        for index in range(first, last + 1):
            self.at_item[index] = key

    def forget(self, key: str) -> None:
        """Drop `key`: a name the text shows to be no person's ("Barry in Selby")."""
        for store in (self.names, self.roles, self.genders):
            store.pop(key, None)
        self.weak.discard(key)
        self.at_item = {index: k for index, k in self.at_item.items() if k != key}

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

    def gender(self, key: str) -> str | None:
        """The gender the text implies for the person ("m" or "f"), if one and only one."""
        found = self.genders.get(key, set())
        return next(iter(found)) if len(found) == 1 else None

    def may_be(self, key: str, gender: str | None) -> bool:
        """Whether the person may have `gender`: the text implies no other, nor, when it
        implies none, does their given name ("Rafael Montes" is no "she"). A name only rules
        people out; it never makes one the text's "she" over another."""
        if gender is None:
            return True
        implied = self.gender(key)
        if implied is not None or self.genders.get(key):
            return implied in (None, gender)
        words = self.names.get(key, ())
        return len(words) < 2 or gender_of_name(words[0]) in (None, gender)

    def last_before(
        self, pos: int, pronoun: str | None = None, skip: Container[str] = ()
    ) -> str | None:
        """The person mentioned last before offset `pos` (outside quotations); for a gendered
        `pronoun`, the last one it may stand for: "Mr Tan met Mrs Osei. '...,' he said";
        never one of `skip`."""
        wanted = speech.GENDER_WORDS.get(pronoun or "")
        for k in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            key = self.mentions[k][1]
            if key not in skip and self.may_be(key, wanted):
                return key
        return None

    def last_mention_start(self, pos: int) -> int | None:
        """Where the last mention of anyone before offset `pos` starts."""
        k = bisect.bisect_left(self._starts, pos) - 1
        return self._starts[k] if k >= 0 else None

    def match_description(self, words: set[str], pos: int, fallback: bool = True) -> str | None:
        """The person whose titles include every word of a description ("the US president");
        with `fallback`, the person named last when nobody holds them."""
        candidates = {key for key, roles in self.roles.items() if words and words <= roles}
        k = bisect.bisect_left(self._starts, pos) - 1
        # The latest candidate mentioned before the description, else the first one at all.
        for _, key in reversed(self.mentions[: k + 1]):
            if key in candidates:
                return key
        for _, key in self.mentions:
            if key in candidates:
                return key
        return self.last_before(pos) if fallback else None


def find_runs(items: Sequence[Item], item_sentence: Sequence[int]) -> list[Run]:
    runs: list[Run] = []
    i = 0
    while i < len(items):
        if not is_name_part(items[i]):
            i += 1
            continue
        first = last = i
        while last + 1 < len(items) and item_sentence[last + 1] == item_sentence[i]:
            if items[last].lower.endswith("'s"):
                break  # "Rutte's message": the possessive ends the name
            nxt = last + 1
            while nxt < len(items) and _particle(items, nxt):
                nxt += 1  # "Ursula von der Leyen", "Rhodri ap Iorwerth"
            if nxt < len(items) and is_name_part(items[nxt]):
                last = nxt
            else:
                break
        # Titles lead the run; the name is what follows the last of them ("Claudia Major"
        # keeps its last word), and a run of titles only ("Secretary General") names no one.
        name_first = first
        for k in range(first, last):
            if is_title(items[k]) or _leads_name(items, k, last):
                name_first = k + 1
        if all(is_title(items[k]) for k in range(first, last + 1)):
            name_first = last + 1
        # "Minister for Housing Aoife Brennan": the word after "Minister for" is the portfolio.
        if (
            name_first == first
            and last - first >= 2
            and first >= 2
            and items[first - 1].lower in speech.TITLE_LINKS
            and is_title(items[first - 2])
        ):
            name_first = first + 1
        runs.append(Run(first, name_first, last))
        i = last + 1
    return runs


def _particle(items: Sequence[Item], k: int) -> bool:
    word = items[k].lower
    if word in speech.NAME_PARTICLES:
        return True
    return word == "an" and k > 0 and items[k - 1].lower in speech.NAME_ARTICLE_AFTER


def _given_name_first(words: Sequence[str]) -> bool:
    """Whether a run of two or three words opens with a common given name."""
    return 1 < len(words) <= 3 and gender_of_name(words[0]) is not None


def _leads_name(items: Sequence[Item], k: int, last: int) -> bool:
    """A capitalised noun for a person before a full name is their title: "Coroner Alistair
    Finch", "Farmer Hywel Pritchard" (but "Baker" alone, or "Baker Street", is a name)."""
    return last - k >= 2 and names_person(items[k])


def find_people(
    text: SpeakerText,
    entities: Sequence[tuple[int, int, str]] = (),
    others: Sequence[tuple[int, int]] = (),
) -> People:
    """The people `text` names; `entities` are PERSON spans (start, end, name), if any, and
    `others` the (start, end) of the pipeline's other entities."""
    return _Finder(text).find(entities, others)


class _Finder:
    """Finds the people of one text; the rules need its items, sentences and cues."""

    def __init__(self, text: SpeakerText):
        self.text = text

    def _in_table_row(self, words: list[int]) -> bool:
        """The words are on a line of a pipe table ("| Maruna | 8,100 |")."""
        if not words:
            return False
        raw = self.text.text
        start = self.text.items[words[0]].start
        line = raw[raw.rfind("\n", 0, start) + 1 : start]
        return line.lstrip().startswith("|")

    def find(
        self, entities: Sequence[tuple[int, int, str]], others: Sequence[tuple[int, int]]
    ) -> People:
        people = People(self.text.items)
        runs = [
            r
            for r in find_runs(self.text.items, self.text.item_sentence)
            if self._is_person_run(r)
            and not self._is_title_after_name(r)
            and not self._inside_title([r.first])
        ]
        named = [r for r in runs if r.name_first <= r.last]
        starts = [item.start for item in self.text.items]
        entity_items = [self._entity_items(start, end, starts) for start, end, _ in entities]
        # "Oluwaseun Hart, Cabinet Member for Environment and Neighbourhoods,": a word the
        # model took for a person inside the title after a name is part of that title.
        entity_items = [words if not self._inside_title(words) else [] for words in entity_items]
        # "| Maruna | 8,100 | 9,450 |": a table's row label is a place or a category, however
        # the model labels it; nobody speaks from a table.
        entity_items = [words if not self._in_table_row(words) else [] for words in entity_items]
        for words in entity_items:
            if words:
                people.add(
                    [self.text.items[k].base for k in words], self._roles(words[0], words[-1])
                )
        # Names with a title ("Mr Rutte"), in apposition to one, or subject of a reporting verb;
        # also, weakly, any run of two to four capitalised words ("Jane Doe"). Where a trained
        # pipeline found people, a run it labelled otherwise is no name ("Harbourline Energy",
        # an ORG) but one it left unlabelled may be a name it missed ("Marguerite Osei");
        # where it found nobody, it takes unfamiliar names for organisations: any run counts.
        labelled = [(start, end) for start, end, _ in entities] + list(others) if entities else []
        for run in named:
            words = [self.text.items[k].base for k in range(run.name_first, run.last + 1)]
            if (
                run.name_first > run.first
                or self._is_apposed(run)
                or self._is_speaker(run)
                or self._has_post_nominals(run)
            ):
                people.add(words, self._roles(run.first, run.last))
            elif (
                len(words) > 1
                and not self.text.headline[self.text.item_sentence[run.first]]
                and (not self._covered(run, labelled) or _given_name_first(words))
            ):
                # A run the model labelled a place or a body is still a name when it opens
                # with a common given name: "Declan Morrissey" (GPE), "Marcus Ebbesen" (ORG).
                people.add(words, self._roles(run.first, run.last), weak=True)
        # Every mention of a known surname, so pronouns and short forms can be resolved.
        for run in named:
            key = self.text.items[run.last].base.lower()
            if key in people.names:
                people.mention(run.first, run.last, key)
                words = [self.text.items[k].base for k in range(run.name_first, run.last + 1)]
                people.add(words, self._roles(run.first, run.last), weak=key in people.weak)
        for words in entity_items:
            if words:
                people.mention(words[0], words[-1], self.text.items[words[-1]].base.lower())
        for key in self._places(people):
            people.forget(key)
        self._add_genders(people, named)
        people.finish()
        return people

    def _places(self, people: People) -> set[str]:
        """Names the text gives as where someone is from: "Barry in Selby", "our caller
        Marjorie, from Penarth". A person is from a place; "heard from Grant Pollitt" has no
        person before "from", and stays a name."""
        items = self.text.items
        places = set()
        for index, key in people.at_item.items():
            if people.at_item.get(index - 1) == key or index < 2:
                continue  # not the mention's first word
            k = index - 1
            if items[k].lower not in ("in", "from"):
                continue
            k -= 1
            if k > 0 and items[k].text == ",":
                k -= 1
            last = index
            while people.at_item.get(last + 1) == key:
                last += 1
            owner = items[last].lower.endswith("'s")  # "Ann Lee, from Tom Hale's office"
            other = people.at_item.get(k)
            if other not in (None, key) and not items[k].lower.endswith("'s") and not owner:
                places.add(key)
        return places

    def _add_genders(self, people: People, named: Sequence[Run]) -> None:
        """What the text implies of each person's gender: a title ("Mrs Osei"), or a pronoun
        in a sentence that names them and nobody else ("Tobias Lindqvist kept his place"), unless
        someone described comes between ("Rutte thanked the chancellor for her support")."""
        items = self.text.items
        for run in named:
            key = items[run.last].base.lower()
            for k in range(max(run.first - 1, 0), run.name_first):
                gender = speech.GENDER_WORDS.get(items[k].lower.rstrip("."))
                if key in people.names and gender is not None and is_title(items[k]):
                    people.genders.setdefault(key, set()).add(gender)
        for indices in self.text.sentence_items:
            mentioned = [k for k in indices if k in people.at_item]
            if not mentioned:
                continue
            first = mentioned[0]
            key = people.at_item[first]
            last = first
            while people.at_item.get(last + 1) == key:
                last += 1
            if items[last].lower.endswith("'s"):
                continue  # "Tom Hale's wife said her ...": the pronoun is the wife's
            if self._in_prepositional_phrase(first):
                continue  # "Talking to the host, Jonny Pike, she admitted"
            # A pronoun before anyone else is named or described is the first person's:
            # "Wrona met his counterpart, Ruta Kazlauskiene" makes Wrona a "he".
            for k in (k for k in indices if k > last):
                if names_person(items[k]) or people.at_item.get(k, key) != key:
                    break
                gender = speech.GENDER_WORDS.get(items[k].lower)
                if gender is not None and not is_title(items[k]):  # "his", not "Mr"
                    people.genders.setdefault(key, set()).add(gender)

        self._add_clause_genders(people)
        self._add_kin_genders(people)
        self._add_owner_genders(people)

    def _add_clause_genders(self, people: People) -> None:
        """A possessive, reflexive or subject pronoun in a clause of its own gives its gender
        to the one person that clause names before it, its subject: "while Peter Hart read
        out his motion" makes Hart a "he". Object pronouns never do ("Ali thanked her")."""
        items = self.text.items
        for indices in self.text.sentence_items:
            opener = indices[0] if indices else 0
            for k in indices:
                if items[k].lower in speech.CLAUSE_OPENERS and not self._shares_subject(k):
                    opener = k
                    continue
                gender = speech.GENDER_WORDS.get(items[k].lower)
                if gender is None or is_title(items[k]) or not self._binds_subject(k):
                    continue
                mentioned = [j for j in range(opener, k) if j in people.at_item]
                # "Tom Hale's sister lost her job": the pronoun is the owned one's; a name
                # owning an object later ("saved Okwuosa's penalty") is no subject at all.
                owner = bool(mentioned) and self._owns(people, mentioned[0])
                # "Talking to the channel's host, Jonny Pike, she admitted": a preposition's
                # object is no subject for the pronoun to bind to.
                named = {
                    people.at_item[j]
                    for j in mentioned
                    if not self._owns(people, j) and not self._in_prepositional_phrase(j)
                }
                if len(named) != 1 or owner:
                    continue
                key = named.pop()
                # Someone described between is another candidate, unless the description is
                # the person's own ("Sister Mary Quinn, the ward manager, thanked her team").
                roles = people.roles.get(key, set())
                if not any(
                    names_person(items[j]) and items[j].lower not in roles
                    for j in range(opener, k)
                    if j not in people.at_item
                ):
                    people.genders.setdefault(key, set()).add(gender)

    def _in_prepositional_phrase(self, k: int) -> bool:
        """Whether the name at item `k` ends a phrase a preposition opens, at most a few
        words and an apposition's comma back: "to the channel's host, Jonny Pike"."""
        items = self.text.items
        j = k - 1
        while j >= 0 and items[j].is_word and items[j].text[:1].isupper() and k - j <= 4:
            j -= 1  # the name's own words: "Jonny"
        if j >= 0 and items[j].text == ",":
            j -= 1
        for n in range(j, max(j - speech.MAX_ROLE_MODIFIERS - 3, -1), -1):
            item = items[n]
            if item.lower in speech.PREPOSITIONS:
                return True
            # Only a noun phrase may stand between: "the channel's host", not "while".
            clause_word = item.lower in speech.FUNCTION_WORDS | speech.CLAUSE_OPENERS
            if not item.is_word or not item.text.islower() or clause_word:
                return False
        return False

    def _add_kin_genders(self, people: People) -> None:
        """A name in apposition to a word for a relative has its gender: "Her husband,
        Gareth,", "the dead man's sister, Rhian Morgan", "his sister Rosalind", "Ana Ruiz,
        his widow,"."""
        items = self.text.items
        for index, key in people.at_item.items():
            if people.at_item.get(index - 1) == key:
                continue  # not the mention's first word
            last = index
            while people.at_item.get(last + 1) == key:
                last += 1
            before = items[index - 2].lower if index >= 2 and items[index - 1].text == "," else ""
            if index >= 1 and items[index - 1].lower in speech.KIN_GENDERS:
                before = items[index - 1].lower  # "with his sister Rosalind on the treble"
            after = ""
            if last + 3 < len(items) and items[last + 1].text == ",":
                if items[last + 2].lower in speech.DETERMINERS:
                    after = items[last + 3].lower
            for word in (before, after):
                if word in speech.KIN_GENDERS:
                    people.genders.setdefault(key, set()).add(speech.KIN_GENDERS[word])

    def _add_owner_genders(self, people: People) -> None:
        """A possessive pronoun owning the role of someone named after it is someone else's:
        in "Gwen Tolliver reached the lectern. Her deputy, Marcus Ebbesen, waved" or "heard
        from Grant Pollitt and from his line manager, Susan Adebowale", "her" and "his" stand
        for the one person named before them in the paragraph, who has that gender."""
        items = self.text.items
        for index, key in people.at_item.items():
            if people.at_item.get(index - 1) == key or index < 3 or items[index - 1].text != ",":
                continue  # not a mention's first word after a comma
            j = index - 2
            while j > 0 and index - j <= speech.MAX_ROLE_MODIFIERS + 2 and self._plain_noun(j):
                j -= 1
            gender = speech.GENDER_WORDS.get(items[j].lower)
            if j == index - 2 or items[j].lower not in speech.POSSESSOR_PRONOUNS or not gender:
                continue
            paragraph_start = self.text.text.rfind("\n", 0, items[j].start) + 1
            before = {
                other
                for k, other in people.at_item.items()
                if paragraph_start <= items[k].start and k < j and other != key
            }
            if len(before) == 1:
                people.genders.setdefault(before.pop(), set()).add(gender)

    def _plain_noun(self, k: int) -> bool:
        """A lower-case word that may be part of a role: "line", "manager"; no function word."""
        item = self.text.items[k]
        plain = item.is_word and item.text.islower()
        return plain and item.lower not in speech.FUNCTION_WORDS | speech.DETERMINERS

    def _owns(self, people: People, k: int) -> bool:
        """Whether the mention of a person at item `k` ends in a possessive: "Okwuosa's"."""
        last = k
        while people.at_item.get(last + 1) == people.at_item[k]:
            last += 1
        return self.text.items[last].lower.endswith("'s")

    def _shares_subject(self, k: int) -> bool:
        """Whether "and" or "but" at item `k` joins a second verb to its clause's subject:
        "saved the penalty and was mobbed by his team-mates" is one person's clause."""
        nxt = self.text.items[k + 1] if k + 1 < len(self.text.items) else None
        if self.text.items[k].lower not in ("and", "but") or nxt is None or not nxt.is_word:
            return False
        return nxt.lower in speech.CLAUSE_VERBS or (nxt.text.islower() and nxt.lower.endswith("ed"))

    def _binds_subject(self, k: int) -> bool:
        """Whether the pronoun at item `k` is one that stands for its clause's subject: "his",
        "himself", "he", and "her" before the noun it owns ("her wrist", not "thanked her")."""
        lower = self.text.items[k].lower
        if lower != "her":
            return lower in speech.SUBJECT_BOUND_PRONOUNS
        nxt = self.text.items[k + 1] if k + 1 < len(self.text.items) else None
        return (
            nxt is not None
            and nxt.is_word
            and nxt.text.islower()
            and nxt.lower not in speech.FUNCTION_WORDS | speech.DETERMINERS
        )

    def _covered(self, run: Run, spans: Sequence[tuple[int, int]]) -> bool:
        """Whether an entity of the pipeline overlaps the words of `run`."""
        start, end = self.text.items[run.name_first].start, self.text.items[run.last].end
        return any(s < end and start < e for s, e in spans)

    def _entity_items(self, start: int, end: int, starts: Sequence[int]) -> list[int]:
        """The words of a PERSON entity outside quotations, without titles and verbs."""
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end) - 1
        words = [k for k in range(first, last + 1) if self.text.items[k].is_word]
        if words and self.text.items[words[0]].lower == "the" and len(words) > 2:
            words.pop(0)  # "the Rt Revd Lionel Amadi": the model took the article in
        while words and is_title(self.text.items[words[0]]):
            words.pop(0)  # "Mr Rutte"
        # "Rutte Tells" in a headline: the entity ran on into the verb.
        cut = next((n for n, k in enumerate(words) if is_cue_word(self.text.items[k].lower)), None)
        words = words[:cut]
        while len(words) > 1 and self.text.items[words[-1]].base in speech.POST_NOMINALS:
            words.pop()  # "Lucinda Farrow KC"
        # A lone word for an institution is the end of its name, which the model cut short:
        # "St Cuthbert's Primary", "the Royal Infirmary".
        if len(words) == 1 and self.text.items[words[0]].lower in speech.ORGANISATION_WORDS:
            return []
        # "of Kelso Road", "at Harbury Town": after a preposition, a name ending in a word for a
        # place or an institution is that place (though "Andy Street" alone may be a person).
        place = words and self.text.items[words[-1]].lower in speech.ORGANISATION_WORDS
        if place and words[0] > 0 and self.text.items[words[0] - 1].lower in speech.PREPOSITIONS:
            return []
        return words if words and self.text.items[words[0]].text[0].isupper() else []

    def _is_person_run(self, run: Run) -> bool:
        name = [self.text.items[k] for k in range(run.name_first, run.last + 1)]
        # Organisations and places: "the Kremlin", "Downing Street", "The Hague".
        if any(w in speech.ORGANISATION_WORDS for item in name for w in words_of(item.base)):
            return False
        if len(name) > 4:
            return False  # a heading or an organisation's name, not a person's
        if run.name_first > run.first:
            return True
        # "The NATO S&T Strategy", "the Kremlin": capitalised words after "the" name things.
        k = run.first - 1
        while k >= 0 and self.text.items[k].is_word and self.text.items[k].text[0].isupper():
            if self.text.items[k].lower == "the":
                return False
            k -= 1
        return k < 0 or self.text.items[k].lower != "the"

    def _is_title_after_name(self, run: Run) -> bool:
        """'Margaret Oduya, Acting Returning Officer': capitalised words with a role noun right
        after a name and a comma are that person's title, not another person ("she added"
        after the quote is Oduya)."""
        if run.first < 2 or self.text.items[run.first - 1].text != ",":
            return False
        before = self.text.items[run.first - 2]
        if not (before.is_word and before.text[0].isupper()):
            return False
        # "The Speaker, Dame Winifred Ansah": an honorific before a name is no role of the
        # word before the comma; only the name part's words may make the run a title.
        first = run.name_first if run.name_first <= run.last else run.first
        return any(is_role(self.text.items[k]) for k in range(first, run.last + 1))

    def _inside_title(self, words: Sequence[int]) -> bool:
        """Are these items the end of a title set after a name with a comma ("Hart, Cabinet
        Member for Environment and Neighbourhoods")? Looks back over capitalised words and the
        small words of titles to the comma, and needs a role on the way."""
        items = self.text.items
        role = False
        k = words[0] - 1 if words else -1
        while k >= 1:
            item = items[k]
            if item.text == ",":
                return role and items[k - 1].is_word and items[k - 1].text[0].isupper()
            if not item.is_word:
                return False
            if item.lower not in _TITLE_LINKS:
                if not item.text[0].isupper():
                    return False
                role = role or is_role(item) or item.lower in _TITLE_HEADS
            k -= 1
        return False

    def _is_apposed(self, run: Run) -> bool:
        """'the Prime Minister, Keir Starmer,' or 'Andrew Bailey, the central bank governor,'."""
        if run.last - run.name_first < 1:
            return False  # a lone capitalised word is too weak a sign
        before = [self.text.items[k] for k in range(max(run.first - 6, 0), run.first)]
        # "the county surveyor, Marius Petrescu,": an occupation is as good a sign as a title.
        if (
            before
            and before[-1].text == ","
            and any(is_title(i) or names_person(i) for i in before[:-1])
        ):
            return True
        after = [
            self.text.items[k] for k in range(run.last + 1, min(run.last + 7, len(self.text.items)))
        ]
        return (
            len(after) > 2
            and after[0].text == ","
            and (after[1].lower in speech.DETERMINERS or is_role(after[1]))
            and any(i.lower in speech.ROLE_NOUNS for i in after[1:])
        )

    def _has_post_nominals(self, run: Run) -> bool:
        """A name of two words or more followed by a person's letters ("Alasdair Crane KC",
        "Nia Griffith MP"): only people have them, whatever the pipeline labelled the run."""
        nxt = run.last + 1
        return (
            run.last > run.name_first
            and nxt < len(self.text.items)
            and self.text.items[nxt].base in speech.POST_NOMINALS
        )

    def _is_speaker(self, run: Run) -> bool:
        """A name right before or after a reporting verb: "Rutte said", "said Rutte"."""
        k = self.text.skip_gap(run.last + 1, len(self.text.items), step=1)
        if k < len(self.text.items) and self.text.is_cue(k):
            return True
        # "said Wanderers manager Steve Kinsella": a name that qualifies a role is a team's
        # or a company's, and the person comes after the role.
        after = run.last + 1
        if after < len(self.text.items) and self.text.items[after].text.islower():
            if is_role(self.text.items[after]):
                return False
        # "said Rutte", "admitted coach Ricardo Fuentes"; not "told Rutte" (the listener).
        k = run.first - 1
        while (
            k >= 0 and run.first - k <= speech.MAX_DESCRIPTOR_WORDS and self.text.is_descriptor(k)
        ):
            k -= 1
        if (
            k >= 0
            and self.text.is_cue(k)
            and self.text.items[k].lower not in speech.ADDRESSEE_VERBS
        ):
            return True
        # "according to Rutte"
        return (
            run.first >= 2
            and self.text.items[run.first - 1].lower == "to"
            and (self.text.items[run.first - 2].lower == "according")
        )

    def _roles(self, first: int, last: int) -> set[str]:
        """Title words around a mention: in it, just before it, and in an apposition."""
        words: set[str] = set()
        for k in range(first, last + 1):
            if is_title(self.text.items[k]) or _leads_name(self.text.items, k, last):
                words.update(words_of(self.text.items[k].base.rstrip(".")))
        k = first - 1
        if k >= 1 and self.text.items[k].lower == "the" and self.text.items[k - 1].text == ",":
            k -= 1  # "the Bishop of Wrexley, the Rt Revd Lionel Amadi": titles after "the"
        if k >= 0 and self.text.items[k].text == ",":
            # "the British Prime Minister, Keir Starmer": the phrase before the comma.
            for j in range(k - 1, max(k - 6, -1), -1):
                if not self.text.items[j].is_word or self.text.items[j].lower in speech.DETERMINERS:
                    break
                words.update(words_of(self.text.items[j].base))
        else:
            # "US President Donald Trump", "Apple chief executive Tim Cook": acronyms and
            # titles only, so that "Starmer met Macron" gives Macron none of Starmer's.
            while (
                k >= 0
                and self.text.items[k].is_word
                and (self.text.items[k].text.isupper() or is_role(self.text.items[k]))
            ):
                words.update(words_of(self.text.items[k].base))
                k -= 1
        k = last + 1
        # "Andrew Bailey, the Bank of England governor,": an apposition after the name.
        if k + 1 < len(self.text.items) and self.text.items[k].text == ",":
            lead = self.text.items[k + 1]
            if lead.lower in speech.DETERMINERS or is_role(lead):
                for j in range(k + 1, min(k + 8, len(self.text.items))):
                    if not self.text.items[j].is_word:
                        break
                    words.update(words_of(self.text.items[j].base))
        return words - speech.DETERMINERS
