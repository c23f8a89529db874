"""Deterministic synthetic corpora for the benchmark, built from the bundled corpus.

A newsroom has few primary documents and many articles, so a synthetic corpus of N articles
is: every bundled file that holds a primary document (by the claims file's rules), copied
unchanged, plus N secondary articles. Each article has a title line, a `Source:` line, a
`date` line and 10-40 paragraphs of sentences drawn from the bundled secondary articles, some
with their figures and dates perturbed (numbers shifted, years, months, weekdays and number
words changed) and some left intact, so a run finds supported, contradicted and missing
statements.

Article i depends only on the seed and i, so the first 1,000 articles of the 10,000 corpus are
the 1,000 corpus and `write_article(folder, n)` adds a new article to an n-article corpus.
Corpora are cached under bench/.corpora/ and rebuilt only when this file, the bundled corpus,
the claims file, the seed or the size change.

    python bench/synth.py 1000 10000     # build (or reuse) and print the folders
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "corpus"
DEFAULT_CLAIMS = ROOT / "claims.yaml"
CACHE = Path(__file__).resolve().parent / ".corpora"
SEED = 20250609

PARAGRAPHS = (10, 40)
SENTENCES_PER_PARAGRAPH = (1, 3)
TITLE_WORDS = (6, 14)
# Shorter lines are captions, credits and share counters rather than sentences.
MIN_SENTENCE_WORDS = 6
# Half the sentences keep every figure, so articles also repeat the sources faithfully.
PERTURBED_SENTENCES = 0.5
# Within a perturbed sentence, each figure is changed with this probability.
PERTURBED_FIGURES = 0.6
FIRST_DATE = datetime.date(2025, 6, 1)
DATE_SPAN_DAYS = 30
# Invented publishers: none may match the claims file's primary publishers.
OUTLETS = (
    "The Morning Ledger",
    "Capital Wire",
    "Northern Courier",
    "Evening Dispatch",
    "Daily Chronicle",
    "Harbour Times",
    "Continental Review",
    "Metro Gazette",
)
ARTICLE_PREFIX = "article-"

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()

_WORD_ALTERNATIVES = "|".join([*MONTHS, *WEEKDAYS])
# One pattern for everything that can be perturbed; each named group is one kind of figure.
_FIGURE = re.compile(
    rf"(?P<year>\b(?:19[5-9]\d|20[0-4]\d)\b)"
    rf"|(?P<number>\b\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?)"
    rf"|(?P<word>\b(?:{_WORD_ALTERNATIVES})\b)"
    rf"|(?P<numberword>\b(?i:{'|'.join(NUMBER_WORDS)})(?=\b|fold))"
)
# A sentence ends at . ! or ? (perhaps followed by a closing quote) before a capital.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")
# `date YYYY-MM-DD` markers are metadata of the source article, not prose to recombine.
_DATE_MARKER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*", re.MULTILINE)


@dataclass(frozen=True)
class Sources:
    """What synthetic corpora are made from."""

    primary_files: list[Path]  # copied unchanged
    sentences: list[str]  # from the secondary documents, in reading order, no repeats


def load_sources(corpus: Path = DEFAULT_CORPUS, claims: Path = DEFAULT_CLAIMS) -> Sources:
    """Split the bundled corpus into primary files and secondary sentences, deciding what is
    primary with the tool's own loader and the claims file's rules."""
    from newsverify.claims import load_claims
    from newsverify.corpus import load_corpus
    from newsverify.primary import is_primary

    rules = load_claims(str(claims)).primary
    documents = load_corpus([str(corpus)]).documents
    primary_paths = {doc.path for doc in documents if is_primary(doc, rules)}
    sentences: list[str] = []
    seen: set[str] = set()
    for doc in documents:
        if doc.path in primary_paths:
            continue
        for sentence in split_sentences(doc.analysis_text):
            if sentence not in seen:
                seen.add(sentence)
                sentences.append(sentence)
    if not sentences:
        raise ValueError(f"{corpus}: no secondary sentences to build articles from")
    primary_files = sorted(Path(path) for path in primary_paths)
    return Sources(primary_files=primary_files, sentences=sentences)


def split_sentences(text: str) -> list[str]:
    """The prose sentences of an article, one line at a time."""
    sentences = []
    for line in _DATE_MARKER.sub("", text).splitlines():
        for sentence in _SENTENCE_END.split(line.strip()):
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                sentences.append(sentence)
    return sentences


def perturb(sentence: str, rng: random.Random, rate: float = PERTURBED_FIGURES) -> str:
    """The sentence with each figure, date word or number word changed with probability
    `rate`; a changed figure always differs from the original."""

    def replace(match: re.Match[str]) -> str:
        if rng.random() >= rate:
            return match.group()
        kind = match.lastgroup
        if kind == "year":
            return str(int(match.group()) + rng.choice((-2, -1, 1, 2)))
        if kind == "number":
            return shift_number(match.group(), rng)
        if kind == "numberword":
            return _swap_case_like(match.group(), _other(NUMBER_WORDS, match.group().lower(), rng))
        names = MONTHS if match.group() in MONTHS else WEEKDAYS
        return _other(names, match.group(), rng)

    return _FIGURE.sub(replace, sentence)


def shift_number(text: str, rng: random.Random) -> str:
    """A different positive number written like `text` (same decimals, thousands commas)."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    step = 10**-decimals
    value = float(text.replace(",", ""))
    # Shift by up to 30% (at least one step), never to zero or below.
    steps = rng.randint(1, max(1, round(value * 0.3 / step)))
    down = rng.random() < 0.5 and value - steps * step > 0
    shifted = value - steps * step if down else value + steps * step
    separator = "," if "," in text else ""
    return f"{shifted:{separator}.{decimals}f}"


