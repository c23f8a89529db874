"""Subjects said in other words: a noun against its verb, a level given without its direction."""

from __future__ import annotations

import pytest

from newsverify.derivation import derive, root
from newsverify.evidence import EvidenceIndex, derived_key
from newsverify.pipeline import Analyzer
from newsverify.vocab import word_key

from .verdicts import assert_verdict, evidence_index

# Each noun meets its verb; no rule may merge unrelated words.
SAME_ROOT = [
    ("admission", "admit"),
    ("rejection", "reject"),
    ("election", "elect"),
    ("payment", "pay"),
    ("approval", "approve"),
    ("dismissal", "dismiss"),
    ("renewal", "renew"),
    ("decision", "decide"),
    ("inclusion", "include"),
    ("extension", "extend"),
    ("consultation", "consult"),
    ("estimation", "estimate"),
    ("competition", "compete"),
    ("attendance", "attend"),
    ("settlement", "settle"),
    ("funding", "fund"),
]
DIFFERENT_ROOT = [
    ("pension", "pend"),
    ("faction", "fact"),
    ("coalition", "coal"),
    ("plane", "plan"),
    ("defence", "def"),
    ("nation", "n"),
    ("section", "sect"),
]


@pytest.mark.parametrize(("noun", "verb"), SAME_ROOT)
def test_a_noun_meets_its_verb(noun: str, verb: str) -> None:
    assert derived_key(noun) == derived_key(verb)


@pytest.mark.parametrize(("one", "other"), DIFFERENT_ROOT)
def test_unrelated_words_stay_apart(one: str, other: str) -> None:
    assert derived_key(one) != derived_key(other)


def test_a_synonym_group_keeps_its_head() -> None:
    # "growth" and "reduction" are direction words: the matcher looks for their heads.
    assert derived_key("growth") == "increase"
    assert derived_key("reduction") == "decrease"
    assert derive("shipping") == "ship"
    assert root("approve") == root("approv")


PRIMARY = """\
Riverton council annual report

Source: Riverton Council

The council rejected 164 planning applications in 2024.

Payments to local contractors totalled £3.2m in 2024.

Turnout at the ward poll was 41.0%, down 3.5 percentage points on 2021.

The jobless rate in the district was 3.9% in March.

So far in 2025 the district recorded 1,536 flu cases, three times the 512 cases reported in \
the same period of 2024.

In week 3, 212 patients were admitted to hospital with flu, 12% more than the 189 admitted \
in week 2.
"""

ROWS = [
    # a noun in the claim, its verb in the primary, and the reverse
    ("rejections", "The rejection of 164 planning applications in 2024 was a record.", "supported"),
    (
        "rejections-wrong",
        "The rejection of 146 planning applications in 2024 was a record.",
        "contradicted",
    ),
    ("paid", "The council paid £3.2m to local contractors in 2024.", "supported"),
    ("paid-wrong", "The council paid £2.3m to local contractors in 2024.", "contradicted"),
    ("admissions", "Hospital admissions of flu patients rose 12% in week 3.", "supported"),
    # the subject matches, but nothing the primary says was paid to them
    ("paid-other", "The council paid £3.2m to local schools in 2024.", "missing"),
    # a level followed by its change ("41.0%, down 3.5 points") says which way it moved
    ("level-fell", "Turnout at the ward poll fell by 3.5 percentage points.", "supported"),
    ("level-rose", "Turnout at the ward poll rose by 3.5 percentage points.", "contradicted"),
    ("level-rose-to", "Turnout at the ward poll rose to 41.0%.", "contradicted"),
    ("level-fell-to", "Turnout at the ward poll fell to 41.0%.", "supported"),
    # a primary that gives a level without saying which way it moved neither agrees nor
    # differs on the direction
    ("silent-direction", "The jobless rate in the district rose to 3.9% in March.", "supported"),
    (
        "silent-multiplier",
        "Flu cases so far in 2025 are up 200% on the same period of 2024.",
        "supported",
    ),
    # a rise "by" the level: 212 admitted, 12% more than before, is a rise of about 23
    ("rise-by-level", "Hospital admissions of flu patients rose by 212 in week 3.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "report.txt")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_subject_verdict(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_a_derived_verb_joins_groups_of_actions_only() -> None:
    # "statement" comes from "state" the verb, not "a state" (a country)
    statement = derived_key(word_key("statement"))
    assert statement not in (derived_key(word_key("state")), derived_key(word_key("country")))
    # "announcement" is the act of announcing, which "unveiled" says too
    assert derived_key(word_key("announcement")) == derived_key(word_key("unveil"))
    assert derived_key(word_key("approval")) == derived_key(word_key("adopt"))
