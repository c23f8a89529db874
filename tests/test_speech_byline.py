"""A published speech's words belong to the speaker its byline names."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer
from newsverify.speech_byline import speech_speaker

from .verdicts import evidence_index, verdict_of


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            None,
            "*Dr Ana Ruiz, Director of Public Health, speaking at the conference.*\n\nHello.",
            "Dr Ana Ruiz",
        ),
        (
            None,
            "# Remarks\n\nTom Hale, the Mayor, addressing the council on 3 May.\n\nThank you.",
            "Tom Hale",
        ),
        ("Speech by Chancellor Rachel Ward at the Mansion House", "My Lord Mayor.", "Rachel Ward"),
        ("Results day", "Remarks as delivered by Jane Doe on 4 June.\n\nGood morning.", "Jane Doe"),
        # A role with no name, and a news release whose body mentions a speech: no speaker.
        ("Speech by the Chief Executive", "Good morning.", None),
        (None, "Title\n\nThe Secretary General, speaking at the summit, said more.", None),
        (
            None,
            "Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n"
            "Speaking at Chatham House, Mr Rutte said this.\n\nMark Rutte, speaking later, said.",
            None,
        ),
    ],
)
def test_speech_speaker(title: str | None, text: str, expected: str | None) -> None:
    found = speech_speaker(title, text)
    assert (found is None) is (expected is None)
    if expected is not None:
        assert found is not None and found.endswith(expected)


SPEECH = """\
Budget speech

*Rachel Ward, Chancellor of the Exchequer, speaking in the House of Commons on 4 March 2026.*

Madam Deputy Speaker, this budget puts growth first. We will not raise income tax this year.
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ('Rachel Ward said "this budget puts growth first".', "supported"),
        ('The Chancellor, Ms Ward, said: "We will not raise income tax this year."', "supported"),
        # Her words given to someone the claim names instead: misattributed.
        ('Tom Hale said "this budget puts growth first".', "contradicted"),
        # Unattributed long quote: the words are checked, no speaker to compare.
        ('"We will not raise income tax this year," the budget said.', "supported"),
    ],
)
def test_speech_words_belong_to_its_speaker(analyzer: Analyzer, claim: str, expected: str) -> None:
    index = evidence_index(analyzer, SPEECH, "budget-speech.txt")
    assert verdict_of(analyzer, index, "q", claim).verdict == expected
