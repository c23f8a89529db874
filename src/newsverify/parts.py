"""Values a primary sentence gives part by part: "6.0% for the public sector and 4.7% for the
private sector", "72.1% of entries from girls ..., compared with 64.6% of entries from boys",
"Twenty-seven people were injured, five of them seriously".

Each such value is about its part only, so it is evidence for a claim only when the claim names
the part: the words that tell its phrase from the other values' phrases ("public", not the
"sector" they share). Without them, "pay growth of 5.0%" is neither supported nor contradicted
by the public sector's 6.0%.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .passages import Passage
from .records import COUNT
from .subject_keys import keys_of_words
from .values import dimension
from .vocab import NOT_SUBJECT

# Prepositions that give the part a value is for, right after the value or after what it is
# a share "of" ("72.1% of entries from girls"); the phrase ends at a clause break or a verb.
_PART_PHRASE = re.compile(
    r"(?:\s+of\s+(?:the\s+|all\s+)?(?:(?!(?:for|among|in|from)\b)[A-Za-z][A-Za-z'-]*\s*){1,2})?"
    r"\s+(?P<prep>for|among|in|from)\s+(?P<words>(?:the\s+)?[A-Za-z][A-Za-z' -]*?)"
    r"(?=\s+(?:and|but|while|whereas|compared)\b|[,;:.()]|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


# "Twenty-seven people were injured, five of them seriously": a count of a part of what the
# sentence counted before, the part named by the words after "of them" in its clause.
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|those|these|whom)\s+(?P<words>[A-Za-z][A-Za-z' -]*?)(?=[,;:.()]|$)",
    re.IGNORECASE,
)


def part_keys(passage: Passage, number: int) -> frozenset[str]:
    """Keys that name the part the value `number` is given for, when the sentence gives
    another value of its kind for another part with the same preposition, or counts a part of
    what it counted before ("five of them seriously", "Of these, 874 were accidental"), or
    gives values for two subjects ("the west had 231 mm, while the east had 94 mm"); else
    empty."""
    own, others = _parts(passage, number)
    return (
        frozenset(own - others)
        or _earlier_parts(passage, number)
        or _of_them(passage, number)
        or _of_which(passage, number)
        or _contrasted(passage, number)
        or _gapped(passage, number)
    )


# "Private enterprise completed 31,320 dwellings in the quarter, housing associations 9,610
# and local authorities 1,220": after the first value, each name stands for the verb again.
_GAPPED_PAIR = re.compile(
    r"(?:,(?:\s+and)?|\band)\s+(?P<words>(?:[A-Za-z][A-Za-z'-]*\s+){1,3}?)\d[\d,]*(?![\d.%])"
    r"(?!\s*(?:per|percent|per cent|points?)\b)"
)
# Words that make the phrase before a number something else than a name: "up from 63.5",
# "compared with 2024", "and 85"; nor is "There" before its verb anybody's name.
_NOT_NAMES = frozenset(
    """up down from to than compared with by of in on at a an the was were is are be been
    since between after before about around nearly almost over under more less fewer some
    its their his her our and or plus there it they them we us he she you this these those
    which who with among including excluding""".split()
)
_CLAUSE_START = re.compile(r"[,;:(]\s*")


def _gapped(passage: Passage, number: int) -> frozenset[str]:
    """The keys of who a value is given for when the sentence goes on to give values for
    others with the verb left out; the first value's are those of the words before its verb."""
    sentence = passage.sentence
    text, base = sentence.text, sentence.start
    figure = passage.figures[number]
    if figure.kind != COUNT:
        return frozenset()
    pairs = [
        m
        for m in _GAPPED_PAIR.finditer(text, figure.end - base)
        if not any(
            base + m.start("words") <= v < base + m.end("words") for v in passage.verb_starts
        )
        and not any(w.lower() in _NOT_NAMES for w in _WORD.findall(m["words"]))
    ]
    if number > 0:
        # A later value of the list: the name right before it ("housing associations 9,610").
        own = [m for m in _GAPPED_PAIR.finditer(text) if base + m.end() == figure.end]
        if own and pairs:
            return keys_of_words(_WORD.findall(own[0]["words"]))
        return frozenset()
    if not pairs:
        return frozenset()
    before = text[: figure.start - base]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause_start = starts[-1] if starts else 0
    verbs = [v - base for v in passage.verb_starts if clause_start <= v - base < len(before)]
    if not verbs:
        return frozenset()
    return keys_of_words(_WORD.findall(text[clause_start : min(verbs)]))


