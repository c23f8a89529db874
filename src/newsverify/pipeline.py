"""The spaCy pipeline and the one boundary where spaCy objects become plain records.

A trained English pipeline (en_core_web_sm, or the same model as repackaged on the package
index) adds lemmas, parts of speech and named entities to the sentences near figures and
quotations (`model_spans` chooses them); punctuation and line breaks end sentences. Without
a trained pipeline the tool still runs on `spacy.blank("en")` with our rule-based components
and says so once.
"""

from __future__ import annotations

import importlib
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

# numpy, which spaCy loads here, does the model's matrix products (`model_ops`): one BLAS
# thread per process, as the parse workers already share the cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# isort: off
# spaCy imported without its command-line package (`lean_spacy`), before anything else
# imports it: the parse worker of a warm run waits for this import.
from .lean_spacy import load_package, spacy
from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LIKE_NUM, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

# isort: on

from . import figure_component as _figures  # noqa: F401  (registers newsverify_figures)
from . import quotes as _quotes  # noqa: F401  (registers the newsverify_quotes factory)
from .attribute_rules import replace_attribute_ruler
from .corpus import Document
from .dates import with_weekday_year
from .doc_tokens import DocTokens, doc_tokens, sentence_bounds
from .lemma_memo import replace_lemmatizer
from .model_ops import use_numpy_blas
from .model_spans import annotate_needed
from .models import MODEL_NAMES, NO_MODEL_NOTICE
from .prefixed_words import negating_prefixes
from .records import Figure, ParsedText, Quote, Sentence, Word
from .relative_times import with_relative_years, with_year_ends
from .text import normalize

CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "--", "(", ")", "[", "]"})
# Trained components whose annotations nothing reads: no dependency arcs are used.
UNUSED_COMPONENTS = ["parser", "senter"]
# Components that read only the text, run on every sentence before the model; the rest of
# the pipeline before `LAST` is the model, run only where `model_spans` says it is needed.
FIRST = ("sentencizer", "newsverify_line_breaks", "newsverify_figures")
LAST = ("newsverify_quotes",)
# What `to_records` reads of each token, in this order.
_RECORD_ATTRS = [SENT_START, IS_SPACE, IS_PUNCT, IS_STOP, LIKE_NUM, LEMMA, ENT_TYPE, POS]
# Documents spaCy analyses together. Its working memory grows by about 25 MB per article of
# a thousand words in a batch (550 MB at 16), while larger batches parse no faster on a CPU.
PIPE_BATCH = 4


