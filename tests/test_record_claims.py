"""A record claimed for the whole series is checked against the primary's own record words:
"the highest since 1998" contradicts "the highest on record", "since records began" supports
it, and a record of another thing settles nothing."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer
from newsverify.record_claims import record_claim

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March was the driest March on record in Tallow.", ("driest", "march")),
        ("Unemployment hit its lowest level since records began.", ("lowest", "level")),
        # a record since a year is no record of the whole series claimed
        ("Unemployment is at its lowest level since 1998.", None),
        ("Applications were the highest this year.", None),
    ],
)
def test_whole_series_records_are_read(text: str, expected: tuple[str, str] | None) -> None:
    found = record_claim(text)
    assert (None if found is None else (found.superlative, found.thing)) == expected


PRIMARY = """\
Port traffic bulletin: 2025

Source: Tallow Port Authority

Container traffic at Tallow reached its highest level since 2011, and passenger numbers
were the highest since records began in 1962.
"""

VERDICTS = [
    (
        "since-year-as-record",
        "Container traffic at Tallow was at its highest level on record.",
        "contradicted",
    ),
    (
        "record",
        "Passenger numbers at Tallow were the highest since records began.",
        "supported",
    ),
    # the primary states no record for cruise calls
    ("other-thing", "Cruise calls at Tallow were the fewest on record.", "missing"),
]


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_records_are_checked_against_the_primary_record(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, PRIMARY, "port.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)