# "the west had 231 mm, 176% of its average, while the east had 94 mm": each side of the
# contrast is about the subject it starts with.
_CONTRAST = re.compile(r"\b(?:while|whereas)\b|;", re.IGNORECASE)


def _contrasted(passage: Passage, number: int) -> frozenset[str]:
    """The keys of the subject of the value's side of a "while"/"whereas" contrast, when the
    other side gives a value of its kind; else empty."""
    sentence = passage.sentence
    text = sentence.text
    cuts = [0, *(m.start() for m in _CONTRAST.finditer(text)), len(text)]
    if len(cuts) < 3:
        return frozenset()
    figure = passage.figures[number]
    sides = list(zip(cuts, cuts[1:], strict=False))

    def side_of(start: int) -> int:
        return next(i for i, (a, b) in enumerate(sides) if a <= start - sentence.start < b)

    own = side_of(figure.start)
    kind = dimension(figure)
    subjects: dict[int, frozenset[str]] = {}
    for other in passage.figures:
        side = side_of(other.start)
        if side in subjects or (dimension(other) != kind and side != own):
            continue
        # The words from the side's start (after a colon) to its first value.
        lead = text[sides[side][0] : other.start - sentence.start].rsplit(":", 1)[-1]
        subjects[side] = keys_of_words(_WORD.findall(lead))
    if own not in subjects or len(subjects) < 2:
        return frozenset()
    others = frozenset().union(*(keys for side, keys in subjects.items() if side != own))
    start, end = sides[own]
    if others <= keys_of_words(_WORD.findall(text[start:end])):
        # "31,480 tonnes of cargo in October ...; over January to October cargo was down
        # 1.9%": both sides speak of one thing (for two times), not of two parts.
        return frozenset()
    return frozenset(subjects[own] - others)


def other_part_keys(passage: Passage, number: int) -> frozenset[str]:
    """Keys that name the other parts of the sentence, and not the part of value `number`."""
    own, others = _parts(passage, number)
    return frozenset(others - own) if own else frozenset()


def _parts(passage: Passage, number: int) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of value `number`'s part phrase and of its siblings' phrases."""
    own = _phrase(passage, number)
    if own is None:
        return frozenset(), frozenset()
    figure = passage.figures[number]
    others = [
        phrase
        for other, sibling in enumerate(passage.figures)
        if other != number
        and dimension(sibling) == dimension(figure)
        and (phrase := _phrase(passage, other)) is not None
        and phrase[0] == own[0]
    ]
    if not others:
        return frozenset(), frozenset()
    return own[1], frozenset().union(*(keys for _, keys in others))


def _earlier_parts(passage: Passage, number: int) -> frozenset[str]:
    """The keys of the part value `number` counts of what the sentence before counted ("Of
    these, 39,470 were owed a prevention duty ..., and 44,740 were owed a relief duty"): the
    words from the value to the next value of its kind that no sibling's words share, when
    there are siblings ("prevention", though the sentence before named it with "relief");
    else the sentence's words the sentence before did not use."""
    if not passage.part_of_earlier:
        return frozenset()
    figure = passage.figures[number]
    siblings = [f for f in passage.figures if dimension(f) == dimension(figure)]
    if len(siblings) < 2:
        return passage.part_of_earlier
    text, base = passage.sentence.text, passage.sentence.start
    ends = [f.start - base for f in siblings[1:]] + [len(text)]
    segments = [
        keys_of_words(_WORD.findall(text[f.end - base : end]))
        for f, end in zip(siblings, ends, strict=True)
    ]
    at = siblings.index(figure)
    others = frozenset().union(*(keys for k, keys in enumerate(segments) if k != at))
    return (segments[at] - others) or passage.part_of_earlier


def _of_them(passage: Passage, number: int) -> frozenset[str]:
    """The keys of the words after "N of them" that say which of them it counts; none when
    a verb follows ("22.9% of these were awarded ..." is the sentence's own measure)."""
    sentence = passage.sentence
    end = passage.figures[number].end - sentence.start
    match = _OF_THEM.match(sentence.text, end) if 0 <= end <= len(sentence.text) else None
    if match is None:
        return frozenset()
    return keys_of_words(_before_verb(passage, match))


# "212 miles of road in 2025-26, of which 94 miles were unclassified roads": the part is named
# after the verb of the "of which" clause, by the words its whole did not use.
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|whom)\s*$", re.IGNORECASE)
_OF_WHICH_PART = re.compile(
    r"\s+(?:were|was|are|is)\s+(?P<words>[A-Za-z][A-Za-z' -]*?)(?=[,;:.()]|$)", re.IGNORECASE
)


