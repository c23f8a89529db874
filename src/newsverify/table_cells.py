"""A table's cells read as figures, each with the times and labels that say what it counts.

A cell's number means what its row's label and its column's header say: "98,700" under
"YE Jun 2025" on the "Burglary" row is the number of burglaries in the year ending June 2025;
"-11.0" under "Change (%)" on that row is an 11% fall, a factor of 0.89 like "fell by 11%".
So each cell becomes one figure, with
- its unit from the cell ("168 mm", "142%", "€1,758"), else the column header ("Change (%)",
  "Change (€)"), the row label, or the caption ("..., in euros");
- a change when its column is one ("Change", "Change in entries on 2024"): a percentage then
  is a factor, and a sum or count a signed change;
- its times from the column header when that is a period ("October 2025", "2024-25",
  "Year ending June 2025"), else from the row label, else (a change, an anomaly, a share)
  those of every period column of the table, else from the caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures import find_figures
from .header_units import header_unit
from .records import CHANGE, COUNT, LEVEL, MONEY, MULTIPLIER, YEAR, Figure
from .tables import Cell, Table
from .text import normalize
from .values import is_time

# A number as a table prints it: a sign, a currency, digits, then a unit or a footnote mark.
_CELL_NUMBER = re.compile(
    r"^(?P<sign>[+\-−–])?\s*(?P<currency>[£$€])?\s*(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"\s*(?P<suffix>[^\[(]*?)\s*(?:\[\w+\]|\(\w\))*\s*$"
)
_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
# Units a header or caption gives for the cells under it.
_HEADER_PERCENT = re.compile(r"\(\s*%\s*\)|\bper\s*cent\b|\bpercent\b|%")
_HEADER_POINTS = re.compile(r"\b(?:percentage\s+points?|pts|pp)\b", re.IGNORECASE)
_HEADER_CURRENCY = re.compile(
    r"\(\s*(?P<symbol>[£$€])\s*(?P<scale>m|bn|k|million|billion|thousand)?\s*\)"
    r"|\bin\s+(?P<word>euros|pounds|dollars)\b",
    re.IGNORECASE,
)
_CURRENCY_WORDS = {"euros": "EUR", "pounds": "GBP", "dollars": "USD"}
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_BRACKETS = re.compile(r"\([^()]+\)")
# A header that opens with a plural noun says what its cells count: "Days above 50", "Sites".
_COUNTING_HEADER = re.compile(r"^\W*[A-Z]?[a-z]{2,}s\b")
# A column of changes: the difference between two of the table's times, named ("Change
# (%)") or as the two times compared ("Month on month", "3 months on 3 months", "Year on
# year", "On a year earlier").
_PERIOD_WORD = r"(?:day|week|month|quarter|year|period)s?"
_COUNT = r"(?:\d+|two|three|six|twelve)"
_CHANGE_HEADER = re.compile(
    r"\b(?:change|changes|rise|increase|fall|decrease|difference|growth)\b"
    rf"|\b(?:{_COUNT}\s+)?{_PERIOD_WORD}\s+on\s+(?:the\s+|a\s+)?(?:{_COUNT}\s+)?"
    rf"(?:previous\s+|prior\s+|last\s+|same\s+)?{_PERIOD_WORD}\b"
    r"|^\W*on\s+(?:the\s+|a\s+)?(?:previous|prior|last|same|year|month|quarter)\b",
    re.IGNORECASE,
)
# A caption that says every cell is a change ("Sales volumes by sector, % change"): so are
# the cells of a column whose header names no time of its own.
_CHANGE_CAPTION = re.compile(r"(?:%|\bper\s*cent|\bpercent(?:age)?)\s+changes?\b", re.IGNORECASE)


@dataclass(frozen=True)
class TableCell:
    """One figure of a table, with what says what it counts."""

    figure: Figure
    times: list[Figure]  # the header's (or label's, or caption's) times, file offsets
    row: int  # the row's index in the table
    column: int  # the column's index after the label column
    label: Cell  # the row's label
    header: Cell | None  # the column's header
    line: tuple[int, int]  # file offsets of the row's line


# A column of rates of change over a period, which its cells give as levels: "12-month rate
# (%)", "Annual rate", "Year-on-year inflation".
_RATE_HEADER = re.compile(
    r"\b(?:(?:\d+|twelve|three|one)[- ]month|annual|year[- ]on[- ]year)\s+(?:rate|inflation)\b",
    re.IGNORECASE,
)


def is_rate_header(text: str) -> bool:
    """A column header that names a rate of change over a period ("12-month rate (%)")."""
    return bool(_RATE_HEADER.search(text))


def is_change_header(text: str) -> bool:
    """A column header that names a change ("Change (%)", "Rise on 2025")."""
    return bool(_CHANGE_HEADER.search(text))


def table_cells(table: Table) -> list[TableCell]:
    """Every cell of the table that holds a number, read as a figure."""
    by_column = [header_times(header) for header in table.columns]
    # A column of changes names the period it compares with ("Change in entries on 2024"):
    # that is no time for the table's other columns.
    period_times = [
        time
        for times, header in zip(by_column, table.columns, strict=True)
        if header is None or not _CHANGE_HEADER.search(header.text)
        for time in times
    ]
    caption_times = [time for caption in table.captions for time in header_times(caption)]
    cells: list[TableCell] = []
    for row_number, row in enumerate(table.rows):
        label_times = header_times(row.label)
        for column, cell in enumerate(row.cells):
            if cell is None or column >= len(table.columns):
                continue
            header = table.columns[column]
            unit = table.units[column] if column < len(table.units) else None
            figure = cell_figure(cell, header, row.label, table.captions, unit)
            if figure is None:
                continue
            # A column of totals or of other times ("Total", "Later years") beside a dated
            # one ("2027-28") is not of that date.
            spread = header is not None and bool(_SPREAD_HEADER.search(header.text))
            times = (
                by_column[column]
                or label_times
                or (not spread and _undated_column_times(header, period_times, caption_times))
                or caption_times
            )
            if header is not None and _CHANGE_HEADER.search(header.text) and by_column[column]:
                # "Change on 2025 (%)" names the period it is measured from: the change is
                # from then to the periods the table's other columns give.
                times = [*times, *(t for t in period_times if not _same_value(t, times))]
            line = (row.start, row.end)
            cells.append(TableCell(figure, times, row_number, column, row.label, header, line))
    return cells


# Headers of columns that add up or lie beyond the table's dated columns.
_SPREAD_HEADER = re.compile(
    r"\b(?:total|all years|cumulative|later|earlier|future|previous|remaining|other) *"
    r"(?:years?|periods?|quarters?|months?)?\b",
    re.IGNORECASE,
)


def _undated_column_times(
    header: Cell | None, period_times: list[Figure], caption_times: list[Figure]
) -> list[Figure]:
    """The times of a column whose header names none: those of the table's dated columns
    ("2024 | 2025 | Share"), unless the caption dates the table to a year and the dated
    columns are of other times ("Response times, October 2026": "Mean | Mean, October 2025").
    A column of changes is from the dated columns' times whatever the caption says."""
    if header is not None and _CHANGE_HEADER.search(header.text):
        return period_times
    if len(caption_times) != 1 or _same_value(caption_times[0], period_times):
        return period_times
    caption = caption_times[0]
    dated = caption.kind == YEAR or (caption.date is not None and caption.date.year is not None)
    return caption_times if dated else period_times


