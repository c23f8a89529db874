"""The pre-commit hook (.pre-commit-hooks.yaml) run by the real `pre-commit` tool.

pre-commit builds the hook's own virtualenv by pip-installing this project (about a minute), so
the environment is built once per session: the hook repository is a committed snapshot of this
project's working tree (what a clean clone holds, plus uncommitted edits) and every test reuses
one PRE_COMMIT_HOME.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT
from .test_ci import FAITHFUL, GOOD_CLAIMS, MISQUOTING

# What pip needs to install the project, and the hook manifest.
PROJECT_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src")


def pre_commit() -> str:
    beside_python = Path(sys.executable).with_name("pre-commit")
    found = str(beside_python) if beside_python.exists() else shutil.which("pre-commit")
    if not found:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return found


def git(cwd: Path, *args: str) -> str:
    identity = ("-c", "user.name=Test", "-c", "user.email=test@example.org")
    done = subprocess.run(
        ["git", *identity, "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git repository holding this project as it is now, and its commit."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
            shutil.copytree(source, repo / name, ignore=ignore)
        else:
            shutil.copy(source, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "snapshot")
    return repo, git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def run_hook(tmp_path: Path, hook_repo: tuple[Path, str], home: Path, article: str):  # type: ignore[no-untyped-def]
    """A newsroom repository using the hook on `news/`, as the README shows; run it."""
    repo_path, rev = hook_repo
    news = tmp_path / "newsroom" / "news"
    news.mkdir(parents=True)
    shutil.copy(FIXTURES / "mini" / "primary" / "bulletin.md", news / "bulletin.md")
    (news / "claims.yaml").write_text(GOOD_CLAIMS, encoding="utf-8")
    (news / "story.txt").write_text(article, encoding="utf-8")
    (news.parent / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {repo_path}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: newsverify\n"
        "        args: [news/, --claims, news/claims.yaml]\n",
        encoding="utf-8",
    )
    git(news.parent, "init", "-q")
    git(news.parent, "add", "-A")
    git(news.parent, "commit", "-q", "-m", "news")
    # The hook must use the package pre-commit installed, not this checkout's src/.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PRE_COMMIT_HOME"] = str(home)
    return subprocess.run(
        [pre_commit(), "run", "--all-files", "--verbose"],
        cwd=news.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_hook_fails_on_a_contradicted_article(
    tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path
) -> None:
    result = run_hook(tmp_path, hook_repo, pre_commit_home, MISQUOTING)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "newsverify" in output and "Failed" in output
    assert "**contradicted** quote" in output  # the report names the misquote


def test_hook_passes_a_faithful_article(
    tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path
) -> None:
    result = run_hook(tmp_path, hook_repo, pre_commit_home, FAITHFUL)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Passed" in output
