"""What a value is given for, told apart by mechanisms found on the airport and water sets and
tested here in other domains (museums, ports, mills, clinics, libraries, hospitals):

- a change in a sentence that counts the things a claim names is a change in their number
  ("visitor numbers rose 8.2%" against "412,300 visitors, 8.2% more");
- a region's adjective names the region, a weight of goods its tonnes;
- two sides of a semicolon that speak of one thing for two times are no two parts;
- a claim's month without a year is the primary's latest one, not any year's;
- a change told as done is not met by a target for it;
- "across the country" names the whole, not a part;
- a value given for the document's own place is no value for another place a claim names;
- a numbered name ("Ward 7") is another thing than another number's ("Ward 4"), and its value
  is a part's, no value of the whole.
"""

from __future__ import annotations

import pytest

from newsverify.acronyms import find_acronyms
from newsverify.corpus import parse_text
from newsverify.figures import find_figures
from newsverify.numbered_names import numbered_names, other_numbered_note
from newsverify.pipeline import Analyzer
from newsverify.rate_spans import OVER_SPAN, PER_PERIOD, other_rate_note, value_rate
from newsverify.text import normalize
from newsverify.value_spans import is_value_span
from newsverify.verification import check_article

from .verdicts import evidence_index, verdict_of

# What a case expects: a verdict, or NOT_SUPPORTED where either missing or contradicted is right.
NOT_SUPPORTED = "not supported"


def _assert_reading(analyzer: Analyzer, primary: str, claim: str, expected: str) -> None:
    """The claim's verdict against the one primary text, with the tool's reason on failure."""
    index = evidence_index(analyzer, primary, "primary.md")
    verdict = verdict_of(analyzer, index, "c", claim)
    if expected == NOT_SUPPORTED:
        assert verdict.verdict != "supported", verdict.reason
    else:
        assert verdict.verdict == expected, verdict.reason


MUSEUM = """\
---
title: "Annual visitor figures 2025"
source: Harlow Museums Trust
date: 2026-02-10
---

The museum welcomed 412,300 visitors in 2025, 8.2% more than in 2024.

Shop revenue rose 11.5% to £2.1 million.
"""

PORT = """\
---
title: "Port of Stellan annual trade review"
source: Stellan Port Authority
date: 2026-03-02
---

The port handled 8.4 million tonnes of freight in 2025, 3.1% less than in 2024.

Exports to Europe rose by 12.0% in 2025, while exports to Asia fell by 2.5%.
"""

MILL = """\
---
title: "Fenwick Mills production update, May 2026"
source: Fenwick Mills
date: 2026-06-08
---

The mill processed 21,300 tonnes of grain in May, 2.4% less than in May 2025;
over January to May grain was down 0.8% at 101,000 tonnes.
"""

CLINIC = """\
---
title: "Outpatient waiting times, October 2026"
source: Corrow Health Board
date: 2026-11-09
---

Average waits at the eye clinic fell from 41 days in October 2025 to 29 days.
"""

BACKLOG = """\
---
title: "Planning backlog report 2025-26"
source: Ravensby District Council
date: 2026-05-20
---

The planning backlog fell by 6% in 2025-26.

Our target is to halve the backlog by 2028.
"""

LIBRARIES = """\
---
title: "Public library statistics 2025"
source: Orla Libraries Council
date: 2026-04-15
---

Library loans across the 12 authorities fell by 3.8% to 9.6 million in 2025.
"""

HOSPITAL = """\
---
title: "Admissions bulletin, October 2026"
source: St Brenna's Hospital Trust
date: 2026-11-12
---

Ward 7, which treats older patients, admitted 1,240 patients in October, up 9.1%.

The hospital admitted 6,400 patients in October, 4.2% more than a year earlier.
"""

FIRE_SERVICE = """\
---
title: "Kestwick Fire and Rescue Service: annual briefing"
source: Kestwick Fire and Rescue Service
date: 2026-05-04
---

The Norland Fire Statistics Unit published its annual figures on Friday.

House fires in Kestwick rose by 7% in 2025, the service said.
"""

