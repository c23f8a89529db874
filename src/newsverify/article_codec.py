"""An article's rendered report text as one compact cache row.

A warm run copies an unchanged article's report text instead of decoding its findings: the
row holds how many findings have each verdict (all the summary and the exit status need) and
the article's JSON items and markdown section, each compressed on its own so a run inflates
only the one it writes. Layout: a header line `FORMAT JSON-bytes CRC-32 verdict=count,...`
(plain text: parsing JSON for it cost a 10,000-article run a tenth of a second), then the
compressed JSON items, then the compressed markdown. The checksum finds damage when
the row is read, while the run can still check the article again, not when it is written out.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass

from .codec import CodecError

# Bump when the layout below changes.
FORMAT = 1


@dataclass(frozen=True)
class StoredArticle:
    """One article's findings as the report shows them, still compressed."""

    counts: tuple[tuple[str, int], ...]  # (verdict, findings with it)
    json_blob: bytes  # the findings' JSON items, joined as in the report's findings list
    markdown_blob: bytes  # the article's markdown section ("" without findings)

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.counts)

    def json_items(self) -> str:
        return self.json_bytes().decode("utf-8")

    def markdown(self) -> str:
        return self.markdown_bytes().decode("utf-8")

    def json_bytes(self) -> bytes:
        """The JSON items as UTF-8, ready to be copied into the report."""
        return zlib.decompress(self.json_blob)

    def markdown_bytes(self) -> bytes:
        return zlib.decompress(self.markdown_blob)


def encode_article(verdicts: list[str], json_items: str, markdown: str) -> bytes:
    json_blob = zlib.compress(json_items.encode("utf-8"), 1)
    markdown_blob = zlib.compress(markdown.encode("utf-8"), 1)
    body = json_blob + markdown_blob
    counts = ",".join(f"{verdict}={count}" for verdict, count in Counter(verdicts).items())
    header = f"{FORMAT} {len(json_blob)} {zlib.crc32(body)} {counts}"
    return header.encode() + b"\n" + body


def decode_article(blob: bytes) -> StoredArticle:
    """The row `encode_article` wrote; `CodecError` for anything else. The texts stay
    compressed until written."""
    try:
        header, body = blob.split(b"\n", 1)
        version, json_size, checksum, listed = header.decode("ascii").split(" ")
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
