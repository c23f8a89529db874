"""Which way a value moved: "services inflation rose to 5.4%" is not supported by "eased to
5.4%"."""

from __future__ import annotations

import re
from bisect import bisect_left

from .change_spans import measured_from
from .growth_rates import rate_way
from .passages import Passage
from .records import CHANGE, DATE, DURATION, LEVEL, MULTIPLIER, YEAR, Figure
from .subjects import Subject
from .thresholds import is_threshold
from .values import is_time
from .vocab import DIRECTION_WORDS


def other_direction(
    subject: Subject, passage: Passage, figure: Figure, claim: Figure | None = None
) -> bool:
    """The claim says a value rose and the passage only that it fell (or the reverse):
    "services inflation rose to 5.4%" is not supported by "services inflation eased to 5.4%".
    Where the value has a direction word of its own, that one counts, not another value's;
    a claimed change or multiple (`claim`) says its own way ("up by a fifth"), whatever
    verb another clause of its sentence has ("..., and the cod catch is cut")."""
    claimed = {key for key in subject.weights if key in DIRECTION_WORDS}
    if claim is not None and (way := way_of(claim)) is not None:
        claimed = {way}
    if len(claimed) == 1 and held_value(passage, figure):
        return True  # "cut to 3,150 tonnes" against "rolled over unchanged at 3,150 tonnes"
    own = stated_direction(passage, figure, claim)
    if own is not None:
        return len(claimed) == 1 and own not in claimed
    stated = {key for key in passage.positions if key in DIRECTION_WORDS}
    return len(claimed) == 1 and bool(stated) and not claimed & stated


def stated_direction(passage: Passage, figure: Figure, claim: Figure | None = None) -> str | None:
    """Which way the passage says this value moved, from what it writes of the value itself:
    its own direction word ("eased to 5.4%"), its sign, the change told right after it
    ("418.3 million journeys, 5.6% more than ..."), the level it moved from, or its table
    row's change column. None when only other words of the passage say which way. Against a
    claimed level, a change of prices given with the rate it moved from goes the rate's way
    ("rose by 4.4%, easing from 4.6%" went down)."""
    if claim is not None and claim.kind == LEVEL and (way := rate_way(passage, figure)):
        return way
    own = direction_of_value(passage, figure)
    if figure.text.lstrip()[:1] in _SIGNS:
        # "+5.1" under "Change on 2024-25 (%)": a signed value says which way itself.
        own = "decrease" if figure.text.lstrip()[0] in _SIGNS[1:] else "increase"
    if own is None:
        # A change says its own way ("2.4% fewer"); a level, the change right after it, or
        # the level it moved from ("revised from 17,781 to 17,908").
        own = (
            way_of(figure)
            or _way_of_next_change(passage, figure)
            or _way_from(passage, figure)
            or _way_of_change_before(passage, figure)
        )
    if own is None:
        own = _way_told_next(passage, figure)
    if own is None and passage.row_change:
        # "| Haddock | 42,900 | 51,480 | +20 |": the row's change column says which way.
        own = "increase" if passage.row_change > 0 else "decrease"
    return own


# Signs a value may carry: up, then down (a hyphen or a minus sign).
_SIGNS = "+-\u2212"
# A direction word at most this many words before a value is the value's own ("eased to").
DIRECTION_REACH = 2
# Words that say a value did not move ("unchanged at 3,150 tonnes", "frozen at £19.80").
STEADY_WORDS = frozenset({"unchanged", "unaltered", "flat", "steady", "frozen", "freeze"})


def held_value(passage: Passage, figure: Figure) -> bool:
    """The passage says the value stayed where it was, right before it in its clause, or
    its table row's change column gives no change."""
    if passage.row_change is not None:
        return passage.row_change == 0
    return _word_before(passage, figure, STEADY_WORDS) is not None


def direction_of_value(passage: Passage, figure: Figure) -> str | None:
    """The direction word right before the value, in its clause ("Services inflation eased
    to 5.4%"): the primary says which way this value moved. None when it has none."""
    return _word_before(passage, figure, DIRECTION_WORDS)


def _word_before(passage: Passage, figure: Figure, keys: frozenset[str]) -> str | None:
    """One of `keys` at most DIRECTION_REACH kept words before the value, in its clause."""
    # The kept words before the value, the last of them right before it.
    before = bisect_left(passage.starts, figure.start)
    clauses = passage.clauses
    for key in keys:
        for position in passage.positions.get(key, []):
            if not 0 < before - position <= DIRECTION_REACH:
                continue
            if not clauses or clauses[position] == clauses[before - 1]:
                return key
    return None


