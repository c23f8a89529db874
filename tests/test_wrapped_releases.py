"""Releases written the way e-mailed statements and plain-text bulletins are: hard-wrapped at
a fixed width, with run-in bold labels, targets told as wishes, gapped lists opened by
"There were", and multiples of a base in another year; and articles whose sentence leans on
the period the one before it names."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.line_wrap import unwrap
from newsverify.pipeline import Analyzer
from newsverify.verification import check_article

from .verdicts import assert_verdict, evidence_index

# -- which line breaks only wrap a paragraph -------------------------------------------------

WRAPPED = """\
Harbour Trust annual statement

Source: Port of Kelmouth Harbour Trust

The Trust handled 4.2 million tonnes of cargo in the year to March 2026, up from 3.9 million
tonnes a year earlier, and its ferry terminal served 611,000 passengers between April and
September, the busiest summer since the terminal opened.

- Cruise calls rose to 84, the highest number since the quay was rebuilt in
  2011, and 12 more than the previous year.
- Dredging cost £2.6 million.

HARBOUR MASTER: We expect more calls next year.
"""


def test_soft_breaks_become_spaces_of_the_same_length() -> None:
    unwrapped = unwrap(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "up from 3.9 million tonnes a year earlier" in unwrapped
    assert "between April and September, the busiest" in unwrapped
    # A list item's indented continuation is the same item.
    assert "rebuilt in   2011, and 12 more" in unwrapped


def test_block_starts_keep_their_line_breaks() -> None:
    unwrapped = unwrap(WRAPPED)
    # A title, a source line, the next list item and a transcript label start lines.
    assert unwrapped.startswith("Harbour Trust annual statement\n")
    assert "previous year.\n- Dredging" in unwrapped
    assert "\nHARBOUR MASTER: We expect" in unwrapped


def test_a_document_of_unwrapped_paragraphs_is_left_alone() -> None:
    text = (
        "Ferry passengers rose 4% in August.\n"
        "Cargo volumes were flat on the year, at 310,000 tonnes in the month of August\n"
        "Cruise calls\n"
        "Twelve ships called in August.\n"
    )
    assert unwrap(text) == text


def test_carriage_returns_of_a_soft_break_go_too() -> None:
    crlf = WRAPPED.replace("\n", "\r\n")
    unwrapped = unwrap(crlf)
    assert len(unwrapped) == len(crlf)
    assert "up from 3.9 million  tonnes a year earlier" in unwrapped


# -- verdicts on a hard-wrapped release ------------------------------------------------------

RELEASE = """\
---
title: "Kelmouth Library Service: annual figures 2025-26"
source: Kelmouth Borough Council
url: https://www.kelmouth.gov.example/libraries/2025-26
date: 2026-06-02
---

# Kelmouth Library Service: annual figures 2025-26

The Library Service lent 1,482,300 books and audiobooks in 2025-26, 3.8% more than in
2024-25, and its eleven branches recorded 917,400 visits, the most since the service was
created in 1974.

**E-books.** Up 21% on 2024-25, the fastest growth of any format, as the new reading app
reached its first full year.

**Audiobooks.** Down 6% on 2024-25 after the streaming licence lapsed in September.

Loans of children's picture books reached 212,600, twice the number lent in
2015-16.

Home-delivery readers reached 2,140 in 2025-26, the most since the delivery service was
introduced in 2012. The number of home-delivery readers has doubled since then (1,070 in
2012).

There were 38,400 new members, up from 33,900 in 2024-25, and 4,100 volunteer hours.

Head of Libraries Ruth Ansell said: "The app has brought back readers we thought we had
lost for good, and it has not cost us a single branch."

Cabinet member Tom Okafor said: "We want 5,000 more children signed up to the summer
reading challenge by 2027."

Councillors set out to refurbish 6 branches in 2025-26; 4 were completed.

