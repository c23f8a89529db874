"""Normalisation: the fast path gives exactly what a character-by-character mapping gives."""

from __future__ import annotations

import random
import unicodedata

import pytest

from newsverify.text import _PLAIN, normalize


def reference(text: str) -> tuple[str, tuple[int, ...]]:
    """The straightforward definition: map each character, remember where it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _PLAIN:
            replacement = _PLAIN[char]
        else:
            replacement = "".join(_PLAIN.get(c, c) for c in unicodedata.normalize("NFKC", char))
        chars += replacement
        origin += [index] * len(replacement)
    return "".join(chars), (*origin, len(text))


ALPHABET = (
    "ab 1\n.\u2026\u200b\ufeff\u201c\u201d\u2019\u2013\u00ad\u00a0\ufb01\uff21\u00e9\u00bd\u2033"
)


@pytest.mark.parametrize("seed", range(20))
def test_matches_the_character_by_character_definition(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 40)))
        result = normalize(text)
        assert (result.text, tuple(result.origin)) == reference(text), repr(text)
        assert result.original_length == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ASCII", "plain ASCII"),
        ("\u201cfour\u2011fold\u201d", '"four-fold"'),  # same length: the map stays implicit
        ("wait\u2026 no", "wait... no"),  # one character becomes three
        ("zero\u200bwidth", "zerowidth"),  # one character disappears
    ],
)
def test_examples(text: str, expected: str) -> None:
    result = normalize(text)
    assert (result.text, tuple(result.origin)) == reference(text)
    assert result.text == expected


def test_a_text_whose_length_does_not_change_needs_no_stored_map() -> None:
    assert isinstance(normalize("\u2018a\u2019 \u2013 b" * 1000).origin, range)
