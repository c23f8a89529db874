"""Changes "by" a number are changes whatever the subject (changed_counts.py); growth rates
stated as levels (growth_rates.py); values given part by part (parts.py); a bare number never
conflicts with a count of something the claim does not name."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

# (sentence, [(text, value, unit, kind)]): every figure the sentence yields.
EXTRACTION_ROWS = [
    # a singular subject: still a change, its unit left to the subject
    ("The queue rose by 2,300.", [("rose by 2,300", 2300, "", "change")]),
    # a plural subject right before the verb says what it counts
    (
        "The list of unpaid invoices grew by 1,250 in the year.",
        [("grew by 1,250", 1250, "invoice", "change")],
    ),
    # "by X to Y": the change and the level reached
    (
        "The waiting list fell by 400 to 9,600.",
        [("fell by 400", -400, "", "change"), ("9,600", 9600, "", "count")],
    ),
    (
        "Claimants increased by 7,000 on the month, to 2.1 million.",
        [("increased by 7,000", 7000, "claimant", "change"), ("2.1 million", 2.1e6, "", "count")],
    ),
    # the noun after the number counts
    (
        "Membership grew by about 300 families.",
        [("grew by about 300 families", 300, "family", "change")],
    ),
    # an adverb of change after the level
    (
        "Open cases stood at 51,000, down 3,000 on the quarter.",
        [("51,000", 51000, "", "count"), ("down 3,000", -3000, "", "change")],
    ),
    # no verb of change before "by": a count as before
    ("The motion was backed by 300 members.", [("300 members", 300, "member", "count")]),
    # points measure a change; no count of points
    ("The index rose by 0.4 points.", [("0.4 points", 0.4, "point", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTION_ROWS, ids=[r[0] for r in EXTRACTION_ROWS])
def test_changes_by_a_number(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    found = [(f.text, f.value, f.unit, f.kind) for f in find_figures(text)]
    assert found == [(t, pytest.approx(v), u, k) for t, v, u, k in expected]


PRIMARY = """\
Waterworks annual statistics

Source: Dunmore Water Authority

At the end of June 2025 the authority had a queue of 2,300 unrepaired mains leaks, up 25% from \
a year earlier.

The number of meter readers rose by 30 to 410 in the year.

Annual wage growth was 5.5% for office staff and 3.2% for field staff.

Annual growth in water charges was 4.1%.

Complaints fell in 14 of the 20 districts; the largest fall was in the northern district.
"""

VERDICT_ROWS = [
    # the level 2,300 rose 25%: a rise of about 460, never "by 2,300"
    (
        "by-the-level",
        "The queue of unrepaired mains leaks rose by 2,300 in the year.",
        "contradicted",
    ),
    (
        "level",
        "The authority had 2,300 unrepaired mains leaks at the end of June 2025.",
        "supported",
    ),
    # a rise close to the one the arithmetic implies is not stated: unsettled
    ("by-implied", "The queue of unrepaired mains leaks rose by 460 in the year.", "missing"),
    # a stated change is a closer reading of a claimed change than the level beside it
    ("by-stated", "The number of meter readers rose by 30 in the year.", "supported"),
    ("by-other", "The number of meter readers rose by 50 in the year.", "contradicted"),
    # ... the level it rose to is written there too, but the stated rise is 30, not 410
    (
        "by-the-level-reached",
        "The number of meter readers rose by 410 in the year.",
        "contradicted",
    ),
    # a growth rate stated as a level is the rise itself
    ("growth-rate", "Water charges grew by 4.1% a year.", "supported"),
    ("growth-rate-wrong", "Water charges rose 6.1% on the year.", "contradicted"),
    ("growth-rate-listed", "Wages of field staff grew 3.2% on the year.", "supported"),
    # a value given for one part is no evidence about the whole
    ("part-unnamed", "Annual wage growth was 4.0%.", "missing"),
    ("part-named", "Annual wage growth for office staff was 4.0%.", "contradicted"),
    # a bare number is no count of districts the claim never mentions
    ("unit-unnamed", "Complaints totalled 3,000 in the year.", "missing"),
    pytest.param(
        "unit-named",
        "Complaints fell in 14 of the 25 districts.",
        "contradicted",
        # Since "14 of the 20 districts" gives the 14 its unit too, the claimed whole (25)
        # is ranked against the part (14) and vetoed: parts and wholes need their own roles.
        id="unit-named",
        marks=pytest.mark.xfail(
            strict=True, reason="part and whole of 'N of the M' not told apart"
        ),
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "water.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    VERDICT_ROWS,
    ids=[getattr(r, "id", None) or r[0] for r in VERDICT_ROWS],
)
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The change in the count before it, since a time: the unit is the earlier count's.
        (
            "We now have 4,310 police officers, 260 more than a year ago.",
            [
                ("260 more", "change", "officer", 260.0, None),
                ("a year", "duration", "year", 1.0, None),
            ],
        ),
        (
            "There are 40 nurses, 12 fewer than in 2024.",
            [("12 fewer", "change", "nurse", -12.0, None)],
        ),
        # Traps: a comparison with no time counts nothing; a bound of a span stays its own.
        ("We sold 30 more than expected.", []),
        ("It took more than a year.", [("more than a year", "duration", "year", 1.0, "more_than")]),
    ],
)
def test_n_more_than_a_time_ago_is_a_change_in_the_count_before(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    found = [(f.text, f.kind, f.unit, f.value, f.bound) for f in find_figures(text)]
    assert [f for f in found if f[1] in ("change", "duration")] == expected
