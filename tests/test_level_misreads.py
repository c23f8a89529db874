"""A claimed rise whose number is the primary's level ("rose by 1,310" where the primary says
it rose to 1,310: a rise from nothing) contradicts the claim (level_misreads.py); a fall by
the level (a halving), a count of additions ("140 new vessels joined"), another time or
another line's level does not."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index

LIBRARIES = """\
Library service annual report

Source: Harbury Libraries
date 2026-04-02

The number of branch libraries fell to 41 in 2025-26, and opening hours fell to 1,920 a week.

E-book loans rose to 86,400 in 2025-26.
"""

FISHERIES = """\
Fisheries statement: 2026 quotas

Source: Marine Fisheries Agency
date 2026-01-12

The number of licensed vessels fell to 1,830 at the end of 2025, and 140 new vessels joined \
the register.

Landings of hake by the fleet rose to 4,210 tonnes in 2025.
"""

RAIL = """\
Rail punctuality bulletin: October 2026

Source: Rail Performance Office
date 2026-11-05

On the Coast line, the number of services cancelled rose to 1,310 in October.
"""

LIBRARY_ROWS = [
    (
        "ebooks-by-86400",
        "Harbury's e-book loans rose by 86,400 in 2025-26.",
        "contradicted",
    ),
    (
        "ebooks-to-86400",
        "Harbury's e-book loans rose to 86,400 in 2025-26.",
        "supported",
    ),
    # trap: the level is given for another year
    (
        "ebooks-by-86400-earlier",
        "Harbury's e-book loans rose by 86,400 in 2024-25.",
        "missing",
    ),
    # traps: a fall by the level it fell to is a fall by half, which may be true
    (
        "branches-by-41",
        "The number of branch libraries in Harbury fell by 41 in 2025-26.",
        "missing",
    ),
    ("hours-by-1920", "Opening hours at Harbury libraries were cut by 1,920 a week.", "missing"),
]

FISHERIES_ROWS = [
    ("hake-by-4210", "Hake landings by the fleet rose by 4,210 tonnes in 2025.", "contradicted"),
    # trap: a fall by the level
    ("vessels-by-1830", "The number of licensed vessels fell by 1,830.", "missing"),
    # trap: 140 new vessels is a count of additions, a change in all but form
    ("register-by-140", "The register of vessels grew by 140.", "missing"),
]

RAIL_ROWS = [
    (
        "coast-by-1310",
        "On the Coast line, the number of services cancelled rose by 1,310 in October.",
        "contradicted",
    ),
    # trap: another line's level says nothing of Northline's change
    (
        "northline-by-1310",
        "On Northline, the number of services cancelled rose by 1,310 in October.",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def libraries(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, LIBRARIES, "libraries.txt")


@pytest.fixture(scope="module")
def fisheries(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, FISHERIES, "fisheries.txt")


@pytest.fixture(scope="module")
def rail(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, RAIL, "rail.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), LIBRARY_ROWS, ids=[r[0] for r in LIBRARY_ROWS]
)
def test_library_report(
    analyzer: Analyzer, libraries: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, libraries, claim_id, text, expected)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), FISHERIES_ROWS, ids=[r[0] for r in FISHERIES_ROWS]
)
def test_fisheries_statement(
    analyzer: Analyzer, fisheries: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, fisheries, claim_id, text, expected)


@pytest.mark.parametrize(("claim_id", "text", "expected"), RAIL_ROWS, ids=[r[0] for r in RAIL_ROWS])
def test_rail_bulletin(
    analyzer: Analyzer, rail: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, rail, claim_id, text, expected)
