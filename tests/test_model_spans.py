"""The model runs only on the sentences that need it: which are kept, and copying back."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsverify import pipeline  # noqa: F401  (registers our components)
from newsverify.corpus import parse_text
from newsverify.model_spans import copy_annotations, needed_sentences
from newsverify.pipeline import Analyzer


@pytest.fixture(scope="module")
def cheap() -> spacy.language.Language:
    """The components that run on every sentence, on a blank pipeline."""
    nlp = spacy.blank("en")
    for name in ("sentencizer", "newsverify_line_breaks", "newsverify_figures"):
        nlp.add_pipe(name)
    return nlp


def _kept(nlp: spacy.language.Language, text: str) -> list[str]:
    """The kept sentences with words (line breaks are sentences of their own too)."""
    return [s.text.strip() for s in needed_sentences(nlp(text)) if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A figure's sentence alone: its subject is its own.
        (
            "The trust met. Its chair spoke. Admissions rose 5% in March. Staff left early.",
            ["Admissions rose 5% in March."],
        ),
        # A quotation's sentence and the one introducing it.
        (
            'Nothing happened. Ms Rowe spoke to staff. She said: "We are proud." They left.',
            ["Ms Rowe spoke to staff.", 'She said: "We are proud."'],
        ),
        # A quotation over two sentences keeps both, and the one before (the sentencizer
        # leaves the opening mark at the end of the sentence before: it counts as quoted).
        (
            'It rained. Ms Rowe spoke. "We are proud. We are tired," she said. They left.',
            ["It rained.", 'Ms Rowe spoke. "', "We are proud.", 'We are tired," she said.'],
        ),
        # The nearest heading above counts as context, and a lone line break is no sentence.
        (
            "Hospital admissions\n\nThe trust met.\n\nThe chair spoke.\n\nAdmissions rose 5%.\n",
            ["Hospital admissions", "Admissions rose 5%."],
        ),
        # A list's lead-in dates the items under it.
        (
            "The figures show that:\nNothing moved.\n- Sales rose 5%.\n- Costs fell 2%.\n",
            ["The figures show that:", "- Sales rose 5%.", "- Costs fell 2%."],
        ),
        # Nothing to read: no figure, no quotation.
        ("The trust met. The chair spoke. Staff left early.", []),
        # An apostrophe is not a quotation mark.
        ("Britain's board met. The chair's plan was approved.", []),
        ("", []),
    ],
)
def test_needed_sentences(cheap: spacy.language.Language, text: str, kept: list[str]) -> None:
    assert _kept(cheap, text) == kept


def test_the_line_breaks_around_a_kept_sentence_are_kept(cheap: spacy.language.Language) -> None:
    doc = cheap("Q and A\n\nJANE ROWE: Sales rose 5%.\n\nTOM PELL: Good.\n\nJANE ROWE: Yes.\n")
    kept = needed_sentences(doc)
    # The model reads "JANE ROWE" at the start of a line, as in the whole text.
    assert "Q and A\n\nJANE ROWE" in "".join(s.text_with_ws for s in kept)
    assert not any("TOM" in s.text or "Yes" in s.text for s in kept)


def test_annotations_are_copied_to_the_right_tokens() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["A", "b", ".", "C", "d", ".", "E", "f", "."], sent_starts=[1, 0, 0] * 3)
    # The model read the first and the last sentence, as one Doc of six tokens.
    sub = Doc(
        vocab,
        words=["A", "b", ".", "E", "f", "."],
        sent_starts=[1, 0, 0] * 2,
        pos=["PROPN", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["a", "b", ".", "e", "eff", "."],
        ents=["B-ORG", "O", "O", "B-PERSON", "O", "O"],
    )
    copy_annotations(sub, doc, [0, 1, 2, 6, 7, 8])
    assert [t.pos_ for t in doc] == ["PROPN", "NOUN", "PUNCT", "", "", "", "PROPN", "VERB", "PUNCT"]
    assert [t.lemma_ for t in doc][6:8] == ["e", "eff"]
    assert [(e.text, e.label_) for e in doc.ents] == [("A", "ORG"), ("E", "PERSON")]
    # Unread tokens are "missing", not "outside": nobody looked for names there.
    assert [t.ent_iob_ for t in doc] == ["B", "O", "O", "", "", "", "B", "O", "O"]


def test_an_entity_across_a_join_keeps_its_part_before_the_join() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["x", "Jane", "y", "Rowe", "z"], sent_starts=[1, 0, 1, 1, 0])
    # Sentences "x Jane" and "Rowe z" were read together; the model joined "Jane Rowe".
    sub = Doc(vocab, words=["x", "Jane", "Rowe", "z"], ents=["O", "B-PERSON", "I-PERSON", "O"])
    copy_annotations(sub, doc, [0, 1, 3, 4])
    assert [(e.text, e.start, e.end) for e in doc.ents] == [("Jane", 1, 2)]


def test_the_model_reads_only_the_needed_sentences(analyzer: Analyzer) -> None:
    text = (
        "Dr Jane Rowe visited Leeds. Nothing else happened. The board met in York.\n"
        "Admissions rose 5% in March, said Mark Pell.\n"
    )
    ((_, parsed),) = analyzer.parse_documents(parse_text(text, "a.txt"))
    words = {w.text: w for w in parsed.words}
    # Read: the figure's sentence.
    assert words["Pell"].entity == "PERSON"
    assert words["rose"].lemma == "rise" and words["rose"].pos == "VERB"
    # Not read: no entity, no part of speech; the lemma is the lower-cased word.
    assert words["Rowe"].entity is None and words["Rowe"].pos == ""
    assert words["York"].entity is None
    assert words["visited"].lemma == "visited"
    # Figures and sentences come from every sentence regardless.
    assert [f.text for f in parsed.figures] == ["rose 5%", "March"]
    assert len(parsed.sentences) == 4


def test_a_document_with_no_needed_sentence_is_analysed_without_the_model(
    analyzer: Analyzer,
) -> None:
    text = "The trust met. The chair spoke to Jane Rowe.\n"
    ((_, parsed),) = analyzer.parse_documents(parse_text(text, "a.txt"))
    assert [w.text for w in parsed.words][:3] == ["The", "trust", "met"]
    assert all(w.pos == "" and w.entity is None for w in parsed.words)
    assert not parsed.figures and not parsed.quotes


def test_claims_are_read_by_the_model_whole(analyzer: Analyzer) -> None:
    words = {w.text: w for w in analyzer.parse_text("Jane Rowe visited Leeds.").words}
    assert words["Leeds"].entity == "GPE" and words["visited"].lemma == "visit"
