"""Bare numbers that a verb of change ties to what changed: the size of a change, or a level;
and numbers of things added or taken away ("2.9 million more households", "300 fewer teachers").

"Admissions rose by 41 in week 24" and "hospital admissions fell to 35" count admissions,
though no noun follows the number: the noun is the subject of the verb of change. A number
after a verb of change and "by" is always the size of a change, whatever the subject ("the
backlog rose by 1,140" is not a backlog of 1,140); its unit is the noun after it, else a plural
subject right before the verb, else none (the subject decides what it counts). "Grew by 300 to
1,140" gives both the change and the level reached. A number after "to" is a level only with a
plural subject right before the verb, so "page 41" or "rose to 41 in 2024" with no plural
subject stays no figure; subjects that measure rather than count ("temperatures rose to 41")
give no unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsverify import numbers as n
from newsverify.numbers import alternation, is_plural, parse_number, singular
from newsverify.qualifiers import bound_before, change_before, direction_of
from newsverify.records import AT_LEAST, AT_MOST, CHANGE, COUNT, LESS_THAN, MORE_THAN, Figure
from newsverify.scan import END, Scan, counted_noun, figure_at

_I = re.IGNORECASE

# Plural subjects that are measures, not things counted (tuning: a word list).
MEASURE_NOUNS = frozenset(
    "temperatures prices rates yields levels scores ratings readings values indices "
    "figures numbers totals costs sales earnings wages salaries".split()
)
# Words allowed between the subject and its verb: "admissions have also risen by 41".
_BETWEEN = r"(?:(?:have|has|had|also|then|again|sharply|slightly|further)\s+)*"
_SUBJECT_VERB_BEFORE = re.compile(
    rf"\b(?P<noun>[A-Za-z][a-z'-]*[a-z])\s+{_BETWEEN}(?P<verb>[A-Za-z]+)\s+(?P<prep>by|to)\s+$"
)
_PLURAL_BEFORE_VERB = re.compile(rf"\b(?P<noun>[A-Za-z][a-z'-]*[a-z])\s+{_BETWEEN}$")
_BY_BEFORE = re.compile(r"\bby\s+$", _I)
# "718,000, down 10,000 on the quarter": an adverb of change after a comma or a bracket ("up
# to 41" and "count up 41" are read elsewhere, or are no change).
_UP_DOWN_BEFORE = re.compile(r"(?<=[,(]\s)(up|down)\s+$", _I)
# "by 300 to 1,140": the level reached after the size of the change.
_BY_THEN_TO = re.compile(
    rf"\bby\s+(?:\w+\s+)?(?P<num>{n.DIGITS}|{n.WORD_NUMBER})\b[^.;:]{{0,30}}\bto\s+$", _I
)
_NUMBER = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})(?:\s+(?P<scale>{alternation(n.SCALES)}))?{END}", _I
)
# What follows a bare count: the end of the clause or a time/place phrase, not a unit word;
# or the same change as a percentage in brackets ("up 2,316 (2.6%)", bracketed_changes.py).
_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$|\(\s*[-+]?\d[\d.]*\s*(?:%|per\s*cent)\s*\)|\s(?:in|on|at|during|since|from|between|last|this|a|an|the|and|or|after|before|to|over|compared|against|year)\b)",
    _I,
)
# "an increase of 23,000": a noun of change and "of" before the number.
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+$", _I)
_CHANGE_NOUNS = frozenset(n.INCREASE_NOUNS + n.DECREASE_NOUNS)
# "2.9 million more households": the number of things added ("fewer": taken away).
_MORE_FEWER = re.compile(r"\s+(?P<word>more|fewer)\b(?!\s+than\b)", _I)
_BRACKET_OR_CLAUSE_END = re.compile(r"\s*[),;]")
# Units that are themselves measures of a change, not things counted ("by 0.3 points").
_NOT_COUNTED = frozenset({"point", "place", "notch", "spot", "basis"})


def find_changed_counts(scan: Scan) -> Iterator[Figure]:
    """Changes "by" a bare number or a count, levels a plural subject reached "to" a number."""
    text = scan.text
    for pos in scan.numbers:
        number = _NUMBER.match(text, pos)
        if number is None:
            continue
        value = parse_number(number["num"]) * (
            n.SCALES[number["scale"].lower()] if number["scale"] else 1
        )
        figure = (
            _change_by(text, pos, number, value)
            or _change_of(text, pos, number, value)
            or _more_or_fewer(text, pos, number, value)
            or _added_or_cut(text, pos, number, value)
        )
        if figure:
            yield figure
            continue
        if not _AFTER.match(text, number.end()):
            continue
        before = _SUBJECT_VERB_BEFORE.search(text, max(0, pos - 60), pos)
        if before is not None and before["prep"] == "to":
            if before["verb"].lower() == "up" or direction_of(before["verb"]) is None:
                continue  # "up to 41" is a bound, not the level reached
            noun = before["noun"]
            if is_plural(noun) and noun.lower() not in MEASURE_NOUNS:
                yield figure_at(text, pos, number.end(), value, singular(noun.lower()), COUNT)
            continue
        if level := _level_after_change(text, pos, number, value):
            yield level


def _change_by(text: str, pos: int, number: re.Match[str], value: float) -> Figure | None:
    """ "rose by 1,140", "grew by about 300 repairs", "718,000, down 10,000 on the quarter":
    the size of a change, signed."""
    start, bound = bound_before(text, pos)
    if adverb := _UP_DOWN_BEFORE.search(text, max(0, start - 6), start):
        verb_start, sign = adverb.start(), direction_of(adverb[1]) or 1
    elif not _BY_BEFORE.search(text, max(0, start - 4), start):
        return None
    elif verb := change_before(text, start):
        verb_start, sign = verb
    else:
        return None
    counted = counted_noun(text, number.end(), max_words=1)
    if counted is not None:
        unit, end = counted
        if unit in _NOT_COUNTED:
            return None  # "by 0.3 points" is no count
    elif _AFTER.match(text, number.end()):
        unit, end = _subject_unit(text, verb_start), number.end()
    else:
        return None  # "by 5 metres": a unit this rule does not read
    return figure_at(text, verb_start, end, sign * value, unit, CHANGE, bound)


def _change_of(text: str, pos: int, number: re.Match[str], value: float) -> Figure | None:
    """ "an increase of 23,000", "a fall of 300 jobs": the size of a change named by a noun,
    signed by it; its unit is the noun after the number, else none (the subject decides)."""
    start, bound = bound_before(text, pos)
    before = _NOUN_OF_BEFORE.search(text, max(0, start - 24), start)
    sign = direction_of(before["noun"]) if before is not None else None
    if sign is None or before is None or before["noun"].lower() not in _CHANGE_NOUNS:
        return None
    counted = counted_noun(text, number.end(), max_words=1)
    if counted is not None:
        unit, end = counted
        if unit in _NOT_COUNTED:
            return None  # "an increase of 0.3 points" is no count
    elif _AFTER.match(text, number.end()):
        unit, end = "", number.end()
    else:
        return None
    return figure_at(text, before.start("noun"), end, sign * value, unit, CHANGE, bound)


def _more_or_fewer(text: str, pos: int, number: re.Match[str], value: float) -> Figure | None:
    """ "2.9 million more households", "300 fewer teachers", "(3,100 fewer)": things added or
    taken away, the size of a change; with neither a counted noun nor a clause's end after
    it ("30 more than") no figure here."""
    comparative = _MORE_FEWER.match(text, number.end())
    if comparative is None:
        return None
    counted = counted_noun(text, comparative.end(), max_words=3)
    if counted is None and _BRACKET_OR_CLAUSE_END.match(text, comparative.end()):
        # "down 3% (3,100 fewer)": the things the sentence counts (the subject decides)
        counted = ("", comparative.end())
    if counted is None or counted[0] in _NOT_COUNTED:
        return None
    unit, end = counted
    start, bound = bound_before(text, pos)
    fewer = comparative["word"].lower() == "fewer"
    return figure_at(
        text, start, end, -value if fewer else value, unit, CHANGE, _bound(bound, fewer)
    )


# "We will add 24 clinicians", "the plant cut 300 jobs": things added to or taken from a stock
# the sentence does not give, the size of a change (the stock's own count is another value).
_ADDED_BEFORE = re.compile(
    r"\b(?P<verb>add|adds|added|adding|cut|cuts|cutting|shed|sheds|shedding|axed|axing)\s+"
    r"(?:(?:another|a\s+further|an\s+extra|a\s+net)\s+)?$",
    _I,
)
_ADDED_WORDS = frozenset({"add", "adds", "added", "adding"})
_NEW_AFTER = re.compile(r"\s+(?:new|extra|additional)\b", _I)
# Units that are amounts of time or of something measured, no things added to a stock.
_NOT_STOCK = frozenset({"second", "minute", "hour", "day", "week", "month", "year", *_NOT_COUNTED})


def _added_or_cut(text: str, pos: int, number: re.Match[str], value: float) -> Figure | None:
    """ "add 24 clinicians" (+24), "cut 300 jobs" (-300): a change in a count of things."""
    start, bound = bound_before(text, pos)
    verb = _ADDED_BEFORE.search(text, max(0, start - 30), start)
    if verb is None:
        return None
    if _NEW_AFTER.match(text, number.end()):
        return None  # "add 18 new gates": a count of the new ones, as "14 new gates" is
    counted = counted_noun(text, number.end(), max_words=2)
    if counted is None or counted[0] in _NOT_STOCK:
        return None
    unit, end = counted
    sign = 1 if verb["verb"].lower() in _ADDED_WORDS else -1
    return figure_at(text, start, end, sign * value, unit, CHANGE, _bound(bound, sign < 0))


# A bound on a fall turns round on its signed size: "more than 300 fewer" is below -300.
_NEGATED_BOUND = {MORE_THAN: LESS_THAN, LESS_THAN: MORE_THAN, AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}


def _bound(phrase: str | None, negative: bool) -> str | None:
    """The bound a phrase before the number names ("more than" -> more_than), for the signed
    value."""
    bound = n.BOUNDS.get(phrase) if phrase else None
    return _NEGATED_BOUND.get(bound, bound) if negative and bound else bound


def _subject_unit(text: str, verb_start: int) -> str:
    """What a plural subject right before the verb counts: "repairs rose by" -> repair."""
    before = _PLURAL_BEFORE_VERB.search(text, max(0, verb_start - 40), verb_start)
    if before is None:
        return ""
    noun = before["noun"]
    if not is_plural(noun) or noun.lower() in MEASURE_NOUNS:
        return ""
    return singular(noun.lower())


def _level_after_change(text: str, pos: int, number: re.Match[str], value: float) -> Figure | None:
    """The "1,140" of "grew by 300 to 1,140": the level reached, counting what the change does."""
    by_then_to = _BY_THEN_TO.search(text, max(0, pos - 60), pos)
    if by_then_to is None:
        return None
    size = _NUMBER.match(text, by_then_to.start("num"))
    if size is None:
        return None
    change = _change_by(text, by_then_to.start("num"), size, 0.0)
    if change is None:
        return None
    # Unitless, as a bare count is: its unit may be the change's subject or not ("the backlog
    # grew by 300 repairs to 1,140": 1,140 repairs, but "fell by 20 jobs to 3%" is no count).
    return figure_at(text, pos, number.end(), value, "", COUNT)
