"""Quotations that are labels, not somebody's words: scare quotes, titles, names.

"the so-called 'coalition of the willing'", 'what economists call "stagflation"', 'a "NATO
first" policy', "the town's 'rock 'n' roll' reputation": the marks set off a name or a
term, and nobody is quoted. `newsverify.speakers` credits no one with such a quotation.
"""

from __future__ import annotations

from newsverify import speech
from newsverify.speaker_text import SpeakerText


def is_label(text: SpeakerText, quote: int) -> bool:
    """A scare quote or a title rather than somebody's words."""
    p = text.placeholder[quote]
    sentence = text.item_sentence[p]
    lo, hi = text.sentence_items[sentence][0], text.sentence_items[sentence][-1]
    before = text.items[p - 1] if p > lo else None
    before2 = text.items[p - 2] if p - 1 > lo else None
    after = text.items[p + 1] if p < hi else None
    span = text.spans[quote]
    one_word = len(text.text[span.start : span.end].split()) == 1
    # Announced as a label: "the so-called 'coalition of the willing'", 'titled "..."'.
    if before is not None and before.lower in speech.TITLE_CUES:
        return True
    if _names_a_work(text, quote):
        return True
    # A name for something: 'what analysts call "zombie companies"', 'something the trade
    # now calls "loud thrift"'.
    if (
        before is not None
        and before.lower in speech.NAMING_VERBS
        and any(
            text.items[k].lower in speech.NAMED_THINGS
            for k in range(max(p - speech.MAX_NAMED_WORDS, lo), p - 1)
        )
    ):
        return True
    # A name given with its article after a verb of naming: 'residents call the flyover
    # the "spaghetti bowl"', 'known as the "Golden Mile"'. Without the article a quote
    # is the namer's verdict in their words: 'called the findings "deeply alarming"'.
    if (
        before is not None
        and before.lower == "the"
        and len(text.text[span.start : span.end].split()) <= speech.MAX_NAME_WORDS
        and any(
            text.items[k].lower in speech.NAMING_VERBS | speech.NAME_GIVING_VERBS
            for k in range(max(p - speech.MAX_NAMED_WORDS - 2, lo), p - 1)
        )
    ):
        return True
    # A passive naming: 'the hub model is now called a "network"', 'were dubbed "the
    # Invincibles"'. The thing bears the name; nobody is quoted unless "by" says who named it.
    if _passive_naming(text, p, lo) and not (after is not None and after.lower == "by"):
        return True
    # A named thing as the subject of a clause: 'the "Northern Powerhouse" was never funded',
    # "the 'lads' night out' is a thing of the past", 'Management's "final offer" was the
    # third' (a possessive opens the phrase as "the" does). Somebody's words are said, not done.
    # So is one a phrase after it qualifies: 'The "traffic calming" on Mill Lane has been'.
    noun_phrase = speech.ARTICLES - {"a", "an"}
    if (
        before is not None
        and (before.lower in noun_phrase or _is_possessive(before.lower))
        and _verb_of_subject(text, p, hi) is not None
        and len(text.text[span.start : span.end].split()) <= speech.MAX_NAME_WORDS
    ):
        return True
    # Used as a modifier: 'a "NATO first" defence policy', "the town's 'rock 'n' roll'
    # reputation" (a possessive opens a noun phrase as an article does). Not in a new thing
    # a verb of saying asks for: 'promised a "full and independent" review', 'called for a
    # "root and branch" review' are the words of whoever promised or called ('praised the
    # "can do" attitude' names a thing known).
    if (
        before is not None
        and (before.lower in speech.ARTICLES or _is_possessive(before.lower))
        and after is not None
        and after.is_word
        and after.text.islower()
        and after.lower not in speech.FUNCTION_WORDS
        and not (before.lower in ("a", "an") and _object_of_cue(text, p - 2, lo))
    ):
        return True
    # One word set off inside a noun phrase: "his 'allies'", "the Russian 'threat'".
    if one_word and before is not None:
        if before.lower in noun_phrase or _is_possessive(before.lower):
            return True
        if before2 is not None and before2.lower in noun_phrase and before.text[0].isupper():
            return True
    return False


def _object_of_cue(text: SpeakerText, k: int, lo: int) -> bool:
    """Whether item `k` is a verb of saying, or "for" after one ("called for")."""
    if k > lo and text.items[k].lower == "for":
        k -= 1
    return k >= lo and text.is_cue(k)


