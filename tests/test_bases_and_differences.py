"""What a change is measured from, which way a difference goes, and how near a "just under"
bound lies: a claim that names another base year, turns "more than" into "less than", or
puts "just under" far above the value is not supported by the primary's number alone.

These are the traps a perturbed copy of a supported claim sets (the year of its base moved,
its direction flipped, its bound loosened); a primary's matching number must not carry it."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

RELEASE = """\
Emergency department activity: 2025-26

Source: Fenwick Health Board

date 2026-05-20

Emergency departments recorded 612,400 attendances in 2025-26, an increase of 3.2% on 2023-24,
when the new triage system began.

Ambulance handover delays totalled 14,300 hours, 2,100 hours more than in 2024-25.

Patients waiting more than 12 hours numbered 9,870, three times as many as in 2019-20.

41.6% of patients aged 75 or above in 2025-26 were admitted.

Just 21.7% of attendances were for minor injuries.

The mortality rate was 3.1 per 1,000 attendances, down from 3.4 per 1,000 in 2024-25.

Ambulance arrivals for 2024-25 have been revised from 41,200 to 41,950 after late returns.

| Department | Attendances | Change on 2024-25 (%) |
| --- | ---: | ---: |
| Fenwick General | 288,100 | +5.1 |
| St Aidan's | 324,300 | +1.6 |
"""

# A chair's remarks, published as the board's text: the words are hers, though no
# quotation marks or speech verb credit them.
REMARKS = """Remarks by the Chair, Dr Ines Calloway, to the Fenwick Health Board annual meeting

date 2026-05-21

No department can be judged by its worst night. Our staff have carried this service through
the hardest winter in a decade.
"""

ROWS = [
    # the base year a change is measured from must be the primary's
    ("base", "Attendances rose by 3.2% on 2023-24.", "supported"),
    ("base-other", "Attendances rose by 3.2% on 2022-23.", "missing"),
    (
        "multiple-base",
        "Patients waiting over 12 hours were three times as many as in 2019-20.",
        "supported",
    ),
    (
        "multiple-base-other",
        "Patients waiting over 12 hours were three times as many as in 2018-19.",
        "missing",
    ),
    # a difference the other way round is contradicted
    ("difference", "Ambulance handover delays were 2,100 hours more than in 2024-25.", "supported"),
    (
        "difference-way",
        "Ambulance handover delays were 2,100 hours less than in 2024-25.",
        "contradicted",
    ),
    # "just under" is near the number: far below meets the bound, not the claim
    ("just-under", "Just under 22% of attendances were for minor injuries.", "supported"),
    ("just-under-far", "Just under 30% of attendances were for minor injuries.", "missing"),
    ("under-far", "Under 30% of attendances were for minor injuries.", "supported"),
    # "aged 75 or above in 2025-26" is a group and a year, not a comparison with a year
    ("or-above", "41.6% of patients aged 75 or above were admitted in 2021-22.", "missing"),
    # a level followed by its change says which way it moved
    ("level-way", "Attendances rose to 612,400 in 2025-26.", "supported"),
    ("level-way-other", "Attendances fell to 612,400 in 2025-26.", "missing"),
    # a rate per a round base is the rate, not a count of its base
    ("rate", "The mortality rate was 3.1 per 1,000 attendances in 2025-26.", "supported"),
    ("rate-other", "The mortality rate was 4.1 per 1,000 attendances in 2025-26.", "contradicted"),
    # a revision goes the way from the first figure to the revised one
    ("revised-up", "Ambulance arrivals for 2024-25 were revised up to 41,950.", "supported"),
    # ... and "from 41,200 to 41,950" says it went up: revised down is the other way
    ("revised-down", "Ambulance arrivals for 2024-25 were revised down to 41,950.", "contradicted"),
    # a change column's header names its base
    ("column-base", "Attendances at Fenwick General rose 5.1% on 2024-25.", "supported"),
    ("column-base-other", "Attendances at Fenwick General rose 5.1% on 2023-24.", "missing"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    return evidence_index(analyzer, RELEASE, "ed-activity.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS)
def test_bases_and_differences(
    analyzer: Analyzer,
    index,  # type: ignore[no-untyped-def]
    claim_id: str,
    text: str,
    expected: str,
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        (
            "named",
            'Ines Calloway said "No department can be judged by its worst night".',
            "supported",
        ),
        # the words are in the text, but nothing there names the claimed speaker
        (
            "unnamed",
            'Tom Ashdown said "No department can be judged by its worst night".',
            "missing",
        ),
    ],
)
def test_uncredited_words_need_the_speaker_named(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, REMARKS, "chair-remarks.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)


YEAR_ON_TABLE = """\
Ferry traffic, Carrow estuary

Source: Carrow Port Authority

| Route | Passengers, Apr–Jun 2026 | Passengers, change on a year |
| --- | ---: | ---: |
| All routes | 412,300 | +4% |
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # "change on a year" beside "Apr–Jun 2026" is measured from Apr–Jun 2025
        ("on-a-year", "Passengers were 4% higher than in April to June 2025.", "supported"),
        ("on-another-year", "Passengers were 4% higher than in April to June 2022.", "missing"),
    ],
)
def test_a_change_on_a_year_is_measured_from_a_year_before(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, YEAR_ON_TABLE, "ferry-traffic.md")
    assert_verdict(analyzer, index, claim_id, text, expected)
