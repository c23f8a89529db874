"""Speaker and quote-mark rules the twelfth held-out quote batch (issue 3) exposed, each in
wordings of its own, with traps that the rule must leave alone: a pronoun past a place or a
passing mention, a possessive's owner, given names that rule people out, a passive's agent,
letters after a name, an affiliation in plain nouns, someone's own wording ("in her own
phrase"), a relative in a transcript turn, a tag verb of any kind, a bracketed aside, elided
words inside a single-quoted sentence and a scare quote a phrase qualifies."""

from __future__ import annotations

import pytest

from newsverify.quote_marks import find_spans
from newsverify.quotes import find_quotes
from newsverify.text import normalize


def _span(text: str, words: str) -> tuple[int, int, str]:
    start = text.index(words)
    return start, start + len(words), words


def speakers_with(text: str, *names: str) -> list[str | None]:
    """Speakers when a trained pipeline labels `names` PERSON (rightly or not)."""
    text = normalize(text).text
    return [q.speaker for q in find_quotes(text, [_span(text, n) for n in names])]


def quoted(text: str) -> list[str]:
    text = normalize(text).text
    return [text[s.start : s.end] for s in find_spans(text)]


# -- pronouns -------------------------------------------------------------------------------


def test_a_pronoun_goes_past_a_place_taken_for_a_person() -> None:
    # The model labels "Tyne" and "Leeds" PERSON; a preposition's object is no antecedent
    # while someone named as more than that stands before it.
    text = (
        "Ruth Okoye ran ferries across the Tyne for a decade. "
        '"It was the best job I ever had," she recalls.'
    )
    assert speakers_with(text, "Ruth Okoye", "Tyne") == ["Ruth Okoye"]
    text = (
        'The engineer, Dr Ines Mabry, spoke by phone from Leeds. She said the bridge was "sound".'
    )
    assert speakers_with(text, "Ines Mabry", "Leeds") == ["Ines Mabry"]


def test_a_preposition_object_still_speaks_when_nobody_else_is_named() -> None:
    # The trap: with no one else in the paragraph, the person after "to" is the speaker.
    text = 'The prize went to Carys Lloyd. "I did not expect it," she said.'
    assert speakers_with(text, "Carys Lloyd") == ["Carys Lloyd"]


def test_a_possessive_owning_a_named_role_is_the_person_before() -> None:
    # "his assistant, Lena Falk" makes "his" the one named before: Doyle is a "he".
    text = (
        "The court heard from Owen Doyle and from his assistant, Lena Falk. "
        '"I signed what I was given," he said.'
    )
    assert speakers_with(text, "Owen Doyle", "Lena Falk") == ["Owen Doyle"]


def test_a_possessive_gives_no_gender_when_two_people_came_before() -> None:
    # The trap: "her" could be either of two people, so nobody gets a gender from it and
    # the pronoun keeps the one named last.
    text = (
        "Cameron Pask met Robin Tate at the depot. Her driver, Lee Ord, waited outside. "
        '"We agreed nothing," she said.'
    )
    assert speakers_with(text, "Cameron Pask", "Robin Tate", "Lee Ord") == ["Lee Ord"]


def test_a_given_name_rules_out_a_person_for_a_pronoun() -> None:
    text = (
        "Ward sister Emily Pratt showed the inspector, Thomas Hale, round the unit. "
        '"We are short of six nurses," she told him.'
    )
    assert speakers_with(text, "Emily Pratt", "Thomas Hale") == ["Emily Pratt"]


def test_a_given_name_never_outweighs_what_the_text_says() -> None:
    # The trap: both women; "Dame" tells the text's "she", and a name must not make the
    # last-named one win over her.
    text = (
        "Dame Olive Rudd founded the choir with her friend Susan Webb. Asked why she kept "
        "singing, she replied: 'Because nobody told me to stop.'"
    )
    assert speakers_with(text, "Olive Rudd", "Susan Webb") == ["Olive Rudd"]


# -- verbs and their subjects ---------------------------------------------------------------


def test_a_passive_speech_verb_credits_its_agent() -> None:
    # "was told by": the subject heard the words; the agent said them, even one the model
    # labels an organisation (the letters after the name say it is a person).
    text = '"The lease is void," Judge Amos Reid was told by Priya Nair QC.'
    found = find_quotes(text, [_span(text, "Amos Reid")], [_span(text, "Priya Nair QC")[:2]])
    assert [q.speaker for q in found] == ["Priya Nair"]


def test_a_name_the_model_calls_an_organisation_stays_one_without_letters() -> None:
    # The trap: without letters after it, a run the model labels an organisation is none
    # of the people, and the judge told is still no speaker.
    text = '"The lease is void," Judge Amos Reid was told by Harbour Lettings.'
    found = find_quotes(text, [_span(text, "Amos Reid")], [_span(text, "Harbour Lettings")[:2]])
    assert [q.speaker for q in found] != ["Amos Reid"]


