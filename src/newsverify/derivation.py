"""Derived words reduced to a shared root, so that a noun matches its verb.

"Admissions rose" and "were admitted", "the rejection of" and "rejected", "payments" and
"paid" speak of the same thing. Suffix rules over lemmas (which are already singular and
uninflected) turn the nominalisation back into its verb ("admission" -> "admit"); a final
silent "e" is then dropped on both sides so that "approve" and "approv(al)", "inflate" and
"inflat(ion)" meet. Rules are applied to both sides of a comparison, so a rule that yields
no real word costs nothing; what must be avoided is merging unrelated words, hence the
minimum stem lengths (no rule turns "pension" into "pend" or "nation" into "n").
"""

from __future__ import annotations

# (suffix, replacement, shortest stem left before the suffix). First match wins, so the
# longer, more specific suffixes come first.
RULES: tuple[tuple[str, str, int], ...] = (
    ("ission", "it", 3),  # admission -> admit, submission -> submit
    ("ision", "ide", 3),  # decision -> decide, provision -> provide
    ("usion", "ude", 3),  # inclusion -> include, conclusion -> conclude
    ("ension", "end", 3),  # extension -> extend, suspension -> suspend
    ("duction", "duce", 2),  # reduction -> reduce, production -> produce
    ("etion", "ete", 4),  # completion -> complete, deletion -> delete
    ("ction", "ct", 3),  # election -> elect, rejection -> reject (not faction -> fact)
    ("isation", "ise", 3),  # organisation -> organise
    ("ation", "", 4),  # consultation -> consult, estimation -> estim(ate)
    ("ition", "", 5),  # competition -> compet(e), opposition -> oppos(e) (not coalition)
    ("ment", "", 3),  # payment -> pay, investment -> invest
    ("ance", "", 4),  # acceptance -> accept, attendance -> attend
    ("ence", "", 4),  # difference -> differ (not defence: stem "def" is too short)
    ("wth", "w", 2),  # growth -> grow
    ("ssal", "ss", 3),  # dismissal -> dismiss
    ("val", "ve", 3),  # approval -> approve, arrival -> arrive
    ("sal", "se", 3),  # refusal -> refuse, proposal -> propose
    ("wal", "w", 3),  # renewal -> renew, withdrawal -> withdraw
    ("ing", "", 4),  # funding -> fund (nouns keep -ing in their lemma)
)
# Verbs in -ate lose it too, so that "estimate" meets "estim(ation)".
VERB_SUFFIX = ("ate", 4)
# A silent final "e" is dropped only from a root this long after dropping it ("plane" and
# "plan" stay apart).
MIN_E_DROPPED = 5


def derive(word: str) -> str:
    """The verb a derived noun comes from ("admission" -> "admit"), else the word itself."""
    for suffix, replacement, min_stem in RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return _undouble(word[: -len(suffix)]) + replacement
    return word


def root(word: str) -> str:
    """The form under which a word and the words derived from it compare equal."""
    suffix, min_stem = VERB_SUFFIX
    if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
        word = word[: -len(suffix)]
    if word.endswith("e") and len(word) - 1 >= MIN_E_DROPPED:
        word = word[:-1]
    return word


def _undouble(stem: str) -> str:
    """ "shipping" -> "ship": a consonant doubled before the suffix is one in the verb."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    return stem
