"""The text as speaker attribution reads it: words outside quotations, sentences, cues.

Each quotation becomes one placeholder item, so that a full stop inside it never ends a
sentence and its words are never taken for a speaker's. `SpeakerText` holds the items, the
sentences they belong to and the reporting verbs ("said", "according to") among them;
`newsverify.people` finds who the text names, `newsverify.speakers` who spoke each quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
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
_AGE = re.compile(r"\d{1,3}-year-old")


@dataclass(frozen=True)
class Item:
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


def find_sentences(text: str, spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
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
                word.group(1).lower() in speech.ABBREVIATIONS or is_initial(word.group(1))
            ):
                continue  # "Mr. Cazalet", "John F. Kennedy", "the U.S. Army"
            sentences.append((cut, match.end()))
            cut = match.end()
        sentences.append((cut, hi))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in sentences if text[a:b].strip()
    ]


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def find_items(text: str, spans: Sequence[QuoteSpan]) -> list[Item]:
    items: list[Item] = []
    k = 0
    for match in _TOKEN.finditer(text):
        # Emit placeholders for quotations that begin before this token.
        while k < len(spans) and spans[k].outer_start <= match.start():
            span = spans[k]
            items.append(Item(span.outer_start, span.outer_end, "\x00", "\x00", k))
            k += 1
        if items and items[-1].quote >= 0 and match.start() < items[-1].end:
            continue  # a token inside the quotation just emitted
        items.append(Item(match.start(), match.end(), match.group(), match.group().lower()))
    items.extend(
        Item(span.outer_start, span.outer_end, "\x00", "\x00", index)
        for index, span in enumerate(spans[k:], start=k)
    )
    return items


def words_of(text: str) -> list[str]:
    """Lower-case words with hyphenated compounds split: "Secretary-General" -> 2 words."""
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w]


def is_title(item: Item) -> bool:
    return all(w in speech.TITLES for w in words_of(item.base.rstrip(".")))


def is_role(item: Item) -> bool:
    """A title or a noun naming a role: "President", "chief", "governor"."""
    return is_title(item) or any(w in speech.ROLE_NOUNS for w in words_of(item.base))


def is_cue_word(lower: str) -> bool:
    return (
        lower in speech.REPORTING_VERBS
        or lower in speech.PERSON_ONLY_VERBS
        or lower in speech.VERDICT_VERBS
        or lower == "according"
    )


def is_person_noun(word: str) -> bool:
    """A noun for a person by role or occupation: "minister", "auditor", "cleaner"; by its
    ending: "archaeologist", "paediatrician"; or by age: "the 43-year-old"."""
    return (
        word in speech.ROLE_NOUNS
        or word in speech.PERSON_NOUNS
        or is_age(word)
        or _has_person_ending(word)
    )


# Endings that make a noun a person's occupation whatever its stem: no list of occupations
# holds every "-ologist" or "-ician", and a text's speaker is often one ("the county
# archaeologist said"). "-ist" is left out: "checklist", "twist" and "insist" end so too;
# "-eer" names a doer ("puppeteer", "auctioneer") in any word long enough not to be "career";
# "-sman" and "-swoman" a holder of a post or a trade ("ombudsman", "groundswoman").
_PERSON_ENDINGS = ("ologist", "ician", "ographer", "onaut", "eer", "sman", "swoman")


def _has_person_ending(word: str) -> bool:
    return len(word) > 7 and word.endswith(_PERSON_ENDINGS)


# Nouns ending like a doer's ("-er", "-or") that name a text, a thing or a device: "the
# letter said", "the computer says" quote nobody.
_THING_NOUNS = frozenset(
    """
    letter newsletter paper newspaper poster flyer banner computer monitor register charter
    order chapter counter meter indicator calculator sticker reminder disclaimer cover number
    water power border quarter matter corner error mirror sensor motor factor sector folder
    header footer tracker trailer answer filter calendar timer scanner printer
    """.split()
)


def is_agent_noun(word: str) -> bool:
    """A noun that names someone by what they do ("the trainer", "the marker", "the
    assessor"): only as the subject of a verb of saying is that enough to make it a person,
    since "number" and "water" end so too."""
    return len(word) >= 5 and word.endswith(("er", "or")) and word not in _THING_NOUNS


def is_age(word: str) -> bool:
    """ "43-year-old": a person the text has given an age, as news does of someone named."""
    return _AGE.fullmatch(word) is not None


def names_person(item: Item) -> bool:
    """A word naming a person by role or occupation, whole ("passer-by") or in part
    ("Secretary-General", "co-founder")."""
    return is_person_noun(item.lower) or any(is_person_noun(w) for w in words_of(item.base))


def is_plural_person_noun(word: str) -> bool:
    """ "cleaners", "witnesses": a group that "one of" picks a speaker from."""
    return any(
        word.endswith(suffix) and is_person_noun(word[: -len(suffix)]) for suffix in ("s", "es")
    )


_MUTATED = re.compile(r"^(?:t|n|h|bh|mb|gc|ng|bp|dt)[A-ZÁÉÍÓÚ][a-zá-ú]")


def is_name_part(item: Item) -> bool:
    """A capitalised word that may belong to a person's name or title."""
    text = item.base
    # An Irish name's initial mutation keeps its capital second: "tSaoir", "bhFear".
    capital = text[0].isupper() or _MUTATED.match(text) is not None
    if not item.is_word or not capital or item.lower.rstrip(".") in speech.NOT_NAMES:
        return False
    # "NATO", "UK": acronyms are organisations and places, except titles such as "CEO".
    if text.isupper() and item.lower not in speech.TITLES:
        return False
    return not is_cue_word(item.lower)  # "Rutte Tells US" in a headline


class SpeakerText:
    """A text with its quotations: items, sentences, and which items are reporting verbs."""

    def __init__(self, text: str, spans: Sequence[QuoteSpan]):
        self.text = text
        self.spans = spans
        self.sentences = find_sentences(text, spans)
        self.items = find_items(text, spans)
        sentence_starts = [start for start, _ in self.sentences]
        self.item_sentence = [
            max(bisect.bisect_right(sentence_starts, item.start) - 1, 0) for item in self.items
        ]
        self.sentence_items: list[list[int]] = [[] for _ in self.sentences]
        for index, sentence in enumerate(self.item_sentence):
            self.sentence_items[sentence].append(index)
        self.placeholder = {item.quote: i for i, item in enumerate(self.items) if item.quote >= 0}
        self.headline = [self._is_headline(s) for s in range(len(self.sentences))]

    def _is_headline(self, sentence: int) -> bool:
        """A title-case line without a full stop: "NATO's Rutte Tells US and Europe"."""
        start, end = self.sentences[sentence]
        if self.text[start:end].rstrip("\"' ")[-1:] in (".", "!", "?"):
            return False
        words = [self.items[k] for k in self.sentence_items[sentence] if self.items[k].is_word]
        words = [w for w in words if w.lower not in speech.FUNCTION_WORDS]
        capitalised = sum(1 for w in words if w.text[0].isupper())
        return len(words) >= 3 and capitalised >= 0.6 * len(words)

    def is_cue(self, k: int) -> bool:
        """Whether item `k` is a reporting verb (or "according to") used as a verb."""
        item = self.items[k]
        if not is_cue_word(item.lower):
            return self.tags_quotation(k)
        if item.lower == "according":
            return k + 1 < len(self.items) and self.items[k + 1].lower == "to"
        sentence = self.item_sentence[k]
        first_in_sentence = self.sentence_items[sentence][0] == k
        # A capitalised verb mid-sentence is a name ("United States"), except in headlines.
        if item.text[0].isupper() and not (first_in_sentence or self.headline[sentence]):
            return False
        # After a determiner or a possessive the word is a noun: "his remarks", "the claims",
        # "the auditor's report".
        if k == 0:
            return True
        before = self.items[k - 1]
        # "he's said" is "he has said": a contraction, not a possessive.
        possessive = before.lower.endswith("'s") and before.lower[:-2] not in speech.S_CONTRACTIONS
        return before.lower not in speech.DETERMINERS and not (before.is_word and possessive)

    def tags_quotation(self, k: int) -> bool:
        """Whether item `k` is a past-tense verb in the tag of a quotation that ends in a
        comma, "!" or "?": '"...," grinned the keeper', '"...!" Jo beamed', '"...?" she
        wondered'. Whatever the verb, that place makes it say how the words were spoken."""
        item = self.items[k]
        if not (item.is_word and item.text.islower() and item.lower.endswith("ed")):
            return False
        j = k - 1
        while j >= 0 and k - j <= 3 and self.items[j].is_word and self.items[j].quote < 0:
            # A subject before the verb: a pronoun, or a name of capitalised words.
            if not (
                self.items[j].text[0].isupper() or self.items[j].lower in speech.PERSON_PRONOUNS
            ):
                return False
            j -= 1
        comma_outside = j > 0 and self.items[j].text == ","  # '"...", she grinned'
        j -= comma_outside
        # The quotation may end a sentence of its own ('"Again?" Lena Hoyle frowned.').
        if j < 0 or self.items[j].quote < 0:
            return False
        span = self.spans[self.items[j].quote]
        ending = self.text[span.start : span.outer_end].rstrip("\"'\u201d\u2019 ")
        return comma_outside or ending[-1:] in (",", "!", "?")

    def skip_gap(self, k: int, limit: int, step: int = -1) -> int:
        """Step from item `k` over words between a subject and its verb: "Rutte also said"."""
        while (0 <= k < len(self.items)) and k != limit:
            if self.items[k].lower not in speech.SUBJECT_GAP_WORDS:
                break
            k += step
        return k

    def is_descriptor(self, k: int) -> bool:
        """A lower-case word that may describe the person named next: "coach", "volunteer"."""
        item = self.items[k]
        return (
            item.is_word
            and item.text.islower()
            and item.lower not in speech.FUNCTION_WORDS
            and item.lower not in speech.DETERMINERS
            and not is_cue_word(item.lower)
        )


# A transcript turn: a name of at least two capitalised words, an optional role (after a comma
# or in brackets), a colon; markdown emphasis around it is common. One-word labels
# ("Source:", "Operator:") are not names.
_SPEAKER_LABEL = re.compile(
    r"[*_ \t]*(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)+)"
    # "(chair)"; a member's seat and party: "Ruairi Pendle (Kellbridge North) (Opp):"
    r"(?:[ \t]*\([^)\n]{0,80}\)){0,2}(?:,[^:\n]{0,80})?[*_]*:[*_]*\s",
)


# Parliament's record puts the office first and the name in brackets: "**The Secretary of
# State for Work and Pensions (Hester Kilbride):** With permission, ...".
_OFFICE_LABEL = re.compile(
    r"[*_ \t]*(?:The[ \t]+)?[A-Z][^\n():]{0,80}?\((?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+"
    r"[A-Z][\w'\u2019-]+)+)\)[*_]*:[*_]*\s"
)


def labelled_speaker(text: str, pos: int) -> str | None:
    """The speaker whose transcript label opens the line holding `pos`, if it has one:
    "**Marcus Webb, Chief Financial Officer:** ..." and "**Cllr Ann Lee (chair):** ..." give
    "Marcus Webb" and "Ann Lee"; "**The Secretary of State (Hester Kilbride):**" gives
    "Hester Kilbride"."""
    line_start = text.rfind("\n", 0, pos) + 1
    label = _SPEAKER_LABEL.match(text, line_start) or _OFFICE_LABEL.match(text, line_start)
    if label is None or label.end() > pos:
        return None
    words = label["name"].split()
    # A possessive names a thing, not a person: a headline's "GRAN'S FURY: '...'".
    if any(re.search(r"['\u2019][sS]$", word) for word in words):
        return None
    while len(words) > 2 and all(w in speech.TITLES for w in words_of(words[0].rstrip("."))):
        words = words[1:]  # "Councillor Ann Lee": the title is no part of the name
    while len(words) > 1 and words[-1] in speech.POST_NOMINALS:
        words = words[:-1]  # "Llyr Gwenallt MS"
    return " ".join(words)


def turn_speaker(text: str, pos: int) -> str | None:
    """The speaker of the labelled turn that holds `pos`: its own line's label, or the last
    label above it, a turn running over unlabelled paragraphs until the next label or a
    heading ("**The Secretary of State (Hester Kilbride):** With permission, ...", then her
    statement's further paragraphs)."""
    line_start = text.rfind("\n", 0, pos) + 1
    while True:
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.lstrip().startswith("#"):
            return None
        if line.strip() and (speaker := labelled_speaker(text, line_start + len(line))):
            return speaker
        if line_start == 0:
            return None
        line_start = text.rfind("\n", 0, line_start - 1) + 1
