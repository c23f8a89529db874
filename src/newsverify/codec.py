"""Parsed records as compact bytes for the cache and for worker processes.

JSON arrays of each record's fields in declaration order, zlib-compressed: safe to load from a
file anyone could have written (no pickle), and quick. Floats survive exactly (JSON floats are
written with `repr`). Field lists come from the dataclasses themselves, so a field added to a
record is stored too (and, as records.py is parsing code, changes the pipeline version).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import fields
from typing import Any

from .records import DateParts, Figure, ParsedText, Quote, Sentence, Word

# Bump when the layout below changes; stored with every cache so old ones are rebuilt (this
# module's source is also part of the pipeline version).
FORMAT = 1

_SENTENCE = tuple(f.name for f in fields(Sentence))
_WORD = tuple(f.name for f in fields(Word))
_QUOTE = tuple(f.name for f in fields(Quote))
_DATE = tuple(f.name for f in fields(DateParts))
_FIGURE = tuple(f.name for f in fields(Figure) if f.name != "date")  # the date is nested


class CodecError(ValueError):
    """Bytes that do not decode to records (a damaged or foreign cache entry)."""


def encode_parsed(parsed: ParsedText) -> bytes:
    """Everything but the text itself, which the caller has (the document's analysis text)."""
    data = [
        [_values(s, _SENTENCE) for s in parsed.sentences],
        [_values(w, _WORD) for w in parsed.words],
        [figure_fields(f) for f in parsed.figures],
        [quote_fields(q) for q in parsed.quotes],
    ]
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode(), 1)


def decode_parsed(blob: bytes, text: str) -> ParsedText:
    """The records `encode_parsed` stored; `text` is the analysed text they refer to."""
    try:
        sentences, words, figures, quotes = json.loads(zlib.decompress(blob))
        return ParsedText(
            text=text,
            sentences=[Sentence(*values) for values in sentences],
            words=[Word(*values) for values in words],
            figures=[figure_from_fields(values) for values in figures],
            quotes=[Quote(*values) for values in quotes],
        )
    except (zlib.error, ValueError, TypeError) as error:
        raise CodecError(f"undecodable records: {error}") from None


def figure_fields(figure: Figure) -> list[Any]:
    date = figure.date
    return [*_values(figure, _FIGURE), None if date is None else _values(date, _DATE)]


def figure_from_fields(values: list[Any]) -> Figure:
    *plain, date = values
    return Figure(
        **dict(zip(_FIGURE, plain, strict=True)), date=None if date is None else DateParts(*date)
    )


def quote_fields(quote: Quote) -> list[Any]:
    return _values(quote, _QUOTE)


def _values(record: Any, names: tuple[str, ...]) -> list[Any]:
    return [getattr(record, name) for name in names]
