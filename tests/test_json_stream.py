"""A JSON report written to its file while the run goes is byte for byte the report written
at the end; the articles before a new one are written before it is parsed; a failed run
leaves the previous report as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify.analysis import DocumentParser
from newsverify.claims import load_claims
from newsverify.cli import main
from newsverify.errors import InputError
from newsverify.json_stream import JsonReportStream
from newsverify.pipeline import Analyzer
from newsverify.report import render_json
from newsverify.verification import run_verification

from .conftest import FIXTURES

# Sorts after the fixture's article: the cached one comes before it in the report.
ADDED = "zz-added.txt"
ADDED_TEXT = "Port traffic\n\nSource: Harbour Times\n\nContainer traffic rose 12% in 2024.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    return copy


def verify(corpus: Path, cache: Path | None, output: Path, claims: Path | None = None) -> bytes:
    arguments = [str(corpus), "--claims", str(claims or corpus / "claims.yaml")]
    arguments += ["--format", "json", "-o", str(output), "--fail-on", "never"]
    arguments += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    outcome = CliRunner().invoke(main, arguments)
    assert outcome.exit_code == 0, outcome.output
    return output.read_bytes()


def test_a_streamed_report_is_the_report_written_at_the_end(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.json"
    cold = verify(corpus, tmp_path / "c", out)
    assert cold == verify(corpus, None, tmp_path / "plain.json")
    assert verify(corpus, tmp_path / "c", out) == cold  # warm: every article from the cache
    (corpus / ADDED).write_text(ADDED_TEXT, encoding="utf-8")
    added = verify(corpus, tmp_path / "c", out)
    assert ADDED.encode() in added
    assert added == verify(corpus, None, tmp_path / "plain.json")
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]  # no temporary left


def test_a_report_without_findings_is_streamed_as_one_without(corpus: Path, tmp_path: Path) -> None:
    for article in (corpus / "articles").iterdir():
        article.write_text("A note\n\nNothing to check here.\n", encoding="utf-8")
    streamed = verify(corpus, tmp_path / "c", tmp_path / "r.json")
    assert b'"findings": []' in streamed
    assert streamed == verify(corpus, None, tmp_path / "plain.json")


def test_the_articles_before_a_new_one_are_written_before_it_is_parsed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    verify(corpus, tmp_path / "c", out)
    (corpus / ADDED).write_text(ADDED_TEXT, encoding="utf-8")
    events: list[str] = []
    add, parse_blobs = JsonReportStream.add, DocumentParser._parse_blobs

    def adding(self, article):  # type: ignore[no-untyped-def]
        events.append(f"add {article.findings}")
        add(self, article)

    def parsing(self, documents):  # type: ignore[no-untyped-def]
        events.extend(f"parse {Path(d.path).name}" for d in documents)
        return parse_blobs(self, documents)

    monkeypatch.setattr(JsonReportStream, "add", adding)
    monkeypatch.setattr(DocumentParser, "_parse_blobs", parsing)
    verify(corpus, tmp_path / "c", out)
    # The fixture's article is written while the new one waits for the worker's parse.
    assert [event.split()[0] for event in events] == ["add", "parse", "add"]
    assert events[1] == f"parse {ADDED}"


def test_a_failed_run_leaves_the_previous_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    before = verify(corpus, tmp_path / "c", out)
    (corpus / ADDED).write_text(ADDED_TEXT, encoding="utf-8")
    add = JsonReportStream.add

    def failing(self, article):  # type: ignore[no-untyped-def]
        add(self, article)  # something is written, then the run fails
        raise InputError("changed while being verified")

    monkeypatch.setattr(JsonReportStream, "add", failing)
    arguments = [str(corpus), "--claims", str(corpus / "claims.yaml"), "--format", "json"]
    outcome = CliRunner().invoke(main, [*arguments, "-o", str(out), "--cache-dir", str(tmp_path)])
    assert outcome.exit_code == 2
    assert "changed while being verified" in outcome.output
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_head_changed_since_it_began_is_not_finished(analyzer: Analyzer, tmp_path: Path) -> None:
    mini = FIXTURES / "mini"
    report = run_verification([str(mini)], load_claims(mini / "claims.yaml"), analyzer)
    stream = JsonReportStream(tmp_path / "r.json")
    stream.begin(report)
    report.claims[0].baselined = True  # as a baseline would mark it after the run
    assert not stream.finish(report)
    assert list(tmp_path.iterdir()) == []
    stream = JsonReportStream(tmp_path / "r.json")
    stream.begin(report)
    assert stream.finish(report)  # no articles kept as text: just the head and the summary
    assert (
        (tmp_path / "r.json")
        .read_text(encoding="utf-8")
        .startswith(render_json(report).split('"findings"')[0])
    )


def test_a_report_that_cannot_be_streamed_is_written_at_the_end(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from newsverify import json_stream

    def refused(**_: object) -> None:
        raise OSError("no temporary file here")

    monkeypatch.setattr(json_stream, "tempfile", SimpleNamespace(mkstemp=refused))
    written = verify(corpus, tmp_path / "c", tmp_path / "r.json")
    assert written == verify(corpus, None, tmp_path / "plain.json")
