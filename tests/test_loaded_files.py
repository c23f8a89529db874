"""The cache of loaded files: an unchanged file is not split and masked again, an edited
file or a new loader misses, and what comes out of the cache is what loading gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsverify import corpus as corpus_module
from newsverify import loaded_files
from newsverify.cache import DOCUMENTS, ParseCache
from newsverify.codec import CodecError
from newsverify.corpus import load_corpus
from newsverify.document_codec import decode_documents, encode_documents
from newsverify.loaded_files import CachedFiles

from .conftest import FIXTURES, ROOT


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", copy)
    return copy


@pytest.fixture()
def cache(tmp_path: Path) -> ParseCache:
    return ParseCache(tmp_path / "cache" / "cache.sqlite", "test-version")


@pytest.fixture()
def parsed_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the loader splits (rather than takes from the cache), in order."""
    seen: list[str] = []
    parse = corpus_module._parse

    def counting(text: str, path: str, rel_path: str):  # type: ignore[no-untyped-def]
        seen.append(rel_path)
        return parse(text, path, rel_path)

    monkeypatch.setattr(corpus_module, "_parse", counting)
    return seen


def test_documents_survive_encoding() -> None:
    documents = load_corpus([str(ROOT / "corpus")]).documents
    # The bundled corpus has curly quotes and dashes: offset maps that are arrays, not ranges.
    assert any(not isinstance(d.normalized.origin, range) for d in documents)
    assert decode_documents(encode_documents(documents)) == documents


def test_damaged_bytes_are_a_codec_error() -> None:
    with pytest.raises(CodecError):
        decode_documents(b"not zlib")


def test_second_load_splits_nothing_and_gives_the_same_documents(
    folder: Path, cache: ParseCache, parsed_files: list[str]
) -> None:
    cold = load_corpus([str(folder)], known=CachedFiles(cache))
    assert parsed_files
    parsed_files.clear()
    warm = load_corpus([str(folder)], known=CachedFiles(cache))
    assert parsed_files == []
    assert warm == cold == load_corpus([str(folder)])


def test_an_edited_file_is_loaded_again(
    folder: Path, cache: ParseCache, parsed_files: list[str]
) -> None:
    load_corpus([str(folder)], known=CachedFiles(cache))
    edited = sorted(p for p in folder.rglob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    parsed_files.clear()
    warm = load_corpus([str(folder)], known=CachedFiles(cache))
    assert parsed_files == [edited.relative_to(folder).as_posix()]
    assert warm == load_corpus([str(folder)])


def test_the_same_bytes_under_another_name_miss(
    folder: Path, cache: ParseCache, parsed_files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_corpus([str(folder)], known=CachedFiles(cache))
    parsed_files.clear()
    monkeypatch.chdir(folder.parent)
    renamed = load_corpus([folder.name], known=CachedFiles(cache))
    # Documents carry the path they were found under: a new spelling is loaded afresh.
    assert len(parsed_files) == len({d.rel_path for d in renamed.documents})
    assert renamed == load_corpus([folder.name])


def test_a_new_loader_misses(
    folder: Path, cache: ParseCache, parsed_files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_corpus([str(folder)], known=CachedFiles(cache))
    monkeypatch.setattr(loaded_files, "source_digest", lambda root: "changed loader code")
    parsed_files.clear()
    load_corpus([str(folder)], known=CachedFiles(cache))
    assert parsed_files


def test_a_damaged_entry_is_loaded_again(
    folder: Path, cache: ParseCache, parsed_files: list[str]
) -> None:
    load_corpus([str(folder)], known=CachedFiles(cache))
    keys = [row[0] for row in cache._connection.execute(f"SELECT key FROM {DOCUMENTS}")]
    cache.put_many([(keys[0], b"damaged")], DOCUMENTS)
    parsed_files.clear()
    warm = load_corpus([str(folder)], known=CachedFiles(cache))
    assert len(parsed_files) == 1
    assert warm == load_corpus([str(folder)])
