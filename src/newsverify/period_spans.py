"""Reporting periods and spans of months as one: "April to June 2026" is Q2 2026, "January
to June" the first half, "April to October 2026" the seven months to October 2026.

Statistics name the same period in both ways, and the figure reader dates a span of months
("April to June 2026") while periods.py reads a named period ("the second quarter of 2026",
"the year to June 2026"). Turning a span into the period it is lets the two be compared
exactly, as periods are: a value for the year to June is not the quarter's, and a value for
April to October is not October's.
"""

from __future__ import annotations

from .periods import FISCAL_YEAR, HALF, MONTHS_TO, QUARTER, Period
from .records import DateParts


def span_period(date: DateParts) -> Period | None:
    """The reporting period a month or span of months within one year is, or None for a
    date that is not one (a day, a week, a bare year, a weekday)."""
    if date.month is None or date.day is not None or date.week is not None:
        return None
    if date.weekday is not None:
        return None
    last = date.end_month or date.month
    if last < date.month:
        return None
    months = last - date.month + 1
    if months == 3 and last % 3 == 0:
        return Period(QUARTER, last // 3, date.year)
    if months == 6 and last % 6 == 0:
        return Period(HALF, last // 6, date.year)
    return Period(MONTHS_TO, months, date.year, last)


def year_range_period(date: DateParts) -> Period | None:
    """A span of two consecutive years ("2025-26") as the fiscal year it names, the year to
    2026 as periods.py counts fiscal years."""
    if date.month is not None or date.year is None or date.end_year != date.year + 1:
        return None
    return Period(FISCAL_YEAR, date.end_year)


def period_months(period: Period) -> tuple[int, int] | None:
    """How many months a period runs and the month it ends, when periods.py can say."""
    if period.kind == QUARTER:
        return 3, period.number * 3
    if period.kind == HALF:
        return 6, period.number * 6
    if period.kind == MONTHS_TO and period.month:
        return period.number, period.month
    return None


def same_months(first: Period, second: Period) -> bool | None:
    """Do two periods cover the same months? None when one of them cannot be placed (a
    fiscal year, the year to date) or their years are not both known and alike."""
    if first.kind == second.kind == FISCAL_YEAR:
        return first.number == second.number
    a, b = period_months(first), period_months(second)
    if a is None or b is None:
        return None
    if a == b:
        if first.year is None or second.year is None:
            return True if first.year == second.year else None
        return first.year == second.year
    # Another length or end is another period, in whichever year each falls.
    return False


def in_year_of(date: DateParts, written: list[DateParts]) -> DateParts:
    """A month or span without a year ("between April and June") in the year of the document
    that writes it, when that puts it before the document's date: a release of August 2026
    reports April to June 2026. A later month may be last year's or next year's, so it stays
    without a year."""
    if date.year is not None or date.month is None:
        return date
    dated = next((d for d in written if d.year and d.month), None)
    if dated is None or dated.month is None:
        return date
    if (date.end_month or date.month) > dated.month:
        return date
    return DateParts(
        year=dated.year,
        month=date.month,
        day=date.day,
        weekday=date.weekday,
        end_month=date.end_month,
        end_day=date.end_day,
    )
