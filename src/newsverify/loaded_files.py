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
from .document_heads import DocumentHead, decode_heads, encode_heads
from .fingerprint import package_version, source_digest

# The module that stores documents; with its imports, the loader's code (corpus.py, text.py).
LOADING_ROOT = "document_codec"


class CachedFiles:
    """`corpus.LoadedFiles` backed by the parse cache."""

    def __init__(self, cache: ParseCache) -> None:
        self.cache = cache
        self._prefix = (
            f"files\0{source_digest(LOADING_ROOT)}\0yaml {package_version('PyYAML')}\0"
        ).encode()

    def key(self, path: str, rel_path: str, data: bytes) -> str:
        digest = hashlib.sha256(self._prefix)
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
        digest = hashlib.sha256(b"identity\0" + self._prefix)
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
        self._prefix = f"heads\0{cache.version}\0".encode()

    def key(self, file_key: str) -> str:
        return hashlib.sha256(self._prefix + file_key.encode()).hexdigest()

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
