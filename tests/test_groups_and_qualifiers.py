"""A primary value that is not the plain quantity a claim names: a sub-group's share given
against another group's, or a part "of them" (parts.py); a level claimed as "N more"
(changed_counts.py, with the level it rose from in rise_sizes.py); a "real" or "core" value
(contrasts.py); a gap ("£85 less", margins.py); the level a value moved from (rise_sizes.py)."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer

from .verdicts import assert_verdict, evidence_index, verdict_of

# (sentence, [(text, value, unit, kind, bound)]): "N more X" is a change of +N, "N fewer" -N.
EXTRACTION_ROWS = [
    (
        "The scheme will reach 2.9 million more households.",
        [("2.9 million more households", 2.9e6, "household", "change", None)],
    ),
    ("There were 300 fewer teachers.", [("300 fewer teachers", -300, "teacher", "change", None)]),
    ("Five more people died.", [("Five more people", 5, "person", "change", None)]),
    # a bound on a fall turns round with the sign: "more than 300 fewer" is below -300
    (
        "The trust employs more than 300 fewer nurses.",
        [("more than 300 fewer nurses", -300, "nurse", "change", "less_than")],
    ),
    # no counted noun: a comparison this rule does not read
    ("It had 30 more than last year.", []),
    # a level stays a level
    (
        "The scheme now helps 2.9 million households.",
        [("2.9 million households", 2.9e6, "household", "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTION_ROWS, ids=[r[0] for r in EXTRACTION_ROWS])
def test_more_and_fewer_are_changes(
    text: str, expected: list[tuple[str, float, str, str, str | None]]
) -> None:
    found = [(f.text, f.value, f.unit, f.kind, f.bound) for f in find_figures(text)]
    assert found == [(t, pytest.approx(v), u, k, b) for t, v, u, k, b in expected]


PRIMARY = """\
Kelford Skills Agency: apprenticeship statistics 2025

Source: Kelford Skills Agency

81.4% of apprentices from rural areas completed their course, compared with 76.2% of \
apprentices from urban areas.

Overall, 77.9% of apprentices completed their course in 2025.

The travel bursary now reaches 41,000 learners, up from 35,000 last year.

The agency's equipment budget rose from £12m to £15m.

Annual growth in apprentices' regular wages was 5.2%. Adjusted for inflation, annual growth \
in real regular wages was 1.6%.

Annual growth in real household income was 0.8%.

The agency's restructuring charge of £4m is excluded from adjusted results.

Thirty apprentices were hurt at work last year, four of them seriously.

Apprentices made 5,000 hardship claims; 40.0% of these were approved.

Apprentices on evening courses will pay £85 less than day apprentices.

The weekly training allowance rises from £210.
"""

VERDICT_ROWS = [
    # a sub-group's share, the other group's given beside it, is no share of the whole
    ("subgroup-for-whole", "81.4% of all apprentices completed their course.", "contradicted"),
    ("subgroup-for-unnamed", "76.2% of apprentices completed their course.", "contradicted"),
    ("whole", "77.9% of apprentices completed their course in 2025.", "supported"),
    # ... but it is the group's own, however the claim words the group
    (
        "subgroup-named",
        "81.4% of apprentices from rural areas completed their course.",
        "supported",
    ),
    ("subgroup-possessive", "81.4% of rural apprentices completed their course.", "supported"),
    ("other-subgroup", "76.2% of apprentices in urban areas completed their course.", "supported"),
    # "N more" is the size of a change, and the level reached is not it
    ("more-is-the-level", "The travel bursary reaches 41,000 more learners.", "contradicted"),
    ("level", "The travel bursary reaches 41,000 learners.", "supported"),
    # "41,000 learners, up from 35,000": both levels are written out, so the change is
    # exactly 6,000 (the reason shows the sum); a rounded claim stays unsettled.
    ("more-implied", "The travel bursary reaches 6,000 more learners.", "supported"),
    ("more-rounded", "The travel bursary reaches about 6,000 more learners.", "missing"),
    # "from £12m to £15m": a rise of £3m, not "by £15m"
    ("by-the-level-from", "The agency's equipment budget rose by £15m.", "contradicted"),
    ("to-the-level-from", "The agency's equipment budget rose to £15m.", "supported"),
    # a "real" value is not the plain quantity: no support, no conflict
    ("plain-for-real", "Household income grew 0.8% this year.", "missing"),
    ("plain-for-real-wrong", "Household income grew 3.0% this year.", "missing"),
    ("real", "Real household income grew 0.8%.", "supported"),
    ("real-wrong", "Real household income grew 3.0%.", "contradicted"),
    ("real-in-other-words", "Household income grew 0.8% after inflation.", "supported"),
    # the plain value beside the real one is the plain quantity's
    ("plain", "Regular wage growth for apprentices was 5.2%.", "supported"),
    ("plain-is-the-real-value", "Regular wage growth for apprentices was 1.6%.", "contradicted"),
    # "four of them seriously" counts a part of the thirty: only for a claim that names it
    ("part-of-them", "Four apprentices were seriously hurt at work last year.", "supported"),
    ("part-of-them-wrong", "Six apprentices were seriously hurt last year.", "contradicted"),
    ("part-of-them-for-all", "Four apprentices were hurt at work last year.", "contradicted"),
    ("all-of-them", "Thirty apprentices were hurt at work last year.", "supported"),
    # "40.0% of these were approved" is the sentence's own measure, not a part's
    ("of-these-verb", "40.0% of apprentices' hardship claims were approved.", "supported"),
    # "£85 less" is a gap between two fees, no fee (margins.py)
    ("gap-for-level", "Apprentices on evening courses will pay £900.", "missing"),
    ("gap", "Evening-course apprentices will pay £85 less than day apprentices.", "supported"),
    # "rises from £210" is what the allowance was, not what it is
    ("moved-from-for-level", "The weekly training allowance is £210.", "missing"),
    ("moved-from-for-other-level", "The weekly training allowance is £250.", "missing"),
    ("moved-from", "The weekly training allowance rises from £210.", "supported"),
    ("moved-from-wrong", "The weekly training allowance goes up from £200.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "apprenticeships.txt")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), VERDICT_ROWS, ids=[r[0] for r in VERDICT_ROWS]
)
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


# An article that names both groups in one sentence, and a qualifier of another value.
ARTICLE = """\
Apprentices: the numbers

