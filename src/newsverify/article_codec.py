"""An article's rendered report text as one compact cache row.

A warm run copies an unchanged article's report text instead of decoding its findings: the
row holds how many findings have each verdict (all the summary and the exit status need) and
the article's JSON items and markdown section as UTF-8. Uncompressed: a 10,000-article JSON
report is ~270 MB, and inflating it took a warm run about a second, several times what
reading the larger rows costs; the cache trades disk for that. Layout: a header line
`FORMAT JSON-bytes CRC-32 verdict=count,...` (plain text: parsing JSON for it cost a
10,000-article run a tenth of a second), then the JSON items, then the markdown. The checksum
finds damage when the row is read, while the run can still check the article again, not when
it is written out.
"""

from __future__ import annotations

import zlib  # crc32 only
from collections import Counter
from dataclasses import dataclass

from .codec import CodecError

# Bump when the layout below changes.
FORMAT = 2


@dataclass(frozen=True)
class StoredArticle:
    """One article's findings as the report shows them, as UTF-8."""

    counts: tuple[tuple[str, int], ...]  # (verdict, findings with it)
    # Views into the row, not copies: a large report's rows are hundreds of MB.
    json_utf8: memoryview  # the findings' JSON items, joined as in the report's findings list
    markdown_utf8: memoryview  # the article's markdown section ("" without findings)

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.counts)

    def json_items(self) -> str:
        return str(self.json_utf8, "utf-8")

    def markdown(self) -> str:
        return str(self.markdown_utf8, "utf-8")


def encode_article(verdicts: list[str], json_items: str, markdown: str) -> bytes:
    json_utf8 = json_items.encode("utf-8")
    body = json_utf8 + markdown.encode("utf-8")
    counts = ",".join(f"{verdict}={count}" for verdict, count in Counter(verdicts).items())
    header = f"{FORMAT} {len(json_utf8)} {zlib.crc32(body)} {counts}"
    return header.encode() + b"\n" + body


def decode_article(blob: bytes) -> StoredArticle:
    """The row `encode_article` wrote; `CodecError` for anything else."""
    try:
        newline = blob.index(b"\n")
        body = memoryview(blob)[newline + 1 :]
        version, json_size, checksum, listed = blob[:newline].decode("ascii").split(" ")
        if int(version) != FORMAT:
            raise CodecError(f"article format {version}, expected {FORMAT}")
        if not 0 <= int(json_size) <= len(body) or zlib.crc32(body) != int(checksum):
            raise CodecError("damaged article row")
        pairs = [item.split("=") for item in listed.split(",")] if listed else []
        counts = tuple((verdict, int(count)) for verdict, count in pairs)
        return StoredArticle(counts, body[: int(json_size)], body[int(json_size) :])
    except CodecError:
        raise
    except (ValueError, UnicodeDecodeError) as error:
        raise CodecError(f"not a stored article: {error}") from None
