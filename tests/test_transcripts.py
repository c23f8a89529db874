"""Speaker-labelled transcripts: each turn's words are its speaker's (over as many paragraphs
as it runs), one-word labels name the speaker labelled in full before, and questions from the
floor are nobody's official words: no evidence for figures, and misattributed when a claim
puts them in an official's mouth."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.transcripts import find_turns, turn_at

from .verdicts import assert_verdict, evidence_index

TRANSCRIPT = """\
---
title: "Transcript: Harrowgate Police briefing on Operation Kestrel"
source: Harrowgate Police
date: 2025-09-12
kind: primary
---

Speakers: Detective Superintendent Jane Rowe; Councillor Omar Haddad.

DET SUPT JANE ROWE: Thank you for coming. Operation Kestrel has led to 37 arrests since July.

We have recovered 112 stolen bicycles, and we will not rest until every one is back with its owner.

OMAR HADDAD, CABINET MEMBER: The council will fund 14 more CCTV cameras in the town centre.

Q: Is it true that 500 bicycles were stolen in August alone?

ROWE: I won't put a number on August today. What I will say is that thefts are falling.
"""


def test_turns_and_their_speakers() -> None:
    turns = find_turns(TRANSCRIPT)
    assert [(t.speaker, t.question) for t in turns] == [
        ("Jane Rowe", False),
        ("Omar Haddad", False),
        ("Q", True),
        ("Jane Rowe", False),
    ]
    # a turn runs on over its paragraphs, to the next label
    offset = TRANSCRIPT.index("We have recovered")
    turn = turn_at(TRANSCRIPT, 0, offset)
    assert turn is not None and turn.speaker == "Jane Rowe"


@pytest.mark.parametrize(
    "text",
    [
        # a quotation introduced with a colon, a results list, a list of cited titles
        'Marta Quinlan, chief executive of the agency, said: "Our defences did their job."\n'
        'Omar Haddad, a councillor, said: "We will fund more cameras this winter."\n',
        "Ann Holt (Green Party): 2,204\nBen Cole (Liberal Party): 980\n",
        "NATO: 'Secretary General to visit London'\nNATO (speech): 'Building a better NATO'\n",
        # one label is no transcript: "Note:" and "Source:" lines are metadata
        "Source: Harrowgate Police\nNote: Figures are provisional and may be revised later.\n",
    ],
)
def test_other_text_has_no_turns(text: str) -> None:
    assert find_turns(text) == []


VERDICTS = [
    (
        "quote",
        'Jane Rowe said "we will not rest until every one is back with its owner".',
        "supported",
    ),
    (
        "quote-changed",
        'Jane Rowe said "we will not stop until every one is back with its owner".',
        "contradicted",
    ),
    # the councillor's words, not Rowe's
    (
        "misattributed",
        'Jane Rowe said "The council will fund 14 more CCTV cameras in the town centre".',
        "contradicted",
    ),
    # a reporter's question is not the superintendent's words
    (
        "question-quoted",
        'Jane Rowe said "500 bicycles were stolen in August alone".',
        "contradicted",
    ),
    # ... nor is its figure evidence
    ("question-figure", "500 bicycles were stolen in August.", "missing"),
    # Rowe's words in the second paragraph of her turn, which has no label of its own
    (
        "continued-turn",
        'Omar Haddad said "we will not rest until every one is back with its owner".',
        "contradicted",
    ),
    ("figure", "Operation Kestrel has led to 37 arrests since July.", "supported"),
    ("speaker-figure", "Rowe said 112 stolen bicycles had been recovered.", "supported"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, TRANSCRIPT, "briefing.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_transcript_verdicts(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


# A record of proceedings labels the speaker by office, with the name in brackets.
RECORD = """\
---
title: "Harbour Charges - Official Record, Tuesday 3 March 2026"
source: Kelmouth Assembly Official Record
date: 2026-03-03
---

**The Minister for Ports and Shipping (Isolde Varga-Penrose):** With permission, I shall make \
a statement. We will not raise harbour charges again before 2028.

**Mr Tobias Renwick (Kelmouth East):** The charges have already doubled.

