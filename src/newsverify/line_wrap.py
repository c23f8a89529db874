"""Find the line breaks that only wrap a paragraph, and turn them into spaces.

Plain-text releases and e-mailed statements are often hard-wrapped at a fixed width, so a
sentence runs on over a line break ("the Insolvency Service's figures for July to\nSeptember
2026", "a household that has\nrun out of road"). Everything downstream reads a line break as
the end of a title, a list item or a transcript turn: the sentence would be cut in two, a
quotation left unclosed. A soft break becomes a space of the same length, so offsets hold.

A document counts as wrapped when at least `MIN_EVIDENCE` lines run on into a line that starts
in lower case or with a number, something only wrapping does; its width is the longest of those
lines. A break is soft when the line before fills that width nearly (the next word would not
have fitted) and the line after continues the paragraph: not blank and not a heading, list item,
table row, block quotation, quotation or transcript label.
"""

from __future__ import annotations

import re
from itertools import pairwise

# Lines running on in lower case before a document counts as wrapped: one could be a slip.
MIN_EVIDENCE = 2
# How far short of the width a wrapped line may stop: the next word did not fit.
SLACK = 25
# Starts of lines that begin a block of their own rather than continuing a paragraph.
_BLOCK_START = re.compile(r"""\s*(?:[#|>"'\[(*+•-]|\d{1,2}[.)]\s|[A-Z][\w.' -]{0,30}:\s)""")


def unwrap(text: str) -> str:
    """`text` with every soft line break (and its carriage return) replaced by a space."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    chars = list(text)
    offset = 0
    for line, following in pairwise(lines):
        offset += len(line) + 1
        if _is_soft(line, following, width):
            chars[offset - 1] = " "
            if line.endswith("\r"):
                chars[offset - 2] = " "
    return "".join(chars)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a wrapped document's lines were filled to, or None if it is not wrapped."""
    evidence = [
        len(line.rstrip())
        for line, following in pairwise(lines)
        if _runs_on(following) and _is_prose(line)
    ]
    return max(evidence) if len(evidence) >= MIN_EVIDENCE else None


def _runs_on(line: str) -> bool:
    """Does `line` start the way only a sentence's middle does: in lower case, or with a
    number that is no list item's ("2011, when ...")?"""
    stripped = line.lstrip()
    return stripped[:1].islower() or (stripped[:1].isdigit() and not _BLOCK_START.match(stripped))


def _is_soft(line: str, following: str, width: int) -> bool:
    length = len(line.rstrip())
    return (
        width - SLACK <= length <= width
        and _is_prose(line)
        and bool(following.strip())
        and not _BLOCK_START.match(following)
    )


def _is_prose(line: str) -> bool:
    """A line of running text: not a heading or a table row, and long enough to wrap."""
    stripped = line.strip()
    return len(stripped) > SLACK and not stripped.startswith(("#", "|"))
