"""Margins: a majority or a winning margin is a gap between two counts, not a count of votes."""

from __future__ import annotations

import pytest

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.margins import is_margin
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article, check_claim

from .verdicts import assert_verdict, evidence_index

MARGIN_ROWS = [
    ("She won with a majority of 2,505 votes.", "2,505 votes", True),
    ("a margin of just 1,200 votes", "1,200 votes", True),
    ("Holt beat Tom Reed by 2,224 votes.", "2,224 votes", True),
    ("He held the seat by 6,212 votes.", "6,212 votes", True),
    # a count of votes, and a rise "by", are not margins
    ("She won 2,505 votes.", "2,505 votes", False),
    ("Turnout rose by 2,100 voters.", "rose by 2,100 voters", False),
    ("Orme took 15,970, by a majority of 2,505.", "15,970", False),
    # a tally gives both counts, even "by a majority of" them
    ("The MPC voted by a majority of 7-2 to cut.", "7-2", False),
]


@pytest.mark.parametrize(
    ("text", "written", "expected"), MARGIN_ROWS, ids=[r[0] for r in MARGIN_ROWS]
)
def test_is_margin(text: str, written: str, expected: bool) -> None:
    figure = next(f for f in find_figures(text) if f.text == written)
    assert is_margin(figure, text) is expected


PRIMARY = """\
Riverton ward by-election: declaration of result

Source: Riverton Council

date 2025-07-11

The number of votes recorded for each candidate is as follows:

Ann Holt (Progressive Alliance): 2,204
Tom Reed (National Party): 1,980

And I do hereby declare that Ann Holt is duly elected with a majority of 224 votes over Tom Reed.
"""

ROWS = [
    # a vote count is not compared with the majority, whichever passage is nearest
    ("between-them", "Ann Holt and Tom Reed won 4,184 votes between them.", "missing"),
    ("postal", "Ann Holt won 2,204 postal votes.", "missing"),
    ("own-row", "Ann Holt won 2,204 votes.", "supported"),
    # a majority is compared with the majority, not with a candidate's row
    ("majority", "Ann Holt won with a majority of 224 votes.", "supported"),
    ("margin", "Ann Holt won by a margin of 224 votes.", "supported"),
    ("beat-by", "Ann Holt beat Tom Reed by 224 votes.", "supported"),
    ("majority-wrong", "Ann Holt won with a majority of 250 votes.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "declaration.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_wrong_majority_is_contradicted_by_the_majority(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    verdict = check_claim(
        Claim(id="m", text="Ann Holt won with a majority of 250 votes."), analyzer, index
    )
    assert '"224 votes"' in verdict.reason and '"2,204"' not in verdict.reason


def test_a_bystander_row_does_not_count_for_the_figure(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    # Tom Reed is named in another clause; his row's 1,980 is not what "2,204 votes" counts.
    text = (
        "Title\n\nAnn Holt polled 2,204 votes, beating Tom Reed, who took 1,980, "
        "by a majority of 224.\n"
    )
    document = parse_text(text, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    findings = {f.text: f.verdict for f in check_article(document, parsed, index)}
    assert findings["2,204 votes"].verdict != "contradicted", findings["2,204 votes"].reason
    assert "1,980" in findings  # read although a comma follows it
