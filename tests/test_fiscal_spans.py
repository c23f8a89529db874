"""A financial year is the twelve months the document says it runs, and only then: "2025-26
(1 April 2025 to 31 March 2026)" is the year to March 2026, while a bare "2025-26" says
nothing of its months (financial years end in different months in different places)."""

from __future__ import annotations

import pytest

from newsverify.fiscal_spans import fiscal_year_months
from newsverify.periods import MONTHS_TO, Period
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Library statistics, April 2025 to March 2026", {2026: Period(MONTHS_TO, 12, 2026, 3)}),
        ("the year 2024-25 (1 July 2024 to 30 June 2025)", {2025: Period(MONTHS_TO, 12, 2025, 6)}),
        # not twelve months running into the next year
        ("January 2025 to December 2025", {}),
        ("April 2025 to September 2026", {}),
    ],
)
def test_fiscal_year_months(text: str, months: dict[int, Period]) -> None:
    assert fiscal_year_months(text) == months


SPELLED_OUT = """\
Ormsby Libraries annual statistics, April 2025 to March 2026

Source: Ormsby Libraries

Loans rose by 2.0% to 412,300 in the financial year 2025-26.
"""

BARE = """\
Ormsby Libraries annual statistics 2025-26

Source: Ormsby Libraries

Loans rose by 2.0% to 412,300 in the financial year 2025-26.
"""


@pytest.mark.parametrize(
    ("primary", "expected"),
    [(SPELLED_OUT, "supported"), (BARE, "missing")],
)
def test_year_to_march_is_the_spelled_out_financial_year(
    analyzer: Analyzer, primary: str, expected: str
) -> None:
    index = evidence_index(analyzer, primary, "library-annual.txt")
    claim = "Loans rose by 2.0% in the year to March 2026."
    assert_verdict(analyzer, index, "fy", claim, expected)


COVERAGE = """\
Ormsby Libraries annual statistics

Source: Ormsby Libraries

Coverage: the financial year 2025-26 (1 April 2025 to 31 March 2026)

The service recorded 412,300 loans in 2025-26.
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "in the year to March" names the period, if not its year: the primary's value for
        # its financial year to March is no earlier figure mistaken for the latest
        ("The service recorded 412,300 loans in the year to March.", "supported"),
        ("The service recorded 412,300 loans in the year to June.", "missing"),
    ],
)
def test_a_period_without_its_year_still_says_when(
    analyzer: Analyzer, claim: str, expected: str
) -> None:
    index = evidence_index(analyzer, COVERAGE, "library-annual.txt")
    assert_verdict(analyzer, index, "fy-no-year", claim, expected)
