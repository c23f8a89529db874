"""The trained model's attribute rules, applied by looking each token's words up.

The model's `attribute_ruler` sets parts of speech, morphology and some lemmas from the
tagger's tags through 179 token patterns. spaCy's matcher tries every pattern at every
token, which cost a sixth of the model's time (7.3 of 45 CPU s on 200 bench articles; this
takes 0.8 s). Nearly every pattern names the token's lower-case form or its tag, so here the
patterns are filed under those values and a token is checked only against the patterns filed
under its own (and the few that name neither). The same rules set the same attributes in the
same order: the ruler sorts its matches by rule, later rules winning, and so does `apply`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Check = Callable[[Token], bool]
Entry = tuple[int, list[Check]]  # a rule's id and one of its patterns, a check per token
# The token attributes the model's patterns test, read as the matcher reads them.
_READERS: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda token: token.lower_,
    "TAG": lambda token: token.tag_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}
_READ = [LOWER, TAG, DEP, IS_SPACE]
# Distinct tuples of `_READ` values remembered; a corpus's vocabulary stays far below.
_MAX_KNOWN = 500_000
# Attributes a pattern can be filed under, most telling first.
_FILED_BY = ("LOWER", "TAG", "IS_SPACE")


class UnsupportedPattern(ValueError):
    """A pattern uses something `AttributeRules` does not implement (the spaCy ruler stays)."""


class AttributeRules:
    """Applies an `AttributeRuler`'s rules: `rules(doc)` sets what `ruler(doc)` would."""

    def __init__(self, ruler: Any) -> None:
        # rule id -> the attributes it sets and which token of its match gets them
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        # (attribute, value) -> [(rule id, checks of each token of the pattern)]
        self._filed: dict[tuple[str, Any], list[Entry]] = {}
        self._unfiled: list[Entry] = []
        for rule in range(len(self._attrs)):
            _, patterns = ruler.matcher.get(str(rule))
            for pattern in patterns:
                entry = (rule, [_token_check(spec) for spec in pattern])
                keys = _filing_keys(pattern[0])
                for key in keys:
                    self._filed.setdefault(key, []).append(entry)
                if not keys:
                    self._unfiled.append(entry)
        # Whether a pattern's first token matches depends only on the token's own values of
        # `_READ`: per tuple of them, the one-token rules that match and the longer
        # patterns whose first token does. Most tokens of a text repeat a known tuple.
        self._known: dict[tuple[int, ...], tuple[list[int], list[Entry]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        self.apply(doc, self.matches(doc))
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, sorted as the spaCy ruler sorts them."""
        found = []
        known = self._known
        if len(known) > _MAX_KNOWN:
            known.clear()
        for i, values in enumerate(doc.to_array(_READ).tolist()):
            key = tuple(values)
            here = known.get(key)
            if here is None:
                here = known[key] = self._first_matches(doc[i])
            rules, longer = here
            found += [(rule, i, i + 1) for rule in rules]
            for rule, checks in longer:
                end = i + len(checks)
                if end <= len(doc) and all(
                    check(doc[i + k]) for k, check in enumerate(checks) if k
                ):
                    found.append((rule, i, end))
        # A pattern filed under two of a token's values is found twice: once is enough.
        return sorted(set(found))

    def apply(self, doc: Doc, matches: Sequence[tuple[int, int, int]]) -> None:
        for rule, start, end in matches:
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])

    def _first_matches(self, token: Token) -> tuple[list[int], list[Entry]]:
        """The one-token rules `token` matches, and the longer patterns it can start."""
        filed = self._filed
        candidates = (
            filed.get(("LOWER", token.lower_), [])
            + filed.get(("TAG", token.tag_), [])
            + filed.get(("IS_SPACE", token.is_space), [])
            + self._unfiled
        )
        rules = []
        longer = []
        for rule, checks in candidates:
            if checks[0](token):
                if len(checks) == 1:
                    rules.append(rule)
                else:
                    longer.append((rule, checks))
        return rules, longer


def _filing_keys(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    """The (attribute, value) pairs a pattern's first token can only match under."""
    for attribute in _FILED_BY:
        value = spec.get(attribute)
        if isinstance(value, (str, bool)):
            return [(attribute, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(attribute, item) for item in value["IN"]]
    return []


def _token_check(spec: dict[str, Any]) -> Check:
    """A test of one token against one token pattern, as spaCy's matcher tests it."""
    tests: list[tuple[Callable[[Token], Any], Callable[[Any], bool]]] = []
    for attribute, value in spec.items():
        read = _READERS.get(attribute)
        if read is None:
            raise UnsupportedPattern(f"attribute {attribute!r} in {spec}")
        tests.append((read, _value_test(value, spec)))
    return lambda token: all(test(read(token)) for read, test in tests)


def _value_test(value: Any, spec: dict[str, Any]) -> Callable[[Any], bool]:
    if isinstance(value, (str, bool)):
        return lambda seen: seen == value
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), *_ = value.items()
        if operator == "IN":
            members = frozenset(argument)
            return lambda seen: seen in members
        if operator == "NOT_IN":
            outside = frozenset(argument)
            return lambda seen: seen not in outside
        if operator == "REGEX":
            pattern = re.compile(argument)
            return lambda seen: pattern.search(seen) is not None
    raise UnsupportedPattern(f"value {value!r} in {spec}")


@Language.factory("newsverify_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """spaCy factory: the rules of `nlp`'s "attribute_ruler", to stand in for it."""
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


def replace_attribute_ruler(nlp: Language) -> str:
    """Put `AttributeRules` in place of `nlp`'s "attribute_ruler" where it can stand in;
    the name of the component that now sets the attributes."""
    try:
        nlp.add_pipe("newsverify_attribute_rules", after="attribute_ruler")
    except UnsupportedPattern:
        return "attribute_ruler"
    nlp.remove_pipe("attribute_ruler")
    return "newsverify_attribute_rules"