MUSEUM_SPENDING = """\
---
title: "Museum visitor spending, 2026"
source: Harlow Museums Trust
date: 2026-10-01
---

| Museum | Visits 2026 | Visitor spending 2026 (£m) |
| --- | ---: | ---: |
| Castle | 88,000 | 1.2 |
| Abbey | 64,000 | 0.9 |
| Total | 152,000 | 2.1 |

Visitors spent £2.1 million in 2026. Average spending per visit rose to £14.20, from £13.10.
"""

HARBOUR = """\
---
title: "Harbour statistics, 2026"
source: Skelling Harbour Trust
date: 2026-11-02
---

Cruise ships made 48 calls at Skelling harbour in 2026, double the 24 calls in 2025. Ferry
sailings fell by 5%.
"""

FLEET = """\
---
title: "Bus fleet review, 2026"
source: Skelling Transport Board
date: 2026-11-02
---

The bus fleet grew to 64 buses in 2026, from 58 in 2025.
"""

CASES = [
    # a change in a sentence that counts what the claim names
    (MUSEUM, "Visitor numbers at the museum rose by 8.2% in 2025.", "supported"),
    (MUSEUM, "Visitor numbers at the museum rose by 9.2% in 2025.", "contradicted"),
    # ... not a change of something else the primary counts in another sentence
    (MUSEUM, "Visitor numbers at the museum rose by 11.5% in 2025.", "contradicted"),
    # a weight of goods is its tonnes; a region's adjective names the region
    (PORT, "Freight tonnage at the port fell by 3.1% in 2025.", "supported"),
    (PORT, "European exports rose by 12% in 2025.", "supported"),
    (PORT, "Asian exports rose by 12% in 2025.", "contradicted"),
    # one thing for two times on the two sides of a semicolon: no parts
    (MILL, "Grain tonnage at the mill was 2.4% lower in May than a year before.", "supported"),
    # (the year so far's value is no May value: unsettled, since the primary ties the span
    # to it only by word order)
    (MILL, "Grain tonnage at the mill was 0.8% lower in May than a year before.", "missing"),
    # a month without a year: the release's latest October, not October 2025
    (CLINIC, "Patients waited 29 days for the eye clinic on average in October.", "supported"),
    (CLINIC, "Patients waited 41 days for the eye clinic on average in October.", "contradicted"),
    # a change told as done is not met by the target for it
    (BACKLOG, "The planning backlog fell by more than 40% in 2025-26.", "contradicted"),
    (BACKLOG, "The planning backlog fell by more than 40%.", "contradicted"),
    # "across the country" is the whole
    (LIBRARIES, "Library loans fell by 3.8% across the country in 2025.", "supported"),
    (LIBRARIES, "Library loans fell by 5% across the country in 2025.", "contradicted"),
    # a numbered part: its own value only
    (HOSPITAL, "Admissions to Ward 7 rose by 9.1% in October.", "supported"),
    (HOSPITAL, "The hospital's admissions rose by 4.2% in October.", "supported"),
    (HOSPITAL, "The hospital's admissions rose by 9.1% in October.", "contradicted"),
    # a sum of another order of size (a museum's £1.2m) is no reading of one a visitor spends
    (MUSEUM_SPENDING, "Average visitor spending per visit rose to £14.20 in 2026.", "supported"),
    (MUSEUM_SPENDING, "Average visitor spending per visit rose to £15.20 in 2026.", "contradicted"),
    # a noun the stop list holds is still a thing: "calls" is what doubled, not the sailings
    (HARBOUR, "The number of cruise calls at Skelling doubled in 2026.", "supported"),
    (HARBOUR, "The number of cruise calls at Skelling tripled in 2026.", "contradicted"),
    # last year's number, written bare, is no restatement of the claimed year's
    (FLEET, "The bus fleet had 64 buses in 2026.", "supported"),
    (FLEET, "The bus fleet had 58 buses in 2026.", "contradicted"),
    # "national" says the whole is meant, which the review's own figure is
    (FLEET, "The national bus fleet had 58 buses in 2026.", "contradicted"),
    # the document's own place is still a place: no value for another the claim names
    (FIRE_SERVICE, "House fires in Kestwick rose by 7% in 2025.", "supported"),
    (FIRE_SERVICE, "House fires rose by 7% in 2025.", "supported"),
    (FIRE_SERVICE, "House fires across Norland rose by 7% in 2025.", NOT_SUPPORTED),
]


