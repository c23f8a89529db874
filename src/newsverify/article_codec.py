"""An article's cache row: where its rendered report text is, and its verdict counts.

A warm run copies an unchanged article's report text instead of decoding its findings. The
text itself (the findings' JSON items, then the markdown section, as UTF-8) lives in the
article pack (`article_pack`); the row says which pack, where the text starts there, how
long each part is, and how many findings have each verdict (all the summary and the exit
status need). Plain text, `FORMAT pack start JSON-bytes markdown-bytes verdict=count,...`:
parsing JSON for it cost a 10,000-article run a tenth of a second.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .codec import CodecError

# Bump when the layout below changes.
FORMAT = 3


@dataclass(frozen=True)
class ArticleRow:
    pack_id: str
    start: int  # where the text starts in the pack
    json_size: int
    markdown_size: int
    counts: tuple[tuple[str, int], ...]  # (verdict, findings with it)


def verdict_counts(verdicts: list[str]) -> tuple[tuple[str, int], ...]:
    return tuple(Counter(verdicts).items())


def encode_row(row: ArticleRow) -> bytes:
    counts = ",".join(f"{verdict}={count}" for verdict, count in row.counts)
    fields = (FORMAT, row.pack_id, row.start, row.json_size, row.markdown_size, counts)
    return " ".join(str(field) for field in fields).encode("ascii")


def decode_row(blob: bytes) -> ArticleRow:
    """The row `encode_row` wrote; `CodecError` for anything else."""
    try:
        version, pack_id, start, json_size, markdown_size, listed = blob.decode("ascii").split(" ")
        if int(version) != FORMAT:
            raise CodecError(f"article format {version}, expected {FORMAT}")
        pairs = [item.split("=") for item in listed.split(",")] if listed else []
        counts = tuple((verdict, int(count)) for verdict, count in pairs)
        sizes = (int(start), int(json_size), int(markdown_size))
        if min(sizes) < 0 or not pack_id or any(count < 0 for _, count in counts):
            raise CodecError("damaged article row")
        return ArticleRow(pack_id, *sizes, counts)
    except CodecError:
        raise
    except (ValueError, UnicodeDecodeError) as error:
        raise CodecError(f"not an article row: {error}") from None
