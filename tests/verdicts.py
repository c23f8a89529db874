"""Helpers for the verdict-table tests: a primary text as evidence, a claim checked against it."""

from __future__ import annotations

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.matching import Verdict
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article, check_claim


def evidence_index(analyzer: Analyzer, text: str, name: str) -> EvidenceIndex:
    """The evidence of one primary file holding `text`."""
    return EvidenceIndex(list(analyzer.parse_documents(parse_text(text, name))))


def verdict_of(analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str) -> Verdict:
    return check_claim(Claim(id=claim_id, text=text), analyzer, index)


def assert_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> Verdict:
    """Check a claim and assert its verdict, showing the tool's reason when it differs."""
    verdict = verdict_of(analyzer, index, claim_id, text)
    assert verdict.verdict == expected, verdict.reason
    return verdict


def finding_verdicts(
    analyzer: Analyzer, index: EvidenceIndex, article: str, name: str = "article.txt"
) -> dict[str, str]:
    """The verdict of each finding of an article holding `article`, by the finding's text."""
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, name))
    return {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}