@pytest.mark.parametrize(("primary", "claim", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_what_a_value_is_given_for(
    analyzer: Analyzer, primary: str, claim: str, expected: str
) -> None:
    _assert_reading(analyzer, primary, claim, expected)


def test_numbered_part_is_never_another_numbers_support(analyzer: Analyzer) -> None:
    """Ward 4 has no value in the primary: Ward 7's 9.1% must not support it."""
    index = evidence_index(analyzer, HOSPITAL, "primary.md")
    verdict = verdict_of(analyzer, index, "c", "Admissions to Ward 4 rose by 9.1% in October.")
    assert verdict.verdict != "supported", verdict.reason


def test_target_is_named_as_the_reason(analyzer: Analyzer) -> None:
    """Without the outturn sentence, the target leaves the claim unsettled, and says why."""
    target_only = BACKLOG.replace("The planning backlog fell by 6% in 2025-26.\n", "")
    index = evidence_index(analyzer, target_only, "primary.md")
    verdict = verdict_of(analyzer, index, "c", "The planning backlog fell by more than 40%.")
    assert verdict.verdict == "missing"
    assert "target" in verdict.reason


NAMES = [
    ("Terminal 2, which handles long-haul flights, served 1,314,400 passengers.", {"terminal 2"}),
    ("Passengers at Gate 14B waited longest.", {"gate 14b"}),
    # a value, a year and a day of a month are no names' numbers
    ("Some 300 people attended in October 2025.", set()),
    ("The vote is on Friday 23 October.", set()),
    ("Clearing ran from Monday 21 to Sunday 27 September.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_numbered_names(analyzer: Analyzer, sentence: str, expected: set[str]) -> None:
    parsed = analyzer.parse_text(sentence)
    values = [(f.start, f.end) for f in parsed.figures]
    assert numbered_names(parsed.words, values) == expected


def test_numbered_name_of_the_title_is_the_documents_own() -> None:
    given = frozenset({"platform 9"})
    assert other_numbered_note(frozenset(), given, "Platform 9 safety review") is None
    assert other_numbered_note(frozenset(), given, "Station safety review") is not None
    assert other_numbered_note(frozenset({"platform 9"}), given, "Station safety review") is None


PASSPORTS = """\
---
title: "Passport processing times, March 2026"
source: Kellam Passport Office
date: 2026-04-10
---

Average processing times fell from 18 days in March 2025 to 11 days.
"""

BASES = [
    # the level moved to is the reading of a month without a year
    ("Average processing times were 11 days in March.", "supported"),
    ("Average processing times were 18 days in March.", NOT_SUPPORTED),
    # ... and the level moved from that of the year it names
    ("Average processing times were 18 days in March 2025.", "supported"),
]


@pytest.mark.parametrize(("claim", "expected"), BASES, ids=[b[0][:45] for b in BASES])
def test_level_moved_from_is_its_own_years(analyzer: Analyzer, claim: str, expected: str) -> None:
    _assert_reading(analyzer, PASSPORTS, claim, expected)


FESTIVAL = """\
---
title: "Harbour festival attendance"
source: Skelling Harbour Trust
date: 2025-07-20
---

The festival drew 31,400 visitors in July 2025, up from 28,900 in July 2024.
"""


@pytest.mark.parametrize(
    ("written", "expected"), [("2026-03-01", "supported"), ("2025-07-25", NOT_SUPPORTED)]
)
def test_last_month_is_placed_by_the_articles_date(
    analyzer: Analyzer, written: str, expected: str
) -> None:
    """ "Last July" written in March 2026 is July 2025; written in August 2025, July 2024."""
    article = (
        f"---\ntitle: Festival\ndate: {written}\n---\n\nLast July's festival drew 31,400 people.\n"
    )
    index = evidence_index(analyzer, FESTIVAL, "primary.md")
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "article.md"))
    verdicts = {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}
    verdict = verdicts.get("31,400 people")
    assert verdict == expected if expected != NOT_SUPPORTED else verdict != "supported", verdicts


DUTIES = """\
---
title: "Excise receipts, September 2026"
source: Tolland Revenue Office
date: 2026-10-20
---

Tobacco duty receipts were £0.9bn and alcohol duty receipts £1.2bn in September 2026.

Adjusted earnings per share of 41.2p were up 9.0%, the office's holding company said.
"""

KINDS = [
    # two kinds of one noun: any modifier tells them apart
    ("Fuel duty receipts were £0.7bn in September 2026.", "missing"),
    ("Tobacco duty receipts were £0.9bn in September 2026.", "supported"),
    ("Tobacco duty receipts were £1.1bn in September 2026.", "contradicted"),
    # what a rate is per is no thing that could rise
    ("Shares in the holding company rose 6%.", "missing"),
]


@pytest.mark.parametrize(("claim", "expected"), KINDS, ids=[k[0][:45] for k in KINDS])
def test_kinds_and_rates(analyzer: Analyzer, claim: str, expected: str) -> None:
    _assert_reading(analyzer, DUTIES, claim, expected)


def test_number_glued_to_its_unit_is_no_subject_word(analyzer: Analyzer) -> None:
    """ "up 7.4pc" in an article: the token "7.4pc", which no primary writes, must not weigh
    as what the figure is about (the primary spells it "7.4%")."""
    index = evidence_index(analyzer, MUSEUM, "primary.md")
    article = "---\ntitle: Museum\ndate: 2026-02-12\n---\n\nMuseum visitor numbers were up 8.2pc.\n"
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "article.md"))
    verdicts = {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}
    assert verdicts.get("up 8.2pc") == "supported", verdicts


