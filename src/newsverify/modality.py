"""What a figure says of its value: that it happened (an outturn), that someone expects it (a
forecast, a projection) or that someone means to reach it (a target, an aim, a plan).

"168,200 new homes were completed, short of the 175,000 the Ministry had expected": 168,200
is an outturn and 175,000 a forecast, in one sentence. A forecast must neither support nor
contradict a claim about what happened, nor an outturn a claim about a forecast, so each
value figure of a sentence is given the modality of the cue words nearest to it. A cue that
is the base a value is compared with ("£6.3bn above the Council's forecast", "rose more than
expected") says the value is an outturn's gap from a forecast, not a forecast itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .records import Figure, Word
from .values import is_time

OUTTURN = "outturn"
FORECAST = "forecast"
TARGET = "target"
# A value without a cue of its own in a sentence that looks ahead ("GDP will grow 1%"): it
# may be either, so it settles nothing about modality.
UNSURE = "unsure"

# Someone expects the value: a forecast, a projection, a prediction.
_FORECAST_CUES = re.compile(
    r"\b(?:expect(?:s|ed|ing|ation|ations)?|forecast(?:s|ed|ing|er|ers)?|"
    r"project(?:ed|s|ion|ions)|predict(?:s|ed|ing|ion|ions)?|(?:is|are|was|were) likely to|"
    r"pencill?ed in)\b",
    re.IGNORECASE,
)
# Someone means to reach the value: a target, an aim, a plan, a pledge.
_TARGET_CUES = re.compile(
    r"\b(?:aims?|aimed|aiming|ambitions?|targets?|targeted|targeting|goals?|"
    r"pledge[sd]?|plans? to|planned to|promise[sd]?|wants?|wanted|seeks? to|"
    r"urg(?:e|es|ed|ing)|call(?:ed|ing) for|propos(?:e|es|ed)|set(?:s|ting)? out to|"
    r"intend(?:s|ed)? to|hop(?:e|es|ed|ing) to)\b",
    re.IGNORECASE,
)
# Words that make the cue after them the base a value is compared with.
_COMPARED = re.compile(
    r"\b(?:than|above|below|ahead of|short of|behind|exceed\w*|beat|missed|"
    r"in line with|compared with)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
# Words that put a sentence in the future without saying whose value is expected.
_FUTURE = re.compile(
    r"\b(?:will|shall|should|would|could|may|might|(?:is|are) (?:set|due|to)|outlook|guid\w+|"
    r"anticipat\w+)\b",
    re.IGNORECASE,
)
# A change told as done ("fell by more than 4%", "has risen 12%", "was cut by a third"): the
# value is said to have happened, which a target for the same change is not evidence of.
_DONE_CHANGE = re.compile(
    r"\b(?:fell|fallen|rose|risen|grew|grown|shrank|shrunk|dropped|declined|increased|"
    r"decreased|climbed|jumped|slipped|doubled|tripled|trebled|halved|reduced|surged|soared|"
    r"plunged|slumped|went (?:up|down))\b",
    re.IGNORECASE,
)
# A verb of a plan right before a value: "will plant", "to recruit", "shall build up to".
_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:will|shall)|\b(?:plans?|planned|aims?|aimed|wants?|intends?|intended|seeks?|"
    r"hopes?|pledged|promised|committed|project|programme|plan|target|ambition|goal|bid|"
    r"agreed|decided|set\s+out)\s+to)\s+(?!(?:be|have|around|about|almost|nearly|some|"
    r"roughly|over|under|more|less|fewer|just|only|an?|the|its|their|his|her|our|at)\b)"
    r"[a-z]+(?:\s+(?:by|to|up|out|in|off))?\s+$",
    re.IGNORECASE,
)
# How far before a value its verb may stand ("fell sharply, by 4%").
_VERB_REACH = 24
# A value said to hold already: "30% of 18-year-olds now enter higher education".
_ALREADY = re.compile(r"\b(?:now|currently|already|at present)\b", re.IGNORECASE)
# Between a cue and the value after it, the start of another phrase.
# ("and" alone may join two nouns: "logistics and transportation to be doubled").
_NEW_PHRASE = re.compile(r",")
# Between a value and a cue after it that it is set against: "18 working days, against our
# target of 20" (the value is no target; the target is the one after the cue).
_SET_AGAINST = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# Clause edges a cue does not reach across.
_CLAUSE_EDGE = re.compile(r"[;:]|\.\s|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)


@dataclass(frozen=True)
class Modality:
    """A figure's modality and the cue word that gives it (empty for an outturn)."""

    kind: str = OUTTURN
    cue: str = ""

    def describe(self) -> str:
        return "what happened" if self.kind == OUTTURN else f'a {self.kind} ("{self.cue}")'


