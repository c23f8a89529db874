"""Run the trained model only on the sentences whose words something reads.

Figures come from text alone and every sentence comes from punctuation and line breaks, so a
document is first tokenised, split into sentences and searched for figures without the model.
Its lemmas, parts of speech and names are read only around figures and quotations: the
sentences that carry one (or a digit: the matcher reads table cells as figures), the sentence
before a quotation's (where its speaker may be named: "Ms Rowe said:"), the nearest heading
or lead-in above and the line breaks next to them. A figure's subject is in its own sentence
or the heading above: reading the sentence before every figure's too cost a fifth of the
model's work (74% of a synthetic corpus's tokens against 62%) and changed no verdict on the
labelled sets. Those sentences go through the model
as one smaller Doc, sentence boundaries kept, and its annotations are copied back onto the
same tokens of the whole Doc. The other tokens keep no tag, lemma or entity (their
entity IOB is "missing", not "outside"): `pipeline.to_records` falls back to their text.

The entity recogniser (over a third of the worker's time: it has token vectors of its own) reads
the same sentences. Readers of names look at every figure's sentence (subjects, places,
numbers' own entity labels) and around quotations (speakers), so a narrower gate for it has
little to take away: reading only the sentences with a proper noun or a capitalised word
after the first kept 97% of its tokens on the bench corpus and changed three findings on
the labelled sets, and was dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span

from .doc_tokens import DocTokens, doc_tokens, sentence_bounds
from .quote_marks import find_spans

FIGURE_SPANS = "newsverify_figures"
# Token annotations the model sets that the records read (morphology rides along: the
# lemmatizer's rules used it, and it is cheap to keep).
COPIED = [TAG, POS, MORPH, LEMMA]
# What ends a sentence that is prose; a line ending otherwise is a heading or a lead-in.
_PROSE_ENDS = (".", "!", "?")

_DIGITS = re.compile(r"\d+")

Component = tuple[str, Callable[[Doc], Doc]]


def needed_sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc` the model must read, in order.

    Those that overlap a figure span (`doc.spans["newsverify_figures"]`), a quotation or a
    digit (a table's cells are figures to the matcher); the sentence before a quotation's;
    the nearest heading or lead-in line above each; the line breaks next to them.
    """
    return [doc[start:end] for start, end in _needed_bounds(doc)]


def _needed_bounds(doc: Doc) -> list[tuple[int, int]]:
    """`needed_sentences` as (start, end) token indices."""
    sentences = sentence_bounds(doc)
    tokens = doc_tokens(doc)
    text = tokens.text
    starts = [tokens.starts[start] for start, _ in sentences]
    carries = [False] * len(sentences)
    quoted = [False] * len(sentences)
    ranges = [(f.start_char, f.end_char) for f in doc.spans.get(FIGURE_SPANS, [])]
    # Table cells are read as figures by the matcher, not by the figure component.
    ranges += [m.span() for m in _DIGITS.finditer(text)]
    quotes = [(q.outer_start, q.outer_end) for q in find_spans(text)]
    for marks, (low, high) in [(False, r) for r in ranges] + [(True, r) for r in quotes]:
        first = max(0, bisect_right(starts, low) - 1)
        last = max(0, bisect_right(starts, max(low, high - 1)) - 1)
        carries[first : last + 1] = [True] * (last + 1 - first)
        if marks:
            quoted[first : last + 1] = [True] * (last + 1 - first)
    # Whether each sentence has words: a lone line break is a "sentence" too.
    worded = [bool(tokens.span_text(start, end).strip()) for start, end in sentences]
    keep = set()
    before = None  # the last sentence with words
    heading = None  # the last heading or lead-in line seen
    for k, (start, end) in enumerate(sentences):
        if carries[k]:
            # A quotation's speaker may be named in the sentence before ("Ms Rowe said:").
            keep.update(i for i in (k, before if quoted[k] else None, heading) if i is not None)
        if worded[k]:
            before = k
            if _is_heading(tokens, start, end):
                heading = k
    # The line breaks around a kept sentence go with it: the model reads a name at a line's
    # start ("CIARAN MADDOX: ...") differently after a space.
    blank = {k for k in range(len(sentences)) if not worded[k]}
    keep |= {k + step for k in keep for step in (-1, 1)} & blank
    return [sentences[k] for k in sorted(keep)]


def _is_heading(tokens: DocTokens, start: int, end: int) -> bool:
    """A line of its own that does not end like prose: a title, a heading, "... show that:"."""
    text = tokens.with_space(start, end)
    if "\n" not in text and end < len(tokens):
        return False
    words = text.strip()
    return bool(words) and not words.endswith(_PROSE_ENDS)


def annotate_needed(
    docs: Iterable[Doc], components: Sequence[Component], batch_size: int
) -> Iterator[Doc]:
    """Run the model's `components` on each Doc's needed sentences, `batch_size` Docs at a
    time, and yield the Docs with those sentences' tags, lemmas and entities set."""
    docs = iter(docs)
    while batch := list(islice(docs, batch_size)):
        parts = [_needed_part(doc) for doc in batch]
        subs: Iterable[Doc] = (sub for sub, _ in parts)
        for _, proc in components:
            pipe = getattr(proc, "pipe", None)
            subs = pipe(subs, batch_size=batch_size) if pipe else map(proc, subs)
        for doc, (_, index), sub in zip(batch, parts, subs, strict=True):
            copy_annotations(sub, doc, index)
            yield doc


def _needed_part(doc: Doc) -> tuple[Doc, list[int]]:
    """The needed sentences as one Doc, and each of its tokens' index in `doc`."""
    tokens = doc_tokens(doc)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    index: list[int] = []
    for start, end in _needed_bounds(doc):
        if index and index[-1] + 1 != start and not spaces[-1]:
            spaces[-1] = True  # sentences that were apart stay apart: "said.The" is one word
        for i in range(start, end):
            words.append(tokens.word(i))
            spaces.append(tokens.spaced[i])
            sent_starts.append(i == start)
            index.append(i)
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=sent_starts), index


def copy_annotations(sub: Doc, doc: Doc, index: Sequence[int]) -> None:
    """Copy tags, lemmas and entities from `sub` onto `doc`, `sub`'s token k being
    `doc[index[k]]`. An entity the model ran across the join of two sentences that are
    apart in `doc` keeps only its part before the join."""
    if not index:
        return
    values = doc.to_array(COPIED)
    values[list(index)] = sub.to_array(COPIED)
    doc.from_array(COPIED, values)
    entities = []
    for entity in sub.ents:
        end = entity.start + 1
        while end < entity.end and index[end] == index[end - 1] + 1:
            end += 1
        entities.append(Span(doc, index[entity.start], index[end - 1] + 1, entity.label))
    doc.set_ents(entities, missing=_gaps(doc, index), default="outside")


def _gaps(doc: Doc, index: Sequence[int]) -> list[Span]:
    """The runs of `doc`'s tokens that `index` (ascending) leaves out."""
    gaps = []
    start = 0
    for i in (*index, len(doc)):
        if i > start:
            gaps.append(Span(doc, start, i))
        start = i + 1
    return gaps