def _verb_of_subject(text: SpeakerText, p: int, hi: int) -> int | None:
    """The item of the clause verb right after the quotation at item `p`, or after the
    phrase a preposition opens there ("on Mill Lane has"), when the quotation heads the
    clause's subject; None otherwise."""
    k = p + 1
    if k <= hi and text.items[k].lower in speech.PREPOSITIONS:
        # Only a short phrase of words, no punctuation, no verb of speech, no other quote.
        k += 1
        while k <= hi and k - p <= speech.MAX_NAMED_WORDS + 1:
            item = text.items[k]
            if item.lower in speech.CLAUSE_VERBS:
                break
            if not item.is_word or text.is_cue(k):
                return None
            k += 1
    return k if k <= hi and text.items[k].lower in speech.CLAUSE_VERBS else None


# Words before a verb, not a noun: "would show", "to play", "will track".
_BEFORE_A_VERB = frozenset(
    "would will could can may might should must shall to did does do also".split()
)


def _names_a_work(text: SpeakerText, quote: int) -> bool:
    """The title of a book, film or paper, not anybody's words: 'the musical "Harbour
    Lights"', 'her first novel, "The Salt Orchard", sold', "their paper, 'Rapid breakdown of
    PET by a marine esterase', is published", '"A Winter Lease" (1979) was adapted'."""
    p = text.placeholder[quote]
    sentence = text.item_sentence[p]
    lo, hi = text.sentence_items[sentence][0], text.sentence_items[sentence][-1]
    span = text.spans[quote]
    words = text.text[span.start : span.end].split()
    before = text.items[p - 1] if p > lo else None
    # Right after the work's noun, the words are its name: 'the song "Harbour Lights"'. Not
    # after a verb of the same spelling ('would show "more stars"'), nor when someone calls
    # the work so ('calls the title track "a lament for a pub"': their words for it).
    if before is not None and before.lower in speech.WORK_NOUNS:
        verb = p - 2 >= lo and text.items[p - 2].lower in _BEFORE_A_VERB
        called = any(
            text.items[k].lower in speech.NAMING_VERBS for k in range(max(lo, p - 5), p - 1)
        )
        if not (verb or called):
            return True
    # Set off by commas after the noun, and no sentence of anyone's: 'In her memoir, "I was
    # never afraid," she writes' is a quotation the text goes on to credit.
    if (
        before is not None
        and before.text == ","
        and p - 2 >= lo
        and text.items[p - 2].lower in speech.WORK_NOUNS
        and len(words) <= speech.MAX_TITLE_WORDS
        and not text.text[span.start : span.end].rstrip().endswith(".")
        and not any(text.is_cue(k) for k in range(p + 1, min(p + 4, hi + 1)))
    ):
        return True
    # A title in title case with its year: '"A Winter Lease" (1979)'.
    after = [text.items[k].text for k in range(p + 1, min(p + 3, hi + 1))]
    return (
        len(after) == 2
        and after[0] == "("
        and len(after[1]) == 4
        and after[1].isdigit()
        and _title_case(words)
    )


def _title_case(words: list[str]) -> bool:
    """ "A Winter Lease", "The Lord of the Rings": every word but the small ones capitalised."""
    content = [w for w in words if w[:1].isalpha()]
    return (
        bool(content)
        and all(
            w[0].isupper() or w.lower() in speech.FUNCTION_WORDS | speech.ARTICLES for w in content
        )
        and content[0][0].isupper()
    )


def _passive_naming(text: SpeakerText, p: int, lo: int) -> bool:
    """Whether the quotation at item `p` follows a naming verb in the passive: "is called a",
    "was dubbed", "are known as"."""
    k = p - 1
    if k >= lo and text.items[k].lower in speech.ARTICLES | {"as"}:
        k -= 1
    if k < lo or text.items[k].lower not in speech.NAMING_VERBS | speech.NAME_GIVING_VERBS:
        return False
    # Adverbs may come between: "is now called", "was widely known as".
    for j in range(k - 1, max(k - 3, lo - 1), -1):
        word = text.items[j]
        if word.lower in speech.BE_FORMS:
            return True
        if not (word.is_word and word.text.islower()) or word.lower in speech.FUNCTION_WORDS:
            return False
    return False


def _is_possessive(lower: str) -> bool:
    """ "town's", "company's": a noun that determines the phrase after it."""
    return lower.endswith("'s") and len(lower) > 2 and lower[:-2] not in speech.S_CONTRACTIONS
