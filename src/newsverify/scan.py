"""The text that figure rules read: masked, with its numbers located, plus the helpers they share.

Text that cannot hold a figure (URLs, phone numbers, page and article numbers, street
addresses, clock times) is blanked out once by `Scan.of`, and every place a number starts is
found once. The rules in `figures` and `dates` then match only at those places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsverify import numbers as n
from newsverify.numbers import alternation, is_plural, singular
from newsverify.records import DateParts, Figure

_I = re.IGNORECASE

# A number must not continue a word, code, URL, decimal or range: "G7", "F-35", "news_2374".
_NOT_AFTER = r"(?<![\w.,:/$£€¥#@-])"
# ...nor run on into letters, digits or a percent sign: "A400M", "10:30", "5%".
END = r"(?![\w%]|[.,:/]\d)"
_NUMBER_WORDS = [*n.SMALL_NUMBERS, *n.TENS, *n.SCALES, "dozen"]
# Where numbers may start: a digit, a number word, or the "a" of "a dozen".
_NUMBER_START = re.compile(
    rf"{_NOT_AFTER}(?:\d|{alternation(_NUMBER_WORDS)}|a(?=\s+(?:dozen|hundred|thousand|million|billion)\b))",
    _I,
)

# --- masks: regions where numbers are not figures ---------------------------------------------

_MASKS = [
    # URLs and e-mail addresses carry ids and dates that are not claims.
    re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+/\S+/\S+|\S+\.(?:html?|php|aspx?|pdf)\b"),
    # Phone numbers: an international prefix, a leading zero or US-style groups.
    re.compile(
        r"(?<![\w.,])(?:\+\d{1,3}[ .-]?(?:\(\d+\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}"
        r"|\(?0\d{2,4}\)?[ .-]\d{3,4}[ .-]?\d{3,4}|\(\d{3}\) ?\d{3}-\d{4}|\d{3}[.-]\d{3}[.-]\d{4})"
        r"(?!\w)"
    ),
    # Labels with a number: "page 4", "p. 12", "Article 5", "phase two".
    re.compile(rf"\b(?:{alternation(n.LABEL_WORDS)})\.?\s*#?\s*(?:\d[\w.,-]*|{n.WORD_NUMBER})", _I),
    # "No. 10", "Number 10": Downing Street, not a figure.
    re.compile(rf"\b(?:No\.?|Nos\.?|Number)\s*(?:\d+|{n.WORD_NUMBER})"),
    # Street addresses: "10 Downing Street", "1600 Pennsylvania Avenue".
    re.compile(rf"\b\d{{1,5}}[A-Za-z]?(?:\s+[A-Z][a-z]+){{0,3}}\s+{alternation(n.STREET_WORDS)}\b"),
    # Emergency and help-line numbers naming a service: "999 calls", "the 111 service".
    re.compile(
        r"\b(?:999|911|112|111|101)(?=\s+(?:calls?|call-handlers?|services?|lines?|operators?)\b)",
        _I,
    ),
    # Clock times: "10:30", "9am", "6.30pm"; "00:08:12" is a duration (`find_clock_durations`).
    re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?|(?<![\d:])\d{1,2}:\d\d\b(?!:\d)", _I),
]


@dataclass(frozen=True)
class Scan:
    """Masked text and where numbers start in it, shared by all rules."""

    text: str
    numbers: list[int]

    @classmethod
    def of(cls, text: str) -> Scan:
        chars = list(text)
        for pattern in _MASKS:
            for match in pattern.finditer(text):
                chars[match.start() : match.end()] = " " * (match.end() - match.start())
        masked = "".join(chars)
        return cls(masked, [m.start() for m in _NUMBER_START.finditer(masked)])

    def at_numbers(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` that start where a number starts."""
        for pos in self.numbers:
            if match := pattern.match(self.text, pos):
                yield match

    def at_words(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` (which starts with a word) that start a word."""
        for match in pattern.finditer(self.text):
            if match.start() == 0 or not self.text[match.start() - 1].isalnum():
                yield match


# --- helpers shared by the rules --------------------------------------------------------------

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z](?:[A-Za-z'-]*[A-Za-z])?)")


def counted_noun(text: str, pos: int, max_words: int = 4) -> tuple[str, int] | None:
    """The plural noun a number counts, within a few words after `pos`, and where it ends.
    A name of capitalised words joined by "and" or "of" counts as its words: "41,800 Health
    and Care Worker visas"."""
    found = None
    previous = ""
    words = 0
    while words < max_words:
        match = _NEXT_WORD.match(text, pos)
        if match and _joins_name(previous, match[1], text, match.end()):
            previous, pos = match[1], match.end()
            continue  # "and" inside "Health and Care Worker": not counted
        words += 1
        if not match or match[1].lower() in n.NOT_NOUNS:
            break
        previous = match[1]
        if is_plural(match[1]):
            # In a run of plurals the last is the head: "measles cases", "police vehicles".
            found = singular(match[1]), match.end()
        elif found:
            break
        pos = match.end()
    return found


def _joins_name(previous: str, word: str, text: str, end: int) -> bool:
    """`word` is "and" or "of" between two capitalised words of a name."""
    if word.lower() not in ("and", "of") or not previous[:1].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following[1][:1].isupper()


def norm(phrase: str) -> str:
    """`phrase` lower-cased with its whitespace collapsed, as word-list keys are written."""
    return " ".join(phrase.lower().split())


def figure_at(
    text: str,
    start: int,
    end: int,
    value: float | None,
    unit: str,
    kind: str,
    bound: str | None = None,
    currency: str | None = None,
    *,
    upper: float | None = None,
    date: DateParts | None = None,
) -> Figure:
    """A Figure over `text[start:end]`, with numbers as floats."""
    value = float(value) if value is not None else None
    upper = float(upper) if upper is not None else None
    return Figure(start, end, text[start:end], value, unit, kind, currency, bound, upper, date)
