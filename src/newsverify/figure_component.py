"""The spaCy component that puts `figures.find_figures`'s results in `doc.spans`, each span
carrying its parsed `Figure` on `Span._.newsverify_figure`. Apart from `figures` so that the
matcher, which reads figures from text too (table cells), never imports spaCy.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doc_text import doc_text
from .figures import find_figures
from .records import Figure

if not Span.has_extension("newsverify_figure"):
    Span.set_extension("newsverify_figure", default=None)


class FigureFinder:
    """Puts the figures of a Doc in `doc.spans[spans_key]`, each with `span._.newsverify_figure`."""

    def __init__(self, nlp: Language, name: str = "newsverify_figures", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, find_figures(doc_text(doc)))
        return doc

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        """Write `figures` to the Doc as spans carrying their parsed Figure."""
        spans = []
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None:
                continue
            span._.newsverify_figure = figure
            spans.append(span)
        doc.spans[self.spans_key] = spans


@Language.factory(
    "newsverify_figures",
    assigns=["doc.spans"],
    default_config={"spans_key": "newsverify_figures"},
)
def make_figure_finder(nlp: Language, name: str, *, spans_key: str) -> FigureFinder:
    """Create the figure finder; spans go to `doc.spans[spans_key]`."""
    return FigureFinder(nlp, name, spans_key=spans_key)
