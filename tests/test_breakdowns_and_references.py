"""A whole's value broken into parts in brackets, sentences that go on about what the one
before measured ("it was", "It approved 1,730"), a bold run-in heading that names its
paragraph, a total since a named year, a part named after "of which", a change worked out
from two written levels, a base that belongs to the next change, a value set against a
target after it, a passive verb that says a value happened, and a fixed-width table whose
headers wrap over three lines. Rows fail on 395fc6b unless marked."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.tables import find_tables

from .verdicts import assert_verdict, evidence_index, verdict_of

PRIMARY = """\
Regional Museums Trust: annual review 2025

Source: Regional Museums Trust

**Spending.** Trust spending was £84.6 million in 2025 (collections £31.2 million, buildings \
£53.4 million), up 3.1% on 2024. Spending in 2024 fell short of the budget. In 2024 as a \
whole it was £82.1 million.

**Loans.** The trust received 2,150 loan requests from other museums. It approved 1,730 and \
declined 280; the rest were withdrawn.

**Membership renewals.** The rate was 81.5%, up 1.5 percentage points from 80.0% a \
year earlier.

The trust conserved 2,950 objects in 2025. Since 2019 the trust has conserved 12,400 objects \
in total.

The trust restored 86 rooms in 2025, of which 31 rooms were panelled rooms.

The trust employed 412 conservators at the end of 2025, down from 436 a year earlier.

Shop sales were £3.1 million in July to September 2026, down 5.0% on a year earlier but up \
1.5% on April to June 2026.

Loan requests were decided in an average of 12 working days, against our target of 15. Of \
urgent repairs, 91.2% were completed within five days, against a target of 90%.

Table 4: School visits by region

```
Region                 Jul-Sep 2026   Change on    Change on
                           (number)   previous     a year
                                      quarter (%)  earlier (%)
North                         4,210      -6.0        +2.5
South                         3,870      +1.2        -4.4
All regions                   8,080      -2.8        -0.8
```
"""

ROWS = [
    # The whole's value is no value of a part the brackets give on its own, nor the reverse.
    ("whole-for-part", "Spending on collections was £84.6 million in 2025.", "contradicted"),
    ("part-named", "Spending on buildings was £53.4 million in 2025.", "supported"),  # passes
    ("part-for-other-part", "Spending on collections was £53.4 million in 2025.", "contradicted"),
    ("part-for-whole", "Trust spending was £31.2 million in 2025.", "contradicted"),
    ("whole", "Trust spending was £84.6 million in 2025.", "supported"),  # passes on 395fc6b
    # "In 2025 as a whole it was": what the sentence before measured.
    ("it-was", "Trust spending was £82.1 million in 2024.", "supported"),
    # "It approved 1,730": loan requests, as the sentence before counted.
    ("it-approved", "The trust approved 1,730 loan requests.", "supported"),
    # The bold run-in heading names what the paragraph is about.
    ("run-in", "The membership renewal rate rose by 1.5 percentage points.", "supported"),
    # "Since 2019 ... in total": no count of 2025's.
    ("since-total", "The trust conserved 12,400 objects in 2025.", "contradicted"),
    ("own-year", "The trust conserved 2,950 objects in 2025.", "supported"),  # passes on 395fc6b
    # "of which 31 rooms were panelled rooms": a part, named by "period".
    ("of-which-whole", "The trust restored 31 rooms in 2025.", "contradicted"),
    ("of-which-part", "The trust restored 31 panelled rooms in 2025.", "supported"),
    # 412 down from 436: 24 fewer, worked out from two written levels.
    ("difference", "The trust employed 24 fewer conservators than a year earlier.", "supported"),
    # "down 5.0% on a year earlier but up 1.5% on April to June 2026": each change its base
    # (passes on 395fc6b, which fails it in a bulletin dated by its quarter).
    (
        "own-base",
        "Shop sales fell by 5.0% compared with July to September 2025.",
        "supported",
    ),
    # "on a year earlier" is measured from a year before the sentence's own time, and a
    # table's "Change on a year earlier" from a year before its latest period: neither is a
    # change on 2022 (passes on 395fc6b, which reads the wrong base or no table at all).
    (
        "year-earlier-dated",
        "Shop sales fell by 5.0% compared with July to September 2022.",
        "missing",
    ),
    # "12 working days, against our target of 15": the 12 is what happened.
    ("against-target", "Loan requests were decided in an average of 12 working days.", "supported"),
    # "91.2% were completed ..., against a target of 90%": the 90% did not happen. Fails on
    # 395fc6b as a wrong support.
    ("target-as-done", "90% of urgent repairs were completed within five days.", "contradicted"),
    # A fixed-width table whose headers wrap: "Change on previous quarter (%)".
    (
        "wrapped-quarter",
        "School visits in the North fell by 6.0% on the previous quarter.",
        "supported",
    ),
    ("wrapped-year", "School visits in the North fell by 6.0% on a year earlier.", "contradicted"),
    (
        "wrapped-year-named",
        "School visits in the South fell by 4.4% on a year earlier.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "museums.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_a_wrapped_header_joins_its_lines_column_by_column() -> None:
    (table,) = find_tables(PRIMARY)
    assert [c.text for c in table.columns if c is not None] == [
        "Jul-Sep 2026 (number)",
        "Change on previous quarter (%)",
        "Change on a year earlier (%)",
    ]
    assert [row.label.text for row in table.rows] == ["North", "South", "All regions"]
    # Each line's piece keeps its place in the file.
    pieces = table.columns[1].pieces
    assert [PRIMARY[p.start : p.end] for p in pieces] == ["Change on", "previous", "quarter (%)"]


# Passes on 395fc6b, which does not read the wrapped table.
def test_a_change_on_a_year_earlier_in_a_table_is_no_change_on_another_year(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    claim = "School visits in the South fell by 4.4% compared with July to September 2022."
    assert verdict_of(analyzer, index, "c", claim).verdict != "supported"
