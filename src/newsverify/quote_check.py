"""Verifying a quote word by word against the primary texts (SPEC §3).

Verbatim (ignoring case, punctuation, typographic variants and marked elisions) supports;
the same passage with words swapped, added or dropped contradicts, and the reason shows the
difference; words that appear nowhere are missing. The speaker the primary names must not
differ from the one the statement names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from .passages import PrimaryText
from .speaker_text import turn_speaker
from .speech import ROLE_NOUNS
from .speech_byline import speech_speaker
from .transcripts import is_transcript, turn_at

# Below this many words a quote must appear verbatim: short phrases recur everywhere.
MIN_WORDS_FOR_ALTERED = 4
# How alike (difflib ratio over words) a passage must be to count as the quote altered.
ALTERED_SIMILARITY = 0.75
# An elision may stand for at most this many words of the primary.
MAX_ELIDED_WORDS = 80

_WORD = re.compile(r"[A-Za-z0-9%£$€]+(?:['.,][A-Za-z0-9]+)*|\.\.\.")
_PERCENT_WORDS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:per\s*cent|percent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteMatch:
    text: PrimaryText
    start: int  # file offsets of the matched words in the primary
    end: int
    exact: bool
    similarity: float
    differences: str  # '"reform" where the primary has "transform"'; "inflection" or empty
    speaker: str | None  # who the primary says spoke these words


def quote_words(text: str) -> list[tuple[str, int, int]]:
    """Comparable words of a text with their offsets: lower-case, "per cent" as "%"."""
    words: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group(0).lower().replace(",", "").rstrip(".") or "..."
        words.append((word, match.start(), match.end()))
    return _join_percent(words, text)


def _join_percent(words: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """Make "400 per cent", "400 percent" and "400%" the same word."""
    joined: list[tuple[str, int, int]] = []
    index = 0
    while index < len(words):
        word, start, end = words[index]
        following = [w for w, _, _ in words[index + 1 : index + 3]]
        if word.replace(".", "").isdigit():
            if following[:2] == ["per", "cent"]:
                joined.append((word + "%", start, words[index + 2][2]))
                index += 3
                continue
            if following[:1] == ["percent"]:
                joined.append((word + "%", start, words[index + 1][2]))
                index += 2
                continue
        joined.append((word, start, end))
        index += 1
    return joined


def find_quote(quote: str, texts: list[PrimaryText]) -> QuoteMatch | None:
    """The best place in the primary texts where `quote` appears, verbatim or altered."""
    said = [w for w, _, _ in quote_words(quote)]
    segments = _split_elisions([_inflection_free(w) for w in said])
    if not any(segments):
        return None
    for text in texts:
        words = _document_words(text)
        found = _find_segments(segments, _document_stems(text))
        if found is not None:
            first, last = found
            stated = [w for w, _, _ in words[first:last]]
            adapted = "..." not in said and stated != said
            return _match(text, words, first, last, True, 1.0, "inflection" if adapted else "")
    content = [w for w in said if w != "..."]
    if len(content) < MIN_WORDS_FOR_ALTERED:
        return None
    best: QuoteMatch | None = None
    for text in texts:
        candidate = _altered(content, text)
        if candidate and (best is None or candidate.similarity > best.similarity):
            best = candidate
    return best


def _split_elisions(words: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for word in words:
        if word == "...":
            segments.append([])
        else:
            segments[-1].append(word)
    return [segment for segment in segments if segment]


def _find_segments(segments: list[list[str]], words: list[str]) -> tuple[int, int] | None:
    """Word positions [first, last) where the segments occur in order, close together."""
    for start in _occurrences(segments[0], words, 0):
        position, ok = start + len(segments[0]), True
        for segment in segments[1:]:
            following = next(iter(_occurrences(segment, words, position)), None)
            if following is None or following - position > MAX_ELIDED_WORDS:
                ok = False
                break
            position = following + len(segment)
        if ok:
            return start, position
    return None


def _occurrences(segment: list[str], words: list[str], start: int):  # type: ignore[no-untyped-def]
    size = len(segment)
    for index in range(start, len(words) - size + 1):
        if words[index] == segment[0] and words[index : index + size] == segment:
            yield index


def _altered(content: list[str], text: PrimaryText) -> QuoteMatch | None:
    words = _document_words(text)
    plain = [w for w, _, _ in words]
    joined = " ".join(plain)
    alignment = fuzz.partial_ratio_alignment(" ".join(content), joined)
    if alignment is None or alignment.score < ALTERED_SIMILARITY * 100 * 0.8:
        return None
    # Widen the aligned characters to whole words, with room for added or dropped words.
    first = joined[: alignment.dest_start].count(" ")
    last = joined[: alignment.dest_end].count(" ") + 1
    first, last = max(0, first - 3), min(len(plain), last + 3)
    window = plain[first:last]
    keys = [_inflection_free(w) for w in content]
    matcher = SequenceMatcher(None, keys, [_inflection_free(w) for w in window], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    # Trim the window to the matched stretch before judging how alike the two are.
    window_first, window_last = blocks[0].b, blocks[-1].b + blocks[-1].size
    trimmed = window[window_first:window_last]
    trimmed_keys = [_inflection_free(w) for w in trimmed]
    matcher = SequenceMatcher(None, keys, trimmed_keys, autojunk=False)
    similarity = matcher.ratio()
    if similarity < ALTERED_SIMILARITY:
        return None
    differences = _differences(matcher, content, trimmed)
    return _match(
        text, words, first + window_first, first + window_last, False, similarity, differences
    )


def _differences(matcher: SequenceMatcher, claimed: list[str], stated: list[str]) -> str:
    changes = []
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            continue
        said = " ".join(claimed[i1:i2])
        primary = " ".join(stated[j1:j2])
        if operation == "replace":
            changes.append(f'"{said}" where the primary has "{primary}"')
        elif operation == "delete":
            changes.append(f'adds "{said}"')
        else:
            changes.append(f'drops "{primary}"')
    return "; ".join(changes)


def _match(
    text: PrimaryText,
    words: list[tuple[str, int, int]],
    first: int,
    last: int,
    exact: bool,
    similarity: float,
    differences: str,
) -> QuoteMatch:
    start = words[first][1]
    end = words[last - 1][2]
    file_start, _ = text.document.to_file_offsets(start, start + 1)
    _, file_end = text.document.to_file_offsets(end - 1, end)
    speaker = _speaker_at(text, file_start, file_end)
    return QuoteMatch(text, file_start, file_end, exact, similarity, differences, speaker)


def _speaker_at(text: PrimaryText, start: int, end: int) -> str | None:
    """The speaker of the primary's own quotation that holds these words, if any; in a
    transcript, the speaker whose label opens the paragraph ("**Marcus Webb, CFO:** ...");
    in a published speech, the speaker its byline names."""
    for quote in text.parsed.quotes:
        if quote.start <= start and end <= quote.end + 1:
            return quote.speaker
    document = text.document
    if is_transcript(document.original, document.start):
        # A transcript's words are the speaker's whose turn holds them (a question's asker).
        turn = turn_at(document.original, document.start, start)
        return turn.speaker if turn is not None else None
    return _labelled_speaker(text, start) or speech_speaker(document.title, document.analysis_text)


def _labelled_speaker(text: PrimaryText, start: int) -> str | None:
    offset = start - text.document.start
    if not 0 <= offset <= len(text.document.original):
        return None
    return turn_speaker(text.document.original, offset)


def _document_words(text: PrimaryText) -> list[tuple[str, int, int]]:
    if text.quote_words is None:
        text.quote_words = quote_words(text.document.analysis_text)
    return text.quote_words


def _document_stems(text: PrimaryText) -> list[str]:
    """The document's quote words without inflection, worked out once: every quotation of
    every article is looked for in every primary text."""
    if text.quote_stems is None:
        text.quote_stems = [_inflection_free(w) for w, _, _ in _document_words(text)]
    return text.quote_stems


def _inflection_free(word: str) -> str:
    """A quote adapted to its sentence ("pull their weight" for "pulls") keeps its words."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def same_speaker(first: str, second: str, text: str = "") -> bool:
    """Names agree when their last words do: "Mr Rutte" and "Mark Rutte"; or when `text`
    (the primary) gives one as the other's title: "Margaret Oduya, Acting Returning Officer"."""
    if first.split()[-1].casefold() == second.split()[-1].casefold():
        return True
    return any(_titled(a, b, text) for a, b in ((first, second), (second, first)))


