"""Rendered articles wait in a temporary file, not in memory, until the report is written:
each reads back exactly what was kept, in any order."""

from __future__ import annotations

from newsverify.article_codec import decode_article, encode_article
from newsverify.article_spool import ArticleSpool


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
