"""Words written with a prefix that makes another thing of them and a hyphen ("non-food",
"e-book", "ex-offenders", "pre-pandemic") are one word for matching. The tokenizer splits them
at the hyphen, and the halves would then meet the plain word: "non-food stores" would share
"food" and "stores" with "food stores", "e-book loans" "book" and "loans" with "loans of
printed books", and a claim about one would be checked against the other's figure."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .doc_tokens import doc_tokens

NEGATING_PREFIXES = frozenset({"non", "e", "ex", "anti", "pre", "post"})


def negating_prefixes(doc: Doc) -> dict[int, int]:
    """Token index of each prefix ("non") -> index of the word it negates, for every "non" +
    "-" + word written with no spaces between."""
    joined: dict[int, int] = {}
    tokens = doc_tokens(doc)
    prefixes = {doc.vocab.strings[prefix] for prefix in NEGATING_PREFIXES}
    lowers = doc.to_array(LOWER).tolist() if len(doc) else []
    spaced = tokens.spaced
    for i in range(len(lowers) - 2):
        if lowers[i] not in prefixes or spaced[i]:
            continue
        if tokens.word(i + 1) == "-" and not spaced[i + 1] and tokens.word(i + 2)[:1].isalpha():
            joined[i] = i + 2
    return joined
