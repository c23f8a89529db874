#!/usr/bin/env python3
"""Score figure extraction on labelled sentences, ours next to quantulum3's.

    python eval/figure_eval.py                 # every eval/figures/*.yaml
    python eval/figure_eval.py --verbose       # + the rows where we miss or add a figure
    python eval/figure_eval.py --json          # machine-readable results
    python eval/figure_eval.py eval/figures/money.yaml --no-peer    # ours only, faster

Gold rows (eval/figures/README.md): `text`, `category`, `figures: [{text?, value, unit, kind,
currency?, bound?, upper?}]`. Each tool's figures are matched one to one with a row's gold
figures; precision, recall and F1 are micro-averaged per category and overall.

Matching rule. Ours: a predicted figure matches a gold one when value and upper agree (relative
tolerance 1e-3) and unit, kind, currency and bound are equal. quantulum3 cannot state a kind,
a bound or a range, so it is scored only on what it can say: its value and the class of its
unit. Its units are mapped to ours (currencies to ISO codes, time units to duration units,
"percentage" to percent, "basis point" to percentage points, "dimensionless" to a bare number).
A bare number matches a gold count, year, multiplier or date when it equals the gold value (or
the top or middle of its range) or a number written in the gold figure's text ("2025" of "9 June
2025"); a percentage matches a gold multiplier written with it ("400%" of "a 400% increase"); a
fraction (0.333) matches a gold percent (33.3). When it runs without its unit classifier (see
`_load_peer`) it reads "20 million pounds" as weight and "90-minute" as an angle; on our rows
it is credited with the reading a classifier would pick (never when reading its own labels).

quantulum3's own test cases (quantulum3/_lang/en_US/tests/quantities.json, read from the
installed package) are scored too: quantulum3 on value and unit name, over all cases and over
the cases whose unit we can express (percent, money, time spans, bare numbers); ours on that
comparable subset only, on value and unit class. Figures inside a quantity we cannot express
("two meters") are left out for both tools, and so are our dates, which it does not label.

quantulum3 is an evaluation-only extra (`pip install -e '.[eval]'`); without it only our
scores are printed. Exit codes: 0 scored, 2 bad gold file or usage.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

FIGURES_DIR = Path(__file__).resolve().parent / "figures"
EXIT_OK, EXIT_USAGE = 0, 2
KINDS = frozenset({"level", "change", "multiplier", "count", "money", "date", "year", "duration"})
BOUNDS = frozenset({"about", "more_than", "less_than", "at_least", "at_most"})
REQUIRED = ("value", "unit", "kind")
OPTIONAL = ("text", "currency", "bound", "upper")
TOLERANCE = 1e-3
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


class GoldError(Exception):
    """A gold file cannot be read; the message names the file and the row."""


# --- gold ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fig:
    """One figure, gold or predicted, in the fields of SPEC §5 (plus `upper` for ranges)."""

    value: float | None
    unit: str
    kind: str | None  # None: the tool cannot say (quantulum3)
    currency: str | None = None
    bound: str | None = None
    upper: float | None = None
    text: str = ""


@dataclass
class Row:
    text: str
    category: str
    figures: list[Fig]
    source: str


def load_gold(paths: Iterable[Path]) -> list[Row]:
    """Every row of the given YAML files (or of the *.yaml in given folders), validated."""
    rows: list[Row] = []
    for path in paths:
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for file in files:
            rows.extend(_load_file(file))
    return rows


def _load_file(file: Path) -> list[Row]:
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GoldError(f"{file}: cannot read: {error}") from None
    if not isinstance(data, list):
        raise GoldError(f"{file}: expected a list of rows")
    rows = []
    for number, item in enumerate(data, start=1):
        where = f"{file}: row {number}"
        if not isinstance(item, dict) or set(item) != {"text", "category", "figures"}:
            raise GoldError(f"{where}: expected exactly the keys text, category, figures")
        if not isinstance(item["text"], str) or not isinstance(item["category"], str):
            raise GoldError(f"{where}: text and category must be strings")
        if not isinstance(item["figures"], list):
            raise GoldError(f"{where}: figures must be a list")
        figures = [
            _gold_figure(f, f"{where}, figure {i}") for i, f in enumerate(item["figures"], 1)
        ]
        rows.append(Row(item["text"], item["category"], figures, file.name))
    return rows


def _gold_figure(item: Any, where: str) -> Fig:
    if not isinstance(item, dict):
        raise GoldError(f"{where}: expected a mapping")
    if missing := [k for k in REQUIRED if k not in item]:
        raise GoldError(f"{where}: missing {', '.join(missing)}")
    if unknown := sorted(set(item) - set(REQUIRED) - set(OPTIONAL)):
        raise GoldError(f"{where}: unknown keys {', '.join(unknown)}")
    if item["kind"] not in KINDS:
        raise GoldError(f"{where}: kind {item['kind']!r} is not one of {sorted(KINDS)}")
    if item.get("bound") is not None and item["bound"] not in BOUNDS:
        raise GoldError(f"{where}: bound {item['bound']!r} is not one of {sorted(BOUNDS)}")
    for key in ("value", "upper"):
        if item.get(key) is not None and not isinstance(item[key], (int, float)):
            raise GoldError(f"{where}: {key} must be a number or null")
    if item["value"] is None and item["kind"] != "date":
        raise GoldError(f"{where}: only a weekday (kind date) may have value null")
    if item["kind"] == "money" and item.get("currency") != item["unit"]:
        raise GoldError(f"{where}: money needs currency equal to unit")
    return Fig(
        value=_float(item["value"]),
        unit=str(item["unit"]),
        kind=item["kind"],
        currency=item.get("currency"),
        bound=item.get("bound"),
        upper=_float(item.get("upper")),
        text=str(item.get("text") or ""),
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


# --- matching -----------------------------------------------------------------------------


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-9)


def matches_ours(pred: Fig, gold: Fig) -> bool:
    """Every field agrees: value and upper within tolerance, the rest exactly."""
    return (
        close(pred.value, gold.value)
        and close(pred.upper, gold.upper)
        and (pred.unit, pred.kind, pred.currency, pred.bound)
        == (gold.unit, gold.kind, gold.currency, gold.bound)
    )


_WRITTEN = re.compile(r"\d+(?:[,\s]\d{3})*(?:\.\d+)?")


def written_numbers(text: str) -> set[float]:
    """The numbers a figure's text spells in digits: "£3-5 billion" -> {3, 5}."""
    return {float(re.sub(r"[,\s]", "", m[0])) for m in _WRITTEN.finditer(text)}


