"""Quotation marks paired into quotations, by rules over normalised text.

1. Classify every quotation mark as able to open and/or close a quotation, from the
   characters around it (apostrophes inside and at the end of words are not marks).
2. Pair marks within a paragraph, dropping marks that never pair, so an unbalanced mark
   costs one quotation at most and never swallows the rest of the document; a paragraph
   left open whose successor reopens with a mark is the journalistic multi-paragraph quote.

`find_spans` is the entry point; `newsverify.speakers` attributes the spans it returns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import count

from newsverify import speech

# A quotation longer than this is taken to be an unmatched mark, not a quote.
MAX_QUOTE_CHARS = 2000

# Characters after which a mark may open a quotation: '("Yes"', '-"Yes"'.
_OPEN_AFTER = frozenset("([{<-/\"'*")
# Characters that may follow a closing mark: '"Yes."', '"Yes"),', "'Yes'-".
_CLOSE_BEFORE = frozenset(".,;:!?)]}>-/\"'*")
# Characters a closing single quote may follow besides letters and digits.
_SINGLE_CLOSE_AFTER = frozenset('.,;:!?)%"')

_DOUBLE = '"'
_SINGLE = "'"

# A comma, then a reporting verb ("said", "he added"): the attribution after a quotation.
_SPEECH_TAG = re.compile(
    r",\s+(?:(?:"
    + "|".join(sorted(speech.PERSON_PRONOUNS))
    + r")\s+)?(?:"
    + "|".join(sorted(speech.REPORTING_VERBS))
    + r")\b"
)
# The same with a subject before the verb, up to a sentence end: "..., the utility's
# spokeswoman Lena Ortiz said on Tuesday." A clause that goes on ("..., and we said no") is
# the speaker's own words; only a phrase naming someone ends the quotation: it starts with
# an article, a possessive or a capitalised word, and may hold an apposition ("..., the county
# surveyor, Marius Petrescu, told councillors.").
_SUBJECT_TAG = re.compile(
    r",\s+(?=(?:the|a|an|his|her|their|its|our)\s|[A-Z])"
    r"(?:[\w'’.-]+,?\s+){1,8}?(?:"
    + "|".join(sorted(speech.REPORTING_VERBS))
    + r")\b[^.!?\"“”]*(?:[.!?](?:\s|$)|$)"
)
_ELIDED_YEAR = re.compile(r"'\d\ds?\b")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class _Mark:
    pos: int
    can_open: bool
    can_close: bool
    weak: bool = False  # a closing mark that may be a plural possessive: "the allies' plans"
    heads_sentence: bool = False  # opens a paragraph or follows a sentence's end
    elidable: bool = False  # a single mark before a lower-case letter: "'ave", "'em"
    after_stop: bool = False  # a closing mark after punctuation: "come,'"


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: `outer` includes the marks, `inner` is the quoted words."""

    outer_start: int
    outer_end: int
    start: int
    end: int
    double: bool
    chain: int | None = None  # parts of one multi-paragraph quotation share a chain


def _classify_double(text: str, i: int) -> _Mark:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    # Opening: at a word's start, after a space or opening punctuation.
    can_open = (not before or before.isspace() or before in _OPEN_AFTER) and bool(after)
    can_open = can_open and not after.isspace()
    # Closing: right after a word or punctuation, before a space, punctuation or the end.
    can_close = bool(before) and not before.isspace()
    can_close = can_close and (not after or after.isspace() or after in _CLOSE_BEFORE)
    # A missing space ('said."The') leaves a mark that can do either.
    if not can_open and not can_close and before in ".,;:!?" and after.isalnum():
        can_open = can_close = True
    return _Mark(i, can_open, can_close)


