"""Direct quotations and who spoke them: the `newsverify_quotes` spaCy component.

`find_quotes` works in two steps, each in its own module:

1. `newsverify.quote_marks` pairs quotation marks into quotations, paragraph by paragraph,
   so an unbalanced mark costs one quotation at most;
2. `newsverify.speakers` ties each quotation to the person the text says spoke it, by
   reporting verbs ("Rutte said", "according to ..."), colon introductions and continuations.

`QuoteFinder` is the spaCy component around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsverify.doc_text import doc_text
from newsverify.quote_marks import find_spans
from newsverify.records import Quote
from newsverify.speakers import find_speakers

SPANS_KEY = "newsverify_quotes"
EXTENSION = "newsverify_quote"


def find_quotes(
    text: str,
    people: Sequence[tuple[int, int, str]] = (),
    others: Sequence[tuple[int, int]] = (),
) -> list[Quote]:
    """Direct quotations in normalised `text`, sorted by start, with their speakers.

    `people` are PERSON entity spans (start, end, name) from a trained pipeline, `others` the
    (start, end) of its other entities; names are also recognised by titles and reporting
    verbs, and a run of capitalised words the pipeline left unlabelled is a name too weak to
    credit a quotation to by itself but enough for "she said". Offsets cover the quoted words
    without the quotation marks (`Quote.text == text[start:end]`). The speaker is the fullest
    form of the name the text gives, without titles, or None when no one is named.
    """
    spans = find_spans(text)
    if not spans:
        return []
    speakers = find_speakers(text, spans, people, others)
    quotes = []
    for span, (speaker, attributed) in zip(spans, speakers, strict=True):
        quotes.append(Quote(span.start, span.end, text[span.start : span.end], speaker, attributed))
    return quotes


# --- spaCy component -----------------------------------------------------------------------


class QuoteFinder:
    """Puts quotations in `doc.spans[spans_key]`, each `Quote` on `span._.newsverify_quote`."""

    def __init__(
        self, nlp: Language, name: str = "newsverify_quotes", *, spans_key: str = SPANS_KEY
    ):
        self.name = name
        self.spans_key = spans_key
        if not Span.has_extension(EXTENSION):
            Span.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        quotes = self.find(doc)
        self.set_annotations(doc, quotes)
        return doc

    def find(self, doc: Doc) -> list[Quote]:
        """Quotations in `doc`, using its PERSON entities when a trained pipeline set them."""
        people = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ != "PERSON"]
        return find_quotes(doc_text(doc), people, others)

    def set_annotations(self, doc: Doc, quotes: Sequence[Quote]) -> None:
        spans = []
        for quote in quotes:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:
                continue
            span._.set(EXTENSION, quote)
            spans.append(span)
        doc.spans[self.spans_key] = spans


@Language.factory(
    "newsverify_quotes", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY}
)
def make_quote_finder(nlp: Language, name: str, *, spans_key: str) -> QuoteFinder:
    """spaCy factory: `nlp.add_pipe("newsverify_quotes")`."""
    return QuoteFinder(nlp, name, spans_key=spans_key)
