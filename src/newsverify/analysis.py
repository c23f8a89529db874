"""Documents to records through the cache, parsing only what it lacks, in N processes.

The trained pipeline is loaded only when something must be parsed: a warm run that finds
every document and claim cached never imports spaCy. Documents flow through in chunks, so
memory holds one chunk's records at a time, never every spaCy Doc.

Many documents to parse go to worker processes forked from this one once it has loaded the
pipeline: the workers share its memory copy-on-write instead of each loading a model of its
own, and they parse ahead of the documents being checked here, so that parsing and checking
overlap.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from .cache import ParseCache, cache_file
from .codec import CodecError, decode_parsed, encode_parsed
from .corpus import Document
from .fingerprint import document_key, pipeline_version, text_key
from .models import NO_MODEL_NOTICE, installed_model
from .parse_workers import (
    adopt_analyzer,
    fork_one,
    parse_batch,
    spawn_one,
    start_worker,
    written_since,
)
from .records import ParsedText
from .run_timings import mark
from .text import normalize

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

    from .pipeline import Analyzer

# Documents looked up, parsed and stored together: bounds memory and a lost write's cost.
CHUNK = 128
# Documents a worker process is handed at a time: fewer round trips than one by one.
WORKER_BATCH = 16
# Fewer documents to parse than this are parsed in this process: starting workers would
# cost more than it saves.
MIN_PARALLEL = 2 * WORKER_BATCH
# Documents handed to the workers before they are asked for, so that the workers parse while
# this process checks: two chunks keep them busy, and their encoded records are small.
READ_AHEAD = 2 * CHUNK


def default_jobs() -> int:
    """Both cores where there are two or more: parsing dominates a cold run, and with more
    workers than cores they would only take turns."""
    return max(1, min(2, os.cpu_count() or 1))


class DocumentParser:
    """Parses documents and claims, reusing and filling a cache when one is given."""

    def __init__(
        self,
        analyzer: Analyzer | Callable[[], Analyzer],
        cache: ParseCache | None = None,
        jobs: int = 1,
        notify: Callable[[str], None] = lambda message: None,
        warm_worker: Pool | None = None,
    ) -> None:
        """`warm_worker`: a worker already loading the model (`warm_up`), forked before
        this parser could be made (`parse_workers.fork_if_written_since`)."""
        self._analyzer = analyzer if callable(analyzer) else None
        self._loaded: Analyzer | None = None if callable(analyzer) else analyzer
        self.cache = cache
        self.jobs = max(1, jobs)
        self.version = cache.version if cache else ""
        self._pool: Pool | None = None
        # Parses started ahead, by document key: the batch's result and the place in it.
        self._pending: dict[str, tuple[AsyncResult[list[bytes]], int]] = {}
        # Documents the run will ask for, in order, not yet handed to the workers; and the
        # keys already handed back, which need no parse again.
        self._planned: deque[Document] = deque()
        self._taken: set[str] = set()
        self._prefetcher: Pool | None = warm_worker
        self._frozen = False
        self._notify = notify
        if warm_worker is not None and installed_model() is None:
            notify(NO_MODEL_NOTICE)  # the worker loads the pipeline silently: say it here
        # Each live document's key, by id: a run asks for it several times, and hashing a
        # 10,000-article corpus twice shows. Weakly: holding the documents would keep every
        # article of a cold run in memory to the end (~20 KB each).
        self._keys: dict[int, tuple[weakref.ref[Document], str]] = {}

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
        if self.cache is None:
            # Without a cache nobody announced these documents: plan them here, so that
            # the workers parse the next chunk while this one is checked.
            documents = list(documents)
            if not self._planned and self._uses_workers(len(documents)):
                self._plan(documents)
        iterator = iter(documents)
        while chunk := list(islice(iterator, CHUNK)):
            yield from self._parse_chunk(chunk)

    def key(self, document: Document) -> str:
        """The cache key of a document's records."""
        place = id(document)
        known = self._keys.get(place)
        if known is not None and known[0]() is document:
            return known[1]
        key = document_key(self.version, document.start, document.original, document.analysis_text)
        keys = self._keys
        self._keys[place] = (weakref.ref(document, lambda _: keys.pop(place, None)), key)
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
        """Start parsing the `documents` the cache lacks, which the run will ask for in this
        order. Many go to worker processes forked from this one, which parse ahead while
        this process checks. A few go to one fresh worker process, so that loading the model
        there overlaps with this process's cached work (a warm run after adding an article)."""
        if self.cache is None or self._pending or self._planned:
            return
        keys = {self.key(document): document for document in documents}
        stored = self.cache.has_many(keys)
        missing = [d for key, d in keys.items() if key not in stored]
        if not missing:
            return
        if len(missing) >= MIN_PARALLEL:
            if self.jobs > 1:
                self._stop_prefetcher()  # workers forked from this process replace it
                self._plan(missing)
            return
        if self._loaded is not None:
            return  # nothing to overlap with when the model is loaded here already
        self.warm_up()
        assert self._prefetcher is not None
        for document in missing:
            result = self._prefetcher.apply_async(parse_batch, ([document],))
            self._pending[self.key(document)] = (result, 0)

    def warm_up(self) -> None:
        """Start loading the model in one worker process now, ahead of `prefetch`, so that
        the load (about 1.5 s) overlaps with reading the rest of a cached corpus. Forked
        where the system can: the worker starts with this process's modules imported and
        their patterns compiled (a spawned one spent ~0.7 s on that before loading spaCy)."""
        if self.cache is None or self._prefetcher is not None or self._loaded is not None:
            return
        if installed_model() is None:  # the worker loads the pipeline silently: say it here
            self._notify(NO_MODEL_NOTICE)
        self._prefetcher = fork_one() or spawn_one()

    def warm_up_if_changed(self, paths: Sequence[str]) -> None:
        """`warm_up` when one of `paths` was written since the cache last was: a file added
        to a folder, or a file given by name edited. Called before the run imports its
        checking code and lists the corpus, so that the model loads meanwhile. Folders
        within the PATHs are looked at while listing (`corpus_heads.HeadLoader`)."""
        if self.cache is not None and written_since(paths, self.cache.written_at()):
            self.warm_up()

    def _stop_prefetcher(self) -> None:
        if self._prefetcher is not None:
            self._prefetcher.terminate()
            self._prefetcher.join()
            self._prefetcher = None

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        for pool in (self._pool, self._prefetcher):
            if pool is not None:
                # Every result has been received (or the run failed): nothing to wait for.
                pool.terminate()
                pool.join()
        self._pool = self._prefetcher = None
        self._pending.clear()
        self._planned.clear()
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def _parse_chunk(self, chunk: list[Document]) -> Iterator[tuple[Document, ParsedText]]:
        if self.cache is None:
            if not self._pending and not self._uses_workers(len(chunk)):
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

    def _plan(self, documents: Sequence[Document]) -> None:
        """Hand the first of `documents` to the workers now, the rest as results come back."""
        self._planned.extend(documents)
        self._top_up()

    def _top_up(self) -> None:
        """Keep READ_AHEAD planned documents with the workers."""
        while self._planned and len(self._pending) < READ_AHEAD:
            batch: list[Document] = []
            while self._planned and len(batch) < WORKER_BATCH:
                document = self._planned.popleft()
                key = self.key(document)
                if key not in self._pending and key not in self._taken:
                    batch.append(document)
            if batch:
                self._submit(batch)

    def _submit(self, documents: list[Document]) -> None:
        result = self._workers().apply_async(parse_batch, (documents,))
        for place, document in enumerate(documents):
            self._pending.setdefault(self.key(document), (result, place))

    def _workers(self) -> Pool:
        """The worker processes, started on first use from this process with the pipeline
        loaded, where the operating system can fork."""
        if self._pool is None:
            if "fork" not in multiprocessing.get_all_start_methods():
                if installed_model() is None:  # workers load the pipeline silently: say it
                    self._notify(NO_MODEL_NOTICE)
                context = multiprocessing.get_context("spawn")
                self._pool = context.Pool(self.jobs, initializer=start_worker)
                return self._pool
            analyzer = self.analyzer
            # Objects alive now (the model, the corpus) move out of the collector's reach,
            # so that collections in the workers do not write to, and so copy, their pages.
            gc.freeze()
            self._frozen = True
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(self.jobs, adopt_analyzer, (analyzer,))
        return self._pool

    def _parse_blobs(self, documents: list[Document]) -> list[bytes]:
        """Encoded records, in order: from the workers for documents handed to them (or now
        handed, when there are enough), else parsed here while the workers parse theirs:
        a few primary documents are not queued behind the articles read ahead."""
        if not documents:
            return []
        keys = [self.key(document) for document in documents]
        fresh = [d for d, key in zip(documents, keys, strict=True) if key not in self._pending]
        if self._uses_workers(len(fresh)):
            for start in range(0, len(fresh), WORKER_BATCH):
                self._submit(fresh[start : start + WORKER_BATCH])
            fresh = []
        self._top_up()
        here: dict[str, bytes] = {}
        if fresh:
            for document, parsed in self.analyzer.parse_documents(fresh):
                here[self.key(document)] = encode_parsed(parsed)
        blobs = []
        for key in keys:
            if key in here:
                blobs.append(here[key])
                continue
            result, place = self._pending[key]
            if not result.ready():
                mark("main", "waits for the worker")
            blobs.append(result.get()[place])
        for key in keys:
            self._pending.pop(key, None)
            self._taken.add(key)
        self._top_up()
        return blobs


