"""Rates said of a month, rates in a table column, and which part a value is given for:

- a rate is said of the month its period ends in ("fare inflation in March" is the rate over
  the 12 months to March), and a change between two months is the later month's change on
  the month; a count over the 12 months is no month's count;
- a column headed "12-month rate (%)" gives rises: "| Bus fares | ... | 6.8 |" is fares 6.8%
  higher than a year earlier;
- "Underlying fares, which exclude ..." opening a sentence is the marked measure, however the
  model tags its capital;
- a part named by the sentence's subject ("Rail fares, at 4.9%, rose less than ...") is not
  what a later clause with its own subject gives ("and staff pay growth was 4.1%");
- "Season tickets fell by 12% to 38,200" gives the count of season tickets;
- a change "since the survey began" is none on the year before ("Change on 2025 (%)" in a
  table of 2026).
"""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Public transport fares and use: March 2026

Source: Tarnwick Transport Statistics Office

Public transport fares rose by 5.6% in the 12 months to March 2026, up from 5.1% in the 12 \
months to February 2026. On a monthly basis, fares rose by 0.7% in March 2026.

Underlying fares, which exclude concessionary tickets, rose by 4.2% in the 12 months to March \
2026, down 0.3 percentage points from 4.5% in February.

In the 12 months to March 2026, 61,400 passenger complaints were received.

Table 2: Fares by mode, 12 months to March 2026

| Mode | Weight (parts per 1,000) | 12-month rate (%) |
| --- | ---: | ---: |
| Bus fares | 410 | 6.8 |
| Rail fares | 480 | 4.9 |
| Tram fares | 110 | 3.0 |

Rail fares, at 4.9%, rose less than bus fares, and staff pay growth at the operators was 4.1% \
in the year to March 2026.

Season tickets fell by 12% to 38,200 in the 12 months to March 2026.

Table 3: Journeys by mode, 2026. The journeys survey began in 2001.

| Mode | Journeys (m) | Change on 2025 (%) | Change since 2001 (%) |
| --- | ---: | ---: | ---: |
| Bus | 88.2 | -2 | -31 |
| Tram | 21.4 | +14 | +63 |
"""

ROWS = [
    # a column of changes on the year before is no change since the series began
    ("on-year-column", "Tram journeys rose by 14% on 2025.", "supported"),
    ("series-not-year", "Tram journeys were up 14% since the survey began.", "contradicted"),
    ("series", "Tram journeys were up 63% since the survey began.", "supported"),
    # a rate in a month is the rate over the 12 months to that month
    ("rate-in-month", "Public transport fare inflation was 5.6% in March 2026.", "supported"),
    (
        "rate-in-month-wrong",
        "Public transport fare inflation was 5.1% in March 2026.",
        "contradicted",
    ),
    # a change between two months is the later month's change on the month
    (
        "change-between-months",
        "Public transport fares rose by 0.7% between February and March 2026.",
        "supported",
    ),
    # a count over 12 months is no month's count
    ("count-not-month", "61,400 passenger complaints were received in March 2026.", "missing"),
    # a table column of 12-month rates gives rises
    (
        "rate-column",
        "Bus fares were 6.8% higher in March 2026 than a year earlier.",
        "supported",
    ),
    (
        "rate-column-wrong",
        "Tram fares were 6.8% higher in March 2026 than a year earlier.",
        "contradicted",
    ),
    # the marked measure opening its sentence is not the plain one
    (
        "marked-opener",
        "Public transport fares rose by 4.2% in the 12 months to March 2026.",
        "contradicted",
    ),
    (
        "marked-opener-named",
        "Underlying fare inflation fell to 4.2% in the 12 months to March 2026.",
        "supported",
    ),
    # a later clause with its own subject is not the part the sentence opened with
    (
        "later-clause",
        "Staff pay at the operators grew by 4.1% in the year to March 2026.",
        "supported",
    ),
    # the count a subject fell to counts that subject
    (
        "reached-count",
        "38,200 season tickets were sold in the 12 months to March 2026.",
        "supported",
    ),
    (
        "reached-count-wrong",
        "43,400 season tickets were sold in the 12 months to March 2026.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "fares.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