# A difference told with its direction right after it: "£2.1bn more than in October 2025",
# "186,000 tonnes less than in 2025", "4,000 (8.3%) higher than".
_DIFFERENCE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?P<way>more|higher|greater|larger|bigger|above|fewer|less|lower|"
    r"smaller|below)\s+than\b",
    re.IGNORECASE,
)
_UPWARD = frozenset({"more", "higher", "greater", "larger", "bigger", "above"})
# A length of time told by how fast: "2 minutes 32 seconds slower than in September".
_TIME_DIFFERENCE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?P<way>slower|longer|faster|quicker|shorter)\s+than\b",
    re.IGNORECASE,
)
_TIME_UPWARD = frozenset({"slower", "longer"})
# ... or by what the change did to a service: "it also improved, by 2 minutes 32 seconds".
_TIME_CHANGED_BY = re.compile(
    r"\b(?P<way>improved|improving|worsened|worsening|deteriorated)\b[^.;:]{0,12}\bby\s+$",
    re.IGNORECASE,
)


def difference_direction(text: str, end: int) -> str | None:
    """Which way the difference that ends at `end` of `text` goes ("increase" for "£2.1bn more
    than ..."), or None when no "more than"/"less than" follows it."""
    found = _DIFFERENCE.match(text, end)
    if found is None:
        return None
    return "increase" if found["way"].lower() in _UPWARD else "decrease"


def time_difference_direction(text: str, start: int, end: int) -> str | None:
    """Which way a difference in a length of time (from `start` to `end` of `text`) goes:
    "increase" for "2 minutes 32 seconds slower than", "decrease" for "improved, by 2 minutes
    32 seconds" (a response time improves by going down); None when the text does not say."""
    found = _TIME_DIFFERENCE.match(text, end)
    if found is not None:
        return "increase" if found["way"].lower() in _TIME_UPWARD else "decrease"
    changed = _TIME_CHANGED_BY.search(text, max(0, start - 30), start)
    if changed is not None:
        return "decrease" if changed["way"].lower().startswith("improv") else "increase"
    return None


def other_difference(claimed: str | None, passage: Passage, figure: Figure) -> bool:
    """The claim gives a difference one way ("£2.1bn lower than") and the primary the same
    difference the other ("£2.1bn more than")."""
    if claimed is None:
        return False
    sentence = passage.sentence
    given = difference_direction(sentence.text, figure.end - sentence.start)
    if given is None and figure.kind == DURATION:
        given = time_difference_direction(
            sentence.text, figure.start - sentence.start, figure.end - sentence.start
        )
    return given is not None and given != claimed


def way_of(figure: Figure) -> str | None:
    """Which way a change or a multiple goes by its own value: "increase" for ×1.2 or +840."""
    if figure.value is None or figure.kind not in (CHANGE, MULTIPLIER):
        return None
    pivot = 1.0 if figure.kind == MULTIPLIER else 0.0
    if figure.value == pivot:
        return None
    return "increase" if figure.value > pivot else "decrease"


# How far a level's own change may follow it: "41 patients were admitted ..., 17% more than".
_CHANGE_REACH = 100


def _way_of_next_change(passage: Passage, figure: Figure) -> str | None:
    """The way the change right after a level in its sentence goes: "Turnout was 59.0%, down
    8.3 points" says the 59.0% fell. None when another value comes first or none follows."""
    if figure.kind in (CHANGE, MULTIPLIER):
        return None
    sentence = passage.sentence
    later = [
        f
        for f in passage.figures
        if f.start >= figure.end
        and not is_time(f)
        # "decided within 8 weeks": a limit that says what the level counts (thresholds.py)
        and not is_threshold(f, passage.figures, sentence.text, sentence.start)
    ]
    if not later:
        return None
    gap = sentence.text[figure.end - sentence.start : later[0].start - sentence.start]
    if len(gap) > _CHANGE_REACH or ";" in gap:
        return None
    if later[0].kind not in (CHANGE, MULTIPLIER):
        # "now put at 3.41 million, up from the 3.33 million first published"
        moved = _MOVED_FROM.match(gap)
        if moved is not None:
            return _WAY_WORDS[moved["way"].lower()]
        # "6.42 million at the end of September, 48,300 fewer than at the end of August":
        # the difference set beside the level says which way it went.
        if not _APPOSED.search(gap) or _remote_base(passage, figure, later[0]):
            return None
        return difference_direction(sentence.text, later[0].end - sentence.start)
    return None if _remote_base(passage, figure, later[0]) else way_of(later[0])


def _way_told_next(passage: Passage, figure: Figure) -> str | None:
    told = told_next(passage, figure)
    return None if told is None else way_of(told)


