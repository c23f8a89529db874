"""A witness who corrects another ("If I may correct that: it is 88% today"), a share given
within another time limit than the claim's, two durations each with its own qualifier ("9
minutes by day and 15 minutes at night"), a total over a span of years ("over the four years
from 2027-28 to 2030-31", no year's amount), a feast day with its year, a day and month
written without a year in an article, an age that names a group ("two-year-olds"), things
added named by three words, and a publication day ("Figures published last Thursday"). Rows
fail on 87423ed unless marked "(holds on 87423ed)"."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, finding_verdicts

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
    # ... and it is no year's amount ("next year" names one year).
    (
        "one-year-of-span",
        "The Government will spend £2.8 billion on the service next year.",
        "missing",
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


def test_things_added_named_by_three_words() -> None:
    (added,) = find_figures("The service will recruit 250 more volunteer advisers.")
    assert (added.kind, added.value, added.unit) == ("change", 250, "adviser")


def test_christmas_with_a_year_is_a_day() -> None:
    (date,) = [f for f in find_figures("They will be moved out by Christmas 2026.") if f.date]
    assert (date.date.year, date.date.month, date.date.day) == (2026, 12, 25)
    assert not [f for f in find_figures("They will be moved out by Christmas.") if f.date]


RELEASE = """\
Highmoor early years: providers and places

Source: Highmoor Statistics Office

Childminder registrations in Highmoor peaked on 31 August 2021, at 24,520.

New registrations in 2025-26 were 6.2% above the five-year average.
"""


def _article(analyzer: Analyzer, sentence: str) -> dict[str, str]:
    article = f"Childcare in Highmoor\n\nSource: Highmoor Post\ndate 2026-11-20\n\n{sentence}\n"
    return finding_verdicts(analyzer, evidence_index(analyzer, RELEASE, "release.txt"), article)


def test_a_day_without_a_year_is_one_near_the_article(analyzer: Analyzer) -> None:
    # "31 August" in an article of November 2026 is a day of 2026 (or 2025), not of 2021.
    findings = _article(analyzer, "Childminder registrations in Highmoor peaked on 31 August.")
    assert findings["31 August"] != "supported"
    # (holds on 87423ed)
    written = _article(analyzer, "Childminder registrations in Highmoor peaked on 31 August 2021.")
    assert written["31 August 2021"] == "supported"


BULLETIN = """\
Highmoor early years: take-up and fees, 2026

Source: Highmoor Statistics Office

Published Thursday 12 November 2026.

Share of eligible children registered for funded early education, January 2026:

- Two-year-olds: 71% (72%), down 1 percentage point
- Three-year-olds: 93% (93%), unchanged

The average hourly fee for a nursery place for a child aged two rose by 41p to £7.36.

The registration service will recruit 250 more volunteer advisers by the end of March 2027.
"""

AGE_AND_COUNT_VERDICTS = [
    # An age names the group a value is for: "two-year-olds" is no length of 2 years to check.
    (
        "fee-for-two-year-olds",
        "The average hourly nursery fee for a two-year-old rose by 41p.",
        "supported",
    ),
    # (holds on 87423ed)
    ("fee-wrong", "The average hourly nursery fee for a two-year-old rose by 45p.", "contradicted"),
    # ... and another age's value is no evidence for it (holds on 87423ed).
    ("other-age", "Take-up of funded hours among three-year-olds was 71%.", "missing"),
    # "250 more volunteer advisers": a count added, however many words name the things
    # (holds on 87423ed, through the date).
    (
        "more-of-three-words",
        "The service will recruit 250 more volunteer advisers by the end of March 2027.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def bulletin(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, BULLETIN, "bulletin.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    AGE_AND_COUNT_VERDICTS,
    ids=[r[0] for r in AGE_AND_COUNT_VERDICTS],
)
def test_ages_and_counts_added(
    analyzer: Analyzer, bulletin: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, bulletin, claim_id, text, expected)


def _report_of(analyzer: Analyzer, sentence: str) -> dict[str, str]:
    article = f"Fees rise again\n\nSource: Highmoor Post\ndate 2026-11-18\n\n{sentence}\n"
    return finding_verdicts(analyzer, evidence_index(analyzer, BULLETIN, "bulletin.txt"), article)


def test_a_publication_day_is_the_release_lines(analyzer: Analyzer) -> None:
    # "published last Thursday" dates the release (Thursday 12 November), not the facts in it.
    said = "Figures published last {} show the average nursery fee for a two-year-old rose by 41p."
    assert _report_of(analyzer, said.format("Thursday"))["Thursday"] == "supported"
    assert _report_of(analyzer, said.format("Wednesday"))["Wednesday"] == "contradicted"


def test_a_length_that_names_the_measure_stands_with_its_value(analyzer: Analyzer) -> None:
    # "five-year" is right, the 8% is not: the finding for the length says so too.
    findings = _article(
        analyzer, "New registrations in 2025-26 were 8% above the five-year average."
    )
    assert findings["8%"] == "contradicted"
    assert findings["five-year"] == "contradicted"
