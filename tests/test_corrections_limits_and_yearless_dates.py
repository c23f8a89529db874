"""A witness who corrects another ("If I may correct that: it is 88% today"), a share given
within another time limit than the claim's, two durations each with its own qualifier ("9
minutes by day and 15 minutes at night"), a total over a span of years ("over the four years
from 2027-28 to 2030-31"), a feast day with its year, and a day and month written without a
year in an article. Rows fail on 87423ed unless marked "(holds on 87423ed)"."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import assert_verdict, evidence_index

TRANSCRIPT = """\
Transport Committee: oral evidence, mountain rescue helicopters, 12 November 2026

Source: Highmoor Assembly

Q12 Chair: How much of the national park can a helicopter reach within thirty minutes?

Air Commodore Petra Lindgaard: Our helicopters can reach 92% of the park within thirty \
minutes.

Dr Tobias Ferreira-Lund: If I may correct that, Chair: it is 88% today. The 92% is what the \
new contract requires from April 2028, once the two new hangars are open.

Q13 Chair: How long does a crew take to get airborne?

Dr Tobias Ferreira-Lund: The median time from call to take-off was 9 minutes by day and 15 \
minutes at night. In 2025-26, 64.5% of casualties reached hospital within two hours.

Q14 Chair: And the money?

Dr Tobias Ferreira-Lund: The Government will spend £2.8 billion on the service over the \
four years from 2027-28 to 2030-31. The park's hangars will be handed over by 31 March 2027.
"""

VERDICTS = [
    # The figure a colleague corrects is no evidence; the correction measures what it did.
    (
        "corrected-level",
        "Helicopters can reach 88% of the park within thirty minutes.",
        "supported",
    ),
    (
        "withdrawn-level",
        "Helicopters can currently reach 92% of the park within thirty minutes.",
        "contradicted",
    ),
    # ... but what the correction goes on to say of the old figure is still said.
    (
        "re-attributed",  # (holds on 87423ed)
        "The new contract requires 92% coverage from April 2028.",
        "supported",
    ),
    # A share within two hours is no share within four hours.
    (
        "same-limit",  # (holds on 87423ed)
        "In 2025-26, 64.5% of casualties reached hospital within two hours.",
        "supported",
    ),
    (
        "other-limit",
        "In 2025-26, 64.5% of casualties reached hospital within four hours.",
        "missing",
    ),
    # "at night" is the 15 minutes', not the 9 minutes'.
    ("night", "The median time from call to take-off was 9 minutes at night.", "missing"),
    (
        "day",  # (holds on 87423ed)
        "The median time from call to take-off was 9 minutes by day.",
        "supported",
    ),
    # "the four years from 2027-28 to 2030-31" dates the £2.8 billion, not only the length.
    (
        "span-total",
        "The Government will spend £2.8 billion on the service from 2027-28 to 2030-31.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def transcript(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, TRANSCRIPT, "rescue-evidence.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[r[0] for r in VERDICTS])
def test_verdict(
    analyzer: Analyzer, transcript: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, transcript, claim_id, text, expected)


def test_christmas_with_a_year_is_a_day() -> None:
    (date,) = [f for f in find_figures("They will be moved out by Christmas 2026.") if f.date]
    assert (date.date.year, date.date.month, date.date.day) == (2026, 12, 25)
    assert not [f for f in find_figures("They will be moved out by Christmas.") if f.date]


RELEASE = """\
Highmoor early years: providers and places

Source: Highmoor Statistics Office

Childminder registrations in Highmoor peaked on 31 August 2021, at 24,520.
"""


def _article(analyzer: Analyzer, sentence: str) -> dict[str, str]:
    article = f"Childcare in Highmoor\n\nSource: Highmoor Post\ndate 2026-11-20\n\n{sentence}\n"
    index = evidence_index(analyzer, RELEASE, "release.txt")
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "post.txt"))
    return {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}


def test_a_day_without_a_year_is_one_near_the_article(analyzer: Analyzer) -> None:
    # "31 August" in an article of November 2026 is a day of 2026 (or 2025), not of 2021.
    findings = _article(analyzer, "Childminder registrations in Highmoor peaked on 31 August.")
    assert findings["31 August"] != "supported"
    # (holds on 87423ed)
    written = _article(analyzer, "Childminder registrations in Highmoor peaked on 31 August 2021.")
    assert written["31 August 2021"] == "supported"
