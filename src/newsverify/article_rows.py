"""The cache's view of rendered articles: one row per article with its report text, so a
warm run writes an unchanged article's JSON or markdown without decoding its findings.

A row depends on the article's findings (its records against the evidence: the findings
key), on where the article and the primary documents are shown (paths, ids, first lines, the
article's title), and on the rendering code; the key digests all of them, so a row is never
stale.
"""

from __future__ import annotations

import hashlib

from .article_codec import StoredArticle, decode_article, encode_article
from .cache import ARTICLES, ParseCache
from .codec import CodecError
from .corpus import Document
from .fingerprint import package_version, source_digest
from .report import article_json_items, markdown_section
from .verification import FindingResult, Listed

# This module: with its imports, the rendering code (report.py) and the row's layout.
RENDERING_ROOT = "article_rows"


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

    def key(self, document: Listed, findings_key: str) -> str:
        fields = (self._prefix, findings_key, document.path, document.doc_id, document.title or "")
        text = "\0".join(fields) + f"\0{document.title is None}\0{document.first_line}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, StoredArticle]:
        found: dict[str, StoredArticle] = {}
        for key, blob in self.cache.get_many(keys, ARTICLES).items():
            try:
                found[key] = decode_article(blob)
            except CodecError:
                continue  # damaged: rendered again and overwritten
        return found

    def put_many(
        self, entries: list[tuple[str, Document, list[FindingResult]]]
    ) -> list[StoredArticle]:
        rows = [
            encode_article(
                [f.verdict.verdict for f in findings],
                article_json_items(findings),
                markdown_section(findings),
            )
            for _, _, findings in entries
        ]
        keys = [key for key, _, _ in entries]
        self.cache.put_many(zip(keys, rows, strict=True), ARTICLES)
        return [decode_article(row) for row in rows]
