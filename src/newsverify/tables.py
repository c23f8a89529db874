"""Tables in a document's text: markdown (pipe) tables and fixed-width, space-aligned ones.

A statistics release prints its figures in a table as often as in sentences:

    Offence group                        YE Jun 2024   YE Jun 2025   Change (%)
    Burglary                                 110,900        98,700        -11.0

    | Measure | October 2025 | 1991–2020 average | Anomaly |
    | --- | ---: | ---: | ---: |
    | Rainfall | 168 mm | 118 mm | 142% |

A cell is only read with its row's label and its column's header, so tables are found as
rows of cells, every cell with its file offsets, before anything is read as a figure
(`table_cells.py` turns cells into figures). Plain text only: no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A fixed-width table separates its columns by runs of at least two spaces (or a tab).
_COLUMN_GAP = re.compile(r" {2,}|\t+")
# A markdown separator line: "| --- | ---: |", "|:--|--:|".
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# A cell that holds a number (after a sign, currency or before a unit or footnote mark).
_NUMBER = re.compile(r"\d")
# A fixed-width table has a header and at least this many rows.
MIN_FIXED_ROWS = 2
# A caption is short; a long line above a table is prose.
MAX_CAPTION_CHARS = 200
# How many lines above a table may hold its caption (a heading and a unit line).
CAPTION_LINES = 2


@dataclass(frozen=True)
class Cell:
    start: int  # file offsets of the cell's text, without padding or pipes
    end: int
    text: str
    # A header wrapped over several lines: its text joins them, and each line's piece keeps
    # its own offsets (the text's do not match the file past the first line).
    pieces: tuple[Cell, ...] = ()


@dataclass
class Row:
    start: int  # file offsets of the whole line
    end: int
    label: Cell  # the first cell: what the row is about
    cells: list[Cell | None]  # the other cells, one per column after the label (None: empty)


@dataclass
class Table:
    header: Cell  # the first header cell (over the row labels)
    columns: list[Cell | None]  # one header per column after the label column
    rows: list[Row]
    start: int  # file offsets of the table's first and after its last line
    end: int
    captions: list[Cell] = field(default_factory=list)  # the lines above it that name it
    # A line of units under the header ("(000 ha)  (t/ha)  (%)"), one per column (or None).
    units: list[Cell | None] = field(default_factory=list)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def find_tables(text: str, base: int = 0) -> list[Table]:
    """The tables in `text`, with offsets shifted by `base` (a document's file offset)."""
    lines = _lines(text, base)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        found = _pipe_table(lines, index) or _fixed_table(lines, index)
        if found is None:
            index += 1
            continue
        table, after = found
        table.captions = _captions(lines, index)
        tables.append(table)
        index = after
    return tables


def _lines(text: str, base: int) -> list[_Line]:
    lines, position = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(base + position, base + position + len(body), body))
        position += len(raw)
    return lines


# --- markdown tables ---------------------------------------------------------------------


def _pipe_cells(line: _Line) -> list[Cell | None] | None:
    """The cells of a "a | b | c" line, or None when it is not one."""
    if "|" not in line.text or _SEPARATOR.match(line.text):
        return None
    text = line.text
    bounds = [i for i, ch in enumerate(text) if ch == "|"]
    edges = [-1, *bounds, len(text)]
    cells: list[Cell | None] = []
    for left, right in zip(edges, edges[1:], strict=False):
        raw = text[left + 1 : right]
        if not raw.strip():
            cells.append(None)
            continue
        offset = left + 1 + len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        cells.append(Cell(line.start + offset, line.start + offset + len(stripped), stripped))
    # Leading and trailing pipes open and close the row: no empty cell outside them.
    if text.lstrip().startswith("|") and cells and cells[0] is None:
        cells = cells[1:]
    if text.rstrip().endswith("|") and cells and cells[-1] is None:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _pipe_table(lines: list[_Line], index: int) -> tuple[Table, int] | None:
    header = _pipe_cells(lines[index])
    if header is None or header[0] is None:
        return None
    width = len(header)
    position = index + 1
    if position < len(lines) and _SEPARATOR.match(lines[position].text):
        position += 1
    rows: list[Row] = []
    while position < len(lines):
        cells = _pipe_cells(lines[position])
        if cells is None or len(cells) != width or cells[0] is None:
            break
        line = lines[position]
        rows.append(Row(line.start, line.end, cells[0], cells[1:]))
        position += 1
    if not rows or not any(_has_number(row) for row in rows):
        return None
    first = header[0]
    table = Table(first, header[1:], rows, lines[index].start, lines[position - 1].end)
    return table, position


