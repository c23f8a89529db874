"""Age bands a statement is about: "people aged 65 and over", "over-65s", "under-65s",
"16 to 64-year-olds", "children aged 2 to 3". An age band tells values apart as a numbered name
does ("Terminal 2", numbered_names.py): uptake among people aged 65 and over is no evidence on
uptake among people aged 75 and over. Unlike a numbered name it often goes without saying (the
employment rate is the 16-64 one), so only a claim that names another band is kept apart
(numbered_names.other_numbered_note). Each band is written one way ("age 65+", "age <65", "age
16-64") whatever the words, so "over-65s" meets "aged 65 and over".
"""

from __future__ import annotations

import re

from .records import DURATION, Figure, Word

_AGE = r"(\d{1,3})"
# People a bare "under 65" or "over 65" is said of.
_PEOPLE = r"(?:people|those|adults|children|patients|residents|men|women|pupils|workers)"
# Read over the statement's words joined by single spaces (punctuation dropped, hyphens kept
# inside a word: "over-65s").
_OR_OVER = re.compile(
    rf"\baged {_AGE} (?:and|or) (?:over|above|older)\b|\baged {_AGE} ?(?:\+|plus)"
    rf"|\b(?:aged )?over[- ]{_AGE}s\b|\baged over {_AGE}\b|\b{_AGE} and over\b"
    rf"|\b{_PEOPLE} (?:over|above) {_AGE}\b",
    re.IGNORECASE,
)
_UNDER = re.compile(
    rf"\baged (?:under|below) {_AGE}\b|\bunder[- ]{_AGE}s\b"
    rf"|\baged {_AGE} (?:and|or) (?:under|below|younger)\b|\b{_PEOPLE} (?:under|below) {_AGE}\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    rf"\baged (?:between )?{_AGE} (?:to|and|-) {_AGE}\b"
    rf"|\b{_AGE} (?:to|-) {_AGE}[- ]year[- ]olds?\b"
    # "mothers in their early thirties (30 to 34)"; the words are read without brackets
    rf"|\bin their (?:early |mid |late )?(?:teens|twenties|thirties|forties|fifties|sixties|"
    rf"seventies|eighties) {_AGE} (?:to|-) {_AGE}\b",
    re.IGNORECASE,
)
_WORD_AGES = {
    word: str(number)
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split(),
        start=1,
    )
}
_AGE_WORD = rf"(\d{{1,3}}|{'|'.join(_WORD_AGES)})"
_SINGLE = re.compile(rf"\b{_AGE_WORD}[- ]year[- ]olds?\b", re.IGNORECASE)
# "three- and four-year-olds": the first age leaves its "year-olds" to the second.
_LEFT_TO_NEXT = re.compile(
    rf"\b{_AGE_WORD}-? (?:and|or) (?={_AGE_WORD}[- ]year[- ]olds?\b)", re.IGNORECASE
)
# After an age written as a length of time: "two-year-olds", "a 43-year-old", "four years old".
_OLD_AFTER = re.compile(r"^(?:-year)?[- ]olds?\b|^\s+olds?\b", re.IGNORECASE)
AGE_PREFIX = "age "
# Every band above has one of these words: most statements have none and are read no further.
_ANY_BAND = re.compile(r"\b(?:aged|over|under|below|above|year|their)", re.IGNORECASE)


def age_bands(words: list[Word]) -> frozenset[str]:
    """The age bands the words name, each as "age 65+", "age <65" or "age 16-64"."""
    text = " ".join(word.text for word in words)
    if not _ANY_BAND.search(text):
        return frozenset()
    bands: set[str] = set()
    taken: list[tuple[int, int]] = []
    for pattern, form in ((_BETWEEN, "{}-{}"), (_OR_OVER, "{}+"), (_UNDER, "<{}")):
        for match in pattern.finditer(text):
            ages = [group for group in match.groups() if group]
            bands.add(AGE_PREFIX + form.format(*ages))
            taken.append(match.span())
    for match in [*_SINGLE.finditer(text), *_LEFT_TO_NEXT.finditer(text)]:
        if not any(start <= match.start() < end for start, end in taken):
            age = match[1].lower()
            bands.add(AGE_PREFIX + _WORD_AGES.get(age, age))
    return frozenset(bands)


def is_age(figure: Figure, after: str) -> bool:
    """Whether a length of time is somebody's age ("two-year-olds", "four-year" of "three-
    and four-year-olds"): a group's name, no value of anything. `after` is the text after it.
    An age with a fraction is an average ("The average mum is now 31.6 years old"): a value."""
    if figure.value is not None and figure.value != int(figure.value):
        return False
    return figure.kind == DURATION and bool(
        _OLD_AFTER.match(after) or re.search(r"old\b", figure.text, re.IGNORECASE)
    )


# A table's row labels under a header about age: "25 to 29", "Under 20", "40 and over".
_AGE_HEADER = re.compile(r"\bage", re.IGNORECASE)
_LABEL_BETWEEN = re.compile(rf"^\s*{_AGE}\s*(?:to|-|\u2013)\s*{_AGE}\s*$", re.IGNORECASE)
_LABEL_UNDER = re.compile(rf"^\s*(?:under|below)\s+{_AGE}\s*$", re.IGNORECASE)
_LABEL_OVER = re.compile(rf"^\s*{_AGE}\s+(?:and|or)\s+(?:over|above|older)\s*$", re.IGNORECASE)


def label_age_band(label: str, header: str) -> frozenset[str]:
    """The age band a table row's label names under a header about age ("Age of mother"):
    "25 to 29" is "age 25-29", as "aged 25 to 29" would be."""
    if not _AGE_HEADER.search(header):
        return frozenset()
    if found := _LABEL_BETWEEN.match(label):
        return frozenset({f"{AGE_PREFIX}{found[1]}-{found[2]}"})
    if found := _LABEL_UNDER.match(label):
        return frozenset({f"{AGE_PREFIX}<{found[1]}"})
    if found := _LABEL_OVER.match(label):
        return frozenset({f"{AGE_PREFIX}{found[1]}+"})
    return frozenset()
