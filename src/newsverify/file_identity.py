"""A file's identity from its metadata: whether its bytes can have changed since it was read.

Reading and hashing every file was most of what a warm run of a large corpus did with
unchanged files (~0.4 s at 10,000). Like git's index, the cache remembers each file's
identity (size, modification and change times, inode, device) next to the key its bytes had:
the same identity means the same bytes, with no read. The change time moves on every write
and no tool can set it back (archives and `rsync -t` restore only the modification time).

A file is remembered only once it has been still for `SETTLE_SECONDS`: two writes within one
tick of a coarse file-system clock would otherwise share an identity ("racy clean" in git).
"""

from __future__ import annotations

import os
import stat
import time

SETTLE_SECONDS = 2.0


def file_stat(path: str) -> os.stat_result | None:
    """The file's metadata, or None when it cannot be had (reading it will say why)."""
    try:
        return os.stat(path)
    except OSError:
        return None


def identity(metadata: os.stat_result | None, now: float | None = None) -> str | None:
    """The identity to remember or look up, or None for a file that has changed too recently
    to be told apart from a later write, or that is not a regular file."""
    if metadata is None or not stat.S_ISREG(metadata.st_mode):
        return None
    settled = (time.time() if now is None else now) - SETTLE_SECONDS
    if max(metadata.st_mtime, metadata.st_ctime) > settled:
        return None
    fields = (
        metadata.st_size,
        metadata.st_mtime_ns,
        metadata.st_ctime_ns,
        metadata.st_ino,
        metadata.st_dev,
    )
    return " ".join(map(str, fields))


def changed_since(metadata: os.stat_result | None, moment: float) -> bool:
    """Whether the file was written (or linked or moved in) after `moment`."""
    return metadata is not None and max(metadata.st_mtime, metadata.st_ctime) > moment
