"""Quotation rules the held-out passages of issue 3 exposed, in other wordings too: a speaker
named with the organisation they are "of", a title resolved to the person the text gave it
to (or kept as the speaker when nobody holds it), a name in quotation marks after a verb of
naming, and a quotation whose closing mark is missing before its attribution."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer
from newsverify.quotes import find_quotes
from newsverify.text import normalize

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
