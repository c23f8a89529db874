"""Verb endings of words the trained model did not read.

The model reads only the sentences near figures and quotations (model_spans.py); elsewhere a
word's lemma is the word itself, lower-cased. A table's caption ("Accepted applicants by
subject group") or a heading then keeps "accepted", which never meets "acceptances" or
"were accepted" in an article. Regular endings are taken off such words ("accepted" ->
"accept", "admitted" -> "admit", "applied" -> "apply", "closing" is left to derivation.py),
as the lemmatizer would have. Short stems and words in "-eed" ("need", "exceed") keep their
ending: a rule must not merge unrelated words, and one that yields no real word costs
nothing.
"""

from __future__ import annotations

# A stem shorter than this keeps its ending ("red", "used", "shed").
MIN_STEM = 4


def uninflected(word: str) -> str:
    """The word without a regular past ending ("-ed", "-ied"); the word itself otherwise."""
    if not word.endswith("ed") or word.endswith("eed"):
        return word
    if word.endswith("ied") and len(word) - 3 >= MIN_STEM - 1:
        return word[:-3] + "y"  # applied -> apply
    stem = word[:-2]
    if len(stem) < MIN_STEM:
        return word
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
        stem = stem[:-1]  # admitted -> admit, planned -> plan
    return stem
