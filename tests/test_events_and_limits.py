"""What happened to the people a count counts, and time limits that say which things a share
is of. "Four people were killed" counts no one who was injured; "81.2% of calls within 8
minutes" gives a share, and the 8 minutes say which calls it counts, not a value to check."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

RELEASE = """\
Ambulance and road safety statistics, Carrow county, 2025

Source: Carrow Ambulance Service

Four people were killed in collisions on the A61 in 2025. Crews rescued 38 people from
vehicles. The service reached 81.2% of the most serious calls within 8 minutes in 2025,
against a standard of 90%.

There were 412 collisions on Carrow roads in 2025. Of these, 96 involved a cyclist.
"""

ROWS = [
    ("killed", "Four people were killed in collisions on the A61 in 2025.", "supported"),
    # the dead are not the injured: no count of injuries at all
    ("injured-as-killed", "Four people were injured in collisions on the A61 in 2025.", "missing"),
    ("more-injured", "More than 30 people were injured on the A61 in 2025.", "missing"),
    ("rescued", "Crews rescued 38 people from vehicles in 2025.", "supported"),
    # the 38 rescued are no evidence for 38 killed; the four killed are
    ("killed-as-rescued", "38 people were killed on the A61 in 2025.", "contradicted"),
    # "Of these, 96": the collisions of the sentence before, which the claim names too
    (
        "of-these",
        "Of the 412 collisions on Carrow roads in 2025, 96 involved a cyclist.",
        "supported",
    ),
    (
        "of-these-other",
        "Of the 412 collisions on Carrow roads in 2025, 69 involved a cyclist.",
        "contradicted",
    ),
    # a time limit says which calls the share is of
    ("share", "The service reached 81.2% of the most serious calls within 8 minutes.", "supported"),
    (
        "other-share",
        "The service reached 90% of the most serious calls within 8 minutes.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    return evidence_index(analyzer, RELEASE, "carrow-2025.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS)
def test_events_and_limits(
    analyzer: Analyzer,
    index,  # type: ignore[no-untyped-def]
    claim_id: str,
    text: str,
    expected: str,
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


PLAN = """\
---
title: Carrow Ambulance Service plan
date: 2026-03-01
---

Our target is for at least 90% of homes to be within 500 metres of a defibrillator by 2030.
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # a target for a later year is no level now: an untimed claim is about the present
        ("now", "Only 62% of homes are within 500 metres of a defibrillator.", "missing"),
    ],
)
def test_a_target_for_later_is_no_level_now(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, PLAN, "plan.md")
    assert_verdict(analyzer, index, claim_id, text, expected)


BULLETIN = """\
---
title: "Library use in Carrow: 2025"
source: Carrow Libraries
date: 2025-12-04
---

# Library use in Carrow: 2025

Statistical release, Thursday 4 December 2025.
Next release: Thursday 5 March 2026 (January to March 2026)

Loans rose by 2.1% in 2025.
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        (
            "this",
            "Carrow Libraries published its library use figures on 4 December 2025.",
            "supported",
        ),
        (
            "next",
            "The next library use figures will be published on Thursday 5 March 2026.",
            "supported",
        ),
        (
            "next-other",
            "The next library use figures will be published on Friday 6 March 2026.",
            "contradicted",
        ),
        # "Next release: 5 March" dates the next release, not this one (and a release line
        # contradicts only a date a few days off its own: months later may be another one)
        (
            "this-as-next",
            "Carrow Libraries published its library use figures on 5 March 2026.",
            "missing",
        ),
    ],
)
def test_release_lines(analyzer: Analyzer, claim_id: str, text: str, expected: str) -> None:
    index = evidence_index(analyzer, BULLETIN, "library-use-2025.md")
    assert_verdict(analyzer, index, claim_id, text, expected)
