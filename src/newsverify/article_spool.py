"""Articles' rendered report text kept in a temporary file until the report is written.

A run that keeps articles as text (`verification.run_verification(store_articles=...)`)
holds every article until the report is written at the end. In memory that grows with the
corpus (~27 KB per synthetic article: 270 MB at 10,000); spooled, a run holds only each
article's place in the file and its verdict counts. The file is anonymous: the operating
system removes it however the run ends.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
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

    def copy(self, offset: int, size: int, out_fd: int) -> None:
        """Write `size` bytes from `offset` to the file descriptor `out_fd`, inside the
        kernel where it can: a large report's articles are hundreds of MB, and reading them
        into this process to write them out again was a third of a warm run's writing."""
        assert self._file is not None
        self._file.flush()
        in_fd = self._file.fileno()
        try:
            while size > 0:
                sent = os.sendfile(out_fd, in_fd, offset, size)
                if sent == 0:
                    break
                offset, size = offset + sent, size - sent
        except (AttributeError, OSError):  # no sendfile here, or not between these files
            pass
        if size > 0:
            _write_all(out_fd, self.read(offset, size))


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


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

    def json_range(self) -> SpoolRange:
        """The findings' JSON items, to be copied into the report without reading them."""
        return SpoolRange(self.spool, self.offset, self.json_size)

    def markdown_range(self) -> SpoolRange:
        return SpoolRange(self.spool, self.offset + self.json_size, self.markdown_size)


@dataclass(frozen=True)
class SpoolRange:
    """UTF-8 text waiting in the spool: read it, or copy it straight to a file."""

    spool: ArticleSpool
    offset: int
    size: int

    def read(self) -> bytes:
        return self.spool.read(self.offset, self.size)

    def copy_to(self, out_fd: int) -> None:
        self.spool.copy(self.offset, self.size, out_fd)


def write_pieces(fd: int, pieces: Iterable[bytes | SpoolRange], buffer_size: int = 1 << 20) -> None:
    """Write UTF-8 pieces to the file descriptor `fd` in order, spooled ones copied by the
    kernel; small pieces are gathered into writes of about `buffer_size` bytes."""
    pending = bytearray()
    for piece in pieces:
        if isinstance(piece, SpoolRange):
            _write_all(fd, pending)
            pending.clear()
            piece.copy_to(fd)
            continue
        pending += piece
        if len(pending) >= buffer_size:
            _write_all(fd, pending)
            pending.clear()
    _write_all(fd, pending)
