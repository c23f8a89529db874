"""Quote speakers, issue 3, seventh batch (heldout-7 moved in-sample): each class of text its
misses stood for, probed in wordings of our own, with traps that must keep their old answer."""

from __future__ import annotations

import pytest

from newsverify.quotes import find_quotes
from newsverify.text import normalize

# The title of a book, film or paper is no quotation: nobody is credited, nothing checked.
WORK_TITLE_ROWS = [
    ('His debut album "Northern Lights" went gold.', [("Northern Lights", None, False)]),
    ('The film, "A Long Way from Home", opens on Friday.', [("A Long Way from Home", None, False)]),
    ('"Night Trains" (2004) was her breakthrough.', [("Night Trains", None, False)]),
    (
        "Their study, 'Soil carbon under twenty years of rotation', appears this week.",
        [("Soil carbon under twenty years of rotation", None, False)],
    ),
    # words the text goes on to credit stay a quotation
    (
        'In her memoir, "I never wanted to be famous," she writes.',
        [("I never wanted to be famous", None, True)],
    ),
]

# A description with the phrase that says whose or where ("for the union", "at the bank")
# is the speaker as the text gives it; a time or a medium is no part of it.
COMPLEMENT_ROWS = [
    (
        '"Prices will rise," said a spokesman for the water company.',
        [("Prices will rise", "a spokesman for the water company")],
    ),
    (
        'Economists at Harwood Bank said the figures were "worse than feared".',
        [("worse than feared", "economists at Harwood Bank")],
    ),
    (
        'A man in a red coat shouted "rubbish" at the stage. Later he said, "I stand by it."',
        [("rubbish", "a man in a red coat"), ("I stand by it.", "a man in a red coat")],
    ),
    (
        "A spokeswoman for the trust said the ward was safe, adding that staffing was "
        '"under review".',
        [("under review", "a spokeswoman for the trust")],
    ),
    (
        'Mayor Lena Ruiz toured the site. "We will fix it," said the mayor at the weekend.',
        [("We will fix it", "Lena Ruiz")],
    ),
    ('"We will appeal," said a spokesman in a statement.', [("We will appeal", "a spokesman")]),
]

# A body that speaks is the speaker; a document, or a body that only qualifies a person, is not.
BODY_ROWS = [
    (
        'The water regulator said the fines were "proportionate".',
        [("proportionate", "the water regulator")],
    ),
    (
        'The club said little on Monday. They later said it was "a private matter".',
        [("a private matter", "the club")],
    ),
    (
        "Cllr Joe Park said parents had told him the road was 'a death trap', and he asked "
        "for a crossing.",
        [("a death trap", "parents")],
    ),
    # "according to" a named person names the source of all the sentence reports
    (
        'Residents described the flats as "damp and cold", according to housing officer Nia Bell.',
        [("damp and cold", "Nia Bell")],
    ),
    ('The review said the scheme was "poor value".', [("poor value", None)]),
    ('"We are appealing," the head of the union said.', [("We are appealing", None)]),
    (
        'The council leader, Amy Ward, said: "We will listen."',
        [("We will listen.", "Amy Ward")],
    ),
    (
        'Police spoke to Tom Hale on Friday. "I saw nothing," he said.',
        [("I saw nothing", "Tom Hale")],
    ),
]

# In a transcript's turn, "I" is its speaker, "you" the one it is spoken to (the next
# turn's speaker, or for the last turn the one before), and a "she" no one else is, too.
TURN_ROWS = [
    (
        'INTERVIEWER: Last year you told listeners the fares would be "frozen". Were they?\n\n'
        "CHIEF EXECUTIVE KAY LUND: On most routes.",
        [("frozen", "KAY LUND")],
    ),
    (
        '**Ms Ada Frost:** I said at the time, "this will not end well".\n\n'
        "**Mr Ben Hale:** And it did not.",
        [("this will not end well", "Ada Frost")],
    ),
    (
        "**Cllr Ann Roe:** The budget is balanced.\n\n"
        '**Cllr Sam Ito:** You said in May, "there will be no cuts". There were.',
        [("there will be no cuts", "Ann Roe")],
    ),
    (
        '**Mr Tom Eld:** Will the Secretary confirm she said the cuts were "temporary"?\n\n'
        "**The Home Secretary (Ms Jo Hart):** I will.",
        [("temporary", "Jo Hart")],
    ),
    (
        'Q: What did the letting agency say about the repairs?\nA: They said, "it is on the '
        'list". Nothing happened.',
        [("it is on the list", "the letting agency")],
    ),
    # someone named in the turn stays the speaker
    (
        'HOST: Ben Cole said last week that the plan was "dead". Do you agree?\n\n'
        "GUEST ANNA REY: No.",
        [("dead", "Ben Cole")],
    ),
]

# A "he" or "she" whose verb has a listener the text names ("she told Bloom", "He told
# him") is not that listener: it goes on with the subject of the sentence before.
LISTENER_ROWS = [
    (
        "Director Sam Vale thanked the producer, Alex Kim, on stage. He told him: "
        '"We owe you everything."',
        [("We owe you everything.", "Sam Vale")],
    ),
    (
        "Lena Ortiz met Sara Bloom, the new head of the trust, on Friday. "
        '"We agreed on everything," she told Bloom.',
        [("We agreed on everything", "Lena Ortiz")],
    ),
    # no listener: the last person named, as before
    ('Omar Diaz met Paul Reyes. "We agreed," he said.', [("We agreed", "Paul Reyes")]),
]

