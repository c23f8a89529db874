"""Counts whose unit is not next to them: results lines, list items, and counts that refer back.

"Total valid votes: 42,486" counts votes; "Of the 164 rejected ballot papers, 84 were
unmarked" counts papers; "176 of them" counts what the sentence counted before. Without a
unit in its label a number ending a list line is still a count (unit ""), as results tables
print them: "Helen Strand (Progressive Alliance): 18,412" -- unless the lead-in line above
the list says what it counts ("the number of votes recorded ... is as follows:"), when the
row counts that. (The matcher compares such a row only with a claim about its own label:
rows.py.)
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Iterator
from dataclasses import replace

from newsverify import numbers as n
from newsverify.numbers import is_plural, parse_number, singular
from newsverify.records import CHANGE, COUNT, Figure
from newsverify.scan import Scan, counted_noun, figure_at

_I = re.IGNORECASE

# One line: an optional bullet or "(a)", a short label, a colon or (after a bullet) a space,
# and a number that ends the line. Markdown emphasis may wrap the label or the number. The
# number is found from the line's end, then the rest read as a label.
_LINE_END = re.compile(rf"(?P<num>{n.DIGITS})\**[ \t]*\.?[ \t]*$")
_LABEL = re.compile(
    r"[ \t]*(?P<bullet>[-*\u2022+][ \t]+|\([a-z0-9]{1,3}\)[ \t]*)?"
    r"(?P<label>[^\n:]*[A-Za-z)\]])[ \t]*(?P<colon>\**:\**)?[ \t]*\**"
)
_MAX_LINE = 160
_MAX_LABEL_WORDS = 10
# Lower-case plural words of a label, outside brackets: "Total rejected ballot papers".
_LABEL_WORD = re.compile(r"\([^)]*\)|\b[a-z][a-z'-]*\b")

# A number that refers back to something counted before it in the sentence: "84 were
# unmarked", "176 of them", "seven of them", "118 (63%) were", and the baseline of a
# comparison: "17% more than the 35 admitted".
_REFERRING = re.compile(
    rf"(?P<num>{n.DIGITS})(?=\s+(?:\([^()]{{1,20}}\)\s+)?"
    rf"(?:of\s+(?:them|those|these|whom)|were|was|had)\b)"
    # A number in words refers back only with "of them": "seven of them seriously". "The two
    # were friends" names people, not a count of what came before.
    rf"|(?P<word>{n.WORD_NUMBER})(?=\s+of\s+(?:them|those|these|whom)\b)",
    _I,
)
# A number picking part of a counted whole named after it: "Three of the six carriages",
# "12 of the region's 40 stations" count what the whole counts.
_PART_OF = re.compile(
    rf"(?P<num>{n.DIGITS}|{n.WORD_NUMBER})(?=\s+of\s+(?P<whole>the|its|their|his|her|our)\b)",
    _I,
)
_PART_OF_REACH = 30  # how far after "of the" the whole may start: "the train's six"
# "The number of unemployed people ... was 1.62 million": the level of a count the sentence
# names before it. The noun is the first plural within a few words of "number of".
# "A number of firms" is vague: only "the (estimated, total) number of" names a count.
_NUMBER_OF = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?numbers?\s+of\s+", _I)
_NUMBER_OF_NOUN_WORDS = 3
# Words right before a number that make it the level the count reaches or stands at ("was
# 718,000", "to 1.62 million"); "increased by 94,000" and "down 10,000" give changes.
_LEVEL_LEAD = re.compile(
    r"\b(?:was|were|is|are|to|at|reached|totalled|totaled|of)\s+(?:about\s+|around\s+)?$", _I
)
# A whole number, not part of a longer one or a decimal: "1,296", "35".
_WHOLE_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?![\w%]|[.,]\d)"
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+)?$", _I)
_MOVED_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", _I)
# ... but not after a rate: "864 incidents per 1,000 prisoners, up from 801" (801 is a rate).
_RATE_BEFORE = re.compile(r"\bper\s+[^.;!?]*$", _I)
# A whole number the comparison's noun is left out after: "the 35 admitted", "the 93 in May".
_BARE_NUMBER = re.compile(
    rf"{_WHOLE_NUMBER}"
    r"(?=\s*[.,;)]|\s+(?:[a-z]+ed|in|on|last|a\s+year|the\s+(?:year|month|quarter|week|"
    r"previous|same))\b)",
    _I,
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# "Of the 1,130 investors, 412 lost everything": the number after the whole is a part of it.
_OF_THE_WHOLE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)of\s+the\s+\d[\d,.]*[^,;.!?\n]{0,40},\s*$", _I)
_PART_NUMBER = re.compile(rf"{_WHOLE_NUMBER}(?=\s+[a-z])")
# "charged 702 defendants in July to September, and 1,296 in April to September": the same
# count for another time, its noun left out.
_AND_BEFORE = re.compile(r",\s*and\s+$", _I)
# A pronoun that did something to a number of what the sentence before counted: "It granted
# 903 and refused 318".
_PRONOUN_ACTED = re.compile(
    r"(?:^|[.!?]\s+)(?:It|They)\s+[a-z]+ed\s+(?:\d[\d,]*\s+and\s+[a-z]+ed\s+)?$"
)
_ACTED_ON_NUMBER = re.compile(rf"{_WHOLE_NUMBER}(?=\s*[.,;)]|\s+and\b)")
_FOR_ANOTHER_TIME = re.compile(
    rf"{_WHOLE_NUMBER}(?=\s+(?:in|during|for)\s+(?:the\s+)?"
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Q[1-4]|quarter|year|week|month)\b)",
)
# "4,310 police officers, 260 more than a year ago": the change in the count before it since
# a time. Only with a time after "than" ("30 more than expected" compares with no count), or
# a verb right after the counted noun left out.
_MORE_SINCE = re.compile(
    rf"(?P<num>{n.DIGITS})\s+(?P<word>more|fewer)(?=\s+than\s+(?:"
    r"(?:a|one)\s+(?:year|month|week|decade)\s+(?:ago|earlier|before)"
    r"|last\s+(?:year|month|week|quarter)"
    r"|(?:in\s+)?(?:19|20)\d\d"
    r"|the\s+(?:previous|same)\s+(?:year|month|week|quarter|period))\b"
    # ... or with the counted noun left out before a verb: "24 firefighters joined, and 30
    # more will start in September".
    r"|\s+(?:will|would|are|were|is|was|have|has|had|should|could|may|might|joined|started)\b)",
    _I,
)

# A lead-in line names what the list below it counts: "The number of votes cast for each
# candidate was as follows:". The counted noun is the first plural after "number(s) of" or
# "total(s) of"; a lead-in that names no count ("Here is the declaration:") gives no unit.
_LEAD_IN_COUNT = re.compile(r"\b(?:number|total)s?\s+of\s+(?P<rest>[^:]*)", _I)


def find_listed_counts(scan: Scan) -> Iterator[Figure]:
    """Numbers that end a labelled line or a list item, counting what the label names."""
    text = scan.text
    starts = set(scan.numbers)
    line_start = 0
    lead_unit = ""  # what the lead-in line above the current list counts
    for line in text.split("\n"):
        found = _listed_number(line)
        if found is not None and line_start + found.start("num") in starts:
            label = line[: found.start("num")]
            unit = _label_unit(label) or lead_unit
            start, end = line_start + found.start("num"), line_start + found.end("num")
            yield figure_at(text, start, end, parse_number(found["num"]), unit, COUNT)
        elif line.rstrip(" \t*").endswith(":"):
            lead_unit = _lead_in_unit(line)
        elif line.strip():
            lead_unit = ""  # the list ended: its lead-in says nothing about later lines
        line_start += len(line) + 1


def _listed_number(line: str) -> re.Match[str] | None:
    """The number ending `line` when the line is a labelled value or a list item."""
    if len(line) > _MAX_LINE or not line.rstrip(" \t.*")[-1:].isdigit():
        return None
    number = _LINE_END.search(line, max(0, len(line) - 40))
    if number is None:
        return None
    label = _LABEL.fullmatch(line, 0, number.start("num"))
    if label is None or not (label["bullet"] or label["colon"]):
        return None
    if len(label["label"].split()) > _MAX_LABEL_WORDS:
        return None
    return number


def _label_unit(label: str) -> str:
    """The last lower-case plural word of a label: "Total valid votes" counts votes."""
    words = [w[0] for w in _LABEL_WORD.finditer(label) if not w[0].startswith("(")]
    plurals = [w for w in words if is_plural(w)]
    return singular(plurals[-1]) if plurals else ""


def _lead_in_unit(line: str) -> str:
    """What a lead-in line says its list counts: "the number of ballot papers rejected" -> paper."""
    match = _LEAD_IN_COUNT.search(line)
    if match is None:
        return ""
    words = [w[0] for w in _LABEL_WORD.finditer(match["rest"]) if not w[0].startswith("(")]
    plural = next((w for w in words if is_plural(w)), None)
    return singular(plural) if plural else ""


def refer_back(scan: Scan, figures: list[Figure]) -> list[Figure]:
    """Give counts that refer back ("84 were unmarked") the unit counted before them.

    `figures` are sorted and disjoint; bare numbers not among them are added, and unitless
    counts among them take the unit. A number with nothing counted before it in its sentence
    stays as it was: "In 2024, 30 were hurt" says nothing about what.
    """
    text = scan.text
    by_start = {f.start: i for i, f in enumerate(figures)}
    result = list(figures)
    # The figures with the units they count as a part of what came before: "Of these, 39,470
    # were ..., and 44,740 were ..." counts the same things twice, whatever kind of them the
    # first was ("2,310 were homes, and 560 were businesses" are both properties).
    counted = list(figures)
    for pos in scan.numbers:
        since = _MORE_SINCE.match(text, pos)
        if since and (unit := _counted_before(text, figures, pos)):
            if not any(f.start < since.end() and pos < f.end for f in figures):
                value = parse_number(since["num"])
                value = -value if since["word"].lower() == "fewer" else value
                result.append(figure_at(text, pos, since.end(), value, unit, CHANGE))
            continue
        match = _REFERRING.match(text, pos)
        if (
            match is None
            and _MOVED_FROM_BEFORE.search(text, max(0, pos - 12), pos)
            and not _RATE_BEFORE.search(text, max(0, pos - 80), pos)
        ):
            match = _BARE_NUMBER.match(text, pos)  # "412 conservators, down from 436"
        if match is None and _THAN_BEFORE.search(text, max(0, pos - 10), pos):
            match = _BARE_NUMBER.match(text, pos)
        if match is None and _POINTS_BACK.search(text, max(0, pos - 24), pos):
            match = _BARE_NUMBER.match(text, pos)  # "Of these, 96 involved a cyclist"
        if match is None and _OF_THE_WHOLE_BEFORE.search(text, max(0, pos - 60), pos):
            match = _PART_NUMBER.match(text, pos)  # "Of the 1,130 investors, 412 lost"
        if match is None and _AND_BEFORE.search(text, max(0, pos - 8), pos):
            match = _FOR_ANOTHER_TIME.match(text, pos)  # "702 defendants in July, and 1,296 in"
        acted_on = False
        if match is None and _PRONOUN_ACTED.search(text, max(0, pos - 40), pos):
            match, acted_on = _ACTED_ON_NUMBER.match(text, pos), True  # "It granted 903"
        if match is None and (part := _PART_OF.match(text, pos)):
            match, unit = part, _counted_after(figures, part.end("whole"))
        else:
            unit = _counted_before(text, counted, pos, acted_on) if match else ""
        if match is None or not unit:
            continue
        kind = _complement_noun(text, match.end()) if match.re is _REFERRING else ""
        if (i := by_start.get(pos)) is not None:
            if figures[i].kind == COUNT and not figures[i].unit and figures[i].upper is None:
                result[i] = replace(figures[i], unit=kind or unit)
                counted[i] = replace(figures[i], unit=unit)
        elif not any(f.start < match.end() and pos < f.end for f in figures):
            value = parse_number(match["num"] or match.groupdict()["word"])
            if value == 1:
                continue  # "one of them" picks one out; it counts nothing
            figure = figure_at(text, pos, match.end(), value, unit, COUNT)
            result.append(replace(figure, unit=kind or unit))
            insort(counted, figure, key=lambda f: f.start)
    return sorted(result, key=lambda f: f.start)


# Between a count that refers back and the noun saying what kind of it the count is: "2,870
# properties were flooded, of which 2,310 were homes", "2,310 of them homes".
_COMPLEMENT = re.compile(
    r"\s+(?:of\s+(?:them|those|these|whom)(?:\s+(?:were|was))?|were|was)\b", _I
)


def _complement_noun(text: str, pos: int) -> str:
    """The plural noun right after a referring count's "were" ("2,310 were homes" counts
    homes, a part of the properties before it), or "" ("84 were unmarked")."""
    complement = _COMPLEMENT.match(text, pos)
    found = counted_noun(text, complement.end(), max_words=2) if complement else None
    return found[0] if found else ""


def name_levels(scan: Scan, figures: list[Figure]) -> list[Figure]:
    """Give a unitless count the noun of "the number of <noun>" before it in its sentence,
    when the count is the level that number reaches or stands at ("was 718,000", "to 1.62
    million"), not the size of a change ("increased by 94,000" stays as it was)."""
    text = scan.text
    result = []
    for figure in figures:
        if figure.kind == COUNT and not figure.unit and figure.upper is None:
            lead = _LEVEL_LEAD.search(text, max(0, figure.start - 20), figure.start)
            unit = _number_of_before(text, figure.start) if lead else ""
            if unit:
                figure = replace(figure, unit=unit)
        result.append(figure)
    return result


def _number_of_before(text: str, pos: int) -> str:
    """The plural noun after the last "number of" of the sentence before `pos`, if any."""
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, pos - 300), pos))
    start = breaks[-1].end() if breaks else max(0, pos - 300)
    found = list(_NUMBER_OF.finditer(text, start, pos))
    if not found:
        return ""
    words = re.findall(r"[A-Za-z'-]+", text[found[-1].end() : pos])[:_NUMBER_OF_NOUN_WORDS]
    plural = next((w for w in words if is_plural(w)), None)
    return singular(plural) if plural else ""


