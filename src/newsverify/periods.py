"""Reporting periods a value is given for: quarters, halves, fiscal years, "three months to
April", "so far this year".

A flow figure (sales growth, GDP growth, revenue) holds for one period only: the whole year's
4.1% is not the fourth quarter's, and the first half's 6.0% is not the second half's. These
periods are found in the text itself (the figure reader dates calendar days and years, not
reporting periods), tied to the values they qualify, and compared exactly: a period inside
another is still another period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .records import DURATION, Figure
from .values import Outcome, is_time

QUARTER = "quarter"
HALF = "half"
FISCAL_YEAR = "fiscal year"
MONTHS_TO = "months to"
YEAR_TO_DATE = "year to date"


@dataclass(frozen=True)
class Period:
    kind: str
    number: int  # which quarter or half; the fiscal year; the number of months
    year: int | None = None  # the (fiscal) year a quarter or half belongs to
    month: int | None = None  # the last month of "three months to April"

    def describe(self) -> str:
        year = f" of {self.year}" if self.year else ""
        if self.kind == QUARTER:
            return f"Q{self.number}{year}"
        if self.kind == HALF:
            return f"H{self.number}{year}"
        if self.kind == FISCAL_YEAR:
            return f"FY{self.number}"
        if self.kind == MONTHS_TO and self.month is None:
            return "a rolling twelve months"
        if self.kind == MONTHS_TO:
            month = calendar.month_name[self.month or 0]
            year = f" {self.year}" if self.year else ""
            if self.number == 12:
                return f"the year to {month}{year}"
            return f"{self.number} months to {month}{year}"
        return "the year to date"


@dataclass(frozen=True)
class Mention:
    start: int  # offsets in the text the mention was found in, plus its base
    end: int
    period: Period


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}
_COUNTS = {"one": 1, "two": 2, "three": 3, "six": 6, "nine": 9, "twelve": 12}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "of FY26", "of 2025", " 2024": the year a quarter or half belongs to.
_OF_YEAR = (
    r"(?:,?\s+(?:of\s+)?(?:(?:the\s+)?(?:FY|fiscal\s+(?:year\s+)?)\s?(?P<fy>\d{2}(?:\d{2})?)"
    r"|(?P<year>(?:19|20)\d{2})))?"
)
_PATTERNS = (
    (QUARTER, rf"\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b{_OF_YEAR}"),
    (QUARTER, rf"\bQ(?P<n>[1-4])\b{_OF_YEAR}"),
    (HALF, rf"\b(?P<n>first|second|1st|2nd)[\s-]half\b{_OF_YEAR}"),
    (HALF, rf"\bH(?P<n>[12])\b{_OF_YEAR}"),
    # "the financial year 2025-26" and "the 2025-26 financial year" are the year to 2026.
    (
        FISCAL_YEAR,
        r"\b(?:(?:fiscal|financial)\s+year\s+(?:19|20)\d{2}[-/\u2013](?P<fy_end>\d{2}(?:\d{2})?)\b"
        r"|(?:19|20)\d{2}[-/\u2013](?P<fy_end2>\d{2}(?:\d{2})?)\s+(?:fiscal|financial)\s+year\b)",
    ),
    (
        FISCAL_YEAR,
        r"\b(?:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)(?P<fy>\d{2}(?:\d{2})?)\b",
    ),
    (
        MONTHS_TO,
        # "the year to June 2025" and "year ending June" are the twelve months to June;
        # "YE Jun 2025" is how statistical tables head that column.
        rf"\b(?:(?:(?P<count>one|two|three|six|nine|twelve|\d{{1,2}})[\s-]months?|(?P<quarter>quarter)"
        rf"|(?P<whole_year>year))\s+(?:to|ended|ending)|(?P<ye>YE))"
        # "the 12 months to 30 September 2026": the month's last day names the same period.
        rf"\s+(?:(?:the\s+)?end\s+of\s+|(?P<day>(?:2[89]|3[01])(?:st|th)?)\s+)?(?P<month>{_MONTH})\b\.?"
        r"(?:\s+(?P<year>(?:19|20)\d{2}))?",
    ),
    (
        MONTHS_TO,
        # "the 12-month moving average", "the rolling annual average": twelve months to a
        # month the words leave unsaid
        r"\b(?P<rolling>(?:12|twelve)[\s-]month\s+(?:moving|rolling)\s+average"
        r"|(?:moving|rolling)\s+(?:annual|(?:12|twelve)[\s-]month)\s+average"
        r"|rolling\s+(?:12|twelve)[\s-]month)\b",
    ),
    (
        YEAR_TO_DATE,
        # "so far in 2026", "the year to date (January to October 2026)", "since 1 January
        # 2025": the year so far, of the year they name
        r"\b(?:so\s+far\s+(?:this\s+year|in\s+(?:the\s+year\b|(?P<ytd_in>(?:19|20)\d{2})))"
        r"|(?:the\s+)?year\s+so\s+far"
        r"|(?:the\s+)?year[\s-]to[\s-]date(?:\s+\((?:[A-Za-z]+\s+to\s+[A-Za-z]+\s+)?"
        r"(?P<ytd_of>(?:19|20)\d{2})\))?|"
        r"since\s+(?:1(?:st)?\s+January|January\s+1(?:st)?)(?:,?\s+(?P<ytd_since>(?:19|20)\d{2}))?|"
        r"since\s+the\s+(?:start|beginning)\s+of\s+the\s+year)(?:\b|(?<=\)))",
    ),
)
_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _PATTERNS]


def find_periods(text: str, base: int = 0) -> list[Mention]:
    """Every reporting period the text names, in order, with offsets shifted by `base`."""
    mentions: list[Mention] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            period = _period(kind, match)
            if period is None:
                continue
            start, end = match.start() + base, match.end() + base
            if any(m.start < end and start < m.end for m in mentions):
                continue  # "first quarter of FY26" is one period, not two
            mentions.append(Mention(start, end, period))
    return sorted(mentions, key=lambda m: m.start)


def _period(kind: str, match: re.Match[str]) -> Period | None:
    groups = match.groupdict()
    year = _year(groups.get("fy")) or _year(groups.get("year"))
    if kind in (QUARTER, HALF):
        number = _ORDINALS.get(groups["n"].lower()) or int(groups["n"])
        if kind == HALF and number > 2:
            return None
        return Period(kind, number, year)
    if kind == FISCAL_YEAR:
        end = groups.get("fy_end") or groups.get("fy_end2")
        return Period(kind, _year(end or groups.get("fy")) or 0)
    if kind == MONTHS_TO and groups.get("rolling"):
        return Period(MONTHS_TO, 12, None, None)
    if kind == MONTHS_TO:
        count = groups.get("count")
        months = 3 if groups.get("quarter") else _COUNTS.get((count or "").lower())
        if groups.get("whole_year") or groups.get("ye"):
            if groups.get("day"):
                # "the year ended 31 March 2025" heads a company's results, whose own name
                # for that year ("FY25") is its period.
                return None
            months = 12
        if months is None and count:
            months = int(count)
        month = _MONTHS[groups["month"].lower()]
        # A calendar quarter however it is written: "the quarter to March" is Q1.
        if months == 3 and month % 3 == 0:
            return Period(QUARTER, month // 3, year)
        return Period(MONTHS_TO, months or 0, year, month)
    named = groups.get("ytd_in") or groups.get("ytd_of") or groups.get("ytd_since")
    return Period(YEAR_TO_DATE, 0, _year(named))


def _year(digits: str | None) -> int | None:
    if not digits:
        return None
    number = int(digits)
    return number + 2000 if number < 100 else number


# What ends the reach of a period: the end of its bracket, or a semicolon.
_CLAUSE_BREAK = re.compile(r"[;)]")
_BRACKETED = re.compile(r"\([^()]*\)")
# A second predicate of the same subject right after a period: "... in 2026 and accounted for".
_AND_NEXT = re.compile(r"\s+and\s", re.IGNORECASE)
# A period right after a value, joined by at most a preposition, is that value's own.
_RIGHT_AFTER = re.compile(
    r"^[\s,]*(?:(?:in|for|during|over|across)(?:\s+the)?)?\s*$", re.IGNORECASE
)
# A period after these words is what a value is compared with, not its own: "lower than in
# FY25", "compared with the first half".
# A period after these words is a point of reference, no value's own: "the highest level
# since the year ending March 2004", "the series began in the year ending March 2003".
_SINCE = re.compile(
    r"\b(?:since|(?:began|begun|started|starts|begins)\s+in)(?:\s+the)?\s*$"
    # "the highest since the Division was formed in 2014": when something began, as a landmark
    r"|\bsince\s[^,;.()]{0,30}\b(?:formed|founded|created|established|set\s+up|launched|"
    r"opened|introduced|began|started|first\s+(?:published|recorded|held|counted))\s+in\s*$",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(
    r"(?:than|compared\s+(?:with|to)|against|versus|vs\.?)(?:\s+(?:in|for))?(?:\s+the)?\s*$",
    re.IGNORECASE,
)


def is_compared_with(before: str) -> bool:
    """The words right before a period make it what a value is compared with ("compared
    with the three months to June 2026", "lower than in FY25"), not the value's own."""
    return _COMPARED_WITH.search(before) is not None


def tied_periods(
    figure: Figure, figures: list[Figure], mentions: list[Mention], text: str, base: int = 0
) -> list[Period]:
    """The periods that qualify `figure` among the `mentions` of its sentence `text` (which
    starts at offset `base`, like the figures).

    A period right after a value qualifies it ("84.1% in the quarter to March, below the 95%
    needed", "15% in FY24"); any other qualifies the values that follow it in its clause, up
    to the next period ("second-half revenue of £662.5m, up 8.4%, following first-half revenue
    of £622.1m"), or when none follows, the value before it, unless it is what the value is
    compared with ("lower than in FY25").
    """

    def between(start: int, end: int) -> str:
        return text[max(0, start - base) : max(0, end - base)]

    # A duration inside a period's own words ("the three months to April") is part of its
    # name; any other ("an average sentence of 28.9 months") is a value like the rest.
    values = sorted(
        (
            f
            for f in figures
            if not is_time(f) and not (f.kind == DURATION and any(_inside(f, m) for m in mentions))
        ),
        key=lambda f: f.start,
    )
    owners: list[list[Figure]] = []
    for position, mention in enumerate(mentions):
        if is_landmark(mention, text, base):
            owners.append([])  # "the lowest since ... the year ending March 2003"
            continue
        before = [
            v
            for v in values
            if v.end <= mention.start and not _CLAUSE_BREAK.search(between(v.end, mention.start))
        ]
        limit = mentions[position + 1].start if position + 1 < len(mentions) else None
        if before and _RIGHT_AFTER.match(between(before[-1].end, mention.start)):
            # "84.1% in the quarter to March", "15% in FY24"; the last period named also
            # dates the values of a predicate joined to its own ("rose by 3.1% to £30.4
            # billion in the three months to September 2026 and accounted for 44.6% of all
            # goods exports").
            joined = limit is None and _AND_NEXT.match(between(mention.end, mention.end + 6))
            rest = [
                v
                for v in values
                if joined
                and v.start >= mention.end
                and not _CLAUSE_BREAK.search(between(mention.end, v.start))
            ]
            owners.append(before[-1:] + rest)
            continue
        following = [
            v
            for v in values
            if v.start >= mention.end
            and (limit is None or v.start < limit)
            # "the year to date (January to October 2026) reached 1,412,300": an aside
            # in brackets does not end the period's clause
            and not _CLAUSE_BREAK.search(_BRACKETED.sub("", between(mention.end, v.start)))
        ]
        if following or _COMPARED_WITH.search(between(base, mention.start)):
            owners.append(following)
        else:
            owners.append(before[-1:])  # "up 5.3%, the strongest of the fourth quarter"
    # A value a later period qualifies is not also an earlier period's.
    for position, owned in enumerate(owners):
        for earlier in owners[:position]:
            for value in owned:
                if value in earlier and len(owned) == 1:
                    earlier.remove(value)
    return [
        mention.period
        for mention, owned in zip(mentions, owners, strict=True)
        if any(v.start == figure.start and v.end == figure.end for v in owned)
    ]


def _inside(figure: Figure, mention: Mention) -> bool:
    return mention.start <= figure.start and figure.end <= mention.end


def is_landmark(mention: Mention, text: str, base: int = 0) -> bool:
    """A period named as a point of reference ("since the year ending March 2004"), not as
    the period a value is given for; `text` starts at offset `base`."""
    return is_landmark_at(mention.start, text, base)


def is_landmark_at(offset: int, text: str, base: int = 0) -> bool:
    """Is whatever starts at `offset` of `text` (which starts at `base`) named as a point of
    reference: "since 2020", "the series began in 2011"?"""
    start = offset - base
    return bool(_SINCE.search(text[max(0, start - 40) : max(0, start)]))


def same_period(claimed: list[Period], given: list[Period]) -> bool:
    """Every period the claim names is one the primary gives its value for."""
    return all(any(_same(c, g) for g in given) for c in claimed)


def period_fit(
    claimed: list[Period], given: list[Period] | None, own: list[Period], forward: bool = False
) -> Outcome:
    """Does a primary value hold for the claim's period?

    `claimed`: the periods the claim names for its value (none: the primary's own period);
    `given`: those the primary ties to its value, or None when it may be about a period the
    passage does not name (a forecast); `own`: the period the primary document reports on;
    `forward`: the claim itself is a forecast.
    """
    if given is None or (claimed and not (given or own)):
        return Outcome.UNCLEAR if claimed else Outcome.SAME
    if not claimed and forward:
        # "Halvern expects savings of £9m": a forecast is about whatever period it names.
        return Outcome.SAME
    if not claimed:
        # A claim without a period is about the document's own; a value the primary gives
        # for another one (a quarter, last year) is not that.
        # Without a period of its own, a document's latest figures are what it reports.
        if given and own and not same_period(given, own):
            return Outcome.DIFFERENT
        return Outcome.SAME
    return Outcome.SAME if same_period(claimed, given or own) else Outcome.DIFFERENT


# Words that put a value in the future: its period is often named only in an earlier sentence
# ("For FY26 the Board expects ... Capital expenditure is expected to be around £85m").
FORWARD_LOOKING = re.compile(
    r"\b(?:expect\w*|forecast\w*|project(?:ed|s|ion|ions)?|guid(?:e|es|ing|ance)|outlook|"
    r"anticipat\w+|will|should)\b",
    re.IGNORECASE,
)


def is_forward_looking(text: str) -> bool:
    return bool(FORWARD_LOOKING.search(text))


def _same(claimed: Period, given: Period) -> bool:
    if claimed.kind != given.kind or claimed.number != given.number:
        return False
    # A rolling twelve months names no month of its own: it is any twelve months to one.
    if None not in (claimed.month, given.month) and claimed.month != given.month:
        return False
    return claimed.year is None or given.year is None or claimed.year == given.year


# Words that point back to a period named before: "in the period", "over the same months".
_BACK_TO_PERIOD = re.compile(
    r"\b(?:in|over|during|for|across|within)\s+(?:the\s+same|that|this|the|those|these)\s+"
    r"(?:period|time|months?|quarters?|weeks?)\b",
    re.IGNORECASE,
)


# ... and only to one named before: "over the same period", not "in the quarter".
_BACK_TO_NAMED_PERIOD = re.compile(
    r"\b(?:in|over|during|for|across|within)\s+(?:the\s+same|that|those|these)\s+"
    r"(?:period|time|months?|quarters?|weeks?)\b",
    re.IGNORECASE,
)


def points_back_to_period(text: str, named: bool = False) -> bool:
    """The text points back to a period named before it ("over the same period"); `named`:
    only by words that cannot mean the document's own period ("in the quarter")."""
    pattern = _BACK_TO_NAMED_PERIOD if named else _BACK_TO_PERIOD
    return pattern.search(text) is not None
