"""An article's long sentence is checked for one figure at a time: words away from the figure
that no primary text writes are the article's own telling, and count little
(unwritten_words.py); grammar words are no subject words at all (idle_words.py). The traps,
in other domains than the labelled sets, show that the words next to the figure still decide
what it counts."""

from __future__ import annotations

import pytest

from newsverify import unwritten_words
from newsverify.corpus import parse_text
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import evidence_index

LIBRARY = """\
---
title: "Library service: annual figures 2025-26"
source: Elmford Borough Council
date: 2026-05-14
---

# Library service: annual figures 2025-26

Library loans rose 11.5% in 2025-26 to 612,000 items.
Loans of children's books made up 41% of all library loans.
E-book loans rose 19% to 88,000.
Loans at the central library rose 7% to 203,000.
Visits to libraries rose 4% to 388,000.
The mobile library made 1,150 stops and 22,400 loans.
The council spent £1.2 million on new stock for the library service.
Library computer sessions fell 2% to 41,000.
"""
FISHERIES = """\
---
title: "Northport landings 2025"
source: Northport Harbour Authority
date: 2026-01-20
---

# Northport landings 2025

Cod landings at Northport fell 8% in 2025 to 12,400 tonnes.
Haddock landings rose 3% to 5,100 tonnes.
Landings by the inshore fleet were 2,300 tonnes.
The value of all landings was £41.2 million.
Shellfish landings rose 12% to 3,900 tonnes.
Landings by visiting vessels fell 5% to 6,200 tonnes.
"""
RAIL = """\
---
title: "Kesterline punctuality bulletin, period 7"
source: Kesterline Rail
date: 2025-10-22
---

# Kesterline punctuality bulletin, period 7

In the four weeks to 18 October, 88.2% of Kesterline trains arrived on time.
Of trains on the coast line, 84.0% arrived on time.
Trains cancelled were 3.1% of planned trains.
Trains arriving within 15 minutes were 97.5% of all trains.
Passenger journeys on Kesterline trains reached 9.6 million.
"""


def _findings(analyzer: Analyzer, primary: str, name: str, article: str) -> dict[str, str]:
    index = evidence_index(analyzer, primary, name)
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "article.txt"))
    return {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}


# Each article sentence tells its figure after many words no primary text writes; the
# words right before the figure are ones the primary writes, or grammar.
LIBRARY_STORY = (
    "Bored teenagers swapping video games for manga comics and graphic novels meant that "
    "over the year its {what} rose {figure}.\n"
)
FISHERIES_STORY = (
    "Skippers squeezed by diesel bills and crew shortages and winter gales were told that "
    "over the year all of its {what} fell {figure}.\n"
)
RAIL_STORY = (
    "Commuters squeezed into draughty carriages and stranded on slippery platforms were told "
    "that over the four weeks only {figure} of {what} arrived on time.\n"
)


@pytest.mark.parametrize(
    ("figure", "expected"), [("11.5%", "supported"), ("12.5%", "contradicted")]
)
def test_the_articles_own_telling_does_not_bury_what_the_figure_counts(
    analyzer: Analyzer, figure: str, expected: str
) -> None:
    story = LIBRARY_STORY.format(what="loans", figure=figure)
    assert _findings(analyzer, LIBRARY, "library.txt", story)[f"rose {figure}"] == expected


def test_without_the_rule_the_telling_buries_the_subject(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The mechanism, not the wording, supports it: at full weight the story's words win.
    monkeypatch.setattr(unwritten_words, "UNWRITTEN_WEIGHT", 1.0)
    story = LIBRARY_STORY.format(what="loans", figure="11.5%")
    assert _findings(analyzer, LIBRARY, "library.txt", story)["rose 11.5%"] == "missing"


@pytest.mark.parametrize(
    ("primary", "story", "figure"),
    [
        # a thing next to the figure that the primary never names: not the library's loans,
        # whether the value matches theirs or not
        (LIBRARY, LIBRARY_STORY.format(what="downloads", figure="11.5%"), "rose 11.5%"),
        (LIBRARY, LIBRARY_STORY.format(what="downloads", figure="14%"), "rose 14%"),
        # another fish: the cod's fall is not the hake's, in either direction
        (FISHERIES, FISHERIES_STORY.format(what="hake", figure="8%"), "fell 8%"),
        (FISHERIES, FISHERIES_STORY.format(what="hake", figure="5%"), "fell 5%"),
        # buses are not trains
        (RAIL, RAIL_STORY.format(what="buses", figure="88.2%"), "88.2%"),
        (RAIL, RAIL_STORY.format(what="buses", figure="91%"), "91%"),
    ],
)
def test_unwritten_words_next_to_the_figure_still_say_what_it_counts(
    analyzer: Analyzer, primary: str, story: str, figure: str
) -> None:
    assert _findings(analyzer, primary, "primary.txt", story)[figure] == "missing"


def _subject_weights(analyzer: Analyzer, index: EvidenceIndex, text: str, focus: str) -> dict:
    parsed = analyzer.parse_text(text)
    start = text.index(focus)
    values = [(f.start, f.end) for f in parsed.figures if f.kind != "date"]
    times = [(f.start, f.end) for f in parsed.figures if (f.start, f.end) not in values]
    return index.subject(parsed.words, times, values, (start, start + len(focus)), []).weights


def test_only_words_away_from_a_value_and_unwritten_lose_weight(analyzer: Analyzer) -> None:
    index = evidence_index(analyzer, LIBRARY, "library.txt")
    text = LIBRARY_STORY.format(what="loans", figure="11.5%").strip()
    weights = _subject_weights(analyzer, index, text, "rose 11.5%")
    assert not index.written("novel") and index.written("loan")
    assert weights["novel"] <= index.idf("novel") * unwritten_words.UNWRITTEN_WEIGHT
    assert weights["loan"] == pytest.approx(index.idf("loan"))  # next to the value


def test_a_time_keeps_the_words_that_tell_its_event(analyzer: Analyzer) -> None:
    # A date is checked by the event the article tells, in its own words: no discount.
    index = evidence_index(analyzer, LIBRARY, "library.txt")
    text = "Bored teenagers swapping manga comics for graphic novels queued on 3 May 2026."
    parsed = analyzer.parse_text(text)
    (date,) = parsed.figures
    weights = index.subject(parsed.words, [], [], (date.start, date.end), []).weights
    assert weights["novel"] > index.idf("novel") * unwritten_words.UNWRITTEN_WEIGHT


def test_grammar_words_are_no_subject_words(analyzer: Analyzer) -> None:
    index = evidence_index(analyzer, LIBRARY, "library.txt")
    text = "The cut comes despite library loans rising 11.5% to 612,000 items."
    weights = _subject_weights(analyzer, index, text, "rising 11.5%")
    assert not any(key.startswith("despit") for key in weights)
    assert "loan" in weights
