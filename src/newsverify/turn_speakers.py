"""Who speaks each turn of a transcript printed in an article, and to whom.

"HOST: ... your company told customers ...\n\nBRENNOCK: ... I said then, '...'": inside a
speaker-labelled turn, "I" is the turn's speaker and "you" the person the turn is spoken to,
the speaker of the turn that answers it (or, for the last turn, of the turn it answers). A
label gives the name as written, without titles: "MINISTER GRACE OKORO" is "GRACE OKORO";
a role with a name in brackets is that name ("PRESENTER (Ally Dunbar)", "The Transport
Secretary (Ms Hannah Vaughan)"); a role alone ("HOST") or a question's label ("Q") names
nobody. Plain text only: the labels are read as `newsverify.transcripts` reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsverify import speech
from newsverify.transcripts import (
    LABEL,
    NOT_IN_LABEL,
    NOT_SPEAKERS,
    QUESTION_WORDS,
    RANKS,
    ROLE_LABELS,
)

# Labels of a question-and-answer layout: "A:" answers, as "Q:" asks.
_ANSWER_WORDS = frozenset({"a", "answer"})
_BRACKETED = re.compile(r"\(([^)]*)\)")
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Turn:
    start: int  # from the label to the next label (or the text's end)
    end: int
    speaker: str | None  # the name the label gives, as written; None for a role or a "Q"
    words_start: int = 0  # where the turn's words begin, past its label


@lru_cache(maxsize=64)
def find_turns(text: str) -> tuple[Turn, ...]:
    """The labelled turns of `text`; none unless at least two lines open with a label."""
    labels = []
    for match in LABEL.finditer(text):
        label = match["label"].strip()
        if NOT_IN_LABEL.search(label):
            continue
        first = re.split(r"[\s(,]", label, maxsplit=1)[0].lower().rstrip(".")
        if first in NOT_SPEAKERS:
            continue
        labels.append((match.start(), match.end(), _speaker(label, first)))
    if len(labels) < 2:
        return ()
    ends = [start for start, _, _ in labels[1:]] + [len(text)]
    return tuple(
        Turn(start, end, speaker, words_start)
        for (start, words_start, speaker), end in zip(labels, ends, strict=True)
    )


def _speaker(label: str, first: str) -> str | None:
    """The person a label names, as written and without titles, or None."""
    if first in QUESTION_WORDS | _ANSWER_WORDS:
        return None
    head = re.split(r"\s*[(,]", label, maxsplit=1)[0].strip()
    bracketed = _BRACKETED.search(label)
    named = _bracketed_name(bracketed.group(1)) if bracketed else None
    words = head.split()
    # "PRESENTER (Ally Dunbar)", "The Minister for Health (Ms Temperance Ogunleye)": a role
    # before a name in brackets; "Cllr Ann Lee (chair)" keeps the name before them.
    role = words and (words[0].lower() in ("the", *ROLE_LABELS) or all(_is_title(w) for w in words))
    if named is not None and role:
        return named
    return _name(head)


def _bracketed_name(inner: str) -> str | None:
    """The name in a role label's brackets: "Ally Dunbar", or the first part that is a name
    in "(Ifor, Bridgend)"; after a role one word is a name ("CALLER (Ifor)")."""
    for part in inner.split(","):
        words = part.split()
        while len(words) > 1 and _is_title(words[0]):
            words = words[1:]
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in ROLE_LABELS:
            return words[0]
        if (name := _name(part)) is not None:
            return name
    return None


def _name(phrase: str) -> str | None:
    """A name of capitalised words after its titles ("Ms Hannah Vaughan" -> "Hannah
    Vaughan", "MINISTER GRACE OKORO" -> "GRACE OKORO"), or None."""
    words = phrase.split()
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    while len(words) > 1 and words[-1] in speech.POST_NOMINALS:
        words = words[:-1]  # "Catrin Morgan-Ellis MS"
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and not (words[0].isupper() and len(words[0]) > 1):
        return None  # one word names someone only written as a label: "BRENNOCK"
    if len(words) == 1 and words[0].lower() in ROLE_LABELS:
        return None  # "HOST": a role, nobody's name
    return " ".join(words)


def _is_title(word: str) -> bool:
    lower = word.lower().rstrip(".")
    return lower in speech.TITLES or lower in RANKS or lower in ROLE_LABELS


def turn_at(text: str, pos: int) -> tuple[Turn | None, Turn | None]:
    """(the turn holding offset `pos`, the turn it is spoken to), either possibly None."""
    turns = find_turns(text)
    for number, turn in enumerate(turns):
        if turn.start <= pos < turn.end:
            others = [t for t in turns[number + 1 :] if t.speaker != turn.speaker][:1]
            others += [t for t in reversed(turns[:number]) if t.speaker != turn.speaker][:1]
            return turn, (others[0] if others else None)
    return None, None
