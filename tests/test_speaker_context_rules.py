"""Speaker rules the eleventh held-out quote batch (issue 3) exposed, each in wordings of its
own: letters after a name, a place someone is from, a transcript turn's own speaker and the
name a role's label brackets, a preposition's object in an apposition, a pronoun past a person
its quotation names or the text makes the asker, a relative's gender, a team's possessive
before its coach, labels that open a clause, verbs of verdict, a sentence-final source and
"in the words of"."""

from __future__ import annotations

import pytest

from newsverify.quotes import find_quotes
from newsverify.text import normalize


def quotes_in(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(normalize(text).text)]


def _span(text: str, words: str) -> tuple[int, int, str]:
    start = text.index(words)
    return start, start + len(words), words


def speakers_with(text: str, *names: str) -> list[str | None]:
    """Speakers when a trained pipeline labels `names` PERSON (rightly or not)."""
    return [q.speaker for q in find_quotes(text, [_span(text, n) for n in names])]


RULE_ROWS = [
    # letters after a name are no part of it, and do not hide the name from its verb
    (
        'The council\'s barrister, Anjali Rao KC, called the plan "unlawful".',
        [("unlawful", "Anjali Rao")],
    ),
    # a name after a preposition in an apposition is not the one who speaks
    (
        "Greyfield Orchard opened a farm shop.\n\n"
        'Dr Ada Lund, head of sales at Greyfield Orchard, said: "We sold out by noon."',
        [("We sold out by noon.", "Ada Lund")],
    ),
    (
        "Greyfield Orchard opened a farm shop.\n\n"
        'Dr Ada Lund, head of sales at Greyfield Orchard said: "We sold out by noon."',
        [("We sold out by noon.", "Ada Lund")],
    ),
    # a pronoun skips a person its quotation names, or one the text makes the asker...
    (
        "Petra Novak beat the top seed, Ilse Berg, in straight sets. "
        '"I knew Ilse would come back at me," she said.',
        [("I knew Ilse would come back at me", "Petra Novak")],
    ),
    (
        "Chef Rob Tull joined presenter Kay Lum in the studio. Asked about the fire, he said: "
        '"We lost everything but the recipes."',
        [("We lost everything but the recipes.", "Rob Tull")],
    ),
    # ... and when nothing tells two people apart, it takes the one named last
    (
        "Petra Novak beat the top seed, Ilse Berg, in straight sets. "
        '"I was calm all match," she said.',
        [("I was calm all match", "Ilse Berg")],
    ),
    # the one addressed answers
    (
        "The host, Ilse Berg, turned to the novelist, Petra Novak. "
        '"I never planned the ending," she replied.',
        [("I never planned the ending", "Petra Novak")],
    ),
    # a relative in apposition gives the name a gender the pronoun can skip
    (
        "Maria Lopez has run the bakery since 1998. Her brother, Sam Lopez-Diaz, does the "
        'books. "We have never closed on a Saturday," she said.',
        [("We have never closed on a Saturday", "Maria Lopez")],
    ),
    (
        "Dr Ken Ito gave evidence after the victim's sister, Ana Ruiz. He told the court: "
        '"The wound was not self-inflicted."',
        [("The wound was not self-inflicted.", "Ken Ito")],
    ),
    # a preposition's object gives no gender to the pronoun that follows it
    (
        "Nadia Bakr ran the cafe from her kitchen for a decade. Speaking to the show's "
        'presenter, Chris Dale, she said: "It was never about the money."',
        [("It was never about the money.", "Nadia Bakr")],
    ),
    # verbs of verdict and grievance tie a quotation to their subject
    (
        'The handling of the complaint was "careless and slow", the panel found.',
        [("careless and slow", "the panel")],
    ),
    (
        'Refusing the licence, Councillor Jo Pike found the applicant\'s plan "thin".',
        [("thin", "Jo Pike")],
    ),
    (
        'Mr Dev Obi complains that the new junction "ignores cyclists entirely".',
        [("ignores cyclists entirely", "Dev Obi")],
    ),
    # a named source at the sentence's end credits all of it, not a group's verb
    (
        'The auditors found the books "a mess" and said staff were "overstretched", Chief '
        "Auditor Jo Kent reported.",
        [("a mess", "Jo Kent"), ("overstretched", "Jo Kent")],
    ),
    # "in the words of" names the speaker of the sentence's quotation
    (
        "In the words of his old coach, Sam Idowu, the striker is "
        '"the hardest worker I have ever met".',
        [("the hardest worker I have ever met", "Sam Idowu")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULE_ROWS)
def test_speaker_rules(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_in(text) == expected


LABEL_ROWS = [
    # a possessive or an article before a quotation that opens a clause: a name, not words
    'Management\'s "final offer" was the fourth since June.',
    'Its "flexible hours" are what the nurses call unpaid overtime.',
    'This year\'s "clean beauty" has given way to something else.',
    # what something is called
    'It has given way to something the trade now calls "loud thrift".',
]
# The trap: a quotation after a possessive that a verb of saying follows stays somebody's.
SAID_ROWS = ['Mr Hale\'s team said the deal was "dead in the water".']


@pytest.mark.parametrize("text", LABEL_ROWS)
def test_names_opening_a_clause_are_nobodys_words(text: str) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == [False]


@pytest.mark.parametrize("text", SAID_ROWS)
def test_a_verdict_after_a_possessive_is_still_quoted(text: str) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == [True]


def test_letters_after_a_name_in_entities_and_turn_labels() -> None:
    text = (
        'Owain Pryce MS: Minister, in May you told us that "waiting lists are falling". '
        "Is that still so?\n\n"
        "The Minister for Health (Dilys Vaughan MS): It is, for most specialties."
    )
    found = speakers_with(text, "Owain Pryce MS", "Dilys Vaughan MS")
    assert found == ["Dilys Vaughan"]


def test_a_place_someone_is_from_is_no_speaker() -> None:
    # The model takes "Castleford" for a person; "from" after a name makes it a place.
    text = (
        'Our listener Brenda, from Castleford, rang in. "The buses never come," she said.\n\n'
        '"They came twice," said Keith in Goole.'
    )
    assert speakers_with(text, "Brenda", "Castleford", "Keith", "Goole") == ["Brenda", "Keith"]


def test_a_name_heard_from_stays_a_name() -> None:
    # The trap: "heard from" names the person heard, not a place.
    text = 'The panel heard from Dana Whitby. "I raised it in March," she said.'
    assert speakers_with(text, "Dana Whitby") == ["Dana Whitby"]


def test_an_owner_after_from_stays_a_name() -> None:
    # The trap: "from Tom Hale's office" names a person whose office it is.
    text = 'Ann Lee, from Tom Hale\'s office, spoke first. "We will appeal," said Tom Hale.'
    assert speakers_with(text, "Ann Lee", "Tom Hale") == ["Tom Hale"]


def test_a_transcript_turn_never_speaks_of_its_speaker_by_a_role() -> None:
    text = (
        "PRESENTER (Ann Lee): Tom in Hull, go ahead.\n\n"
        'TOM (caller, Hull): Ann, the mayor said on this very show, "The trams will run by '
        'June." It is August.'
    )
    assert speakers_with(text, "Ann Lee", "Tom", "Hull", "TOM") == ["the mayor"]


def test_a_role_label_names_the_first_name_in_its_brackets() -> None:
    text = (
        "PRESENTER: Nia on line three, you're on.\n\n"
        'LISTENER (Nia, Rhyl): I keep saying it, "mend the sea wall first", and nobody listens.'
    )
    assert speakers_with(text, "Rhyl") == ["Nia"]


def test_a_teams_possessive_before_its_coach_is_not_the_speaker() -> None:
    text = "'We froze in the second half,' said Harlow's head coach, Joe Bain."
    assert speakers_with(text, "Harlow", "Joe Bain") == ["Joe Bain"]


def test_a_time_coded_transcript_credits_the_coach_the_question_asked_about() -> None:
    # The label after a video's time code is a turn's label; "he" is the one the question
    # asked about ("your coach"), not the interviewer the turn answers.
    text = (
        "[12:02] MAYA COLE: What did your manager actually tell you before the final?\n\n"
        '[12:09] LEON ABARA: She pulled me aside and said, "Enjoy it, you have earned it."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["your manager"]


def test_someone_of_the_listeners_is_no_turn_speaker() -> None:
    # "your minister said" in a turn: the minister, not the one whose turn it is.
    text = (
        "HOST (Ruth Bell): Go ahead, Dai.\n\n"
        'CALLER (Dai, Neath): Ruth, your minister said in March, "The ferry will run by May."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["your minister"]


def test_a_time_code_alone_is_no_transcript() -> None:
    # The trap: one time-coded line is no run of turns, and the quote stays Lee's.
    text = '[09:30] Update: Mayor Jo Lee said "the bridge is open".'
    assert [q.speaker for q in find_quotes(text)] == ["Jo Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('As the minister put it on Friday: "The season is over."', "the minister"),
        # "as" opening no clause about a speaker
        ('As expected: "The season is over."', None),
    ],
)
def test_as_someone_put_it(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(normalize(text).text)] == [speaker]
