"""A warm JSON or markdown run lists unchanged files by their heads: no document of an
unchanged article is decoded, yet the report is byte for byte a fresh run's, after an
article is added, a primary document or the claims file's rules change, or a cache row is
damaged or lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify import corpus_heads, file_identity, loaded_files
from newsverify.cache import CACHE_FILE_NAME, DOCUMENTS, HEADS
from newsverify.cli import main
from newsverify.corpus import Skipped, list_files

from .conftest import FIXTURES, ROOT

FORMATS = ("json", "markdown")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    article = copy / "articles" / "port-news.txt"
    # A second article, so an unchanged one sits next to the one a test changes.
    (copy / "articles" / "port-news-2.txt").write_text(
        article.read_text(encoding="utf-8").replace("15%", "12%"), encoding="utf-8"
    )
    return copy


@pytest.fixture()
def loaded(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The files whose documents were decoded from the cache or loaded from their text."""
    seen: set[str] = set()
    decode = loaded_files.decode_documents
    load = corpus_heads.file_documents

    def decoding(blob):  # type: ignore[no-untyped-def]
        documents = decode(blob)
        seen.update(Path(d.path).name for d in documents)
        return documents

    def loading(display, rel_path, data):  # type: ignore[no-untyped-def]
        seen.add(Path(display).name)
        return load(display, rel_path, data)

    monkeypatch.setattr(loaded_files, "decode_documents", decoding)
    monkeypatch.setattr(corpus_heads, "file_documents", loading)
    return seen


def verify(corpus: Path, cache: Path | None, output_format: str, claims: str = "") -> str:
    arguments = [str(corpus), "--claims", claims or str(corpus / "claims.yaml")]
    arguments += ["--format", output_format, "--fail-on", "never"]
    arguments += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    outcome = CliRunner().invoke(main, arguments)
    assert outcome.exit_code == 0, outcome.output
    return outcome.stdout


def warm_equals_fresh(corpus: Path, cache: Path, claims: str = "") -> None:
    for output_format in FORMATS:
        assert verify(corpus, cache, output_format, claims) == verify(
            corpus, None, output_format, claims
        )


@pytest.mark.parametrize("output_format", FORMATS)
def test_unchanged_articles_are_never_decoded(
    corpus: Path, tmp_path: Path, loaded: set[str], output_format: str
) -> None:
    cold = verify(corpus, tmp_path / "c", output_format)
    loaded.clear()
    assert verify(corpus, tmp_path / "c", output_format) == cold
    assert loaded == {"bulletin.md"}  # the evidence only
    assert cold == verify(corpus, None, output_format)


def test_an_added_article_is_the_only_one_loaded(
    corpus: Path, tmp_path: Path, loaded: set[str]
) -> None:
    verify(corpus, tmp_path / "c", "json")
    added = corpus / "articles" / "added.txt"
    added.write_text("Cranes\n\nThe authority will spend £10m on dredging.\n", encoding="utf-8")
    loaded.clear()
    warm = verify(corpus, tmp_path / "c", "json")
    assert loaded == {"bulletin.md", "added.txt"}
    assert warm == verify(corpus, None, "json") and "added.txt" in warm
    warm_equals_fresh(corpus, tmp_path / "c")


def test_a_changed_primary_document_renders_every_article_again(
    corpus: Path, tmp_path: Path, loaded: set[str]
) -> None:
    before = verify(corpus, tmp_path / "c", "json")
    bulletin = corpus / "primary" / "bulletin.md"
    bulletin.write_text(
        bulletin.read_text(encoding="utf-8").replace("rose by 12%", "rose by 15%"),
        encoding="utf-8",
    )
    loaded.clear()
    after = verify(corpus, tmp_path / "c", "json")
    assert after != before and loaded == {"bulletin.md", "port-news.txt", "port-news-2.txt"}
    warm_equals_fresh(corpus, tmp_path / "c")


def test_the_claims_files_primary_rules_decide_again(corpus: Path, tmp_path: Path) -> None:
    bulletin = corpus / "primary" / "bulletin.md"
    bulletin.write_text(
        bulletin.read_text(encoding="utf-8").replace("kind: primary\n", ""), encoding="utf-8"
    )
    claims = (corpus / "claims.yaml").read_text(encoding="utf-8")
    by_publisher = tmp_path / "by-publisher.yaml"
    by_publisher.write_text("primary:\n  publishers: [Harbour Authority]\n" + claims)
    without_rules = tmp_path / "no-rules.yaml"
    without_rules.write_text(claims)
    with_evidence = verify(corpus, tmp_path / "c", "json", str(by_publisher))
    # Without the rule the bulletin is an article too, and nothing is evidence.
    without = verify(corpus, tmp_path / "c", "json", str(without_rules))
    assert without != with_evidence and '"primary": 0' in without
    warm_equals_fresh(corpus, tmp_path / "c", str(without_rules))
    warm_equals_fresh(corpus, tmp_path / "c", str(by_publisher))


