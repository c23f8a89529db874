"""Articles' rendered report text in one append-only file next to the cache database.

A warm run's report is mostly cached article text (~28 KB an article: ~280 MB at 10,000).
Kept inside SQLite rows, every run read it all out of the database, checked it and copied it
into a temporary spool before writing the report: about a second at 10,000 articles. Kept
here instead, a row holds only where its text is (`article_codec`), and the report copies
the text from this file into the output inside the kernel (`text_ranges.copy_range`),
never reading it into the process.

Safety: entries are appended under an exclusive lock and synced before the rows that point
at them are committed, so an interrupted run leaves at most an unreferenced tail. Each entry
starts with a marker naming its row's key; a row whose marker is not where it points (the
file replaced, truncated or rebuilt) is a miss, and the article is rendered again.

A pack belongs to one cache generation (`ParseCache` meta `pack`): a pipeline version change
starts a new one and removes the others. Text of edited articles stays behind as dead space;
when the file has grown to several times what its rows use, the next run starts a new pack
(the articles are rendered again from their cached findings once).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from .text_ranges import copy_range, read_range, write_all

try:
    import fcntl
except ImportError:  # pragma: no cover (not POSIX: appends are not locked)
    fcntl = None  # type: ignore[assignment]

PACK_META = "pack"
# A pack this large, and this many times what its rows use, is started anew.
COMPACT_MIN_BYTES = 256 * 1024 * 1024
COMPACT_RATIO = 3
# The marker before each entry: the first characters of its row's key and a newline.
MARKER_CHARS = 16
MARKER_BYTES = MARKER_CHARS + 1


def new_pack_id() -> str:
    return secrets.token_hex(8)


def pack_path(folder: Path, pack_id: str) -> Path:
    return folder / f"articles-{pack_id}.pack"


def remove_other_packs(folder: Path, pack_id: str) -> None:
    """Packs of earlier generations: their rows are gone. A run still reading one keeps
    its open file where the system allows; elsewhere the file stays until next time."""
    keep = pack_path(folder, pack_id).name
    for path in folder.glob("articles-*.pack"):
        if path.name != keep:
            try:
                path.unlink()
            except OSError:
                continue


def marker(key: str) -> bytes:
    return key[:MARKER_CHARS].encode("ascii") + b"\n"


class ArticlePack:
    """One generation's pack file, opened on first use."""

    def __init__(self, path: Path, pack_id: str) -> None:
        self.path = path
        self.pack_id = pack_id
        self._fd: int | None = None

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def append(self, entries: list[tuple[str, bytes]]) -> list[int]:
        """Append each (row key, text) and return where each text starts. `OSError` when
        the file cannot be written (the caller keeps the text elsewhere)."""
        fd = self._open(create=True)
        assert fd is not None
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # another run may be appending
        try:
            offset = os.lseek(fd, 0, os.SEEK_END)
            starts: list[int] = []
            buffer = bytearray()
            for key, text in entries:
                buffer += marker(key)
                starts.append(offset + len(buffer))
                buffer += text
            write_all(fd, buffer)
            os.fsync(fd)  # before the rows pointing here are committed
        finally:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
        return starts

    def holds(self, key: str, start: int, size: int) -> bool:
        """Whether the entry `key`'s row points at (text at `start`, `size` bytes) is here."""
        fd = self._open(create=False)
        if fd is None or start < MARKER_BYTES:
            return False
        try:
            found = os.pread(fd, MARKER_BYTES, start - MARKER_BYTES)
            return found == marker(key) and start + size <= os.fstat(fd).st_size
        except OSError:
            return False

    def read(self, offset: int, size: int) -> bytes:
        fd = self._open(create=False)
        assert fd is not None
        return read_range(fd, offset, size)

    def copy(self, offset: int, size: int, out_fd: int) -> None:
        fd = self._open(create=False)
        assert fd is not None
        copy_range(fd, offset, size, out_fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _open(self, create: bool) -> int | None:
        if self._fd is None:
            flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_CLOEXEC", 0)
            try:
                self._fd = os.open(self.path, flags, 0o644)
            except OSError:
                if create:
                    raise
                try:  # a read-only cache can still be read
                    self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                except OSError:
                    return None
        return self._fd
