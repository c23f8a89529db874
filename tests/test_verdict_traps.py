"""Traps for wrong verdicts: a shared noun is not the same count, a share is not its base,
and one end of a range is not a value on its own."""

from __future__ import annotations

import pytest

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex, modifier_closeness
from newsverify.pipeline import Analyzer
from newsverify.ranges import compare_ends, range_end
from newsverify.records import MONEY, Figure
from newsverify.values import Outcome
from newsverify.verification import check_article, check_claim

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
Riverton ward by-election: the poll

Source: Riverton Council

Of the 2,400 postal ballot packs issued for the by-election, 1,950 were returned by the close \
of poll. Packs returned without a valid postal voting statement were rejected at the opening \
sessions; their number will be published later.

Turnout in the ward was 41.0%, down 4.0 percentage points from 45.0% at the 2021 general \
election. The council estimates that 0.3% of people who went to a polling station in the two \
constituencies were unable to vote.

For 2026 the council expects parking income in the range of £4m to £5m.
"""

ROWS = [
    # the packs rejected are not the packs issued, though both are postal ballot packs
    (
        "rejected-count",
        "310 postal ballot packs were rejected because of invalid postal voting statements.",
        "missing",
    ),
    ("issued", "2,400 postal ballot packs were issued for the by-election.", "supported"),
    ("issued-wrong", "2,500 postal ballot packs were issued for the by-election.", "contradicted"),
    # a range is compared as a whole, and one end alone is not the range
    ("range", "The council expects parking income of £4m to £5m in 2026.", "supported"),
    (
        "range-other-end",
        "The council expects parking income of £4m to £6m in 2026.",
        "contradicted",
    ),
    ("range-end-alone", "The council expects parking income of £4m in 2026.", "missing"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "poll.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


ARTICLE = """\
Riverton turnout falls

Turnout was down 8 points from the general election, when 45.0 percent of the \
constituency's 9,000 voters cast a ballot.
"""


def test_a_share_keeps_the_words_after_its_base(analyzer: Analyzer, index: EvidenceIndex) -> None:
    # "cast a ballot" says what the 45.0 percent counts, not only what the 9,000 count; without
    # it the share meets "0.3% of people ... unable to vote" on "constituency" alone.
    document = parse_text(ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    share, base = (f for f in parsed.figures if f.text in ("45.0 percent", "9,000 voters"))
    subject = index.subject(
        parsed.words, [], [(share.start, share.end)], (share.start, share.end), [base.end]
    )
    assert {"cast", "ballot"} <= set(subject.weights)
    findings = {f.text: f.verdict for f in check_article(document, parsed, index)}
    assert findings["45.0 percent"].verdict != "contradicted", findings["45.0 percent"].reason


def _money(written: str, sentence: str, millions: float) -> Figure:
    start = sentence.index(written)
    return Figure(start, start + len(written), written, millions * 1e6, "GBP", MONEY)


def test_range_end_needs_a_range_word_or_a_dash() -> None:
    text = "profit of between £4m and £5m"
    low, high = _money("£4m", text, 4), _money("£5m", text, 5)
    end = range_end(low, [low, high], text)
    assert end is not None and end.partner is high and end.low
    moved = "income rose from £4m to £5m"
    low, high = _money("£4m", moved, 4), _money("£5m", moved, 5)
    assert range_end(low, [low, high], moved) is None  # a movement, not a range
    dashed = "£4m-£5m"
    low, high = _money("£4m", dashed, 4), _money("£5m", dashed, 5)
    assert range_end(high, [low, high], dashed) is not None


def test_range_ends_compare_as_pairs() -> None:
    text = "between £4m and £5m"
    low, high = _money("£4m", text, 4), _money("£5m", text, 5)
    other_high = _money("£6m", "between £4m and £6m", 6)
    claimed = range_end(low, [low, high], text)
    same = range_end(low, [low, high], text)
    wider = range_end(low, [low, other_high], text)
    assert compare_ends(low, claimed, low, same) is Outcome.SAME
    assert compare_ends(low, claimed, low, wider) is Outcome.DIFFERENT
    assert compare_ends(low, claimed, low, None) is Outcome.UNCLEAR
    assert compare_ends(low, None, low, None) is Outcome.SAME


# What a value counts, read from the nouns and adjectives next to it.
FUNDING = """\
Riverton health funding

Source: Riverton Council

Health Minister Dr Jane Moss today announced £3 million of funding for catch-up MMR \
vaccination clinics in the district.

The final dividend of 8.6p per share will be paid in August.

- Final dividend of 8.6p per share, making a total dividend for the year of 12.9p, up 5.0% \
(2024: 12.3p).
"""

FUNDING_ROWS = [
    # nearness counts content words: "£3m for catch-up MMR vaccination clinics" reaches the
    # clinics, which the primary names, though not the claim's "government"
    (
        "clinics",
        "The government is providing £3m for catch-up MMR vaccination clinics.",
        "supported",
    ),
    (
        "clinics-wrong",
        "The government is providing £5m for catch-up MMR vaccination clinics.",
        "contradicted",
    ),
    # "total" says which dividend: the nearer value of the two is the one it describes
    ("final", "The final dividend is 8.6p per share.", "supported"),
    ("final-wrong", "The final dividend is 12.9p per share.", "contradicted"),
]


@pytest.fixture(scope="module")
def funding_index(analyzer: Analyzer) -> EvidenceIndex:
    documents = parse_text(FUNDING, "funding.txt")
    return EvidenceIndex(list(analyzer.parse_documents(documents)))


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), FUNDING_ROWS, ids=[r[0] for r in FUNDING_ROWS]
)
def test_what_the_value_counts(
    analyzer: Analyzer, funding_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = check_claim(Claim(id=claim_id, text=text), analyzer, funding_index)
    assert verdict.verdict == expected, verdict.reason


def test_an_adjective_says_which_value_it_describes(
    analyzer: Analyzer, funding_index: EvidenceIndex
) -> None:
    # "total" sits by the 12.9p, so the 8.6p beside it (the final dividend) is no conflict.
    claim = Claim(id="total", text="The total dividend for the year is 12.9p per share.")
    verdict = check_claim(claim, analyzer, funding_index)
    assert verdict.verdict != "contradicted", verdict.reason


def test_modifier_closeness_finds_the_value_an_adjective_describes(
    analyzer: Analyzer, funding_index: EvidenceIndex
) -> None:
    parsed = analyzer.parse_text("The total dividend for the year is 12.9p per share.")
    values = [(f.start, f.end) for f in parsed.figures]
    subject = funding_index.subject(parsed.words, [], values)
    assert subject.modifiers == {"total"}
    passage = next(p for p in funding_index.passages if "making a total" in p.sentence.text)
    final, total = (f for f in passage.figures if f.text in ("8.6p", "12.9p"))
    assert modifier_closeness(subject, passage, total) > modifier_closeness(subject, passage, final)
