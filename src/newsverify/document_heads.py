"""What a warm run needs of a loaded document without its texts: its metadata and the key of
its records, as one small cache row per file.

An unchanged article whose report text is cached is then a file read, a hash and two rows
(its file's heads, its article): no document is decoded. Layout: JSON, a format number and
one array per document; dates as ISO text.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, fields

from .codec import CodecError
from .corpus import Document

# Bump when the layout below changes.
FORMAT = 1


@dataclass(frozen=True)
class DocumentHead:
    """A loaded document's metadata (the `Document` fields that decide whether it is
    primary and how the report shows it) and the cache key of its records."""

    path: str
    rel_path: str
    index: int
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    date: datetime.date | None
    kind: str | None
    first_line: int
    records_key: str  # `DocumentParser.key` of the document
    file_key: str  # the key its file's documents are cached under (not stored: known)


_STORED = tuple(f.name for f in fields(DocumentHead) if f.name != "file_key")
_DATE = _STORED.index("date")
# Decoding builds heads positionally: the stored fields must come first, the file key last.
assert [f.name for f in fields(DocumentHead)] == [*_STORED, "file_key"]


def head_of(document: Document, records_key: str, file_key: str) -> DocumentHead:
    values = {name: getattr(document, name) for name in _STORED if name != "records_key"}
    return DocumentHead(**values, records_key=records_key, file_key=file_key)


def encode_heads(heads: list[DocumentHead]) -> bytes:
    return json.dumps([FORMAT, _rows(heads)], ensure_ascii=False).encode()


def decode_heads(blob: bytes, file_key: str) -> list[DocumentHead]:
    """Heads from `encode_heads`; `CodecError` for anything else."""
    try:
        version, rows = json.loads(blob)
        if version != FORMAT:
            raise CodecError(f"heads format {version}, expected {FORMAT}")
        return _heads(rows, file_key)
    except CodecError:
        raise
    except (ValueError, TypeError, KeyError) as error:
        raise CodecError(f"not stored heads: {error}") from None


# Each listed file's (file key, heads), or None where the listing skipped a file by its name.
FilesHeads = list[tuple[str, list[DocumentHead]] | None]


def encode_files_heads(state: str, files: FilesHeads) -> bytes:
    """Several listed files' heads in one row, in order, with the `state` of the files
    they were loaded from."""
    listed = [None if file is None else [file[0], _rows(file[1])] for file in files]
    return json.dumps([FORMAT, state, listed], ensure_ascii=False).encode()


def decode_files_heads(blob: bytes) -> tuple[str, FilesHeads]:
    """What `encode_files_heads` stored; `CodecError` for anything else."""
    try:
        version, state, listed = json.loads(blob)
        if version != FORMAT:
            raise CodecError(f"heads format {version}, expected {FORMAT}")
        if not isinstance(state, str):
            raise CodecError("listing row without its files' state")
        files = [None if item is None else (item[0], _heads(item[1], item[0])) for item in listed]
        return state, files  # type: ignore[return-value]
    except CodecError:
        raise
    except (ValueError, TypeError, KeyError) as error:
        raise CodecError(f"not stored heads: {error}") from None


def _rows(heads: list[DocumentHead]) -> list[list[object]]:
    rows = []
    for head in heads:
        row: list[object] = [getattr(head, name) for name in _STORED]
        row[_DATE] = head.date.isoformat() if head.date else None
        rows.append(row)
    return rows


def _heads(rows: list[list[object]], file_key: str) -> list[DocumentHead]:
    if not isinstance(file_key, str):
        raise CodecError("heads stored without their file's key")
    heads = []
    for row in rows:
        # Positionally, in `_STORED` order: a warm run decodes one row per corpus file,
        # and building a dict for each cost a 10,000-file run a tenth of a second.
        if len(row) != len(_STORED):
            raise CodecError(f"heads row of {len(row)} fields, expected {len(_STORED)}")
        if row[_DATE] is not None:
            row[_DATE] = datetime.date.fromisoformat(row[_DATE])  # type: ignore[arg-type]
        heads.append(DocumentHead(*row, file_key))  # type: ignore[arg-type]
    return heads