TICKETS = """\
---
title: "Harbour festival ticket sale"
source: Skelling Harbour Trust
date: 2026-06-02
---

On the final day of the sale, 2,140 tickets were sold. Over the sale as a whole, 18,600 \
tickets were sold, up 3% on last year.

Our target is for 40% of households to recycle food waste by 2030.

The bus fare cap is unchanged at £2.50.

There are about 60 volunteers at the lifeboat station.

The trust will spend £9 million over four years on the harbour wall, and £1.5 million a year \
on dredging.
"""

SPANS_AND_HEDGES = [
    # a part of a span against its whole, both ways
    ("On the final day of the sale, 18,600 tickets were sold.", "contradicted"),
    ("On the final day of the sale, 2,140 tickets were sold.", "supported"),
    ("Over the sale as a whole, 18,600 tickets were sold.", "supported"),
    ("Over the sale as a whole, 2,140 tickets were sold.", NOT_SUPPORTED),
    # a value said to hold now is not met by a target for it
    ("40% of households now recycle food waste.", "missing"),
    ("The council aims for 40% of households to recycle food waste by 2030.", "supported"),
    # a value said to have moved is not met by one said to have stayed
    ("The bus fare cap was raised to £2.50.", NOT_SUPPORTED),
    ("The bus fare cap stays at £2.50.", "supported"),
    # two round numbers, both hedged, rounded alike: another number
    ("About 70 volunteers crew the lifeboat station.", "contradicted"),
    ("About 60 volunteers crew the lifeboat station.", "supported"),
    # an amount per year is no total over several years, nor the reverse
    ("The trust will spend £9 million a year on the harbour wall.", NOT_SUPPORTED),
    ("The trust will spend £9m over four years on the harbour wall.", "supported"),
    ("Dredging will cost £1.5 million over the next four years.", NOT_SUPPORTED),
    ("The trust will spend £1.5 million annually on dredging.", "supported"),
]


@pytest.mark.parametrize(
    ("claim", "expected"), SPANS_AND_HEDGES, ids=[c[0][:45] for c in SPANS_AND_HEDGES]
)
def test_spans_modality_and_hedges(analyzer: Analyzer, claim: str, expected: str) -> None:
    _assert_reading(analyzer, TICKETS, claim, expected)


