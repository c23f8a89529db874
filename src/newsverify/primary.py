"""Which documents are primary (SPEC §1): front matter first, then the claims file's rules."""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Protocol
from urllib.parse import urlparse

from .claims import PrimaryRules


class Described(Protocol):
    """What decides whether a document is primary: a `Document` or its head."""

    @property
    def kind(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def rel_path(self) -> str: ...


def is_primary(document: Described, rules: PrimaryRules) -> bool:
    """True when the document's front matter or any of `rules` marks it as primary."""
    # Front matter is the author's explicit statement and overrides the rules either way.
    if document.kind == "primary":
        return True
    if document.kind == "secondary":
        return False
    if document.source and _publisher_matches(document.source, rules.publishers):
        return True
    if document.url and _domain_matches(document.url, rules.domains):
        return True
    return matches_any_path(document, rules.paths)


def matches_any_path(document: Described, globs: list[str]) -> bool:
    """True when the document's path relative to its corpus folder matches one of `globs`."""
    return any(fnmatchcase(document.rel_path, pattern) for pattern in globs)


def _publisher_matches(source: str, publishers: list[str]) -> bool:
    name = source.strip().casefold()
    return any(name == publisher.strip().casefold() for publisher in publishers)


def _domain_matches(url: str, domains: list[str]) -> bool:
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").casefold()
    # A rule for nato.int also covers www.nato.int, but not notnato.int.
    return any(
        host == domain.casefold() or host.endswith("." + domain.casefold()) for domain in domains
    )
