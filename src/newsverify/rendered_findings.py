"""The cache's view of rendered findings: each finding's JSON item, so that a warm run
copies an unchanged article's report text instead of building and dumping models again.

An item depends on the finding (its article's records against the evidence: the findings
key), on where the article and the primary documents are shown (paths, ids, first lines),
and on the rendering code; the key digests all of them, so an entry is never stale.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from pathlib import Path

from .cache import RENDERED, ParseCache
from .fingerprint import package_version, source_digest
from .verification import FindingResult, Report

# The module that renders reports; with its imports, everything a finding's item shows.
RENDERING_ROOT = "report"


class CachedRendering:
    """`report.RenderedFindings` backed by the parse cache, for one report."""

    def __init__(self, cache: ParseCache, report: Report) -> None:
        self.cache = cache
        digest = hashlib.sha256(
            f"rendered\0{source_digest(RENDERING_ROOT)}\0"
            f"pydantic {package_version('pydantic')}\0".encode()
        )
        for document in report.primary:  # evidence shows their paths, ids and lines
            fields = (document.path, document.doc_id, str(document.first_line))
            digest.update(("\1".join(fields) + "\0").encode("utf-8", "surrogatepass"))
        self._prefix = digest.hexdigest()

    def key(self, result: FindingResult) -> str | None:
        if result.cache_key is None:
            return None  # checked without the cache: nothing says what it depends on
        document = result.document
        fields = (self._prefix, result.cache_key, document.path, document.doc_id)
        text = "\0".join(fields) + f"\0{document.first_line}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, blob in self.cache.get_many(keys, RENDERED).items():
            try:
                found[key] = zlib.decompress(blob).decode("utf-8")
            except (zlib.error, TypeError, UnicodeDecodeError):
                continue  # damaged: rendered again and overwritten
        return found

    def put_many(self, entries: list[tuple[str, str]]) -> None:
        # Items are most of a report's size; compressed, the cache grows far less.
        compressed = ((key, zlib.compress(item.encode("utf-8"), 1)) for key, item in entries)
        self.cache.put_many(compressed, RENDERED)

    def close(self) -> None:
        self.cache.close()


def open_rendering(path: Path | None, version: str, report: Report) -> CachedRendering | None:
    """Rendered findings in the cache at `path` (None: no cache); a cache that cannot be
    opened now is simply not used, since it only saves time."""
    if path is None:
        return None
    try:
        return CachedRendering(ParseCache(path, version), report)
    except (OSError, sqlite3.Error):
        return None