HANSARD = """\
---
title: "Road safety: statement by the Minister for Roads"
source: Official Report
date: 2026-10-14
---

# Road safety

**The Minister for Roads (Dara Quill):** With permission, I will make a statement on road deaths.

Every one of those deaths is a family that will never be whole again. Waiting times for \
driving tests were 21 days in the third quarter, down from 30 days in the second quarter.

The road safety fund will be £8 million for 2027, up from £5 million in 2026.
"""

WRITTEN_STATEMENT = """\
Written ministerial statement: rural bus services

Source: Department for Transport and Roads
date 2026-10-15

Made by Dara Quill, Minister for Roads, on Thursday 15 October 2026.

I will not pretend that the network is where it should be.
"""

SPEAKERS_AND_STEPS = [
    # a turn in Parliament's record runs on past its labelled paragraph
    (HANSARD, 'Tom Baines said "Every one of those deaths is a family".', "contradicted"),
    (HANSARD, 'Dara Quill said "Every one of those deaths is a family".', "supported"),
    # a written statement is its maker's words
    (
        WRITTEN_STATEMENT,
        'Tom Baines said "I will not pretend that the network is where it should be".',
        "contradicted",
    ),
    (
        WRITTEN_STATEMENT,
        'Dara Quill said "I will not pretend that the network is where it should be".',
        "supported",
    ),
    # a change of a span of time against a level and the level it moved from
    (HANSARD, "Waiting times for driving tests fell by 21 days.", "contradicted"),
    # ... and the step the two written levels make exactly (30 - 21) is that change
    (HANSARD, "Waiting times for driving tests fell by 9 days.", "supported"),
    (HANSARD, "Waiting times for driving tests fell by 19 days.", "contradicted"),
    # a change claimed as the whole level is the step the two levels imply
    (HANSARD, "The road safety fund grows by £8 million.", "contradicted"),
]


@pytest.mark.parametrize(
    ("primary", "claim", "expected"),
    SPEAKERS_AND_STEPS,
    ids=[c[1][:45] for c in SPEAKERS_AND_STEPS],
)
def test_speakers_and_steps(analyzer: Analyzer, primary: str, claim: str, expected: str) -> None:
    _assert_reading(analyzer, primary, claim, expected)


FARES = """\
---
title: "Regional bus fares 2027"
source: Corran Transport Authority
date: 2026-12-01
---

Table 1. Adult single fares by route and operator

| Route | Operator | Fare 2026 | Fare 2027 | Change (%) |
| --- | --- | ---: | ---: | ---: |
| X4 | Skyline Buses | £2.50 | £2.50 | 0 |
| X4 | Harbour Coaches | £2.40 | £2.60 | +8.3 |
| 12 | Harbour Coaches | £1.90 | £1.80 | -5.3 |
"""

TABLE_ROWS = [
    # a row is named by every text cell before its numbers: route and operator together
    ("The 2027 Harbour Coaches fare on route X4 is £2.60.", "supported"),
    ("The 2027 Skyline Buses fare on route X4 is £2.60.", "contradicted"),
    # the row's change column says that its values did not move, or which way they moved
    ("The Skyline Buses fare on route X4 was cut to £2.50.", "missing"),
    ("The Harbour Coaches fare on route X4 was cut to £2.60.", "contradicted"),
    ("The Harbour Coaches fare on route X4 was raised to £2.60.", "supported"),
]


@pytest.mark.parametrize(("claim", "expected"), TABLE_ROWS, ids=[r[0][:45] for r in TABLE_ROWS])
def test_table_rows_named_by_all_their_labels(
    analyzer: Analyzer, claim: str, expected: str
) -> None:
    _assert_reading(analyzer, FARES, claim, expected)


SPANS = [
    # how long a change took is no figure of its own
    (LIBRARIES, "Library loans across the 12 authorities fell by 3.8% in a year.", "supported"),
    (LIBRARIES, "Library loans across the 12 authorities fell by 5% in a year.", "contradicted"),
    # ... but a span counted from a start is a period, and the primary gives none like it
    (MUSEUM, "Visitor numbers at the museum rose by 8.2% over the first ten months.", "missing"),
]


