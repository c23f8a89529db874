"""Verdicts on releases that give sentences, counts of people and list figures the way
courts, councils and hospitals write them: a compound duration is one value, "people" counts
the primary's defendants or patients, a list's lead-in dates its items, "the value of" names
a sum of money, and "2025-26" is not "2024-25"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, finding_verdicts

PARKING = """\
---
title: "Parking enforcement: annual report 2025-26"
source: Elmford Borough Council
url: https://www.elmford.gov.example/news/parking-2025-26
date: 2026-05-14
---

# Parking enforcement: annual report 2025-26

The council's figures for 2025-26 (April 2025 to March 2026) show that:

- 48,210 penalty charge notices were issued, up 6% on 2024-25 (45,481), an increase of 2,729 \
and the highest number since the scheme was launched in 2012.
- Fines worth £1.9 million were collected, double the £0.95 million collected in 2024-25.
- In the town centre zone, notices rose by 11%.

A persistent evader, Colin Hart, was banned from driving for two years and six months at \
Elmford Magistrates' Court. Greyhill Car Parks Ltd took £2.3 million from 1,240 drivers.
"""

PARKING_ROWS = [
    # a compound duration is one value, however it is written
    ("half", "Colin Hart was banned from driving for two and a half years.", "supported"),
    ("digits", "Colin Hart was banned from driving for 2 years 6 months.", "supported"),
    (
        "months-off",
        "Colin Hart was banned from driving for two years and nine months.",
        "contradicted",
    ),
    # the larger part alone is the sentence rounded down: no conflict, no support
    ("truncated", "Colin Hart was banned from driving for two years.", "missing"),
    # a list's lead-in dates its items, and a change measured from 2024-25 holds for 2025-26
    ("lead-in", "The number of penalty charge notices issued rose by 6% in 2025-26.", "supported"),
    (
        "lead-in-part",
        "Penalty charge notices in the town centre zone rose by 11% in 2025-26.",
        "supported",
    ),
    (
        "lead-in-other-year",
        "Penalty charge notices in the town centre zone rose by 11% in 2024-25.",
        "missing",
    ),
    # the bracketed level after the year compared with is that year's count
    ("bracketed", "45,481 penalty charge notices were issued in 2024-25.", "supported"),
    (
        "bracketed-other-year",
        "45,481 penalty charge notices were issued in 2025-26.",
        "contradicted",
    ),
    # a change stated as a count difference, read by the change the level's sentence gives
    # ("since the scheme was launched in 2012" is a landmark, not the change's time)
    (
        "count-difference",
        "2,729 more notices were issued in 2025-26 than in 2024-25.",
        "supported",
    ),
    (
        "count-difference-earlier",
        "2,729 more notices were issued in 2024-25 than in 2023-24.",
        "missing",
    ),
    # "the value of" fines is the sum they are worth
    ("value-doubled", "The value of parking fines collected doubled in 2025-26.", "supported"),
    ("value-tripled", "The value of parking fines collected tripled in 2025-26.", "contradicted"),
    # the drivers a sum was taken from are not a level it moved from
    ("taken-from", "Greyhill Car Parks Ltd took £2.3 million from 1,240 drivers.", "supported"),
]

HOSPITAL = """\
Harrowgate hospitals: October performance

Source: Harrowgate Hospitals NHS Trust
date 2026-11-05

In October 2026, 3,120 patients were treated in the emergency department, up 4% on \
September. The average wait for a hip replacement was one year and two months.

