"""What the matcher works on and gives back (SPEC §3): a statement to check, a verdict on
it with a reason, and the evidence behind it as file offsets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .corpus import Document
from .evidence import EvidenceIndex
from .passages import Passage
from .periods import Period
from .records import Figure, Quote, Word
from .similarity import names_covered
from .subjects import Subject

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
MISSING = "missing"


@dataclass(frozen=True)
class Evidence:
    passage: Passage | None
    document: Document
    start: int  # file offsets of the evidence sentence (or matched words)
    end: int
    relation: str  # supports | contradicts
    match_start: int | None = None
    match_end: int | None = None


@dataclass
class Verdict:
    verdict: str
    reason: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statement:
    """Something to check, with the context needed to check it."""

    text: str
    words: list[Word]
    figures: list[Figure]  # the figures to check
    context: list[Figure]  # other figures of the sentence: times that qualify the figures
    quotes: list[Quote]
    focus: tuple[int, int] | None = None  # a finding's figure: nearer words weigh more
    others: list[int] = field(default_factory=list)  # end offsets of the sentence's other values
    nearby_quotes: list[Quote] = field(default_factory=list)  # quotations in the sentence
    siblings: list[Figure] = field(default_factory=list)  # the sentence's other values
    written: date | None = None  # the document's date, for "on Monday"
    against: list[str] | None = None
    text_start: int = 0  # the offset of `text` in its file (figure offsets are file offsets)
    # The periods the sentence before it in its paragraph names, when it names no time itself.
    earlier_periods: list[Period] = field(default_factory=list)
    # The whole text of the article a finding comes from ("" for a claim): whom it names.
    article_text: str = ""


def combine(parts: list[Verdict]) -> Verdict:
    for wanted in (CONTRADICTED, MISSING):
        chosen = [p for p in parts if p.verdict == wanted]
        if chosen:
            return Verdict(wanted, "; ".join(p.reason for p in chosen), _evidence(chosen))
    return Verdict(SUPPORTED, "; ".join(p.reason for p in parts), _evidence(parts))


def _evidence(parts: list[Verdict]) -> list[Evidence]:
    return [item for part in parts for item in part.evidence]


def names_ok(subject: Subject, passage: Passage, index: EvidenceIndex) -> bool:
    return names_covered(subject, index.document_keys(passage.document))


def cite_passage(passage: Passage, relation: str, figure: Figure | None = None) -> Evidence:
    sentence = passage.sentence
    return Evidence(
        passage,
        passage.document,
        sentence.start,
        sentence.end,
        relation,
        figure.start if figure else None,
        figure.end if figure else None,
    )


def with_relation(evidence: Evidence, relation: str) -> Evidence:
    return replace(evidence, relation=relation)


def shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
