"""Sentences that list several values: which words count toward which value (conjuncts.py),
and no support from a value whose sentence gives one of the claim's words to another value
(rival_words.py). Probes in several domains: rail, libraries, fisheries, health, energy,
schools, council budgets."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer
from newsverify.similarity import word_closeness

from .verdicts import assert_verdict, evidence_index

HEAD = "{}\n\nSource: {}\ndate 2026-01-12\n\n"

RAIL = (
    "Rail performance statement",
    "Rail Performance Office",
    "In 2025 on-time trains were 84.2% of services and 3.1% were cancelled.",
)
LINES = (
    "Punctuality statement",
    "Rail Performance Office",
    "In 2025 Northline's punctuality was 84.2% and the Coast line's 79.5%.",
)
BOOKS = (
    "Library statement",
    "County Library Service",
    "In 2025 e-book issues rose 7.4% while printed book issues fell 2.1%.",
)
FISH = (
    "Fisheries statement",
    "Marine Fisheries Agency",
    "In 2025 landings were worth £996m and exports £610m.",
)
FUEL = (
    "Fleet costs statement",
    "Marine Fisheries Agency",
    "In 2025 fuel costs were £88m, against a catch valued at £412m.",
)
VISITS = (
    "Library visits statement",
    "County Library Service",
    "In 2025 the service had 1,264,300 visits, 98,500 of them to mobile libraries.",
)
HOSPITAL = (
    "Hospital statement",
    "Regional Health Board",
    "In 2025 emergency admissions rose 6.2% while planned operations fell 1.8%.",
)
ENERGY = (
    "Energy statement",
    "Energy Regulator",
    "In 2025 wind farms generated 41.3% of electricity and gas plants 29.7%.",
)
SCHOOLS = (
    "Schools statement",
    "Education Department",
    "In 2025 the county had 52,400 pupils, 7,900 of them in special schools.",
)
BUDGET = (
    "Council budget statement",
    "City Council",
    "In 2025 social care spending was £214m, against a roads budget of £57m.",
)
NATO = (
    "Defence statement",
    "NATO",
    "The Secretary General urged a 400% increase in air and missile defence alongside the "
    "doubling of NATO's enabling capabilities.",
)

ROWS = [
    # a figure moved to the neighbouring value's subject: never supported
    ("rail-moved", RAIL, "84.2% of services were cancelled in 2025.", "missing"),
    ("lines-moved", LINES, "The Coast line's punctuality was 84.2% in 2025.", "contradicted"),
    ("fish-moved", FISH, "The fleet exported fish worth £996m in 2025.", "missing"),
    ("fuel-moved", FUEL, "The catch was valued at £88m in 2025.", "contradicted"),
    ("fuel-moved-back", FUEL, "Fuel costs were £412m in 2025.", "contradicted"),
    (
        "visits-whole-for-part",
        VISITS,
        "Mobile libraries had 1,264,300 visits in 2025.",
        "contradicted",
    ),
    ("hospital-moved", HOSPITAL, "Planned operations rose 6.2% in 2025.", "missing"),
    ("energy-moved", ENERGY, "Gas plants generated 41.3% of electricity in 2025.", "missing"),
    ("schools-whole-for-part", SCHOOLS, "Special schools had 52,400 pupils in 2025.", "missing"),
    ("budget-moved", BUDGET, "The roads budget was £214m in 2025.", "contradicted"),
    # each value read for its own subject stays supported
    ("rail-own", RAIL, "On-time trains were 84.2% of services in 2025.", "supported"),
    ("lines-first", LINES, "Northline's punctuality was 84.2% in 2025.", "supported"),
    ("lines-second", LINES, "The Coast line's punctuality was 79.5% in 2025.", "supported"),
    ("books-first", BOOKS, "E-book issues rose 7.4% in 2025.", "supported"),
    ("books-second", BOOKS, "Printed book issues fell 2.1% in 2025.", "supported"),
    ("fuel-first", FUEL, "Fuel costs were £88m in 2025.", "supported"),
    ("fuel-second", FUEL, "The catch was valued at £412m in 2025.", "supported"),
    ("visits-whole", VISITS, "The library service had 1,264,300 visits in 2025.", "supported"),
    ("visits-part", VISITS, "Mobile libraries had 98,500 visits in 2025.", "supported"),
    ("hospital-own", HOSPITAL, "Emergency admissions rose 6.2% in 2025.", "supported"),
    ("energy-first", ENERGY, "Wind farms generated 41.3% of electricity in 2025.", "supported"),
    ("energy-second", ENERGY, "Gas plants generated 29.7% of electricity in 2025.", "supported"),
    ("schools-whole", SCHOOLS, "The county had 52,400 pupils in 2025.", "supported"),
    ("budget-own", BUDGET, "Social care spending was £214m in 2025.", "supported"),
]

# Not settled yet: what the claim should get, and why it does not.
GAPS = [
    # "Printed" (claim: adjective, key "printed") and "printed" (primary: verb, key "print")
    # do not meet, and "book issues" stand in both conjuncts, so nothing moved is seen.
    ("books-moved", BOOKS, "Printed book issues rose 7.4% in 2025.", "contradicted"),
    # The moved word blocks support, but the rival value names "services" less closely.
    ("rail-moved-contradicted", RAIL, "84.2% of services were cancelled in 2025.", "contradicted"),
]

# A primary: its title, publisher and the one sentence that lists the values.
Primary = tuple[str, str, str]
_CACHE: dict[Primary, EvidenceIndex] = {}


def _index(analyzer: Analyzer, primary: Primary) -> EvidenceIndex:
    title, source, sentence = primary
    if primary not in _CACHE:
        text = HEAD.format(title, source) + sentence + "\n"
        _CACHE[primary] = evidence_index(analyzer, text, "release.txt")
    return _CACHE[primary]


@pytest.mark.parametrize(("claim_id", "body", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_listed_values(
    analyzer: Analyzer, claim_id: str, body: Primary, text: str, expected: str
) -> None:
    assert_verdict(analyzer, _index(analyzer, body), claim_id, text, expected)


@pytest.mark.xfail(strict=True, reason="see GAPS")
@pytest.mark.parametrize(("claim_id", "body", "text", "expected"), GAPS, ids=[r[0] for r in GAPS])
def test_listed_value_gaps(
    analyzer: Analyzer, claim_id: str, body: Primary, text: str, expected: str
) -> None:
    assert_verdict(analyzer, _index(analyzer, body), claim_id, text, expected)


def _closeness(analyzer: Analyzer, body: Primary, key: str, figure_text: str) -> float:
    passage = next(p for p in _index(analyzer, body).passages if p.figures)
    number = next(i for i, f in enumerate(passage.figures) if f.text == figure_text)
    return max(word_closeness(at, number, passage) for at in passage.positions[key])


WORDS = [
    # the words that open a later conjunct are its value's ...
    (LINES, "coast", "79.5%", "84.2%"),
    (FUEL, "catch", "£412m", "£88m"),
    # ... the words opening the first clause the first value's, when the next has its verb
    (FUEL, "fuel", "£88m", "£412m"),
    # ... and a part's words the part's
    (VISITS, "mobil", "98,500", "1,264,300 visits"),
    # an "and" inside the first value's phrase joins its own words
    (NATO, "missil", "400% increase", "doubling"),
]


@pytest.mark.parametrize(("body", "key", "own", "other"), WORDS)
def test_words_belong_to_their_value(
    analyzer: Analyzer, body: Primary, key: str, own: str, other: str
) -> None:
    assert _closeness(analyzer, body, key, own) > _closeness(analyzer, body, key, other)
