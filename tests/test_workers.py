"""Worker processes: forked from a parent that loaded the pipeline, they parse with that very
pipeline, ahead of the documents asked for, and give the records this process would."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

import pytest

from newsverify import analysis, pipeline
from newsverify.analysis import DocumentParser
from newsverify.cache import ParseCache
from newsverify.corpus import Document, load_corpus
from newsverify.fingerprint import pipeline_version
from newsverify.pipeline import Analyzer

from .conftest import ROOT

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="workers are forked only where the platform can fork",
)


class WithoutFigures:
    """A pipeline that drops every figure and notes which process parsed what."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.inner = analyzer
        self.trained = analyzer.trained
        self.parsed_in: list[int] = []

    def parse_documents(self, documents):  # type: ignore[no-untyped-def]
        for document, parsed in self.inner.parse_documents(documents):
            self.parsed_in.append(os.getpid())
            yield document, replace(parsed, figures=[])

    def parse_text(self, text: str):  # type: ignore[no-untyped-def]
        return replace(self.inner.parse_text(text), figures=[])


@pytest.fixture()
def documents() -> list[Document]:
    """The bundled corpus: enough documents to go ahead of the ones asked for."""
    return load_corpus([str(ROOT / "corpus")]).documents


@pytest.fixture()
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches small enough that the mini corpus goes to two workers, two documents ahead."""
    monkeypatch.setattr(analysis, "MIN_PARALLEL", 1)
    monkeypatch.setattr(analysis, "WORKER_BATCH", 1)
    monkeypatch.setattr(analysis, "READ_AHEAD", 2)


def parse_all(parser: DocumentParser, documents: list[Document]):  # type: ignore[no-untyped-def]
    try:
        return [parsed for _, parsed in parser.parse_documents(documents)]
    finally:
        parser.close()


@needs_fork
def test_workers_parse_with_the_pipeline_their_parent_loaded(
    analyzer: Analyzer, documents: list[Document], small_batches: None
) -> None:
    here = WithoutFigures(analyzer)
    alone = parse_all(DocumentParser(here, None, 1), documents)  # type: ignore[arg-type]
    assert set(here.parsed_in) == {os.getpid()}
    forked = WithoutFigures(analyzer)
    together = parse_all(DocumentParser(forked, None, 2), documents)  # type: ignore[arg-type]
    # The workers used the parent's (figure-dropping) pipeline, not one of their own.
    assert together == alone and not any(parsed.figures for parsed in together)
    assert forked.parsed_in == []  # every document was parsed in another process


def test_workers_give_the_records_of_one_process(
    analyzer: Analyzer, documents: list[Document], small_batches: None
) -> None:
    alone = parse_all(DocumentParser(analyzer, None, 1), documents)
    together = parse_all(DocumentParser(analyzer, None, 2), documents)
    assert together == alone and any(parsed.figures for parsed in alone)


def test_announced_documents_are_handed_out_a_few_at_a_time(
    analyzer: Analyzer, documents: list[Document], small_batches: None, tmp_path: Path
) -> None:
    expected = parse_all(DocumentParser(analyzer, None, 1), documents)
    cache = ParseCache(tmp_path / "cache.sqlite", pipeline_version(), lambda message: None)
    parser = DocumentParser(analyzer, cache, 2)
    parser.prefetch(documents)
    # Two are with the workers; the rest follow as results come back.
    assert len(parser._pending) == analysis.READ_AHEAD < len(documents)
    assert parse_all(parser, documents) == expected


def test_the_batch_size_does_not_change_the_records(
    analyzer: Analyzer, documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = pipeline.PIPE_BATCH
    by_size = {}
    for size in (1, chosen, 16):
        monkeypatch.setattr(pipeline, "PIPE_BATCH", size)
        by_size[size] = [parsed for _, parsed in analyzer.parse_documents(documents)]
    assert by_size[1] == by_size[chosen] == by_size[16]


def test_document_keys_are_remembered_without_keeping_the_documents() -> None:
    """A cold run keys every article; holding them for it would keep the whole corpus in
    memory until the run ends."""
    import gc

    parser = DocumentParser(lambda: None)  # type: ignore[arg-type,return-value]
    documents = load_corpus([str(ROOT / "corpus")]).documents
    keys = [parser.key(document) for document in documents]
    assert [parser.key(document) for document in documents] == keys  # remembered
    assert len(parser._keys) == len(documents)
    del documents
    gc.collect()
    assert parser._keys == {}