def _same_value(time: Figure, times: list[Figure]) -> bool:
    return any((t.value, t.upper) == (time.value, time.upper) for t in times)


def cell_figure(
    cell: Cell,
    header: Cell | None,
    label: Cell,
    captions: list[Cell],
    unit: Cell | None = None,
) -> Figure | None:
    """The figure a cell gives, read with its column header (and the unit line under it), row
    label and captions."""
    cell = _unemphasised(cell)
    found = _CELL_NUMBER.match(cell.text)
    if found is None:
        return None
    number = float(found["number"].replace(",", ""))
    negative = found["sign"] not in (None, "+")
    value = -number if negative else number
    suffix = found["suffix"].strip()
    # A caption that gives two units ("visits (thousands), and spending (£ million)") does not
    # say which column has which; a header that says what its cells count ("Days PM10 above
    # 50 (2025)") counts those, whatever unit the caption gives the rest.
    counting = header is not None and _COUNTING_HEADER.match(header.text)
    captions = [] if counting else [c for c in captions if len(_BRACKETS.findall(c.text)) < 2]
    context = [c.text for c in (unit, header, label, *captions) if c is not None]
    # A change is named by its column's header, or by its row's label ("Volumes, month on
    # month | +0.6%"), or by the caption for every column that names no time of its own.
    change = any(c is not None and _CHANGE_HEADER.search(c.text) for c in (header, label))
    if not change and any(_CHANGE_CAPTION.search(c.text) for c in captions):
        change = not header_times(header)
    base = Figure(cell.start, cell.end, cell.text, value, "", COUNT)
    if found["currency"]:
        currency = _CURRENCIES[found["currency"]]
        figure = _read(f"{found['currency']}{found['number']}{suffix}", base) or replace(
            base, unit=currency, kind=MONEY, currency=currency
        )
        figure = replace(figure, value=-(figure.value or 0) if negative else figure.value)
    elif suffix == "%":
        figure = replace(base, unit="percent", kind=LEVEL)
    elif suffix.startswith(":"):
        # "00:31:26" under "(hours:minutes:seconds)": a duration, read as a sentence reads it
        figure = _read(f"{found['number']}{suffix}", base) or base
    elif suffix:
        figure = _read(f"{found['number']} {suffix}", base) or replace(base, unit=suffix.lower())
        figure = replace(figure, value=-(figure.value or 0) if negative else figure.value)
    else:
        figure = _unit_from(context, base)
    return _as_change(figure) if change else figure


