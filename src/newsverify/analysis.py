"""Documents to records through the cache, parsing only what it lacks, in N processes.

The trained pipeline is loaded only when something must be parsed: a warm run that finds
every document and claim cached never imports spaCy. Documents flow through in chunks, so
memory holds one chunk's records at a time, never every spaCy Doc.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import CACHE_FILE_NAME, ParseCache, default_cache_dir
from .codec import CodecError, decode_parsed, encode_parsed
from .corpus import Document
from .fingerprint import document_key, pipeline_version, text_key
from .models import NO_MODEL_NOTICE, installed_model
from .records import ParsedText
from .text import normalize

if TYPE_CHECKING:
    from .pipeline import Analyzer

# Documents looked up, parsed and stored together: bounds memory and a lost write's cost.
CHUNK = 128
# Documents a worker process parses in one go (nlp.pipe batches them).
WORKER_BATCH = 16
# Fewer documents to parse than this are parsed in this process: starting workers (each
# loads the model, about 1.5 s) would cost more than it saves.
MIN_PARALLEL = 2 * WORKER_BATCH


def default_jobs() -> int:
    """Both cores where there are two or more: parsing dominates a cold run, and each worker
    holds its own copy of the model (~250 MB), so more than two would strain memory."""
    return max(1, min(2, os.cpu_count() or 1))


class DocumentParser:
    """Parses documents and claims, reusing and filling a cache when one is given."""

    def __init__(
        self,
        analyzer: Analyzer | Callable[[], Analyzer],
        cache: ParseCache | None = None,
        jobs: int = 1,
        notify: Callable[[str], None] = lambda message: None,
    ) -> None:
        self._analyzer = analyzer if callable(analyzer) else None
        self._loaded: Analyzer | None = None if callable(analyzer) else analyzer
        self.cache = cache
        self.jobs = max(1, jobs)
        self.version = cache.version if cache else ""
        self._pool: multiprocessing.pool.Pool | None = None
        # Parses started ahead by `prefetch`, by document key, and the process doing them.
        self._pending: dict[str, multiprocessing.pool.AsyncResult[list[bytes]]] = {}
        self._prefetcher: multiprocessing.pool.Pool | None = None
        self._notify = notify
        # Each document's key, by id (with the document, so the id stays its own): a run
        # asks for it several times, and hashing a 10,000-article corpus twice shows.
        self._keys: dict[int, tuple[Document, str]] = {}

    @property
    def analyzer(self) -> Analyzer:
        if self._loaded is None:
            assert self._analyzer is not None
            self._loaded = self._analyzer()
        return self._loaded

    @property
    def trained(self) -> bool:
        """Whether a trained pipeline parsed (or would parse) the texts."""
        if self._loaded is not None:
            return self._loaded.trained
        return installed_model() is not None

    def parse_documents(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, ParsedText]]:
        """Records for each document, in order, offsets into the original files."""
        iterator = iter(documents)
        while chunk := list(islice(iterator, CHUNK)):
            yield from self._parse_chunk(chunk)

    def key(self, document: Document) -> str:
        """The cache key of a document's records."""
        known = self._keys.get(id(document))
        if known is not None and known[0] is document:
            return known[1]
        key = document_key(self.version, document.start, document.original, document.analysis_text)
        self._keys[id(document)] = (document, key)
        return key

    def parse_texts(self, texts: Sequence[str]) -> list[ParsedText]:
        """Records for short texts (claims), offsets into each text."""
        if self.cache is None:
            return [self.analyzer.parse_text(text) for text in texts]
        keys = [text_key(self.version, text) for text in texts]
        stored = self.cache.get_many(keys)
        parsed: list[ParsedText] = []
        new: list[tuple[str, bytes]] = []
        for key, text in zip(keys, texts, strict=True):
            records = _decoded(stored.get(key), normalize(text).text)
            if records is None:
                records = self.analyzer.parse_text(text)
                new.append((key, encode_parsed(records)))
            parsed.append(records)
        self.cache.put_many(new)
        return parsed

    def prefetch(self, documents: Sequence[Document]) -> None:
        """Start parsing the few `documents` the cache lacks in a worker process now, so
        that loading the model there overlaps with this process's cached work (a warm run
        after adding an article). Many documents are left to the usual path and its pool."""
        if self.cache is None or self._prefetcher is not None or self._loaded is not None:
            return  # nothing to overlap with when the model is loaded here already
        keys = {self.key(document): document for document in documents}
        stored = self.cache.has_many(keys)
        missing = [d for key, d in keys.items() if key not in stored]
        if not missing or len(missing) >= MIN_PARALLEL:
            return
        if installed_model() is None:  # the worker loads the pipeline silently: say it here
            self._notify(NO_MODEL_NOTICE)
        self._prefetcher = multiprocessing.get_context("spawn").Pool(1, _start_worker)
        for document in missing:
            self._pending[self.key(document)] = self._prefetcher.apply_async(
                _parse_batch, ([document],)
            )

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        for pool in (self._pool, self._prefetcher):
            if pool is not None:
                # Every result has been received (or the run failed): nothing to wait for.
                pool.terminate()
                pool.join()
        self._pool = self._prefetcher = None

    def _parse_chunk(self, chunk: list[Document]) -> Iterator[tuple[Document, ParsedText]]:
        if self.cache is None:
            if not self._uses_workers(len(chunk)):
                yield from self.analyzer.parse_documents(chunk)
                return
            for document, blob in zip(chunk, self._parse_blobs(chunk), strict=True):
                yield document, decode_parsed(blob, document.analysis_text)
            return
        keys = [self.key(document) for document in chunk]
        stored = self.cache.get_many(keys)
        results: list[ParsedText | None] = [
            _decoded(stored.get(key), document.analysis_text)
            for key, document in zip(keys, chunk, strict=True)
        ]
        missing = [position for position, records in enumerate(results) if records is None]
        blobs = self._parse_blobs([chunk[position] for position in missing])
        for position, blob in zip(missing, blobs, strict=True):
            results[position] = decode_parsed(blob, chunk[position].analysis_text)
        self.cache.put_many(
            (keys[position], blob) for position, blob in zip(missing, blobs, strict=True)
        )
        for document, records in zip(chunk, results, strict=True):
            assert records is not None
            yield document, records

    def _uses_workers(self, documents: int) -> bool:
        return self.jobs > 1 and documents >= MIN_PARALLEL

    def _parse_blobs(self, documents: list[Document]) -> list[bytes]:
        """Encoded records, parsed by worker processes when there are enough documents."""
        if not documents:
            return []
        if self._pending:
            started = [self._pending.pop(self.key(d), None) for d in documents]
            others = [d for d, s in zip(documents, started, strict=True) if s is None]
            rest = iter(self._parse_fresh(others))
            return [next(rest) if s is None else s.get()[0] for s in started]
        return self._parse_fresh(documents)

    def _parse_fresh(self, documents: list[Document]) -> list[bytes]:
        if not documents:
            return []
        if not self._uses_workers(len(documents)):
            return [encode_parsed(p) for _, p in self.analyzer.parse_documents(documents)]
        if self._pool is None:
            # spawn, not fork: the parent may run a progress thread, and a forked child
            # inherits its locks.
            if installed_model() is None:  # workers load the pipeline silently: say it here
                self._notify(NO_MODEL_NOTICE)
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(self.jobs, initializer=_start_worker)
        batches = [
            documents[start : start + WORKER_BATCH]
            for start in range(0, len(documents), WORKER_BATCH)
        ]
        return [blob for batch in self._pool.map(_parse_batch, batches) for blob in batch]


