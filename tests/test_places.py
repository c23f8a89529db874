"""A value the primary gives for a place the claim does not name is a part's value: it neither
supports nor contradicts a claim about the whole (`places.py`)."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, verdict_of

RELEASE = "\n\n".join(
    [
        "Recorded crime in Corrin: year ending June 2025",
        "Burglary fell by 11% to 98,700 offences.",
        "Shoplifting rose by 14% to 187,200 offences.",
        "Burglary in the city is down by 15%, the Chief Constable said.",
        "The Capital region had the highest proportion of entries at grade C or above (74.3%)"
        " and North Wenlow the lowest (63.0%).",
        "The swing to the Progressive Alliance was 9.4 percentage points, the largest in the"
        " constituency's history.",
    ]
)

ROWS = [
    # the whole's value decides; the city's 15% is no evidence either way
    ("whole", "Burglary fell by 11%.", "supported"),
    ("part-for-whole", "Burglary fell by 15%.", "contradicted"),
    # the claim names the area: its value counts
    (
        "area-named",
        "The Capital region had the highest share of entries at C or above, 74.3%.",
        "supported",
    ),
    (
        "area-named-wrong",
        "The Capital region had the highest share of entries at C or above, 77.3%.",
        "contradicted",
    ),
    # an area's value is no evidence for a claim naming no area, even with no whole beside it
    ("area-for-whole", "The share of entries at C or above was 69.1%.", "missing"),
    # "in the constituency's history" gives the swing no place
    ("no-place", "The swing to the Progressive Alliance was 9.4 percentage points.", "supported"),
]


@pytest.fixture(scope="module")
def release(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, RELEASE, "release.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_a_place_value_is_a_part(
    analyzer: Analyzer, release: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, release, claim_id, text, expected)


def test_a_named_place_alone_still_counts(analyzer: Analyzer) -> None:
    # Where the primary gives no value for a whole, a place name may only say where the
    # figure was given: "12 finalists ... in Brussels" still supports "12 finalists".
    index = evidence_index(
        analyzer, "The 12 finalists will pitch their ideas to judges in Brussels.", "wgs.txt"
    )
    verdict = verdict_of(analyzer, index, "x", "There are 12 finalists.")
    assert verdict.verdict == "supported", verdict.reason
