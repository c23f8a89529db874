"""Rendered articles wait in a temporary file, not in memory, until the report is written:
each reads back exactly what was kept, in any order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsverify.article_codec import decode_article, encode_article
from newsverify.article_spool import ArticleSpool, write_pieces


def test_spooled_articles_read_back_what_was_kept() -> None:
    rows = [
        (["supported", "contradicted", "supported"], '{\n      "a": 1\n    }', "\n### `a`\n"),
        ([], "", ""),
        (["missing"], '{\n      "b": "ünïcode"\n    }', "\n### `b` — ü\n"),
    ]
    stored = [decode_article(encode_article(*row)) for row in rows]
    spool = ArticleSpool()
    spooled = [spool.keep(article) for article in stored]
    for article, kept in reversed(list(zip(stored, spooled, strict=True))):
        assert kept.json_bytes() == article.json_utf8
        assert kept.markdown_bytes() == article.markdown_utf8
        assert kept.counts == article.counts and kept.findings == article.findings
    assert spooled[0].findings == 3 and dict(spooled[0].counts)["supported"] == 2
    assert spooled[2].markdown_bytes().decode("utf-8") == "\n### `b` — ü\n"


def _spooled_pieces() -> tuple[list[object], bytes]:
    """Pieces of a report mixing bytes with spooled text (written last, still unflushed),
    and the bytes they stand for."""
    spool = ArticleSpool()
    rows = [
        (["supported"], f'{{"item": {n}, "text": "ünïcode"}}', f"\n### {n}\n") for n in range(3)
    ]
    kept = [spool.keep(decode_article(encode_article(*row))) for row in rows]
    pieces: list[object] = [b"[", kept[2].json_range(), b",", kept[0].json_range()]
    pieces += [b"]", kept[1].markdown_range(), b"x" * 3000]
    expected = b"[" + kept[2].json_bytes() + b"," + kept[0].json_bytes() + b"]"
    expected += kept[1].markdown_bytes() + b"x" * 3000
    return pieces, expected


def test_written_pieces_copy_spooled_text_in_order(tmp_path: Path) -> None:
    pieces, expected = _spooled_pieces()
    target = tmp_path / "report.json"
    with open(target, "wb", buffering=0) as stream:
        write_pieces(stream.fileno(), pieces, buffer_size=16)  # type: ignore[arg-type]
    assert target.read_bytes() == expected


def test_written_pieces_without_sendfile_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> int:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "sendfile", refuse)
    pieces, expected = _spooled_pieces()
    target = tmp_path / "report.json"
    with open(target, "wb", buffering=0) as stream:
        write_pieces(stream.fileno(), pieces)  # type: ignore[arg-type]
    assert target.read_bytes() == expected