def test_a_passive_agent_nobody_knows_leaves_the_listener_out() -> None:
    # The trap: the one told is never the speaker, even when the agent is nobody named.
    text = '"Sit down," Mr Justice Orme was told by counsel for the defence.'
    assert speakers_with(text, "Orme") != ["Orme"]


def test_a_person_of_a_branch_in_plain_nouns() -> None:
    text = (
        "Opening the debate, Nuala Breen of the Leith harbour branch told members the deal "
        'was "a step backwards".'
    )
    assert speakers_with(text, "Nuala Breen") == ["Nuala Breen"]


def test_the_head_of_a_branch_is_no_person_of_it() -> None:
    # The trap: no person stands before "of", so nobody named is credited.
    text = 'The head of the Leith harbour branch told members it was "a step backwards".'
    assert speakers_with(text, "Leith") == [None]


def test_a_bracketed_aside_between_a_name_and_its_verb() -> None:
    text = 'Dr Femi Adeyemi (Letters, 9 June) argues that the levy "punishes the prudent".'
    assert speakers_with(text, "Femi Adeyemi") == ["Femi Adeyemi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The garden is, in his own words, "a fight I keep losing". Ravi Dutt laughs.', None),
        ('Ravi Dutt\'s garden is, in his own words, "a fight I keep losing".', "Ravi Dutt"),
        ('Critics say the budget is, in Nora Vale\'s phrase, "a wish list".', "Nora Vale"),
        ('The plan was, in the words of Mark Pym, "a turning point".', "Mark Pym"),
        ('To quote the late Tony Benn, "the system is the problem".', "Tony Benn"),
        ('Nora Vale ran. The race was, to borrow her phrase, "a slog".', "Nora Vale"),
        ('As Mark Pym put it, "we must spend more".', "Mark Pym"),
        # the traps: "as" opening no "put it", "to quote" a price
        ('As expected, Mark Pym said the vote was "close".', "Mark Pym"),
        ('Nora Vale declined to quote a price: "No comment."', "Nora Vale"),
    ],
)
def test_someones_own_wording(text: str, speaker: str | None) -> None:
    # The trap (first row): "his" with nobody named before it credits no one.
    names = [n for n in ("Ravi Dutt", "Nora Vale", "Mark Pym", "Tony Benn") if n in text]
    assert speakers_with(text, *names) == [speaker]


def test_a_relative_in_a_transcript_turn_is_the_speakers_relative() -> None:
    text = (
        "INTERVIEWER (Jo Marsh): What did your family say?\n\n"
        'GUEST (Hugh Penrose): My daughter said, "Sell the lot and come to Spain."'
    )
    assert speakers_with(text, "Jo Marsh", "Hugh Penrose") == ["Hugh Penrose's daughter"]


def test_the_turns_own_words_stay_its_speakers() -> None:
    # The trap: "I said" in the same turn is the turn's speaker, not a relative.
    text = (
        "INTERVIEWER (Jo Marsh): What did you tell them?\n\n"
        'GUEST (Hugh Penrose): I said, "Not while I am alive."'
    )
    assert speakers_with(text, "Jo Marsh", "Hugh Penrose") == ["Hugh Penrose"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Not bad for a Tuesday," grinned the groundsman, Ted Barlow.', "Ted Barlow"),
        ('"Again?" Lena Hoyle frowned.', "Lena Hoyle"),
        ('Dora Finch paused. "It works", she shrugged.', "Dora Finch"),
    ],
)
def test_any_past_tense_verb_in_a_tag(text: str, speaker: str) -> None:
    names = [n for n in ("Ted Barlow", "Lena Hoyle", "Dora Finch") if n in text]
    assert speakers_with(text, *names) == [speaker]


def test_a_tag_verb_needs_a_person() -> None:
    # The trap: "the engine roared" is no speech tag; nothing credits the words.
    text = '"Late again," the engine roared past the platform.'
    assert [q.attributed for q in find_quotes(normalize(text).text)] == [False]


# -- quotation marks ------------------------------------------------------------------------


def test_elided_words_inside_a_single_quoted_sentence() -> None:
    assert quoted("'I'd 'ave stayed if they'd 'ad the money,' shrugged the landlord.") == [
        "I'd 'ave stayed if they'd 'ad the money"
    ]


def test_a_stray_mark_before_a_quote_in_passing_stays_stray() -> None:
    # The trap: a sentence quoted whole ends in its punctuation; 'a farce' does not, so the
    # mark that opened the sentence was the stray one.
    assert quoted("Rain fell. 'Stray mark and she called it 'a farce' later.") == ["a farce"]


@pytest.mark.parametrize(
    "text",
    [
        'The "road safety scheme" at Fell Lane has been a disaster, say residents.',
        "Their 'quick fix' for the roof was never finished.",
    ],
)
def test_a_quoted_name_heading_a_subject_is_a_scare_quote(text: str) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == [False]


def test_a_quote_before_a_preposition_and_a_speech_verb_is_still_words() -> None:
    # The trap: the phrase after the quotation holds a verb of saying; somebody said it.
    text = 'The "worst is over" for the town, the mayor said on Friday.'
    assert [q.speaker for q in find_quotes(normalize(text).text)] == ["the mayor"]