def figure_modality(
    figure: Figure, figures: Sequence[Figure], text: str, base: int = 0
) -> Modality:
    """The modality of `figure`, one of `figures` in the sentence `text` (starting at file
    offset `base`): that of the cue words its clause gives it, an outturn without one."""
    values = [f for f in figures if not is_time(f)]
    if figure not in values:
        values.append(figure)
    found = Modality()
    for kind, cues in ((TARGET, _TARGET_CUES), (FORECAST, _FORECAST_CUES)):
        for cue in cues.finditer(text):
            if figure in _owned(cue.start(), cue.end(), values, text, base):
                found = Modality(kind, cue.group(0))
                if kind == FORECAST:
                    return found  # a target that is only expected is a forecast
    if found.kind == OUTTURN:
        # "we will plant 400 kilometres", "a project to plant 400 kilometres": a plan for the
        # value, which a claim that it was done ("planted 400 km") may not lean on.
        start = max(0, figure.start - base - _VERB_REACH)
        planned = _PLANNED_BEFORE.search(text[start : figure.start - base])
        if planned is not None:
            return Modality(TARGET, planned.group(0).strip())
    if found.kind == OUTTURN and _FUTURE.search(text):
        return Modality(UNSURE)
    if found.kind == OUTTURN:
        start = max(0, figure.start - base - _VERB_REACH)
        done = _DONE_CHANGE.search(text[start : figure.end - base]) or _ALREADY.search(text)
        if done is not None:
            return Modality(OUTTURN, done.group(0))
    return found


# A verb in the past tense right before a claimed value: "The Trust recruited 3,000", "uptake
# was 38.9%", "the population stood at 91,482", "four in five have had their jab".
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|was|were|had|stood|rose|fell|grew)\b")
# Verbs that tell of a plan rather than do the thing: "The minister announced 5,000 places".
_TELLING_VERBS = frozenset(
    """announce unveil pledge promise propose plan commit agree approve confirm reveal say
    state report claim estimate forecast project predict expect target budget earmark
    allocate set""".split()
)
# What makes such a verb no act: "plans to be recruited", "will have recruited", "hoped".
_NOT_DONE_BEFORE = re.compile(r"\b(?:to|will|would|shall|should|could|may|might)\s+(?:\w+\s+)?$")


def with_past_act(modality: Modality, words: Sequence[Word], figure: Figure) -> Modality:
    """A claimed outturn given by a regular past-tense verb before its value (within its
    clause) names that verb as its cue: it says the value happened, which a target for it does
    not ("we want 3,000 new volunteer surveyors" is no "recruited 3,000")."""
    if modality.kind != OUTTURN or modality.cue:
        return modality
    clause = _clause_of(words, figure)
    before = [
        w
        for w in words
        if w.end <= figure.start and figure.start - w.end <= _VERB_REACH and w.clause == clause
    ]
    verbs = [
        w
        for w in before
        if w.pos in ("VERB", "AUX")
        and _PAST_VERB.fullmatch(w.text.lower())
        and w.lemma not in _TELLING_VERBS
    ]
    if not verbs:
        return _passive_after(modality, words, figure, clause)
    verb = verbs[-1]
    leading = " ".join(w.text for w in words if w.end <= verb.start)
    if _NOT_DONE_BEFORE.search(leading + " ") or _TARGET_CUES.fullmatch(verb.text):
        return modality
    return Modality(OUTTURN, verb.text)


