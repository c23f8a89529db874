"""Cache keys: what a parse depends on, digested so that any change to it misses the cache.

A parsed document depends on its text (and where it sits in its file, for offsets) and on the
pipeline that parsed it: newsverify's parsing code, spaCy and the trained model. The pipeline
version digests all of them; the parsing code is found by following the package's imports from
`pipeline.py`, so a new module it imports is covered without a list to keep up to date.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import metadata
from pathlib import Path

from .models import installed_model

PACKAGE = "newsverify"
PACKAGE_DIR = Path(__file__).resolve().parent
# The module that turns text into records; everything it imports from the package counts.
PARSING_ROOT = "pipeline"
CODEC = "codec"


@cache
def pipeline_version() -> str:
    """A short digest that changes whenever parsing a text can give different records."""
    model = installed_model()
    parts = [
        _version(PACKAGE),
        f"spacy {_version('spacy')}",
        f"model {model[0]} {model[1]}" if model else "model blank",
        # The parsing code, and how its records are stored.
        f"code {source_digest(PARSING_ROOT)} {source_digest(CODEC)}",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@cache
def source_digest(root: str) -> str:
    """Digest of `root`'s source and of every package module it imports, directly or not."""
    digest = hashlib.sha256()
    for name in sorted(_imported_modules(root)):
        digest.update(name.encode() + b"\0" + (PACKAGE_DIR / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


def document_key(version: str, start: int, original: str, analysis_text: str) -> str:
    """Key of one document's records: its texts, its offset in the file, the pipeline."""
    digest = hashlib.sha256(f"{version}\0{start}\0".encode())
    digest.update(original.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(analysis_text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def text_key(version: str, text: str) -> str:
    """Key of a short text parsed on its own (a claim)."""
    return hashlib.sha256(f"{version}\0claim\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


# The module that checks articles against evidence; with its imports, all the matcher's code.
CHECKING_ROOT = "verification"


def evidence_fingerprint(version: str, primary: list[tuple[str, str, str]]) -> str:
    """Digest of what checks an article: the matcher's code and each primary document's
    (doc_id, relative path, records key), in corpus order."""
    digest = hashlib.sha256(f"{version}\0{source_digest(CHECKING_ROOT)}".encode())
    for fields in primary:
        digest.update(("\0" + "\1".join(fields)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def findings_key(fingerprint: str, document_key: str) -> str:
    """Key of an article's findings: its records against this evidence."""
    return hashlib.sha256(f"{fingerprint}\0{document_key}".encode()).hexdigest()


def package_version(package: str) -> str:
    """An installed distribution's version, or "unknown"."""
    return _version(package)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def _imported_modules(root: str) -> set[str]:
    seen: set[str] = set()
    pending = [root]
    while pending:
        name = pending.pop()
        if name in seen or not (PACKAGE_DIR / f"{name}.py").is_file():
            continue
        seen.add(name)
        pending.extend(package_imports((PACKAGE_DIR / f"{name}.py").read_text(encoding="utf-8")))
    return seen


# `from .x import ...`, `from newsverify.x import ...`, `from . import x, y` (names possibly in
# brackets over several lines) and `import newsverify.x`. A regular expression rather than
# `ast`: parsing every module's syntax tree took half a second of each warm run.
_IMPORT = re.compile(
    rf"^[ \t]*(?:from[ \t]+(?:\.|{PACKAGE}\.)(\w+)[ \t]+import"
    rf"|from[ \t]+(?:\.|{PACKAGE})[ \t]+import[ \t]+(?:\(([\w\s,]+)\)|([\w \t,]+))"
    rf"|import[ \t]+{PACKAGE}\.(\w+))",
    re.MULTILINE,
)


def package_imports(source: str) -> list[str]:
    """Module names (within the package) that a module's source imports."""
    names: list[str] = []
    for module, bracketed, listed, imported in _IMPORT.findall(source):
        if module or imported:
            names.append(module or imported)
        else:  # "figures as _figures, quotes": the first word of each item
            items = (bracketed or listed).split(",")
            names += [item.split()[0] for item in items if item.strip()]
    return names
