"""Who speaks a primary that is a speech, from its byline or title.

A published speech gives its speaker once, at the top ("*Professor Helen Achebe, Chief
Executive of the Board, speaking at ...*", "Speech by Mark Rutte at ..."), and then prints the
words unquoted. Those words are the speaker's, so a claim that puts them in someone else's
mouth is misattributed. Only the opening lines are read: "Speaking at Chatham House, Mr Rutte
said ..." in a news release's body names no document speaker.
"""

from __future__ import annotations

import re

# The byline sits above the speech: a few non-empty lines below the title at most.
BYLINE_LINES = 4

_NAME = r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+)+)"
# "Helen Achebe, Chief Executive of ..., speaking at ..." (a role may hold commas).
_SPEAKING = re.compile(
    rf"^[*_#> \t]*{_NAME},[^\n]{{0,200}}?\b(?:speaking|addressing|in a speech)\b", re.MULTILINE
)
# "Speech by Mark Rutte", "Remarks delivered by Helen Achebe", "Statement by ...".
_BY = re.compile(
    rf"\b(?i:speech|remarks|address|statement|lecture)\s+(?i:(?:as\s+)?delivered\s+)?(?i:by)\s+{_NAME}"
)
# "Made by Rosalind Achterberg, Minister for ...": a written statement's maker, on its own line.
_MADE_BY = re.compile(rf"^[*_ \t]*(?i:made|given|delivered|written)\s+by\s+{_NAME}", re.MULTILINE)
# Words that a capitalised run may start with but that name no one.
_NOT_NAMES = frozenset({"the", "a", "an", "this", "our", "his", "her", "their"})


def speech_speaker(title: str | None, text: str) -> str | None:
    """The person a speech's title or opening lines name as its speaker, if any."""
    opening = _opening_lines(text)
    for source in filter(None, (title, opening)):
        if (found := _BY.search(source)) and _is_name(found["name"]):
            return found["name"]
    for pattern in (_SPEAKING, _MADE_BY):
        if (found := pattern.search(opening)) and _is_name(found["name"]):
            return found["name"]
    return None


def _opening_lines(text: str) -> str:
    # A byline line is short: the first few thousand characters always hold it.
    lines = [line for line in text[:4000].splitlines() if line.strip()]
    return "\n".join(lines[: BYLINE_LINES + 1])


def _is_name(words: str) -> bool:
    return words.split()[0].lower() not in _NOT_NAMES
