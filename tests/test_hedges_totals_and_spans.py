"""How loose a primary's hedge is, which total a number is, and which years it spans.

"about 26p a week" is 25.5p to 26.5p, which an exact "25p" is not; a hedged share is the same
within a couple of points ("nearly four in five" is not settled by 74.6%); a level in brackets
after the base a change is measured from is the base's ("on the previous year (89.7%)"); a
target is no evidence on what a claim says happened ("were 30,000"); a total "by the end of
March 2027" is not the year's own; a sum over "2026-27 to 2029-30", or under a "Total" column
beside "2026-27", is no single year's; "the highest for a summer since the 2018-19 season" is
no record of the whole series."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Museums service annual statistics: 2026-27

Source: Carrowby Museums Service

- Membership will rise by £13.52 a year, or about 26p a week.
- 74.6% of visitors to Carrowby museums came from outside the district in 2026-27.
- Visitor satisfaction was 91.2% in 2026-27, up 1.5 percentage points on the previous year \\
(89.7%).
- The target for school visits is 30,000 a year. School visits numbered 24,500 in 2026-27.
- A total of 1.2 million objects had been catalogued by the end of March 2027, of which \\
84,000 were catalogued during 2026-27.
- Summer admissions were the highest for a summer since the 2018-19 season.

Table 1: Capital plan 2026-27 to 2029-30 (£m)

```
Scheme                         2026-27   Later years    Total
Gallery refurbishment              1.4           2.2      3.6
Store relocation                   0.6           0.9      1.5
Total                              2.0           3.1      5.1
```
"""

ROWS = [
    (
        "hedge-rounding",
        "The Carrowby museum membership rise is equivalent to 26p a week.",
        "supported",
    ),
    # "about 26p" rounds to the penny: 25p is another number, though within a tenth
    (
        "hedge-rounding-wrong",
        "The Carrowby museum membership rise is equivalent to 25p a week.",
        "missing",
    ),
    (
        "share-hedge",
        "Nearly four in five visitors to Carrowby museums came from outside the district in "
        "2026-27.",
        "missing",
    ),
    ("base-in-brackets", "Visitor satisfaction was 89.7% in 2026-27.", "contradicted"),
    (
        "target-not-done",
        "School visits to Carrowby museums were 30,000 in 2026-27.",
        "contradicted",
    ),
    # the year's own 84,000 names no objects, so it is not read as a count of them
    ("total-to-point", "1.2 million objects were catalogued during 2026-27.", "missing"),
    (
        "total-to-point-said",
        "Carrowby museums had catalogued a total of 1.2 million objects by the end of March 2027.",
        "supported",
    ),
    ("span-total", "The capital plan totals £5.1m in 2026-27.", "contradicted"),
    ("span-year", "The capital plan totals £2.0m in 2026-27.", "supported"),
    ("span-total-said", "The capital plan totals £5.1m over 2026-27 to 2029-30.", "supported"),
    (
        "not-a-record",
        "Summer admissions to Carrowby museums were the highest on record.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "museums.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)
