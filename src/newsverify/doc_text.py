"""A Doc's text, built once: spaCy joins every token's text again on each `doc.text` access,
and the pipeline reads a document's text in five places (figures, quotes, the sentences the
model must read, the sentence spans, the records) — about a tenth of a cold run's parsing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newsverify.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the Doc's user data after the first call (tokens' texts never
    change once the tokenizer has made them)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
