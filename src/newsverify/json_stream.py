"""The JSON report written to its file while the run goes on, in SPEC §5's format exactly.

The findings list comes before the summary, so everything before an article is known once
the articles before it are checked. A warm run after one article was added waits for a
worker process to load the model and parse that article; meanwhile the report text of the
cached articles before it is copied into the file, and only the rest is left for the end.
The file is written under a temporary name and renamed once complete, like
`cli.write_atomically`: a run that fails leaves no half report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .article_spool import SpooledArticle, SpoolRange, write_pieces
from .report import FIRST_ITEM, NEXT_ITEM, json_closing, json_frame
from .verification import Report


class JsonReportStream:
    """`verification.ArticleSink` that writes the JSON report to `path` as articles come."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._temporary: Path | None = None
        self._before: str | None = None
        self._items = 0
        self._failed = False

    def begin(self, report: Report) -> None:
        """The report's documents, skipped files and claims are known: so is the text
        before its findings, written with the first finding (a report without any writes
        its findings list differently). The temporary file is made now, after the corpus
        was listed: made in a corpus folder before, it would look like a new article."""
        self._before = json_frame(report)[0]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            prefix = f".{self.path.name}."
            self._fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=prefix, suffix=".tmp")
            self._temporary = Path(name)
        except OSError:
            self._failed = True  # written at the end, which reports the problem as always

    def add(self, article: SpooledArticle) -> None:
        """The next article in corpus order."""
        if not article.findings or self._failed:
            return
        assert self._fd is not None and self._before is not None, "begin before add"
        pieces: list[bytes | SpoolRange] = []
        if not self._items:
            pieces.append(self._before.encode("utf-8"))
        pieces += [(NEXT_ITEM if self._items else FIRST_ITEM).encode(), article.json_range()]
        write_pieces(self._fd, pieces)
        self._items += 1

    def finish(self, report: Report) -> bool:
        """Write the summary and put the report in place. False, leaving `path` alone,
        when the report could not be streamed or what was written no longer matches
        `report` (its head changed since `begin`): the caller writes it whole instead."""
        before, after = json_frame(report)
        written = sum(1 for article in report.articles if article.findings)
        if self._failed or self._fd is None or before != self._before or self._items != written:
            self.discard()
            return False
        ending = json_closing(after) if self._items else before + "]" + after
        try:
            write_pieces(self._fd, [ending.encode("utf-8")])
            os.close(self._fd)
            self._fd = None
            assert self._temporary is not None
            os.replace(self._temporary, self.path)
        except BaseException:
            self.discard()
            raise
        return True

    def discard(self) -> None:
        """Drop the partial report (the run failed, or it is written another way)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None
