"""Tables as evidence: markdown and fixed-width tables are found with their cells' offsets,
each cell is read with its row's label, its column's header (unit, change, time) and the
caption, and a cell speaks for its own row and column only."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.records import CHANGE, MONEY, MULTIPLIER
from newsverify.table_cells import table_cells
from newsverify.table_rows import other_row_note, row_labels
from newsverify.tables import find_tables

from .verdicts import assert_verdict, evidence_index, verdict_of

FIXED = """\
Hospital admissions in Brennock: 2024-25

Source: Brennock Health Board

Table 2: Emergency admissions by region

Region                 2023-24      2024-25   Change (%)
North                   11,900       12,400         +4.2
South                   18,300       17,700         -3.3
All regions             30,200       30,100         -0.3

Admissions are counted once per stay.
"""

PIPE = """\
# Reservoir report

## Stocks by reservoir

Stocks in per cent of capacity.

| Reservoir | September 2025 | October 2025 | Change (pts) |
| --- | ---: | ---: | ---: |
| Loch Arran | 71 | 83 | +12 |
| Kelder Water | 64 | 69 | +5 |
"""


def test_a_fixed_width_table_is_found_with_its_cells_at_their_offsets() -> None:
    [table] = find_tables(FIXED)
    assert [c.text if c else None for c in table.columns] == ["2023-24", "2024-25", "Change (%)"]
    assert [row.label.text for row in table.rows] == ["North", "South", "All regions"]
    cell = table.rows[0].cells[1]
    assert cell is not None and FIXED[cell.start : cell.end] == "12,400"
    assert [c.text for c in table.captions] == ["Table 2: Emergency admissions by region"]


def test_a_markdown_table_is_found_past_its_separator_line() -> None:
    [table] = find_tables(PIPE, base=100)
    assert [row.label.text for row in table.rows] == ["Loch Arran", "Kelder Water"]
    cell = table.rows[1].cells[2]
    assert cell is not None and PIPE[cell.start - 100 : cell.end - 100] == "+5"
    assert [c.text for c in table.captions] == [
        "## Stocks by reservoir",
        "Stocks in per cent of capacity.",
    ][-2:]


@pytest.mark.parametrize(
    "text",
    [
        # prose, a list and a results list are no tables
        "The rate fell to 4.1%.  It was 4.3% a year ago.\nNothing else changed here.\n",
        "- North: 12,400\n- South: 17,700\n",
        "Ann Holt (Green Party): 2,204\nBen Cole (Liberal Party): 980\n",
    ],
)
def test_other_text_holds_no_table(text: str) -> None:
    assert find_tables(text) == []


def test_cells_take_unit_change_and_time_from_their_headers() -> None:
    [table] = find_tables(FIXED)
    cells = {(c.row, c.column): c for c in table_cells(table)}
    level, change = cells[(0, 1)], cells[(0, 2)]
    assert level.figure.value == 12400 and [t.text for t in level.times] == ["2024-25"]
    # a percentage in a change column is a factor, dated by both the table's periods
    assert change.figure.kind == MULTIPLIER and change.figure.value == pytest.approx(1.042)
    assert [t.text for t in change.times] == ["2023-24", "2024-25"]
    [pipe] = find_tables(PIPE)
    points = table_cells(pipe)[2].figure
    assert (points.kind, points.unit, points.value) == (CHANGE, "percentage_point", 12)


def test_a_currency_in_the_caption_gives_bare_cells_their_unit() -> None:
    text = (
        "Annual bill, in euros.\n\n"
        "| Tariff | 2024 | 2025 |\n| --- | --- | --- |\n| Fixed | 1,720 | 1,758 |\n"
    )
    [table] = find_tables(text)
    figure = table_cells(table)[1].figure
    assert (figure.kind, figure.unit, figure.value) == (MONEY, "EUR", 1758)


def test_a_claim_naming_no_row_is_about_the_total_row_only() -> None:
    keys = [frozenset({"north"}), frozenset({"south"}), frozenset({"all", "region"})]
    north, south, total = row_labels(["North", "South", "All regions"], keys, {"region"})
    assert total.total and not north.total
    assert other_row_note({"admission"}, north) is not None
    assert other_row_note({"admission"}, total) is None
    assert other_row_note({"admissions"}, total) is None
    assert other_row_note({"admission", "north"}, north) is None
    assert other_row_note({"admission", "north"}, south) is not None


FIXED_VERDICTS = [
    ("north", "Emergency admissions in the North reached 12,400 in 2024-25.", "supported"),
    ("north-rise", "Emergency admissions in the North rose by 4.2% in 2024-25.", "supported"),
    ("total", "Emergency admissions across all regions were 30,100 in 2024-25.", "supported"),
    # the neighbouring column's year: 11,900 is 2023-24's
    (
        "north-last-year",
        "Emergency admissions in the North were 11,900 in 2024-25.",
        "contradicted",
    ),
    # another row's number: 12,400 is the North's, not the South's
    ("south", "Emergency admissions in the South were 12,400 in 2024-25.", "contradicted"),
    # a part row's number is not the total's
    ("part-for-total", "There were 12,400 emergency admissions in 2024-25.", "contradicted"),
    # the level claimed as a change: a rise by all of 12,400 would be one from nothing, and
    # the North rose from 11,900 (level_misreads.py)
    (
        "level-as-change",
        "Emergency admissions in the North rose by 12,400 in 2024-25.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def fixed_index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, FIXED, "admissions.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), FIXED_VERDICTS, ids=[r[0] for r in FIXED_VERDICTS]
)
def test_fixed_width_table_verdicts(
    analyzer: Analyzer, fixed_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, fixed_index, claim_id, text, expected)


def test_the_evidence_points_at_the_cell(analyzer: Analyzer, fixed_index: EvidenceIndex) -> None:
    text = "Emergency admissions in the North reached 12,400 in 2024-25."
    verdict = assert_verdict(analyzer, fixed_index, "n", text, "supported")
    [evidence] = verdict.evidence
    document = evidence.document
    assert evidence.match_start is not None and evidence.match_end is not None
    cell = document.original[
        evidence.match_start - document.start : evidence.match_end - document.start
    ]
    line = document.original[evidence.start - document.start : evidence.end - document.start]
    assert cell == "12,400" and line.startswith("North")


PIPE_VERDICTS = [
    ("arran", "Loch Arran stood at 83% of capacity in October 2025.", "supported"),
    ("arran-points", "Stocks at Loch Arran rose by 12 percentage points.", "supported"),
    # September's level claimed for October
    ("arran-september", "Loch Arran stood at 71% of capacity in October 2025.", "contradicted"),
    ("kelder-other-row", "Kelder Water stood at 83% of capacity in October 2025.", "contradicted"),
]


@pytest.fixture(scope="module")
def pipe_index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PIPE, "reservoirs.md")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), PIPE_VERDICTS, ids=[r[0] for r in PIPE_VERDICTS]
)
def test_markdown_table_verdicts(
    analyzer: Analyzer, pipe_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, pipe_index, claim_id, text, expected)


def test_a_change_column_dates_only_itself() -> None:
    # "Change in entries on 2024" names the year compared with, not the other columns' year:
    # they take the caption's.
    text = (
        "Table 1: Entries and attainment in selected subjects, 2025\n\n"
        "| Subject | Entries | Change in entries on 2024 | Grade C or above (%) |\n"
        "| --- | --- | --- | --- |\n"
        "| Mathematics | 405,700 | +1.5% | 61.2 |\n"
    )
    [table] = find_tables(text)
    cells = {c.column: c for c in table_cells(table)}
    assert [t.text for t in cells[0].times] == ["2025"]
    assert [t.text for t in cells[2].times] == ["2025"]


# A prose line above a table that names one of its rows ("... sharpest in Ostbury") is no
# caption, and a row's name in a caption or header must not make that row the table's total.
PROSE_ABOVE = """\
# School inspections, autumn term 2025

