"""An article's long, chatty sentence dilutes what its figure is about; the primary writing the
same number exactly, next to the same things, is still its reading. The same number next to
other things, or for another year, is not."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import evidence_index

RELEASE = """\
Harbour authority annual review 2025

Source: Penmore Harbour Authority

The harbour handled 1,284 cruise ship calls in 2025. Dredging cost £3.7 million.
In 2024 the harbour handled 1,190 cruise ship calls.
"""

ARTICLE = """\
Penmore Post

Speaking on the quayside as the last liner of the season slipped out past the breakwater on a
grey Tuesday morning, the harbourmaster, who has worked at Penmore for almost thirty years and
remembers when the town had no cruise trade at all, said the harbour had handled 1,284 cruise
ship calls in 2025.

Locals who remember the old fish market, the ferry strike and the great storm of 1987 will
tell you the harbour has rarely looked busier, though the £3.7 million spent on new fenders
has drawn complaints from the yacht club.
"""


@pytest.fixture(scope="module")
def findings(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    index = evidence_index(analyzer, RELEASE, "review.txt")
    document = parse_text(ARTICLE, "post.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    return {f.text: f.verdict for f in check_article(document, parsed, index)}


def test_the_same_number_next_to_the_same_things_is_the_same_fact(findings) -> None:  # type: ignore[no-untyped-def]
    verdict = findings["1,284 cruise ship calls"]
    assert verdict.verdict == "supported", verdict.reason


def test_the_same_number_next_to_other_things_is_not(findings) -> None:  # type: ignore[no-untyped-def]
    # the release's £3.7 million is dredging, the article's new fenders
    verdict = findings["£3.7 million"]
    assert verdict.verdict == "missing", verdict.reason