# --- fixed-width tables ------------------------------------------------------------------


def _fixed_cells(line: _Line) -> list[Cell]:
    """The fields of a line whose columns are set apart by runs of spaces."""
    text = line.text
    cells: list[Cell] = []
    position = len(text) - len(text.lstrip())
    for gap in [*_COLUMN_GAP.finditer(text, position), None]:
        end = gap.start() if gap else len(text.rstrip())
        if end > position:
            body = text[position:end]
            cells.append(Cell(line.start + position, line.start + end, body))
        if gap is None:
            break
        position = gap.end()
    return cells


def _fixed_table(lines: list[_Line], index: int) -> tuple[Table, int] | None:
    header = _fixed_cells(lines[index])
    # A header has at least two columns after the label's and names them in words.
    if len(header) < 3 or "|" in lines[index].text or _has_digits_only(header):
        return None
    width = len(header)
    position = index + 1
    while position < len(lines) and (
        wrapped := _header_continuation(lines[position], lines[index], header)
    ):
        header = wrapped
        position += 1
    units = _unit_line(lines[position], lines[index], header) if position < len(lines) else None
    if units is not None:
        position += 1
    rows: list[Row] = []
    while position < len(lines):
        cells = _fixed_cells(lines[position])
        if len(cells) < width:
            above = [(header[1:], lines[index].start), *((row.cells, row.start) for row in rows)]
            cells = _split_touching(cells, lines[position], above)
        if len(cells) != width or "|" in lines[position].text:
            break
        line = lines[position]
        rows.append(Row(line.start, line.end, cells[0], list(cells[1:])))
        position += 1
    if len(rows) < MIN_FIXED_ROWS or not all(_has_number(row) for row in rows):
        return None
    table = Table(header[0], list(header[1:]), rows, lines[index].start, lines[position - 1].end)
    table.units = units or []
    return table, position


def _split_touching(
    cells: list[Cell], line: _Line, above: list[tuple[list[Cell | None], int]]
) -> list[Cell]:
    """The cells of a row whose wide values touch, one space apart ("12.64 million 12.74
    million"): a value cell is split at a single space where a column above it ends or starts
    (figures align on one side of their column). The label cell is never split."""
    ends: set[int] = set()
    starts: set[int] = set()
    for row_cells, line_start in above:
        for cell in row_cells:  # the value cells of a line above, with its offset
            if cell is not None:
                ends.add(cell.end - line_start)
                starts.add(cell.start - line_start)
    split = cells[:1]
    for cell in cells[1:]:
        begin = cell.start
        for offset, char in enumerate(cell.text):
            at = cell.start - line.start + offset  # the space's column
            if char == " " and (at in ends or at + 1 in starts):
                split.append(Cell(begin, cell.start + offset, line.text[begin - line.start : at]))
                begin = cell.start + offset + 1
        split.append(Cell(begin, cell.end, line.text[begin - line.start : cell.end - line.start]))
    return split


# Text a wrapped header may hold: words, and numbers only as years or inside brackets.
_HEADER_NUMBER = re.compile(r"\([^()]*\)|\b(?:19|20)\d\d\b")


