"""Votes and directions: a tally "by a majority of 7-2" is two counts, a unanimous vote is
contradicted by any vote against, a full name meets the acronym its primary defines, and a
level reached the other way round is contradicted."""

from __future__ import annotations

import pytest

from newsverify.acronyms import find_acronyms
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Harbour Board decision, July 2025

Source: Harbour Board

The Harbour Board's Tariff Review Panel (TRP) met on 3 July 2025.

The TRP voted by a majority of 5-2 to reduce the mooring fee by £10, to £240.

Berth occupancy eased to 81% in June, while cargo volumes rose to 1.2 million tonnes in June.

The vessel register held 48,620 boats at the end of June 2025, 1,240 fewer than at the end of May.

The port handled 2.31 million passengers in June, 4.2% more than in June 2024.
"""

ROWS = [
    # the full name meets "TRP"; "in favour of" says which way, not what was voted on
    ("tally", "The Tariff Review Panel voted 5-2 in favour of the cut.", "supported"),
    ("tally-wrong", "The Tariff Review Panel voted 4-3 in favour of the cut.", "contradicted"),
    # two members voted against: the vote was not unanimous
    ("unanimous", "The Tariff Review Panel voted unanimously to cut the fee.", "contradicted"),
    # a level the primary says was reached the other way
    ("direction", "Berth occupancy rose to 81% in June.", "contradicted"),
    ("direction-same", "Berth occupancy fell to 81% in June.", "supported"),
    # the value's own direction counts, not the "eased" of another value in the sentence
    ("direction-own-word", "Cargo volumes fell to 1.2 million tonnes in June.", "contradicted"),
    ("direction-own-word-same", "Cargo volumes rose to 1.2 million tonnes in June.", "supported"),
    # the difference or change told beside a level says which way it went
    (
        "direction-difference",
        "The vessel register rose to 48,620 boats in June 2025.",
        "contradicted",
    ),
    (
        "direction-difference-same",
        "The vessel register fell to 48,620 boats in June 2025.",
        "supported",
    ),
    ("direction-change", "Passengers at the port fell to 2.31 million in June.", "contradicted"),
    ("direction-change-same", "Passengers at the port rose to 2.31 million in June.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "board.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


ACRONYM_ROWS = [
    ("the Monetary Policy Committee (MPC) met", [("MPC", "Monetary Policy Committee")]),
    ("the Office for National Statistics (ONS)", [("ONS", "Office for National Statistics")]),
    # initials that do not spell the bracketed word are no definition
    ("Gross domestic product (GDP) rose", []),
    ("the Harbour Board (HB2) and the Board (XYZ)", []),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_ROWS, ids=[r[0] for r in ACRONYM_ROWS])
def test_find_acronyms(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(acronym, text[start:end]) for acronym, start, end in find_acronyms(text)]
    assert found == expected
