"""Quotation rules the held-out passages of issue 3 exposed, in other wordings too: a speaker
named with the organisation they are "of", a title resolved to the person the text gave it
to (or kept as the speaker when nobody holds it), a name in quotation marks after a verb of
naming, and a quotation whose closing mark is missing before its attribution."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.pipeline import Analyzer
from newsverify.quotes import find_quotes
from newsverify.text import normalize
from newsverify.verification import check_article

from .verdicts import evidence_index, verdict_of

PEOPLE_ROWS = [
    # "X of Organisation said ...": the person, not the organisation, spoke
    (
        'In a note to investors, Ravi Menon of Castlegate Securities said the merger "creates '
        'a clear market leader".',
        [("creates a clear market leader", "Ravi Menon")],
    ),
    (
        'Dr Priya Shah of the Law Society told reporters: "This is wrong."',
        [("This is wrong.", "Priya Shah")],
    ),
    # the head of an organisation is not a person "of" it
    ('"We will appeal," the head of the bank said.', [("We will appeal", None)]),
    # a title whose head follows its role word resolves to the person the text gave it to
    (
        "The chief constable of Westmoor Police, Alan Greer, resigned on Friday. "
        '"I take full responsibility," the chief constable said.',
        [("I take full responsibility", "Alan Greer")],
    ),
    (
        "Dr Hana Patel, the chief medical officer, spoke first. "
        '"Cases are falling," the chief medical officer said.',
        [("Cases are falling", "Hana Patel")],
    ),
    # a title nobody in the text holds is kept as the speaker
    (
        "‘There will be no bailout for the club,’ the mayor said, after a meeting.",
        [("There will be no bailout for the club", "the mayor")],
    ),
    (
        'The Governor said: "We will publish the minutes."',
        [("We will publish the minutes.", "the Governor")],
    ),
    # "a police spokesman" is someone in the role, never the last person named
    (
        'Officers questioned Tom Reed. "Two men have been arrested," a police spokesman said.',
        [("Two men have been arrested", "a police spokesman")],
    ),
    # a role that serves someone named is neither that person nor a bare title
    ('"Stocks will recover," said the spokesman for Mr Rutte.', [("Stocks will recover", None)]),
    # a noun for what someone does is a person beside a verb of saying, whatever the noun;
    # a text or a thing ending alike is not
    (
        'The ball came to rest by the jack. "Shot to the visitors," the umpire\'s marker called.',
        [("Shot to the visitors", "the umpire's marker")],
    ),
    (
        'Ella Vance led into the last bend. "She has a kick nobody sees," said her trainer.',
        [("She has a kick nobody sees", "her trainer")],
    ),
    (
        '"The seams must hold for a week," the festival\'s chief rigger explains.',
        [("The seams must hold for a week", "the festival's chief rigger")],
    ),
    ('"We regret the delay," the letter said.', [("We regret the delay", None)]),
    # "-eer" names a doer, and "her captain" is someone in the role, not a pronoun
    (
        '"Every string is replaced by hand," the theatre\'s puppeteer said.',
        [("Every string is replaced by hand", "the theatre's puppeteer")],
    ),
    (
        'The coach promised a new line-up. Her captain was more cautious: "Wait and see."',
        [("Wait and see.", "her captain")],
    ),
    # A name before an organisation whose place follows between commas (heldout-23).
    (
        "Proposing the motion, watch manager Delroy Fitzpatrick-Uche of Red Watch, "
        'Calderbridge, told delegates: "We are being sent to floods."',
        [("We are being sent to floods.", "Delroy Fitzpatrick-Uche")],
    ),
    # The one asked answers, not someone named in the question (heldout-23).
    (
        "Wolves captain Jared Ellingsworth was asked whether the referee, Simon Bakare, had "
        'lost control. "I am not going to blame him," he said.',
        [("I am not going to blame him", "Jared Ellingsworth")],
    ),
    # In a transcript's answer, "he" is the one the question asks about (heldout-23).
    (
        "**PRESENTER (Genevieve Osei-Harland):** So what did the surveyor say?\n\n"
        '**BUYER (Jasminder Kaur-Whitlow):** He said "the roof has five good years in it", '
        "and I laughed.",
        [("the roof has five good years in it", "the surveyor")],
    ),
    # A shift speaks as a body (heldout-23).
    (
        '**A (Kenneth Ashdown-Mbeki, site supervisor):** The day shift told me "all harnesses '
        'checked", so I signed it off.\n\n**Q (Olamide Brightwell-Hayes):** Did you check?',
        [("all harnesses checked", "the day shift")],
    ),
]

NAME_ROWS = [
    # a short name with its article after a verb of naming is a label, nobody's words
    (
        'Residents call the flyover the "spaghetti bowl", and few use it.',
        [("spaghetti bowl", None)],
    ),
    ("Critics branded the scheme the ‘poll tax’ within a week.", [("poll tax", None)]),
    # without the article it is the namer's own verdict, quoted
    (
        'Selin Arslan called the price cap "a temporary shield, not a permanent fix".',
        [("a temporary shield, not a permanent fix", "Selin Arslan")],
    ),
    (
        'Professor Alan Whitfield called the findings "deeply alarming".',
        [("deeply alarming", "Alan Whitfield")],
    ),
]

UNCLOSED_ROWS = [
    # the closing mark is missing before an attribution with its subject first: the quote
    # ends where the attribution starts, not at the paragraph end
    (
        "\"The water is safe to drink, the utility's spokeswoman Lena Ortiz said on Tuesday.\n\n"
        '"Testing will continue every day," Ortiz added.',
        [
            ("The water is safe to drink", "Lena Ortiz"),
            ("Testing will continue every day", "Lena Ortiz"),
        ],
    ),
    (
        '"We will not close the plant, Mayor Ana Ruiz told reporters.',
        [("We will not close the plant", "Ana Ruiz")],
    ),
    # a clause that goes on in the speaker's words is no attribution: nothing is cut
    ('"Prices rose, and people said they could not pay.', []),
]


def quotes_in(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(normalize(text).text)]


@pytest.mark.parametrize(("text", "expected"), NAME_ROWS[:2])
def test_names_in_quotation_marks_are_nobodys_words(text: str, expected: list) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == [False]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_ROWS + NAME_ROWS + UNCLOSED_ROWS)
def test_quote_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_in(text) == expected


TITLE_PRIMARY = 'Road update\n\nJane Smith said: "The bridge will reopen to traffic in May."\n'


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A title the claim gives cannot be told from the named speaker: not misattributed.
        ('The mayor said: "The bridge will reopen to traffic in May."', "supported"),
        ('Tom Hale said: "The bridge will reopen to traffic in May."', "contradicted"),
        ('Ms Smith said: "The bridge will reopen to traffic in May."', "supported"),
    ],
)
def test_a_claimed_title_never_misattributes_by_itself(
    analyzer: Analyzer, claim: str, expected: str
) -> None:
    index = evidence_index(analyzer, TITLE_PRIMARY, "road-update.txt")
    assert verdict_of(analyzer, index, "q", claim).verdict == expected


# --- issue 3, fourth held-out batch: the mechanisms it exposed, in other wordings ----------

DESCRIBED_ROWS = [
    # a pronoun takes the person described since the last one named, not the last name
    (
        "The striker, Jonas Berg, scored twice on Sunday. His coach was unmoved. "
        '"He missed three easy chances," she said. "We expect more."',
        [("He missed three easy chances", "his coach"), ("We expect more.", "his coach")],
    ),
    # the description ends at its last person noun
    (
        'Arsenal lost again on Saturday. The head coach was furious. "We were awful," he said.',
        [("We were awful", "the head coach")],
    ),
    # a name after the description is the nearer antecedent
    (
        'Her lawyer was furious. Nadia Petrov only shrugged. "It happens," she said.',
        [("It happens", "Nadia Petrov")],
    ),
    # a description the text gave to someone named stands for them
    (
        "Jane Roe, the auditor, was questioned for an hour. The auditor then left. "
        '"The books are wrong," she said.',
        [("The books are wrong", "Jane Roe")],
    ),
]

GENDER_ROWS = [
    # a gendered pronoun skips the last person named when the text gives them the other one:
    # by a title ...
    (
        'Mr Tan met Mrs Osei on Monday. "We agreed on nothing," he said.',
        [("We agreed on nothing", "Tan")],
    ),
    # ... or by a pronoun in a sentence that names only them
    (
        'Lena Fischer lost her seat. Omar Haddis kept his. "It was close," she said.',
        [("It was close", "Lena Fischer")],
    ),
    # a pronoun after someone described is not evidence about the one named
    (
        'Rutte thanked the chancellor for her support. "We agree," he said.',
        [("We agree", "Rutte")],
    ),
    # nobody the pronoun may stand for: no speaker rather than the wrong one
    ('Tobias Lindqvist kept his place. "Fine," she said.', [("Fine", None)]),
]

OCCUPATION_ROWS = [
    # an occupation keeps its description when nobody holds it ...
    (
        '"The figures do not add up," the inspector told the hearing.',
        [("The figures do not add up", "the inspector")],
    ),
    # ... and is not the last person named, as an office ("the minister") may be
    (
        'Mr Hale left before noon. "Nothing was signed," the cleaner said.',
        [("Nothing was signed", "the cleaner")],
    ),
    # one of a group, before or after the verb
    (
        '"We were never told," said one of the night nurses, who asked not to be named.',
        [("We were never told", "one of the night nurses")],
    ),
    (
        'One of the drivers said: "The brakes failed twice."',
        [("The brakes failed twice.", "one of the drivers")],
    ),
    ('"It is a mess," one junior minister said.', [("It is a mess", "one junior minister")]),
    # a capitalised occupation before a full name is a title the text can refer back to
    (
        'Headteacher Mina Clarke closed the school. "Safety comes first," the headteacher said.',
        [("Safety comes first", "Mina Clarke")],
    ),
]

# --- issue 3, batch 14: occupations by their ending, descriptions in apposition, passives ---

SPEAKER_FORM_ROWS = [
    # "one" before a role names someone in it, as "a" does
    (
        '"The net held," said one steward at the gate.',
        [("The net held", "one steward at the gate")],
    ),
    # an occupation no list names, known by its ending
    (
        '"The hull is Roman," the marine archaeologist said.',
        [("The hull is Roman", "the marine archaeologist")],
    ),
    (
        '"The dose was wrong," the paediatrician told the inquest.',
        [("The dose was wrong", "the paediatrician")],
    ),
    # a description set off by commas between the subject and the verb
    (
        '"We lost the map," the expedition leader, a former soldier, told reporters.',
        [("We lost the map", "a former soldier")],
    ),
    # a name set off by commas after the verb is the speaker, not the group before it
    (
        'Shareholders, said the fund\'s chair, Ines Varga, had been "kept in the dark".',
        [("kept in the dark", "Ines Varga")],
    ),
    # the quoted subject of a passive verb is who the words are from
    (
        'Femi Okafor was quoted as saying "the deal is done".',
        [("the deal is done", "Femi Okafor")],
    ),
]

PASSIVE_ROWS = [
    # the subject of a passive verb with no agent bore the words; nobody is named as saying
    # them
    ('The referees were again accused of "bias" towards the home side.', [False]),
    ('The tenants were told the flats were "perfectly safe" before the fire.', [False]),
]

REPORTED_ROWS = [
    # "reported" credits the words of a person named after partial quotes
    (
        'The panel called the plan "reckless" and its costings "fantasy", Detective '
        "Superintendent Ann Cole reported.",
        [("reckless", "Ann Cole"), ("fantasy", "Ann Cole")],
    ),
]

LABEL_ROWS = [
    # a quotation between a possessive and its noun is a label, nobody's words
    ("The band's 'wall of sound' approach won few fans, critics said.", [False]),
    ("The town's 'rock 'n' roll' reputation outlived the '60s, traders said.", [False]),
    # "that's" is "that is", no possessive: the quote is the speaker's
    ('Ms Roe said that\'s "nonsense".', [True]),
    # a company "reports" figures, not words
    ('The company reported "exceptional demand" in the quarter.', [False]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DESCRIBED_ROWS + GENDER_ROWS + OCCUPATION_ROWS + REPORTED_ROWS + SPEAKER_FORM_ROWS,
)
def test_described_and_occupational_speakers(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_in(text) == expected


@pytest.mark.parametrize(("text", "expected"), LABEL_ROWS + PASSIVE_ROWS)
def test_labels_and_person_only_verbs(text: str, expected: list[bool]) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == expected


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_name_the_pipeline_missed_still_takes_a_pronoun() -> None:
    # The model labelled Tom Hale but missed Anya Brook: "she" is Brook, the one named last.
    text = 'Tom Hale sold the shop in May. Anya Brook runs it now. "Rents have doubled," she said.'
    people = [(*_span(text, "Tom Hale"), "Tom Hale")]
    [quote] = find_quotes(text, people, others=[_span(text, "May")])
    assert quote.speaker == "Anya Brook"


def test_a_run_the_pipeline_labelled_otherwise_is_no_name() -> None:
    # "Harbour Lights Bakery" is an organisation to the model: "he" is still Tom Hale.
    text = 'Tom Hale works at Harbour Lights Bakery. "Rents have doubled," he said.'
    people = [(*_span(text, "Tom Hale"), "Tom Hale")]
    [quote] = find_quotes(text, people, others=[_span(text, "Harbour Lights Bakery")])
    assert quote.speaker == "Tom Hale"


# --- issue 3, fifth held-out batch: the mechanisms it exposed, in other wordings -----------

HEADLINE_ROWS = [
    # a headline's quotation, credited to nobody there, is the story's first quoted person's;
    # a possessive label before its colon is no transcript speaker
    (
        "COUNCIL'S SHAME: 'WE WERE NEVER ASKED'\n\n"
        'Shopkeeper Imran Baig, 52, told the Courier: "They closed the road without a word."',
        [
            ("WE WERE NEVER ASKED", "Imran Baig"),
            ("They closed the road without a word.", "Imran Baig"),
        ],
    ),
    (
        'Parents\' anger: "Nobody asked us"\n\n'
        'Keisha Grant, a mother of three, said: "We found out on Facebook."',
        [("Nobody asked us", "Keisha Grant"), ("We found out on Facebook.", "Keisha Grant")],
    ),
    # a first line that is a sentence is no headline; with nobody quoted below, nobody
    (
        'Stallholders fear the market is "finished".\n\nTrader Ken Obi said: "Rents have doubled."',
        [("finished", None), ("Rents have doubled.", "Ken Obi")],
    ),
    ("BRITAIN'S PRIDE: 'WE DID IT'\n\nThe team flew home on Monday.", [("WE DID IT", None)]),
]

UNNAMED_ROWS = [
    # "said a ..." is someone in the role, kept as the description
    (
        '"The figures were never checked," said a former treasury official.',
        [("The figures were never checked", "a former treasury official")],
    ),
    ('"It was chaos," said a woman who lives nearby.', [("It was chaos", "a woman")]),
    # "who" is only said of people: the noun before it spoke
    (
        'The council ignored angry parents who called the closure "an act of vandalism".',
        [("an act of vandalism", "parents")],
    ),
    (
        'The coroner, who described the death as "entirely avoidable", will write to the trust.',
        [("entirely avoidable", "the coroner")],
    ),
    (
        'Nadia Petrov, who called the verdict "a scandal", left court in tears.',
        [("a scandal", "Nadia Petrov")],
    ),
    # ... but not someone else's people
    ('Rees waved to his fans who called him "a legend".', [("a legend", None)]),
    # a passive reporting verb: "by" names the speaker, not the verb's subject
    ('The ward was branded "unsafe" by inspectors last year.', [("unsafe", "inspectors")]),
    (
        'The budget has been described as "a con trick" by Labour MP Dee Amos.',
        [("a con trick", "Dee Amos")],
    ),
]

GENDER_BINDING_ROWS = [
    # a pronoun after the first person named, before anyone else, is theirs: "his successor"
    # makes Bakare a "he", so "he" passes over Pryce, named last
    (
        "Chairman Olu Bakare greeted his successor, Dana Pryce, at the door. "
        'Later he told staff: "The firm is in good hands."',
        [("The firm is in good hands.", "Olu Bakare")],
    ),
    (
        "Coach Maria Lopez praised her striker, Tom Ekwueme, after the match. "
        '"He was immense," she said.',
        [("He was immense", "Maria Lopez")],
    ),
    # nothing says who is who: the pronoun takes the person named last
    (
        'Sam Hollis interviewed Karen Doyle twice. "We have a clear picture," she said.',
        [("We have a clear picture", "Karen Doyle")],
    ),
    # a pronoun after a possessive name is the owned one's: "Hale's sister lost her job" makes
    # nobody a "she", so Hale may still be the "he"
    ('Tom Hale\'s sister lost her job. "It was unfair," he said.', [("It was unfair", "Tom Hale")]),
]

MARK_ROWS = [
    # the closing mark is missing before an attribution holding an apposition
    (
        '"The pool will reopen in June, the leisure manager, Kim Tate, told the committee.\n\n'
        'Councillor Ed Shaw said: "We have heard that before."',
        [("The pool will reopen in June", "Kim Tate"), ("We have heard that before.", "Ed Shaw")],
    ),
    # curly single marks around a reporting clause: both parts are the one person's
    (
        "The inspector, Dr Ama Boateng, closed the ward. ‘The failings were serious,’ the "
        "inspector said, ‘and they were known.’",
        [("The failings were serious", "Ama Boateng"), ("and they were known.", "Ama Boateng")],
    ),
    # a transcript label with the role in brackets, and a title before the name
    (
        '**Cllr Priya Rao (finance):** I repeat what I said in May: "there will be no cuts".\n\n'
        "**Cllr Tom Ives (chair):** Thank you.",
        [("there will be no cuts", "Priya Rao")],
    ),
]

NAMED_THING_ROWS = [
    # a passive naming verb gives a thing its name: nobody is quoted
    ('Locally the estate is called "Little Moscow".', [False]),
    ("The old quarter was long known as 'the Warren'.", [False]),
    # a name as the subject of its clause
    ('The "Northern Powerhouse" was never funded, critics said.', [False]),
    ("The 'summer of love' has ended, the club's fans admit.", [False]),
    # an active naming verb with its subject is the namer's verdict
    ('Tess Olu called the plan a "disaster" on Tuesday.', [True]),
]


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_ROWS + UNNAMED_ROWS + GENDER_BINDING_ROWS + MARK_ROWS
)
def test_fifth_batch_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_in(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_THING_ROWS)
def test_named_things_are_nobodys_words(text: str, expected: list[bool]) -> None:
    assert [q.attributed for q in find_quotes(normalize(text).text)] == expected


def test_a_lone_institution_word_the_pipeline_took_for_a_person_is_no_name() -> None:
    # The model split "St Mary's Infirmary" and labelled "Infirmary" a person: "she" is Ash.
    text = (
        "Nurse Gwen Ash retires after forty years at St Mary's Infirmary.\n\n"
        '"I will miss the night shifts," she said.'
    )
    people = [(*_span(text, "Gwen Ash"), "Gwen Ash"), (*_span(text, "Infirmary"), "Infirmary")]
    [quote] = find_quotes(text, people, others=[_span(text, "St Mary's")])
    assert quote.speaker == "Gwen Ash"


@pytest.mark.parametrize(
    ("title", "mistaken"),
    [
        ("Cabinet Member for Environment and Neighbourhoods", "Neighbourhoods"),
        ("Secretary of State for Health and Social Care", "Social Care"),
        ("Portfolio Holder for Parks and Leisure", "Leisure"),
    ],
)
def test_a_word_of_a_title_the_pipeline_took_for_a_person_is_no_speaker(
    title: str, mistaken: str
) -> None:
    # The model labelled the end of the title after the name a person; the title is Hart's.
    text = f'Councillor Oluwaseun Hart, {title}, said:\n\n"We are not where we need to be."'
    people = [
        (*_span(text, "Oluwaseun Hart"), "Oluwaseun Hart"),
        (*_span(text, mistaken), mistaken),
    ]
    [quote] = find_quotes(text, people)
    assert quote.speaker == "Oluwaseun Hart"


# --- issue 3, batch 14: an attribution the article never lets us check ----------------------

SESSION = """\
Harbour Forum 2026: in conversation with Tarn Ferries' chief executive