def _decoded(blob: bytes | None, text: str) -> ParsedText | None:
    if blob is None:
        return None
    try:
        return decode_parsed(blob, text)
    except CodecError:
        return None  # a damaged entry is parsed again and overwritten


_worker_analyzer: Analyzer | None = None


def _start_worker() -> None:
    global _worker_analyzer
    from .pipeline import load_analyzer  # imports spaCy: only in processes that parse

    _worker_analyzer = load_analyzer()


def _parse_batch(documents: list[Document]) -> list[bytes]:
    assert _worker_analyzer is not None
    return [encode_parsed(parsed) for _, parsed in _worker_analyzer.parse_documents(documents)]


def open_parser(
    paths: Sequence[str],
    load: Callable[[], Analyzer],
    *,
    cache_dir: str | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
    notify: Callable[[str], None] = lambda message: None,
) -> DocumentParser:
    """A parser for `verify PATH...`: the cache in `cache_dir` (default: see
    `cache.default_cache_dir`) unless `use_cache` is false; a cache that cannot be opened is
    skipped with a notice, since it only saves time."""
    jobs = jobs or default_jobs()
    if not use_cache or not all(os.path.lexists(path) for path in paths):
        return DocumentParser(load, None, jobs, notify)
    folder = Path(cache_dir) if cache_dir else default_cache_dir(paths)
    try:
        cache = ParseCache(folder / CACHE_FILE_NAME, pipeline_version(), notify)
    except (OSError, sqlite3.Error) as error:
        notify(f"cannot use the cache in {folder} ({error}): parsing everything")
        return DocumentParser(load, None, jobs, notify)
    return DocumentParser(load, cache, jobs, notify)
