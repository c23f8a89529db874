"""Counts of people under different nouns that count the same people.

"2,418 people were charged" counts the "2,418 defendants" a release says were charged:
"people" names any people, so in a claim it stands for a noun of a role (defendants,
investors, patients) the primary counts by; the reverse does not hold ("Three people behind
the scheme" are not its investors). Two role nouns count the same people only when the statement
says so: "savers invested in Greyfriars" are its investors (the claim's verb is the
primary noun's), and "a fraud that took 14.6 million pounds from 1,100 savers" counts the
"1,130 investors" the primary says £14.6 million was taken from (the statement's other value
is the passage's too). Otherwise "412 investors" and "86 victims" stay apart.

`as_claimed_people` gives the claim's subject with its unit renamed to the passage's, so that
what the claim counts is looked for under the primary's word.
"""

from __future__ import annotations

from dataclasses import replace

from .passages import Passage
from .records import Figure
from .subject_keys import derived_key
from .subjects import Subject
from .values import Outcome, compare
from .vocab import word_key

# Nouns that name people of any role.
GENERIC_PEOPLE = frozenset({"person", "people", "individual"})
# Nouns that name people by a role they play in a statistic or a case (singular).
ROLE_PEOPLE = frozenset(
    """
    investor saver depositor shareholder borrower lender customer client buyer seller
    defendant offender suspect prisoner victim witness claimant applicant
    patient pupil student worker employee resident tenant homeowner
    passenger driver voter member pensioner retiree participant respondent recipient
    volunteer visitor user subscriber
    """.split()
)
# Endings that turn a verb into the noun of who does it ("investor", "saver", "defendant").
_AGENT_ENDINGS = ("or", "er", "ant", "ent", "ee")


def is_people(unit: str) -> bool:
    return unit in GENERIC_PEOPLE or unit in ROLE_PEOPLE


def same_people(
    claim: Figure,
    seen: Figure,
    subject: Subject,
    siblings: list[Figure],
    passage: Passage,
) -> bool:
    """Whether the passage's count `seen` counts the people the claimed count does, though
    under another noun (see the module's docstring)."""
    if claim.unit == seen.unit or not (is_people(claim.unit) and is_people(seen.unit)):
        return False
    if claim.unit in GENERIC_PEOPLE:
        return True  # the claim says less than the primary: "people" for its "defendants"
    if seen.unit in GENERIC_PEOPLE:
        return False  # "three people behind the scheme" need not be the claim's investors
    if _acts_as(seen.unit, subject):
        return True  # "savers invested": the passage's "investors"
    # A value the statement gives beside its count, given beside the passage's too.
    return any(
        compare(sibling, other) is Outcome.SAME
        for sibling in siblings
        for other in passage.figures
        if other is not seen and other.kind == sibling.kind
    )


def _acts_as(noun: str, subject: Subject) -> bool:
    """The statement names the act the noun is the doer of ("invested" for "investor")."""
    for ending in _AGENT_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            stem = noun[: -len(ending)]
            verbs = {derived_key(word_key(form)) for form in (stem, stem + "e")}
            if verbs & set(subject.weights):
                return True
    return False


def as_claimed_people(subject: Subject, claim: Figure, seen: Figure) -> Subject:
    """The claim's subject with the key of its counted noun replaced by the passage's."""
    old, new = _key(claim.unit), _key(seen.unit)

    def renamed(weights: dict[str, float]) -> dict[str, float]:
        return {(new if key == old else key): weight for key, weight in weights.items()}

    return replace(subject, weights=renamed(subject.weights), core=renamed(subject.core))


def _key(unit: str) -> str:
    return derived_key(word_key(unit))
