"""A warm run after adding an article: the model starts loading before the run imports its
checking code and lists the corpus, the report is the fresh one, and the run's milestones
can be written down for the benchmark."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import cli, corpus_heads, run_timings
from newsverify.analysis import DocumentParser
from newsverify.cli import main
from newsverify.verdicts import CONTRADICTED, MISSING

from .conftest import FIXTURES

ADDED = "Port traffic\n\nSource: Harbour Times\n\nContainer traffic at the port rose 12% in 2024.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    return copy


def verify(corpus: Path, cache: Path | None, output_format: str = "json") -> str:
    arguments = [str(corpus), "--claims", str(corpus / "claims.yaml")]
    arguments += ["--format", output_format, "--fail-on", "never"]
    arguments += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    outcome = CliRunner().invoke(main, arguments)
    assert outcome.exit_code == 0, outcome.output
    return outcome.stdout


def test_an_article_added_to_a_given_folder_warms_up_before_the_corpus_is_listed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify(corpus, tmp_path / "c")
    events: list[str] = []
    list_files = corpus_heads.list_files

    def listing(*args, **kwargs):  # type: ignore[no-untyped-def]
        events.append("listed")
        return list_files(*args, **kwargs)

    monkeypatch.setattr(corpus_heads, "list_files", listing)
    monkeypatch.setattr(DocumentParser, "warm_up", lambda self: events.append("warm up"))
    monkeypatch.setattr(DocumentParser, "prefetch", lambda self, documents: None)
    verify(corpus, tmp_path / "c")
    assert events == ["listed"]  # nothing written since the cache: no model to load
    events.clear()
    (corpus / "added.txt").write_text(ADDED, encoding="utf-8")
    verify(corpus, tmp_path / "c")
    assert events[:2] == ["warm up", "listed"]


def test_a_path_written_since_the_cache_is_noticed_and_an_old_one_is_not(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsverify.analysis import open_parser

    verify(corpus, tmp_path / "c")
    warmed: list[int] = []
    monkeypatch.setattr(DocumentParser, "warm_up", lambda self: warmed.append(1))
    parser = open_parser([str(corpus)], lambda: None, cache_dir=str(tmp_path / "c"))  # type: ignore[arg-type, return-value]
    parser.warm_up_if_changed([str(corpus), str(corpus / "missing.txt")])
    assert warmed == []
    (corpus / "added.txt").write_text(ADDED, encoding="utf-8")
    parser.warm_up_if_changed([str(corpus)])
    assert warmed == [1]
    parser.close()
    # Without a cache there is nothing warm to overlap with: workers start when parsing does.
    uncached = open_parser([str(corpus)], lambda: None, use_cache=False)  # type: ignore[arg-type, return-value]
    uncached.warm_up_if_changed([str(corpus)])
    assert warmed == [1]


@pytest.mark.parametrize("output_format", ["json", "markdown", "github"])
def test_a_warm_run_with_one_new_article_gives_the_fresh_report(
    corpus: Path, tmp_path: Path, output_format: str
) -> None:
    """The added article is parsed by the worker started early (forked before the checking
    code is imported), checked here, and reported exactly as a run without a cache does."""
    verify(corpus, tmp_path / "c", output_format)
    (corpus / "added.txt").write_text(ADDED, encoding="utf-8")
    warm = verify(corpus, tmp_path / "c", output_format)
    assert "added.txt" in warm or output_format == "github"  # annotates failures only
    assert warm == verify(corpus, None, output_format)
    assert verify(corpus, tmp_path / "c", output_format) == warm  # and cached from now on


def test_milestones_of_the_main_process_and_the_worker_are_written_when_asked(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify(corpus, tmp_path / "c")
    (corpus / "added.txt").write_text(ADDED, encoding="utf-8")
    marks = tmp_path / "timings.tsv"
    monkeypatch.setenv(run_timings.ENVIRONMENT, str(marks))
    verify(corpus, tmp_path / "c")
    written = run_timings.read_marks(str(marks))
    main_steps = [step for role, _, step, _ in written if role == "main"]
    worker_steps = [step for role, _, step, _ in written if role == "worker"]
    assert main_steps[0] == "imported" and main_steps[-1] == "written"
    assert "listed" in main_steps and "evidence built" in main_steps
    assert worker_steps[:2] == ["forked", "spaCy and parsing code imported"]
    assert "model loaded" in worker_steps and "parsed" in worker_steps
    moments = [moment for role, _, _, moment in written if role == "main"]
    assert moments == sorted(moments)


def test_no_milestones_are_written_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(run_timings.ENVIRONMENT, raising=False)
    run_timings.mark("main", "imported")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv(run_timings.ENVIRONMENT, str(tmp_path / "t.tsv"))
    run_timings.mark("main", "imported")
    run_timings.mark("worker", "parsed")
    assert [(r, s) for r, _, s, _ in run_timings.read_marks(str(tmp_path / "t.tsv"))] == [
        ("main", "imported"),
        ("worker", "parsed"),
    ]


def test_the_fail_on_levels_are_the_verdict_names() -> None:
    """Spelt out in the command so that declaring it does not import the matcher."""
    assert cli.FAIL_ON_LEVELS == (CONTRADICTED, MISSING, "never")


def test_the_program_exits_with_the_command_s_status_and_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`run` (the console script and `python -m newsverify`) is `main` with a quicker exit:
    the interpreter's last garbage collection is skipped, nothing else."""
    import gc
    import sys

    out = tmp_path / "r.json"
    arguments = [str(corpus), "--claims", str(corpus / "claims.yaml"), "--format", "json"]
    monkeypatch.setattr(sys, "argv", ["verify", *arguments, "-o", str(out), "--no-cache"])
    try:
        with pytest.raises(SystemExit) as exited:
            cli.run()
    finally:
        gc.unfreeze()  # this test's process goes on
    assert exited.value.code == 1  # contradicted findings, at the default --fail-on
    assert out.read_text(encoding="utf-8") == verify(corpus, None)
