"""A record claimed for the whole series is checked against the primary's own record words:
"the highest since 1998" contradicts "the highest on record", "since records began" supports
it, and a record of another thing settles nothing. A record claimed since a year holds when
the primary's reaches back as far, and is contradicted by one that stops short of it."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer
from newsverify.record_claims import record_claim

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March was the driest March on record in Tallow.", ("driest", "march", None)),
        ("Unemployment hit its lowest level since records began.", ("lowest", "level", None)),
        # a record since a year is read with its landmark
        ("Unemployment is at its lowest level since 1998.", ("lowest", "level", (1998, None))),
        ("Applications were the highest this year.", None),
    ],
)
def test_records_are_read(text: str, expected: tuple | None) -> None:
    found = record_claim(text)
    read = None if found is None else (found.superlative, found.thing, found.since)
    assert read == expected


PRIMARY = """\
Port traffic bulletin: 2025

Source: Tallow Port Authority

Container traffic at Tallow reached its highest level since 2011, and passenger numbers
were the highest since records began in 1962.

Freight train departures numbered 4,210, the fewest since 14 March 2019.

Cargo tonnage was the highest for any 12-month period since records began.
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
    # a record since a year: the primary's reaches back as far, or stops short of it
    (
        "since-later-year",
        "Container traffic at Tallow was at its highest level since 2015.",
        "supported",
    ),
    (
        "since-earlier-year",
        "Container traffic at Tallow was at its highest level since 2008.",
        "contradicted",
    ),
    # "since 2019" is loosely "since some time in 2019"; to the month it is exact
    ("since-loose-year", "Freight train departures were the lowest since 2019.", "supported"),
    (
        "since-earlier-month",
        "Freight train departures were the lowest since January 2019.",
        "contradicted",
    ),
    ("since-same-month", "Freight train departures were the lowest since March 2019.", "supported"),
    ("since-after", "Freight train departures were the lowest since 2021.", "supported"),
    # the record's own numbers say which record it is
    (
        "record-period",
        "Cargo tonnage at Tallow was the highest for any 12-month period since records began.",
        "supported",
    ),
    (
        "record-other-period",
        "Cargo tonnage at Tallow was the highest for any 16-month period since records began.",
        "contradicted",
    ),
]


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_records_are_checked_against_the_primary_record(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, PRIMARY, "port.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)
