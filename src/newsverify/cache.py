"""An embedded SQLite store of parsed records, so a second run parses only what changed.

Entries are keyed by `fingerprint.document_key` (text, offset in file, pipeline version), so
an entry is never stale: a changed file or pipeline simply misses. Entries of other pipeline
versions are dropped when a run opens the store. Writes happen in transactions; WAL and a busy
timeout let two runs share one store. A store that is not a database, or of another format,
is deleted and rebuilt, with one notice.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .codec import FORMAT

CACHE_DIR_NAME = ".newsverify"
CACHE_FILE_NAME = "cache.sqlite"
# The layout of the tables below and of the stored records (codec.FORMAT).
SCHEMA = f"newsverify-cache/1+records/{FORMAT}"
# How long a run waits for another run's write to finish before giving up.
BUSY_TIMEOUT_SECONDS = 60
# SQLite allows at most 999 bound parameters in older builds.
LOOKUP_CHUNK = 500


def default_cache_dir(paths: Sequence[str]) -> Path:
    """Where `verify PATH...` keeps its cache: `.newsverify/` in the one folder given, else in
    the deepest folder holding every PATH (a file's folder for a file). The loader skips
    hidden folders, so the cache is never read as an article."""
    folders = [
        os.path.abspath(path if os.path.isdir(path) else os.path.dirname(path) or ".")
        for path in paths
    ]
    return Path(os.path.commonpath(folders)) / CACHE_DIR_NAME


def cache_file(paths: Sequence[str], cache_dir: str | None) -> Path | None:
    """The store `verify PATH...` uses: in `cache_dir`, else in `default_cache_dir`. None when
    a PATH does not exist: such a run reports the missing PATH and caches nothing."""
    if not all(os.path.lexists(path) for path in paths):
        return None
    return (Path(cache_dir) if cache_dir else default_cache_dir(paths)) / CACHE_FILE_NAME


# Parsed records of a document or claim, the checked findings of an article, the documents
# loaded from a file (and their heads), each finding's JSON report item, each article's
# report text, and the key each file's bytes had, by its identity (`file_identity`).
PARSED = "parsed"
FINDINGS = "findings"
DOCUMENTS = "documents"
RENDERED = "rendered"
ARTICLES = "articles"
HEADS = "heads"
IDENTITIES = "identities"
TABLES = (PARSED, FINDINGS, DOCUMENTS, RENDERED, ARTICLES, HEADS, IDENTITIES)


class ParseCache:
    """Parsed records (and checked findings) by key, for one pipeline version."""

    def __init__(
        self, path: Path, version: str, notify: Callable[[str], None] = lambda message: None
    ) -> None:
        self.path = path
        self.version = version
        self._notify = notify
        self._writable = True
        # Read before opening, which may write: when an earlier run last wrote the cache.
        self._written_at = last_write(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.OperationalError:
            raise  # locked by another run for too long, or not openable: not damage
        except sqlite3.DatabaseError as error:  # not a database, malformed, another format
            notify(f"cache {path} is unreadable ({error}): rebuilding it")
            self._remove()
            self._connection = self._open()

    def written_at(self) -> float | None:
        """When an earlier run last wrote this cache (a file time); None for a new cache."""
        return self._written_at

    def get_many(self, keys: Iterable[str], table: str = PARSED) -> dict[str, bytes]:
        """The stored entries among `keys`."""
        assert table in TABLES
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        for position in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[position : position + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                found.update(
                    self._connection.execute(
                        f"SELECT key, data FROM {table} WHERE key IN ({marks})", chunk
                    )
                )
            except sqlite3.Error as error:  # damage found past the first pages
                self._failed(f"cannot read the cache {self.path} ({error}): parsing again")
                break
        return found

    def has_many(self, keys: Iterable[str], table: str = PARSED) -> set[str]:
        """The keys among `keys` that have entries, without reading the entries."""
        assert table in TABLES
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for position in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[position : position + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                query = f"SELECT key FROM {table} WHERE key IN ({marks})"
                found.update(row[0] for row in self._connection.execute(query, chunk))
            except sqlite3.Error:
                break  # reported when the entries themselves are read
        return found

    def small_values(self, table: str, max_bytes: int) -> list[bytes]:
        """Every entry of `table` of at most `max_bytes` (a larger entry's length is known
        without reading it)."""
        assert table in TABLES
        query = f"SELECT data FROM {table} WHERE length(data) <= ?"
        try:
            return [row[0] for row in self._connection.execute(query, (max_bytes,))]
        except sqlite3.Error:
            return []

    def put_many(self, entries: Iterable[tuple[str, bytes]], table: str = PARSED) -> None:
        """Store entries in one transaction: all of them or, if interrupted, none. A store
        that cannot be written (disk full, read-only) is noted once and left alone: the cache
        only saves time."""
        assert table in TABLES
        if not self._writable:
            return
        try:
            with self._connection:
                self._connection.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, version, data) VALUES (?, ?, ?)",
                    ((key, self.version, data) for key, data in entries),
                )
        except sqlite3.Error as error:
            self._failed(f"cannot write to the cache {self.path} ({error}): not caching")

    def setting(self, name: str, make: Callable[[], str]) -> tuple[str, bool]:
        """The value kept under `name` in the store's meta table, made and kept first if
        there is none (or if it cannot be read); and whether it was made now."""
        query = "SELECT value FROM meta WHERE name = ?"
        made = None
        try:
            row = self._connection.execute(query, (f"setting:{name}",)).fetchone()
            if row is None:
                made = make()
                with self._connection:
                    self._connection.execute(
                        "INSERT OR IGNORE INTO meta VALUES (?, ?)", (f"setting:{name}", made)
                    )
                    row = self._connection.execute(query, (f"setting:{name}",)).fetchone()
        except sqlite3.Error as error:
            self._failed(f"cannot write to the cache {self.path} ({error}): not caching")
            return made or make(), True
        return row[0], row[0] == made

    def replace_setting(self, name: str, expected: str, value: str) -> bool:
        """Set `name` to `value` if it is still `expected` (another run may have replaced it)."""
        try:
            with self._connection:
                changed = self._connection.execute(
                    "UPDATE meta SET value = ? WHERE name = ? AND value = ?",
                    (value, f"setting:{name}", expected),
                ).rowcount
        except sqlite3.Error as error:
            self._failed(f"cannot write to the cache {self.path} ({error}): not caching")
            return False
        return changed == 1

    def note_listed(self) -> None:
        """Record that a run has seen the corpus as it is now: the store's file times (see
        `written_at`) move on, though no entry changed."""
        if not self._writable:
            return
        try:
            with self._connection:
                self._connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('listed', ?)", (str(time.time()),)
                )
        except sqlite3.Error as error:
            self._failed(f"cannot write to the cache {self.path} ({error}): not caching")

    def _failed(self, message: str) -> None:
        """Note a failing store once; the run goes on without writing to it."""
        if self._writable:
            self._notify(message)
        self._writable = False

    def close(self) -> None:
        self._connection.close()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            with connection:
                connection.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value)")
                row = connection.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
                if row is not None and row[0] != SCHEMA:
                    raise sqlite3.DatabaseError(f"format {row[0]}, expected {SCHEMA}")
                connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA,))
                for table in TABLES:
                    connection.execute(
                        f"CREATE TABLE IF NOT EXISTS {table} "
                        "(key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)"
                    )
                self._drop_other_versions(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _drop_other_versions(self, connection: sqlite3.Connection) -> None:
        """Entries of another pipeline version can never be hit again by this one. Scanning
        every table for them read each row's first page (a tenth of a second or more at
        10,000 articles), so it is done only when the pipeline version differs from the one
        the store was last pruned for. A run of another version writing meanwhile leaves
        rows that no run of this one hits, dropped at the next change."""
        row = connection.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is not None and row[0] == self.version:
            return
        for table in TABLES:
            connection.execute(f"DELETE FROM {table} WHERE version != ?", (self.version,))
        # Settings (the article pack's generation) belong to the version too.
        connection.execute("DELETE FROM meta WHERE name LIKE 'setting:%'")
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def last_write(path: Path) -> float | None:
    """The latest modification time of the database and its write-ahead log, if any."""
    times = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            times.append(part.stat().st_mtime)
        except OSError:
            continue
    return max(times) if times else None