Source: Tarn Ferries

Speakers: Rhona Vasquez-Lind, Chief Executive, Tarn Ferries; Idris Penhallow (chair).

IDRIS PENHALLOW: Welcome. Nobody ever wrote a song about a ferry that left on time.

RHONA VASQUEZ-LIND: We cancelled too many sailings this summer, and I am sorry for that.
"""

ARTICLES = [
    # the article names the primary's speaker: the words are his, as the article says
    (
        'The chair, Idris Penhallow, opened by saying that "nobody ever wrote a song about a '
        'ferry that left on time".',
        "supported",
    ),
    # the article credits the chair's words to someone it leaves unnamed ("she") and never
    # names him: the attribution cannot be checked, so the words are not supported
    (
        'The forum heard from the ferry operator on Tuesday. She joked that "nobody ever '
        'wrote a song about a ferry that left on time".',
        "missing",
    ),
]


@pytest.mark.parametrize(("article", "expected"), ARTICLES)
def test_an_attribution_to_someone_unnamed(analyzer: Analyzer, article: str, expected: str) -> None:
    index = evidence_index(analyzer, SESSION, "session.txt")
    text = f"Ferry news\n\nSource: Coast Gazette\n\n{article}\n"
    ((document, parsed),) = analyzer.parse_documents(parse_text(text, "gazette.txt"))
    quotes = [f for f in check_article(document, parsed, index) if f.kind == "quote"]
    assert [f.verdict.verdict for f in quotes] == [expected]
