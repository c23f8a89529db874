"""Whose words a headline quotes when it does not say.

A headline often quotes the story's main voice and leaves the name to the story: "GRAN'S FURY:
'THEY TOOK MY BUS AWAY'" above "Pensioner Dorothy Pell blasted bus bosses: '...'". Such a
quotation is the words of the person the story goes on to quote first. Only a first line
that reads as a headline (no closing full stop, more text below) and names nobody qualifies.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsverify.quote_marks import QuoteSpan, find_paragraphs


def headline_speakers(
    text: str,
    spans: Sequence[QuoteSpan],
    speakers: Sequence[str | None],
    open_quotes: Sequence[bool],
    mention_starts: Sequence[int],
) -> dict[int, str]:
    """{quote index: speaker} for the quotations of `text`'s headline that `open_quotes` marks
    as credited to nobody yet; `speakers` are the speakers found so far, by quotation, and
    `mention_starts` where the text mentions a named person."""
    paragraphs = find_paragraphs(text)
    if len(paragraphs) < 2:
        return {}
    lo, hi = paragraphs[0]
    if text[lo:hi].rstrip("\"' ")[-1:] in (".", "!", "?"):
        return {}  # a sentence, not a headline
    if any(lo <= start < hi for start in mention_starts):
        return {}  # "Rutte: 'Europe must pay'": the headline says whose words they are
    body = (s for s, span in zip(speakers, spans, strict=True) if span.outer_start >= hi and s)
    first = next(body, None)
    if first is None:
        return {}
    return {
        quote: first
        for quote, (span, unresolved) in enumerate(zip(spans, open_quotes, strict=True))
        if span.outer_end <= hi and unresolved
    }
