"""Times written as hours:minutes:seconds, numbered names over table columns, records over a
restricted scope ("for any September"), a base named as "the same quarter of 2025", a
change in brackets ("(17,200 fewer)"), a share that refers to what the sentence before
counted, a percentage "of" the things a claim counts as their share, a level moved from with
no time of its own, "major" and "minor" as classes, things added to a stock, a next release
against a past one, and two days with their weekdays. Rows fail on fc521b9 unless marked
"(holds on fc521b9)"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Northsound Ferries: quarterly performance report, July to September 2026

Source: Northsound Ferries

Published Thursday 5 November 2026. Northsound Ferries published its quarterly report for \
April to June 2026 on 6 August 2026.

Next release: Thursday 4 February 2027 (October to December 2026).

- We carried 412,600 passengers in July to September 2026, down 4% (17,200 fewer) on the \
same quarter of 2025 (429,800).
- We received 1,150 complaints and upheld 443 of them. The share upheld was 38.5%, down 1.6 \
percentage points from 40.1%.
- 78% of sailings departed within 5 minutes of their scheduled time, down 2 percentage \
points from 80%.
- 96% of scheduled sailings ran. This is the highest share for any quarter since April to \
June 2021.
- The Route 1 mean crossing time was 41 minutes 12 seconds. It was the fastest Route 1 mean \
for any September since 2019.

We expect to complete at least 90% of major repairs and at least 85% of minor repairs \
within two days by the end of 2027.

The number of passengers in April to June 2026 has been revised from 398,200 in the previous \
report to 401,900.

We will add 24 deckhands to the relief crew pool by March 2027.

The board will meet on Monday 7 and Tuesday 8 December 2026 to set fares for 2027.

Table 1: Crossing times, July to September 2026 (hours:minutes:seconds)

| Month | Sailings | Route 1 mean | Route 2 mean | Route 1 mean, 2025 |
| --- | ---: | ---: | ---: | ---: |
| July 2026 | 1,720 | 00:40:10 | 01:11:00 | 00:44:30 |
| August 2026 | 1,760 | 00:42:20 | 01:14:45 | 00:45:10 |
"""

VERDICTS = [
    # "00:40:10" is a duration, read in a cell as a sentence reads "40 minutes 10 seconds"
    (
        "clock-cell",
        "The Route 1 mean crossing time was 40 minutes 10 seconds in July 2026.",
        "supported",
    ),
    (
        "clock-cell-other",
        "The Route 1 mean crossing time was 41 minutes in July 2026.",
        "contradicted",
    ),
    # "Route 1 mean" over a column is no value of Route 2
    (
        "numbered-column",
        "The Route 2 mean crossing time was below 45 minutes in July 2026.",
        "contradicted",
    ),
    # a record for any September is no record of every month
    (
        "record-scope",  # (holds on fc521b9)
        "The Route 1 mean crossing time was the fastest for any September since 2019.",
        "supported",
    ),
    (
        "record-other-scope",
        "The Route 1 mean crossing time was the fastest of any month since 2019.",
        "missing",
    ),
    # a percentage is the share the primary's record is of
    (
        "percent-record",
        "96% of scheduled sailings ran in July to September 2026, the highest on record.",
        "contradicted",
    ),
    # "on the same quarter of 2025" is the base July to September 2025
    (
        "same-quarter-base",
        "Passenger numbers fell by 4% compared with July to September 2025.",
        "supported",
    ),
    # ... and the bracketed "(17,200 fewer)" between them does not end the base's reach
    (
        "same-quarter-other-base",  # (holds on fc521b9)
        "Passenger numbers fell by 4% compared with July to September 2022.",
        "missing",
    ),
    (
        "bracketed-fewer",
        "Northsound carried 17,200 fewer passengers than a year earlier.",
        "supported",
    ),
    # "The share upheld" is of the complaints the sentence before counted ...
    (
        "share-refers-back",
        "Northsound upheld 38.5% of the complaints it received in July to September 2026.",
        "supported",
    ),
    # ... and the level it moved from, with no time of its own, is not this quarter's
    (
        "moved-from-undated",
        "Northsound upheld 40.1% of the complaints it received in July to September 2026.",
        "contradicted",
    ),
    # "78% of sailings" is the share of sailings, which went down
    ("share-of-counted", "The share of sailings departing on time rose to 78%.", "contradicted"),
    (
        "share-change",  # (holds on fc521b9)
        "The share of sailings departing within 5 minutes fell by 2 percentage points to 78%.",
        "supported",
    ),
    # the minor repairs' target is no target for major ones
    (
        "major-minor",  # (holds on fc521b9)
        "Northsound expects to complete at least 90% of major repairs within two days by the "
        "end of 2027.",
        "supported",
    ),
    # the next release is dated by its label, not by the last one's publication
    (
        "next-release",  # (holds on fc521b9)
        "Northsound's next quarterly report will be published on Thursday 4 February 2027.",
        "supported",
    ),
    # "from 398,200 in the previous report to 401,900" went up
    (
        "revised-other-way",
        "Passenger numbers for April to June 2026 have been revised down to 401,900.",
        "contradicted",
    ),
    # "add 24 deckhands" is a change to a pool whose size the primary does not give
    ("added-not-level", "Northsound's relief crew pool has 96 deckhands.", "missing"),
    (
        "added",  # (holds on fc521b9)
        "Northsound will add 24 deckhands to its relief crew pool by March 2027.",
        "supported",
    ),
    # "Monday 7 and Tuesday 8 December": two days, each with its weekday
    ("first-day", "The board will meet on Monday 7 December 2026 to set fares.", "supported"),
    # ... but a meeting that begins on the second day is another meeting
    (
        "begins-second-day",
        "The board's fares meeting begins on Tuesday 8 December 2026.",
        "contradicted",
    ),
    # (holds on fc521b9)
    ("second-day", "The board will meet on Tuesday 8 December 2026 to set fares.", "supported"),
    (
        "second-day-weekday",  # (holds on fc521b9)
        "The board will meet on Wednesday 8 December 2026 to set fares.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "northsound.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Category 1 averaged 00:08:12, the fastest.", [("00:08:12", 492.0)]),
        ("The longest wait was 1:08:52.", [("1:08:52", 4132.0)]),
        # a time of day, with or without seconds, is no duration (holds on fc521b9)
        ("The ferry left at 14:32:05.", []),
        ("The meeting starts at 10:30.", []),
    ],
)
def test_clock_durations_are_read(text: str, expected: list[tuple[str, float]]) -> None:
    durations = [(f.text, f.value) for f in find_figures(text) if f.kind == "duration"]
    assert durations == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the length of the things counted is a figure of its own, and so is their number
        ("That is the equivalent of 822 twelve-hour ambulance shifts.", [("822", 822.0, "shift")]),
        ("The crews worked 822 ambulance shifts.", [("822 ambulance shifts", 822.0, "shift")]),
    ],
)
def test_counts_before_a_length_are_read(text: str, expected: list[tuple[str, float, str]]) -> None:
    counts = [(f.text, f.value, f.unit) for f in find_figures(text) if f.kind == "count"]
    assert counts == expected
