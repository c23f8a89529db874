"""Quote speakers, issue 3, sixth held-out batch: each class of text its misses stood for,
probed in wordings and styles of our own (not the batch's sentences), with rows that must
keep their old answer."""

from __future__ import annotations

import pytest

from newsverify.quotes import find_quotes
from newsverify.text import normalize

# A verb of the manner of speaking ("muttered", "laughed") is a speech tag with a person as
# its subject, and nothing with anything else as its subject.
MANNER_ROWS = [
    (
        '"Not this again," sighed the goalkeeper, Ruud Jansen.',
        [("Not this again", "Ruud Jansen")],
    ),
    (
        'Councillor Mia Drake grumbled that the plan was "half-baked and late".',
        [("half-baked and late", "Mia Drake")],
    ),
    (
        '"We were robbed," Tia Ward snapped after the final whistle.',
        [("We were robbed", "Tia Ward")],
    ),
    ('The "Blue Line" trains screamed past the platform.', [("Blue Line", None)]),
]

# A reporting verb in an infinitive ("rang in to tell us") has the main clause's subject.
INFINITIVE_ROWS = [
    (
        'Nurse Amara Okafor took to social media to say: "We are exhausted."',
        [("We are exhausted.", "Amara Okafor")],
    ),
    (
        "Mayor Lena Ruiz stood up at the end of the meeting to announce that the pool would be "
        '"open by June".',
        [("open by June", "Lena Ruiz")],
    ),
    (
        'Opposition leader Tom Baird used his speech to warn: "This budget will cost jobs."',
        [("This budget will cost jobs.", "Tom Baird")],
    ),
]

# A gendered pronoun stands for the person of its gender, past someone nearer whom the text
# gives the other gender (in a clause of their own: "while Hart read out his motion") or none.
GENDER_ROWS = [
    (
        "The mayor, Jo Lindqvist, listened while Peter Hart read out his motion. When she "
        'spoke, she said: "This is not costed."',
        [("This is not costed.", "Jo Lindqvist")],
    ),
    (
        "Coach Ali Brandt watched from the stand because Marco Vitti had lost his voice. "
        '"We were brave," she said.',
        [("We were brave", "Ali Brandt")],
    ),
    (
        "Ms Dana Holt, the club's lawyer, spoke after her client, Chris Adair, left court. "
        'Adair made no comment. "We will appeal," she said.',
        [("We will appeal", "Dana Holt")],
    ),
    (
        "Nurse Mary Quinn, the ward manager, thanked her team, including Jordan Blake. Blake "
        'has worked there for ten years. "They carried us," she said.',
        [("They carried us", "Mary Quinn")],
    ),
    # with no gender to tell them apart, the last person named
    ('Sam Reid met Alex Moreno. "It went well," they said.', [("It went well", "Alex Moreno")]),
]

# A role the text gave a named person in apposition, used later as "the <role>", is that
# person, whether or not the role is a word we know.
APPOSED_ROLE_ROWS = [
    (
        "Lena Fischer, the festival's artistic lead, was upbeat. "
        '"Ticket sales are up," the artistic lead said.',
        [("Ticket sales are up", "Lena Fischer")],
    ),
    (
        "The Ombudsman, Sir Peter Vale, published his findings. "
        '"The council failed these families," the Ombudsman said.',
        [("The council failed these families", "Peter Vale")],
    ),
    (
        "Dr Nia Evans, the surgery's senior partner, agreed. "
        '"We cannot recruit," said the senior partner.',
        [("We cannot recruit", "Nia Evans")],
    ),
]

# A word after a possessive is a noun, never a reporting verb: "the auditor's report".
POSSESSIVE_NOUN_ROWS = [
    (
        'Councillor Ann Vos dismissed the treasurer\'s claims as "fantasy".',
        [("fantasy", "Ann Vos")],
    ),
    (
        'The governor said the bank\'s warnings were "overdone".',
        [("overdone", "the governor")],
    ),
    (
        'The mayor called the inspector\'s report "a whitewash".',
        [("a whitewash", "the mayor")],
    ),
]

# An organisation that says something is the speaker, by the name the text gives it; a
# document is not.
ORGANISATION_ROWS = [
    (
        'The bridge will "reopen before Easter", the county council said on Monday.',
        [("reopen before Easter", "the county council")],
    ),
    (
        '"No jobs are at risk," said the Harbour Authority.',
        [("No jobs are at risk", "the Harbour Authority")],
    ),
    ('The ministry said the talks were "constructive".', [("constructive", "the ministry")]),
    ('"Growth will slow," the report said.', [("Growth will slow", None)]),
]

# In a transcript, "you told" quotes the person addressed, and a pronoun or role for someone
# else quotes that participant, not the turn's speaker.
TRANSCRIPT_ROWS = [
    (
        "HOST (Pat Lowry): Minister, you said in March that the scheme was "
        '"fully funded". Is it?\n\nMINISTER GRACE OKORO: It is, and I stand by it.',
        [("fully funded", "GRACE OKORO")],
    ),
    (
        "**Mr Dylan Rees:** Can the Secretary confirm that she promised "
        '"no new tolls"?\n\n**The Transport Secretary (Ms Hannah Vaughan):** I can.',
        [("no new tolls", "Hannah Vaughan")],
    ),
    (
        "CHAIR (Ruth Ames): Chief Constable, you told us last year that response times were "
        '"improving". They are not.\n\nCHIEF CONSTABLE OMAR HALE: They are, on our figures.',
        [("improving", "OMAR HALE")],
    ),
    # the turn's own words, quoted by its speaker, stay the speaker's
    (
        'PRESENTER (Ally Dunbar): I said "never again" on air.\n\nGUEST JO FRY: You did.',
        [("never again", "Ally Dunbar")],
    ),
]

# An interview's answers, quoted after its questions, are the interviewee's whom the heading
# names.
INTERVIEW_ROWS = [
    (
        "Interview: chef Marco Bellini on his new restaurant\n\nWhy Leeds?\n\n"
        '"Because the rents are half what London charges."',
        [("Because the rents are half what London charges.", "Marco Bellini")],
    ),
    (
        "In conversation with novelist Ada Crane\n\nWhat are you working on now?\n\n"
        '"A book about my grandmother\'s farm."',
        [("A book about my grandmother's farm.", "Ada Crane")],
    ),
    (
        "Five questions for Sgt Lee Park, of Harrow police\n\nHow many calls a night?\n\n"
        '"On a Friday, about forty. On a Monday, ten."',
        [("On a Friday, about forty. On a Monday, ten.", "Lee Park")],
    ),
    # a question in an ordinary story is no interview
    (
        "Tom Reed and Ana Diaz both spoke at the meeting.\n\nWho will pay for it?\n\n"
        '"Nobody has told us anything about the costs."',
        [("Nobody has told us anything about the costs.", None)],
    ),
]
# --- rows end


def quotes_in(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(normalize(text).text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    MANNER_ROWS
    + INFINITIVE_ROWS
    + GENDER_ROWS
    + APPOSED_ROLE_ROWS
    + POSSESSIVE_NOUN_ROWS
    + ORGANISATION_ROWS
    + TRANSCRIPT_ROWS
    + INTERVIEW_ROWS,
)
def test_sixth_batch_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_in(text) == expected
