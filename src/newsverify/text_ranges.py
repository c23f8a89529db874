"""Copying a byte range of one file into another inside the kernel where it can: a large
report's article text is hundreds of MB, and reading it into the process to write it out
again was a third of a warm run's writing."""

from __future__ import annotations

import os


def copy_range(in_fd: int, offset: int, size: int, out_fd: int) -> None:
    """Write `size` bytes of `in_fd` from `offset` to `out_fd` (sendfile; read-and-write
    where the system cannot send between these files)."""
    try:
        while size > 0:
            sent = os.sendfile(out_fd, in_fd, offset, size)
            if sent == 0:
                break
            offset, size = offset + sent, size - sent
    except (AttributeError, OSError):  # no sendfile here, or not between these files
        pass
    if size > 0:
        write_all(out_fd, read_range(in_fd, offset, size))


def read_range(fd: int, offset: int, size: int) -> bytes:
    pieces = []
    while size > 0:
        piece = os.pread(fd, size, offset)
        if not piece:
            raise OSError(f"file ended {size} bytes early")
        pieces.append(piece)
        offset, size = offset + len(piece), size - len(piece)
    return b"".join(pieces)


def write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