The service will fit 140 self-service kiosks by 2028.
"""


@pytest.fixture(scope="module")
def library(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    return evidence_index(analyzer, RELEASE, "libraries.md")


LIBRARY_ROWS = [
    # a sentence and a quotation that run over a line break are read whole
    ("loans", "The Library Service lent 1,482,300 books and audiobooks in 2025-26.", "supported"),
    # ... and a later count's own noun is that count's: no rise in visits is given
    ("visits", "Library visits rose 3.8% in 2025-26.", "missing"),
    (
        "quote",
        'Ruth Ansell said "The app has brought back readers we thought we had lost for good".',
        "supported",
    ),
    (
        "quote-other",
        'Tom Okafor said "The app has brought back readers we thought we had lost for good".',
        "contradicted",
    ),
    # a run-in label names what its paragraph's figure counts
    ("label", "E-books rose 21% on 2024-25.", "supported"),
    ("label-other", "Audiobooks fell 9% on 2024-25.", "contradicted"),
    ("label-swapped", "E-books rose 6% on 2024-25.", "contradicted"),
    # a multiple holds for its base's time as well as for the release's
    (
        "twice",
        "Picture-book loans in 2025-26 were twice their number in 2015-16.",
        "supported",
    ),
    (
        "twice-other-base",
        "Picture-book loans in 2025-26 were twice their number in 2012-13.",
        "missing",
    ),
    (
        "doubled-since",
        "Home-delivery readers have doubled since the service was introduced in 2012.",
        "supported",
    ),
    (
        "doubled-since-other",
        "Home-delivery readers have doubled since the service was introduced in 2010.",
        "missing",
    ),
    # "There were 38,400 new members, ..., and 4,100 volunteer hours": no part named "there"
    ("there-were", "There were 38,400 new members in 2025-26.", "supported"),
    # what someone wants, or set out to do, is no report of what was done
    (
        "want",
        "The council signed up 5,000 more children to the summer reading challenge.",
        "missing",
    ),
    # what a text says will be done is no report that it was
    ("will", "The service fitted 140 self-service kiosks in 2025-26.", "missing"),
    ("will-as-plan", "The service will fit 140 self-service kiosks by 2028.", "supported"),
    # ... but what was done, given beside the aim, settles it
    ("set-out", "Councillors refurbished 6 branches in 2025-26.", "contradicted"),
]


@pytest.mark.parametrize(("claim_id", "text", "expected"), LIBRARY_ROWS)
def test_library_release(
    analyzer: Analyzer,
    library,
    claim_id: str,
    text: str,
    expected: str,  # type: ignore[no-untyped-def]
) -> None:
    assert_verdict(analyzer, library, claim_id, text, expected)


def test_a_run_in_label_stays_in_its_sentence(analyzer: Analyzer) -> None:
    parsed = analyzer.parse_text("Intro.\n\n**Starling.** Numbers fell 9%.\n\n**Note.**\n\nNext.")
    texts = [s.text for s in parsed.sentences]
    assert "**Starling.** Numbers fell 9%." in texts
    # A label alone on its line is a heading: it keeps its line.
    assert "**Note.**" in texts


# -- an article's sentence leans on the period the one before it names -----------------------

ANNUAL = """\
Registered marriages: quarterly release

Source: Kelmouth Register Office

In the three months to June 2026 the Register Office recorded 1,120 marriages. In the 12
months to June 2026 it recorded 3,412 marriages, 4.2% more than a year earlier.
"""


def _findings(analyzer: Analyzer, article: str) -> dict[str, str]:
    index = evidence_index(analyzer, ANNUAL, "marriages.txt")
    ((document, parsed),) = analyzer.parse_documents(parse_text(article, "gazette.txt"))
    return {f.text: f.verdict.verdict for f in check_article(document, parsed, index)}


def test_a_sentence_without_a_period_takes_the_one_before_it(analyzer: Analyzer) -> None:
    said = _findings(
        analyzer,
        "Wedding bells\n\nOver the 12 months to June, weddings at the register office rose "
        "4.2%. The office recorded 3,412 marriages in the period.\n",
    )
    assert said["3,412 marriages"] == "supported"
    # The quarter's figure is no count for the twelve months.
    said = _findings(
        analyzer,
        "Wedding bells\n\nOver the 12 months to June, weddings at the register office rose "
        "4.2%. The office recorded 1,120 marriages in the period.\n",
    )
    assert said["1,120 marriages"] != "supported"


def test_a_new_paragraph_does_not_lean_on_the_last(analyzer: Analyzer) -> None:
    # Without a period of its own the count is the release's own period's: the quarter's.
    said = _findings(
        analyzer,
        "Wedding bells\n\nOver the 12 months to June, weddings rose 4.2%.\n\n"
        "The office recorded 3,412 marriages.\n",
    )
    assert said["3,412 marriages"] != "supported"
