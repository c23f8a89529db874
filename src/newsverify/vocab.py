"""Word lists for subject matching: spelling variants, synonyms, words that carry no subject.

Kept apart from the logic so that a new variant is a one-line change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import singular

# American and other spellings mapped to one form.
SPELLING = {
    "defense": "defence",
    "offense": "offence",
    "program": "programme",
    "center": "centre",
    "labor": "labour",
    "favor": "favour",
    "organization": "organisation",
    "modernization": "modernisation",
    "mobilization": "mobilisation",
    "stabilization": "stabilisation",
    "catalog": "catalogue",
    "license": "licence",
    "fulfill": "fulfil",
    "ally": "ally",
    "allied": "ally",
    "ally's": "ally",
    "allies": "ally",
    # Clipped forms of a noun ("maths" for "mathematics", "exam board" for "Examinations Board").
    "maths": "mathematics",
    "math": "mathematics",
    "exam": "examination",
    "exams": "examination",
    "resat": "resit",
    # A region's adjective names the region: "North American routes" fly to North America.
    "american": "america",
    "african": "africa",
    "european": "europe",
    "asian": "asia",
    "australian": "australia",
    "antarctic": "antarctica",
    # A weight of goods is its tonnes: "cargo tonnage" is the tonnes of cargo.
    "tonnage": "tonne",
}

# Words that say the same thing about a figure; each group maps to its first word.
SYNONYM_GROUPS = (
    (
        "increase",
        "boost",
        "rise",
        "raise",
        "hike",
        "surge",
        "grow",
        "growth",
        "jump",
        "lift",
        "ramp",
        "up",
        "climb",
        "expand",
        "expansion",
        "quadruple",
        "double",
        "triple",
        "doubling",
        # of a rate: "inflation accelerated to 6.1%"
        "accelerate",
        "quicken",
        # of a gap: "the trade deficit widened to £12.5bn"
        "widen",
    ),
    (
        "decrease",
        "cut",
        "ease",
        "fall",
        "drop",
        "reduce",
        "reduction",
        "decline",
        "lower",
        "slash",
        "halve",
        "shrink",
        "down",
        # of a rate ("slow" is left out: "not slowing down" says little of a value)
        "decelerate",
        # of a gap: "the deficit narrowed by £2.1bn to £10.9bn"
        "narrow",
    ),
    ("spend", "spending", "invest", "investment", "outlay", "expenditure", "budget"),
    ("meet", "meeting", "talk", "talks", "visit"),
    ("speech", "address", "keynote", "remark", "lecture"),
    ("chief", "head", "leader"),
    ("capability", "capacity"),
    ("country", "nation", "state"),
    ("submission", "proposal", "application"),
    ("endorse", "approve", "adopt"),
    (
        "forecast",
        "project",
        "projection",
        "expect",
        "expectation",
        "predict",
        "prediction",
        "anticipate",
        "outlook",
    ),
    ("announce", "unveil", "declare"),
    # What a statistics office puts out: "the next figures are due" is its next release.
    ("release", "bulletin", "figure"),
    ("majority", "margin"),
    ("rain", "rainfall"),
    ("home", "dwelling"),
    ("complete", "finish"),
    # What a farm, a plant or an economy makes: "output down 16.8%" is production's fall.
    ("produce", "production", "output"),
    # A sentence of prison, however a court or a report words it.
    ("imprisonment", "prison", "jail", "custody", "sentence"),
    # A director's ban is a disqualification order.
    ("disqualification", "disqualify", "ban"),
    # Inflation is how fast prices rise: "core inflation was 3.1%" is "core prices rose 3.1%".
    ("price", "inflation"),
    ("drink", "beverage"),
    # A live birth is a baby born alive: "48,000 babies were born" counts births.
    ("birth", "baby", "born"),
)
SYNONYMS = {word: group[0] for group in SYNONYM_GROUPS for word in group}
# Groups of things rather than actions (by head word). A word derived back to its verb
# ("statement" -> "state") must not land in them: the verb is not the noun ("a state").
THING_GROUPS = frozenset({"speech", "chief", "capability", "country", "submission", "home"})
# Count units that count the same things: "38,460 new build dwellings" are homes, and a
# live birth is a baby born alive.
COUNT_UNITS = {
    word: group[0] for group in (("home", "dwelling"), ("birth", "baby")) for word in group
}
# Words that say only which way a value went, not what it measures.
DIRECTION_WORDS = frozenset({"increase", "decrease"})
# Words that spell out a value ("four-fold", "doubled", "per cent") rather than its subject.
VALUE_WORD = re.compile(
    r"fold$|^(?:per|cent|percent|percentage|pc|point|bp|basis|time|bn|billion|million|"
    r"trillion|thousand|hundred|dozen|half|halve|double|doubling|triple|treble|quadruple|"
    r"twice|thrice|third|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"unanimous|unanimously)s?$|"
    r"^(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|ing|e)$"
)

# Head nouns that name the kind of a value rather than what it is about: "the number of
# entries" is a count of entries, "the share of entries at C or above" a percentage of them.
# A passage value of that kind names them by being one (units as in `records.Figure`).
COUNT_HEADS = frozenset({"number"})
SHARE_HEADS = frozenset({"share", "proportion", "fraction"})
# ... and "fare inflation" or "the rate" the rise a sentence gives with the rate it moved from
# ("fares rose by 5.6%, up from 5.1%"); "inflation" is keyed as "price" (SYNONYM_GROUPS).
RATE_HEADS = frozenset({"price", "rate"})
# ... and "the value of confiscation orders" a sum of money, as "orders worth £38.2 million".
MONEY_HEADS = frozenset({"value", "amount", "sum", "worth"})

# Verbs of saying: who said a figure is not what it measures. As nouns they are things
# ("benefit claims", "cruise calls", "the state").
SAYING_WORDS = frozenset(
    """
    say says said state stated add added tell told claim claimed note noted insist insisted
    stress stressed argue argued warn warned urge urged call called want wanted
    """.split()
)
# Content words that say nothing about *what* a figure measures.
NOT_SUBJECT = SAYING_WORDS | frozenset(
    """
    also new newly level levels year years month months week weeks day days today yesterday
    tomorrow time far period so-far early earlier late later ago
    percent cent per point points pc bn billion million trillion thousand hundred m k
    mr mrs ms dr according
    basis
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# Nouns that are part of a compound preposition ("voted in favour of the cut" = "for"): they
# say how the words relate, not what is counted. Each as (word before, noun, word after).
PREPOSITION_NOUNS = frozenset(
    {
        ("in", "favour", "of"),
        ("in", "favor", "of"),
        ("on", "behalf", "of"),
        ("in", "spite", "of"),
        ("by", "way", "of"),
        ("in", "view", "of"),
        # "a total of 412,600 students" are 412,600 students: the count, not a "total" of it
        ("a", "total", "of"),
    }
)

