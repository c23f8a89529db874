"""Rendered articles wait in a temporary file, not in memory, until the report is written:
each reads back exactly what was kept, in any order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsverify.article_codec import verdict_counts
from newsverify.article_pack import ArticlePack
from newsverify.article_spool import ArticleSpool, SpooledArticle, write_pieces

ROWS = [
    (["supported", "contradicted", "supported"], '{\n      "a": 1\n    }', "\n### `a`\n"),
    ([], "", ""),
    (["missing"], '{\n      "b": "ünïcode"\n    }', "\n### `b` — ü\n"),
]


def test_spooled_articles_read_back_what_was_kept() -> None:
    spool = ArticleSpool()
    spooled = [
        spool.keep(verdict_counts(verdicts), json.encode(), markdown.encode())
        for verdicts, json, markdown in ROWS
    ]
    for (verdicts, json, markdown), kept in reversed(list(zip(ROWS, spooled, strict=True))):
        assert kept.json_bytes() == json.encode() and kept.markdown_bytes() == markdown.encode()
        assert kept.findings == len(verdicts)
    assert spooled[0].findings == 3 and dict(spooled[0].counts)["supported"] == 2
    assert spooled[2].markdown_bytes().decode("utf-8") == "\n### `b` — ü\n"


def test_packed_articles_read_back_and_know_their_own_entries(tmp_path: Path) -> None:
    pack = ArticlePack(tmp_path / "articles-x.pack", "x")
    keys = [f"{n}" * 20 for n in range(len(ROWS))]
    texts = [(json + markdown).encode() for _, json, markdown in ROWS]
    starts = pack.append(list(zip(keys, texts, strict=True)))
    more = pack.append([("f" * 64, b"later")])  # appended by a later run
    for key, text, start, (verdicts, json, _) in zip(keys, texts, starts, ROWS, strict=True):
        article = SpooledArticle(pack, verdict_counts(verdicts), start, len(json.encode()), 0)
        assert article.json_bytes() == json.encode()
        assert pack.holds(key, start, len(text))
        assert not pack.holds(keys[0] if key != keys[0] else keys[1], start, len(text))
    assert pack.read(more[0], 5) == b"later" and more[0] > starts[-1]
    assert not pack.holds("f" * 64, more[0], 6)  # runs past the end of the file
    assert not ArticlePack(tmp_path / "absent.pack", "y").holds(keys[0], starts[0], 1)


def _spooled_pieces() -> tuple[list[object], bytes]:
    """Pieces of a report mixing bytes with spooled text (written last, still unflushed),
    and the bytes they stand for."""
    spool = ArticleSpool()
    rows = [
        (["supported"], f'{{"item": {n}, "text": "ünïcode"}}', f"\n### {n}\n") for n in range(3)
    ]
    kept = [spool.keep(verdict_counts(v), j.encode(), m.encode()) for v, j, m in rows]
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
