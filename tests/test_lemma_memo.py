"""The lemmatizer asked once per distinct word sets the same lemmas as spaCy's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsverify.lemma_memo import RememberedLemmas
from newsverify.pipeline import Analyzer, _load_trained_pipeline

TEXTS = [
    "Admissions rose 5% in March; they had risen 3% and have been rising since.",
    "Y'all gonna see it? I ain't sure, but let's go. She said the better figures were worse.",
    "There were 42,650 ballot papers counted; he has had 164 stations, and does well.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    loaded = _load_trained_pipeline()
    if loaded is None:
        pytest.skip("no trained pipeline installed")
    return loaded


@pytest.mark.parametrize("text", TEXTS)
def test_the_lemmas_are_spacys(nlp: Language, text: str) -> None:
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        doc = nlp(text)
    lemmatizer = nlp.get_pipe("lemmatizer")
    expected = [t.lemma_ for t in lemmatizer(doc.copy())]
    remembered = RememberedLemmas(lemmatizer)
    assert [t.lemma_ for t in remembered(doc.copy())] == expected
    # Asked again, from memory: the same.
    assert [t.lemma_ for t in remembered(doc.copy())] == expected


def test_a_lemma_the_attribute_rules_set_is_kept(nlp: Language) -> None:
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        doc = nlp("I ain't going, we're gonna stay.")
    assert doc[1].text == "ai" and doc[1].lemma_ == "be"  # from the rules, before any lemmatizer
    lemmas = [t.lemma_ for t in RememberedLemmas(nlp.get_pipe("lemmatizer"))(doc)]
    assert lemmas[1] == "be" and lemmas[2] == "not"


def test_the_analyzer_lemmatizes_after_the_main_verbs(analyzer: Analyzer) -> None:
    if not analyzer.trained:
        pytest.skip("no trained pipeline installed")
    names = analyzer.nlp.pipe_names
    assert "lemmatizer" not in names
    assert names.index("newsverify_main_verbs") < names.index("newsverify_lemmas")
    words = {w.text: w for w in analyzer.parse_text("He had 164 stations and had risen.").words}
    assert words["stations"].lemma == "station" and words["risen"].lemma == "rise"
