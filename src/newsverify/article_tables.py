"""Figures in an article's own tables, read the way a primary's tables are (table_cells.py).

A union bulletin prints "| False alarms | 8,647 | 8,906 | +3.0% |" under "| Incident type |
2024-25 | 2025-26 | Change |". Read as a line of text, "+3.0%" is a 3% share of something and
"8,647" a count of no particular year; read as cells, the one is a rise of 3.0% and the other
the count for 2024-25. A finding for a figure in a table is checked as its cell: the cell's
reading of the number, its column's times, and the row's other cells as the values the line
tells apart.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .corpus import Document
from .records import Figure
from .table_cells import TableCell, table_cells
from .tables import find_tables


@dataclass(frozen=True)
class ArticleCells:
    cells: list[TableCell]  # in file order
    starts: list[int]

    def at(self, figure: Figure) -> TableCell | None:
        """The cell the figure reader's `figure` was read from, if it is in a table."""
        position = bisect_right(self.starts, figure.start) - 1
        if position < 0:
            return None
        cell = self.cells[position]
        return cell if cell.figure.start <= figure.start < cell.figure.end else None

    def unread(self, figures: list[Figure]) -> list[TableCell]:
        """The cells no figure of `figures` was read from: the figure reader reads no signed
        number in running text ("-4.1%"), but in a table's change column it is one."""
        read = {id(cell) for figure in figures if (cell := self.at(figure)) is not None}
        return [cell for cell in self.cells if id(cell) not in read]

    def row_of(self, cell: TableCell) -> list[TableCell]:
        """The other cells of the cell's row."""
        return [c for c in self.cells if c.line == cell.line and c is not cell]


def article_cells(document: Document) -> ArticleCells:
    """Every numeric cell of the document's tables."""
    cells = sorted(
        (
            cell
            for table in find_tables(document.original, document.start)
            if table.rows
            for cell in table_cells(table)
        ),
        key=lambda c: c.figure.start,
    )
    return ArticleCells(cells, [c.figure.start for c in cells])