@pytest.mark.parametrize("table", [HEADS, DOCUMENTS])
def test_a_damaged_or_lost_row_is_loaded_again(corpus: Path, tmp_path: Path, table: str) -> None:
    verify(corpus, tmp_path / "c", "json")
    with sqlite3.connect(tmp_path / "c" / CACHE_FILE_NAME) as connection:
        if table == HEADS:
            connection.execute(f"UPDATE {table} SET data = ?", (b"[1, [[1]]]",))
        else:  # heads without their documents: the files are read again
            connection.execute(f"DELETE FROM {table}")
    warm_equals_fresh(corpus, tmp_path / "c")


def test_the_bundled_corpus_report_is_the_same_warm(tmp_path: Path) -> None:
    claims = str(ROOT / "claims.yaml")
    bundled = str(ROOT / "corpus")
    for output_format in FORMATS:
        fresh = verify(Path(bundled), None, output_format, claims)
        assert verify(Path(bundled), tmp_path / "c", output_format, claims) == fresh  # cold
        assert verify(Path(bundled), tmp_path / "c", output_format, claims) == fresh  # warm


def test_a_file_reached_twice_is_listed_once(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("A\n")
    (folder / "sub" / "b.txt").write_text("B\n")
    os.symlink(folder / "a.txt", folder / "sub" / "link.txt")
    listed = list_files([str(folder), str(folder / "sub" / "b.txt"), str(folder)])
    names = [entry[1] for entry in listed if not isinstance(entry, Skipped)]
    assert names == ["a.txt", "sub/b.txt"]  # the link and the repeated paths are dropped


def test_a_new_file_in_a_known_corpus_starts_loading_the_model(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a warm cache meeting an unseen file warms a worker up: a cold run (every file
    unseen) parses in workers forked later, and an unchanged corpus parses nothing."""
    from newsverify.analysis import DocumentParser

    warmed: list[int] = []
    warm_up = DocumentParser.warm_up

    def recording(self: DocumentParser) -> None:
        warmed.append(1)
        warm_up(self)

    monkeypatch.setattr(DocumentParser, "warm_up", recording)
    # Only the corpus reader may warm up here (prefetch would for any few new documents).
    monkeypatch.setattr(DocumentParser, "prefetch", lambda self, documents: None)
    verify(corpus, tmp_path / "c", "json")
    assert warmed == []  # cold
    verify(corpus, tmp_path / "c", "json")
    assert warmed == []  # nothing changed
    (corpus / "articles" / "added.txt").write_text("Cranes\n\nIt rose 4%.\n", encoding="utf-8")
    verify(corpus, tmp_path / "c", "json")
    assert warmed


def test_a_folder_written_since_the_cache_warms_up_before_files_are_read(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article added to a folder changes the folder's times: the model starts loading as
    the walk reaches it, before the corpus's files are listed and their times read (~0.3 s
    at 10,000 articles)."""
    from newsverify.analysis import DocumentParser

    verify(corpus, tmp_path / "c", "json")
    (corpus / "articles" / "added.txt").write_text("Cranes\n\nIt rose 4%.\n", encoding="utf-8")
    events: list[str] = []
    stat = corpus_heads.file_stat

    def recording_stat(path: str):  # type: ignore[no-untyped-def]
        events.append("folder" if os.path.isdir(path) else "file")
        return stat(path)

    monkeypatch.setattr(corpus_heads, "file_stat", recording_stat)
    monkeypatch.setattr(DocumentParser, "warm_up", lambda self: events.append("warm up"))
    monkeypatch.setattr(DocumentParser, "prefetch", lambda self, documents: None)
    verify(corpus, tmp_path / "c", "json")
    assert "warm up" in events and "file" in events
    assert events.index("warm up") < events.index("file")


@pytest.mark.usefixtures("settled_at_once")
def test_a_removed_file_warms_up_once_not_on_every_later_run(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removing an article changes its folder's times but leaves nothing to parse: the run
    that notices notes it in the cache, and the next unchanged run starts no worker."""
    from newsverify.analysis import DocumentParser

    verify(corpus, tmp_path / "c", "json")
    warmed: list[int] = []
    monkeypatch.setattr(DocumentParser, "warm_up", lambda self: warmed.append(1))
    monkeypatch.setattr(DocumentParser, "prefetch", lambda self, documents: None)
    (corpus / "articles" / "port-news-2.txt").unlink()
    before = verify(corpus, tmp_path / "c", "json")
    assert warmed  # a folder written since the cache: a hint, here a false one
    warmed.clear()
    assert verify(corpus, tmp_path / "c", "json") == before
    assert warmed == []


@pytest.mark.parametrize("kept", [1, corpus_heads.KEEP_LOADED])
def test_documents_are_handed_over_not_kept(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    """A cold run loads every file; holding their documents until the end of the run would
    grow memory with the corpus. Only a bounded number are kept, until first asked for;
    any other comes from the cache."""
    monkeypatch.setattr(corpus_heads, "KEEP_LOADED", kept)
    from newsverify.cache import ParseCache
    from newsverify.corpus_heads import HeadLoader
    from newsverify.loaded_files import CachedFiles, CachedHeads

    cache = ParseCache(tmp_path / "c" / CACHE_FILE_NAME, "test-version")
    loader = HeadLoader(CachedFiles(cache), CachedHeads(cache), lambda document: document.path)
    heads = loader.load([str(corpus)]).heads
    assert len(loader.corpus.loaded) == min(kept, len({h.file_key for h in heads}))
    assert len(heads) >= 3
    first = loader.documents(heads)
    assert loader.corpus.loaded == {}
    again = loader.documents(heads)
    assert [d.analysis_text for d in again] == [d.analysis_text for d in first]
    assert [d.doc_id for d in again] == [h.doc_id for h in heads]


@pytest.mark.parametrize("output_format", [*FORMATS, "github"])
def test_a_warm_run_never_imports_spacy(corpus: Path, tmp_path: Path, output_format: str) -> None:
    """Importing spaCy costs a warm run about 1.5 s, more than everything else it does on a
    thousand articles: nothing on the path of a fully cached run may import it."""
    import subprocess
    import sys

    verify(corpus, tmp_path / "c", output_format)
    arguments = [str(corpus), "--format", output_format, "--fail-on", "never"]
    arguments += ["--cache-dir", str(tmp_path / "c"), "-o", str(tmp_path / "out")]
    script = (
        "import sys\n"
        "from newsverify.cli import main\n"
        "try:\n"
        f"    main({arguments!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('spacy' in sys.modules, file=sys.stderr)\n"
    )
    # The same newsverify as this process, however it was found (a relative PYTHONPATH
    # would not survive the change of folder).
    source = str(Path(corpus_heads.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": source}
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=corpus,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert ran.stderr.strip().splitlines()[-1] == "False", ran.stderr


@pytest.fixture()
def read_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files a run reads from disk (by name), in order."""
    seen: list[str] = []
    read = corpus_heads.read_file

    def reading(display: str):  # type: ignore[no-untyped-def]
        seen.append(Path(display).name)
        return read(display)

    monkeypatch.setattr(corpus_heads, "read_file", reading)
    return seen


@pytest.fixture()
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test's files are seconds old; a real corpus's unchanged files are older.
    monkeypatch.setattr(file_identity, "SETTLE_SECONDS", 0.0)


@pytest.mark.usefixtures("settled_at_once")
def test_unchanged_files_are_not_read_again(
    corpus: Path, tmp_path: Path, read_files: list[str]
) -> None:
    verify(corpus, tmp_path / "c", "json")
    assert "port-news.txt" in read_files
    read_files.clear()
    warm_equals_fresh(corpus, tmp_path / "c")
    assert "port-news.txt" not in read_files and "port-news-2.txt" not in read_files


@pytest.mark.usefixtures("settled_at_once")
def test_a_same_size_edit_with_its_modification_time_restored_is_read_again(
    corpus: Path, tmp_path: Path, read_files: list[str]
) -> None:
    # What `rsync -t` or an archive does: only the change time, which no tool can set,
    # tells the file apart.
    article = corpus / "articles" / "port-news-2.txt"
    verify(corpus, tmp_path / "c", "json")
    before = article.stat()
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("12%", "13%"), encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    read_files.clear()
    warm = verify(corpus, tmp_path / "c", "json")
    assert read_files == ["port-news-2.txt"]
    assert warm == verify(corpus, None, "json") and "13%" in warm


def test_a_file_written_moments_ago_is_read_on_every_run(
    corpus: Path, tmp_path: Path, read_files: list[str]
) -> None:
    # Two writes within one tick of a coarse file-system clock would share an identity.
    verify(corpus, tmp_path / "c", "json")
    read_files.clear()
    verify(corpus, tmp_path / "c", "json")
    assert "port-news.txt" in read_files


def test_an_identity_is_given_only_to_a_settled_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    metadata = path.stat()
    changed = max(metadata.st_mtime, metadata.st_ctime)
    assert file_identity.identity(metadata, now=changed + 1) is None
    settled = file_identity.identity(metadata, now=changed + 3)
    assert settled is not None and str(metadata.st_ino) in settled
    assert file_identity.identity(tmp_path.stat(), now=changed + 3) is None
    assert file_identity.identity(None) is None


def test_the_heads_codec_round_trips_and_refuses_damage(corpus: Path) -> None:
    from newsverify.codec import CodecError
    from newsverify.corpus import load_corpus
    from newsverify.document_heads import decode_heads, encode_heads, head_of

    documents = load_corpus([str(corpus)]).documents
    heads = [head_of(d, f"records-{n}", "file-key") for n, d in enumerate(documents)]
    assert any(h.date is not None for h in heads)
    assert decode_heads(encode_heads(heads), "file-key") == heads
    damaged = [b"[1, [[1]]]", b'[1, ["not a row"]]', b"[2, []]", b"[1, [null]]", b"not json"]
    for blob in damaged:
        with pytest.raises(CodecError):
            decode_heads(blob, "file-key")


@pytest.mark.usefixtures("settled_at_once")
def test_an_unchanged_chunk_of_files_is_one_row(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_files: list[str]
) -> None:
    """A warm run reads one listing row per chunk of unchanged files, none per file."""
    verify(corpus, tmp_path / "c", "json")
    looked_up: list[int] = []
    known_keys = loaded_files.CachedFiles.known_keys

    def counting(self, files):  # type: ignore[no-untyped-def]
        looked_up.append(len(files))
        return known_keys(self, files)

    monkeypatch.setattr(loaded_files.CachedFiles, "known_keys", counting)
    read_files.clear()
    warm_equals_fresh(corpus, tmp_path / "c")
    assert looked_up == [] and read_files == []
    # A touched file misses its chunk's row: its chunk is looked up file by file, once.
    article = corpus / "articles" / "port-news-2.txt"
    article.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    warm_equals_fresh(corpus, tmp_path / "c")
    assert read_files == ["port-news-2.txt"] and len(looked_up) == 1
    looked_up.clear()
    warm_equals_fresh(corpus, tmp_path / "c")
    assert looked_up == []


@pytest.mark.usefixtures("settled_at_once")
def test_a_damaged_listing_row_is_looked_up_file_by_file(corpus: Path, tmp_path: Path) -> None:
    import json

    verify(corpus, tmp_path / "c", "json")
    with sqlite3.connect(tmp_path / "c" / CACHE_FILE_NAME) as connection:
        rows = connection.execute(f"SELECT key, data FROM {HEADS}").fetchall()
        # A listing row holds its files' state and their heads; a file's row, its heads.
        listings = [key for key, data in rows if len(json.loads(data)) == 3]
        # Chunks end at names whose hash says so (`_chunks`), and the names are the test's
        # temporary paths: a small corpus is one chunk or, now and then, two.
        assert listings
        for listing in listings:
            connection.execute(f"UPDATE {HEADS} SET data = ? WHERE key = ?", (b"[1, [7]]", listing))
    warm_equals_fresh(corpus, tmp_path / "c")


def test_chunks_end_at_names_so_an_added_file_changes_only_its_own() -> None:
    names = [(f"corpus/article-{n:05d}.txt", f"article-{n:05d}.txt") for n in range(3000)]
    listed: list[Skipped | tuple[str, str]] = list(names)
    chunks = [listed[a:b] for a, b in corpus_heads._chunks(listed)]
    assert [entry for chunk in chunks for entry in chunk] == listed
    assert len(chunks) > 3 and max(map(len, chunks)) <= corpus_heads.MAX_CHUNK
    added = [*listed[:1500], ("corpus/article-01499a.txt", "article-01499a.txt"), *listed[1500:]]
    again = [added[a:b] for a, b in corpus_heads._chunks(added)]
    assert len([chunk for chunk in again if chunk not in chunks]) == 1