def matches_peer(pred: Fig, gold: Fig) -> bool:
    """quantulum3's figure against gold, on the fields it can express (module docstring)."""
    if pred.value is None:
        return False
    values = [v for v in (gold.value, gold.upper) if v is not None]
    if gold.upper is not None and gold.value is not None:
        values.append((gold.value + gold.upper) / 2)  # quantulum3 gives a range's middle
    if pred.unit == "number":
        if gold.kind in ("count", "year", "multiplier", "date"):
            return any(close(pred.value, v) for v in [*values, *written_numbers(gold.text)])
        return gold.unit == "percent" and any(close(pred.value * 100, v) for v in values)
    if pred.unit == "percent" and gold.unit == "factor":
        return any(close(pred.value, v) for v in written_numbers(gold.text))
    if pred.currency is not None:
        return pred.currency == gold.currency and any(close(pred.value, v) for v in values)
    if pred.unit in TIME_UNITS:
        return (
            gold.kind == "duration"
            and pred.unit == gold.unit
            and any(close(pred.value, v) for v in values)
        )
    return pred.unit == gold.unit and any(close(pred.value, v) for v in values)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score_row(
    predicted: list[Fig], gold: list[Fig], match: Callable[[Fig, Fig], bool]
) -> tuple[Counts, list[Fig], list[Fig]]:
    """Greedy one-to-one matching: (counts, gold figures missed, predictions left over)."""
    left = list(predicted)
    missed = []
    for figure in gold:
        found = next((p for p in left if match(p, figure)), None)
        if found is None:
            missed.append(figure)
        else:
            left.remove(found)
    tp = len(gold) - len(missed)
    return Counts(tp, len(left), len(missed)), missed, left


# --- the tools ----------------------------------------------------------------------------


def load_ours() -> Callable[[str], list[Fig]]:
    """Our extractor through the full spaCy pipeline, as `verify` runs it."""
    from newsverify.pipeline import load_analyzer

    analyzer = load_analyzer()

    def extract(text: str) -> list[Fig]:
        return [
            Fig(f.value, f.unit, f.kind, f.currency, f.bound, f.upper, f.text)
            for f in analyzer.parse_text(text).figures
        ]

    return extract