def _header_continuation(line: _Line, header_line: _Line, header: list[Cell]) -> list[Cell] | None:
    """The header with a wrapped line added, when `line` goes on with the column headers
    above it: indented past the label column, no numbers but years and bracketed units
    ("previous" and "quarter (%)" under "Change on"). Each piece joins the header it
    overlaps most (the nearest by its start when it overlaps none); None when not one."""
    cells = _fixed_cells(line)
    label_end = header[0].end - header_line.start
    if not cells or cells[0].start - line.start <= label_end or "|" in line.text:
        return None
    if any(_NUMBER.search(_HEADER_NUMBER.sub("", cell.text)) for cell in cells):
        return None
    if all(_UNIT_CELL.match(cell.text) for cell in cells):
        return None  # a line of units alone: `_unit_line` reads it
    spans = [(h.start - header_line.start, h.end - header_line.start) for h in header[1:]]
    pieces: list[list[Cell]] = [[] for _ in spans]
    for cell in cells:
        low, high = cell.start - line.start, cell.end - line.start
        overlaps = [min(high, end) - max(low, start) for start, end in spans]
        best = max(range(len(spans)), key=lambda c: overlaps[c])
        if overlaps[best] <= 0:
            best = min(range(len(spans)), key=lambda c: abs(spans[c][0] - low))
        pieces[best].append(cell)
    merged = [header[0]]
    for column, added in zip(header[1:], pieces, strict=True):
        if not added:
            merged.append(column)
            continue
        pieces = (*(column.pieces or (column,)), *added)
        texts = " ".join(piece.text for piece in pieces)
        merged.append(Cell(column.start, column.end, texts, pieces))
    return merged


# A unit under a header: "(000 ha)", "(t/ha)", "(%)", "(£m)".
_UNIT_CELL = re.compile(r"^\([^()]{1,20}\)$")


def _unit_line(line: _Line, header_line: _Line, header: list[Cell]) -> list[Cell | None] | None:
    """The units a second header line gives the columns, each under the header whose text
    starts nearest above it; None when the line is not one (a row, prose)."""
    cells = _fixed_cells(line)
    if not cells or not all(_UNIT_CELL.match(c.text) for c in cells):
        return None
    columns = [h.start - header_line.start for h in header[1:]]
    units: list[Cell | None] = [None] * len(columns)
    for cell in cells:
        at = cell.start - line.start
        nearest = min(range(len(columns)), key=lambda c: abs(columns[c] - at))
        if units[nearest] is not None:
            return None  # two units under one header: not a unit line
        units[nearest] = cell
    return units


def _has_digits_only(cells: list[Cell]) -> bool:
    """A line of numbers is a row, never a header."""
    return all(
        _NUMBER.search(cell.text) and not re.search(r"[A-Za-z]{3}", cell.text) for cell in cells[1:]
    )


def _has_number(row: Row) -> bool:
    return any(cell is not None and _NUMBER.search(cell.text) for cell in row.cells)


# --- captions ----------------------------------------------------------------------------


def _captions(lines: list[_Line], index: int) -> list[Cell]:
    """The lines right above a table that name it: "Table 1: Police recorded crime by
    offence group", a heading, a unit line ("Annual bill ..., in euros."). A heading ends the
    caption; so does a long line, which is prose about something else."""
    captions: list[Cell] = []
    position = index - 1
    read = 0  # lines with text looked at: a caption sits right above its table
    while position >= 0 and read < CAPTION_LINES:
        line = lines[position]
        stripped = line.text.strip()
        position -= 1
        if not stripped or _FENCE.match(stripped):
            continue  # a blank line, or the fence of a code block a fixed-width table is in
        read += 1
        if len(stripped) > MAX_CAPTION_CHARS or "|" in stripped:
            break
        if _is_prose(stripped):
            continue  # prose about the table; a heading above it may still name it
        offset = line.text.index(stripped)
        captions.append(Cell(line.start + offset, line.start + offset + len(stripped), stripped))
        if _is_heading(stripped):
            break
    return captions[::-1]


# A markdown code fence, "```" or "~~~", with an optional language name.
_FENCE = re.compile(r"^(?:`{3,}|~{3,})\s*\w*$")
# A full stop followed by another sentence: "Starts fell in every region. Completions rose."
_NEXT_SENTENCE = re.compile(r"[a-z)%][.!?]\s+[A-Z]")


def _is_prose(text: str) -> bool:
    """A line of several sentences is prose about the table, not a name for it."""
    return _NEXT_SENTENCE.search(text) is not None


def _is_heading(text: str) -> bool:
    """A markdown heading, a numbered table title, or a short line without a full stop."""
    return (
        text.startswith("#")
        or re.match(r"(?i)^(?:table|figure|chart)\s+\w+[:.]", text) is not None
        or not text.rstrip("*_").endswith((".", "]", ")"))
    )