_PAST_AUX = frozenset({"was", "were"})
# How far after a value its verb may come: "95% of category 1 defects were made safe".
_SUBJECT_REACH = 60


def _passive_after(
    modality: Modality, words: Sequence[Word], figure: Figure, clause: int
) -> Modality:
    """A claimed value that is the subject of a past passive after it ("95% of defects were
    made safe") says it happened, as a past verb before it does."""
    after = [
        w
        for w in words
        if w.start >= figure.end and w.start - figure.end <= _SUBJECT_REACH and w.clause == clause
    ]
    for aux, verb in zip(after, after[1:], strict=False):
        if (
            aux.text.lower() in _PAST_AUX
            and verb.pos == "VERB"
            and verb.lemma not in _TELLING_VERBS
            and not _TARGET_CUES.fullmatch(verb.text)
        ):
            return Modality(OUTTURN, f"{aux.text} {verb.text}")
    return modality


def _clause_of(words: Sequence[Word], figure: Figure) -> int:
    return next((w.clause for w in words if w.start >= figure.start), 0)


def other_modality_note(claimed: Modality, given: Modality) -> str | None:
    """Why a primary value of another modality is no evidence for the claim; None when both
    say the same kind of thing. Only a forecast is kept apart from an outturn, both ways.
    A target is not: what someone wants a primary often writes as a plain act ("urged",
    "voted to maintain"), and an article as a plain noun phrase whose cue sits clauses away
    ("the rearmament the US is demanding ... includes a fivefold increase"), so a value
    without a cue is no sign that the claim says it happened; a change told by a past verb
    ("fell by 4%") is one."""
    if given.kind == TARGET and claimed.kind == OUTTURN and claimed.cue:
        # "Leakage fell by more than 4%" is not met by "Our target is to halve leakage".
        return f"the primary gives it as {given.describe()}, the claim as what happened"
    if UNSURE in (claimed.kind, given.kind) or TARGET in (claimed.kind, given.kind):
        return None
    if (claimed.kind == OUTTURN) == (given.kind == OUTTURN):
        return None
    return f"the primary gives it as {given.describe()}, the claim as {claimed.describe()}"


def _owned(start: int, end: int, values: list[Figure], text: str, base: int) -> list[Figure]:
    """The values a cue at [start, end) of `text` speaks of: every value after it in its
    clause ("projected to grow by 1% in 2025 and by 1.25% in 2026"), or when none follows
    in the same phrase, the nearest before it ("the 175,000 the Ministry had expected");
    none when the cue is the base a value is compared with."""
    after: list[Figure] = []
    before: list[tuple[int, Figure]] = []
    for figure in values:
        a, b = figure.start - base, figure.end - base
        if not (0 <= a <= b <= len(text)):
            continue
        if a >= end and not _CLAUSE_EDGE.search(text[end:a]):
            after.append(figure)
        elif b <= start and not _CLAUSE_EDGE.search(text[b:start]):
            before.append((start - b, figure))
    first = min(after, key=lambda f: f.start, default=None)
    if first is not None and _NEW_PHRASE.search(text[end : first.start - base]):
        # "the 175,000 it had expected, and repeated its aim of 200,000": the cue's value
        # is behind it; the next one belongs to another phrase.
        after = []
    if after:
        # "rose more than expected, to 4.1%": the cue is what the value is compared with.
        return [] if _COMPARED.search(text[max(0, start - 60) : start]) else after
    if not before:
        return []
    _, figure = min(before, key=lambda pair: pair[0])
    # "£6.3bn above the Council's forecast": the value is a gap from the forecast. (In "short
    # of the 175,000 the Ministry had expected" the value sits between the two words: it is
    # the forecast itself.)
    between = text[figure.end - base : start]
    return [] if _COMPARED.search(between) or _SET_AGAINST.search(between) else [figure]
