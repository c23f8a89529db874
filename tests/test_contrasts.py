"""A qualifier that tells two quantities of one name apart ("final" and "total" dividend,
"basic" and "adjusted" earnings per share) blocks support by the other quantity's value."""

from __future__ import annotations

import pytest

from newsverify.contrasts import conflicting, given_contrasts
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

RESULTS = """\
Ormsby Mills plc: results for the year

Source: Ormsby Mills plc

- Final dividend of 4.2p per share, making a total dividend for the year of 6.3p.
- Adjusted earnings per share of 18.5p, up 6.0% (2024: 17.4p); basic earnings per share of 11.2p
- Record spending on new mills of £40m.
"""

ROWS = [
    # the final dividend is not the total one, however close the words
    ("total-is-final", "Ormsby Mills' total dividend for the year is 4.2p.", "contradicted"),
    ("total", "Ormsby Mills' total dividend for the year is 6.3p.", "supported"),
    ("final", "Ormsby Mills' final dividend is 4.2p per share.", "supported"),
    ("basic-is-adjusted", "Ormsby Mills' basic earnings per share were 18.5p.", "contradicted"),
    ("basic", "Ormsby Mills' basic earnings per share were 11.2p.", "supported"),
    ("adjusted", "Ormsby Mills' adjusted earnings per share were 18.5p.", "supported"),
    # a qualifier the passage does not contradict is no obstacle
    ("total-spending", "Ormsby Mills' total spending on new mills was £40m.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, RESULTS, "results.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_each_value_gets_the_qualifier_of_its_own_clause(analyzer: Analyzer) -> None:
    parsed = analyzer.parse_text(
        "Adjusted earnings per share of 18.5p, up 6.0% (2024: 17.4p); basic earnings per "
        "share of 11.2p"
    )
    spans = [(f.start, f.end) for f in parsed.figures if f.text.endswith("p")]
    given = given_contrasts(parsed.words, spans, [(f.start, f.end) for f in parsed.figures])
    words = [set(g.values()) for g in given]
    # 18.5p is adjusted, 11.2p basic; the 2024 figure has no qualifier of its own clause and
    # another value stands between it and "Adjusted", so it gets none
    assert words == [{"adjusted"}, set(), {"basic"}]


def test_only_another_word_of_the_same_set_conflicts() -> None:
    total, basic = {0: "total"}, {1: "basic"}
    assert conflicting(total, {0: "final"}) == "final"
    assert conflicting(total, {0: "total"}) is None
    assert conflicting(total, {1: "adjusted"}) is None
    assert conflicting(basic, {}) is None
