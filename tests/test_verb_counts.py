"""Counts a passive verb names ("52 patients were admitted" counts admissions), counts of
one thing compared in one sentence, and sentences the splitter cut through a figure."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.records import COUNT, Figure, Sentence
from newsverify.split_figures import join_split_figures

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Flu surveillance, week 5

Source: Northmoor Health Agency

In week 5, 52 patients were admitted to hospital with flu, 30% more than the 40 admitted \
in week 4.

Discharges

41 patients were discharged from hospital with flu in week 5.
"""

ROWS = [
    # the verb after the count names what it counts
    ("to-level", "Flu hospital admissions rose to 52 in week 5.", "supported"),
    ("to-other-level", "Flu hospital admissions rose to 60 in week 5.", "contradicted"),
    # 52, 30% more than before, is a rise of 12, not of 52
    ("by-level", "Flu hospital admissions rose by 52 in week 5.", "contradicted"),
    # another verb is another count
    ("other-verb", "Flu hospital transfers rose to 52 in week 5.", "missing"),
    # the baseline of a comparison counts the same patients as the value it is compared with
    ("baseline", "40 patients were admitted to hospital with flu in week 4.", "supported"),
    # after a heading the splitter cuts "41" from "patients were discharged"
    ("after-heading", "41 patients were discharged from hospital with flu in week 5.", "supported"),
    (
        "after-heading-wrong",
        "44 patients were discharged from hospital with flu in week 5.",
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "flu.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def _count(start: int, end: int) -> Figure:
    return Figure(start=start, end=end, text="", value=41.0, unit="patient", kind=COUNT)


def test_sentences_cut_through_a_figure_are_joined() -> None:
    sentences = [
        Sentence(0, 19, "Hospital admissions"),
        Sentence(21, 23, "41"),
        Sentence(24, 38, "patients were."),
    ]
    joined = join_split_figures(sentences, [_count(21, 32)])
    assert joined[0] == sentences[0]
    assert joined[1] == Sentence(21, 38, "41 patients were.")
    assert len(joined) == 2


def test_sentences_a_figure_stays_inside_are_kept() -> None:
    sentences = [Sentence(0, 10, "41 people."), Sentence(11, 20, "Then more")]
    assert join_split_figures(sentences, [_count(0, 9)]) == sentences