# quantulum3 unit name -> (our unit, factor, currency)
_PEER_CURRENCIES = {
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "cent": ("USD", 0.01),
    "pound sterling": ("GBP", 1.0),
    "penny": ("GBP", 0.01),
    "euro": ("EUR", 1.0),
    "japanese yen": ("JPY", 1.0),
    "yen": ("JPY", 1.0),
}
_PEER_TIME = {
    **{unit: (unit, 1.0) for unit in TIME_UNITS},
    "decade": ("year", 10.0),
    "century": ("year", 100.0),
    "fortnight": ("week", 2.0),
}
# Without its classifier quantulum3 reads "20 million pounds" as weight and "90-minute" as an
# angle; on our sentences we credit the reading a classifier would pick, never on gold.
_PEER_LENIENT = {"pound-mass": "pound sterling", "minute of arc": "minute"}


def map_peer_quantity(unit_name: str, value: float, surface: str, lenient: bool = False) -> Fig:
    """A quantulum3 quantity in our terms, as far as its unit allows (kind left unknown)."""
    if lenient:
        unit_name = _PEER_LENIENT.get(unit_name, unit_name)
    if unit_name in _PEER_CURRENCIES:
        code, factor = _PEER_CURRENCIES[unit_name]
        return Fig(value * factor, code, None, currency=code, text=surface)
    if unit_name in _PEER_TIME:
        unit, factor = _PEER_TIME[unit_name]
        return Fig(value * factor, unit, None, text=surface)
    if unit_name in ("percentage", "percent"):
        return Fig(value, "percent", None, text=surface)
    if unit_name == "basis point":
        return Fig(value / 100, "percentage_point", None, text=surface)
    if unit_name == "percentage point":
        return Fig(value, "percentage_point", None, text=surface)
    if unit_name == "dimensionless":
        return Fig(value, "number", None, text=surface)
    return Fig(value, unit_name, None, text=surface)


@dataclass
class Peer:
    """quantulum3's parser, and how it had to be run."""

    parse: Callable[[str], list[Any]]
    note: str = ""


def _load_peer() -> Peer | None:
    """quantulum3, or None when the evaluation extra is not installed.

    Its shipped unit classifier was pickled with an older scikit-learn and retraining needs the
    `stemming` package; when loading it fails we use its documented fallback without the
    classifier (the mode it runs in when scikit-learn is absent) and say so.
    """
    try:
        from quantulum3 import classifier, parser
    except ImportError:
        return None
    note = ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser.parse("20 million pounds")
    except Exception as error:  # noqa: BLE001 - any failure to unpickle the classifier
        classifier.USE_CLF = False
        note = f"quantulum3 runs without its unit classifier ({type(error).__name__})"

    def parse(text: str) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)

    return Peer(parse, note)


def peer_figures(peer: Peer, text: str) -> list[Fig]:
    return [map_peer_quantity(q.unit.name, q.value, q.surface, True) for q in peer.parse(text)]


# --- scoring the gold rows ----------------------------------------------------------------


@dataclass
class ToolResult:
    by_category: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overall: Counts = field(default_factory=Counts)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, row: Row, counts: Counts, missed: list[Fig], extra: list[Fig]) -> None:
        self.by_category[row.category].add(counts)
        self.overall.add(counts)
        if missed or extra:
            self.misses.append(
                {
                    "source": row.source,
                    "category": row.category,
                    "text": row.text,
                    "missed": [asdict(f) for f in missed],
                    "extra": [asdict(f) for f in extra],
                }
            )


def score_rows(
    rows: list[Row], extract: Callable[[str], list[Fig]], match: Callable[[Fig, Fig], bool]
) -> ToolResult:
    result = ToolResult()
    for row in rows:
        result.add(row, *score_row(extract(row.text), row.figures, match))
    return result


# --- quantulum3's own test cases ----------------------------------------------------------


def peer_cases_path() -> Path | None:
    """quantities.json inside the installed quantulum3 package, or None."""
    try:
        from importlib.resources import files

        path = files("quantulum3") / "_lang" / "en_US" / "tests" / "quantities.json"
    except ModuleNotFoundError:
        return None
    return Path(str(path)) if path.is_file() else None


@dataclass
class Case:
    text: str
    gold: list[Fig]  # comparable quantities, in our terms
    native: list[Fig]  # every quantity in quantulum3's terms (unit = its unit name)
    ignored: list[tuple[int, int]]  # spans of quantities we cannot express


