"""The model's attribute rules applied by lookup set exactly what spaCy's ruler sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from newsverify.attribute_rules import AttributeRules, replace_attribute_ruler
from newsverify.pipeline import Analyzer, _load_trained_pipeline

SET = [TAG, POS, MORPH, LEMMA]


def _blank_with_ruler(patterns: list[dict]) -> spacy.language.Language:  # type: ignore[type-arg]
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def _tagged(nlp: spacy.language.Language, words: list[str], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags)


def test_later_rules_win_and_index_picks_the_token() -> None:
    nlp = _blank_with_ruler(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"LOWER": "rates"}]], "attrs": {"POS": "PROPN", "LEMMA": "rate"}},
            # Two tokens, attributes on the last: "gon na" -> "na" is "to".
            {
                "patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]],
                "attrs": {"LEMMA": "to"},
                "index": -1,
            },
            {
                "patterns": [[{"LOWER": {"IN": ["fell", "rose"]}, "TAG": {"NOT_IN": ["NN"]}}]],
                "attrs": {"POS": "VERB"},
            },
            {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART"}},
            # Nothing sets DEP without the parser: this never matches, as in spaCy.
            {"patterns": [[{"DEP": "nsubj"}]], "attrs": {"POS": "PRON"}},
        ]
    )
    ruler = nlp.get_pipe("attribute_ruler")
    words = ["Rates", "rose", "but", "gon", "na", "fall", "n't", "fell"]
    tags = ["NN", "VBD", "CC", "VBG", "TO", "VB", "RB", "NN"]
    expected = ruler(_tagged(nlp, words, tags))
    got = AttributeRules(ruler)(_tagged(nlp, words, tags))
    assert got.to_array(SET).tolist() == expected.to_array(SET).tolist()
    assert [t.pos_ for t in got] == ["PROPN", "VERB", "", "", "", "", "PART", "NOUN"]
    assert got[0].lemma_ == "rate" and got[4].lemma_ == "to"


def test_a_pattern_it_cannot_read_leaves_spacys_ruler_in_place() -> None:
    nlp = _blank_with_ruler([{"patterns": [[{"LENGTH": 3}]], "attrs": {"POS": "NOUN"}}])
    assert replace_attribute_ruler(nlp) == "attribute_ruler"
    assert nlp.pipe_names == ["attribute_ruler"]


@pytest.mark.parametrize(
    "text",
    [
        "Y'all gonna see it? I ain't sure, but let's go, c'mon! Nothin' doing.",
        "Admissions rose 5% in March, said Dr Jane Rowe, who has had 164 stations.\n\n  x",
        "There were 42,650 ballot papers counted; turnout was 61.2% (up from 58.0%).",
        '"We do not expect rates to fall," the Bank\'s governor said on Tuesday.',
    ],
)
def test_the_models_rules_set_what_its_ruler_sets(text: str) -> None:
    nlp = _load_trained_pipeline()
    if nlp is None:
        pytest.skip("no trained pipeline installed")
    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        doc = nlp(text)
    expected = nlp.get_pipe("attribute_ruler")(doc.copy())
    got = AttributeRules(nlp.get_pipe("attribute_ruler"))(doc.copy())
    assert got.to_array(SET).tolist() == expected.to_array(SET).tolist()


def test_the_analyzer_uses_the_lookup(analyzer: Analyzer) -> None:
    if not analyzer.trained:
        pytest.skip("no trained pipeline installed")
    assert "attribute_ruler" not in analyzer.nlp.pipe_names
    names = analyzer.nlp.pipe_names
    assert names.index("newsverify_attribute_rules") < names.index("newsverify_main_verbs")
