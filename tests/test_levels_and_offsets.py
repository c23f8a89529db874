"""A claimed level is read against the primary's levels, not a change beside them; a level
said to hold "a year earlier" is about a time the primary's current value does not speak for;
"a total of 1,850 volunteers" counts volunteers, not a "total"; "Dredging" inside a name
meets "dredging"; a place that opens a sentence says where its figure holds."""

from __future__ import annotations

import pytest

from newsverify.comparison_bases import earlier_offset_of
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import assert_verdict, evidence_index

TARIFFS = """\
Hollin Water: household charges for 2026-27

Source: Hollin Water

## Charges by customer type

Annual water bill for a household with average use, in pounds.

| Customer type | 1 Apr 2025 to 31 Mar 2026 | 1 Apr 2026 to 31 Mar 2027 | Change (£) | Change (%) |
| --- | ---: | ---: | ---: | ---: |
| Metered household | 412 | 436 | +24 | +5.8 |
| Unmetered household | 538 | 569 | +31 | +5.8 |

Library membership in the borough stood at 48,200 at the end of March 2026.

Some 1,850 volunteers took part in the spring beach clean, collecting 4.2 tonnes of litter.
"""

ROWS = [
    # the row's change cell settles nothing about a level: its levels do
    (
        "level-wrong",
        "From 1 April 2026 the annual water bill for a metered household will be £450.",
        "contradicted",
    ),
    (
        "level-right",
        "From 1 April 2026 the annual water bill for a metered household will be £436.",
        "supported",
    ),
    # ... and a claimed change is still read against the change
    (
        "change-right",
        "The annual water bill for a metered household will rise by £24.",
        "supported",
    ),
    (
        "change-wrong",
        "The annual water bill for a metered household will rise by £30.",
        "contradicted",
    ),
    # a level for a year earlier is not the level now
    ("year-earlier", "Library membership in the borough was 41,000 a year earlier.", "missing"),
    ("months-ago", "Library membership in the borough was 41,000 six months ago.", "missing"),
    (
        "same-time",
        "Library membership in the borough was 41,000 at the end of March 2026.",
        "contradicted",
    ),
    ("now", "Library membership in the borough was 48,200 at the end of March 2026.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, TARIFFS, "tariffs.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


OFFSETS = [
    ("Ferry crossings numbered 1,310 a year earlier.", "1,310", "a year earlier"),
    ("The clinic saw 86 patients two weeks ago.", "86", "two weeks ago"),
    # an offset after a comparison is where a change is measured from
    ("Ferry crossings rose to 1,450, up from 1,310 a year earlier.", "1,310", ""),
    ("Crossings were 1,450, more than a year earlier.", "1,450", ""),
    ("Ferry crossings rose by 140 a year earlier.", "140", ""),
    # a length of time is no offset
    ("The clinic saw 86 patients over two weeks.", "86", ""),
]


@pytest.mark.parametrize(("text", "value", "expected"), OFFSETS, ids=[r[0] for r in OFFSETS])
def test_earlier_offset_of(analyzer: Analyzer, text: str, value: str, expected: str) -> None:
    parsed = analyzer.parse_text(text)
    figure = next(f for f in parsed.figures if f.text.endswith(value) or value in f.text)
    assert earlier_offset_of(figure, parsed.figures, text) == expected


ARTICLE = """\
Beach clean draws a crowd

A total of 1,850 volunteers turned out for the spring beach clean, and they collected 4.2 \
tonnes of litter.

A total of 2,600 volunteers took part in the spring beach clean, organisers said.
"""


def test_a_total_of_is_the_count_itself(analyzer: Analyzer, index: EvidenceIndex) -> None:
    document = parse_text(ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    verdicts = [(f.text, f.verdict.verdict) for f in check_article(document, parsed, index)]
    assert ("1,850 volunteers", "supported") in verdicts
    assert ("2,600 volunteers", "contradicted") in verdicts


WORKS = """\
Harbour works: spring update

Source: Port of Kelby

The Kelby Harbour Dredging Programme will remove 40,000 tonnes of silt from the inner channel \
this spring.
"""

NAMED_ROWS = [
    # a word inside a name keeps its spelling, and still names what the common word does
    ("named-right", "Dredging will remove 40,000 tonnes of silt.", "supported"),
    ("named-wrong", "Dredging will remove 55,000 tonnes of silt.", "contradicted"),
]


@pytest.fixture(scope="module")
def works(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, WORKS, "works.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), NAMED_ROWS, ids=[r[0] for r in NAMED_ROWS]
)
def test_a_word_of_a_name_meets_the_common_word(
    analyzer: Analyzer, works: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, works, claim_id, text, expected)


RENTS = """\
Private rents: March 2026

Source: Office for Housing Statistics

A typical two-bedroom flat costs £950 a month to rent.
"""

RENTS_ARTICLE = """\
Rents keep climbing

A typical two-bedroom flat now costs £720 a month to rent.

In the north of England, a typical two-bedroom flat costs £720 a month to rent.

A typical two-bedroom flat in the city costs £720 a month to rent.
"""


def test_a_place_that_opens_the_sentence_scopes_its_figure(analyzer: Analyzer) -> None:
    # The national figure conflicts with the claim for the whole country, not with one for a
    # region named in a phrase before the figure's clause, or one it points back at.
    rents = evidence_index(analyzer, RENTS, "rents.txt")
    document = parse_text(RENTS_ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    verdicts = [f.verdict.verdict for f in check_article(document, parsed, rents)]
    assert verdicts == ["contradicted", "missing", "missing"]