## By county

Ratings fell in most counties, most sharply in Ostbury. Two counties improved.

| County | Schools inspected | Rated good, change on a year |
| --- | ---: | ---: |
| Ostbury | 412 | −9% |
| Lindmere | 388 | +3% |
| **All counties** | **800** | **+2%** |
"""


def test_a_prose_line_above_a_table_is_no_caption() -> None:
    [table] = find_tables(PROSE_ABOVE)
    assert [c.text for c in table.captions] == ["## By county"]
    # one sentence naming the table is a caption still
    [unit] = find_tables(
        "Annual bill, in euros.\n\n| Tariff | 2025 |\n| --- | --- |\n| Fixed | 9 |\n"
    )
    assert [c.text for c in unit.captions] == ["Annual bill, in euros."]


def test_a_caption_naming_one_row_leaves_that_row_its_own_name() -> None:
    keys = [frozenset({"ostbury"}), frozenset({"lindmere"}), frozenset({"all", "county"})]
    ostbury, lindmere, total = row_labels(
        ["Ostbury", "Lindmere", "All counties"], keys, {"county", "ostbury", "rating"}
    )
    assert not ostbury.total and total.total
    # ... and a bold row is the total whatever its name
    ost, _, whole = row_labels(
        ["Ostbury", "Lindmere", "**Vardshire**"],
        [frozenset({"ostbury"}), frozenset({"lindmere"}), frozenset({"vardshire"})],
        {"ostbury"},
    )
    assert whole.total and not ost.total
    # without a marked total, a label the caption repeats in full is the whole
    [_, repeated] = row_labels(
        ["Burglary", "Recorded crime"],
        [frozenset({"burglary"}), frozenset({"record", "crime"})],
        {"record", "crime"},
    )
    assert repeated.total
    assert other_row_note({"rating", "ostbury"}, ostbury) is None
    # a claim naming no county is about the total, not Ostbury's row
    assert other_row_note({"rating"}, ostbury) is not None
    assert other_row_note({"rating", "lindmere"}, ostbury) is not None


# Which cell each claim is read against: the bold total row for the whole, never the row the
# prose above the table names.
PROSE_READINGS = [
    ("whole", "The number of schools rated good rose 2% on a year.", "+2%"),
    ("whole-wrong", "The number of schools rated good rose 5% on a year.", "+2%"),
    ("row", "In Ostbury the number rated good fell 9% on a year.", "−9%"),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "cell"), PROSE_READINGS, ids=[r[0] for r in PROSE_READINGS]
)
def test_a_row_named_above_the_table_keeps_its_cells_to_itself(
    analyzer: Analyzer, claim_id: str, text: str, cell: str
) -> None:
    index = evidence_index(analyzer, PROSE_ABOVE, "inspections.md")
    verdict = verdict_of(analyzer, index, claim_id, text)
    assert f'primary "{cell}"' in verdict.reason
    assert verdict.verdict != "supported" or claim_id == "row"


def test_a_bold_cell_is_read_without_its_marks() -> None:
    [table] = find_tables(PROSE_ABOVE)
    total = [c for c in table_cells(table) if c.row == 2]
    assert [(c.figure.text, c.figure.value) for c in total] == [("800", 800), ("+2%", 1.02)]