def _counted_after(figures: list[Figure], pos: int) -> str:
    """The unit of a count starting just after `pos` (the whole of "three of the six cars")."""
    for figure in figures:
        if pos <= figure.start <= pos + _PART_OF_REACH:
            if figure.kind == COUNT and figure.unit and figure.upper is None:
                return figure.unit
            return ""
    return ""


def _counted_before(text: str, figures: list[Figure], pos: int, acted_on: bool = False) -> str:
    """The unit of the last count with one before `pos` in the same sentence, or in the
    sentence before when this one opens by pointing back at it ("There were 1,046 dwelling
    fires. Of these, 874 were accidental") or is `acted_on` by a pronoun ("The agency
    received 1,284 applications. It granted 903")."""
    points_back = acted_on or _POINTS_BACK.search(text, max(0, pos - 24), pos) is not None
    crossed = 0
    for figure in reversed([f for f in figures if f.end <= pos]):
        if _SENTENCE_BREAK.search(text, figure.end, pos):
            crossed = len(_SENTENCE_BREAK.findall(text, figure.end, pos))
            if not points_back or crossed > 1:
                return ""
        if figure.kind == COUNT and figure.unit and figure.upper is None:
            return figure.unit
    return ""


# A sentence opening that points back at what the sentence before counted: "Of these, 874
# were ...". Shared with passages.py, whose passage for such a sentence names those things.
POINTS_BACK = r"(?:Of|Among)\s+(?:these|those|them|this|that)\b"
_POINTS_BACK = re.compile(rf"(?:^|[.!?]\s+){POINTS_BACK}\s*,?\s*$")
