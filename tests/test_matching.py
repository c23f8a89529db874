"""The matcher on small hand-made primaries: one row per rule of SPEC §3, traps included."""

from __future__ import annotations

import pytest

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex, owns_words
from newsverify.pipeline import Analyzer
from newsverify.records import Figure
from newsverify.verification import check_claim

from .verdicts import evidence_index, verdict_of

PRIMARY = """\
Council publishes annual budget

Source: Riverton Council

On Tuesday 4 March 2025 Riverton Council approved its budget for 2025-26. Spending on road \
repairs will rise by 20% to £12m, and the library budget will be halved. Council tax rises \
by 4.99%. The number of bus routes doubled in 2024 to 18.

Unemployment in the district fell by 0.4 percentage points to 3.9% in January.

Council leader Amara Osei said: "We have protected every frontline service this year." She \
added that the council would not close any libraries.

The council will plant 5,000 trees by 2030.
"""

ROWS = [
    # values
    ("road-20", "Spending on road repairs will rise by 20%.", "supported"),
    ("road-30", "Spending on road repairs will rise by 30%.", "contradicted"),
    ("road-12m", "Riverton will spend £12m on road repairs.", "supported"),
    ("road-15m", "Riverton will spend £15m on road repairs.", "contradicted"),
    ("library-halved", "The library budget will be halved.", "supported"),
    ("library-doubled", "The library budget will be doubled.", "contradicted"),
    ("bus-routes", "The number of bus routes doubled in 2024.", "supported"),
    ("bus-routes-2023", "The number of bus routes doubled in 2023.", "missing"),  # another period
    ("tax-5", "Council tax rises by about 5%.", "supported"),  # "about" is loose
    ("trees-2030", "The council will plant 5,000 trees by 2030.", "supported"),
    ("trees-2035", "The council will plant 5,000 trees by 2035.", "contradicted"),  # deadline
    # percent vs percentage points, by vs to
    ("jobless-pp", "Unemployment fell by 0.4 percentage points.", "supported"),
    ("jobless-percent", "Unemployment fell by 0.4%.", "contradicted"),
    ("jobless-to", "Unemployment fell to 3.9% in January.", "supported"),
    # dates and weekdays
    ("budget-day", "Riverton Council approved its budget on 4 March 2025.", "supported"),
    (
        "budget-weekday",
        "Riverton Council approved its budget on Wednesday 4 March 2025.",
        "contradicted",
    ),
    ("budget-bare-weekday", "Riverton Council approved its budget on Wednesday.", "missing"),
    ("budget-month", "Riverton Council approved its budget in April 2025.", "contradicted"),
    # a primary less precise than the claim cannot place the claim's event
    ("routes-day", "The number of bus routes doubled on 3 May 2024.", "missing"),
    # a source the primary does not name
    (
        "other-source",
        "Riverton's bus routes doubled in 2024 to 18, according to the Rail Union.",
        "missing",
    ),
    # quotes
    (
        "quote-ok",
        'Amara Osei said "We have protected every frontline service this year."',
        "supported",
    ),
    ("quote-word", 'Amara Osei said "We have protected every service this year."', "contradicted"),
    (
        "quote-speaker",
        'The mayor, Tom Hale, said "We have protected every frontline service."',
        "contradicted",
    ),
    ("quote-elided", 'Osei said "We have protected … this year."', "supported"),
    ("quote-absent", 'Osei said "Riverton is open for business."', "missing"),
    # subjects the primary mentions without the claimed figure
    ("parks-missing", "Spending on parks will rise by 20%.", "missing"),
    ("police-missing", "The police budget will be halved.", "missing"),
    ("other-name", "Harbourton Council approved a budget of £12m.", "missing"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "primary.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = verdict_of(analyzer, index, claim_id, text)
    assert verdict.verdict == expected, verdict.reason
    assert verdict.reason
    if expected != "missing":
        assert verdict.evidence, "a verdict other than missing cites its evidence"


def test_reason_shows_both_values(analyzer: Analyzer, index: EvidenceIndex) -> None:
    verdict = check_claim(
        Claim(id="x", text="The library budget will be doubled."), analyzer, index
    )
    assert "×2" in verdict.reason and "×0.5" in verdict.reason


ARTICLE = """\
Riverton news

Bus routes doubled last year, the council said. That is a 100 percent increase.

Council tax rises by 4.99%, of which 2% is ring-fenced for social care.

It is a 300 percent increase, a rival paper claimed.
"""


def test_a_sentence_that_refers_back_borrows_its_subject(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    from newsverify.verification import check_article

    document = parse_text(ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    verdicts = {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}
    # "That is a 100 percent increase" is about the bus routes of the sentence before it.
    assert verdicts["100 percent increase"] == "supported"
    # Here the sentence before says nothing about buses either: no verdict but missing.
    assert verdicts["300 percent increase"] == "missing"


def test_a_sentence_that_gives_the_primary_value_tells_two_quantities_apart(
    analyzer: Analyzer, index: EvidenceIndex
) -> None:
    from newsverify.verification import check_article

    document = parse_text(ARTICLE, "article.txt")[0]
    _, parsed = next(analyzer.parse_documents([document]))
    findings = {f.text: f.verdict for f in check_article(document, parsed, index)}
    assert findings["rises by 4.99%"].verdict == "supported"
    # The 2% is part of the 4.99% the same sentence gives, not a conflicting rise.
    assert findings["2%"].verdict != "contradicted", findings["2%"].reason


# A declaration of results: a table the figure reader cannot attach to its subject, figures
# for an earlier poll cited for comparison, and values that moved one way.
RESULTS = """\
Riverton ward by-election: declaration of result

Source: Riverton Council

date 2025-07-11

Jane Moss (Green): 1,204
Paul Hart (Labour): 987

Jane Moss was elected with a majority of 217 votes. Of the 31 rejected ballot papers, 12 were \
unmarked.

Turnout in the ward was 41.0%, down 3.5 percentage points from 44.5% at the 2021 election.

Income from the garden waste service rose 12% to £3.4m.

Income from bulky waste collection rose to £2.0m.

The board declared a final dividend of 8.6p per share, making a total dividend of 12.9p per share.

Inflation in the district eased to 2.1% in June.
"""

RESULT_ROWS = [
    # a count written in the primary, but not as a figure the reader ties to the claim's
    # subject, is not contradicted by another count of votes
    ("table-count", "Jane Moss received 1,204 votes.", "missing"),
    # "Of the 31 rejected ballot papers, 12 were unmarked": the 12 counts papers too
    ("referring-count", "12 ballot papers were rejected as unmarked.", "supported"),
    ("referring-count-wrong", "21 ballot papers were rejected as unmarked.", "contradicted"),
    ("majority", "Jane Moss won with a majority of 217 votes.", "supported"),
    ("majority-wrong", "Jane Moss won with a majority of 271 votes.", "contradicted"),
    # a value the primary gives for an earlier poll is not the claim's when it names no time
    ("earlier-poll", "Turnout in the ward was 44.5%.", "missing"),
    ("earlier-poll-dated", "Turnout in the ward was 44.5% in 2021.", "supported"),
    # nor is the earlier value a conflict for a claim about the present one, even when the
    # claim's words ("by-election") sit nearer the earlier value ("2021 election")
    ("present-poll", "Turnout in the ward was 41.0%.", "supported"),
    ("present-poll-named", "Turnout in the ward by-election was 41.0%.", "missing"),
    # "rose by £3.4m" is another quantity than "rose to £3.4m": a 12% rise to £3.4m is a rise
    # of about £0.36m (rise_sizes.py), so a rise by the level itself is contradicted ...
    ("money-to", "Income from the garden waste service rose to £3.4m.", "supported"),
    ("money-by", "Income from the garden waste service rose by £3.4m.", "contradicted"),
    ("money-by-other", "Income from the garden waste service rose by £1.2m.", "contradicted"),
    # ... while a size near the arithmetic is never supported: the primary does not state it
    ("money-by-implied", "Income from the garden waste service rose by £0.36m.", "missing"),
    # without a percent the level still rules out a rise by all of it: one from nothing
    # (level_misreads.py)
    ("level-alone-by", "Income from bulky waste collection rose by £2.0m.", "contradicted"),
    # two values of one sentence: the one next to the claimed words agrees
    ("total-dividend", "The board declared a total dividend of 12.9p per share.", "supported"),
    # the same level reached the other way: the primary's own verb for the value says so
    ("direction-same", "Inflation in the district eased to 2.1% in June.", "supported"),
    ("direction-other", "Inflation in the district rose to 2.1% in June.", "contradicted"),
]


@pytest.fixture(scope="module")
def results_index(analyzer: Analyzer) -> EvidenceIndex:
    documents = parse_text(RESULTS, "declaration.txt")
    return EvidenceIndex(list(analyzer.parse_documents(documents)))


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), RESULT_ROWS, ids=[r[0] for r in RESULT_ROWS]
)
def test_results_verdict(
    analyzer: Analyzer, results_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = check_claim(Claim(id=claim_id, text=text), analyzer, results_index)
    assert verdict.verdict == expected, verdict.reason


# A transcript names its speakers by labels, and a statement by a person's name and title.
TRANSCRIPT = """\
Riverton Water results call: transcript

Source: Riverton Water

**Ana Ruiz, Chief Executive:** Good morning. We met every one of our leakage targets this year.

**Tom Berg, Finance Director:** Our balance sheet is strong enough to fund the new reservoir.

Margaret Oduya, Acting Returning Officer for Riverton, said: "Every vote was counted twice."

She added: "Democracy runs on the goodwill of volunteers."
"""

TRANSCRIPT_ROWS = [
    ("label-speaker", 'Tom Berg said "Our balance sheet is strong enough".', "supported"),
    ("label-other-speaker", 'Ana Ruiz said "Our balance sheet is strong enough".', "contradicted"),
    (
        "title-speaker",
        'Margaret Oduya said "Democracy runs on the goodwill of volunteers".',
        "supported",
    ),
    (
        "title-other",
        'Tom Berg said "Democracy runs on the goodwill of volunteers".',
        "contradicted",
    ),
]


@pytest.fixture(scope="module")
def transcript_index(analyzer: Analyzer) -> EvidenceIndex:
    documents = parse_text(TRANSCRIPT, "transcript.md")
    return EvidenceIndex(list(analyzer.parse_documents(documents)))


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), TRANSCRIPT_ROWS, ids=[r[0] for r in TRANSCRIPT_ROWS]
)
def test_transcript_speakers(
    analyzer: Analyzer, transcript_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = check_claim(Claim(id=claim_id, text=text), analyzer, transcript_index)
    assert verdict.verdict == expected, verdict.reason


# Results for a year, with values for its quarters and halves, the year before, and a
# forecast whose period is named only in the sentence before it.
PERIODS = """\
Riverton Mills plc: results for the year ended 31 March 2025 ("FY25")

Source: Riverton Mills plc

Riverton Mills plc announces its results for FY25.

Flour sales grew 4.1%, with fourth-quarter flour sales up 5.3%.

Bran revenue in the second half was £66.2m, up 8.4%, following first-half bran revenue of \
£62.1m, up 6.0%.

Milling capacity grew to 18%, from 15% in FY24.

Machinery spending was £78.2m.

For FY26, the Board expects flour sales growth of around 3%. Machinery spending is expected \
to be around £85m.
"""

PERIOD_ROWS = [
    # a quarter's value is not the year's, nor the year's the quarter's
    ("q4", "Riverton's fourth-quarter flour sales rose 5.3%.", "supported"),
    ("q4-year-value", "Riverton's fourth-quarter flour sales rose 4.1%.", "contradicted"),
    ("year", "Riverton's flour sales grew 4.1% in FY25.", "supported"),
    ("no-period", "Riverton's flour sales grew 5.3%.", "contradicted"),
    ("q1-fy26", "Riverton's flour sales rose 3.8% in the first quarter of FY26.", "missing"),
    # halves: each value belongs to the half named before it
    ("h1", "Riverton's first-half bran revenue was £62.1m.", "supported"),
    ("h2-h1-value", "Riverton's second-half bran revenue rose 6.0%.", "contradicted"),
    ("h2", "Riverton's second-half bran revenue rose 8.4%.", "supported"),
    # the year before, named after its value
    ("fy24", "Riverton's milling capacity was 15% in FY24.", "supported"),
    # a forecast takes the period of the sentence before it
    ("forecast", "Riverton expects machinery spending of around £85m in FY26.", "supported"),
    ("forecast-as-actual", "Riverton's machinery spending in FY25 was £85m.", "contradicted"),
]


@pytest.fixture(scope="module")
def periods_index(analyzer: Analyzer) -> EvidenceIndex:
    documents = parse_text(PERIODS, "results.txt")
    return EvidenceIndex(list(analyzer.parse_documents(documents)))


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), PERIOD_ROWS, ids=[r[0] for r in PERIOD_ROWS]
)
def test_period_verdict(
    analyzer: Analyzer, periods_index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    verdict = check_claim(Claim(id=claim_id, text=text), analyzer, periods_index)
    assert verdict.verdict == expected, verdict.reason


def test_a_vote_tally_owns_no_words() -> None:
    # "voted 7–2 to reduce Bank Rate by 0.25 points": the cut, not the vote, owns "reduce".
    tally = Figure(start=0, end=3, text="7–2", value=7.0, unit="tally", kind="count", upper=2.0)
    cut = Figure(start=0, end=4, text="0.25", value=0.25, unit="percentage_point", kind="change")
    assert not owns_words(tally)
    assert owns_words(cut)