# "and" joining a second verb keeps the clause's subject, so "his" there is the subject's.
SHARED_SUBJECT_ROWS = [
    (
        "Goalkeeper Ivo Brandt stopped Carl Mayer's shot and was carried off by his "
        'team-mates. "It was my night," he said.',
        [("It was my night", "Ivo Brandt")],
    ),
]

# A verb joined by "and" has the subject its clause opened with.
SHARED_VERB_ROWS = [
    (
        'A woman in the gallery shouted "shame". Afterwards she stood up and said, "Resign."',
        [("shame", "a woman in the gallery"), ("Resign.", "a woman in the gallery")],
    ),
    ('Mark Rutte met Keir Starmer and said "we agree".', [("we agree", "Mark Rutte")]),
]

# "the 52-year-old" is the person the text gave the age: the last one named.
AGE_ROWS = [
    (
        "Jane Colder, of Station Road, said she had not seen the sign. "
        '"It was hidden," the 52-year-old told the court.',
        [("It was hidden", "Jane Colder")],
    ),
    ('"It was hidden," a 52-year-old told the court.', [("It was hidden", "a 52-year-old")]),
]


# Words the text calls someone's ("Their words were", "His message was simple:") are theirs.
OWNED_WORDS_ROWS = [
    (
        'Mark Rutte spoke last. His message was simple: "Spend more."',
        [("Spend more.", "Mark Rutte")],
    ),
    (
        'The inspectors wrote to the school in May. Their verdict was "requires improvement". '
        "The head resigned.",
        [("requires improvement", "the inspectors")],
    ),
    ('Mark Rutte met Keir Starmer. Rutte\'s reply was blunt: "No."', [("No.", "Mark Rutte")]),
    # a thing's words name no one
    ('The words were "never again".', [("never again", None)]),
]

# "your company" (in a transcript, the company of the one spoken to) or "his company" is the
# organisation the text ties that person to; with none named, nobody.
OWNED_BODY_ROWS = [
    (
        "PRESENTER: Joining me is Ruth Fane, managing director of Castle Rail. In May your "
        'company promised "a train every ten minutes". Where are they?\n\n'
        "FANE: Coming in September.",
        [("a train every ten minutes", "Castle Rail")],
    ),
    (
        "Mark Hale, head of sales at Norland Motors, was upbeat. His company said profits were "
        '"ahead of plan".',
        [("ahead of plan", "Norland Motors")],
    ),
    (
        'Mark Hale was upbeat. His company said profits were "ahead of plan".',
        [("ahead of plan", None)],
    ),
]

# A colon introduction by a description: the description, and "one of them" the group named
# just before.
COLON_DESCRIPTION_ROWS = [
    ('A neighbour was blunt: "They should go."', [("They should go.", "a neighbour")]),
    (
        'The nurses met on Friday. One of them was blunt: "We are leaving."',
        [("We are leaving.", "one of the nurses")],
    ),
    (
        'Q: And the drivers?\nA: One of them summed it up: "Nobody asked us."',
        [("Nobody asked us.", "one of the drivers")],
    ),
    # a document introduces nobody
    ('The statement was clear: "We are done."', [("We are done.", None)]),
]

# An interview's answers after its questions are the interviewee's whom the heading names;
# a heading that names two people names no one interviewee.
INTERVIEW_ROWS = [
    (
        'Meet the maker: potter Elin Voss\n\nWhere do you work?\n\n"In a shed behind the house."',
        [("In a shed behind the house.", "Elin Voss")],
    ),
    (
        "Interview: Tom Reed and Ana Diaz on the merger\n\nWhy now?\n\n"
        '"Because the numbers finally work for both of us."',
        [("Because the numbers finally work for both of us.", None)],
    ),
]


def quotes_in(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(normalize(text).text)]


@pytest.mark.parametrize(("text", "expected"), WORK_TITLE_ROWS)
def test_work_titles_are_no_quotations(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    found = find_quotes(normalize(text).text)
    assert [(q.text, q.speaker, q.attributed) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    COMPLEMENT_ROWS
    + BODY_ROWS
    + TURN_ROWS
    + LISTENER_ROWS
    + SHARED_SUBJECT_ROWS
    + SHARED_VERB_ROWS
    + AGE_ROWS
    + OWNED_WORDS_ROWS
    + OWNED_BODY_ROWS
    + COLON_DESCRIPTION_ROWS
    + INTERVIEW_ROWS,
)
def test_seventh_batch_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_in(text) == expected


def test_a_place_the_model_takes_for_a_person_is_no_speaker() -> None:
    """ "of Station Road" after a name: a place, even when the pipeline labels it PERSON."""
    text = normalize(
        "Jane Colder, of Station Road, said she had not seen the sign. "
        '"It was hidden," the 52-year-old told the court.'
    ).text
    people = [(text.index(n), text.index(n) + len(n), n) for n in ("Jane Colder", "Station Road")]
    assert [(q.text, q.speaker) for q in find_quotes(text, people)] == [
        ("It was hidden", "Jane Colder")
    ]
