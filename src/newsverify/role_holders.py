"""The person a document's role noun stands for: after "Ruth Akande-Moss, Minister for Roads
and Future Transport, said", "The minister will host a summit" is about Ruth Akande-Moss.

A claim names the person ("Ruth Akande-Moss will host a summit"); the primary's sentence names
only the role. A role counts only when the document gives it to one person, in apposition to
the name ("Name, Role," or "the Role, Name,").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .speech import ROLE_NOUNS
from .subject_keys import derived_key
from .vocab import word_key

_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
# "Ruth Akande-Moss, Minister for Roads and Future Transport," and "the chief executive,
# Fenella Grady,": a name and a role set off by commas.
_NAME_THEN_ROLE = re.compile(rf"(?P<name>{_PERSON}),\s+(?:the\s+)?(?P<role>[^,.;:\n\"“]{{3,80}}?),")
_ROLE_THEN_NAME = re.compile(rf"\b[Tt]he\s+(?P<role>[^,.;:\n\"“]{{3,60}}?),\s+(?P<name>{_PERSON}),")


def role_holders(text: str) -> dict[str, frozenset[str]]:
    """Each role noun the text gives to exactly one named person, with that person's name
    keys: {"minister": {"ruth", "akande-moss"}}."""
    holders: dict[str, set[str]] = {}
    for pattern in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
        for match in pattern.finditer(text):
            for word in match["role"].lower().split():
                if word in ROLE_NOUNS:
                    holders.setdefault(word, set()).add(match["name"])
    return {
        role: name_keys(next(iter(names))) for role, names in holders.items() if len(names) == 1
    }


def roles_named(sentence: str, holders: dict[str, frozenset[str]]) -> frozenset[str]:
    """The name keys of the people a sentence refers to by their role ("the minister")."""
    if not holders:
        return frozenset()
    keys: set[str] = set()
    for found in _role_mention(tuple(sorted(holders))).finditer(sentence):
        keys |= holders[found["role"]]
    return frozenset(keys)


@lru_cache(maxsize=256)
def _role_mention(roles: tuple[str, ...]) -> re.Pattern[str]:
    """ "the minister", "the chief executive": one of `roles` after "the" and up to two words."""
    alternatives = "|".join(map(re.escape, roles))
    return re.compile(rf"\b[Tt]he\s+(?:\w+\s+){{0,2}}?(?P<role>{alternatives})\b")


def name_keys(name: str) -> frozenset[str]:
    """A person's name as subject keys: as spelled (a tagged name) and derived (untagged)."""
    keys = {word_key(word) for word in name.split()}
    return frozenset(keys | {derived_key(key) for key in keys})
