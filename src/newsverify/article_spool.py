"""Articles' rendered report text waiting in a file until the report is written.

A run that keeps articles as text (`verification.run_verification(store_articles=...)`)
holds every article until the report is written at the end. In memory that grows with the
corpus (~28 KB per synthetic article: 280 MB at 10,000); in a file, a run holds only each
article's place there and its verdict counts. The file is the cache's article pack
(`article_pack`) for cached articles, or an anonymous temporary file (`ArticleSpool`) for
text that could not be stored there: the operating system removes it however the run ends.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Protocol

from .text_ranges import copy_range, read_range, write_all


class TextFile(Protocol):
    """A file of article text: read a range, or copy it to a file descriptor."""

    def read(self, offset: int, size: int) -> bytes: ...

    def copy(self, offset: int, size: int, out_fd: int) -> None: ...


class ArticleSpool:
    """An append-only temporary file of articles' report text."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._size = 0

    def keep(
        self, counts: tuple[tuple[str, int], ...], json_utf8: bytes, markdown_utf8: bytes
    ) -> SpooledArticle:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the run)
        self._file.seek(self._size)
        self._file.write(json_utf8)
        self._file.write(markdown_utf8)
        spooled = SpooledArticle(self, counts, self._size, len(json_utf8), len(markdown_utf8))
        self._size += len(json_utf8) + len(markdown_utf8)
        return spooled

    def read(self, offset: int, size: int) -> bytes:
        assert self._file is not None
        self._file.flush()
        return read_range(self._file.fileno(), offset, size)

    def copy(self, offset: int, size: int, out_fd: int) -> None:
        assert self._file is not None
        self._file.flush()
        copy_range(self._file.fileno(), offset, size, out_fd)


@dataclass(frozen=True)
class SpooledArticle:
    """One article's findings as the report shows them, their text waiting in `spool`."""

    spool: TextFile
    counts: tuple[tuple[str, int], ...]  # (verdict, findings with it)
    offset: int
    json_size: int
    markdown_size: int

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.counts)

    def json_bytes(self) -> bytes:
        """The findings' JSON items as UTF-8, joined as in the report's findings list."""
        return self.spool.read(self.offset, self.json_size)

    def markdown_bytes(self) -> bytes:
        """The article's markdown section ("" without findings)."""
        return self.spool.read(self.offset + self.json_size, self.markdown_size)

    def json_range(self) -> SpoolRange:
        """The findings' JSON items, to be copied into the report without reading them."""
        return SpoolRange(self.spool, self.offset, self.json_size)

    def markdown_range(self) -> SpoolRange:
        return SpoolRange(self.spool, self.offset + self.json_size, self.markdown_size)


@dataclass(frozen=True)
class SpoolRange:
    """UTF-8 text waiting in a file: read it, or copy it straight to another file."""

    spool: TextFile
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
            write_all(fd, pending)
            pending.clear()
            piece.copy_to(fd)
            continue
        pending += piece
        if len(pending) >= buffer_size:
            write_all(fd, pending)
            pending.clear()
    write_all(fd, pending)
