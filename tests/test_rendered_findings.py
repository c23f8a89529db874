"""Cached JSON items of findings: an unchanged finding is copied, not rendered again; an
edited article, a new rendering code or a baseline flag never shows stale text; and a warm
run after adding an article (parsed ahead in a worker) gives the cold run's report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import rendered_findings, report
from newsverify.analysis import DocumentParser
from newsverify.cache import ParseCache
from newsverify.claims import load_claims
from newsverify.cli import main
from newsverify.fingerprint import pipeline_version
from newsverify.pipeline import Analyzer
from newsverify.rendered_findings import CachedRendering
from newsverify.verification import Report, run_verification

from .conftest import FIXTURES


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    return copy


@pytest.fixture()
def rendered_models(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The findings rendered from a model (rather than copied from the cache)."""
    seen: list[str] = []
    build = report._finding_model

    def counting(result):  # type: ignore[no-untyped-def]
        seen.append(result.text)
        return build(result)

    monkeypatch.setattr(report, "_finding_model", counting)
    return seen


def run(corpus: Path, analyzer: Analyzer, cache_dir: Path | None) -> tuple[Report, str]:
    """A run's report and its JSON text, rendered through the cache when there is one."""
    cache = ParseCache(cache_dir / "cache.sqlite", pipeline_version()) if cache_dir else None
    parser = DocumentParser(analyzer, cache)
    result = run_verification([str(corpus)], load_claims(corpus / "claims.yaml"), parser)
    if cache_dir is None:
        return result, report.render_json(result)
    rendered = CachedRendering(ParseCache(cache_dir / "cache.sqlite", pipeline_version()), result)
    try:
        return result, "".join(report.iter_json(result, rendered))
    finally:
        rendered.close()


def test_a_warm_report_copies_every_finding_and_is_the_same_text(
    corpus: Path, analyzer: Analyzer, tmp_path: Path, rendered_models: list[str]
) -> None:
    cold_report, cold = run(corpus, analyzer, tmp_path / "c")
    assert cold_report.findings and len(rendered_models) == len(cold_report.findings)
    rendered_models.clear()
    _, warm = run(corpus, analyzer, tmp_path / "c")
    assert rendered_models == []
    assert warm == cold == run(corpus, analyzer, None)[1]


def test_the_baseline_flag_is_never_cached(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    run(corpus, analyzer, tmp_path / "c")
    result, _ = run(corpus, analyzer, tmp_path / "c")
    result.findings[0].baselined = True
    rendered = CachedRendering(ParseCache(tmp_path / "c" / "cache.sqlite", "x"), result)
    text = "".join(report.iter_json(result, rendered))
    rendered.close()
    assert text == report.render_json(result)
    assert json.loads(text)["findings"][0]["baselined"] is True


def test_an_edited_article_is_rendered_again(
    corpus: Path, analyzer: Analyzer, tmp_path: Path, rendered_models: list[str]
) -> None:
    run(corpus, analyzer, tmp_path / "c")
    article = sorted((corpus / "articles").iterdir())[0]
    article.write_text("Breaking\n\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    rendered_models.clear()
    result, warm = run(corpus, analyzer, tmp_path / "c")
    # Every finding of the edited article moved a line down: none may be copied.
    edited = [f for f in result.findings if f.document.path == str(article)]
    assert edited and len(rendered_models) >= len(edited)
    assert warm == run(corpus, analyzer, None)[1]


def test_new_rendering_code_renders_again(
    corpus: Path,
    analyzer: Analyzer,
    tmp_path: Path,
    rendered_models: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run(corpus, analyzer, tmp_path / "c")
    monkeypatch.setattr(rendered_findings, "source_digest", lambda root: "new report code")
    rendered_models.clear()
    result, _ = run(corpus, analyzer, tmp_path / "c")
    assert len(rendered_models) == len(result.findings)


def test_a_warm_run_after_adding_an_article_matches_a_cold_run(
    corpus: Path, tmp_path: Path
) -> None:
    def verify(*options: str) -> str:
        arguments = [str(corpus), "--claims", str(corpus / "claims.yaml"), "--format", "json"]
        outcome = CliRunner().invoke(main, [*arguments, "--fail-on", "never", *options])
        assert outcome.exit_code == 0, outcome.output
        return outcome.stdout

    verify("--cache-dir", str(tmp_path / "c"))
    added = sorted((corpus / "articles").iterdir())[0]
    shutil.copy(added, added.with_name("added-" + added.name))
    # The added article's records are missing: a worker process parses it, started early.
    warm = verify("--cache-dir", str(tmp_path / "c"))
    assert warm == verify("--no-cache")
    assert "added-" in warm
