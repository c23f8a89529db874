"""The trained model's matrix products through numpy's BLAS instead of thinc's bundled BLIS.

Most of the model's time is matrix products (its two token-to-vector networks, the entity
recogniser's hidden layer). On this project's machines numpy's OpenBLAS does them in about a
third of the CPU time BLIS takes (BLIS picks a generic kernel here), and a cold run's parse
took a fifth less CPU. The results differ only in float rounding. OpenBLAS would start a
thread per core in every worker process, where the workers already use the cores: one
thread each (`pipeline` sets `OPENBLAS_NUM_THREADS` before numpy loads).
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps

# Thinc's default ops on CPU, with its matrix product left to numpy (`numpy.dot`).
NUMPY_BLAS = NumpyOps(use_blis=False)


def use_numpy_blas(nlp: Language) -> int:
    """Point every layer of `nlp`'s trained components at `NUMPY_BLAS`; the layers changed."""
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue  # rule-based components
        for layer in model.walk():
            if layer.ops is not NUMPY_BLAS:
                layer.ops = NUMPY_BLAS
                changed += 1
    return changed
