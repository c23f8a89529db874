"""The model's matrix products go through numpy's BLAS; the annotations stay the same."""

from __future__ import annotations

import pytest
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, POS, TAG

from newsverify.model_ops import NUMPY_BLAS, use_numpy_blas
from newsverify.pipeline import Analyzer, _load_trained_pipeline

TEXT = (
    "Admissions at the Royal Infirmary rose 5% in March, said Dr Jane Rowe of NHS Kelso.\n"
    '"We expect rates to fall by the autumn," the Bank of England\'s governor said on Tuesday.'
)


def _layers(nlp):  # type: ignore[no-untyped-def]
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def test_every_layer_of_the_analyzer_uses_numpy_blas(analyzer: Analyzer) -> None:
    if not analyzer.trained:
        pytest.skip("no trained pipeline installed")
    layers = list(_layers(analyzer.nlp))
    assert layers and all(layer.ops is NUMPY_BLAS for layer in layers)


def test_numpy_blas_gives_the_same_annotations_as_blis() -> None:
    blis = _load_trained_pipeline()
    numpy = _load_trained_pipeline()
    if blis is None or numpy is None:
        pytest.skip("no trained pipeline installed")
    assert use_numpy_blas(numpy) > 0
    assert use_numpy_blas(numpy) == 0  # already done: nothing left to change
    attrs = [TAG, POS, LEMMA, ENT_IOB, ENT_TYPE]
    assert numpy(TEXT).to_array(attrs).tolist() == blis(TEXT).to_array(attrs).tolist()
