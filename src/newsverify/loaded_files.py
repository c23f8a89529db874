"""The cache's view of loaded files: a file's documents (and their heads) by its bytes and
its name.

A file's documents depend on its bytes, the name it is shown under (the documents' `path`
and ids), the loading code and YAML's parser: the key digests all of them, so an entry is
never stale, and an edited file or loader simply misses.
"""

from __future__ import annotations

import hashlib

from .cache import DOCUMENTS, HEADS, IDENTITIES, ParseCache
from .codec import CodecError
from .corpus import Document
from .document_codec import decode_documents, encode_documents
from .document_heads import (
    DocumentHead,
    FilesHeads,
    decode_files_heads,
    decode_heads,
    encode_files_heads,
    encode_heads,
)
from .fingerprint import package_version, source_digest

# The module that stores documents; with its imports, the loader's code (corpus.py, text.py).
LOADING_ROOT = "document_codec"


class CachedFiles:
    """`corpus.LoadedFiles` backed by the parse cache."""

    def __init__(self, cache: ParseCache) -> None:
        self.cache = cache
        self.prefix = (
            f"files\0{source_digest(LOADING_ROOT)}\0yaml {package_version('PyYAML')}\0"
        ).encode()

    def key(self, path: str, rel_path: str, data: bytes) -> str:
        digest = hashlib.sha256(self.prefix)
        digest.update(f"{path}\0{rel_path}\0".encode("utf-8", "surrogatepass"))
        digest.update(data)
        return digest.hexdigest()

    def known_keys(self, files: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
        """The keys remembered for files (display path, relative path, identity) whose
        identity is unchanged since their bytes were last read, by (display, relative)."""
        rows = {
            self._identity_key(path, rel_path): (path, rel_path, ident)
            for path, rel_path, ident in files
        }
        known: dict[tuple[str, str], str] = {}
        for row_key, blob in self.cache.get_many(list(rows), IDENTITIES).items():
            path, rel_path, ident = rows[row_key]
            remembered, _, key = blob.decode("ascii", "replace").rpartition("\0")
            if remembered == ident and len(key) == 64:
                known[(path, rel_path)] = key
        return known

    def remember_keys(self, files: list[tuple[str, str, str, str]]) -> None:
        """Remember (display path, relative path, identity, key) for files just read."""
        rows = (
            (self._identity_key(p, r), f"{ident}\0{key}".encode()) for p, r, ident, key in files
        )
        self.cache.put_many(rows, IDENTITIES)

    def _identity_key(self, path: str, rel_path: str) -> str:
        # The loader's prefix too: a file's key depends on it.
        digest = hashlib.sha256(b"identity\0" + self.prefix)
        digest.update(f"{path}\0{rel_path}".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, list[Document]]:
        found: dict[str, list[Document]] = {}
        for key, blob in self.cache.get_many(keys, DOCUMENTS).items():
            try:
                found[key] = decode_documents(blob)
            except CodecError:
                continue  # damaged: loaded again and overwritten
        return found

    def put_many(self, entries: list[tuple[str, list[Document]]]) -> None:
        self.cache.put_many(((key, encode_documents(docs)) for key, docs in entries), DOCUMENTS)


class CachedHeads:
    """Each file's document heads (`document_heads`) in the parse cache, by its documents'
    key and the pipeline version (which the heads' records keys depend on)."""

    def __init__(self, cache: ParseCache) -> None:
        self.cache = cache
        self.prefix = f"heads\0{cache.version}\0".encode()

    def key(self, file_key: str) -> str:
        return hashlib.sha256(self.prefix + file_key.encode()).hexdigest()

    def get_many(self, file_keys: list[str]) -> dict[str, list[DocumentHead]]:
        """The stored heads among `file_keys`' files, by file key."""
        keys = {self.key(file_key): file_key for file_key in file_keys}
        found: dict[str, list[DocumentHead]] = {}
        for key, blob in self.cache.get_many(list(keys), HEADS).items():
            try:
                found[keys[key]] = decode_heads(blob, keys[key])
            except CodecError:
                continue  # damaged: loaded again and overwritten
        return found

    def put_many(self, entries: list[tuple[str, list[DocumentHead]]]) -> None:
        rows = ((self.key(file_key), encode_heads(heads)) for file_key, heads in entries)
        self.cache.put_many(rows, HEADS)


class CachedListing:
    """The heads of a run of listed files in one row, keyed by their names and holding
    their identities (`file_identity`): a warm run that finds a chunk of the corpus
    unchanged reads one row for it instead of two per file (the key its bytes had, then
    its heads), and decodes one instead of one per file: together about a third of a
    second at 10,000 files. A file touched in the chunk misses (its row is then replaced);
    one added, removed or renamed makes a chunk of other names. Either way the chunk's
    files are looked up one by one as before."""

    def __init__(self, files: CachedFiles, heads: CachedHeads) -> None:
        self.cache = heads.cache
        # What each file's key and heads depend on besides its bytes.
        self._prefix = b"listing\0" + files.prefix + heads.prefix

    def get(self, listed: list[tuple[str, str, str]]) -> FilesHeads | None:
        """(file key, heads) for each of the chunk's (display path, relative path,
        identity), in order (None for a file skipped for its name: its path, "" and the
        reason), or None unless stored for exactly these files as they are."""
        key = self._key(listed)
        blob = self.cache.get_many([key], HEADS).get(key)
        if blob is None:
            return None
        try:
            state, files = decode_files_heads(blob)
        except CodecError:
            return None  # damaged: looked up file by file and stored again
        return files if state == _state(listed) and len(files) == len(listed) else None

    def put(self, listed: list[tuple[str, str, str]], files: FilesHeads) -> None:
        row = encode_files_heads(_state(listed), files)
        self.cache.put_many([(self._key(listed), row)], HEADS)

    def _key(self, listed: list[tuple[str, str, str]]) -> str:
        digest = hashlib.sha256(self._prefix)
        for path, rel_path, _ in listed:
            digest.update(f"{path}\0{rel_path}\n".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def _state(listed: list[tuple[str, str, str]]) -> str:
    """Digest of the files' identities, in order."""
    joined = "\n".join(ident for _, _, ident in listed)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
