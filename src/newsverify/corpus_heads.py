"""Loading a corpus as document heads through the cache, and documents only where needed.

A warm JSON or markdown run needs the full text of few documents: the primary ones (the
evidence) and the articles whose report text is not cached. Every other file costs a stat
and two rows: the key its bytes had, by its identity (`file_identity`), and its heads
(`loaded_files.CachedHeads`); it is not read, its documents are not decoded. A file whose
identity changed is read and hashed. The heads, skipped files and their order are exactly
`corpus.load_corpus`'s.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .corpus import LOAD_CHUNK, Document, Skipped, file_documents, list_files, read_file
from .document_heads import DocumentHead, FilesHeads, head_of
from .errors import InputError
from .file_identity import changed_since, file_stat, identity
from .loaded_files import CachedFiles, CachedHeads, CachedListing

# Files whose loaded documents a run keeps for later instead of decoding them again from
# the cache: all the new files of a warm run, a bounded share of a cold one.
KEEP_LOADED = LOAD_CHUNK
# Files are loaded in chunks that end after a file whose name hashes to a multiple of
# LOAD_CHUNK (so LOAD_CHUNK files on average), or at this many: a file added or removed
# changes only its own chunk's `CachedListing` row, where fixed-size chunks would shift
# every chunk after it.
MAX_CHUNK = 4 * LOAD_CHUNK


@dataclass
class HeadCorpus:
    heads: list[DocumentHead] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Documents of the first files loaded from their bytes in this run (new or changed),
    # by file key, until first asked for: the ones most likely to be needed in full,
    # without a second decode. Bounded and handed over, not kept: a cold run loads every
    # file before checking any, and holding them all would grow memory with the corpus
    # (~20 KB a synthetic article); the rest are decoded from the cache when needed.
    loaded: dict[str, list[Document]] = field(default_factory=dict)


class HeadLoader:
    """Loads heads, then full documents on demand, through one run's cache."""

    def __init__(
        self,
        files: CachedFiles,
        heads: CachedHeads,
        records_key: Callable[[Document], str],
        on_new_file: Callable[[], None] = lambda: None,
        cache_written: float | None = None,
        on_false_alarm: Callable[[], None] = lambda: None,
    ) -> None:
        self.files = files
        self.heads = heads
        self.listing = CachedListing(files, heads)
        self.records_key = records_key
        # Called when a warm cache meets a file it has never seen: that file will probably
        # need parsing, and the model can start loading while the rest is read.
        self.on_new_file = on_new_file
        # When the cache was last written (a file time): a corpus file modified since is
        # probably new to it, which the file times tell before any file is read.
        self.cache_written = cache_written
        # Called when the times said something changed but every file was known (a file
        # removed from a folder): the cache notes the moment, so later runs are not warned.
        self.on_false_alarm = on_false_alarm
        self.corpus = HeadCorpus()
        self._cache_known_files = False
        self._files_read = 0

    def load(self, paths: Sequence[str], exclude: Sequence[str] = ()) -> HeadCorpus:
        """Every document's head under `paths`, in corpus order (see `load_corpus`)."""
        written = self.cache_written
        warned = False

        def warn_if_changed(folder: str) -> None:
            # A folder written since the cache was (a file added, removed or renamed in it)
            # says so before its files are listed and their times read.
            nonlocal warned
            if not warned and written is not None and changed_since(file_stat(folder), written):
                warned = True
                self.on_new_file()

        listed = list_files(paths, exclude, warn_if_changed)
        metadata = [file_stat(entry[0]) if isinstance(entry, tuple) else None for entry in listed]
        if written is not None and any(changed_since(m, written) for m in metadata):
            warned = True
            self.on_new_file()
        for start, end in _chunks(listed):
            self._load_chunk(listed[start:end], metadata[start:end])
        if warned and not self._files_read:
            self.on_false_alarm()
        return self.corpus

    def documents(self, entries: Sequence[DocumentHead | Document]) -> list[Document]:
        """The full documents of `entries` (heads or documents), in order: loaded this run
        and not yet asked for, else from the cache, else from the file again (a row lost
        since its heads were read)."""
        heads = [entry for entry in entries if isinstance(entry, DocumentHead)]
        loaded = self.corpus.loaded
        by_file = {h.file_key: loaded.pop(h.file_key) for h in heads if h.file_key in loaded}
        wanted = {h.file_key for h in heads if h.file_key not in by_file}
        by_file.update(self.files.get_many(list(wanted)))
        for head in heads:
            if head.file_key not in by_file:
                by_file[head.file_key] = self._reload(head)
        found: list[Document] = []
        for entry in entries:
            if isinstance(entry, Document):
                found.append(entry)
                continue
            documents = by_file[entry.file_key]
            if not 0 < entry.index <= len(documents):
                raise InputError(f"{entry.path}: changed while being verified")
            found.append(documents[entry.index - 1])
        return found

    def _load_chunk(
        self, listed: list[Skipped | tuple[str, str]], metadata: list[os.stat_result | None]
    ) -> None:
        files = {p: entry for p, entry in enumerate(listed) if isinstance(entry, tuple)}
        if not files:  # skipped for their names: nothing to look up
            self.corpus.skipped.extend(entry for entry in listed if isinstance(entry, Skipped))
            return
        identities = {p: identity(metadata[p]) for p in files}
        listing = self._listing(listed, files, identities)
        if listing is not None:
            remembered = self.listing.get(listing)
            if remembered is not None:
                self._cache_known_files = True
                for entry, file in zip(listed, remembered, strict=True):
                    if isinstance(entry, Skipped):
                        self.corpus.skipped.append(entry)
                    elif file is not None:
                        self.corpus.heads.extend(file[1])
                return
        # What the chunk's listing row will hold, unless a file in it is skipped on reading.
        chunk_heads: FilesHeads = []
        known = self.files.known_keys(
            [(*files[p], ident) for p, ident in identities.items() if ident is not None]
        )
        keys = {p: known[files[p]] for p in files if files[p] in known}
        stored = self.heads.get_many(list(keys.values()))
        # A file known by its identity but whose heads are gone is read like a new one.
        read = {p: read_file(files[p][0]) for p in files if keys.get(p) not in stored}
        self._files_read += len(read)
        for position, data in read.items():
            if isinstance(data, bytes):
                keys[position] = self.files.key(*files[position], data)
            else:
                keys.pop(position, None)
        stored.update(self.heads.get_many([keys[p] for p in read if p in keys]))
        self._cache_known_files = self._cache_known_files or bool(stored)
        new_heads: list[tuple[str, list[DocumentHead]]] = []
        new_documents: list[tuple[str, list[Document]]] = []
        for position, entry in enumerate(listed):
            data = read.get(position, entry)
            if isinstance(data, Skipped):
                self.corpus.skipped.append(data)
                if data is entry:
                    chunk_heads.append(None)  # skipped for its name, as every time
                continue
            assert isinstance(entry, tuple)
            key = keys[position]
            heads = stored.get(key)
            if heads is None:
                assert isinstance(data, bytes)
                if self._cache_known_files:
                    self.on_new_file()
                documents = file_documents(*entry, data)
                if isinstance(documents, Skipped):
                    self.corpus.skipped.append(documents)
                    continue
                heads = [head_of(d, self.records_key(d), key) for d in documents]
                if len(self.corpus.loaded) < KEEP_LOADED:
                    self.corpus.loaded[key] = documents
                new_documents.append((key, documents))
                new_heads.append((key, heads))
            self.corpus.heads.extend(heads)
            chunk_heads.append((key, heads))
        # Documents before heads: a heads row always has its documents row behind it,
        # unless a run stopped in between or the row was damaged since (`_reload`). Then
        # the identities of the files read, which point at their heads.
        self.files.put_many(new_documents)
        self.heads.put_many(new_heads)
        remembered = [
            (*files[p], ident, keys[p])
            for p, ident in identities.items()
            if ident is not None and p in read and p in keys
        ]
        self.files.remember_keys(remembered)
        if listing is not None and len(chunk_heads) == len(listed):  # no file skipped
            self.listing.put(listing, chunk_heads)

    def _listing(
        self,
        listed: list[Skipped | tuple[str, str]],
        files: dict[int, tuple[str, str]],
        identities: dict[int, str | None],
    ) -> list[tuple[str, str, str]] | None:
        """The chunk as `CachedListing` knows it; None when a file in it was too recently
        written to be known by its identity (it must be read), or it has no file to read."""
        named: list[tuple[str, str, str]] = []
        for position, entry in enumerate(listed):
            if isinstance(entry, Skipped):
                named.append((entry.path, "", f"skipped: {entry.reason}"))
                continue
            ident = identities[position]
            if ident is None:
                return None
            named.append((*files[position], ident))
        return named if files else None

    def _reload(self, head: DocumentHead) -> list[Document]:
        data = read_file(head.path)
        if isinstance(data, Skipped):
            raise InputError(f"{head.path}: {data.reason}")
        if self.files.key(head.path, head.rel_path, data) != head.file_key:
            raise InputError(f"{head.path}: changed while being verified")
        documents = file_documents(head.path, head.rel_path, data)
        if isinstance(documents, Skipped):
            raise InputError(f"{head.path}: {documents.reason}")
        self.files.put_many([(head.file_key, documents)])
        return documents


def _chunks(listed: list[Skipped | tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each chunk of `listed`: see `MAX_CHUNK`."""
    start = 0
    for position, entry in enumerate(listed):
        name = entry.path if isinstance(entry, Skipped) else entry[0]
        boundary = zlib.crc32(name.encode("utf-8", "surrogatepass")) % LOAD_CHUNK == 0
        if boundary or position + 1 - start >= MAX_CHUNK:
            yield start, position + 1
            start = position + 1
    if start < len(listed):
        yield start, len(listed)
