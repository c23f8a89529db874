"""Checks for eval/quote_eval.py: the gold files' shape and the scorer's counting.

Fast (no pipeline is loaded): `python -m pytest eval/test_quote_eval.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quote_eval as qe  # noqa: E402

CATEGORIES = {
    "speaker-after",
    "speaker-before",
    "pronoun",
    "title",
    "multi-paragraph",
    "partial",
    "scare",
    "apostrophe",
    "unbalanced",
    "transcript",
}


def test_gold_files_are_well_formed() -> None:
    rows = qe.load_rows()
    assert len(rows) >= 100
    assert {row.category for row in rows} == CATEGORIES
    for row in rows:
        assert row.text.strip(), row.id
        for quote in row.quotes:
            assert quote.text == quote.text.strip() and quote.text, row.id
            assert quote.text[0] not in "\"'“”‘’", row.id  # the words, without the marks
    # Scare quotes and titles expect nothing, except a passage that also quotes someone.
    scare = [row for row in rows if row.category == "scare"]
    assert sum(1 for row in scare if not row.quotes) >= 10


def test_a_malformed_row_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "- id: x\n  category: partial\n  text: He said 'fine'.\n  quotes: [{text: fine}]\n"
    )
    with pytest.raises(qe.GoldError, match=r"bad\.yaml.*speaker"):
        qe.load_rows(tmp_path)


def test_a_quote_that_is_not_in_its_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "- id: x\n  category: partial\n  text: He said 'yes'.\n"
        "  quotes: [{text: no way, speaker: null}]\n"
    )
    with pytest.raises(qe.GoldError, match="not in the text"):
        qe.load_rows(tmp_path)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("We will act.", "we will act", 1.0),  # case and punctuation do not count
        ("Don’t wait", "Don't wait", 1.0),  # nor typographic apostrophes
        ("one two three four five", "one two three four", 0.8),
        ("one two three four five", "one two three four five six seven", 5 / 7),
        ("yes", "", 0.0),
    ],
)
def test_overlap(gold: str, predicted: str, expected: float) -> None:
    assert qe.overlap(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Mark Rutte", "Rutte", True),  # surname
        ("Mark Rutte", "Mr Rutte", True),
        ("the Governor", "Governor", True),
        ("A police spokesman", "a police spokesman", True),
        ("Mark Rutte", "Keir Starmer", False),
        ("Mark Rutte", "he", False),
        ("Mark Rutte", None, False),
    ],
)
def test_same_speaker(gold: str, predicted: str | None, same: bool) -> None:
    assert qe.same_speaker(gold, predicted) is same


def test_score_row_counts_matches_misses_and_false_quotes() -> None:
    gold = [
        qe.GoldQuote("We will act now", "Christine Lagarde"),
        qe.GoldQuote("not yet", "Emmanuel Macron"),
        qe.GoldQuote("the system works", None),
        qe.GoldQuote("a stray half quote", "Rutte", optional=True),
    ]
    predicted = [
        ("we will act now,", "Lagarde"),  # a match, right speaker
        ("not yet", "Starmer"),  # a match, wrong speaker
        ("golden visa", None),  # a false quote
        ("a stray half quote", None),  # matches an optional quote: neither hit nor error
    ]
    counts = qe.score_row(gold, predicted).counts
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert (counts.speakers, counts.speakers_right) == (2, 1)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)


def test_each_gold_quote_matches_one_prediction_at_most() -> None:
    gold = [qe.GoldQuote("We are ready", "Rutte")]
    counts = qe.score_row(gold, [("We are ready", "Rutte"), ("we are ready", "Rutte")]).counts
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_evaluate_sums_categories_and_survives_a_tool_that_gives_up() -> None:
    rows = [
        qe.Row("a", "pronoun", 'She said "yes, we can".', (qe.GoldQuote("yes, we can", "X"),), ""),
        qe.Row("b", "scare", 'The "golden visa" ended.', (), ""),
    ]

    def tool(text: str) -> list[qe.Prediction]:
        if text.startswith("The"):
            raise ValueError("3 quotation marks found")
        return [("yes, we can", "X")]

    per_category, problems = qe.evaluate(rows, tool)
    overall = per_category["overall"]
    assert (overall.tp, overall.fp, overall.fn, overall.bailed) == (1, 0, 0, 1)
    assert per_category["pronoun"].speaker_accuracy == 1.0
    assert "gave up" in problems["b"][0]
