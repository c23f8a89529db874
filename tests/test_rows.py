"""Results rows ("Ann Holt (Green Party): 2,204") give a claim's count of what their lead-in
counts, for the person their label names; a count the claim leaves without a unit ("a
majority of 1,224") is compared with the primary's count of anything on the same subject."""

from __future__ import annotations

import pytest

from newsverify.claims import Claim
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.rows import as_bare_row
from newsverify.verification import check_claim

from .verdicts import assert_verdict, evidence_index

DECLARATION = """\
Brockley ward by-election: declaration of result

Source: Brockley Borough Council

The number of votes recorded for each candidate is as follows:

Ann Holt (Green Party): 2,204
Ben Cole (Liberal Party): 980

Total valid votes: 3,184

I declare that Ann Holt is duly elected, with a majority of 1,224 votes over Ben Cole.
"""

ROWS = [
    ("holt", "Ann Holt won the Brockley by-election with 2,204 votes.", "supported"),
    ("cole", "Ben Cole received 980 votes.", "supported"),
    ("holt-wrong", "Ann Holt won 2,240 votes.", "contradicted"),
    # the lead-in counts votes, not complaints; and no row names Carl Dunn
    ("other-unit", "Ann Holt received 2,204 complaints.", "missing"),
    ("other-person", "Carl Dunn received 2,204 votes.", "missing"),
    # Ben Cole's 980 is not the Green Party's, though the document's lead names that party:
    # a row's own label (or the title) must name whom the claim is about
    ("party-row", "The Green Party candidate won 980 votes in Brockley ward.", "contradicted"),
    ("party-right", "The Liberal Party candidate won 980 votes in Brockley ward.", "supported"),
    # the claim leaves the unit of the majority implicit
    ("majority", "Ann Holt won with a majority of 1,224.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, DECLARATION, "declaration.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


NOT_A_ROW = [
    # a qualifier of the counted thing that neither the row nor its lead-in gives: the row
    # counts all of Ann Holt's votes, not her postal ones
    "Ann Holt won 2,204 postal votes.",
    # a figure shared by two people is not one row's: Ben Cole's row says nothing of Ann Holt's
    "Ann Holt and Ben Cole won 980 votes between them.",
    "Ann Holt and Ben Cole won 2,204 votes between them.",
]


@pytest.mark.parametrize("text", NOT_A_ROW)
def test_a_row_does_not_support_a_narrower_or_shared_count(
    analyzer: Analyzer, index: EvidenceIndex, text: str
) -> None:
    verdict = check_claim(Claim(id="n", text=text), analyzer, index)
    assert verdict.verdict != "supported", verdict.reason


def test_a_larger_majority_is_not_supported(analyzer: Analyzer, index: EvidenceIndex) -> None:
    verdict = check_claim(
        Claim(id="m", text="Ann Holt won with a majority of 1,242."), analyzer, index
    )
    assert verdict.verdict != "supported", verdict.reason


def test_a_row_unit_from_its_lead_in_is_dropped_for_other_claims(index: EvidenceIndex) -> None:
    """Rows take the lead-in's unit ("votes"), but only a claim about a row's own label may use
    it; a labelled total that names its unit itself keeps it."""
    passages = index.passages_for(None)
    by_text = {f.text: (p, f) for p in passages for f in p.figures}
    row_passage, row = by_text["980"]
    total_passage, total = by_text["3,184"]
    assert row.unit == "vote"
    assert as_bare_row(row_passage, row).unit == ""
    assert as_bare_row(total_passage, total).unit == "vote"


# The title names the winner: a name taken for granted by every row must still not let one
# row stand for a count the claim gives to two people.
TITLED = DECLARATION.replace(
    "Brockley ward by-election: declaration of result",
    "Ann Holt elected: Brockley ward by-election declaration of result",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Holt and Ben Cole won 980 votes between them.", "not supported"),
        ("Ben Cole received 980 votes.", "supported"),
        ("Ann Holt won 2,204 postal votes.", "not supported"),
    ],
)
def test_rows_under_a_title_naming_a_candidate(
    analyzer: Analyzer, text: str, expected: str
) -> None:
    documents = parse_text(TITLED, "declaration.txt")
    titled = EvidenceIndex(list(analyzer.parse_documents(documents)))
    verdict = check_claim(Claim(id="t", text=text), analyzer, titled)
    got = "supported" if verdict.verdict == "supported" else "not supported"
    assert got == expected, verdict.reason
