"""An article's checked findings as compact bytes, for the cache.

Findings depend only on the article's records and on the evidence (the primary documents'
records and the matcher), so a warm run can reuse them without parsing or matching again.
Evidence names its primary document by `doc_id`; decoding looks the document up.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .codec import CodecError, figure_fields, figure_from_fields, quote_fields
from .corpus import Document
from .matching import Evidence, Verdict
from .records import Quote, Sentence

if TYPE_CHECKING:
    from .verification import FindingResult

# The fields after `document` of a FindingResult: kind, start, end, text, sentence, verdict,
# figure, quote.
FindingFields = tuple[Any, ...]


def encode_findings(findings: list[FindingResult]) -> bytes:
    data = [
        [
            f.kind,
            f.start,
            f.end,
            f.text,
            [f.sentence.start, f.sentence.end, f.sentence.text],
            f.verdict.verdict,
            f.verdict.reason,
            [
                [e.document.doc_id, e.start, e.end, e.relation, e.match_start, e.match_end]
                for e in f.verdict.evidence
            ],
            None if f.figure is None else figure_fields(f.figure),
            None if f.quote is None else quote_fields(f.quote),
        ]
        for f in findings
    ]
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode(), 1)


def decode_findings(blob: bytes, primary: Mapping[str, Document]) -> list[FindingFields]:
    """Constructor arguments (after the document) of each stored finding."""
    try:
        rows = json.loads(zlib.decompress(blob))
        return [_fields(row, primary) for row in rows]
    except (zlib.error, ValueError, TypeError, KeyError) as error:
        raise CodecError(f"undecodable findings: {error}") from None


def _fields(row: list[Any], primary: Mapping[str, Document]) -> FindingFields:
    kind, start, end, text, sentence, verdict, reason, evidence, figure, quote = row
    return (
        kind,
        start,
        end,
        text,
        Sentence(*sentence),
        Verdict(
            verdict,
            reason,
            [Evidence(None, primary[doc_id], *rest) for doc_id, *rest in evidence],
        ),
        None if figure is None else figure_from_fields(figure),
        None if quote is None else Quote(*quote),
    )
