"""A claimed count narrowed by its own words ("2,204 postal votes", "2,204 votes by post")
counts a part of what an unqualified primary count counts; and "a majority of 2,000 members"
may be a margin or more than half of a group, so it is checked as neither."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.margins import is_group_majority
from newsverify.narrowing import count_phrase
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

DECLARATION = """\
Brockley ward by-election: declaration of result

Source: Brockley Borough Council

The number of votes recorded for each candidate is as follows:

Ann Holt (Green Party): 2,204
Ben Cole (Liberal Party): 980

Total valid votes: 3,184
"""

PROSE = """\
Brockley ward by-election: result

Source: Brockley Borough Council

date 2025-03-07

Ann Holt of the Green Party won the Brockley ward by-election on 6 March 2025 with 2,204 \
votes. Ben Cole received 980 votes.

The union's 2,000 members at the depot were balloted, and the motion was carried with a \
majority of 2,000.
"""

DECLARATION_ROWS = [
    # the row counts all of Ann Holt's votes, not those cast by post
    ("by-post", "Ann Holt won 2,204 votes by post.", "missing"),
    ("by-post-wrong", "Ann Holt won 2,500 votes by post.", "missing"),
    ("via-post", "Ben Cole received 980 votes via the post.", "missing"),
    # a phrase the document's title or the row says does not narrow anything
    ("in-by-election", "Ann Holt won 2,204 votes in the Brockley by-election.", "supported"),
    ("for-party", "Ann Holt won 2,204 votes for the Green Party.", "supported"),
]

PROSE_ROWS = [
    ("postal", "Ann Holt won 2,204 postal votes.", "missing"),
    ("by-post", "Ann Holt won 2,204 votes by post.", "missing"),
    ("postal-wrong", "Ann Holt won 2,500 postal votes.", "missing"),
    ("plain", "Ann Holt won 2,204 votes.", "supported"),
    ("plain-wrong", "Ann Holt won 2,500 votes.", "contradicted"),
    # a time after the count is compared as a time, not as a narrowing phrase
    ("in-march", "Ann Holt won 2,204 votes in March 2025.", "supported"),
    # a participle restates what the sentence says they did; it narrows nothing
    ("participle", "Ben Cole received 980 recorded votes.", "supported"),
    # more than half of the union's 2,000 members, or a gap of 2,000: neither is checkable
    ("group-majority", "A majority of 2,000 members backed the motion.", "missing"),
    (
        "group-majority-of-the",
        "The motion was backed by a majority of the 2,000 members.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def declaration(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, DECLARATION, "declaration.txt")


@pytest.fixture(scope="module")
def prose(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PROSE, "result.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), DECLARATION_ROWS, ids=[r[0] for r in DECLARATION_ROWS]
)
def test_rows(
    analyzer: Analyzer, declaration: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, declaration, claim_id, text, expected)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), PROSE_ROWS, ids=[r[0] for r in PROSE_ROWS]
)
def test_prose(
    analyzer: Analyzer, prose: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, prose, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Holt won 2,204 votes by post.", {"post"}),
        ("Ann Holt won 2,204 postal votes.", {"postal"}),
        ("Ann Holt won 2,204 votes, a record.", set()),
        ("Ann Holt won 2,204 votes in 2025.", set()),
        # only counts of things are narrowed: a share is about its own base
        ("Ann Holt won 54% of the vote by post.", set()),
        # the value's own words narrow nothing, however the model tags them
        ("Nearly two and a half thousand postal votes were cast.", {"postal"}),
        ("Payments now go to nearly two and a half million people.", set()),
    ],
)
def test_count_phrase(analyzer: Analyzer, text: str, expected: set[str]) -> None:
    parsed = analyzer.parse_text(text)
    claim = parsed.figures[0]
    times = [(f.start, f.end) for f in parsed.figures if f is not claim]
    assert count_phrase(claim, parsed.words, times) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A majority of 2,000 members backed it.", True),
        ("It passed with a majority of 2,000 votes.", False),
        ("It passed with a majority of 2,000.", False),
        ("The union has 2,000 members.", False),
    ],
)
def test_group_majority(analyzer: Analyzer, text: str, expected: bool) -> None:
    figure = analyzer.parse_text(text).figures[0]
    assert is_group_majority(figure, text) is expected
