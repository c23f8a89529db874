"""A primary document's tables as passages: one per cell that holds a figure.

A table row read as a sentence ("Burglary 110,900 98,700 -11.0") gives three numbers and says
which is which only through the headers above it. So a table's lines are taken out of the
document's passages, and each cell (`table_cells.py`) comes back as a passage of its own: its
words are its row's label, its column's header and the table's caption, its figures the
cell's value and the times its header gives; its sentence is its row's line, and the figure's
offsets point at the cell, so that a reader finds it in the file. The row it belongs to
(`table_rows.py`) keeps it from speaking for another row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .age_bands import age_bands, label_age_band
from .change_spans import (
    YEAR_ON_YEAR,
    span_between,
    span_from_base_year,
    span_named,
    year_before,
)
from .column_spans import placed_spans
from .contrasts import given_contrasts
from .corpus import Document
from .numbered_names import numbered_names
from .passages import Passage
from .periods import find_periods
from .records import Figure, ParsedText, Sentence, Word
from .subject_keys import subject_key
from .table_cells import TableCell, header_times, is_change_header, is_rate_header, table_cells
from .table_rows import ColumnTimes, row_labels
from .tables import Cell, Table, find_tables


def with_table_cells(
    document: Document, parsed: ParsedText, passages: list[Passage]
) -> list[Passage]:
    """The document's passages with every table's lines replaced by its cells' passages."""
    tables = [t for t in find_tables(document.original, document.start) if t.rows]
    if not tables:
        return passages
    result: list[Passage] = []
    pending = list(tables)
    for passage in passages:
        while pending and pending[0].end <= passage.sentence.start:
            result.extend(_cell_passages(document, parsed, pending.pop(0), passages))
        if any(_inside(passage.sentence, t) for t in tables):
            continue  # the table's lines are read cell by cell instead
        result.append(passage)
    for table in pending:
        result.extend(_cell_passages(document, parsed, table, passages))
    return result


def _inside(sentence: Sentence, table: Table) -> bool:
    return table.start <= sentence.start < table.end


def _cell_passages(
    document: Document, parsed: ParsedText, table: Table, passages: list[Passage]
) -> list[Passage]:
    words_in = _WordFinder(parsed.words)
    shared_words = [w for c in [*table.captions, *table.columns, table.header] for w in words_in(c)]
    shared = {key for w in shared_words if (key := subject_key(w))}
    labels = [_label_cells(table, number) for number in range(len(table.rows))]
    # "40 and over" under "Age of mother": the age band is the row's name
    label_keys = [
        frozenset(k for c in cells for w in words_in(c) if (k := subject_key(w)))
        | age_bands([w for c in cells for w in words_in(c)])
        for cells in labels
    ]
    printed = [", ".join(c.text for c in cells) for cells in labels]
    rows = row_labels(printed, label_keys, shared, table.start)
    model = passages[0] if passages else None
    # "Change on 2025 (%)", "Change since 2001 (%)": the times of such a column are what its
    # changes are measured from, no period of the table's own.
    from_base = {
        number
        for number, column in enumerate(table.columns)
        if column is not None and is_change_header(column.text) and _BASE_ONLY.search(column.text)
    }
    headed = [
        time
        for number, column in enumerate(table.columns)
        if number not in from_base
        for time in header_times(column)
    ]
    captioned = [time for caption in table.captions for time in header_times(caption)]
    written = model.document_dates if model is not None else []
    # "Cancer 62-day (%)": a number the figure reader reads as a value is no name's number
    header_values = [(f.start, f.end) for f in parsed.figures if table.start <= f.start < table.end]
    made = []
    for cell in table_cells(table):
        # "April to October" above a "2026-27" column: the cell is for April to October 2026.
        placed = placed_spans(captioned, cell.times, headed, written)
        passage = _cell_passage(
            document, cell, table, words_in, placed, labels[cell.row], header_values
        )
        passage.row = rows[cell.row]
        passage.row_change = _row_change(table, cell)
        # The times that date the cell (a change column's are both its periods') are its own.
        own = () if cell.column in from_base else tuple(cell.times)
        header = cell.header
        bases = header_times(header) if header and is_change_header(header.text) else []
        others = tuple(t for t in headed if t not in own)
        span = next((span_named(c.text) for c in (header, cell.label) if c is not None), None)
        if span == YEAR_ON_YEAR and not bases:
            # "change on a year" beside "Apr-Jun 2026": measured from Apr-Jun 2025; a column
            # of its own with no time ("Change on a year earlier (%)") is of the table's latest
            dated = list(own)
            if not dated and headed:
                dated = [max(headed, key=lambda t: t.upper or t.value or 0.0)]
            bases = [base for t in dated if (base := year_before(t)) is not None]
        if span is None and header is not None and is_change_header(header.text):
            # "Change (%)" between "Oct 2025" and "Oct 2026": October's change on a year
            span = span_between(list(own))
        if span is None and bases and not own:
            # "Change on 2025 (%)" in a report of 2026: the change on a year
            span = span_from_base_year(list(bases), written[0].year if written else None)
        rate = header is not None and is_rate_header(header.text)
        passage.column = ColumnTimes(own, others, tuple(bases), span, rate)
        if model is not None:
            # What the whole document says around every sentence holds for its cells too.
            # A cell under a dated header is dated by it alone: the document's own date (or
            # the title's "2024-25") must not date the previous year's column too.
            passage.document_dates = [] if own else model.document_dates
            passage.document_periods = model.document_periods
            passage.context_keys = model.context_keys
            passage.lead_keys = model.lead_keys
        made.append(passage)
    return made