# Words that may stand between a name's comma and its title: "Oduya, Acting Returning Officer".
TITLE_REACH = 3


def _titled(name: str, title: str, text: str) -> bool:
    """The primary gives `title` as an apposition to `name` ("Margaret Oduya, Acting ..."),
    or `name` after `title`, in brackets or set off by a comma ("The Minister for Migration
    and Borders (Aurelio Banerjee-Holt)", "the minister, Aurelio Banerjee-Holt")."""
    surname = re.escape(name.split()[-1])
    between = rf"(?:[\w'’-]+\s+){{0,{TITLE_REACH}}}"
    if re.search(rf"\b{surname},\s+{between}{re.escape(title)}\b", text) is not None:
        return True
    holder = holder_of(title, text)
    return holder is not None and holder.split()[-1].casefold() == name.split()[-1].casefold()


# A name as a primary writes it after a title: "(Aurelio Banerjee-Holt)", ", Hana Patel,".
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"


def holder_of(title: str, text: str) -> str | None:
    """The person `text` names right after `title`, in brackets or set off by a comma: "The
    Minister for Migration and Borders (Aurelio Banerjee-Holt)"; None when it names none."""
    pattern = rf"\b(?i:{re.escape(title)})\s*(?:\(\s*|,\s+)(?P<name>{_NAME})"
    for found in re.finditer(pattern, text):
        before = text[: found.start()].split()[-1:]
        if before and before[0].lower() in _LESSER_RANKS:
            continue  # "DEPUTY MAYOR (Casimir Ravensworth)" is not the mayor
        if found["name"].split()[-1].lower() in ROLE_NOUNS:
            # "Teodora Lindqvist-Amadi, Mayor of Brackenford": `title` was a name, and
            # what follows it a role, nobody's name.
            return None
        return found["name"]
    return None


# Words before a title that make it another office: the deputy mayor is not the mayor.
_LESSER_RANKS = frozenset({"deputy", "vice", "vice-", "assistant", "shadow", "former", "junior"})
