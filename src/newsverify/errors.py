"""The exceptions the library raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1  # something at or above the --fail-on level
    BAD_INPUT = 2  # bad usage, unreadable input, malformed claims file


class NewsverifyError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_status = ExitStatus.BAD_INPUT


class InputError(NewsverifyError):
    """A path that cannot be used as input (missing, unreadable)."""


class ClaimsError(NewsverifyError):
    """A malformed claims file: the message names the file, line and field."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