# Nouns that name the whole a value is given for after "across the" ("Leakage across the
# industry fell by 3.8%"): the whole is what a primary's unmarked total is about, so they
# name no part of the subject.
WHOLE_SCOPES = frozenset({"country", "nation", "industry", "sector", "board", "economy"})
# Adjectives that say the whole is meant: "the national network", "overall turnout".
WHOLE_ADJECTIVES = frozenset({"national", "nationwide", "countrywide", "overall"})

_ISE = re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|ation|ations)$")


# Asked for every word of every statement's sentence, again for each of its findings (about
# 600,000 times per 200 articles) over a vocabulary of a few thousand lemmas.
@lru_cache(maxsize=1 << 16)
def word_key(lemma: str) -> str:
    """The form under which two words count as the same for subject matching."""
    word = lemma.lower().strip(".'")
    if word.endswith("'s"):
        word = word[:-2]
    word = SPELLING.get(word, word)
    word = _ISE.sub(r"is\1", word)
    word = SPELLING.get(word, word)
    # Lemmas from a trained pipeline are already singular; this covers the blank pipeline.
    word = singular(word) if len(word) > 3 else word
    return SYNONYMS.get(word, word)


# Adjectives that tell apart quantities of one name: a "final dividend" is not the "total
# dividend", nor "basic earnings per share" the "adjusted" ones. Members of one set exclude
# each other; words that are often aliases ("adjusted", "underlying") are not put together.
CONTRASTS = (
    ("total", "final", "interim"),
    ("basic", "diluted", "adjusted", "statutory"),
    ("core", "headline"),
    ("net", "gross"),
    ("nominal", "real"),
    # "major developments" and "minor developments", roads, injuries: classes, not degrees
    ("major", "minor"),
    # "Excluding precious metals, the deficit ... £5.1 billion" is another measure than the
    # deficit itself: a value with a part left out.
    ("excluding",),
)
# What happened to the people a count counts, in groups that exclude each other: the dead are
# not the injured, nor the rescued. A count under a verb of one group is no count of another.
EXCLUSIVE_EVENTS = (
    {"die": "died", "kill": "were killed"},
    {"injure": "were injured", "hurt": "were hurt", "wound": "were wounded"},
    {"rescue": "were rescued", "save": "were saved"},
)
# Names that begin with a contrast word without qualifying anything by it: the "gross" of
# "95.8% of gross domestic product" does not make a debt gross (lower-case, single spaces).
CONTRAST_NAMES = (
    "gross domestic product",
    "gross national product",
    "gross national income",
    "gross value added",
    "net zero",
)
# Contrast words that turn a quantity into another one than its plain name means: "pay
# growth" said plainly is nominal and headline, never "real" or "core".
MARKED_CONTRASTS = frozenset({"real", "core", "excluding"})
