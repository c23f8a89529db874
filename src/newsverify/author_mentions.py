"""A sentence that names its document's author by the head of the author's name: "The union
is calling on the Ministry ..." in a statement from the "Lindmark Farmers' Union", "the
council will ..." in one from "Riverton Council". Like "we", such a sentence is about the
author, so the words of the author's name (its publisher line) speak for it too: "the
farmers' union" of a claim is "the union" there.
"""

from __future__ import annotations

import re

# Heads too general to stand for the author: "the report", "the statement" are documents.
_NOT_AN_AUTHOR = frozenset({"news", "radio", "times", "post", "report", "statement", "press"})


def names_author(sentence: str, source: str | None) -> bool:
    """Does `sentence` call its document's author `source` by the last word of its name?"""
    words = re.findall(r"[A-Za-z]+", source or "")
    if not words or words[-1].lower() in _NOT_AN_AUTHOR or len(words) < 2:
        return False
    return re.search(rf"\b[Tt]he\s+{re.escape(words[-1].lower())}\b", sentence.lower()) is not None
