"""Words a value names by its kind, clipped nouns, and changes named by a noun ("an increase of
23,000"): each row's supported reading was missing before its mechanism, and each trap must
never be supported."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.records import CHANGE, COUNT, MULTIPLIER

from .verdicts import evidence_index, verdict_of

RELEASE = """Exam results, summer 2025

There were 1.93 million entries, an increase of 1.8% on 2024.

* 68.4% of entries were awarded grade C or above, down 0.7 percentage points from 69.1% in 2024.

The Capital region had the highest proportion of entries at grade C or above (74.3%).

In mathematics, 61.2% of entries were graded C or above.

Shoplifting rose by 14% to 187,200 offences, an increase of 23,000.
"""

ROWS = [
    # "the number of entries" is a count of entries: a growth factor of entries names it.
    ("number", "The number of entries rose by 1.8% on 2024.", "supported"),
    ("number-wrong", "The number of entries rose by 2.8% on 2024.", "not supported"),
    # "the share of entries" is what the passage's "proportion" of a percentage is.
    (
        "share-points-wrong",
        "The share of entries at grade C or above fell by 0.9 percentage points.",
        "not supported",
    ),
    (
        "share-level",
        "The Capital region had the highest share of entries at C or above, 74.3%.",
        "supported",
    ),
    (
        "share-level-wrong",
        "The Capital region had the highest share of entries at C or above, 77.3%.",
        "not supported",
    ),
    # "maths" is clipped "mathematics".
    ("clipped", "61.2% of maths entries were graded C or above.", "supported"),
    ("clipped-wrong", "62.1% of maths entries were graded C or above.", "contradicted"),
    # "an increase of 23,000" right after "187,200 offences" counts offences.
    ("noun-change", "Shoplifting offences rose by 23,000.", "supported"),
    ("noun-change-wrong", "Shoplifting offences rose by 25,000.", "not supported"),
]


@pytest.fixture(scope="module")
def release(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, RELEASE, "release.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_value_heads_and_noun_changes(
    analyzer: Analyzer, release: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = verdict_of(analyzer, release, claim_id, text)
    if expected == "not supported":
        assert verdict.verdict != "supported", verdict.reason
    else:
        assert verdict.verdict == expected, verdict.reason


def test_a_share_head_is_not_implied_by_money(analyzer: Analyzer) -> None:
    # "share" is named by a percentage, not by a sum of money about something else.
    index = evidence_index(analyzer, "The fund paid out £74.3m to entrants.", "fund.txt")
    verdict = verdict_of(analyzer, index, "x", "The share of entrants paid was 74.3%.")
    assert verdict.verdict != "supported", verdict.reason


FIGURE_ROWS = [
    ("Shoplifting rose to 187,200, an increase of 23,000.", "increase of 23,000", CHANGE, 23000),
    ("The plan means a fall of 300 jobs in Leeds.", "fall of 300 jobs", CHANGE, -300),
    ("an increase of more than 2,000 in March", "increase of more than 2,000", CHANGE, 2000),
    # negative rows: no noun of change, or a percentage read as a factor
    ("a total of 300 people", "300 people", COUNT, 300),
    ("an increase of 5% in pay", "increase of 5%", MULTIPLIER, 1.05),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), FIGURE_ROWS)
def test_a_noun_of_change_before_of(text: str, span: str, kind: str, value: float) -> None:
    figures = [f for f in find_figures(text) if f.text == span]
    assert figures, [f.text for f in find_figures(text)]
    assert figures[0].kind == kind
    assert figures[0].value == pytest.approx(value)


def test_an_age_is_no_span_of_time(analyzer: Analyzer) -> None:
    # "every 18 to 24-year-old" is an age: no reading of "more than six months" either way.
    index = evidence_index(
        analyzer,
        "The Youth Jobs Guarantee offers a placement to every 18 to 24-year-old out of work.",
        "guarantee.txt",
    )
    text = "The Youth Jobs Guarantee is for young people out of work for more than six months."
    verdict = verdict_of(analyzer, index, "x", text)
    assert verdict.verdict == "missing", verdict.reason
    assert "year-old" not in verdict.reason


SCHEME = "The heat pump grant scheme is backed by €300 million of funding."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a per-household grant is not the scheme's budget: 40,000 times off is another sum
        ("The heat pump grant scheme gives households up to €7,500.", "missing"),
        # a misstated budget still conflicts
        ("The heat pump grant scheme is backed by €250 million of funding.", "contradicted"),
        ("The heat pump grant scheme is backed by €300 million of funding.", "supported"),
    ],
)
def test_a_value_of_another_order_counts_something_else(
    analyzer: Analyzer, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, SCHEME, "scheme.txt")
    verdict = verdict_of(analyzer, index, "x", text)
    assert verdict.verdict == expected, verdict.reason
