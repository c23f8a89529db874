"""A primary value equal to the claimed one, in a passage that names the claim's subject less
closely than support normally needs (exact_readings.py): support when nothing conflicting is
as much the claim's; traps in other domains (fisheries, libraries, rail) stay unsettled."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.exact_readings import exact_readings
from newsverify.passages import Passage
from newsverify.pipeline import Analyzer
from newsverify.records import ABOUT, CHANGE, COUNT, MONEY, MORE_THAN, Figure
from newsverify.values import Outcome

from .verdicts import assert_verdict, evidence_index


@dataclass
class _Reading:
    passage: Passage
    figure: Figure
    outcome: Outcome
    core: float
    whole: float
    dated: bool = False


def _money(value: float, bound: str | None = None) -> Figure:
    return Figure(0, 4, f"£{value:g}m", value * 1e6, "GBP", MONEY, currency="GBP", bound=bound)


# Stand-ins for passages: the tests only tell them apart, and say which name the qualifiers.
NAMED = object()
OTHER_PLACE = object()


def _qualified(passage: object) -> bool:
    return passage is NAMED


def _reading(value: float, outcome: Outcome, core: float, whole: float, **kw) -> _Reading:
    passage = kw.pop("passage", NAMED)
    return _Reading(passage, _money(value), outcome, core, whole, **kw)  # type: ignore[arg-type]


EXACT = _reading(996, Outcome.SAME, 0.45, 0.55)

CASES = [
    # the claimed value exactly, no conflicting value: read as the claim's
    ("alone", _money(996), [EXACT], True),
    ("about the same number", _money(996, ABOUT), [EXACT], True),
    # a conflicting value whose words name the claim's subject more closely owns it
    (
        "closer conflict",
        _money(996),
        [EXACT, _reading(412, Outcome.DIFFERENT, 0.55, 0.55)],
        False,
    ),
    # ... and one given for the claim's own time outranks an undated exact one
    (
        "dated conflict",
        _money(996),
        [EXACT, _reading(412, Outcome.DIFFERENT, 0.30, 0.50, dated=True)],
        False,
    ),
    # equally close words: the exact passage must read the whole statement clearly better
    (
        "tie, no margin",
        _money(996),
        [EXACT, _reading(412, Outcome.DIFFERENT, 0.45, 0.50)],
        False,
    ),
    (
        "tie, clear margin",
        _money(996),
        [EXACT, _reading(412, Outcome.DIFFERENT, 0.45, 0.40)],
        True,
    ),
    # another place's value is no competing reading of the claim
    (
        "conflict elsewhere",
        _money(996),
        [EXACT, _reading(412, Outcome.DIFFERENT, 0.9, 0.9, passage=OTHER_PLACE)],
        True,
    ),
    # too little of what the claim counts near the figure: an equal number is coincidence
    ("weak core", _money(996), [_reading(996, Outcome.SAME, 0.2, 0.55)], False),
    ("weak whole", _money(996), [_reading(996, Outcome.SAME, 0.5, 0.4)], False),
    # a passage that does not name the claim's qualifiers
    (
        "unqualified",
        _money(996),
        [_reading(996, Outcome.SAME, 0.5, 0.5, passage=OTHER_PLACE)],
        False,
    ),
    # a bound is met by many values; a near value is not the exact one
    ("bound", _money(996, MORE_THAN), [EXACT], False),
    ("near value", _money(995), [_reading(996, Outcome.SAME, 0.5, 0.5)], False),
]


@pytest.mark.parametrize(
    ("claim", "readings", "found"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_exact_readings(claim: Figure, readings: list[_Reading], found: bool) -> None:
    result = exact_readings(claim, readings, _qualified)
    assert (result == [readings[0]]) if found else result == []


def test_a_change_is_not_its_level() -> None:
    change = Figure(0, 10, "rose by 140", 140.0, "vessel", CHANGE)
    level = Figure(0, 3, "140", 140.0, "vessel", COUNT)
    reading = _Reading(NAMED, level, Outcome.SAME, 0.5, 0.5)  # type: ignore[arg-type]
    assert exact_readings(change, [reading], _qualified) == []


FISHERIES = """\
Fisheries statement: 2026 quotas

Source: Marine Fisheries Agency
date 2026-01-12

First-sale value of landings by the Marine fleet was £996m in 2025.
"""

ROWS = [
    # the value names the fleet's landings further off than support normally needs
    ("landings-2025", "The Marine fleet landed fish worth £996m in 2025.", "supported"),
    ("landings-about", "The Marine fleet landed fish worth about £996m in 2025.", "supported"),
    # trap: the same number for another year
    ("landings-2024", "The Marine fleet landed fish worth £996m in 2024.", "missing"),
]


@pytest.fixture(scope="module")
def fisheries(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, FISHERIES, "fisheries.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_fisheries_statement(
    analyzer: Analyzer, fisheries: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, fisheries, claim_id, text, expected)
