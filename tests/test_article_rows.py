"""Articles kept as cached report text: a warm JSON or markdown run writes the cold run's
bytes without decoding a finding, an edited article is rendered again, a damaged row is
checked again, and the formats that need findings (github, junit, table, baselines) still
get them from a cache that JSON and markdown runs filled."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import report, verification
from newsverify.article_codec import decode_article, encode_article
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
    row = encode_article(["supported", "missing"], '{\n      "a": 1\n    }', "\n### `x`\n")
    stored = decode_article(row)
    assert dict(stored.counts) == {"supported": 1, "missing": 1} and stored.findings == 2
    assert stored.json_items() == '{\n      "a": 1\n    }'
    assert stored.markdown() == "\n### `x`\n"
    assert decode_article(encode_article([], "", "")).findings == 0
    for damaged in (row[:-1], row[:-1] + bytes([row[-1] ^ 1]), b"not a row", b"9 0 0 \n"):
        with pytest.raises(CodecError):
            decode_article(damaged)
