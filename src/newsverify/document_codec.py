"""Loaded documents as compact bytes, so a warm run does not split and mask files again.

Like codec.py: JSON arrays of each document's fields, zlib-compressed, never pickle, since a
cache file could have been written by anyone. A document's texts are stored once each; the
offset map is a range (nothing shifted) or the array's bytes in base64.
"""

from __future__ import annotations

import base64
import datetime
import json
import sys
import zlib
from array import array
from dataclasses import fields

from .codec import CodecError
from .corpus import Document
from .text import NormalizedText

# Bump when the layout below changes.
FORMAT = 1

_DOCUMENT = tuple(f.name for f in fields(Document))
# Offsets are stored little-endian with this array type code.
_ORIGIN_TYPE = "i"


def encode_documents(documents: list[Document]) -> bytes:
    rows = []
    for document in documents:
        row = [getattr(document, name) for name in _DOCUMENT]
        row[_DOCUMENT.index("date")] = document.date.isoformat() if document.date else None
        normalized = document.normalized
        row[_DOCUMENT.index("normalized")] = [
            # Usually the normalised text is the original one: stored only when it is not.
            None if normalized.text == document.original else normalized.text,
            _encode_origin(normalized.origin),
            normalized.original_length,
        ]
        if document.analysis_text == normalized.text:
            row[_DOCUMENT.index("analysis_text")] = None
        rows.append(row)
    return zlib.compress(json.dumps([FORMAT, rows], ensure_ascii=False).encode(), 1)


def decode_documents(blob: bytes) -> list[Document]:
    """Documents from `encode_documents`; `CodecError` for anything else."""
    try:
        version, rows = json.loads(zlib.decompress(blob))
        if version != FORMAT:
            raise CodecError(f"document format {version}, expected {FORMAT}")
        documents = []
        for row in rows:
            values = dict(zip(_DOCUMENT, row, strict=True))
            text, origin, length = values["normalized"]
            normalized = NormalizedText(
                values["original"] if text is None else text, _decode_origin(origin), length
            )
            values["normalized"] = normalized
            if values["analysis_text"] is None:
                values["analysis_text"] = normalized.text
            if values["date"] is not None:
                values["date"] = datetime.date.fromisoformat(values["date"])
            documents.append(Document(**values))
        return documents
    except CodecError:
        raise
    except (ValueError, TypeError, KeyError, zlib.error) as error:
        raise CodecError(f"not stored documents: {error}") from None


def _encode_origin(origin: object) -> list[object]:
    if isinstance(origin, range) and origin.step == 1:
        return ["range", origin.start, origin.stop]
    values = array(_ORIGIN_TYPE, origin)  # type: ignore[call-overload]
    if sys.byteorder != "little":
        values.byteswap()
    return ["array", base64.b64encode(values.tobytes()).decode("ascii")]


def _decode_origin(stored: list[object]) -> range | array[int]:
    if stored[0] == "range":
        return range(int(stored[1]), int(stored[2]))  # type: ignore[call-overload]
    if stored[0] != "array":
        raise CodecError(f"unknown offset map {stored[0]!r}")
    values = array(_ORIGIN_TYPE)
    values.frombytes(base64.b64decode(str(stored[1])))
    if sys.byteorder != "little":
        values.byteswap()
    return values
