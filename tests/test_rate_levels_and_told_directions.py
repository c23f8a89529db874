"""Which way a value went, told somewhere other than a word before it, and changes told in
other words than a verb:

- a rate given as a change of prices with the rate it moved from ("Private rental prices rose
  by 5.9% in the 12 months to August 2026, easing from 6.3%") is the level 5.9%, and it went down;
  a passage that does not say which way ("Private rental price inflation, at 5.9%, remains
  well above ...") does not
  outweigh it;
- the sentence after a level may say which way it went ("That was 9% fewer than on 31 August
  2025 (16,290)"), and its bare base counts what the level counted;
- "about 6%" is what 5.5% to 6.5% round to: 5.4% is not about 6%;
- "an increase of 290, or 9%," gives the change in relative terms too;
- "fell, by 0.4% to £1,020" is a fall and the level it reached, no range;
- a claim naming a rolling year is about that year, not a quarter the year adds up;
- a kind the lead names is the document's whole subject only when the lead names no other
  kind of the same thing ("Private rental prices ... Social rental prices"), and a part's value
  set beside its subject ("Private rental price inflation, at 5.9%,") is still the part's;
- "Energy price inflation, at 11.2%," is a rise of 11.2%.
"""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, verdict_of

PRIMARY = """\
Rents and housing, Dunmore: August 2026

Source: Dunmore Housing Statistics Office

Private rental prices rose by 5.9% in the 12 months to August 2026, easing from 6.3% in the \
12 months to July 2026. Social rental prices rose by 5.4% in the 12 months to August 2026, up \
from 4.9% in July.

The median private rent actually fell, by 0.4% to £1,020 a month, between July and August 2026.

On 31 August 2026, 14,820 households were on the waiting list for social housing. That was \
9% fewer than on 31 August 2025 (16,290) and the fewest since 2019.

There were 3,410 possession claims by landlords in the year ending August 2026, an increase of \
290, or 9%, on the previous year.

In the year ending August 2026, 41,200 new tenancies were registered. This was 6% more than in \
the year ending August 2025 (38,870). In June to August 2026 alone, 11,900 tenancies were \
registered.

Commentary

Private rental price inflation, at 5.9%, remains well above the rise in earnings. Energy \
price inflation, at 11.2%, is the fastest of any household cost.
"""

ROWS = [
    # the rate a change of prices stands for, and the way it went
    (
        "rate-rose",
        "Private rental price inflation rose to 5.9% in the 12 months to August 2026.",
        "contradicted",
    ),
    (
        "rate-eased",
        "Private rental price inflation eased to 5.9% in the 12 months to August 2026.",
        "supported",
    ),
    # "accelerated" and "slowed" say which way a rate went
    (
        "rate-accelerated",
        "Private rental price inflation accelerated to 5.9% in the 12 months to August 2026.",
        "contradicted",
    ),
    (
        "rate-slowed",
        "Private rental price inflation slowed to 5.9% in the 12 months to August 2026.",
        "supported",
    ),
    (
        "rate-level",
        "Private rental price inflation was 5.9% in the 12 months to August 2026.",
        "supported",
    ),
    (
        "rate-up",
        "Social rental price inflation rose to 5.4% in the 12 months to August 2026.",
        "supported",
    ),
    (
        "rate-down-wrong",
        "Social rental price inflation fell to 5.4% in the 12 months to August 2026.",
        "contradicted",
    ),
    # the lead gives both kinds of rental price, so neither is the document's whole subject
    (
        "lead-other-kind",
        "Social rental prices rose by 5.9% in the 12 months to August 2026.",
        "contradicted",
    ),
    # "inflation, at 11.2%" is a rise of 11.2%
    ("inflation-at", "Household energy prices rose by 11.2%.", "supported"),
    ("inflation-at-wrong", "Household energy prices rose by 12.2%.", "contradicted"),
    # a part's value set beside its subject is no value of the whole
    (
        "apposed-part",
        "Rental prices rose by 5.9% in the 12 months to August 2026.",
        "missing",
    ),
    # a hedge rounds to its number's last digit
    (
        "about-wrong-way",
        "Social rental prices rose by about 6% in the 12 months to August 2026.",
        "contradicted",
    ),
    (
        "about-right",
        "Social rental prices rose by about 5% in the 12 months to August 2026.",
        "supported",
    ),
    # the next sentence says which way the count went, and what its base counts
    (
        "told-next-rose",
        "The social housing waiting list rose to 14,820 households on 31 August 2026.",
        "contradicted",
    ),
    (
        "told-next-fell",
        "The social housing waiting list fell to 14,820 households on 31 August 2026.",
        "supported",
    ),
    (
        "told-base",
        "16,290 households were on the waiting list for social housing on 31 August 2025.",
        "supported",
    ),
    # "or 9%" after a change is the change relative
    (
        "or-percent",
        "Possession claims by landlords rose by 9% in the year to August 2026.",
        "supported",
    ),
    (
        "or-percent-wrong",
        "Possession claims by landlords rose by 12% in the year to August 2026.",
        "contradicted",
    ),
    # a comma between the verb and "by"
    (
        "comma-by",
        "The median private rent fell by 0.4% between July and August 2026.",
        "supported",
    ),
    (
        "comma-by-level",
        "The median private rent fell to £1,020 a month between July and August 2026.",
        "supported",
    ),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "rents.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_rate_reason_names_the_rate_it_moved_from(analyzer: Analyzer, index: EvidenceIndex) -> None:
    text = "Private rental price inflation rose to 5.9% in the 12 months to August 2026."
    verdict = verdict_of(analyzer, index, "rate-rose", text)
    assert 'went down, from "6.3%"' in verdict.reason


def test_rolling_year_is_no_quarter_of_a_running_total(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    """The year's 38,870 is the year before's; the quarter's 11,900 is no reading of a claim
    about the year ending August 2026."""
    text = "38,870 new tenancies were registered in the year ending August 2026."
    verdict = verdict_of(analyzer, index, "rolling", text)
    assert verdict.verdict != "supported"
    assert "11,900" not in verdict.reason
