"""Shared fixtures: one loaded pipeline per test session (loading takes a second)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsverify.pipeline import Analyzer, load_analyzer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return load_analyzer()


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_repository(tmp_path_factory: pytest.TempPathFactory) -> None:
    """CLI runs cache next to their corpus by default; keep fixtures' folders clean."""
    os.environ.setdefault("NEWSVERIFY_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True, scope="session")
def _share_analyzer(analyzer: Analyzer) -> None:
    """The CLI loads its pipeline through load_analyzer; reuse the session's one in tests."""
    import newsverify.cli as cli

    cli.load_analyzer = lambda notify=None: analyzer  # type: ignore[assignment]