def _cell_passage(
    document: Document,
    cell: TableCell,
    table: Table,
    words_in: _WordFinder,
    placed: list[Figure] | None = None,
    labels: list[Cell] | None = None,
    value_spans: list[tuple[int, int]] | None = None,
) -> Passage:
    # The row's label first and the column's header last, next to the value at both ends
    # of the passage (similarity weighs words by their distance from a figure); the
    # caption, which every cell shares, in between.
    label = [w for c in labels or [cell.label] for w in words_in(c)]
    caption = [w for c in table.captions for w in words_in(c)]
    header = words_in(cell.header)
    kept = [w for w in [*label, *caption, *header] if subject_key(w) is not None]
    keys = [subject_key(w) or "" for w in kept]
    last = max(0, len(keys) - 1)
    header_at = len(label) + len(caption) if header else 0
    times = [*cell.times, *(placed or [])]
    figures = [*times, cell.figure]
    positions = [min(header_at, last)] * len(times) + [0]
    ends = [min(header_at, last)] * len(times) + [last]
    start, end = cell.line
    line = document.original[start - document.start : end - document.start]
    passage = Passage(
        document,
        Sentence(start, end, line),
        keys,
        figures,
        positions,
        ends,
        [last],
        clauses=[0] * len(kept),
    )
    passage.heads = [-1] * len(figures)
    passage.starts = [w.start for w in kept]
    passage.periods = [
        mention
        for source in (cell.header, cell.label)
        if source is not None
        for mention in find_periods(source.text, source.start)
    ]
    in_order = sorted([*label, *header], key=lambda w: w.start)
    spans = [(f.start, f.end) for f in figures]
    passage.contrasts = given_contrasts(in_order, spans) if in_order else [{} for _ in spans]
    # "Category 1 mean" over a column, "Terminal 2" on a row: the cell is given for them
    # (`numbered_names.py`), its times for nothing in particular.
    named = numbered_names(in_order, value_spans or [])
    # "25 to 29" under "Age of mother": the row is an age band, as "aged 25 to 29" would say
    named |= label_age_band(" ".join(c.text for c in labels or [cell.label]), table.header.text)
    passage.numbered = [frozenset()] * len(times) + [named]
    return passage


# A change column's header that names only the time it is measured from.
_BASE_ONLY = re.compile(
    r"\b(?:on|since|from|compared\s+with|vs\.?)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)


def _row_change(table: Table, cell: TableCell) -> float | None:
    """The change the cell's row gives in the table's one change column, for the row's other
    cells: which way the row's values moved ("| Sole | 3,150 | 3,150 | 3,150 | 0 |": none)."""
    changes = [
        column
        for column, header in enumerate(table.columns)
        if header is not None and is_change_header(header.text)
    ]
    if len(changes) != 1 or cell.column == changes[0]:
        return None
    row = table.rows[cell.row]
    found = row.cells[changes[0]] if changes[0] < len(row.cells) else None
    number = _SIGNED_NUMBER.fullmatch(found.text.strip()) if found is not None else None
    if number is None:
        return None
    return float(number[0].replace(",", "").replace("\u2212", "-"))


_SIGNED_NUMBER = re.compile(r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?")


def _label_cells(table: Table, number: int) -> list[Cell]:
    """A row's label cells: its first cell and the cells of every column before the first
    that holds a number in any row ("Mackerel | Western Shelf | 120,500": the stock and the
    sea area together say which catch limit the row gives)."""
    row = table.rows[number]
    cells = [row.label]
    for column in range(len(row.cells)):
        if any(_holds_number(r.cells[column]) for r in table.rows if column < len(r.cells)):
            break
        if (cell := row.cells[column]) is not None:
            cells.append(cell)
    return cells


def _holds_number(cell: Cell | None) -> bool:
    return cell is not None and any(ch.isdigit() for ch in cell.text)


class _WordFinder:
    """The parsed words inside a cell, found by their file offsets."""

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.starts = [w.start for w in words]

    def __call__(self, cell: Cell | None) -> list[Word]:
        if cell is None:
            return []
        low = bisect_left(self.starts, cell.start)
        high = bisect_right(self.starts, cell.end - 1)
        return self.words[low:high]
