"""A Doc's token offsets and sentence bounds as plain lists, read from its arrays in one call.

The pipeline's own steps (line breaks, the sentences the model reads, the records) looked at
every token through spaCy's `Token` and `Span` objects: each access builds a new object, and
a span's text joins its tokens' texts again. Tokens tile the text, so a token's or a
sentence's text is a slice of the Doc's text (`doc_text`) between their start offsets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import IDX, LENGTH, SENT_START, SPACY

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


class DocTokens:
    """`starts[i]`, `ends[i]`: where token i's text starts and ends in `text`; `spaced[i]`:
    whether a space follows it (its `whitespace_`). Fixed once the tokenizer has run."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        rows = doc.to_array([IDX, LENGTH, SPACY]).tolist() if len(doc) else []
        self.starts = [start for start, _, _ in rows]
        self.ends = [start + length for start, length, _ in rows]
        self.spaced = [bool(space) for _, _, space in rows]

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        """Token i's text."""
        return self.text[self.starts[i] : self.ends[i]]

    def with_space(self, start: int, end: int) -> str:
        """The text of tokens [start, end) with the whitespace after the last (a span's
        `text_with_ws`)."""
        high = self.starts[end] if end < len(self.starts) else len(self.text)
        return self.text[self.starts[start] : high]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (a span's `text`)."""
        return self.text[self.starts[start] : self.ends[end - 1]]


_KEY = "newsverify.tokens"


def doc_tokens(doc: Doc) -> DocTokens:
    """The Doc's `DocTokens`, kept in its user data after the first call."""
    tokens = doc.user_data.get(_KEY)
    if tokens is None:
        tokens = doc.user_data[_KEY] = DocTokens(doc)
    return tokens


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token indices of `doc.sents`, in order, without making its spans:
    the first token always starts one, any other whose sentence start is set to 1 too."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]  # as doc.sents does, or raises as it
    flags = doc.to_array(SENT_START).tolist() if len(doc) else []
    bounds = []
    start = 0
    for i in range(1, len(flags)):
        if flags[i] == 1:
            bounds.append((start, i))
            start = i
    if start != len(flags):
        bounds.append((start, len(flags)))
    return bounds