def load_cases(path: Path) -> list[Case]:
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text, gold, native, ignored = item["req"], [], [], []
        for quantity in item["res"]:
            value = float(quantity["value"])
            native.append(Fig(value, quantity["unit"], None, text=quantity["surface"]))
            mapped = map_peer_quantity(quantity["unit"], value, quantity["surface"])
            if _comparable(mapped):
                gold.append(_as_gold(mapped))
            else:
                start = text.find(quantity["surface"])
                ignored.append((start, start + len(quantity["surface"])))
        cases.append(Case(text, gold, native, ignored))
    return cases


def _comparable(figure: Fig) -> bool:
    return figure.currency is not None or figure.unit in (*TIME_UNITS, "percent", "number")


def _as_gold(figure: Fig) -> Fig:
    """A mapped quantulum3 gold quantity with the kind our tool would give it."""
    if figure.currency:
        return Fig(figure.value, figure.currency, "money", figure.currency, text=figure.text)
    if figure.unit in TIME_UNITS:
        return Fig(figure.value, figure.unit, "duration", text=figure.text)
    if figure.unit == "percent":
        return Fig(figure.value, "percent", "level", text=figure.text)
    return Fig(figure.value, "number", "count", text=figure.text)


def matches_ours_on_cases(pred: Fig, gold: Fig) -> bool:
    """Value and unit class; bounds and ranges are not in quantulum3's labels."""
    if gold.unit == "number":
        if pred.unit == "percent" and pred.value is not None:
            return close(pred.value, gold.value * 100)  # "two thirds" labelled 0.667
        return pred.kind in ("count", "year") and close(pred.value, gold.value)
    if gold.unit == "percent" and pred.unit == "factor" and pred.value is not None:
        # "increased by 35%": labelled as 35 percent, we say x1.35
        return close(abs(pred.value - 1) * 100, gold.value)
    if gold.currency:
        return pred.currency == gold.currency and close(pred.value, gold.value)
    return pred.unit == gold.unit and close(pred.value, gold.value)


def _outside(spans: list[tuple[int, int]], text: str, figure: Fig) -> bool:
    start = text.find(figure.text) if figure.text else -1
    end = start + len(figure.text)
    return start < 0 or not any(start < e and s < end for s, e in spans)


def score_cases(
    cases: list[Case], ours: Callable[[str], list[Fig]], peer: Peer | None
) -> tuple[dict[str, Counts], ToolResult]:
    """Counts for: ours and quantulum3 on the comparable subset, quantulum3 on everything;
    and our misses on the comparable subset."""
    totals: dict[str, Counts] = defaultdict(Counts)
    our_misses = ToolResult()
    for case in cases:
        # Dates are outside quantulum3's labels; everything else we give is scored.
        mine = [
            f for f in ours(case.text) if f.kind != "date" and _outside(case.ignored, case.text, f)
        ]
        scored = score_row(mine, case.gold, matches_ours_on_cases)
        totals["ours (comparable)"].add(scored[0])
        our_misses.add(Row(case.text, "quantities.json", case.gold, "quantities.json"), *scored)
        if peer is None:
            continue
        theirs = peer.parse(case.text)
        native = [Fig(float(q.value), q.unit.name, None, text=q.surface) for q in theirs]
        totals["quantulum3 (all)"].add(score_row(native, case.native, _same_native)[0])
        mapped = [map_peer_quantity(q.unit.name, q.value, q.surface) for q in theirs]
        kept = [f for f in mapped if _outside(case.ignored, case.text, f)]
        totals["quantulum3 (comparable)"].add(score_row(kept, case.gold, _peer_on_cases)[0])
    return totals, our_misses


def _same_native(pred: Fig, gold: Fig) -> bool:
    return pred.unit == gold.unit and close(pred.value, gold.value)


def _peer_on_cases(pred: Fig, gold: Fig) -> bool:
    if gold.currency:
        return pred.currency == gold.currency and close(pred.value, gold.value)
    return pred.unit == gold.unit and close(pred.value, gold.value)


# --- output -------------------------------------------------------------------------------


def _cells(counts: Counts | None) -> str:
    if counts is None:
        return f"{'-':>5} {'-':>5} {'-':>5}"
    precision, recall, f1 = counts.prf()
    return f"{precision:5.2f} {recall:5.2f} {f1:5.2f}"


