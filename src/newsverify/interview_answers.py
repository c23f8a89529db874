"""Whose words an interview's answers are, when the heading names them and the answers don't.

"Interview: chef Marco Bellini on his new restaurant\n\nWhy Leeds?\n\n'Because the rents are
half what London charges.'": a quotation that opens its line right after a question is the
answer of the one person the interview's heading names. Only a first line that announces an
interview ("Interview:", "In conversation with", "Five questions for", "Q&A") and names one
person qualifies; a question in an ordinary story ("Who will pay for it?") is no interview.
Plain text only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsverify import speech
from newsverify.quote_marks import QuoteSpan, find_paragraphs

# What announces an interview in its heading.
_INTERVIEW = re.compile(
    r"\b(?:interview|interviewed|in conversation with|questions? for|q\s?&\s?a|talks? to|"
    r"meets?)\b",
    re.IGNORECASE,
)
# A name: two to four capitalised words ("Samuel Adeyemi", "Ada Crane").
_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}")


def interviewee(text: str) -> str | None:
    """The one person the heading of an interview names, without titles, or None."""
    paragraphs = find_paragraphs(text)
    if len(paragraphs) < 2:
        return None
    lo, hi = paragraphs[0]
    heading = text[lo:hi]
    if not _INTERVIEW.search(heading):
        return None
    names = set()
    for match in _NAME.finditer(heading):
        words = match.group().split()
        while words and _is_title(words[0]):
            words = words[1:]  # "Dr Samuel Adeyemi", "Interview" before nothing
        organisation = any(w.lower() in speech.ORGANISATION_WORDS for w in words)
        if len(words) >= 2 and not organisation:
            names.add(" ".join(words))
    return names.pop() if len(names) == 1 else None


def _is_title(word: str) -> bool:
    lower = word.lower().rstrip(".")
    return lower in speech.TITLES or bool(_INTERVIEW.fullmatch(word)) or lower in speech.NOT_NAMES


def answers(text: str, spans: Sequence[QuoteSpan], open_quotes: Sequence[bool]) -> list[int]:
    """The quotations of `text` (indices into `spans`) that `open_quotes` marks as credited
    to nobody yet and that open the line right after a question."""
    paragraphs = find_paragraphs(text)
    found = []
    for quote, (span, unresolved) in enumerate(zip(spans, open_quotes, strict=True)):
        if not unresolved:
            continue
        number = next(
            (n for n, (lo, hi) in enumerate(paragraphs) if lo <= span.outer_start < hi), 0
        )
        lo, _ = paragraphs[number]
        if number == 0 or text[lo : span.outer_start].strip():
            continue  # the quotation does not open its line
        previous_lo, previous_hi = paragraphs[number - 1]
        if text[previous_lo:previous_hi].rstrip().endswith("?"):
            found.append(quote)
    return found
