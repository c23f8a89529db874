"""The parse cache: hits, misses, invalidation, damaged stores, concurrent runs, and the
guarantee that cache, --no-cache, --jobs 1 and --jobs 2 give the same report."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import analysis
from newsverify.analysis import DocumentParser
from newsverify.cache import CACHE_DIR_NAME, ParseCache, default_cache_dir
from newsverify.claims import load_claims
from newsverify.cli import main
from newsverify.codec import decode_parsed, encode_parsed
from newsverify.corpus import parse_text
from newsverify.fingerprint import _imported_modules, package_imports, pipeline_version
from newsverify.pipeline import Analyzer
from newsverify.records import DateParts, Figure, ParsedText, Quote, Sentence, Word
from newsverify.report import render_json
from newsverify.verification import run_verification

from .conftest import FIXTURES, ROOT

MINI = FIXTURES / "mini"


class CountingAnalyzer:
    """An analyzer that counts the documents it is asked to parse."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.inner = analyzer
        self.trained = analyzer.trained
        self.parsed: list[str] = []

    def parse_documents(self, documents):  # type: ignore[no-untyped-def]
        documents = list(documents)
        self.parsed += [d.doc_id for d in documents]
        return self.inner.parse_documents(documents)

    def parse_text(self, text: str):  # type: ignore[no-untyped-def]
        self.parsed.append(f"claim:{text}")
        return self.inner.parse_text(text)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(MINI, copy)
    return copy


def verify(corpus: Path, analyzer: Analyzer, cache: ParseCache | None, jobs: int = 1):  # type: ignore[no-untyped-def]
    counting = CountingAnalyzer(analyzer)
    parser = DocumentParser(counting, cache, jobs)  # type: ignore[arg-type]
    report = run_verification([str(corpus)], load_claims(corpus / "claims.yaml"), parser)
    return render_json(report), counting.parsed


def open_cache(folder: Path, version: str | None = None, notices: list[str] | None = None):  # type: ignore[no-untyped-def]
    sink = notices.append if notices is not None else (lambda message: None)
    return ParseCache(folder / "cache.sqlite", version or pipeline_version(), sink)


def test_records_survive_encoding(analyzer: Analyzer) -> None:
    text = MINI / "articles" / next(iter(sorted(p.name for p in (MINI / "articles").iterdir())))
    document = parse_text(text.read_text(encoding="utf-8"), str(text))[0]
    _, parsed = next(analyzer.parse_documents([document]))
    assert parsed.figures and parsed.words and parsed.sentences
    assert decode_parsed(encode_parsed(parsed), parsed.text) == parsed


