"""A part's value is no value of the whole: "Of these, 610 were cruise calls" after "2,480
vessel calls" counts cruise calls only, "Of this, £19.5 million is the cost of ..." is one
part of the programme's cost; and a fixed-width table's total row whose wide values stand
one space apart ("1.596 million 1.706 million") is still a row of the table."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.tables import find_tables

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Harbour authority annual report 2025

Source: Pellmouth Harbour Authority

The harbour authority handled 2,480 vessel calls in 2025. Of these, 610 were cruise calls.

The dredging programme will cost an estimated £48.2 million over five years. Of this, \
£19.5 million is the cost of deepening the outer channel.

The authority issued 5,300 mooring permits in 2025, for leisure or commercial berths. Of \
these, 4,100 were for leisure berths rented by the season, and 1,200 were for commercial \
berths let by the year.

The January gale damaged 96 harbour buildings, of which 41 were warehouses.

Table 2: Ferry passengers and average fare, by service

Service                        2024          2025     Average fare 2025
Island ferry              1.214 million  1.305 million     £14.20
Harbour water taxi        0.382 million  0.401 million      £6.80
All services              1.596 million 1.706 million      £12.45
"""

ROWS = [
    # Each of these four fails on 99b3f74.
    ("of-these-whole", "The harbour authority handled 610 vessel calls in 2025.", "contradicted"),
    ("total-row-fare", "The average ferry fare was £12.45 in 2025.", "supported"),
    ("part-row-fare-for-whole", "The average ferry fare was £14.20 in 2025.", "contradicted"),
    ("total-row-count", "1.706 million passengers used the ferry services in 2025.", "supported"),
    # The parts themselves, named.
    ("of-these-part", "There were 610 cruise calls at the harbour in 2025.", "supported"),
    ("of-this-whole", "The dredging programme will cost £19.5 million.", "contradicted"),
    ("of-this-part", "Deepening the outer channel will cost £19.5 million.", "supported"),
    ("part-row-named", "The average island ferry fare was £14.20 in 2025.", "supported"),
    # A second part of "Of these" counts what the first did; each part is named by its own
    # words, though the sentence before named both ("leisure or commercial"). Fail on 677e494.
    ("second-part-named", "The authority issued 1,200 permits for commercial berths.", "supported"),
    ("first-part-named", "The authority issued 4,100 permits for leisure berths.", "supported"),
    ("second-part-for-whole", "The authority issued 1,200 mooring permits.", "contradicted"),
    # "of which 41 were warehouses" counts warehouses, a part of the buildings.
    ("kind-for-whole", "The January gale damaged 41 harbour buildings.", "contradicted"),
    ("kind-named", "The January gale damaged 41 warehouses.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "harbour.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_touching_values_split_where_the_columns_above_end() -> None:
    (table,) = find_tables(PRIMARY)
    total = table.rows[-1]
    assert total.label.text == "All services"
    assert [cell.text for cell in total.cells if cell] == [
        "1.596 million",
        "1.706 million",
        "£12.45",
    ]


def test_a_line_that_does_not_line_up_ends_the_table() -> None:
    text = (
        "Service        Calls 2024  Calls 2025\n"
        "Island ferry   1,214       1,305\n"
        "Water taxi     382         401\n"
        "Notes on the figures above follow here\n"
    )
    (table,) = find_tables(text)
    assert [row.label.text for row in table.rows] == ["Island ferry", "Water taxi"]


# A group's value after the whole's: the sentence opens with the group, or the table's row
# for it has no word of its own but "New" (no subject key), beside a marked total row.
GROUPS = """\
Marina fees 2025

Source: Pellmouth Harbour Authority

The average mooring fee was £412 a month in 2025. For holders of a winter mooring permit the \
average mooring fee was £365 a month.

Table 3: Harbour Pass holders and average monthly charge, by pass

Pass                      2024      2025     Average charge 2025
New Harbour Pass           610       720         £18.50
Classic Harbour Pass     1,940     1,880         £24.10
All Harbour Passes       2,550     2,600         £22.60
"""

GROUP_ROWS = [
    # Both "-for-whole" rows fail on 677e494.
    (
        "fronted-group-for-whole",
        "The average mooring fee was £365 a month in 2025.",
        "contradicted",
    ),
    ("whole", "The average mooring fee was £412 a month in 2025.", "supported"),
    (
        "fronted-group-named",
        "Holders of a winter mooring permit paid an average mooring fee of £365 a month.",
        "supported",
    ),
    ("new-row-for-whole", "The average Harbour Pass charge was £18.50 in 2025.", "contradicted"),
    ("total-row", "The average Harbour Pass charge was £22.60 in 2025.", "supported"),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS]
)
def test_a_groups_value_is_no_value_of_the_whole(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, GROUPS, "marina.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)
