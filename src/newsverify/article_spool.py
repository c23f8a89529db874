"""Articles' rendered report text kept in a temporary file until the report is written.

A run that keeps articles as text (`verification.run_verification(store_articles=...)`)
holds every article until the report is written at the end. In memory that grows with the
corpus (~27 KB per synthetic article: 270 MB at 10,000); spooled, a run holds only each
article's place in the file and its verdict counts. The file is anonymous: the operating
system removes it however the run ends.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import IO

from .article_codec import StoredArticle


class ArticleSpool:
    """An append-only temporary file of articles' report text."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._size = 0

    def keep(self, article: StoredArticle) -> SpooledArticle:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the run)
        self._file.seek(self._size)
        self._file.write(article.json_utf8)
        self._file.write(article.markdown_utf8)
        spooled = SpooledArticle(
            self, article.counts, self._size, len(article.json_utf8), len(article.markdown_utf8)
        )
        self._size += len(article.json_utf8) + len(article.markdown_utf8)
        return spooled

    def read(self, offset: int, size: int) -> bytes:
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(size)


@dataclass(frozen=True)
class SpooledArticle:
    """One article as `StoredArticle` shows it, its text read back from the spool."""

    spool: ArticleSpool
    counts: tuple[tuple[str, int], ...]  # (verdict, findings with it)
    offset: int
    json_size: int
    markdown_size: int

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.counts)

    def json_bytes(self) -> bytes:
        """The findings' JSON items as UTF-8, ready to be copied into the report."""
        return self.spool.read(self.offset, self.json_size)

    def markdown_bytes(self) -> bytes:
        return self.spool.read(self.offset + self.json_size, self.markdown_size)