def test_second_run_parses_nothing_and_gives_the_same_report(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    cold, parsed_cold = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    warm, parsed_warm = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    uncached, _ = verify(corpus, analyzer, None)
    assert parsed_cold and parsed_warm == []
    assert cold == warm == uncached


def test_only_a_changed_file_is_parsed_again(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    verify(corpus, analyzer, open_cache(tmp_path / "c"))
    article = sorted((corpus / "articles").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")
    changed, parsed = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    assert parsed == [f"{article}#1"]
    assert changed == verify(corpus, analyzer, None)[0]


def test_another_pipeline_version_misses_and_drops_old_entries(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    verify(corpus, analyzer, open_cache(tmp_path / "c", "old-version"))
    _, parsed = verify(corpus, analyzer, open_cache(tmp_path / "c", "new-version"))
    assert parsed  # nothing reused across versions
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite") as db:
        versions = {row[0] for row in db.execute("SELECT version FROM parsed")}
    assert versions == {"new-version"}


def test_switching_back_to_an_earlier_version_drops_the_later_ones_entries(tmp_path: Path) -> None:
    # The store records the version it was last pruned for, so each change of version
    # prunes again, whichever way it goes.
    for version in ("one", "two", "one"):
        cache = open_cache(tmp_path / "c", version)
        cache.put_many([(f"key-{version}", b"data")])
        cache.close()
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite") as db:
        rows = set(db.execute("SELECT key, version FROM parsed"))
    assert rows == {("key-one", "one")}


def test_the_version_covers_every_module_that_parses() -> None:
    modules = _imported_modules("pipeline")
    assert {"figures", "quotes", "speakers", "dates", "numbers", "text", "records"} <= modules
    assert "matching" not in modules  # the matcher does not change records


def test_a_corrupt_cache_is_rebuilt_with_a_notice(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    notices: list[str] = []
    report, parsed = verify(corpus, analyzer, open_cache(folder, notices=notices))
    assert len(notices) == 1 and "rebuilding" in notices[0] and "cache.sqlite" in notices[0]
    assert parsed and report == verify(corpus, analyzer, None)[0]
    assert verify(corpus, analyzer, open_cache(folder))[1] == []  # usable again


def test_a_cache_of_an_old_format_is_rebuilt(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    with sqlite3.connect(folder / "cache.sqlite") as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value)")
        db.execute("INSERT INTO meta VALUES ('schema', 'newsverify-cache/0')")
        db.execute("CREATE TABLE parsed (key TEXT PRIMARY KEY, blob BLOB)")
    db.close()
    notices: list[str] = []
    verify(corpus, analyzer, open_cache(folder, notices=notices))
    assert len(notices) == 1 and "newsverify-cache/0" in notices[0]
    assert verify(corpus, analyzer, open_cache(folder))[1] == []


def test_a_damaged_entry_is_parsed_again(corpus: Path, analyzer: Analyzer, tmp_path: Path) -> None:
    verify(corpus, analyzer, open_cache(tmp_path / "c"))
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite") as db:
        db.execute("UPDATE parsed SET data = x'00ff'")
    db.close()
    report, parsed = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    assert parsed and report == verify(corpus, analyzer, None)[0]


def run_cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_default_cache_sits_in_the_corpus_folder_and_is_not_read(corpus: Path) -> None:
    assert default_cache_dir([str(corpus)]) == corpus / CACHE_DIR_NAME
    article = sorted((corpus / "articles").iterdir())[0]
    assert default_cache_dir([str(article), str(corpus / "primary")]) == corpus / CACHE_DIR_NAME


def test_no_cache_writes_nothing_and_a_cache_inside_the_corpus_is_no_input(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSVERIFY_CACHE_DIR", raising=False)
    common = [str(corpus), "--claims", str(corpus / "claims.yaml"), "--format", "json"]
    uncached = run_cli(*common, "--no-cache")
    assert not (corpus / CACHE_DIR_NAME).exists()
    first = run_cli(*common)
    assert (corpus / CACHE_DIR_NAME / "cache.sqlite").is_file()
    # A visible cache folder inside the corpus is not read as articles either.
    inside = run_cli(*common, "--cache-dir", str(corpus / "parsed"))
    again = run_cli(*common, "--cache-dir", str(corpus / "parsed"))
    assert (corpus / "parsed" / "cache.sqlite").is_file()
    assert uncached.output == first.output == inside.output == again.output
    skipped = [item["path"] for item in json.loads(again.output)["corpus"]["skipped"]]
    assert skipped == [str(corpus / "claims.yaml")]


def test_jobs_one_and_two_give_the_same_report(
    corpus: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small enough batches that even this corpus goes to two worker processes.
    monkeypatch.setattr(analysis, "MIN_PARALLEL", 1)
    monkeypatch.setattr(analysis, "WORKER_BATCH", 1)
    one, parsed_here = verify(corpus, analyzer, None, jobs=1)
    two, parsed_by_workers = verify(corpus, analyzer, None, jobs=2)
    assert one == two
    # Documents went to the workers: this process parsed only the claims.
    assert parsed_here and all(item.startswith("claim:") for item in parsed_by_workers)


def test_two_runs_at_once_share_one_cache(corpus: Path, tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "newsverify",
        str(corpus),
        "--claims",
        str(corpus / "claims.yaml"),
        "--format",
        "json",
        "--fail-on",
        "never",
        "--cache-dir",
        str(tmp_path / "c"),
        "--jobs",
        "1",
    ]
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0] == outputs[1] and json.loads(outputs[0])["claims"]
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM parsed").fetchone()[0] > 0
    db.close()
    warm = subprocess.run(command, stdout=subprocess.PIPE, env=env, check=True)
    assert warm.stdout == outputs[0]


def test_changed_evidence_checks_articles_again_from_their_cached_records(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    verify(corpus, analyzer, open_cache(tmp_path / "c"))
    primary = sorted((corpus / "primary").iterdir())[0]
    text = primary.read_text(encoding="utf-8")
    primary.write_text(text.replace("40m", "45m"), encoding="utf-8")
    report, parsed = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    # Only the primary document is parsed again; the article's findings are checked anew
    # (they would be stale otherwise) from its cached records.
    assert parsed == [f"{primary}#1"]
    assert report == verify(corpus, analyzer, None)[0]


def test_damaged_findings_are_checked_again(
    corpus: Path, analyzer: Analyzer, tmp_path: Path
) -> None:
    cold, _ = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    with sqlite3.connect(tmp_path / "c" / "cache.sqlite") as db:
        assert db.execute("SELECT count(*) FROM findings").fetchone()[0] > 0
        db.execute("UPDATE findings SET data = x'00ff'")
    db.close()
    report, parsed = verify(corpus, analyzer, open_cache(tmp_path / "c"))
    assert parsed == [] and report == cold


@pytest.mark.parametrize(
    ("source", "modules"),
    [
        ("from .records import Figure, Quote\n", ["records"]),
        ("from newsverify.dates import find_dates\n", ["dates"]),
        (
            "from . import figures as _figures  # noqa\nfrom . import quotes\n",
            ["figures", "quotes"],
        ),
        (
            "from newsverify import numbers as n\nfrom newsverify.scan import END\n",
            ["numbers", "scan"],
        ),
        ("from . import (\n    speech,\n    vocab,\n)\n", ["speech", "vocab"]),
        ("import newsverify.text\n", ["text"]),
        ("import spacy\nfrom spacy.tokens import Doc\n# from .matching import x\n", []),
    ],
)
def test_package_imports(source: str, modules: list[str]) -> None:
    assert package_imports(source) == modules


def test_a_cache_that_cannot_be_written_is_noted_once_and_skipped(tmp_path: Path) -> None:
    notices: list[str] = []
    cache = open_cache(tmp_path / "c", notices=notices)
    cache._connection.close()  # as if the disk had gone away
    cache.put_many([("a", b"1")])
    cache.put_many([("b", b"2")])
    assert len(notices) == 1 and "cannot write to the cache" in notices[0]


def test_every_field_of_every_record_is_stored() -> None:
    date = DateParts(*range(2001, 2001 + len(fields(DateParts))))
    figure = Figure(1, 9, "4-6 June", 20250604.0, "day", "date", "EUR", "about", 6.0, date)
    parsed = ParsedText(
        text="x",
        sentences=[Sentence(0, 10, "A sentence.")],
        words=[Word(1, 5, "Rose", "rise", True, "ORG", 3, "VERB")],
        figures=[figure, replace(figure, date=None, value=None)],
        quotes=[Quote(2, 8, "words", "Mark Rutte", True)],
    )
    # Non-default values everywhere, so a field the codec forgot would show.
    for record in [parsed.words[0], figure, parsed.quotes[0], date]:
        assert all(getattr(record, f.name) != f.default for f in fields(record))
    assert decode_parsed(encode_parsed(parsed), "x") == parsed
