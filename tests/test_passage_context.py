"""What a primary sentence takes from its document: the first person is its author, named by
the title, lead and publisher (`passages.py`)."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict

SPEECH = """---
title: "Results day: speech by the Chief Executive"
source: Wenlow Examinations Board
date: 2025-08-21
kind: primary
---

# Results day: speech by the Chief Executive

Good morning, and thank you for having me.

This summer thousands of people gave up evenings and weekends.

We recruited 2,300 new examiners this year, more than ever before.

The city council hired 40 new inspectors.
"""

ROWS = [
    # "We" is the exam board that publishes the speech
    ("we-author", "The exam board recruited 2,300 new examiners this year.", "supported"),
    ("we-author-wrong", "The exam board recruited 2,500 new examiners this year.", "contradicted"),
    # a sentence not in the first person does not take the author's name
    ("not-we", "The exam board hired 40 new inspectors.", "missing"),
]


@pytest.fixture(scope="module")
def speech(analyzer: Analyzer) -> EvidenceIndex:
    return EvidenceIndex(list(analyzer.parse_documents(parse_text(SPEECH, "speech.md"))))


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_the_first_person_is_the_author(
    analyzer: Analyzer, speech: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, speech, claim_id, text, expected)
