"""Which time a primary value holds for: times of a reporting period, times of a comparison's
base, and times that qualify one value only."""

from __future__ import annotations

import pytest

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.verification import check_claim

from .verdicts import assert_verdict, evidence_index

BULLETIN = """\
Riverton weekly flu bulletin

Source: Riverton Health Agency

date 2025-06-19

In week 24, 186 flu cases were reported in Riverton, double the 93 cases reported in week 23.

Since 1 January 2025, 1,536 flu cases have been reported, three times the 512 cases reported \
in the same period of 2024.

Test positivity rose to 24% in week 24, up 6 percentage points from 18% in week 23.

41 patients were admitted to hospital with flu in week 24, 17% more than the 35 admitted in \
week 23.

The jobless rate in Riverton rose to 4.6% in the three months to April.
"""

ROWS = [
    # a value for another date (week 24's 186) must not hide the one for the claim's date
    ("since", "1,536 flu cases have been reported since 1 January 2025.", "supported"),
    ("since-wrong", "1,563 flu cases have been reported since 1 January 2025.", "contradicted"),
    # "in the same period of 2024" dates the 512, not the 1,536 before it
    ("base-year", "512 flu cases were reported in the same period of 2024.", "supported"),
    # a multiplier holds between its own time and its base's
    ("doubled", "Weekly flu cases doubled between week 23 and week 24.", "supported"),
    (
        "tripled-on-2024",
        "Flu cases so far in 2025 are up 200% on the same period of 2024.",
        "supported",
    ),
    # a time right after a value dates it alone: the sentence's "week 24" is the 41's
    ("base-own-time", "35 patients were admitted to hospital with flu in week 23.", "supported"),
    (
        "base-other-time",
        "35 patients were admitted to hospital with flu in week 24.",
        "contradicted",
    ),
    ("level-time", "41 patients were admitted to hospital with flu in week 24.", "supported"),
    # a change after a level takes the level's time
    ("change-time", "Test positivity rose by 6 percentage points in week 24.", "supported"),
    ("change-wrong", "Test positivity rose by 8 percentage points in week 24.", "contradicted"),
    # "April" in "the three months to April" is the period's, compared as the period
    (
        "period-month",
        "The jobless rate in Riverton rose to 4.6% in the three months to April.",
        "supported",
    ),
    (
        "period-other",
        "The jobless rate in Riverton rose to 4.6% in the three months to May.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, BULLETIN, "bulletin.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_time_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_contradiction_cites_the_value_of_the_claimed_time(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    claim = Claim(
        id="base-year-wrong", text="612 flu cases were reported in the same period of 2024."
    )
    verdict = check_claim(claim, analyzer, index)
    assert verdict.verdict == "contradicted", verdict.reason
    assert '"512 cases"' in verdict.reason


# A statement dated only by its document: the front matter's date, and the calendar.
STATEMENT = """\
Riverton Council agrees budget

Source: Riverton Council

date 2025-03-04

Riverton Council approved its annual budget for the coming year.

Tables cover week 12.
"""

EVENT_ROWS = [
    # the passage states no date, the document does; the claim has no nouns next to a value
    (
        "document-date",
        "Riverton Council approved its annual budget on Tuesday 4 March 2025.",
        "supported",
    ),
    # the right day with the wrong weekday: the calendar says 4 March 2025 was a Tuesday
    (
        "wrong-weekday",
        "Riverton Council approved its annual budget on Wednesday 4 March 2025.",
        "contradicted",
    ),
    # "its week 12 budget" names the budget and the other time dates the event; the name
    # must still be the primary's
    (
        "label-time",
        "Riverton Council approved its week 12 budget on Tuesday 4 March 2025.",
        "supported",
    ),
    (
        "label-other",
        "Riverton Council approved its week 14 budget on Tuesday 4 March 2025.",
        "missing",
    ),
    (
        "other-day",
        "Riverton Council approved its annual budget on Tuesday 11 March 2025.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def statement_index(analyzer: Analyzer) -> EvidenceIndex:
    documents = parse_text(STATEMENT, "statement.txt")
    return EvidenceIndex(list(analyzer.parse_documents(documents)))


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), EVENT_ROWS, ids=[r[0] for r in EVENT_ROWS]
)
def test_event_verdict(
    analyzer: Analyzer, statement_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = check_claim(Claim(id=claim_id, text=text), analyzer, statement_index)
    assert verdict.verdict == expected, verdict.reason