def write_article(folder: Path, index: int, sources: Sources, seed: int = SEED) -> Path:
    """Write synthetic article number `index` into `folder` and return its path."""
    rng = random.Random(f"{seed}:{index}")
    paragraphs = []
    for _ in range(rng.randint(*PARAGRAPHS)):
        count = rng.randint(*SENTENCES_PER_PARAGRAPH)
        chosen = [rng.choice(sources.sentences) for _ in range(count)]
        paragraphs.append(" ".join(_maybe_perturbed(sentence, rng) for sentence in chosen))
    published = FIRST_DATE + datetime.timedelta(days=rng.randrange(DATE_SPAN_DAYS))
    header = [_title(rng.choice(sources.sentences), rng), "", f"Source: {rng.choice(OUTLETS)}"]
    header.append(f"date {published.isoformat()}")
    path = folder / f"{ARTICLE_PREFIX}{index:05d}.txt"
    path.write_text("\n".join(header) + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def build_corpus(folder: Path, size: int, sources: Sources, seed: int = SEED) -> None:
    """Write a corpus of the primary files plus `size` articles into an empty `folder`."""
    folder.mkdir(parents=True)
    for primary in sources.primary_files:
        shutil.copyfile(primary, folder / primary.name)
    for index in range(size):
        write_article(folder, index, sources, seed)


def cached_corpus(
    size: int,
    corpus: Path = DEFAULT_CORPUS,
    claims: Path = DEFAULT_CLAIMS,
    cache: Path = CACHE,
    seed: int = SEED,
) -> Path:
    """The folder of the `size`-article corpus, built under `cache` unless already there and
    made from the same inputs."""
    folder = cache / f"n{size}"
    stamp = cache / f"n{size}.json"
    fingerprint = _fingerprint(size, corpus, claims, seed)
    if folder.is_dir() and stamp.is_file():
        if json.loads(stamp.read_text(encoding="utf-8")).get("fingerprint") == fingerprint:
            return folder
    # Build beside the target and swap in, so an interrupted build is never taken as done.
    partial = cache / f"n{size}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    build_corpus(partial, size, load_sources(corpus, claims), seed)
    stamp.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    stamp.write_text(json.dumps({"fingerprint": fingerprint, "size": size}), encoding="utf-8")
    return folder


def _fingerprint(size: int, corpus: Path, claims: Path, seed: int) -> str:
    digest = hashlib.sha256(f"{size}:{seed}".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(claims.read_bytes())
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(corpus)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _maybe_perturbed(sentence: str, rng: random.Random) -> str:
    return perturb(sentence, rng) if rng.random() < PERTURBED_SENTENCES else sentence


def _title(sentence: str, rng: random.Random) -> str:
    """A headline: the opening words of a sentence, without trailing punctuation."""
    words = sentence.split()[: rng.randint(*TITLE_WORDS)]
    title = " ".join(words).rstrip(".,;:!?\"”’'")
    return title[:1].upper() + title[1:]


def _other(names: Sequence[str], current: str, rng: random.Random) -> str:
    return rng.choice([name for name in names if name != current])


def _swap_case_like(template: str, word: str) -> str:
    return word.capitalize() if template[:1].isupper() else word


def main(argv: Sequence[str]) -> int:
    sizes = [int(arg) for arg in argv] or [1000, 10000]
    for size in sizes:
        print(cached_corpus(size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
