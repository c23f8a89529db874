"""Words written with a prefix that makes another thing of them and a hyphen ("non-food",
"e-book", "ex-offenders", "pre-pandemic") are one word for matching. The tokenizer splits them
at the hyphen, and the halves would then meet the plain word: "non-food stores" would share
"food" and "stores" with "food stores", "e-book loans" "book" and "loans" with "loans of
printed books", and a claim about one would be checked against the other's figure."""

from __future__ import annotations

from spacy.tokens import Doc

NEGATING_PREFIXES = frozenset({"non", "e", "ex", "anti", "pre", "post"})


def negating_prefixes(doc: Doc) -> dict[int, int]:
    """Token index of each prefix ("non") -> index of the word it negates, for every "non" +
    "-" + word written with no spaces between."""
    joined: dict[int, int] = {}
    for token in doc[:-2]:
        if token.lower_ not in NEGATING_PREFIXES or token.whitespace_:
            continue
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if hyphen.text == "-" and not hyphen.whitespace_ and word.text[:1].isalpha():
            joined[token.i] = word.i
    return joined
