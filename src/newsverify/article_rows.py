"""The cache's view of rendered articles: one row per article saying where its report text
is in the article pack (`article_pack`), so a warm run writes an unchanged article's JSON or
markdown without decoding its findings, or even reading its text.

A row depends on the article's findings (its records against the evidence: the findings
key), on where the article and the primary documents are shown (paths, ids, first lines, the
article's title), and on the rendering code; the key digests all of them, so a row is never
stale.
"""

from __future__ import annotations

import hashlib
import weakref

from .article_codec import ArticleRow, decode_row, encode_row, verdict_counts
from .article_pack import (
    COMPACT_MIN_BYTES,
    COMPACT_RATIO,
    PACK_META,
    ArticlePack,
    new_pack_id,
    pack_path,
    remove_other_packs,
)
from .article_spool import ArticleSpool, SpooledArticle
from .cache import ARTICLES, ParseCache
from .codec import CodecError
from .corpus import Document
from .fingerprint import package_version, source_digest
from .report import article_json_items, markdown_section
from .verification import FindingResult, Listed

# This module: with its imports, the rendering code (report.py) and the row's layout.
RENDERING_ROOT = "article_rows"
# The pack size when what its rows use was last counted.
PACK_CHECKED_META = "pack-checked"
# A row is a short line (`article_codec`); anything longer is of another format.
MAX_ROW_BYTES = 1024


class CachedArticles:
    """`verification.ArticleStore` backed by the parse cache, for one run's evidence."""

    def __init__(self, cache: ParseCache, primary: list[Document]) -> None:
        self.cache = cache
        digest = hashlib.sha256(
            f"articles\0{source_digest(RENDERING_ROOT)}\0"
            f"pydantic {package_version('pydantic')}\0".encode()
        )
        for document in primary:  # evidence shows their paths, ids and lines
            fields = (document.path, document.doc_id, str(document.first_line))
            digest.update(("\1".join(fields) + "\0").encode("utf-8", "surrogatepass"))
        self._prefix = digest.hexdigest()
        self.pack = _current_pack(cache)
        weakref.finalize(self, self.pack.close)
        # Text that could not be added to the pack (a read-only cache) waits here.
        self._spool = ArticleSpool()

    def key(self, document: Listed, findings_key: str) -> str:
        fields = (self._prefix, findings_key, document.path, document.doc_id, document.title or "")
        text = "\0".join(fields) + f"\0{document.title is None}\0{document.first_line}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, SpooledArticle]:
        found: dict[str, SpooledArticle] = {}
        for key, blob in self.cache.get_many(keys, ARTICLES).items():
            try:
                row = decode_row(blob)
            except CodecError:
                continue  # damaged: rendered again and overwritten
            size = row.json_size + row.markdown_size
            if row.pack_id != self.pack.pack_id or not self.pack.holds(key, row.start, size):
                continue  # its text is gone (a new pack): rendered again
            found[key] = SpooledArticle(
                self.pack, row.counts, row.start, row.json_size, row.markdown_size
            )
        return found

    def put_many(
        self, entries: list[tuple[str, Document, list[FindingResult]]]
    ) -> list[SpooledArticle]:
        if not entries:
            return []  # a warm chunk: no append, whose sync cost a run at 10k ~0.1 s
        rendered = [
            (
                verdict_counts([f.verdict.verdict for f in findings]),
                article_json_items(findings).encode("utf-8"),
                markdown_section(findings).encode("utf-8"),
            )
            for _, _, findings in entries
        ]
        keys = [key for key, _, _ in entries]
        try:
            texts = [json + markdown for _, json, markdown in rendered]
            starts = self.pack.append(list(zip(keys, texts, strict=True)))
        except OSError:  # the cache's folder cannot be written: keep the text for this run
            return [self._spool.keep(*article) for article in rendered]
        rows = [
            ArticleRow(self.pack.pack_id, start, len(json), len(markdown), counts)
            for start, (counts, json, markdown) in zip(starts, rendered, strict=True)
        ]
        self.cache.put_many(zip(keys, map(encode_row, rows), strict=True), ARTICLES)
        return [
            SpooledArticle(self.pack, row.counts, row.start, row.json_size, row.markdown_size)
            for row in rows
        ]


def _current_pack(cache: ParseCache) -> ArticlePack:
    """This cache generation's pack, started anew when it has grown to several times what
    its rows use (edited articles leave their old text behind)."""
    folder = cache.path.parent
    pack_id, made = cache.setting(PACK_META, new_pack_id)
    if made:
        remove_other_packs(folder, pack_id)
    pack = ArticlePack(pack_path(folder, pack_id), pack_id)
    size = pack.size()
    # Counting what the rows use reads every row: done again only when the pack has doubled.
    checked, _ = cache.setting(PACK_CHECKED_META, lambda: "0")
    if size < max(COMPACT_MIN_BYTES, 2 * int(checked)):
        return pack
    if size <= COMPACT_RATIO * _bytes_used(cache, pack_id):
        cache.replace_setting(PACK_CHECKED_META, checked, str(size))
        return pack
    fresh = new_pack_id()
    if cache.replace_setting(PACK_META, pack_id, fresh):
        cache.replace_setting(PACK_CHECKED_META, checked, "0")
        remove_other_packs(folder, fresh)
        return ArticlePack(pack_path(folder, fresh), fresh)
    return pack


def _bytes_used(cache: ParseCache, pack_id: str) -> int:
    used = 0
    for blob in cache.small_values(ARTICLES, MAX_ROW_BYTES):
        try:
            row = decode_row(blob)
        except CodecError:
            continue
        if row.pack_id == pack_id:
            used += row.json_size + row.markdown_size
    return used
