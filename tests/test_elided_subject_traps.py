"""A light verb no primary text writes ("took", "went", "stood") gives no subject word when a
thing next to the figure anchors the statement (light_verbs.py): at the full weight of a rare
word it buried what the figure counts. The traps, in other domains than the labelled sets:
where the counted noun sits in another clause than the figure ("Plasma donations went the
other way, up 6%") the verb keeps its weight, and keeps another row's change from supporting
it; a content verb ("were cancelled") says what is counted; another thing next to the figure
("on the refit") is another charge. Each stays missing."""

from __future__ import annotations

import pytest

from newsverify import light_verbs
from newsverify.corpus import parse_text
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import evidence_index

BLOOD = """\
---
title: "Blood donation service: annual review 2025"
source: Northmere Blood Service
date: 2026-02-10
---

# Blood donation service: annual review 2025

The service collected 182,400 donations of whole blood in 2025.
Platelet donations rose 6% to 27,400.
Hospital orders for red cells fell 3% to 151,000 units.
"""
LIBRARY = """\
---
title: "Library service: annual figures 2025-26"
source: Elmford Borough Council
date: 2026-05-14
---

# Library service: annual figures 2025-26

The refit of the central library cost £2.4 million.
Library loans rose 11.5% in 2025-26 to 612,000 items.
Visits to libraries rose 4% to 388,000.
"""
RESULTS = """\
---
title: "Skerry Ferries annual results 2025"
source: Skerry Ferries
date: 2026-03-05
---

# Skerry Ferries annual results 2025

- Revenue of £48.2m, up 6.1% on 2024.
- Operating profit of £6.3m, up 4.0%.
- Passengers carried: 1.31 million, up 3.2%.
- Statutory profit before tax of £2.9m, after a restructuring charge of £3.1m.

The restructuring charge of £3.1m relates to the closure of the Kyle booking office.
Revenue rose 6.1% to £48.2m, with passenger revenue up 5.0% and freight revenue up 8.8%.
Operating profit rose 4.0% to £6.3m.
The Board proposes a final dividend of 2.1p per share.
"""
FERRY = """\
---
title: "Skerry Ferries punctuality bulletin, October 2025"
source: Skerry Ferries
date: 2025-11-05
---

# Skerry Ferries punctuality bulletin, October 2025

In October, 91.4% of sailings departed on time.
Of all sailings, 2.1% were cancelled because of the weather.
The fleet carried 64,200 passengers, 4.8% more than in October 2024.
"""


def _verdict(analyzer: Analyzer, primary: str, article: str, figure: str) -> str:
    """The verdict on the article's finding whose text starts with `figure`."""
    index = evidence_index(analyzer, primary, "primary.md")
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "article.txt"))
    (verdict,) = [
        f.verdict for f in check_article(document, parsed, index) if f.text.startswith(figure)
    ]
    return verdict.verdict


def test_an_unwritten_light_verb_does_not_bury_what_is_counted(analyzer: Analyzer) -> None:
    story = "Skerry took a £3.1m hit on the closure.\n"
    assert _verdict(analyzer, RESULTS, story, "£3.1m") == "supported"


def test_without_the_rule_the_light_verb_buries_it(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(light_verbs, "LIGHT_VERBS", frozenset())
    story = "Skerry took a £3.1m hit on the closure.\n"
    assert _verdict(analyzer, RESULTS, story, "£3.1m") == "missing"


def test_the_same_sentence_about_the_primarys_row_is_supported(analyzer: Analyzer) -> None:
    story = "Platelet donations went the other way, up 6%.\n"
    assert _verdict(analyzer, BLOOD, story, "up 6%") == "supported"


@pytest.mark.parametrize(
    ("primary", "story", "figure"),
    [
        # plasma is not platelets, red cells are not platelets: another row's change
        (BLOOD, "Plasma donations went the other way, up 6%.\n", "up 6%"),
        (BLOOD, "Orders for platelets went the other way, down 3%.\n", "down 3%"),
        # a charge on something else, whether the sum is the closure's or not
        (RESULTS, "Skerry took a £3.1m hit on the refit.\n", "£3.1m"),
        (RESULTS, "Skerry took a £4.5m hit on the refit.\n", "£4.5m"),
        (RESULTS, "Skerry took a £3.1m hit on the freight arm.\n", "£3.1m"),
        # sailings that left on time were not cancelled, whatever the share
        (FERRY, "Islanders were told that only 91.4% of sailings were cancelled.\n", "91.4%"),
        (FERRY, "Islanders were told that only 93% of sailings were cancelled.\n", "93%"),
    ],
)
def test_a_subject_in_another_clause_or_a_content_verb_keeps_it_missing(
    analyzer: Analyzer, primary: str, story: str, figure: str
) -> None:
    assert _verdict(analyzer, primary, story, figure) == "missing"


def _weights(analyzer: Analyzer, primary: str, text: str, focus: str) -> dict[str, float]:
    """The subject weights of `text` for its figure that starts with `focus`."""
    index = evidence_index(analyzer, primary, "primary.md")
    parsed = analyzer.parse_text(text)
    values = [(f.start, f.end) for f in parsed.figures]
    (figure,) = [f for f in parsed.figures if f.text.startswith(focus)]
    return index.subject(parsed.words, [], values, (figure.start, figure.end), []).weights


def test_only_an_anchored_statements_unwritten_light_verbs_go(analyzer: Analyzer) -> None:
    # anchored by "donations" next to the figure, and "take" unwritten: no key
    weights = _weights(analyzer, BLOOD, "The service took 182,400 donations.", "182,400")
    assert "take" not in weights and "donation" in weights
    # nothing next to the figure: the verb keeps its weight
    weights = _weights(analyzer, BLOOD, "Plasma donations went the other way, up 6%.", "up 6%")
    assert "go" in weights
    # a primary that writes the verb meets it as before
    weights = _weights(
        analyzer, BLOOD + "Donors took 1,200 home tests.\n", "Donors took 40 tests.", "40"
    )
    assert "take" in weights
    # a noun of a light verb's spelling is a thing
    weights = _weights(analyzer, BLOOD, "Online take-up of bookings reached 43%.", "43%")
    assert any(key.startswith("take") for key in weights)


@pytest.mark.xfail(
    strict=True,
    reason="known weakness: an 'of' phrase after a count's unit ('donations of platelets') "
    "does not yet keep the whole-blood count from supporting it",
)
def test_an_of_phrase_after_the_unit_says_what_is_counted(analyzer: Analyzer) -> None:
    story = "The blood service took 182,400 donations of platelets in 2025.\n"
    assert _verdict(analyzer, BLOOD, story, "182,400") == "missing"
