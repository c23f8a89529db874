"""The pipeline: registered components on a blank pipeline, and running without a model."""

from __future__ import annotations

import pytest
import spacy

from newsverify import pipeline
from newsverify.claims import load_claims
from newsverify.corpus import parse_text
from newsverify.pipeline import Analyzer
from newsverify.verification import run_verification

from .conftest import FIXTURES


def test_components_load_by_name_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsverify_line_breaks")
    nlp.add_pipe("newsverify_figures")
    nlp.add_pipe("newsverify_quotes")
    doc = nlp('Exports rose by 12% in 2024.\nThe minister said: "We are open for business."')
    figures = [span._.newsverify_figure for span in doc.spans["newsverify_figures"]]
    assert [(f.text, f.kind) for f in figures] == [("rose by 12%", "multiplier"), ("2024", "year")]
    quotes = [span._.newsverify_quote for span in doc.spans["newsverify_quotes"]]
    assert [q.text for q in quotes] == ["We are open for business."]


def test_line_breaks_end_sentences() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsverify_line_breaks")
    doc = nlp("A title without a full stop\nThe body starts here.")
    assert [s.text.strip() for s in doc.sents] == [
        "A title without a full stop",
        "The body starts here.",
    ]


def test_without_a_trained_pipeline_the_tool_runs_and_says_so_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pipeline, "MODEL_NAMES", ("no_such_model_package",))
    notices: list[str] = []
    analyzer = pipeline.load_analyzer(notify=notices.append)
    assert notices == [pipeline.NO_MODEL_NOTICE]
    assert not analyzer.trained
    mini = FIXTURES / "mini"
    report = run_verification([str(mini)], load_claims(mini / "claims.yaml"), analyzer)
    verdicts = {r.claim.id: r.verdict.verdict for r in report.claims}
    # Figures need no NER: the value checks still work.
    assert verdicts["containers-15"] == "contradicted"
    assert verdicts["cranes-40m"] == "supported"
    assert report.trained_pipeline is False


def test_documents_date_their_weekday_dates_without_a_year() -> None:
    # The records of a dated document give "Friday 19 September" the year its date fixes;
    # a claim (no document) keeps the date as written.
    text = "---\ndate: 2025-09-16\n---\nThe forum meets on Friday 19 September.\n"
    analyzer = pipeline.load_analyzer()
    ((_, parsed),) = analyzer.parse_documents(parse_text(text, "bulletin.md"))
    (figure,) = parsed.figures
    assert figure.date is not None and figure.date.year == 2025 and figure.value == 20250919
    (claim_figure,) = analyzer.parse_text("The forum meets on Friday 19 September.").figures
    assert claim_figure.date is not None and claim_figure.date.year is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The network had 164 stations in 2025.", "had", "VERB"),
        ("The network had grown to 164 stations.", "had", "AUX"),
        ("Prices have not yet risen.", "have", "AUX"),
        ("There were 12 cases last week.", "were", "VERB"),
        ("Cases were 12 last week.", "were", "AUX"),
        ("When do they come through?", "do", "AUX"),
    ],
)
def test_main_verbs_are_told_from_auxiliaries_without_the_parser(
    analyzer: Analyzer, text: str, word: str, expected: str
) -> None:
    """The model's rules for "had" as a verb read dependency arcs, which are not computed."""
    assert "parser" not in analyzer.nlp.pipe_names
    words = {w.text: w.pos for w in analyzer.parse_text(text).words}
    assert words[word] == expected


def test_sentences_end_at_punctuation_and_line_breaks_not_mid_label(analyzer: Analyzer) -> None:
    """A label and its value on one line are one sentence ("Total ballot papers counted:
    42,650"); the trained parser used to split them."""
    text = (
        "Total ballot papers counted: 42,650\nTurnout: 59.2%\n"
        "Ms Rowe said it went well. Mr Tate left."
    )
    sentences = [s.text for s in analyzer.parse_text(text).sentences]
    assert sentences == [
        "Total ballot papers counted: 42,650",
        "Turnout: 59.2%",
        "Ms Rowe said it went well.",
        "Mr Tate left.",
    ]