Rural apprentices again did better than urban ones, with 81.4% of them completing their course \
against 76.2% for urban apprentices.

Real household income grew 0.8%, while apprentices' regular wages grew 5.2% on the year.

Statutory operating profit at the agency fell to £9m after a £4m restructuring charge.
"""


def test_a_sentence_naming_both_groups_gives_each_its_own_value(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    from newsverify.corpus import parse_text
    from newsverify.verification import check_article

    document = parse_text(ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    findings = {f.text: f.verdict for f in check_article(document, parsed, index)}
    # "them" are the rural apprentices the sentence starts with: the words next to 81.4% name
    # no group, so the sentence's own groups decide, and the value agrees with theirs
    assert findings["81.4%"].verdict == "supported", findings["81.4%"].reason
    assert findings["76.2%"].verdict == "supported", findings["76.2%"].reason
    # "Real" qualifies the 0.8%; the 5.2% after it, another value between, is plain
    assert findings["grew 0.8%"].verdict == "supported", findings["grew 0.8%"].reason
    assert findings["grew 5.2%"].verdict == "supported", findings["grew 5.2%"].reason
    # "Statutory" is the profit's, with its £9m between: the charge is no statutory one
    assert findings["£4m"].verdict == "supported", findings["£4m"].reason


def test_a_marked_qualifier_conflicts_with_a_plain_claim() -> None:
    from newsverify.contrasts import GROUP_OF, conflicting

    real, final = GROUP_OF["real"], GROUP_OF["final"]
    # plain "pay growth" is not "real pay growth" ...
    assert conflicting({}, {real: "real"}) == "real"
    assert conflicting({real: "real"}, {real: "real"}) is None
    # ... but a plain "dividend" may be the final one: only a named other word conflicts
    assert conflicting({}, {final: "final"}) is None


def test_a_qualifier_reaches_its_thing_past_other_adjectives(analyzer: Analyzer) -> None:
    from newsverify.contrasts import given_contrasts

    parsed = analyzer.parse_text("Annual growth in real regular pay was 1.0%.")
    spans = [(f.start, f.end) for f in parsed.figures]
    assert [set(g.values()) for g in given_contrasts(parsed.words, spans)] == [{"real"}]


def test_a_value_the_primary_states_elsewhere_is_not_contradicted(analyzer: Analyzer) -> None:
    # The passage reads 8.0% as the closer value, yet it also states the claimed 1.5% for
    # what the claim counts: unsettled at worst, never wrong (measures.py).
    index = evidence_index(
        analyzer,
        "Kelford Skills Agency: apprenticeship statistics 2025\n\n"
        "Source: Kelford Skills Agency\n\n"
        "8.0% of apprentices' grades were appealed through reviews of assessment and 1.5% "
        "of grades were raised as a result.\n",
        "appeals.txt",
    )
    claim = "1.5% of apprentices' grades were raised after reviews of assessment."
    verdict = verdict_of(analyzer, index, "stated-elsewhere", claim)
    assert verdict.verdict != "contradicted", verdict.reason
    wrong = verdict_of(analyzer, index, "wrong", claim.replace("1.5%", "2.5%"))
    assert wrong.verdict == "contradicted", wrong.reason