def _in_header_unit(context: list[str], figure: Figure) -> Figure | None:
    """A bare number under "(thousand t)" or "(t/ha)", read as the sentence "12479000 tonnes"
    or "7.6 t/ha" would be; None when no header names such a unit."""
    for text in context:
        unit = header_unit(text)
        if unit is None:
            continue
        value = (figure.value or 0.0) * unit.scale
        # Digit groups, as a sentence writes it: a long bare run of digits reads as no number.
        written = f"{abs(value):,f}".rstrip("0").rstrip(".")
        read = _read(f"{written} {unit.words}".rstrip(), figure)
        if read is not None and read.value is not None:
            return replace(read, value=-read.value if value < 0 else read.value)
    return None


def _unemphasised(cell: Cell) -> Cell:
    """A bold or italic cell ("**38,460**", a total row) without its markdown marks."""
    text = cell.text
    for mark in ("**", "__", "*", "_"):
        inner = len(text) - 2 * len(mark)
        if inner > 0 and text.startswith(mark) and text.endswith(mark):
            width = len(mark)
            return Cell(cell.start + width, cell.end - width, text[width:-width])
    return cell


def _read(text: str, base: Figure) -> Figure | None:
    """The figure reader's own reading of a cell's number with its unit ("78 hours"), so
    that a cell and a sentence name a unit alike; at the cell's offsets."""
    found = [f for f in find_figures(text) if not is_time(f)]
    if len(found) != 1:
        return None
    return replace(found[0], start=base.start, end=base.end, text=base.text)


def _unit_from(context: list[str], figure: Figure) -> Figure:
    """A bare number takes the unit its column header, row label or caption gives."""
    if (measured := _in_header_unit(context, figure)) is not None:
        return measured
    for text in context:
        if _HEADER_POINTS.search(text):
            return replace(figure, unit="percentage_point", kind=CHANGE)
        if _HEADER_PERCENT.search(text):
            return replace(figure, unit="percent", kind=LEVEL)
        currency = _HEADER_CURRENCY.search(text)
        if currency:
            symbol, word = currency["symbol"], currency["word"]
            code = _CURRENCIES[symbol] if symbol else _CURRENCY_WORDS[word.lower()]
            scale = _SCALES.get((currency["scale"] or "").lower(), 1.0)
            value = (figure.value or 0) * scale
            return replace(figure, value=value, unit=code, kind=MONEY, currency=code)
    return figure


def _as_change(figure: Figure) -> Figure:
    """A cell of a change column: a percentage is a factor ("-11.0" under "Change (%)" is
    "fell by 11%", 0.89), anything else a signed change."""
    value = figure.value or 0.0
    if figure.unit == "percent":
        return replace(figure, value=round(1 + value / 100, 6), unit="factor", kind=MULTIPLIER)
    if figure.kind in (MULTIPLIER, CHANGE):
        return figure
    return replace(figure, kind=CHANGE)


def header_times(cell: Cell | None) -> list[Figure]:
    """The times a header, label or caption names, at their file offsets."""
    if cell is None:
        return []
    if cell.pieces:
        # A wrapped header: each line's times at that line's offsets ("YE Sep 2026" under
        # "Applications"), or when no line alone names one, the joined text's.
        by_line = [time for piece in cell.pieces for time in header_times(piece)]
        if by_line:
            return by_line
    normalized = normalize(cell.text)
    times = []
    for figure in find_figures(normalized.text):
        if not is_time(figure):
            continue
        start, end = normalized.to_original(figure.start, figure.end)
        times.append(replace(figure, start=cell.start + start, end=cell.start + end))
    return times
