"""Traps for what a claim's figure counts: an owner's head noun stands for its "of" phrase or
noun modifier, a noun a value is "of" is that value's even after another value,
and a passage that lacks what the figure counts does not hide a misread percent form."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Eastmoor council election: results bulletin

Source: Eastmoor Electoral Office

Turnout in Eastmoor Vale was 50.0%, down 4.0 percentage points from 54.0% at the 2022 general \
election. The electorate was 40,000, an increase of 1.5% on the register used in July 2022.

The Harbour League's share rose to 12.0% from 8.0%.

Members who attend fewer than 10% of the meetings of the full council forfeit their \
allowance of £200.
"""

ROWS = [
    # "of the vote" and "vote" only say what the Harbour League's share is of
    ("of-phrase", "The Harbour League's share of the vote rose to 12.0%.", "supported"),
    ("compound", "The Harbour League's vote share rose to 12.0%.", "supported"),
    ("of-phrase-wrong", "The Harbour League's share of the vote rose to 13.0%.", "contradicted"),
    # without its owner, a share is nobody's in particular
    ("no-owner", "The share of the vote rose to 12.0%.", "missing"),
    # "allowance of £200" follows "10% of the meetings", but the allowance is the £200's
    (
        "own-core",
        "Members who attended fewer than 10% of the meetings of the full council forfeited "
        "a £200 allowance.",
        "supported",
    ),
    (
        "own-core-wrong",
        "Members who attended fewer than 10% of the meetings of the full council forfeited "
        "a £250 allowance.",
        "contradicted",
    ),
    # the turnout sentence does not say what the register's growth is, and must not hide it
    (
        "points-for-percent",
        "The Eastmoor Vale electorate grew by 1.5 percentage points since the 2022 general "
        "election.",
        "contradicted",
    ),
    (
        "percent",
        "The Eastmoor Vale electorate grew by 1.5% since the 2022 general election.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "bulletin.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