def _decoded(blob: bytes | None, text: str) -> ParsedText | None:
    if blob is None:
        return None
    try:
        return decode_parsed(blob, text)
    except CodecError:
        return None  # a damaged entry is parsed again and overwritten


def open_parser(
    paths: Sequence[str],
    load: Callable[[], Analyzer],
    *,
    cache_dir: str | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
    notify: Callable[[str], None] = lambda message: None,
    warm_worker: Pool | None = None,
) -> DocumentParser:
    """A parser for `verify PATH...`: the cache in `cache_dir` (default: see
    `cache.default_cache_dir`) unless `use_cache` is false; a cache that cannot be opened is
    skipped with a notice, since it only saves time. `warm_worker` (see `DocumentParser`)
    is stopped when the parser has no cache, as a parser without one parses in a pool of
    its own."""
    jobs = jobs or default_jobs()
    path = cache_file(paths, cache_dir) if use_cache else None
    cache = None
    if path is not None:
        try:
            cache = ParseCache(path, pipeline_version(), notify)
        except (OSError, sqlite3.Error) as error:
            notify(f"cannot use the cache in {path.parent} ({error}): parsing everything")
    if cache is None and warm_worker is not None:
        warm_worker.terminate()
        warm_worker.join()
        warm_worker = None
    return DocumentParser(load, cache, jobs, notify, warm_worker)
