"""Words the trained model did not read (a table's caption, a heading) keep their verb
endings as their lemma; regular ones are taken off (inflections.py), so that a caption's
"Renewed memberships" meets an article's "renewals". A verb of a level ("reached") names no
table row, whatever a row is called ("Kyle Reach"; light_verbs.py). Traps in other domains
than the labelled sets show that another thing counted stays missing."""

from __future__ import annotations

import pytest

from newsverify import light_verbs, subject_keys
from newsverify.corpus import parse_text
from newsverify.inflections import uninflected
from newsverify.pipeline import Analyzer
from newsverify.records import Word
from newsverify.verification import check_article

from .verdicts import evidence_index

LIBRARY = """\
---
title: "Library service: end of year statistics 2026"
source: Elmford Libraries
date: 2026-06-14
---

# Library service: end of year statistics 2026

- 41,200 people held a library card at the end of March 2026, up 2.1% from 40,350.
- Visits to libraries rose 4% to 388,000.
- Library loans rose 11.5% to 612,000 items.

## Renewals by branch

Table 2. Renewed memberships by branch of the library service.

| Branch | 2025 | 2026 | Change (%) |
| --- | ---: | ---: | ---: |
| Elmford Central | 29,860 | 27,650 | -7.4 |
| Westgate | 38,900 | 41,200 | +5.9 |
| Northfield | 33,400 | 35,070 | +5.0 |
"""
FERRY = """\
---
title: "Skerry Ferries punctuality bulletin, October 2025"
source: Skerry Ferries
date: 2025-11-05
---

# Skerry Ferries punctuality bulletin, October 2025

Across the network, 11,120 sailings were operated in October 2025.

Table 1: Sailings operated by route, October 2025

| Route | Sailings | Change on a year earlier | On time |
| --- | --- | --- | --- |
| Kyle Reach | 2,680 | +8.1% | 91.3% |
| Eilean Sound | 3,010 | +5.9% | 88.2% |
| Port Askaig | 3,340 | +4.4% | 93.6% |
| Calder Ferry | 2,090 | +6.8% | 90.9% |
"""


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("accepted", "accept"),
        ("admitted", "admit"),
        ("planned", "plan"),
        ("applied", "apply"),
        ("called", "call"),
        # short stems and "-eed" words keep their ending: no unrelated words merged
        ("used", "used"),
        ("need", "need"),
        ("exceed", "exceed"),
        ("shed", "shed"),
        ("rate", "rate"),
    ],
)
def test_regular_endings_come_off(word: str, base: str) -> None:
    assert uninflected(word) == base


def test_an_unread_caption_word_meets_the_articles_noun() -> None:
    unread = Word(0, 7, "Renewed", "renewed", True)  # no part of speech: not read
    read = Word(0, 8, "renewals", "renewal", True, pos="NOUN")
    assert subject_keys.subject_key(unread) == subject_keys.subject_key(read)
    # a word the model read keeps its lemma as it is
    adjective = Word(0, 4, "red", "red", True, pos="ADJ")
    assert subject_keys.subject_key(adjective) == "red"


def _verdicts(analyzer: Analyzer, primary: str, article: str) -> dict[str, tuple[str, str]]:
    index = evidence_index(analyzer, primary, "primary.md")
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "article.txt"))
    return {
        f.text: (f.verdict.verdict, f.verdict.reason)
        for f in check_article(document, parsed, index)
    }


STORY = "The sharpest drop came at Elmford Central, where {what} fell by 7.4 per cent to 27,650.\n"


def test_a_table_captioned_by_a_participle_supports_its_rows(analyzer: Analyzer) -> None:
    found = _verdicts(analyzer, LIBRARY, STORY.format(what="renewals"))
    assert found["fell by 7.4 per cent"][0] == "supported"
    assert found["27,650"][0] == "supported"


def test_without_the_rule_the_caption_says_nothing(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(subject_keys, "uninflected", lambda word: word)
    found = _verdicts(analyzer, LIBRARY, STORY.format(what="renewals"))
    assert found["27,650"][0] == "missing"


def test_another_thing_counted_in_the_row_stays_missing(analyzer: Analyzer) -> None:
    found = _verdicts(analyzer, LIBRARY, STORY.format(what="cancellations"))
    assert found["fell by 7.4 per cent"][0] == "missing"
    assert found["27,650"][0] == "missing"


CLAIM = "Sailings operated by the ferry company reached 2,680 in October 2025.\n"


def test_a_level_verb_names_no_row(analyzer: Analyzer) -> None:
    # "reached" is no reading of the row "Kyle Reach": its value is another row's
    verdict, reason = _verdicts(analyzer, FERRY, CLAIM)["2,680"]
    assert verdict == "missing" and "another row" in reason


def test_without_the_rule_the_verb_names_the_row(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(light_verbs, "LEVEL_VERBS", frozenset())
    _, reason = _verdicts(analyzer, FERRY, CLAIM)["2,680"]
    assert "another row" not in reason


def test_a_claim_naming_the_row_is_still_about_it(analyzer: Analyzer) -> None:
    story = "Sailings on the Kyle Reach route numbered 2,680 in October 2025.\n"
    assert _verdicts(analyzer, FERRY, story)["2,680"][0] == "supported"