def test_a_role_before_an_article_and_titles_is_the_named_persons() -> None:
    # "the Dean of Axford, the Rt Revd Tom Esk": the model takes in the article, and "Rt
    # Revd" are titles; "the dean" is then Esk.
    text = (
        "The fete was opened by its patron, the Dean of Axford, the Rt Revd Tom Esk. "
        '"Give generously," the dean said.'
    )
    assert speakers_with(text, "the Rt Revd Tom Esk") == ["Tom Esk"]


def test_a_role_nobody_holds_stays_a_description() -> None:
    # The trap: the text gives Esk no deanery, so "the dean" is not Esk.
    text = 'The fete was opened by the Rt Revd Tom Esk. "Give generously," the dean said.'
    assert speakers_with(text, "the Rt Revd Tom Esk") != ["Tom Esk"]


def test_a_colon_ends_a_clause_of_its_own_after_a_quoted_verdict() -> None:
    # The first verb has its quotation; the clause after "but" names who gives the next.
    text = (
        'Reviewers called the album "bleak", but its producer, Tam Roy, prefers another '
        'word: "honest".'
    )
    assert speakers_with(text, "Tam Roy")[-1] == "Tam Roy"


def test_a_clause_before_a_colon_leaves_the_verbs_quotation_alone() -> None:
    # The trap: "said" has no quotation of its own before "while", so the colon's quote
    # is its object, not the listener's words.
    text = 'Rutte said, while Jones listened: "We are ready."'
    assert speakers_with(text, "Rutte", "Jones") == ["Rutte"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a second phrase says where the words were said, not whose spokesman it is
        (
            "'We will fight on,' said a spokesman for the club outside the ground.",
            "a spokesman for the club",
        ),
        # the trap: one phrase is kept whole
        ("'We will fight on,' said a woman in the front row.", "a woman in the front row"),
    ],
)
def test_a_description_keeps_one_phrase_of_whom(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(normalize(text).text)] == [speaker]


def test_a_given_name_makes_a_run_the_model_called_a_body_a_person() -> None:
    # The model labels "Grace Tolliver" ORG; her given name says she is a person, and "Her
    # deputy, Marcus Ebbesen" makes "her" hers.
    text = (
        "Grace Tolliver had barely reached the lectern when the hall rose. Her deputy, Marcus "
        'Ebbesen, waved them down. When the noise died, she leaned in: "Sit down, comrades."'
    )
    found = find_quotes(text, [_span(text, "Marcus Ebbesen")], [_span(text, "Grace Tolliver")[:2]])
    assert [q.speaker for q in found] == ["Grace Tolliver"]


def test_a_run_the_model_called_a_body_without_a_given_name_stays_one() -> None:
    # The trap: "Harbour Lettings" opens with no given name and stays an organisation, so
    # "she" has nobody but Ebbesen, whose name rules him out.
    text = (
        "Harbour Lettings had barely opened when the hall filled. Its agent, Marcus Ebbesen, "
        'waved them in. When the noise died, she leaned in: "Sit down, everyone."'
    )
    others = [_span(text, "Harbour Lettings")[:2]]
    found = find_quotes(text, [_span(text, "Marcus Ebbesen")], others)
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    ("text", "speaker", "attributed"),
    [
        # a new thing a verb of saying asks for, in the asker's words
        ('Mayor Ada Pell promised a "swift and open" inquiry into the fire.', "Ada Pell", True),
        ('Ada Pell called for a "top to bottom" rethink of the route.', "Ada Pell", True),
        # the traps: no verb of saying, or a thing the article says is known
        ('The council unveiled a "cars last" transport plan.', None, False),
        ('Ada Pell praised the "can do" spirit of the crews.', None, False),
    ],
)
def test_a_quoted_modifier_in_what_a_speaker_asks_for(
    text: str, speaker: str | None, attributed: bool
) -> None:
    found = find_quotes(normalize(text).text, [_span(text, "Ada Pell")] if "Ada" in text else [])
    assert [(q.speaker, q.attributed) for q in found] == [(speaker, attributed)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The panel upheld the "unfair" finding and rejected the club\'s argument that the '
            'chants were "harmless fun".',
            [None, "the club"],
        ),
        ('Judge Amy Hart dismissed Tom Reed\'s claim that the loan was "a gift".', ["Tom Reed"]),
        (
            'Lea Moss spoke last. The panel noted her insistence that the figures were "fully '
            'audited".',
            ["Lea Moss"],
        ),
        # the trap: "said that" is a verb's own clause, not a case someone else made
        ('Tom Reed said that the panel\'s view was "harsh".', ["Tom Reed"]),
    ],
)
def test_the_owner_of_a_case_its_that_clause_quotes(text: str, speakers: list[str | None]) -> None:
    names = [n for n in ("Amy Hart", "Tom Reed", "Lea Moss") if n in text]
    assert speakers_with(text, *names) == speakers
