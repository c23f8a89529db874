"""Speaker-labelled transcripts: whose words each stretch of a transcript is.

A press-conference or hearing transcript prints no quotation marks: each turn opens with its
speaker's label ("DET SUPT JANE ROWE:", "MORROW:", "Jane Rowe (Chair):", "**Minister:**",
"Q:", "QUESTION (Daily Clarion):") and runs, over as many paragraphs as it takes, to the next
label. A turn's words are its speaker's statements; a question from the floor is nobody's
official word. A document is read as a transcript only when at least two lines open with a
label and one of them names a speaker, so that a lone "Note:" or "Source:" line is no turn.
Plain text only: no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .speech import TITLES

# A label: up to 80 characters before a colon at the start of a line, in optional markdown
# emphasis, then the turn's words on the same line; a video's time code may open the line
# ("[04:15] KOFI DANQUAH: ...").
_LABEL = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
    r"(?:[*_]{1,2})?(?P<label>[A-Z][^:\n*_]{0,79}?)[ \t]*(?:[*_]{1,2})?:(?:[*_]{1,2})?"
    r"[ \t]+(?=\S)",
    re.MULTILINE,
)
# Labels of questions from the floor: "Q", "QUESTION (Daily Clarion)", "Reporter".
QUESTION_WORDS = frozenset(
    "q question questioner reporter journalist interviewer audience floor".split()
)
# One-word labels that name a speaker by role ("Minister:", "Chair:").
ROLE_LABELS = frozenset(
    """
    minister chair chairman chairwoman chairperson moderator host presenter mayor secretary
    president governor commissioner spokesperson spokesman spokeswoman witness operator
    caller guest listener panellist panelist contributor
    """.split()
)
# Ranks and titles that open a label before the name ("DET SUPT JANE ROWE", "CHIEF
# CONSTABLE ADAEZE MORROW"), besides the titles speech.py knows.
RANKS = frozenset(
    """
    constable det detective supt superintendent inspector insp chief dci di ds dc pc cllr
    councillor commander assistant
    """.split()
)
# The words of a label that gives a role, not a name: "DEPUTY MAYOR", "CHIEF CONSTABLE".
_ROLE_WORDS = ROLE_LABELS | RANKS | {"deputy", "of", "for", "and"}
# Words that open a line with a colon but are no speaker: metadata and notes.
NOT_SPEAKERS = frozenset(
    """
    source sources note notes date time coverage speakers published contact tel email
    update table figure chart title url ends next location venue present subject re
    story reader duration bulletin headline caption byline dateline slug picture photo
    """.split()
)
# What a label never holds: a sentence's end, a quotation, a relative clause or a reporting
# verb ("Marta Quinlan, chief executive of the agency, said: ..." introduces a quotation).
_NOT_IN_LABEL = re.compile(r"[.\"“”‘’]|\b(?:who|which|said|says|told|added)\b")
# Read by `newsverify.turn_speakers` for the turns an article prints.
LABEL, NOT_IN_LABEL = _LABEL, _NOT_IN_LABEL
# A turn's words start a sentence: a capital, then a few words on the label's line;
# "Helen Strand (Progressive Alliance): 18,412" is a results row, and "NATO: 'Building a
# better NATO'" a cited title, not turns.
_TURN_OPENING = re.compile(r"[A-Z][^\n]*?\S+\s+\S+\s+\S+")
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class Turn:
    start: int  # file offsets: from the label to the next label (or the text's end)
    end: int
    words_start: int  # where the speaker's words begin, after the label
    speaker: str  # the speaker's name ("Adaeze Morrow"), role ("Minister") or the question
    question: bool  # a question from the floor, not an official's words


def find_turns(text: str, base: int = 0) -> list[Turn]:
    """The turns of a transcript in `text` (offsets shifted by `base`); [] for other text."""
    return list(_turns(text, base))


@lru_cache(maxsize=64)
def _turns(text: str, base: int) -> tuple[Turn, ...]:
    labels = []
    for match in _LABEL.finditer(text):
        if not _TURN_OPENING.match(text, match.end()) or _NOT_IN_LABEL.search(match["label"]):
            continue
        kind = _classify(match["label"].strip())
        if kind is not None:
            labels.append((match, kind))
    # "THE MAYOR:" after "THE MAYOR (Teodora Lindqvist-Amadi):" is the same speaker.
    named_roles: dict[str, str] = {}
    for match, (speaker, question) in labels:
        role = _role_head(match["label"])
        if not question and role is not None and role != speaker:
            named_roles.setdefault(role, speaker)
    # "Chair:" in the transcript of a committee whose members are listed as "Ines
    # Carraway-Moss (Chair)" is her.
    for role, name in _listed_roles(text).items():
        named_roles.setdefault(role, name)
    labels = [
        (match, (speaker if question else named_roles.get(speaker, speaker), question))
        for match, (speaker, question) in labels
    ]
    # A transcript gives someone more than one turn, or takes questions.
    speakers = [speaker for _, (speaker, question) in labels if not question]
    questions = len(labels) - len(speakers)
    if not speakers or (len(set(speakers)) == len(speakers) and not questions):
        return ()
    full_names = [name for _, (name, question) in labels if not question and " " in name]
    turns = []
    for number, (match, (speaker, question)) in enumerate(labels):
        end = labels[number + 1][0].start() if number + 1 < len(labels) else len(text)
        if not question and " " not in speaker and speaker.lower() not in ROLE_LABELS:
            # "MORROW:" after "CHIEF CONSTABLE ADAEZE MORROW:" is the same speaker.
            speaker = next((n for n in full_names if _surname(n) == speaker.lower()), speaker)
        turns.append(Turn(match.start() + base, end + base, match.end() + base, speaker, question))
    return tuple(turns)


# A name with the role it holds in brackets, as a list of those present gives it: "Ines
# Carraway-Moss (Chair)".
_LISTED_ROLE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*\((?P<role>[A-Za-z]+)\)"
)


def _listed_roles(text: str) -> dict[str, str]:
    """The one-word roles ("Chair") that names in the text hold in brackets, each with the
    name; a role two names hold is left out."""
    found: dict[str, set[str]] = {}
    for match in _LISTED_ROLE.finditer(text):
        if match["role"].lower() in ROLE_LABELS:
            found.setdefault(match["role"].capitalize(), set()).add(match["name"])
    return {role: names.pop() for role, names in found.items() if len(names) == 1}


# A committee's numbered question before its asker: "Q9 Chair:", "Q12 Rosalind Achterberg:".
_QUESTION_NUMBER = re.compile(r"^Q\s?\d+[.:]?\s+")


def _classify(label: str) -> tuple[str, bool] | None:
    """(speaker, is a question) for a label, or None when it names no speaker."""
    label = _QUESTION_NUMBER.sub("", label)
    first = re.split(r"[\s(,]", label, maxsplit=1)[0].lower().rstrip(".")
    if first in QUESTION_WORDS:
        return label, True
    if first in NOT_SPEAKERS:
        return None
    # "Jane Rowe (Chair)", "CALLUM FIRTH, DEPUTY MAYOR FOR POLICING AND CRIME": the name
    # comes before the role.
    name = re.split(r"\s*[(,]", label, maxsplit=1)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(_capitalised(w) for w in words):
        return None
    if _role_head(label) is not None and (named := _bracketed_name(label)) is not None:
        return named, False  # "THE DEPUTY MAYOR (Casimir Ravensworth)"
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | RANKS:
        words = words[1:]
    if len(words) == 1:
        word = words[0]
        # One word is a speaker when it is written as a label ("MORROW") or is a role.
        if not (word.isupper() and len(word) > 1) and word.lower() not in ROLE_LABELS:
            return None
    return " ".join(_name_case(w) for w in words), False


def _role_head(label: str) -> str | None:
    """The role a label opens with, as `_classify` writes a role alone ("The Deputy Mayor"
    for "THE DEPUTY MAYOR (Casimir Ravensworth)"); None when it opens with a name."""
    words = re.split(r"\s*[(,]", label, maxsplit=1)[0].split()
    lowered = [w.lower().rstrip(".") for w in words]
    if not words or not (lowered[0] == "the" or all(w in _ROLE_WORDS for w in lowered)):
        return None
    return " ".join(_name_case(w) for w in words)


def _bracketed_name(label: str) -> str | None:
    """The name of two or more capitalised words in a label's brackets, after its titles."""
    bracketed = re.search(r"\(([^)]*)\)", label)
    if bracketed is None:
        return None
    words = bracketed.group(1).split(",")[0].split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | RANKS:
        words = words[1:]
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(_name_case(w) for w in words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word.lower() in ("of", "for", "and", "the", "de", "van", "von")


def _name_case(word: str) -> str:
    """ "MORROW" -> "Morrow", "MARSH-ADEBAYO" -> "Marsh-Adebayo"; "McDonald" stays."""
    if not (word.isupper() and len(word) > 1):
        return word
    return re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), word)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def turn_at(text: str, base: int, offset: int) -> Turn | None:
    """The turn of the transcript in `text` that holds file offset `offset`, if any."""
    for turn in _turns(text, base):
        if turn.words_start <= offset < turn.end:
            return turn
    return None


def is_transcript(text: str, base: int = 0) -> bool:
    return bool(_turns(text, base))
