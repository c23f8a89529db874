"""Figures in an article's own tables are read as cells, the way a primary's tables are: the
column header (or the row label) says which year a count is for and that a signed percentage
is a change, not a share. Read as a line of text, "+2.0%" would be a 2% share of something,
and a wrong one."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import evidence_index

RELEASE = """\
Library service annual report 2025-26

Source: Ormsby Libraries

Loans of printed books rose by 2.0% to 412,300 in 2025-26, from 404,200 in 2024-25.
E-book loans rose by 18.5% to 96,400. Visits fell by 4.1% to 1.21 million.
Children made up 38% of all borrowers.
"""

ARTICLE = """\
Friends of Ormsby Libraries newsletter

The service's own figures, in brief:

| Measure | 2024-25 | 2025-26 | Change |
| --- | --- | --- | --- |
| Printed book loans | 404,200 | 412,300 | +2.0% |
| E-book loans | 81,400 | 96,400 | +28.5% |

| Measure | 2025-26 |
| --- | --- |
| Visits, year on year | -4.1% |
"""

EXPECTED = {
    # a count under its year's header is that year's count
    "404,200": "supported",
    "412,300": "supported",
    # a signed percentage under "Change" is a rise: 2.0% is the printed loans' rise...
    "2.0%": "supported",
    # ... and 28.5% is not e-books' 18.5% rise
    "28.5%": "contradicted",
    # a row label that names the change says so too
    "-4.1%": "supported",
}


@pytest.fixture(scope="module")
def findings(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    index = evidence_index(analyzer, RELEASE, "library-report.txt")
    document = parse_text(ARTICLE, "newsletter.md")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    return {f.text: f.verdict for f in check_article(document, parsed, index)}


@pytest.mark.parametrize(("text", "expected"), EXPECTED.items())
def test_table_cells_in_articles(findings, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    verdict = findings[text]
    assert verdict.verdict == expected, verdict.reason
