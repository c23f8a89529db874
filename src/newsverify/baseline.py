"""Baselines: accepted findings and claims, so that only new problems fail a build.

A baseline file lists every claim and finding that was not supported when it was written, each
under a fingerprint that survives unrelated edits: it is made of the file, the kind, the
finding's words and its sentence (normalised: case, spacing and typographic variants do not
count) and the verdict, never of offsets. The file is JSON, sorted, one entry per item with the
words a reviewer needs, so that accepting a finding is a readable line in a diff.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import NewsverifyError
from .matching import SUPPORTED
from .report import original_slice, portable_path
from .text import normalize
from .verification import ClaimResult, FindingResult, Report

SCHEMA = "newsverify/baseline@1"


class BaselineError(NewsverifyError):
    """A baseline file that cannot be read or is not a baseline."""


@dataclass(frozen=True)
class Entry:
    """One accepted item: its fingerprint and what a reviewer reads."""

    fingerprint: str
    kind: str  # claim | figure | quote
    where: str  # the claim id, or the article's path
    text: str
    verdict: str
    reason: str


def fingerprint(result: ClaimResult | FindingResult) -> str:
    """A stable key for a claim or finding: unchanged by edits elsewhere in its file."""
    if isinstance(result, ClaimResult):
        parts = ["claim", result.claim.id, _plain(result.claim.text)]
    else:
        document = result.document
        parts = [
            portable_path(document.path),
            result.kind,
            _plain(original_slice(document, result.start, result.end)),
            _plain(original_slice(document, result.sentence.start, result.sentence.end)),
        ]
    parts.append(result.verdict.verdict)
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def entries(report: Report) -> list[Entry]:
    """The baseline of a report: every claim and finding that is not supported, sorted."""
    found: dict[str, Entry] = {}
    for result in _results(report):
        if result.verdict.verdict == SUPPORTED:
            continue
        entry = _entry(result)
        found.setdefault(entry.fingerprint, entry)
    return sorted(found.values(), key=lambda e: (e.where, e.kind, e.text, e.fingerprint))


def render_baseline(report: Report) -> str:
    """The baseline file's text for a report."""
    items = [
        {
            "fingerprint": e.fingerprint,
            "where": e.where,
            "kind": e.kind,
            "text": e.text,
            "verdict": e.verdict,
            "reason": e.reason,
        }
        for e in entries(report)
    ]
    return json.dumps({"schema": SCHEMA, "accepted": items}, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: str | Path) -> set[str]:
    """The fingerprints a baseline file accepts; BaselineError naming the file otherwise."""
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"{name}: no such baseline file (write one with --write-baseline)"
        ) from None
    except UnicodeDecodeError as error:
        raise BaselineError(f"{name}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise BaselineError(f"{name}: cannot read: {error.strerror}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{name}:{error.lineno}: invalid JSON: {error.msg}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f'{name}: not a newsverify baseline (expected "schema": "{SCHEMA}")')
    accepted = data.get("accepted")
    if not isinstance(accepted, list):
        raise BaselineError(f'{name}: "accepted" must be a list')
    fingerprints: set[str] = set()
    for position, item in enumerate(accepted, start=1):
        key = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(key, str) or not key:
            raise BaselineError(f'{name}: accepted item {position} has no "fingerprint"')
        fingerprints.add(key)
    return fingerprints


def apply_baseline(report: Report, accepted: set[str]) -> int:
    """Mark the report's claims and findings the baseline accepts; return how many."""
    if not accepted:
        return 0  # no baseline: fingerprinting every finding would only cost time
    marked = 0
    for result in _results(report):
        if result.verdict.verdict != SUPPORTED and fingerprint(result) in accepted:
            result.baselined = True
            marked += 1
    return marked


def _results(report: Report) -> Iterable[ClaimResult | FindingResult]:
    yield from report.claims
    yield from report.findings


def _entry(result: ClaimResult | FindingResult) -> Entry:
    if isinstance(result, ClaimResult):
        where, kind, text = result.claim.id, "claim", result.claim.text
    else:
        document = result.document
        where, kind = portable_path(document.path), result.kind
        text = " ".join(original_slice(document, result.start, result.end).split())
    return Entry(
        fingerprint(result), kind, where, text, result.verdict.verdict, result.verdict.reason
    )


def _plain(text: str) -> str:
    """Text as the fingerprint sees it: normalised forms, case-folded, single spaces."""
    return " ".join(normalize(text).text.casefold().split())