Three people were injured in a collision in the hospital car park on 12 October.
"""

HOSPITAL_ROWS = [
    # the publisher is named by its document, though only its Source line says it
    (
        "publisher",
        "Harrowgate Hospitals NHS Trust treated 3,120 patients in the emergency department in "
        "October 2026.",
        "supported",
    ),
    (
        "other-body",
        "Elmford Hospitals NHS Trust treated 3,120 patients in the emergency department in "
        "October 2026.",
        "missing",
    ),
    (
        "wait-months",
        "The average wait for a hip replacement was 14 months in October 2026.",
        "supported",
    ),
    (
        "wait-other",
        "The average wait for a hip replacement was 1 year 4 months in October 2026.",
        "contradicted",
    ),
    # "people" counts the primary's patients; a wrong number of them is a conflict
    (
        "people",
        "3,120 people were treated in the emergency department in October 2026.",
        "supported",
    ),
    (
        "people-wrong",
        "3,400 people were treated in the emergency department in October 2026.",
        "contradicted",
    ),
    # the primary's "people" need not be the claim's patients, nor are visitors patients
    (
        "role-for-people",
        "Three patients were injured in a collision in the hospital car park.",
        "missing",
    ),
    (
        "other-role",
        "3,120 visitors were treated in the emergency department in October 2026.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def parking(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PARKING, "parking.md")


@pytest.fixture(scope="module")
def hospital(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, HOSPITAL, "hospital.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), PARKING_ROWS, ids=[r[0] for r in PARKING_ROWS]
)
def test_parking_release(
    analyzer: Analyzer, parking: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, parking, claim_id, text, expected)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), HOSPITAL_ROWS, ids=[r[0] for r in HOSPITAL_ROWS]
)
def test_hospital_release(
    analyzer: Analyzer, hospital: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, hospital, claim_id, text, expected)


SENTENCING = """\
R v Joan Pell: sentencing remarks

Source: Judiciary of Corvell
date 2026-03-02

Joan Pell: three years and four months' imprisonment. You are disqualified from acting as a \
company director for eight years. Between 2020 and 2024 your firm took £4.2 million from 610 \
investors.
"""

SENTENCING_ROWS = [
    # a court's wording of a prison term and a ban, in a news report's words
    ("jailed", "Joan Pell was jailed for three years and four months.", "supported"),
    ("prison", "Joan Pell was sentenced to 40 months in prison.", "supported"),
    ("ban", "Joan Pell received an eight-year ban from acting as a company director.", "supported"),
    (
        "ban-wrong",
        "Joan Pell received a ten-year ban from acting as a company director.",
        "contradicted",
    ),
    # savers who invested are the primary's investors; the claim's verb says so
    ("savers-invested", "More than 600 savers invested in Joan Pell's firm.", "supported"),
    ("savers-too-many", "More than 700 savers invested in Joan Pell's firm.", "contradicted"),
    # without a word that makes them investors, savers stay another count
    ("savers-alone", "More than 600 savers lost their homes.", "missing"),
]


@pytest.fixture(scope="module")
def sentencing(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, SENTENCING, "remarks.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), SENTENCING_ROWS, ids=[r[0] for r in SENTENCING_ROWS]
)
def test_sentencing_remarks(
    analyzer: Analyzer, sentencing: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, sentencing, claim_id, text, expected)


REVIEW = """\
Car park review

Source: Elmford Borough Council
date 2026-05-14

In 2025 Greyhill Car Parks took £2.3 million in penalty charges from 1,240 drivers, the review \
found. Greyhill Car Parks also runs 14 sites.
"""


def _article_findings(analyzer: Analyzer, drivers: str) -> dict[str, str]:
    article = (
        "Parking firm under fire\n\nSource: Elmford Echo\ndate 2026-05-15\n\n"
        f"In 2025 Greyhill Car Parks took 2.3 million pounds in penalty charges from {drivers} "
        "drivers, a council review found.\n"
    )
    return finding_verdicts(analyzer, evidence_index(analyzer, REVIEW, "review.txt"), article)


def test_a_sums_currency_word_is_no_subject_of_the_count_beside_it(analyzer: Analyzer) -> None:
    # "pounds" spells the other value of the sentence; it says nothing of what the drivers are
    findings = _article_findings(analyzer, "more than 1,200")
    assert findings["2.3 million pounds"] == "supported"
    assert findings["more than 1,200 drivers"] == "supported"
    assert _article_findings(analyzer, "more than 1,300")["more than 1,300 drivers"] != "supported"