def told_next(passage: Passage, figure: Figure) -> Figure | None:
    """The change the next sentence gives of the sentence's first value, when it opens with
    it: "71,450 cases were awaiting a decision. That was 18% fewer than a year earlier." None
    for a later value, or a change from more than a year before."""
    later = passage.referred_by
    levels = [f for f in passage.figures if not is_time(f)]
    if later is None or not levels or levels[0] is not figure:
        return None
    if figure.kind in (CHANGE, MULTIPLIER):
        return None
    told = [f for f in later.figures if not is_time(f) and f.start < later.antecedent_end]
    if not told or way_of(told[0]) is None:
        return None
    own = [_year(f) for f in passage.figures if is_time(f) and _year(f) is not None]
    bases = [_year(f) for f in later.figures if is_time(f) and measured_from(f, told[0])]
    if own and any(base is not None and base < own[-1] - 1 for base in bases):  # type: ignore
        return None
    return told[0]


def _remote_base(passage: Passage, level: Figure, change: Figure) -> bool:
    """The change is measured from more than a year before the level's own time ("612,400
    in 2025-26, an increase of 3.2% on 2023-24"): it says nothing of which way the level
    moved since the period before."""
    times = [f for f in passage.figures if is_time(f) and _year(f) is not None]
    own = [f for f in times if f.end <= change.start]
    base = [f for f in times if measured_from(f, change)]
    if not (own and base):
        return False
    return _year(base[0]) < _year(own[-1]) - 1  # type: ignore[operator]


def _year(time: Figure) -> int | None:
    """The year a time falls in: 2025 for "2025-26", "October 2025" or "12 June 2025"."""
    if time.value is None:
        return None
    if time.kind == YEAR:
        return int(time.value)
    if time.kind == DATE and time.value >= 10000:
        return int(time.value // 10000)
    return None


# A value set beside a level after a comma or in brackets, as its difference is.
_APPOSED = re.compile(r"[,(]\s*$")
_WAY_WORDS = {"up": "increase", "higher": "increase", "down": "decrease", "lower": "decrease"}
_MOVED_FROM = re.compile(
    r"\s*,?\s*(?P<way>up|higher|down|lower)\s+(?:from|than)\s+(?:the\s+)?$", re.I
)


# "from 17,781 to 17,908": the level before "to" is where the later one moved from.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# "from 104,900 in the previous release to 105,600": a few words may say where the old one was.
_TO_BETWEEN = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,5}to\s+$", re.I)
# "revised to 45.5%, from the 45.9% first published": the level after "from" is the old one.
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_FROM_AFTER = re.compile(r"^\s*,?\s*from\s+(?:the\s+|an?\s+)?$", re.I)


# Between a change and the level it reached: "fell by 0.1 percentage points on the quarter, to".
_REACHED_AFTER = re.compile(r"^[^.;:()]{0,40}\bto\s+$", re.IGNORECASE)


def _way_of_change_before(passage: Passage, figure: Figure) -> str | None:
    """The way a level went by the change that took it there: "fell by 0.1 percentage points
    on the quarter, to 21.3%" went down. None when another value stands between them."""
    if figure.kind in (CHANGE, MULTIPLIER):
        return None
    earlier = [f for f in passage.figures if f.end <= figure.start and not is_time(f)]
    if not earlier or earlier[-1].kind not in (CHANGE, MULTIPLIER):
        return None
    change = earlier[-1]
    sentence = passage.sentence
    gap = sentence.text[change.end - sentence.start : figure.start - sentence.start]
    return way_of(change) if _REACHED_AFTER.match(gap) else None


def _way_from(passage: Passage, figure: Figure) -> str | None:
    """The way a level went from the one its sentence says it moved from: "revised from
    17,781 to 17,908" went up, "revised to 45.5%, from the 45.9% first published" went down.
    None when no "from X to" stands right before it nor ", from X" right after "to" it."""
    if figure.kind in (CHANGE, MULTIPLIER) or figure.value is None:
        return None
    sentence = passage.sentence
    text, base = sentence.text, sentence.start
    earlier = [f for f in passage.figures if f.end <= figure.start and not is_time(f)]
    later = [f for f in passage.figures if f.start >= figure.end and not is_time(f)]
    origin = None
    if earlier:
        before = text[max(0, earlier[-1].start - base - 12) : earlier[-1].start - base]
        between = text[earlier[-1].end - base : figure.start - base]
        if _FROM_BEFORE.search(before) and _TO_BETWEEN.match(between):
            origin = earlier[-1]
    if origin is None and later:
        before = text[max(0, figure.start - base - 12) : figure.start - base]
        between = text[figure.end - base : later[0].start - base]
        if _TO_BEFORE.search(before) and _FROM_AFTER.match(between):
            origin = later[0]
    if origin is None or origin.value is None or origin.value == figure.value:
        return None
    if origin.unit not in ("", figure.unit) or origin.kind != figure.kind:
        return None
    return "increase" if figure.value > origin.value else "decrease"
