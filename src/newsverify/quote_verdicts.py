"""Quoted words against the primary texts, and the speaker against the primary's."""

from __future__ import annotations

import re

from .evidence import EvidenceIndex
from .quote_check import find_quote, holder_of, same_speaker
from .records import Quote
from .verdicts import CONTRADICTED, MISSING, SUPPORTED, Evidence, Verdict, shorten, with_relation

# Quotes this short without a speaker are labels or scare quotes, not quotations.
MIN_UNATTRIBUTED_QUOTE_WORDS = 5


def check_quote(
    quote: Quote, index: EvidenceIndex, against: list[str] | None, article: str = ""
) -> Verdict:
    """Quoted words against the primary texts, and the speaker against the primary's.
    `article`: the text of the article the quote is from, when it is a finding."""
    label = f'quote "{shorten(quote.text)}"'
    match = find_quote(quote.text, index.texts_for(against))
    if match is None:
        return Verdict(MISSING, f"{label} appears in no primary text")
    cite = Evidence(
        None, match.text.document, match.start, match.end, "supports", match.start, match.end
    )
    where = match.text.document.doc_id
    primary_text = match.text.document.original
    if (
        quote.speaker
        and match.speaker
        and _comparable(quote.speaker, match.speaker)
        and not same_speaker(quote.speaker, match.speaker, primary_text)
    ):
        reason = (
            f"{label}: the primary ({where}) attributes it to {match.speaker}, not {quote.speaker}"
        )
        return Verdict(CONTRADICTED, reason, [with_relation(cite, "contradicts")])
    if (
        quote.speaker
        and match.speaker
        and _is_title(match.speaker)
        and not _is_title(quote.speaker)
        and not same_speaker(quote.speaker, match.speaker, primary_text)
    ):
        # "said by The Minister for Migration" for words claimed as Lowri Abernethy-Quist's:
        # the primary names someone else as the minister, or nothing says she holds it.
        holder = holder_of(match.speaker, primary_text)
        # An article's speaker may be our guess at whom "the minister" is: only a claim's
        # named speaker is sure enough to be contradicted.
        if holder is not None and not article:
            reason = (
                f"{label}: the primary ({where}) attributes it to {match.speaker} "
                f"({holder}), not {quote.speaker}"
            )
            return Verdict(CONTRADICTED, reason, [with_relation(cite, "contradicts")])
        note = (
            f"the primary credits them to {match.speaker}, whom it does not name as {quote.speaker}"
        )
        return Verdict(MISSING, f"{label} appears verbatim in {where}, but {note}")
    if not match.exact:
        reason = f"{label} is altered: {match.differences} ({where})"
        return Verdict(CONTRADICTED, reason, [with_relation(cite, "contradicts")])
    if quote.attributed and not quote.speaker and match.speaker and article:
        # '"...," she quipped' where the article never names the primary's speaker: it
        # credits the words to someone else it describes ("Highfell's boss"), or to nobody
        # we can tell; the attribution cannot be checked.
        if not _named(match.speaker, article):
            note = (
                "the article credits them to someone it does not name, "
                f"the primary to {match.speaker}"
            )
            return Verdict(MISSING, f"{label} appears verbatim in {where}, but {note}")
    if quote.speaker and not match.speaker and not _named(quote.speaker, primary_text):
        # Words of a speech or a ruling that the primary credits to nobody: the claimed
        # speaker must at least be someone it names, or the attribution is unchecked.
        note = f"the primary credits them to nobody and does not name {quote.speaker}"
        return Verdict(MISSING, f"{label} appears verbatim in {where}, but {note}")
    said = f", said by {match.speaker}" if match.speaker else ""
    if quote.speaker and not match.speaker:
        said = f", in a text that names {quote.speaker} without crediting the words"
    inflection = " (inflection adapted)" if match.differences == "inflection" else ""
    return Verdict(SUPPORTED, f"{label} appears verbatim in {where}{said}{inflection}", [cite])


def _comparable(first: str, second: str) -> bool:
    """Two names, or two titles, can disagree; a title ("the mayor") against a name cannot
    be told apart from the same person unless the primary links them, which
    `same_speaker` checks, so it never makes a quote misattributed by itself."""
    return _is_title(first) == _is_title(second)


def _is_title(speaker: str) -> bool:
    return speaker[:1].islower() or speaker.split()[0].lower() in {"the", "a", "an"}


def is_checkable_quote(quote: Quote) -> bool:
    """Attributed quotations, and long unattributed ones; not labels or scare quotes."""
    return quote.attributed or len(quote.text.split()) >= MIN_UNATTRIBUTED_QUOTE_WORDS


def _named(speaker: str, text: str) -> bool:
    """Does `text` name the speaker (by surname), or is the speaker only a title ("the
    minister"), which a text need not spell out?"""
    if _is_title(speaker):
        return True
    surname = speaker.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None