@pytest.mark.parametrize(("primary", "claim", "expected"), SPANS, ids=[s[1][:45] for s in SPANS])
def test_span_of_a_change(analyzer: Analyzer, primary: str, claim: str, expected: str) -> None:
    _assert_reading(analyzer, primary, claim, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£45 million a year for the regions", PER_PERIOD),
        ("a £3bn-a-year subsidy", PER_PERIOD),
        ("£12m annually", PER_PERIOD),
        ("£45 million over three years", OVER_SPAN),
        ("£2bn over the next five years", OVER_SPAN),
        ("£45 million over the year", None),  # one period
        ("£45 million a year earlier", None),  # a date, not a rate
        ("£45 million for the regions", None),
    ],
)
def test_amount_per_period_or_over_a_span(text: str, expected: str | None) -> None:
    figure = find_figures(normalize(text).text)[0]
    assert value_rate(figure, normalize(text).text) == expected
    assert (other_rate_note(PER_PERIOD, expected) is None) == (expected != OVER_SPAN)


def test_a_rates_period_is_no_duration_to_check(analyzer: Analyzer) -> None:
    """ "£9 million a year": the year says what the sum is per, not how long anything took."""
    parsed = analyzer.parse_text("The trust will spend £9 million a year on the wall.")
    durations = [f for f in parsed.figures if f.kind == "duration"]
    assert durations and all(is_value_span(d, parsed.figures, parsed.text) for d in durations)


SMOKE = """\
---
title: "Air over Hessel, 2025"
source: Hessel Environment Office
date: 2026-05-12
---

Sulphur dioxide (SO2) at industrial sites averaged 6.2 µg/m³ in 2025. This is the lowest
level since monitoring began in 1998, when industrial SO2 averaged 31.5 µg/m³.
"""

FORMULAS_AND_LANDMARKS = [
    # a formula the primary defines names the words it stands for
    ("Sulphur dioxide at industrial sites averaged 6.2 µg/m³ in 2025.", "supported"),
    ("Sulphur dioxide at industrial sites averaged 7.2 µg/m³ in 2025.", "contradicted"),
    # the clause a landmark's "when" opens is about the landmark's time, not the report's
    ("Industrial SO2 averaged 31.5 µg/m³ in 2025.", "contradicted"),
]


@pytest.mark.parametrize(
    ("claim", "expected"), FORMULAS_AND_LANDMARKS, ids=[c[0][:45] for c in FORMULAS_AND_LANDMARKS]
)
def test_formulas_and_landmark_times(analyzer: Analyzer, claim: str, expected: str) -> None:
    _assert_reading(analyzer, SMOKE, claim, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nitrogen dioxide (NO2) at roadside sites", ("NO2", "Nitrogen dioxide")),
        ("Levels of fine particulate matter (PM2.5) fell.", ("PM2.5", "fine particulate matter")),
        ("The Monetary Policy Committee (MPC) met.", ("MPC", "Monetary Policy Committee")),
    ],
)
def test_defined_acronyms_and_formulas(text: str, expected: tuple[str, str]) -> None:
    assert [(a, text[s:e]) for a, s, e in find_acronyms(text)] == [expected]


LIBRARY_BULLETIN = """\
Library use in Orla: quarterly bulletin

Source: Orla Libraries Council
Official statistics | Published Thursday 5 March 2026

Loans fell by 2.1% in the quarter. The next bulletin will be published on Thursday 4 June 2026.
"""

RELEASES = [
    # a head label dates the document's own release ...
    (
        "Orla Libraries Council published its library bulletin on Thursday 5 March 2026.",
        "supported",
    ),
    (
        "Orla Libraries Council published its library bulletin on Wednesday 4 March 2026.",
        "contradicted",
    ),
    # ... and no other release, months away
    ("The next library bulletin will be published on Thursday 4 June 2026.", "supported"),
]


@pytest.mark.parametrize(("claim", "expected"), RELEASES, ids=[c[0][:50] for c in RELEASES])
def test_release_labels(analyzer: Analyzer, claim: str, expected: str) -> None:
    _assert_reading(analyzer, LIBRARY_BULLETIN, claim, expected)