def _classify_single(text: str, i: int) -> _Mark:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    # Opening: after a space or opening punctuation, before a letter or digit, and not an
    # elision that starts a word ("rock 'n' roll", "the '90s").
    can_open = (not before or before.isspace() or before in _OPEN_AFTER) and after.isalnum()
    can_open = can_open and not _is_elision(text, i)
    # Closing: after a letter or punctuation and not inside a word ("don't", "Britain's").
    can_close = bool(before) and (before.isalnum() or before in _SINGLE_CLOSE_AFTER)
    can_close = can_close and (not after or after.isspace() or after in _CLOSE_BEFORE)
    # The second apostrophe of "rock 'n' roll" ends an elided word, not a quotation.
    can_close = can_close and not _ends_elision(text, i)
    # "allies' plans" reads as a possessive, and "folk queuin' since" as a dropped "g",
    # unless nothing better closes the quotation.
    weak = can_close and after == " " and text[i + 2 : i + 3].isalnum()
    weak = weak and (before in "sS" or _drops_g(text, i))
    elidable = can_open and after.islower()
    after_stop = can_close and before in ".,;:!?"
    return _Mark(i, can_open, can_close, weak, _heads_sentence(text, i), elidable, after_stop)


# Words spoken without their last letters, an apostrophe in their place: "an'" (and), "o'" (of).
_CLIPPED_WORDS = frozenset({"an", "o"})


def _drops_g(text: str, i: int) -> bool:
    """The mark at `i` ends a word spoken without its "g", or a clipped "an'" or "o'", before
    the sentence goes on in lower case: "queuin' since", "out again, an' the lads"."""
    if not text[i + 2 : i + 3].islower():
        return False
    word = re.search(r"(?<![\w'])([A-Za-z]+)$", text[max(0, i - 12) : i])
    clipped = word is not None and word.group(1).lower() in _CLIPPED_WORDS
    return clipped or text[i - 2 : i].lower() == "in"


def _heads_sentence(text: str, i: int) -> bool:
    """Whether the mark at `i` opens its paragraph or a sentence: 'Rain. 'We'd ...'."""
    before = text[:i].rstrip(" \t")
    return not before or before[-1] in "\n.!?:"


def _is_elision(text: str, i: int) -> bool:
    """Whether the apostrophe at `i` starts an elided word rather than a quotation."""
    if _ELIDED_YEAR.match(text, i):
        return True
    word = re.match(r"'([A-Za-z]+)\b", text[i : i + 8])
    return bool(word) and word.group(1).lower() in speech.ELISIONS


def _ends_elision(text: str, i: int) -> bool:
    """Whether the mark at `i` closes a word that an elision apostrophe opened ("'n'")."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j < i and j > 0 and text[j - 1] == _SINGLE and _is_elision(text, j - 1)


def _speech_tag(text: str, start: int, end: int) -> int | None:
    """Where '..., said Rutte' starts inside text[start:end]: a closing mark went missing."""
    found = [
        m.start()
        for m in (_SPEECH_TAG.search(text, start, end), _SUBJECT_TAG.search(text, start, end))
        if m
    ]
    # The earlier tag: "..., the county surveyor, Marius Petrescu, told" names the subject
    # before the verb's own ", told".
    return min(found, default=None)


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds something besides spaces."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line.rstrip())))
        start += len(line) + 1
    return spans


def _pair_marks(marks: Sequence[_Mark]) -> tuple[list[tuple[int, int]], int | None]:
    """Pair the marks of one paragraph; return the pairs and a mark still open at its end."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    heading = False  # the open mark began a sentence
    elided: int | None = None  # the last mark inside it taken for an elision ("'ave")
    for k, mark in enumerate(marks):
        if open_at is None:
            # A closing mark with nothing open is a stray: drop it.
            open_at = mark.pos if mark.can_open else None
        elif mark.can_close:
            if mark.weak and _strong_close_follows(marks, k):
                continue  # a possessive ("allies' plans"); a real closing mark follows
            if elided is not None and not mark.after_stop:
                # "'Stray mark. She called it 'a farce' later": a sentence quoted whole ends
                # in its punctuation; words quoted in passing opened at the later mark.
                open_at = elided
            if mark.pos - open_at <= MAX_QUOTE_CHARS:
                pairs.append((open_at, mark.pos))
                open_at = None
            else:
                # Too long to be one quotation: the opening mark was a stray.
                open_at = mark.pos if mark.can_open else None
        elif mark.elidable and heading:
            # "'We'd 'ave won that,' he said": single marks never nest, and one that opened
            # a sentence is no stray, so a mark inside before a lower-case letter elides one.
            elided = mark.pos
            continue
        else:
            # An opening mark while one is open: the earlier one never closed.
            open_at = mark.pos
        heading = open_at is not None and mark.pos == open_at and mark.heads_sentence
        elided = None
    return pairs, open_at