def render_table(rows: list[Row], ours: ToolResult, peer: ToolResult | None) -> str:
    per_category: dict[str, int] = defaultdict(int)
    gold_count: dict[str, int] = defaultdict(int)
    for row in rows:
        per_category[row.category] += 1
        gold_count[row.category] += len(row.figures)
    header = (
        f"{'category':<12} {'rows':>4} {'gold':>4}   {'ours P     R    F1':<18}   quantulum3 P R F1"
    )
    lines = [header, "-" * len(header)]
    for category in sorted(per_category):
        theirs = peer.by_category[category] if peer else None
        lines.append(
            f"{category:<12} {per_category[category]:>4} {gold_count[category]:>4}   "
            f"{_cells(ours.by_category[category])}   {_cells(theirs)}"
        )
    lines.append("-" * len(header))
    lines.append(
        f"{'overall':<12} {len(rows):>4} {sum(gold_count.values()):>4}   "
        f"{_cells(ours.overall)}   {_cells(peer.overall if peer else None)}"
    )
    return "\n".join(lines)


def render_cases(totals: dict[str, Counts], path: Path) -> str:
    lines = [f"quantulum3's own cases ({path.name}):", f"{'':<26} {'P':>5} {'R':>5} {'F1':>5}"]
    for name in ("ours (comparable)", "quantulum3 (comparable)", "quantulum3 (all)"):
        if name in totals:
            counts = totals[name]
            lines.append(f"{name:<26} {_cells(counts)}   (gold {counts.tp + counts.fn})")
    return "\n".join(lines)


def render_misses(result: ToolResult) -> str:
    def show(figure: dict[str, Any]) -> str:
        extras = [figure[k] for k in ("currency", "bound") if figure[k]]
        upper = f"..{figure['upper']:g}" if figure["upper"] is not None else ""
        value = "None" if figure["value"] is None else f"{figure['value']:g}"
        return f"«{figure['text']}» {value}{upper} {figure['unit']} {figure['kind']} {extras or ''}"

    lines = []
    for miss in result.misses:
        lines.append(f"[{miss['category']}] {miss['text']}")
        lines += [f"    missed {show(f)}" for f in miss["missed"]]
        lines += [f"    extra  {show(f)}" for f in miss["extra"]]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("paths", nargs="*", type=Path, help="gold files or folders (default: all)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list our misses and extras")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--no-peer", action="store_true", help="score only our extractor")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        rows = load_gold(args.paths or [FIGURES_DIR])
    except GoldError as error:
        print(f"figure_eval: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    ours = load_ours()
    peer = None if args.no_peer else _load_peer()
    our_result = score_rows(rows, ours, matches_ours)
    peer_result = None
    if peer is not None:
        peer_result = score_rows(rows, lambda text: peer_figures(peer, text), matches_peer)
    cases_path = peer_cases_path()
    case_totals, case_misses = (
        score_cases(load_cases(cases_path), ours, peer) if cases_path else ({}, ToolResult())
    )

    if args.json:
        print(json.dumps(_as_json(our_result, peer_result, case_totals), indent=2))
        return EXIT_OK
    print(render_table(rows, our_result, peer_result))
    if peer is None:
        print("quantulum3 is not installed (pip install -e '.[eval]'): only our scores shown")
    elif peer.note:
        print(f"note: {peer.note}")
    if cases_path:
        print()
        print(render_cases(case_totals, cases_path))
    if args.verbose and our_result.misses:
        print()
        print(render_misses(our_result))
    if args.verbose and case_misses.misses:
        print()
        print(render_misses(case_misses))
    return EXIT_OK


def _as_json(ours: ToolResult, peer: ToolResult | None, cases: dict[str, Counts]) -> dict[str, Any]:
    def prf(counts: Counts) -> dict[str, Any]:
        precision, recall, f1 = counts.prf()
        return {**asdict(counts), "precision": precision, "recall": recall, "f1": f1}

    def tool(result: ToolResult) -> dict[str, Any]:
        return {
            "overall": prf(result.overall),
            "categories": {c: prf(n) for c, n in sorted(result.by_category.items())},
        }

    return {
        "ours": {**tool(ours), "misses": ours.misses},
        "quantulum3": tool(peer) if peer else None,
        "quantulum3_cases": {name: prf(counts) for name, counts in cases.items()},
    }


if __name__ == "__main__":
    sys.exit(main())