@Language.component("newsverify_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: titles and list items have no full stop."""
    tokens = doc_tokens(doc)
    spaces = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    # The token after the one whose text or trailing whitespace holds the break.
    breaks = _LINE_BREAK.finditer(tokens.text)
    for i in sorted({bisect_right(tokens.starts, m.start()) for m in breaks}):
        if i < len(spaces) and not spaces[i]:
            doc[i].is_sent_start = True
    _join_run_in_labels(doc, tokens, spaces)
    return doc


_LINE_BREAK = re.compile("\n")
# A bold or italic label that opens a paragraph and ends in a full stop: "**Starling.** Numbers
# fell 9%". The label names what the paragraph goes on about, so it stays in its sentence.
_RUN_IN_LABEL = re.compile(r"(\*\*|__|\*|_)[^*_\n]{1,80}\.\1")


def _join_run_in_labels(doc: Doc, tokens: DocTokens, spaces: list[int]) -> None:
    for start, end in sentence_bounds(doc):
        at_line_start = start == 0 or "\n" in tokens.with_space(start - 1, start)
        if (
            end < len(tokens)
            and at_line_start
            and "\n" not in tokens.with_space(start, end)
            and not spaces[end]
            and _RUN_IN_LABEL.fullmatch(tokens.span_text(start, end))
        ):
            doc[end].is_sent_start = False


# Forms of "have" and "do", which the model's attribute rules call auxiliaries unless the
# parser made them a clause's main verb.
_HAVE_DO = frozenset({"have", "has", "had", "having", "do", "does", "did", "'ve"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Between an auxiliary and its verb: "has not yet risen", "when do they come".
_BETWEEN_AUX_AND_VERB = frozenset({"RB", "RBR", "RBS", "PRP"})
# Forms of "be" that are the verb after "there": "there were 164".
_BE_AFTER_THERE = frozenset({"is", "are", "was", "were", "'s", "'re"})


@Language.component("newsverify_main_verbs")
def mark_main_verbs(doc: Doc) -> Doc:
    """Tell a main verb from an auxiliary without the parser: "had" in "had 164 stations" is
    the verb, in "had risen" an auxiliary; "is" after "there" is the verb. The model's rules
    read this from dependency arcs, which we no longer compute."""
    for token in doc:
        if token.pos_ != "AUX":
            continue
        lower = token.lower_
        if lower in _HAVE_DO and not _verb_follows(token):
            token.pos_ = "VERB"
        elif lower in _BE_AFTER_THERE and token.i > 0 and doc[token.i - 1].tag_ == "EX":
            token.pos_ = "VERB"
    return doc


def _verb_follows(token) -> bool:  # type: ignore[no-untyped-def]
    for following in token.doc[token.i + 1 : token.i + 4]:
        if following.tag_ in _BETWEEN_AUX_AND_VERB:
            continue
        return following.tag_ in _VERB_TAGS
    return False


@dataclass
class Analyzer:
    """A loaded pipeline and whether it is a trained one."""

    nlp: Language
    trained: bool

    def parse_text(self, text: str) -> ParsedText:
        """Analyse a short text (a claim), normalised like documents; offsets refer to it."""
        return to_records(self.nlp(normalize(text).text), lambda start, end: (start, end))

    def parse_documents(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, ParsedText]]:
        """Analyse documents in batches; offsets in the records point into each original file."""
        documents = list(documents)
        texts = (document.analysis_text for document in documents)
        for document, doc in zip(documents, self.pipe_gated(texts), strict=True):
            parsed = to_records(doc, document.to_file_offsets)
            if document.date is not None:
                # "Friday 19 September" in a bulletin dated 16 September 2025 is in 2025.
                parsed.figures = [with_weekday_year(f, document.date) for f in parsed.figures]
                # "by the end of this year" in a document of November 2026: by the end of 2026
                parsed.figures = with_year_ends(
                    parsed.figures, document.original, document.start, document.date
                )
            # "up from 57% a year earlier" in a sentence about 2026: 2025
            parsed.figures = with_relative_years(
                parsed.figures, parsed.sentences, document.original, document.start
            )
            yield document, parsed

    def pipe_gated(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Like `nlp.pipe`, the model run only on the sentences that need it: those with a
        figure or a quotation and their context (see `model_spans`)."""
        first = [(n, p) for n, p in self.nlp.pipeline if n in FIRST]
        last = [(n, p) for n, p in self.nlp.pipeline if n in LAST]
        model = [(n, p) for n, p in self.nlp.pipeline if n not in FIRST and n not in LAST]
        docs: Iterable[Doc] = (self.nlp.make_doc(text) for text in texts)
        for _, proc in first:
            docs = map(proc, docs)
        if model:
            docs = annotate_needed(docs, model, PIPE_BATCH)
        for _, proc in last:
            docs = map(proc, docs)
        return iter(docs)


def load_analyzer(notify: Callable[[str], None] = lambda message: None) -> Analyzer:
    """Load the best available pipeline and add our components to it."""
    nlp = _load_trained_pipeline()
    trained = nlp is not None
    if nlp is None:
        notify(NO_MODEL_NOTICE)
        nlp = spacy.blank("en")
    # Sentences come from punctuation and line breaks: the trained parser's only use was
    # sentence boundaries, and it cost a sixth of a cold run (the labelled sets' accuracy
    # held). The line breaks go after, so that the sentencizer does not undo them.
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("newsverify_line_breaks", after="sentencizer")
    # Figures read only the text; found first, they tell which sentences the model must read.
    nlp.add_pipe("newsverify_figures", after="newsverify_line_breaks")
    if trained:
        use_numpy_blas(nlp)
        rules = replace_attribute_ruler(nlp)
        replace_lemmatizer(nlp)
        nlp.add_pipe("newsverify_main_verbs", after=rules)
    nlp.add_pipe("newsverify_quotes")
    return Analyzer(nlp, trained)


def _breaks_clause_at(text: str, i: int, spaced: list[bool]) -> bool:
    """Commas, semicolons, brackets and spaced dashes; not the hyphen in "four-fold"
    (`text` is token i's, `spaced` whether a space follows each token)."""
    if text not in CLAUSE_BREAKS:
        return False
    if text in ("-", "--"):
        return i > 0 and spaced[i - 1] and spaced[i]
    return True


def _load_trained_pipeline() -> Language | None:
    for name in MODEL_NAMES:
        try:
            return load_package(name, UNUSED_COMPONENTS)
        except OSError:
            pass
        try:
            # A repackaged model may not register itself under the spaCy name: load the module.
            return importlib.import_module(name).load(exclude=UNUSED_COMPONENTS)
        except (ImportError, AttributeError, OSError):
            continue
    return None


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, a piece the parser split off mid-line rejoined: one
    that opens in lower case after no full stop continues the sentence before it
    ("Confiscation orders worth £38.2 million | were enforced, double the £19.1 million")."""
    spans: list[tuple[int, int]] = []
    tokens = doc_tokens(doc)
    whole = tokens.text
    for first, end in sentence_bounds(doc):
        start_char, end_char = tokens.starts[first], tokens.ends[end - 1]
        text = whole[start_char:end_char].lstrip()
        opens = end_char - len(text)  # where its first word starts
        previous = whole[spans[-1][0] : spans[-1][1]].rstrip() if spans else ""
        # Only on one line: a line break ends a heading or a list item, whatever comes next.
        between = whole[spans[-1][0] + len(previous) : opens] if spans else "\n"
        continues = (
            previous[-1:] not in ("", ".", "!", "?", ":", ";")
            and "\n" not in between
            and text[:1].islower()
        )
        if continues:
            spans[-1] = (spans[-1][0], end_char)
        else:
            spans.append((start_char, end_char))
    return spans


def to_records(doc: Doc, to_offsets: Callable[[int, int], tuple[int, int]]) -> ParsedText:
    """Convert an analysed Doc into plain records, mapping every span with `to_offsets`."""
    # True when any token has them: the model reads only some sentences (`model_spans`), and
    # a token it did not read has no lemma (its text stands in) and no part of speech ("").
    has_lemmas = doc.has_annotation("LEMMA")
    has_tags = doc.has_annotation("POS")
    tokens = doc_tokens(doc)
    whole = tokens.text
    parsed = ParsedText(text=whole)
    for low, high in _sentence_spans(doc):
        raw = whole[low:high]
        text = raw.strip()
        if not text:
            continue
        start = low + (len(raw) - len(raw.lstrip()))
        parsed.sentences.append(Sentence(*to_offsets(start, start + len(text)), text))
    clause = 0
    prefixed = negating_prefixes(doc)
    joined_into: set[int] = set()
    # Each token's values in one call instead of a Token object per access; strings (interned
    # by their hash) looked up once per distinct value.
    rows = doc.to_array(_RECORD_ATTRS).tolist() if len(doc) else []
    strings = doc.vocab.strings
    names: dict[int, str] = {0: ""}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key]
        return found

    starts, ends, spaced = tokens.starts, tokens.ends, tokens.spaced
    for i, (sent_start, space, punct, stop, number, lemma_key, entity, pos) in enumerate(rows):
        word_text = whole[starts[i] : ends[i]]
        # A value's words do not run past a clause break: "to £12m, and the library budget".
        if sent_start == 1 or _breaks_clause_at(word_text, i, spaced):
            clause += 1
        if space or punct or i in joined_into:
            continue
        lemma_ = name(lemma_key)
        lemma = (lemma_ if has_lemmas and lemma_ else word_text).lower()
        content = not (stop or number or not any(c.isalpha() for c in word_text))
        last = i
        if i in prefixed:
            # "non-food": one word, with the negated word's part of speech and entity.
            last = prefixed[i]
            joined_into.add(last)
            last_lemma = name(rows[last][5])
            last_text = whole[starts[last] : ends[last]]
            word_lemma = (last_lemma if has_lemmas and last_lemma else last_text).lower()
            lemma, content = f"{lemma}-{word_lemma}", True
            entity, pos = rows[last][6], rows[last][7]
        parsed.words.append(
            Word(
                *to_offsets(starts[i], ends[last]),
                whole[starts[i] : ends[last]],
                lemma,
                content,
                name(entity) or None,
                clause,
                POS_NAMES[pos] if has_tags else "",
            )
        )
    for span in doc.spans.get("newsverify_figures", []):
        figure: Figure = span._.newsverify_figure
        start, end = to_offsets(figure.start, figure.end)
        parsed.figures.append(replace(figure, start=start, end=end))
    for span in doc.spans.get("newsverify_quotes", []):
        quote: Quote = span._.newsverify_quote
        start, end = to_offsets(quote.start, quote.end)
        parsed.quotes.append(replace(quote, start=start, end=end))
    return parsed