**The Harbour Commissioner:** Dredging of the outer channel is complete.
"""

RECORD_VERDICTS = [
    # the office's holder, named in brackets, said it
    (
        "office-holder",
        'Isolde Varga-Penrose said "We will not raise harbour charges again before 2028".',
        "supported",
    ),
    # ... so someone else did not
    (
        "other-person",
        'Tobias Renwick said "We will not raise harbour charges again before 2028".',
        "contradicted",
    ),
    # an office the record ties to nobody: the claimed person cannot be checked against it
    (
        "untied-office",
        'Mara Quill said "Dredging of the outer channel is complete".',
        "missing",
    ),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), RECORD_VERDICTS, ids=[v[0] for v in RECORD_VERDICTS]
)
def test_offices_named_in_brackets(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, RECORD, "record.md")
    assert_verdict(analyzer, index, claim_id, text, expected)


# A press conference labels speakers by office with the name in brackets once, then by
# office alone; a deputy's office is not the office it deputises for.
BRIEFING = """\
Transcript: Mayor of Dunmarsh's press conference on flooding

Present: Wilhelmina Ostrova-Kade, Mayor of Dunmarsh; Lucan Ferreira, Deputy Mayor for Housing.

THE MAYOR (Wilhelmina Ostrova-Kade): Good morning. We have reopened 14 of the 20 closed roads.

THE DEPUTY MAYOR (Lucan Ferreira): Thank you, Mayor. The pumps ran for nine days without a break.

TOMASZ OKONKWO-BELL (Dunmarsh Courier): Mayor, when will the last roads open?

THE MAYOR: By the end of the month, and not a day later.

THE DEPUTY MAYOR: I would add that the crews were simply magnificent.
"""

BRIEFING_VERDICTS = [
    (
        "deputy-named-once",
        'Lucan Ferreira said "the crews were simply magnificent".',
        "supported",
    ),
    (
        "deputy-for-mayor",
        'Wilhelmina Ostrova-Kade said "the crews were simply magnificent".',
        "contradicted",
    ),
    (
        "deputy-for-mayor-bracketed",
        'Wilhelmina Ostrova-Kade said "The pumps ran for nine days without a break".',
        "contradicted",
    ),
    (
        "mayor-by-office-alone",
        'Wilhelmina Ostrova-Kade said "By the end of the month, and not a day later".',
        "supported",
    ),
]


def test_a_role_label_takes_the_name_its_bracketed_label_gave() -> None:
    assert [t.speaker for t in find_turns(BRIEFING)] == [
        "Wilhelmina Ostrova-Kade",
        "Lucan Ferreira",
        "Tomasz Okonkwo-Bell",
        "Wilhelmina Ostrova-Kade",
        "Lucan Ferreira",
    ]


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), BRIEFING_VERDICTS, ids=[v[0] for v in BRIEFING_VERDICTS]
)
def test_a_deputy_is_not_the_office_holder(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, BRIEFING, "briefing.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)


# A committee transcript numbers its questions ("Q4 Chair:") and names its chair only in the
# list of those present. Fails on 395fc6b.
HEARING = """\
Culture Committee: oral evidence

Members present: Odile Brancaster-Vey (Chair); Piet Lomax-Oduya.

Witnesses: Marguerite Hollins, Director, Regional Museums Trust.

Q1 Chair: Good afternoon. Visitor numbers fell last year. Why?

Marguerite Hollins: Two of our largest galleries were closed for repairs for most of the year.

Q2 Piet Lomax-Oduya: When will they reopen?

Marguerite Hollins: Both will reopen in the spring.

Q3 Chair: A museum that nobody can get into is not a museum at all.

Marguerite Hollins: I agree with that, Chair.
"""


def test_a_numbered_question_and_a_chair_named_in_the_members_list() -> None:
    assert [t.speaker for t in find_turns(HEARING)] == [
        "Odile Brancaster-Vey",
        "Marguerite Hollins",
        "Piet Lomax-Oduya",
        "Marguerite Hollins",
        "Odile Brancaster-Vey",
        "Marguerite Hollins",
    ]


HEARING_VERDICTS = [
    (
        "chair-said-it",
        'Odile Brancaster-Vey said "A museum that nobody can get into is not a museum at all".',
        "supported",
    ),
    (
        "witness-did-not",
        'Marguerite Hollins said "A museum that nobody can get into is not a museum at all".',
        "contradicted",
    ),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), HEARING_VERDICTS, ids=[v[0] for v in HEARING_VERDICTS]
)
def test_the_chairs_words_are_hers(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, HEARING, "hearing.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)
