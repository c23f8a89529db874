"""Plain records that flow between the stages: no spaCy objects past this boundary.

Offsets in these records are character offsets into the text the extractor was given.
Extractors work on a document's *normalised* text; `pipeline.parse_document` maps them back
to offsets into the original file before anything is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Figure kinds, as in SPEC §5.
LEVEL = "level"  # a stated level: "5% of GDP", "to 3.5%"
CHANGE = "change"  # an absolute change: "up 2 percentage points", "rose by £2bn"
MULTIPLIER = "multiplier"  # a factor: "fourfold" (4), "a 400% increase" (5), "halved" (0.5)
COUNT = "count"  # "300 submissions", "twelve finalists", "dozens of chiefs"
MONEY = "money"  # "£2.2bn", "$3 billion"
DATE = "date"  # "9 June 2025", "June 5th and 6th", "Tuesday", "July 2024"
YEAR = "year"  # "in 2024", "by 2027" (bound at_most: a deadline)
DURATION = "duration"  # "seven decades", "90-minute", "one week"

TIME_KINDS = frozenset({DATE, YEAR})

# Bounds, as in SPEC §5.
ABOUT = "about"
MORE_THAN = "more_than"
LESS_THAN = "less_than"
AT_LEAST = "at_least"
AT_MOST = "at_most"


@dataclass(frozen=True)
class DateParts:
    """A calendar reference as precise as the text states it; unknown parts are None.

    "9 June 2025" -> year=2025, month=6, day=9; "July 2024" -> year=2024, month=7;
    "Tuesday" -> weekday=1; "4-6 June 2025" -> day=4, end_day=6; "Thursday 5 June" -> all of
    weekday=3, month=6, day=5. Weekdays are 0 = Monday ... 6 = Sunday, as in `datetime`.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    week: int | None = None  # a numbered week of the year, as bulletins count them: "week 24"

    def iso(self) -> str:
        """An ISO-like rendering of what is known: 2025-06-09, 2025-06, --06-09, 2025-W24."""
        year = f"{self.year:04d}" if self.year else "-"
        if self.week is not None:
            return f"{year}-W{self.week:02d}"
        if self.month is None:
            return year
        text = f"{year}-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True)
class Figure:
    """A figure found in text, with its normalised value.

    `value` follows SPEC §5: a multiplier's value is the factor (a 400% increase -> 5.0), a
    percentage is in percent (5.0 for 5%), money is in whole currency units (2.2e9 for £2.2bn),
    a year is the year (2027.0), a duration is in `unit`s (70.0 years for "seven decades"), a
    date is YYYYMMDD with unknown parts as 0 (20250609.0, 20240700.0) or None for a bare
    weekday. `upper` is the top of a range ("3 to 5%", "4-6 June": 6).
    """

    start: int
    end: int
    text: str
    value: float | None
    unit: str  # percent, percentage_point, factor, GBP/USD/EUR/..., year, month, ..., or a noun
    kind: str  # one of the kinds above
    currency: str | None = None
    bound: str | None = None
    upper: float | None = None
    date: DateParts | None = None


@dataclass(frozen=True)
class Quote:
    """Quoted words (without the quotation marks) and who the text says spoke them."""

    start: int
    end: int
    text: str
    speaker: str | None = None  # the fullest form of the name the document gives
    attributed: bool = False  # a reporting verb or "according to" ties it to a speaker


@dataclass(frozen=True)
class Word:
    """A token kept for matching: its lemma, lower-cased, and whether it carries content.

    The trained model reads only the sentences near figures and quotations
    (`model_spans`): elsewhere `lemma` is the word lower-cased, `entity` None, `pos` "".
    """

    start: int
    end: int
    text: str
    lemma: str
    content: bool  # not a stop word, punctuation or number
    entity: str | None = None  # PERSON, GPE, ORG, ... when the trained model says so
    clause: int = 0  # running count of clause breaks (, ; : - brackets) before the word
    pos: str = ""  # coarse part of speech (NOUN, VERB, ...) when the trained model says so


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class ParsedText:
    """Everything the matcher needs from one analysed text, offsets into the original file."""

    text: str  # the normalised text the offsets of `words` etc. refer to, after mapping
    sentences: list[Sentence] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
