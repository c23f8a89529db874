"""Words of a statement that say nothing of what its figure is about, though they are not
stop words: grammar words the stop list misses ("despite", "amid", "towards") relate things,
they are not things ("The decision comes despite inflation jumping to 3.4% in April").

A value's own spelling glued into one token ("£21.4bn") is not one of them: the primary
writes the same token, and it tells which passage the statement reads.
"""

from __future__ import annotations

from .records import Word
from .vocab import DIRECTION_WORDS

# Parts of speech that relate or point at things rather than name them.
GRAMMAR_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART", "INTJ"})


def is_idle(word: Word, key: str | None) -> bool:
    """A word that says nothing of the subject wherever it stands in the statement."""
    if key in DIRECTION_WORDS:
        return False  # "43.3%, up 11.2 points": a direction, checked as one
    return word.pos in GRAMMAR_POS
