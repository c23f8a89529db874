"""Which of several things ranks first, or second, for something: "Capital boroughs had the
lowest share of establishments rated 5", "The largest improvement was in Ostrel", "July was
the month with the most births registered".

A claimed ranking is checked against the rankings the primary states in words, including
those a sentence goes on to give without a verb ("... and capital boroughs the lowest"). The
same ranking of the same thing held by the claim's holder supports it; held by another, it
contradicts it. A ranking the primary does not state in words settles nothing here (a table
may still give the values, which are checked as values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import EvidenceIndex
from .inflections import uninflected
from .passages import Passage
from .similarity import similarity
from .subject_keys import keys_meet, keys_of_words
from .subjects import Subject
from .verdicts import CONTRADICTED, SUPPORTED, Verdict, cite_passage

_SUPERLATIVE = (
    r"highest|lowest|largest|smallest|biggest|greatest|fewest|most|least|slowest|fastest|"
    r"quickest|longest|shortest|busiest|quietest|cheapest|dearest|best|worst|strongest|"
    r"weakest|sharpest|steepest|deepest|widest|narrowest|oldest|youngest"
)
# Superlatives that rank the same way: "the most births" is "the highest number of births",
# "the cheapest fees" the lowest.
_SAME_WAY = {
    "most": "highest",
    "largest": "highest",
    "biggest": "highest",
    "greatest": "highest",
    "busiest": "highest",
    "dearest": "highest",
    "fewest": "lowest",
    "least": "lowest",
    "smallest": "lowest",
    "quietest": "lowest",
    "cheapest": "lowest",
    "strongest": "best",
    "weakest": "worst",
}
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5}
_ORDINAL = r"(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th)[-\s])?"
_VERBS = (
    r"had|has|have|saw|sees|see|recorded|records|achieved|posted|reported|showed|shows|"
    r"registered|paid|charged|charges|was|were|is|are|remained|remains"
)
# "Capital boroughs had the lowest share of ...", "Southport has the second-highest fees"
_HELD = re.compile(
    rf"\b(?P<verb>{_VERBS})(?:\s+(?:also|again|still))?\s+the\s+"
    rf"(?:(?P<kind>[a-z]+)\s+with\s+the\s+)?{_ORDINAL}(?P<sup>{_SUPERLATIVE})\b"
    r"(?P<rest>[^.;:()]*)",
    re.IGNORECASE,
)
# "The largest improvement was in Ostrel", "the largest percentage fall was in Hallam Uplands"
_PLACED = re.compile(
    rf"\bthe\s+{_ORDINAL}(?P<sup>{_SUPERLATIVE})\s+(?P<rest>[a-z][\w\s%-]{{0,60}}?)\s+"
    r"(?:was|were)\s+(?:in|at|for|by|among)\s+(?P<holder>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})",
    re.IGNORECASE,
)
# "... and capital boroughs the lowest (74.6%)", "and February the month with the fewest"
_GOES_ON = re.compile(
    r"\b(?:and|while|whereas|with)\s+(?P<holder>(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)"
    rf"\s+the\s+(?:(?P<kind>[a-z]+)\s+with\s+the\s+)?{_ORDINAL}(?P<sup>{_SUPERLATIVE})\b",
    re.IGNORECASE,
)
# "..., with the lowest share of roads needing maintenance": the clause's holder again.
_WITH_THE = re.compile(
    rf",\s+with\s+the\s+{_ORDINAL}(?P<sup>{_SUPERLATIVE})\b(?P<rest>[^.;:()]*)", re.IGNORECASE
)
# The words a sentence opens with up to its verb: "Pennock motorists have ...".
_OPENING_SUBJECT = re.compile(rf"^\W*(?P<holder>(?:[\w'-]+\s+){{1,4}}?)(?:{_VERBS})\b", re.I)
# Where what is ranked ends and the field it is ranked in starts: "of any type of authority",
# "of Ellesmoor's seven districts", "of the service's four divisions", "among regions".
_FIELD = re.compile(
    r"\s+(?:of\s+(?:any|all|its|their|the\s+[\w-]+'s|[A-Z][\w-]*'s|the\s+(?:[\w-]+\s+){0,2}"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))\b|among\b|across\b"
    r"|in\s+(?:any|all|[A-Z])|,|\band\b|\bwhile\b|\bwith\b|\bat\b)",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# After a superlative, words that make it a record over time, not a ranking.
_RECORD_AFTER = re.compile(
    r"^\s*for\s+any\b|\b(?:on\s+record|since|ever|in\s+the\s+series)\b", re.IGNORECASE
)
# Words before a verb that name no holder of their own.
_NO_HOLDER = frozenset(
    "it this that they these those which who what there he she we each one all".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


@dataclass(frozen=True)
class Ranking:
    holder: str  # "Capital boroughs"
    place: int  # 1: "the lowest"; 2: "the second-lowest"
    way: str  # the superlative, "highest" for "most", "largest" ...
    thing: frozenset[str]  # keys of what is ranked: "share establishments rated"
    written: str  # the ranking's words
    start: int = 0  # where they start and end in the statement
    end: int = 0


def claimed_rankings(text: str) -> list[Ranking]:
    """The rankings a statement claims, each holder the words before its verb ("Metropolitan
    boroughs achieved the lowest proportion of their due interventions") near its start."""
    return [
        ranking
        for ranking, start in _rankings(text)
        if ranking.holder and ranking.thing and len(_WORD.findall(text[:start])) <= 8
    ]


def primary_rankings(text: str) -> list[Ranking]:
    return [ranking for ranking, _ in _rankings(text) if ranking.holder]


def _rankings(text: str) -> list[tuple[Ranking, int]]:
    found: list[tuple[Ranking, int]] = []
    for match in _HELD.finditer(text):
        if match["sup"].lower() in ("most", "least") and _adjective_after(match["rest"]):
            continue  # "the most expensive": another superlative, not an amount
        if _RECORD_AFTER.search(match["rest"]):
            # "the second-highest on record", "the largest rise since 2020": a record over
            # time (record_claims.py), not a ranking among holders
            continue
        before = text[: match.start()]
        holder = _holder_before(before)
        kind = match["kind"] or ""
        thing = _thing(f"{kind} {match['rest']}")
        ranking = _ranking(holder, match, thing)
        found.append((ranking, match.start()))
        # "District councils achieved the highest proportion ... and capital boroughs the
        # lowest": the same thing, ranked the other way, by the next holder.
        for later in _GOES_ON.finditer(text, match.end("sup")):
            words = later["holder"].split()
            if re.fullmatch(_VERBS, words[-1], re.IGNORECASE):
                continue
            found.append((_ranking(later["holder"], later, thing), later.start()))
    # "Pennock motorists have the best of it, with the lowest share of roads ...": the
    # sentence's subject, ranked for what follows.
    for also in _WITH_THE.finditer(text):
        opening = _OPENING_SUBJECT.match(text)
        if opening is not None:
            ranked = _ranking(opening["holder"], also, _thing(also["rest"]))
            found.append((ranked, also.start()))
    for match in _PLACED.finditer(text):
        found.append((_ranking(match["holder"], match, _thing(match["rest"])), match.start()))
    return found


def _ranking(holder: str, match: re.Match[str], thing: frozenset[str]) -> Ranking:
    sup = match["sup"].lower()
    place = _ORDINALS.get((match["ord"] or "").lower(), 1)
    way = _SAME_WAY.get(sup, sup)
    return Ranking(_holder(holder), place, way, thing, match.group(0), match.start(), match.end())


def _holder_before(before: str) -> str:
    """The holder named right before the verb: up to four words back to a clause break."""
    clause = re.split(r"[.;:,()]|\b(?:and|but|while|whereas)\b", before)[-1]
    words = clause.split()[-4:]
    # "In October, Coldwater Fens had": the clause after the opening phrase
    while words and words[0][:1].islower() and len(words) > 1 and words[0] in ("the", "in"):
        words = words[1:]
    return " ".join(words)


def _holder(written: str) -> str:
    """The holder's words; none for a pronoun or a value ("Its 6% is the third-lowest")."""
    words = [w for w in written.split() if w.lower() not in ("the", "also", "again")]
    if not words or (len(words) == 1 and words[0].lower() in _NO_HOLDER):
        return ""
    if any(re.search(r"\d", w) for w in words):
        return ""
    return " ".join(words)


def _thing(rest: str) -> frozenset[str]:
    """Keys of what is ranked: the words after the superlative up to the field it is ranked
    in ("of any type of authority") or the clause's end; times are not what is ranked."""
    cut = _FIELD.search(rest)
    words = _WORD.findall(rest[: cut.start()] if cut else rest)[:8]
    # "the most visits recorded", "establishments rated 5": how they were counted, which a
    # claim need not say
    words = words[:1] + [w for w in words[1:] if not w.lower().endswith("ed")]
    # "births registered" and "birth registrations": both read uninflected, as a caption is
    return keys_of_words([uninflected(w.lower()) for w in words if w.lower() not in _MONTHS])


def _adjective_after(rest: str) -> bool:
    words = rest.split()
    return bool(words) and words[0].lower().endswith(("ive", "ful", "ous", "able", "ible", "ent"))


def check_ranking(
    claim: Ranking, subject: Subject, index: EvidenceIndex, against: list[str] | None
) -> Verdict | None:
    """The primary's own ranking of the same thing: who holds the claimed place. None when
    no primary passage ranks the same thing in words."""
    label = f'claim "{claim.holder}" {claim.written.strip(" ,")}'
    other: tuple[Ranking, Passage] | None = None
    for passage in index.passages_for(against):
        if similarity(subject, passage) < RANKING_SIMILARITY:
            continue
        for given in primary_rankings(passage.sentence.text):
            if (given.way, given.place) != (claim.way, claim.place):
                continue
            if not _same_thing(claim.thing, given.thing):
                continue
            if _same_holder(claim.holder, given.holder):
                reason = f'{label}; primary "{given.written.strip()}"'
                return Verdict(SUPPORTED, reason, [cite_passage(passage, "supports")])
            other = other or (given, passage)
    if other is None:
        return None
    given, passage = other
    reason = f'{label}; primary: "{given.holder}" {_placed(given)} ("{given.written.strip()}")'
    return Verdict(CONTRADICTED, reason, [cite_passage(passage, "contradicts")])


# A passage must name this much of the statement to rank the same things.
RANKING_SIMILARITY = 0.3


def _placed(ranking: Ranking) -> str:
    ordinal = {2: "second-", 3: "third-", 4: "fourth-", 5: "fifth-"}.get(ranking.place, "")
    return f"has the {ordinal}{ranking.way}"


def _same_thing(claimed: frozenset[str], given: frozenset[str]) -> bool:
    """The primary ranks what the claim does: its words for the thing are among the claim's
    ("fees" for "average hourly nursery fees"), but for a participle that says how they were
    counted ("visits recorded", left out by `_thing`)."""
    return bool(given) and all(any(keys_meet(g, c) for c in claimed) for g in given)


def _same_holder(claimed: str, given: str) -> bool:
    one, other = set(claimed.lower().split()), set(given.lower().split())
    return bool(one) and bool(other) and (one <= other or other <= one)
