"""The small readings behind test_release_mechanisms, one by one: a bracketed level takes
the unit of the sentence's count, a sum taken "from" people is not a level moved from, list
items inherit their lead-in's time, a split-off piece of a sentence is joined back, and year
spans are compared whole."""

from __future__ import annotations

import pytest

from newsverify.corpus import parse_text
from newsverify.figures import find_figures
from newsverify.passages import passages_of
from newsverify.pipeline import Analyzer
from newsverify.records import COUNT, DateParts, Sentence
from newsverify.rise_sizes import is_moved_from
from newsverify.values import Outcome, compare_dates

BRACKETED = [
    ("48,210 notices were issued, up 6% on 2024-25 (45,481).", "45,481", "notice"),
    # a bracket that says more than the level, or follows no time, is left alone
    ("48,210 notices were issued, up 6% on 2024-25 (45,481 in all).", "45,481", ""),
    ("48,210 notices were issued (45,481 paid).", "45,481", ""),
    # a count in another sentence is not what the bracketed number counts
    ("48,210 notices were issued. Appeals fell on 2024-25 (1,204).", "1,204", ""),
]


@pytest.mark.parametrize(("text", "written", "unit"), BRACKETED)
def test_a_bracketed_level_counts_what_the_sentence_counts(
    text: str, written: str, unit: str
) -> None:
    (figure,) = [f for f in find_figures(text) if f.text.startswith(written)]
    assert figure.kind == COUNT
    assert figure.unit == unit


LEFT_OUT = [
    # a part of a whole just named counts what the whole counts
    ("Of the 1,130 investors, 412 lost everything they put in.", "412", "investor"),
    # the same count for another time, after "and"
    ("The unit treated 702 patients in July, and 1,296 in April to September.", "1,296", "patient"),
    # a number that refers to no count is left alone
    ("Of the 30 schools, 12 improved.", "12", "school"),
    ("Prices rose 5% in May, and 6 in June.", "6", None),
]


@pytest.mark.parametrize(("text", "written", "unit"), LEFT_OUT)
def test_a_count_whose_noun_is_left_out(text: str, written: str, unit: str | None) -> None:
    found = {f.text: f for f in find_figures(text)}
    if unit is None:
        assert written not in found
    else:
        assert found[written].kind == COUNT and found[written].unit == unit


MOVED_FROM = [
    ("The firm took £2.3 million from 1,240 drivers.", "1,240 drivers", False),
    ("The firm took 2.3 million pounds from 1,240 drivers.", "1,240 drivers", False),
    # a level a count moved from is still one
    ("Membership rose to 1,400 from 1,240 members.", "1,240 members", True),
]


@pytest.mark.parametrize(("text", "written", "expected"), MOVED_FROM)
def test_a_sum_taken_from_people_is_no_level_moved_from(
    text: str, written: str, expected: bool
) -> None:
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert is_moved_from(figure, Sentence(0, len(text), text)) is expected


RELEASE = """\
Parking figures

The council's figures for 2025-26 (April 2025 to March 2026) show that:

- Notices issued rose by 6%.
- In the town centre zone, notices rose by 11%. Appeals fell by 3%.

Fines were paid promptly.
"""


def test_list_items_take_their_lead_ins_time(analyzer: Analyzer) -> None:
    ((document, parsed),) = analyzer.parse_documents(parse_text(RELEASE, "release.txt"))
    inherited = {
        p.sentence.text: [t.text for t in p.inherited_times] for p in passages_of(document, parsed)
    }
    items = [text for text in inherited if "rose" in text or "Appeals" in text]
    assert items and all(inherited[text] == ["2025-26"] for text in items)
    # the months in brackets restate the year: they date nothing on their own
    assert inherited["Fines were paid promptly."] == []


def test_a_piece_split_off_mid_line_is_joined_back(analyzer: Analyzer) -> None:
    text = (
        "Summary\n\n"
        "- Confiscation orders worth £38.2 million were enforced, double the £19.1 million.\n"
    )
    parsed = analyzer.parse_text(text)
    joined = [s.text for s in parsed.sentences if "£38.2 million" in s.text]
    assert len(joined) == 1 and "double the £19.1 million" in joined[0]


def test_year_spans_are_compared_whole() -> None:
    later, earlier = DateParts(year=2025, end_year=2026), DateParts(year=2024, end_year=2025)
    assert compare_dates(later, earlier) is Outcome.DIFFERENT
    assert compare_dates(earlier, later) is Outcome.DIFFERENT
    assert compare_dates(later, DateParts(year=2025, end_year=2026)) is Outcome.SAME
    # a span inside another is a part of it: neither the same nor another time
    assert (
        compare_dates(DateParts(year=2020, end_year=2022), DateParts(year=2019, end_year=2023))
        is Outcome.UNCLEAR
    )
    # a year inside a span is still a part of it
    assert compare_dates(DateParts(year=2025), earlier) is Outcome.SAME
