"""A table caption's span of months placed in each fiscal-year column: under "Central
government, April to October", the "2026-27" column is April to October 2026 and the
"2025-26" column April to October 2025.

The caption names the months without a year, and the columns name the years without the
months; a value under either is for both at once. The latest column is the latest such span
the document can report, the one that ends by its date; an earlier column is as many years
before it as its fiscal year is before the latest one.
"""

from __future__ import annotations

from dataclasses import replace

from .records import DateParts, Figure
from .values import as_date


def placed_spans(
    caption_times: list[Figure],
    column_times: list[Figure],
    all_columns: list[Figure],
    written: list[DateParts],
) -> list[Figure]:
    """The caption's year-less month spans dated for a cell under `column_times`, given the
    times of every column of the table and the document's dates."""
    spans = [t for t in caption_times if _yearless_span(t)]
    years = [first for t in column_times if (first := _fiscal_start(t)) is not None]
    starts = [first for t in all_columns if (first := _fiscal_start(t)) is not None]
    dated = next((d for d in written if d.year and d.month), None)
    if not spans or not years or not starts or dated is None or dated.year is None:
        return []
    latest = max(starts)
    placed: list[Figure] = []
    for span in spans:
        parts = span.date
        if parts is None or parts.month is None:
            continue
        # The latest span that has ended by the document's date.
        last = parts.end_month or parts.month
        recent = dated.year if dated.month is not None and last <= dated.month else dated.year - 1
        for first in years:
            year = recent - (latest - first)
            value = float(year * 10000 + parts.month * 100)
            upper = float(year * 10000 + last * 100)
            placed.append(replace(span, value=value, upper=upper, date=replace(parts, year=year)))
    return placed


def _yearless_span(time: Figure) -> bool:
    parts = time.date
    return (
        parts is not None
        and parts.year is None
        and parts.month is not None
        and parts.end_month is not None
        and parts.day is None
    )


def _fiscal_start(time: Figure) -> int | None:
    """The first year of a fiscal year written as two years ("2025-26"), else None."""
    parts = as_date(time)
    if parts is None or parts.month is not None or parts.year is None:
        return None
    return parts.year if parts.end_year == parts.year + 1 else None
