"""eval/figure_eval.py: the gold figure rows are well-formed, and the scorer counts right.

Fast: no spaCy pipeline and no quantulum3 are loaded here.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
_spec = importlib.util.spec_from_file_location("figure_eval", EVAL / "figure_eval.py")
assert _spec and _spec.loader
fe = importlib.util.module_from_spec(_spec)
sys.modules["figure_eval"] = fe  # dataclasses look their module up by name
_spec.loader.exec_module(fe)

Fig = fe.Fig


def test_gold_files_load_and_cover_the_issue() -> None:
    rows = fe.load_gold([fe.FIGURES_DIR])
    assert len(rows) >= 300
    categories = Counter(row.category for row in rows)
    for needed in ("percent", "points", "fractions", "multipliers", "money", "numbers"):
        assert categories[needed] >= 15, needed
    for needed in ("bounds", "years", "periods", "dates", "durations", "ranges", "ordinals"):
        assert categories[needed] >= 10, needed
    assert categories["nothing"] >= 30
    assert all(not row.figures for row in rows if row.category == "nothing")


def test_gold_figures_are_consistent() -> None:
    for row in fe.load_gold([fe.FIGURES_DIR]):
        for figure in row.figures:
            where = f"{row.source}: {row.text}"
            assert figure.kind in fe.KINDS, where
            if figure.kind in ("money",) or figure.currency:
                assert figure.unit == figure.currency, where
            if figure.kind == "multiplier":
                assert figure.unit == "factor", where
            if figure.kind in ("date", "year"):
                assert figure.unit == figure.kind, where
            if figure.text:
                # the figure's words appear in the sentence (thin spaces may be plain in gold)
                plain = row.text.replace("\u2009", " ").replace("\u202f", " ")
                plain = plain.replace("\u2013", "-")
                assert figure.text.lower() in plain.lower(), where


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- {text: a, category: c}\n", "exactly the keys"),
        ("- {text: a, category: c, figures: [{value: 1, unit: x}]}\n", "missing kind"),
        ("- {text: a, category: c, figures: [{value: 1, unit: x, kind: size}]}\n", "kind 'size'"),
        (
            "- {text: a, category: c, figures: [{value: 1, unit: x, kind: count, bound: vast}]}\n",
            "bound 'vast'",
        ),
        ("- {text: a, category: c, figures: [{value: 5e6, unit: x, kind: count}]}\n", "number"),
        ("- {text: a, category: c, figures: [{value: 1, unit: GBP, kind: money}]}\n", "currency"),
        ("not: [a list\n", "cannot read"),
    ],
)
def test_bad_gold_is_rejected_with_its_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(fe.GoldError, match=message) as error:
        fe.load_gold([path])
    assert "bad.yaml" in str(error.value)


def test_main_exits_2_on_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- {text: a}\n", encoding="utf-8")
    assert fe.main([str(path)]) == 2
    assert "bad.yaml" in capsys.readouterr().err


GOLD = [
    Fig(5.0, "percent", "level", text="5%"),
    Fig(2.2e9, "GBP", "money", "GBP", text="£2.2bn"),
    Fig(30.0, "nation", "count", bound="more_than", text="more than 30 nations"),
]


def test_scorer_counts_on_a_tiny_example() -> None:
    predicted = [
        Fig(5.0, "percent", "level"),  # right
        Fig(2.2e9, "GBP", "money", "GBP"),  # right
        Fig(30.0, "nation", "count"),  # bound lost: wrong, and the gold one is missed
        Fig(2025.0, "year", "year"),  # not in gold
    ]
    counts, missed, extra = fe.score_row(predicted, GOLD, fe.matches_ours)
    assert (counts.tp, counts.fp, counts.fn) == (2, 2, 1)
    assert missed == [GOLD[2]]
    assert [f.value for f in extra] == [30.0, 2025.0]
    precision, recall, f1 = counts.prf()
    assert (precision, recall) == (0.5, pytest.approx(2 / 3))
    assert f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_a_prediction_matches_one_gold_figure_only() -> None:
    gold = [Fig(2.0, "factor", "multiplier"), Fig(2.0, "factor", "multiplier")]
    counts, _, _ = fe.score_row([Fig(2.0, "factor", "multiplier")], gold, fe.matches_ours)
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    counts, _, _ = fe.score_row([], [], fe.matches_ours)
    assert counts.prf() == (1.0, 1.0, 1.0)


def test_values_within_tolerance_and_ranges_must_agree() -> None:
    third = Fig(33.333, "percent", "level")
    assert fe.matches_ours(Fig(100 / 3, "percent", "level"), third)
    assert not fe.matches_ours(Fig(33.0, "percent", "level"), third)
    ranged = Fig(3.0, "percent", "level", upper=5.0)
    assert not fe.matches_ours(Fig(3.0, "percent", "level"), ranged)


@pytest.mark.parametrize(
    ("unit", "value", "surface", "gold", "matches"),
    [
        ("pound sterling", 2.2e9, "£2.2bn", GOLD[1], True),
        ("dollar", 2.2e9, "$2.2bn", GOLD[1], False),  # another currency
        ("percentage", 5.0, "5%", GOLD[0], True),
        ("dimensionless", 30.0, "30", GOLD[2], True),  # no bound to state, value agrees
        ("dimensionless", 0.05, "a twentieth", GOLD[0], True),  # a fraction of a percent level
        ("decade", 7.0, "seven decades", Fig(70.0, "year", "duration"), True),
        ("percentage", 400.0, "400%", Fig(5.0, "factor", "multiplier", text="400% increase"), True),
        ("metre", 5.0, "5 m", GOLD[0], False),
        # as written in the gold text: the year of a date
        (
            "dimensionless",
            2025.0,
            "2025",
            Fig(20250609.0, "date", "date", text="9 June 2025"),
            True,
        ),
        ("pound-mass", 2e7, "20 million pounds", Fig(2e7, "GBP", "money", "GBP"), True),
    ],
)
def test_peer_is_scored_on_what_it_can_express(
    unit: str, value: float, surface: str, gold: Fig, matches: bool
) -> None:
    predicted = fe.map_peer_quantity(unit, value, surface, lenient=True)
    assert fe.matches_peer(predicted, gold) is matches


def test_peer_gold_in_quantities_json_is_never_read_leniently() -> None:
    assert fe.map_peer_quantity("pound-mass", 25.0, "25lbs").currency is None


def test_our_figures_on_peer_cases() -> None:
    number = Fig(42.0, "number", "count")
    assert fe.matches_ours_on_cases(Fig(42.0, "", "count"), number)
    assert fe.matches_ours_on_cases(
        Fig(2 / 3 * 100, "percent", "level"), Fig(2 / 3, "number", "count")
    )
    percent = Fig(35.0, "percent", "level")
    assert fe.matches_ours_on_cases(Fig(1.35, "factor", "multiplier"), percent)
