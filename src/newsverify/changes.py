"""Which files changed since a git ref: the articles `verify --since REF` checks.

"Changed" is what a reviewer of a pull request would see: the committed difference between
REF and the working tree, staged and unstaged edits, and new files git does not ignore. When
REF has moved on since the branch left it (`origin/main` after other merges), the difference
is taken from their merge base, so articles changed only on REF's side are not counted.
Deleted files are left out (there is nothing to check). Everything runs through the `git`
command with `-z` output, so paths with spaces, quotes or non-ASCII characters survive.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence

from .errors import NewsverifyError


class GitError(NewsverifyError):
    """Not a git repository, an unknown ref, or git itself missing or failing."""


def changed_files(paths: Sequence[str], ref: str) -> set[str]:
    """Real paths of the files added or modified since `ref` in the repositories holding
    `paths` (a file or folder each)."""
    changed: set[str] = set()
    for root in sorted({repository_root(path) for path in paths}):
        commit = _fork_point(root, _resolve(root, ref))
        # Against a commit, `git diff` compares with the working tree: committed, staged and
        # unstaged changes at once. No renames, so a moved article counts as added; paths are
        # relative to the top level even if the user's config says otherwise.
        changed |= _listed(
            root,
            [
                "diff",
                "--name-only",
                "-z",
                "--no-relative",
                "--no-renames",
                "--diff-filter=d",
                commit,
                "--",
            ],
        )
        changed |= _listed(root, ["ls-files", "-z", "--others", "--exclude-standard"])
    return changed


def repository_root(path: str) -> str:
    """The real path of the work tree that holds `path`; GitError outside a repository."""
    folder = path if os.path.isdir(path) else os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise GitError(f"{path}: no such file or directory")
    try:
        output = _git(folder, ["rev-parse", "--show-toplevel"])
    except subprocess.CalledProcessError:
        raise GitError(f"{path}: not inside a git repository (--since needs one)") from None
    return os.path.realpath(os.fsdecode(output.rstrip(b"\n")))


def _resolve(root: str, ref: str) -> str:
    # A ref starting with "-" would be read as an option; no real ref does.
    if ref.startswith("-"):
        raise GitError(f"--since: '{ref}' is not a git ref")
    try:
        output = _git(
            root, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"]
        )
    except subprocess.CalledProcessError:
        raise GitError(
            f"--since: unknown git ref '{ref}' in {root} (fetch it, e.g. "
            "`git fetch origin main`, or check the name)"
        ) from None
    return os.fsdecode(output.strip())


def _fork_point(root: str, commit: str) -> str:
    """Where HEAD's history meets `commit`; `commit` itself when they share none."""
    try:
        return os.fsdecode(_git(root, ["merge-base", commit, "HEAD"]).strip()) or commit
    except subprocess.CalledProcessError:
        return commit


def _listed(root: str, arguments: list[str]) -> set[str]:
    try:
        output = _git(root, arguments)
    except subprocess.CalledProcessError as error:
        message = os.fsdecode(error.stderr or b"").strip().splitlines()
        raise GitError(
            f"git {arguments[0]} failed in {root}: {message[0] if message else ''}"
        ) from None
    names = [os.fsdecode(name) for name in output.split(b"\0") if name]
    return {os.path.realpath(os.path.join(root, name)) for name in names}


def _git(cwd: str, arguments: list[str]) -> bytes:
    """Run git in `cwd` and return its stdout; CalledProcessError on a non-zero exit."""
    try:
        completed = subprocess.run(
            ["git", *arguments],
            cwd=cwd,
            capture_output=True,
            check=True,
            # Read-only: git must not rewrite the index while another git command runs.
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
        )
    except FileNotFoundError:
        raise GitError("--since needs the `git` command, which is not installed") from None
    return completed.stdout
