"""Articles kept as cached report text: a warm JSON or markdown run writes the cold run's
bytes without decoding a finding, an edited article is rendered again, a damaged row or
article pack is rendered again, and the formats that need findings (github, junit, table,
baselines) still get them from a cache that JSON and markdown runs filled."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import article_rows, report, verification
from newsverify.article_codec import ArticleRow, decode_row, encode_row
from newsverify.article_pack import ArticlePack
from newsverify.cache import ARTICLES, CACHE_FILE_NAME
from newsverify.cli import main
from newsverify.codec import CodecError

from .conftest import FIXTURES


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    return copy


@pytest.fixture()
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles' findings were decoded from the cache."""
    seen: list[int] = []
    decode = verification.decode_findings

    def counting(blob, primary):  # type: ignore[no-untyped-def]
        seen.append(1)
        return decode(blob, primary)

    monkeypatch.setattr(verification, "decode_findings", counting)
    return seen


@pytest.fixture()
def rendered_models(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The findings rendered from a model (rather than copied from the cache)."""
    seen: list[str] = []
    build = report._finding_model

    def counting(result):  # type: ignore[no-untyped-def]
        seen.append(result.document.path)
        return build(result)

    monkeypatch.setattr(report, "_finding_model", counting)
    return seen


def verify(corpus: Path, cache: Path | None, *options: str) -> tuple[int, str]:
    arguments = [str(corpus), "--claims", str(corpus / "claims.yaml"), *options]
    arguments += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    outcome = CliRunner().invoke(main, arguments)
    assert outcome.exit_code in (0, 1), outcome.output
    return outcome.exit_code, outcome.stdout


@pytest.mark.parametrize("output_format", ["json", "markdown"])
def test_a_warm_run_copies_article_text_and_writes_the_cold_bytes(
    corpus: Path,
    tmp_path: Path,
    output_format: str,
    decoded: list[int],
    rendered_models: list[str],
) -> None:
    cold = verify(corpus, tmp_path / "c", "--format", output_format)
    decoded.clear()
    rendered_models.clear()
    warm = verify(corpus, tmp_path / "c", "--format", output_format)
    assert decoded == [] and rendered_models == []  # one row per article, nothing decoded
    assert warm == cold == verify(corpus, None, "--format", output_format)
    assert cold[0] == 1 and "contradicted" in cold[1]  # the fixture fails the default level


def test_a_warm_run_appends_nothing_to_the_pack(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify(corpus, tmp_path / "c", "--format", "json")
    appended: list[int] = []
    append = ArticlePack.append

    def counting(self, entries):  # type: ignore[no-untyped-def]
        appended.append(len(entries))
        return append(self, entries)

    monkeypatch.setattr(ArticlePack, "append", counting)
    verify(corpus, tmp_path / "c", "--format", "json")
    assert appended == []  # each append syncs the file, even with nothing in it


def test_an_edited_article_is_rendered_again(
    corpus: Path, tmp_path: Path, rendered_models: list[str]
) -> None:
    verify(corpus, tmp_path / "c", "--format", "json")
    articles = sorted((corpus / "articles").iterdir())
    edited = articles[0]
    edited.write_text("Breaking\n\n" + edited.read_text(encoding="utf-8"), encoding="utf-8")
    rendered_models.clear()
    warm = verify(corpus, tmp_path / "c", "--format", "json")
    # Only the edited article's findings (each a line further down now) are rendered.
    assert rendered_models and set(rendered_models) == {str(edited)}
    assert warm == verify(corpus, None, "--format", "json")
    assert verify(corpus, tmp_path / "c", "--format", "markdown") == verify(
        corpus, None, "--format", "markdown"
    )


def test_a_damaged_row_is_checked_again(corpus: Path, tmp_path: Path) -> None:
    verify(corpus, tmp_path / "c", "--format", "markdown")
    with sqlite3.connect(tmp_path / "c" / CACHE_FILE_NAME) as connection:
        rows = connection.execute(f"SELECT key, data FROM {ARTICLES}").fetchall()
        assert rows
        for key, data in rows:  # a flipped byte inside the compressed texts
            damaged = data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:]
            connection.execute(f"UPDATE {ARTICLES} SET data = ? WHERE key = ?", (damaged, key))
    assert verify(corpus, tmp_path / "c", "--format", "markdown") == verify(
        corpus, None, "--format", "markdown"
    )


@pytest.mark.parametrize(
    "options",
    [
        ("--format", "github"),
        ("--format", "junit"),
        ("--format", "table"),
        ("--format", "json", "--fail-on", "missing"),
        ("--format", "json", "--fail-on", "never"),
    ],
)
def test_other_formats_after_text_runs_are_right(
    corpus: Path, tmp_path: Path, options: tuple[str, ...]
) -> None:
    verify(corpus, tmp_path / "c", "--format", "json")
    verify(corpus, tmp_path / "c", "--format", "markdown")
    assert verify(corpus, tmp_path / "c", *options) == verify(corpus, None, *options)


def test_a_baseline_still_marks_findings_after_text_runs(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    verify(corpus, tmp_path / "c", "--format", "json")
    verify(corpus, tmp_path / "c", "--format", "json", "--write-baseline", str(baseline))
    for output_format in ("json", "markdown"):
        options = ("--format", output_format, "--baseline", str(baseline))
        warm = verify(corpus, tmp_path / "c", *options)
        assert warm == verify(corpus, None, *options)
        assert warm[0] == 0 and "baselined" in warm[1]


def test_the_row_codec_round_trips_and_refuses_damage() -> None:
    row = ArticleRow("0a1b", 1234, 56, 7, (("supported", 1), ("missing", 2)))
    assert decode_row(encode_row(row)) == row
    empty = ArticleRow("0a1b", 17, 0, 0, ())
    assert decode_row(encode_row(empty)) == empty
    blob = encode_row(row)
    for damaged in (blob[:-3], blob.replace(b"1234", b"-1"), b"not a row", b"2 0 0 \n", b"\xff"):
        with pytest.raises(CodecError):
            decode_row(damaged)


def _packs(cache: Path) -> list[Path]:
    return sorted(cache.glob("articles-*.pack"))


@pytest.mark.parametrize("damage", ["truncated", "overwritten", "removed"])
def test_a_damaged_or_lost_pack_is_rendered_again(
    corpus: Path, tmp_path: Path, damage: str, rendered_models: list[str]
) -> None:
    cold = verify(corpus, tmp_path / "c", "--format", "json")
    [pack] = _packs(tmp_path / "c")
    data = pack.read_bytes()
    if damage == "truncated":
        pack.write_bytes(data[: len(data) // 2])
    elif damage == "overwritten":  # the same length, other bytes: every marker is wrong
        pack.write_bytes(bytes(b ^ 0x20 for b in data))
    else:
        pack.unlink()
    rendered_models.clear()
    assert verify(corpus, tmp_path / "c", "--format", "json") == cold
    assert rendered_models  # the lost text was rendered again from the cached findings
    rendered_models.clear()
    assert verify(corpus, tmp_path / "c", "--format", "markdown") == verify(
        corpus, None, "--format", "markdown"
    )


def test_an_unwritable_pack_still_gives_the_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: ArticlePack, entries: object) -> list[int]:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(ArticlePack, "append", refuse)
    for output_format in ("json", "markdown"):
        warm = verify(corpus, tmp_path / "c", "--format", output_format)
        assert warm == verify(corpus, None, "--format", output_format)
    assert _packs(tmp_path / "c") == []


def test_a_new_pipeline_version_starts_a_new_pack(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = verify(corpus, tmp_path / "c", "--format", "json")
    [old] = _packs(tmp_path / "c")
    monkeypatch.setattr("newsverify.analysis.pipeline_version", lambda: "another version")
    assert verify(corpus, tmp_path / "c", "--format", "json") == cold
    [new] = _packs(tmp_path / "c")
    assert new != old


def test_a_pack_mostly_of_dead_text_is_started_anew(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = verify(corpus, tmp_path / "c", "--format", "json")
    [old] = _packs(tmp_path / "c")
    with open(old, "ab") as pack:  # as if many edited articles had left their old text
        pack.write(b"x" * (4 * old.stat().st_size))
    monkeypatch.setattr(article_rows, "COMPACT_MIN_BYTES", 1)
    assert verify(corpus, tmp_path / "c", "--format", "json") == cold
    [new] = _packs(tmp_path / "c")
    assert new != old and new.stat().st_size < old.stat().st_size if old.exists() else True
    # A pack that its rows use is kept.
    assert verify(corpus, tmp_path / "c", "--format", "json") == cold
    assert _packs(tmp_path / "c") == [new]