def _of_which(passage: Passage, number: int) -> frozenset[str]:
    """The keys of the part an "of which" value is given for that the whole before it lacks."""
    sentence = passage.sentence
    figure = passage.figures[number]
    start, end = figure.start - sentence.start, figure.end - sentence.start
    if not 0 <= start <= end <= len(sentence.text):
        return frozenset()
    before = _OF_WHICH_BEFORE.search(sentence.text, 0, start)
    after = _OF_WHICH_PART.match(sentence.text, end)
    if before is None or after is None:
        return frozenset()
    # The sentence's own keys (lemmas, as a claim's are: "panelled" is "panel").
    low, high = sentence.start + after.start("words"), sentence.start + after.end("words")
    cut = sentence.start + before.start()
    keyed = list(zip(passage.keys, passage.starts, strict=False))
    whole = {key for key, at in keyed if at < cut}
    return (
        frozenset(k for k, at in keyed if low <= at < high and k and k not in NOT_SUBJECT) - whole
    )


def whole_of_named_part(passage: Passage, number: int, named: Container[str]) -> str | None:
    """Why value `number` is no value of the part a claim names, when it is the whole an "of
    which" value after it is a part of ("86 rooms in 2025, of which 31 rooms were panelled
    rooms" for a claim about panelled rooms); None otherwise."""
    figure = passage.figures[number]
    for later, part in enumerate(passage.figures):
        if part.start <= figure.end or dimension(part) != dimension(figure):
            continue
        keys = _of_which(passage, later)
        if keys and all(key in named for key in keys):
            said = " ".join(sorted(keys))
            return f'the primary gives it for the whole, and "{part.text}" for the "{said}" ones'
        break  # only the next value of its kind can be its part
    return None


def _before_verb(passage: Passage, match: re.Match[str]) -> list[str]:
    """The words of a phrase up to the first verb ("from girls were awarded" -> girls)."""
    words: list[str] = []
    for word in _WORD.finditer(match["words"]):
        if passage.sentence.start + match.start("words") + word.start() in passage.verb_starts:
            break
        words.append(word[0])
    return words


def _phrase(passage: Passage, number: int) -> tuple[str, frozenset[str]] | None:
    """The preposition and the keys of the phrase right after value `number`."""
    sentence = passage.sentence
    end = passage.figures[number].end - sentence.start
    if not 0 <= end <= len(sentence.text):
        return None
    match = _PART_PHRASE.match(sentence.text, end)
    if match is None:
        return None
    low, high = sentence.start + match.start("words"), sentence.start + match.end("words")
    if any(m.start < high and low < m.end for m in passage.periods):
        return None  # "21 days in the third quarter": a period, checked as one (periods.py)
    keys = keys_of_words(_before_verb(passage, match))
    return (match["prep"].lower(), keys) if keys else None
