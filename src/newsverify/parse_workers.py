"""The processes that parse: what they run, and the one a warm run forks at its start.

A warm run after an article was added waits for one worker process to import spaCy, load
the model and parse the new article, while the main process reads the rest from the cache.
So the command calls `fork_if_written_since` once it has imported what both processes need
(the worker inherits those modules) and before anything only the main process needs: its
checking and report code, reading the claims, opening the cache. A worker forked before the
shared imports took longer to be ready, as it imported them again itself.

Pool workers are started with `start_forked_worker` (that early worker, or one forked later)
or `adopt_analyzer` (the workers of a cold run, forked with the model loaded), and parse
batches with `parse_batch`.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import last_write
from .file_identity import changed_since, file_stat
from .run_timings import mark

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from .corpus import Document
    from .pipeline import Analyzer


def written_since(paths: Sequence[str], moment: float | None) -> bool:
    """Whether one of `paths` was written after `moment` (a file added to a folder, a file
    given by name edited); never for a cache that was never written (`moment` None)."""
    return moment is not None and any(changed_since(file_stat(p), moment) for p in paths)


def fork_if_written_since(paths: Sequence[str], cache_file: Path) -> Pool | None:
    """One parse worker, forked now, when a PATH was written since `cache_file` was: it
    loads the model while this process reads the cache. None otherwise, or where processes
    cannot be forked (a spawned worker would import everything this one has not yet)."""
    if not written_since(paths, last_write(cache_file)):
        return None
    return fork_one()


def fork_one() -> Pool | None:
    """A pool of one worker forked from this process, which loads the model; None where
    the system cannot fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork").Pool(1, start_forked_worker)


def spawn_one() -> Pool:
    """A pool of one worker started afresh, which loads the model."""
    return multiprocessing.get_context("spawn").Pool(1, start_worker)


_worker_analyzer: Analyzer | None = None


def adopt_analyzer(analyzer: Analyzer) -> None:
    """A forked worker parses with the pipeline its parent loaded."""
    global _worker_analyzer
    _worker_analyzer = analyzer
    _own_streams()


def _own_streams() -> None:
    """A forked worker writes through standard streams of its own: a thread of the parent
    (the progress bar) may have held the inherited ones' locks at the moment of the fork."""
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 (lives as long as the process)
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115


def start_forked_worker() -> None:
    mark("worker", "forked")
    _own_streams()
    start_worker()


def start_worker() -> None:
    global _worker_analyzer
    from .pipeline import load_analyzer  # imports spaCy: only in processes that parse

    mark("worker", "spaCy and parsing code imported")
    _worker_analyzer = load_analyzer()
    mark("worker", "model loaded")


def parse_batch(documents: list[Document]) -> list[bytes]:
    from .codec import encode_parsed

    assert _worker_analyzer is not None
    blobs = [encode_parsed(parsed) for _, parsed in _worker_analyzer.parse_documents(documents)]
    mark("worker", "parsed")
    return blobs
