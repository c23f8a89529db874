"""JSON text laid out exactly as `json.dumps(value, indent=2, ensure_ascii=False)` does.

The standard library encodes in C only without indentation; indented, it falls back to a
pure-Python generator that was most of the time a warm run spent writing a large report.
This writes the same text about twice as fast, for the plain values a model dump holds.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring  # the C version when available
from typing import Any

INDENT = "  "


def dumps_indented(value: Any, indent: str = "") -> str:
    """`value` as indented JSON, its nested lines starting with `indent` plus two spaces
    per level (so an item can be placed inside a list that is already indented)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = indent + INDENT
    separator = ",\n" + inner
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [dumps_indented(item, inner) for item in value]
        return "[\n" + inner + separator.join(items) + "\n" + indent + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = [f"{encode_basestring(k)}: {dumps_indented(v, inner)}" for k, v in value.items()]
        return "{\n" + inner + separator.join(pairs) + "\n" + indent + "}"
    raise TypeError(f"not JSON: {type(value).__name__}")


def _float(value: float) -> str:
    # As json.dumps with allow_nan (its default).
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