def _strong_close_follows(marks: Sequence[_Mark], k: int) -> bool:
    for later in marks[k + 1 :]:
        if later.can_close and not later.weak:
            return True
        if later.can_open and not later.can_close:
            return False
    return False


def _pair(text: str, char: str, classify: Callable[[str, int], _Mark]) -> list[QuoteSpan]:
    """All quotations delimited by `char`, paragraph by paragraph."""
    positions = [m.start() for m in re.finditer(re.escape(char), text)]
    paragraphs = find_paragraphs(text)
    chains = count()
    carried: int | None = None  # chain id the previous paragraph left open
    spans: list[QuoteSpan] = []
    for index, (lo, hi) in enumerate(paragraphs):
        first, last = bisect.bisect_left(positions, lo), bisect.bisect_left(positions, hi)
        marks = [classify(text, i) for i in positions[first:last]]
        pairs, left_open = _pair_marks([m for m in marks if m.can_open or m.can_close])
        para_start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        chain, carried = carried, None
        for start, end in pairs:
            # Only the mark that opens the paragraph continues the previous one's quotation.
            own = chain if start == para_start else None
            spans.append(QuoteSpan(start, end + 1, start + 1, end, char == _DOUBLE, own))
        if left_open is None or hi - left_open > MAX_QUOTE_CHARS:
            continue
        tag = _speech_tag(text, left_open, hi)
        if tag is not None:
            # '"We will appeal, said his spokesman.': the closing mark before the tag is
            # missing; the quotation ends there and does not run into the next paragraph.
            spans.append(QuoteSpan(left_open, tag, left_open + 1, tag, char == _DOUBLE))
            continue
        # Left open: a quote only if the next paragraph reopens with the same mark.
        if index + 1 < len(paragraphs):
            next_start = paragraphs[index + 1][0]
            next_start += len(text[next_start:]) - len(text[next_start:].lstrip())
            if text[next_start] == char and classify(text, next_start).can_open:
                own = chain if left_open == para_start and chain is not None else next(chains)
                spans.append(QuoteSpan(left_open, hi, left_open + 1, hi, char == _DOUBLE, own))
                carried = own
    return spans


def _resolve_overlaps(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep outer quotations: a quote inside another is part of it, not a quote of its own.

    Double-quoted spans never overlap each other, nor single-quoted ones each other. A single-
    quoted span inside or across a double-quoted one goes; one that holds double-quoted spans
    is British style ('He called it "a disaster"') and replaces them.
    """
    doubles = sorted((s for s in spans if s.double), key=lambda s: s.outer_start)
    starts = [d.outer_start for d in doubles]
    ends = [d.outer_end for d in doubles]
    dropped: set[int] = set()
    kept = []
    for single in (s for s in spans if not s.double):
        # The double-quoted spans that overlap this one are consecutive.
        first = bisect.bisect_right(ends, single.outer_start)
        last = bisect.bisect_left(starts, single.outer_end)
        touching = range(first, last)
        if all(single.outer_start <= starts[k] and ends[k] <= single.outer_end for k in touching):
            kept.append(single)
            dropped.update(touching)
    kept += [d for k, d in enumerate(doubles) if k not in dropped]
    return sorted(kept, key=lambda s: s.outer_start)


def find_spans(text: str) -> list[QuoteSpan]:
    """The quotations in normalised `text`, sorted by start, outer ones only."""
    spans = _pair(text, _DOUBLE, _classify_double) + _pair(text, _SINGLE, _classify_single)
    trimmed = []
    for span in spans:
        start, end = _trim(text, span.start, span.end)
        # Only words are quotations: '"..."' and '"5"' are not.
        if _LETTER.search(text, start, end):
            trimmed.append(
                QuoteSpan(span.outer_start, span.outer_end, start, end, span.double, span.chain)
            )
    return _resolve_overlaps(trimmed)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the comma that replaces a full stop before "he said"."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end
