"""Words after "said" that open what was said ("the councillor, Ama Osei, said residents are
'...'"), a parliament label with a seat and a party ("**Ruairi Pendle (Kellbridge North)
(Opp):**"), a change told with a livelier verb ("rocketing by 2,944"), an average age ("31.6
years old", a value, not an age group) and a year's end named from an article's date ("by the
end of this year"); a verb spelled as a work's noun ("would show") or a work someone calls
something ("calls the title track '...'"), whose words are theirs, not a title; a quotation
opening the paragraph after "X explains why ..." is X's. Every row fails on 5899900."""

from __future__ import annotations

from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.quotes import find_quotes
from newsverify.speaker_text import turn_speaker
from newsverify.text import normalize

from .verdicts import evidence_index, finding_verdicts


def test_a_clause_after_said_is_what_was_said() -> None:
    text = (
        "And the councillor, Ama Osei, said residents are "
        '"entitled to a kitchen that is clean and safe".'
    )
    assert [q.speaker for q in find_quotes(normalize(text).text)] == ["Ama Osei"]


def test_a_verb_or_a_naming_is_no_title_of_a_work() -> None:
    # "show" and "track" name works ('the song "Harbour Lights"'), but not as a verb, nor
    # when someone calls the work so.
    shown = 'Dr Lena Falk said the telescope would show "twice as many galaxies as before".'
    called = 'Niamh Dunne calls the title track "a farewell to a harbour that is still busy".'
    assert [q.speaker for q in find_quotes(normalize(shown).text)] == ["Lena Falk"]
    assert [q.speaker for q in find_quotes(normalize(called).text)] == ["Niamh Dunne"]


def test_a_verb_of_saying_carries_into_the_next_paragraphs_quote() -> None:
    # Without a verb of saying, only a person the model tags would carry over; "Lorcan ..."
    # here it does not tag, and the verb's subject is the one who explains.
    text = (
        "The producer, Lorcan Beaumont-Ige, explains why the choir recorded in a church hall.\n\n"
        "\u201cA barn has no echo to fight.\u201d"
    )
    assert [q.speaker for q in find_quotes(normalize(text).text)] == ["Lorcan Beaumont-Ige"]


def test_a_label_with_a_seat_and_a_party() -> None:
    text = (
        "**The Minister (Hester Kilbride):** The scheme is funded.\n\n"
        "**Ruairi Pendle (Kellbridge North) (Opp):** The Minister is presiding over a slump.\n"
    )
    assert turn_speaker(text, text.index("presiding")) == "Ruairi Pendle"


def test_lively_verbs_of_change() -> None:
    rise = find_figures("Births to older mothers are rocketing by 2,944.")
    assert [(f.kind, f.value) for f in rise] == [("change", 2944.0)]


RELEASE = """\
---
title: "Registration services: written answer"
source: Ardmore Assembly
date: 2026-11-12
kind: primary
---

Our target is that every parent is offered an appointment within 14 days by 31 March 2027.

The average first-time mother in Ardmore was 30.2 years old in 2025.
"""


def _findings(analyzer: Analyzer, sentence: str) -> dict[str, str]:
    article = f"---\ntitle: Waits\ndate: 2026-11-20\n---\n\n{sentence}\n"
    index = evidence_index(analyzer, RELEASE, "answer.md")
    return finding_verdicts(analyzer, index, article, "waits.md")


def test_the_end_of_this_year_is_the_articles(analyzer: Analyzer) -> None:
    findings = _findings(
        analyzer,
        "The minister wants every parent seen within 14 days by the end of this year.",
    )
    assert findings["by the end of this year"] == "contradicted"
    later = _findings(
        analyzer, "The minister wants every parent seen within 14 days by the end of next year."
    )
    assert later["by the end of next year"] != "supported"


def test_an_average_age_is_a_value(analyzer: Analyzer) -> None:
    # beside another value, 5899900 took the age for the group that value counts
    findings = _findings(
        analyzer,
        "The average first-time mother in Ardmore is now 31.6 years old, and births to older "
        "mothers rose by 118.",
    )
    assert findings["31.6 years"] == "contradicted"
