"""bench/synth.py: synthetic corpora are deterministic, sized as asked, and perturbed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


@pytest.fixture(scope="module")
def sources() -> synth.Sources:
    return synth.load_sources(ROOT / "corpus", ROOT / "claims.yaml")


def _contents(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}


def test_same_seed_same_files(tmp_path: Path, sources: synth.Sources) -> None:
    synth.build_corpus(tmp_path / "a", 5, sources, seed=7)
    synth.build_corpus(tmp_path / "b", 5, sources, seed=7)
    synth.build_corpus(tmp_path / "c", 5, sources, seed=8)
    assert _contents(tmp_path / "a") == _contents(tmp_path / "b")
    assert _contents(tmp_path / "a") != _contents(tmp_path / "c")


def test_article_count_and_primaries_unchanged(tmp_path: Path, sources: synth.Sources) -> None:
    synth.build_corpus(tmp_path / "corpus", 7, sources)
    articles = sorted((tmp_path / "corpus").glob(f"{synth.ARTICLE_PREFIX}*.txt"))
    assert len(articles) == 7
    # Primary by the claims file: 001 by its path, 002 by its NATO Source: lines.
    primaries = {p.name for p in sources.primary_files}
    assert primaries == {"001_94ced2c29144c079.txt", "002_fee5deb53e6b04e0.txt"}
    for name in primaries:
        assert (tmp_path / "corpus" / name).read_bytes() == (ROOT / "corpus" / name).read_bytes()


def test_article_shape(tmp_path: Path, sources: synth.Sources) -> None:
    path = synth.write_article(tmp_path, 3, sources)
    title, blank, source, date, *body = path.read_text(encoding="utf-8").split("\n")
    assert title and not blank
    assert source.startswith("Source: ") and "NATO" not in source
    assert date.startswith("date 2025-06-")
    paragraphs = [p for p in "\n".join(body).split("\n\n") if p.strip()]
    assert synth.PARAGRAPHS[0] <= len(paragraphs) <= synth.PARAGRAPHS[1]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Rutte urged a 400% increase in air defence.", ["Rutte urged a", "% increase"]),
        ("The meeting on Monday 9 June 2025 was short.", ["The meeting on", "was short."]),
        ("It wants a fourfold rise over 1,250 days.", ["It wants a", "fold rise over"]),
        ("Spending rose to 2.5% of GDP.", ["Spending rose to", "% of GDP."]),
    ],
)
def test_a_perturbed_figure_differs_from_its_source(sentence: str, kept: list[str]) -> None:
    for seed in range(20):
        changed = synth.perturb(sentence, random.Random(seed), rate=1.0)
        # Every figure changed, the words around them did not.
        assert changed != sentence
        assert all(fragment in changed for fragment in kept)
        assert synth.perturb(sentence, random.Random(seed), rate=0.0) == sentence


def test_shifted_numbers_keep_their_form() -> None:
    for seed in range(50):
        rng = random.Random(seed)
        assert synth.shift_number("2.5", rng).count(".") == 1
        shifted = synth.shift_number("12,500", rng)
        assert shifted != "12,500" and "," in shifted and float(shifted.replace(",", "")) > 0


def test_a_fresh_article_differs_each_time_under_the_same_name(
    tmp_path: Path, sources: synth.Sources
) -> None:
    import run

    first = run.add_fresh_article(tmp_path, 7, sources)
    text = first.read_text(encoding="utf-8")
    second = run.add_fresh_article(tmp_path, 7, sources)
    assert second == first and second.read_text(encoding="utf-8") != text


def test_warm_only_keeps_its_corpus_and_removes_the_added_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import run

    monkeypatch.setattr(synth, "CACHE", tmp_path)
    limits = run.Limits(timeout=300, max_rss=8 << 30)
    assert run.run_warm_only(3, ROOT / "claims.yaml", limits, lambda message: None) == 0
    printed = capsys.readouterr().out
    assert "warm, nothing changed (3 articles):" in printed
    assert "warm, one article added:" in printed
    kept = tmp_path / "warm-n3" / "corpus"
    articles = sorted(p.name for p in kept.glob(f"{synth.ARTICLE_PREFIX}*"))
    assert len(articles) == 3 and (kept.parent / "cache").is_dir()
