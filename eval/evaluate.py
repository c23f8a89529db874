#!/usr/bin/env python3
"""Evaluate the `verify` CLI against labelled sets.

A set is a folder with `claims.yaml`, `gold.yaml` (`id: {verdict, type, why}`), an optional
`findings.yaml` (`- {file, excerpt, verdict, accept: [...]}`), an optional `set.yaml`
(`heldout: true` for data the matcher was never tuned on: scored and printed like the others,
but totalled apart from the in-sample sets) and `corpus/`. Sets without a corpus folder use
../shared/seeds beside the repository, as the shared scorer does.

    python eval/evaluate.py            # every eval/sets/* with gold.yaml + ../shared/devset/*
    python eval/evaluate.py eval/sets/central-bank --verbose
    python eval/evaluate.py eval/sets/health-stats --report saved.json   # score a saved report
    python eval/evaluate.py --json > scores.json

Exit codes: 0 scored (whatever the scores), 2 bad usage or the tool could not produce a report.
Needs only the standard library and PyYAML.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

try:
    import yaml
except ImportError:  # pragma: no cover - the project's venv has it
    sys.exit("evaluate.py needs PyYAML (use the project's .venv/bin/python)")

LABELS = ("supported", "contradicted", "missing")
ABSENT = "absent"  # the claim is not in the report at all
REPO = Path(__file__).resolve().parent.parent
SETS_DIR = REPO / "eval" / "sets"
SHARED = REPO.parent / "shared"
EXIT_OK, EXIT_TOOL = 0, 2


class EvalError(Exception):
    """A set or the tool cannot be evaluated; the message says why."""


# ---------------------------------------------------------------- labelled data


@dataclass
class LabelledSet:
    name: str
    path: Path
    corpus: Path
    claims_file: Path
    gold: dict[str, dict[str, Any]]
    findings: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    heldout: bool = False


def load_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_set(path: Path) -> LabelledSet:
    """Read a set folder; raise EvalError when claims or gold are missing or malformed."""
    path = path.absolute()
    claims_file, gold_file = path / "claims.yaml", path / "gold.yaml"
    for needed in (claims_file, gold_file):
        if not needed.exists():
            raise EvalError(f"{path.name}: no {needed.name} (looked for {needed})")
    gold = load_yaml(gold_file) or {}
    if not isinstance(gold, dict) or not all(
        isinstance(v, dict) and "verdict" in v for v in gold.values()
    ):
        raise EvalError(f"{gold_file}: expected a mapping `id: {{verdict, type, why}}`")
    bad = {cid: g["verdict"] for cid, g in gold.items() if g["verdict"] not in LABELS}
    if bad:
        raise EvalError(f"{gold_file}: unknown verdicts {bad}")
    findings_file = path / "findings.yaml"
    findings = (load_yaml(findings_file) or []) if findings_file.exists() else []
    corpus = path / "corpus"
    if not corpus.is_dir():
        corpus = SHARED / "seeds"
    lset = LabelledSet(path.name, path, corpus, claims_file, gold, findings)
    lset.warnings = check_ids(claims_file, gold)
    lset.heldout = is_heldout(path / "set.yaml")
    return lset


def is_heldout(meta_file: Path) -> bool:
    """True when the set's `set.yaml` says `heldout: true` (absent file: in-sample)."""
    if not meta_file.exists():
        return False
    meta = load_yaml(meta_file) or {}
    if not isinstance(meta, dict) or not isinstance(meta.get("heldout", False), bool):
        raise EvalError(f"{meta_file}: expected a mapping with `heldout: true|false`")
    return meta.get("heldout", False)


def check_ids(claims_file: Path, gold: dict[str, Any]) -> list[str]:
    """Warn about gold ids the claims file lacks and claims that have no gold."""
    data = load_yaml(claims_file) or {}
    claims = (data.get("claims") or []) if isinstance(data, dict) else []
    ids = [c.get("id") for c in claims if isinstance(c, dict)]
    warnings = []
    dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
    if dupes:
        warnings.append(f"duplicate claim ids in claims.yaml: {dupes}")
    if extra := sorted(set(gold) - set(ids)):
        warnings.append(f"gold ids not in claims.yaml: {extra}")
    if unlabelled := sorted(set(ids) - set(gold)):
        warnings.append(f"claims without gold (not scored): {unlabelled}")
    return warnings


def default_set_dirs() -> list[Path]:
    """Every eval/sets/* with a gold.yaml, then ../shared/devset/* when that folder exists."""
    dirs = (
        sorted(p for p in SETS_DIR.iterdir() if (p / "gold.yaml").exists())
        if SETS_DIR.is_dir()
        else []
    )
    devset = SHARED / "devset"
    if devset.is_dir():
        dirs += sorted(p for p in devset.iterdir() if (p / "gold.yaml").exists())
    return dirs


# ---------------------------------------------------------------- running the tool


def find_command() -> list[str]:
    """The repo's venv `verify`, else `verify` on PATH, else `python -m newsverify`."""
    venv_cli = REPO / ".venv" / "bin" / "verify"
    if venv_cli.exists():
        return [str(venv_cli)]
    if on_path := shutil.which("verify"):
        return [on_path]
    return [sys.executable, "-m", "newsverify"]


def _cache_env(lset: LabelledSet) -> dict[str, str]:
    """Keep each set's parse cache under eval/.cache/, never inside a corpus we do not own
    (the devset's corpus is ../shared/seeds)."""
    env = dict(os.environ)
    env.setdefault("NEWSVERIFY_CACHE_DIR", str(REPO / "eval" / ".cache" / lset.name))
    return env


def run_tool(command: list[str], lset: LabelledSet, timeout: int) -> tuple[dict[str, Any], float]:
    """Run verify on one set exactly as shared/tools/score.py does; return (report, seconds)."""
    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    os.unlink(out)  # the tool must create it; a stale empty file would hide a failure
    cmd = [
        *command,
        str(lset.corpus.absolute()),
        "--claims",
        str(lset.claims_file),
        "--format",
        "json",
        "--output",
        out,
        "--fail-on",
        "never",
    ]
    t0 = time.time()
    try:
        proc = subprocess.run(
            cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, env=_cache_env(lset)
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        raise EvalError(f"could not run {' '.join(cmd[:1])}: {e}") from e
    seconds = time.time() - t0
    try:
        with open(out, encoding="utf-8") as f:
            return json.load(f), seconds
    except (OSError, ValueError) as e:
        tail = proc.stderr.strip()[-400:]
        raise EvalError(f"exit {proc.returncode}; no JSON report ({e}); stderr tail: {tail}") from e
    finally:
        if os.path.exists(out):
            os.unlink(out)


# ---------------------------------------------------------------- matching findings


def norm(s: str | None) -> str:
    """Normalise like the shared scorer: NFKC, plain dashes and quotes, spaces, lower case."""
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032']", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u2033\"]", '"', s)
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def match_finding(
    expected: dict[str, Any], findings: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The reported finding that best matches an expected one (same rule as score.py).

    Only findings in a file with the expected basename count. A finding whose text contains, or
    is contained in, the excerpt scores 3 + the shorter length; one that merely sits in the same
    sentence as the excerpt scores 1, or 2 if it shares a word longer than two characters.
    """
    excerpt = norm(expected["excerpt"])
    best, best_score = None, 0
    for f in findings:
        if os.path.basename(f.get("path", "")) != expected["file"]:
            continue
        text, sentence = norm(f.get("text", "")), norm(f.get("sentence", ""))
        if not text:
            continue
        if text in excerpt or excerpt in text:
            score = 3 + min(len(text), len(excerpt))
        elif excerpt in sentence and text in sentence:
            common = max((len(w) for w in text.split() if w in excerpt), default=0)
            score = 1 + (common > 2)
        else:
            continue
        if score > best_score:
            best, best_score = f, score
    return best


# ---------------------------------------------------------------- metrics


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Mean F1 over the three verdicts; an absent claim counts as a wrong prediction."""
    f1s = []
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in pairs)
        fp = sum(g != lab and p == lab for g, p in pairs)
        fn = sum(g == lab and p != lab for g, p in pairs)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Gold rows x predicted columns (supported, contradicted, missing, absent, then any others)."""
    extra = sorted({p for _, p in pairs} - set(LABELS) - {ABSENT})
    cols = [*LABELS, ABSENT, *extra]
    counts = Counter(pairs)
    return {g: {p: counts[(g, p)] for p in cols} for g in LABELS}


@dataclass
class SetResult:
    set: str
    path: str
    seconds: float | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    heldout: bool = False
    claims: int = 0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    by_type: dict[str, str] = field(default_factory=dict)
    contradicted_as_supported: list[str] = field(default_factory=list)
    findings: int = 0
    findings_reported: int = 0
    findings_strict: float | None = None
    findings_lenient: float | None = None
    findings_contradicted_as_supported: list[str] = field(default_factory=list)
    wrong_claims: list[str] = field(default_factory=list)
    wrong_findings: list[str] = field(default_factory=list)


def score_claims(lset: LabelledSet, report: dict[str, Any], res: SetResult) -> None:
    """Fill claim metrics: accuracy, macro-F1, confusion, per-type accuracy, worst errors."""
    got: dict[str, dict[str, Any]] = {}
    for c in report.get("claims", []) or []:
        got.setdefault(c.get("id"), c)
    pairs: list[tuple[str, str]] = []
    by_type: dict[str, list[bool]] = defaultdict(list)
    for cid, g in lset.gold.items():
        reported = got.get(cid, {})
        pred = reported.get("verdict", ABSENT)
        pairs.append((g["verdict"], pred))
        by_type[g.get("type", "other")].append(g["verdict"] == pred)
        if g["verdict"] == "contradicted" and pred == "supported":
            res.contradicted_as_supported.append(cid)
        if g["verdict"] != pred:
            res.wrong_claims.append(
                f"{cid}: gold {g['verdict']}, got {pred} — {reported.get('reason', '')}"
            )
    res.claims = len(pairs)
    res.accuracy = round(sum(g == p for g, p in pairs) / len(pairs), 3) if pairs else 0.0
    res.macro_f1 = round(macro_f1(pairs), 3)
    res.confusion = confusion(pairs)
    res.by_type = {t: f"{sum(v)}/{len(v)}" for t, v in sorted(by_type.items())}


def score_findings(lset: LabelledSet, report: dict[str, Any], res: SetResult) -> None:
    """Fill finding recall: strict (same verdict) and lenient (verdict or one of `accept`)."""
    if not lset.findings:
        return
    reported_findings = report.get("findings", []) or []
    strict = lenient = found = 0
    for exp in lset.findings:
        label = f"{exp['file']} «{exp['excerpt']}»"
        f = match_finding(exp, reported_findings)
        if f is None:
            res.wrong_findings.append(f"{label}: gold {exp['verdict']}, NOT REPORTED")
            continue
        found += 1
        verdict = f.get("verdict")
        if verdict == exp["verdict"]:
            strict += 1
            lenient += 1
            continue
        if verdict in (exp.get("accept") or []):
            lenient += 1
        else:
            res.wrong_findings.append(
                f"{label}: gold {exp['verdict']}, got {verdict} — {f.get('reason', '')}"
            )
        if exp["verdict"] == "contradicted" and verdict == "supported":
            res.findings_contradicted_as_supported.append(label)
    n = len(lset.findings)
    res.findings, res.findings_reported = n, found
    res.findings_strict, res.findings_lenient = round(strict / n, 3), round(lenient / n, 3)


def evaluate(lset: LabelledSet, report: dict[str, Any], seconds: float | None = None) -> SetResult:
    """Score one report against one labelled set."""
    res = SetResult(
        set=lset.name,
        path=str(lset.path),
        seconds=seconds,
        warnings=list(lset.warnings),
        heldout=lset.heldout,
    )
    if report.get("schema") not in (None, "newsverify/report@1"):
        res.warnings.append(f"unexpected report schema {report.get('schema')!r}")
    score_claims(lset, report, res)
    score_findings(lset, report, res)
    return res


# ---------------------------------------------------------------- output


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def format_confusion(matrix: dict[str, dict[str, int]]) -> list[str]:
    cols = list(next(iter(matrix.values())).keys()) if matrix else []
    width = max(len(c) for c in [*cols, "gold \\ got"]) + 1
    lines = ["gold \\ got".ljust(14) + "".join(c.rjust(width) for c in cols)]
    for gold, row in matrix.items():
        lines.append(gold.ljust(14) + "".join(str(row[c]).rjust(width) for c in cols))
    return lines


def print_result(res: SetResult, verbose: bool) -> None:
    took = f" ({res.seconds:.1f} s)" if res.seconds is not None else ""
    tag = " (held out)" if res.heldout else ""
    print(f"== {res.set}{tag}{took}  [{res.path}]")
    for w in res.warnings:
        print(f"  warning: {w}")
    if res.error:
        print(f"  ERROR: {res.error}")
        return
    print(f"  claims: {res.claims}   accuracy: {pct(res.accuracy)}   macro-F1: {res.macro_f1:.3f}")
    worst = res.contradicted_as_supported
    flag = "!!" if worst else "ok"
    print(
        f"  {flag} gold-contradicted claims reported SUPPORTED: {len(worst)}"
        + (f"  -> {', '.join(worst)}" if worst else "")
    )
    for line in format_confusion(res.confusion):
        print(f"    {line}")
    print("  per type: " + ", ".join(f"{t} {v}" for t, v in res.by_type.items()))
    if res.findings:
        print(
            f"  findings: {res.findings} expected, {res.findings_reported} matched;"
            f" recall strict {pct(res.findings_strict)}, lenient {pct(res.findings_lenient)}"
        )
        if res.findings_contradicted_as_supported:
            print(
                f"  !! gold-contradicted findings reported SUPPORTED: "
                f"{len(res.findings_contradicted_as_supported)}"
            )
    if verbose:
        for title, items in (
            ("wrong claims", res.wrong_claims),
            ("wrong findings", res.wrong_findings),
        ):
            if items:
                print(f"  {title}:")
                for item in items:
                    print(f"    - {item}")


def overall(results: list[SetResult]) -> dict[str, Any]:
    """Totals across the scored sets (accuracy and finding recall are pooled, F1 is averaged)."""
    ok = [r for r in results if not r.error]
    claims = sum(r.claims for r in ok)
    correct = sum(round(r.accuracy * r.claims) for r in ok)
    findings = sum(r.findings for r in ok)
    strict = sum(round((r.findings_strict or 0) * r.findings) for r in ok)
    lenient = sum(round((r.findings_lenient or 0) * r.findings) for r in ok)
    return {
        "sets": len(results),
        "failed": len(results) - len(ok),
        "claims": claims,
        "accuracy": round(correct / claims, 3) if claims else None,
        "mean_macro_f1": round(sum(r.macro_f1 for r in ok) / len(ok), 3) if ok else None,
        "contradicted_as_supported": sum(len(r.contradicted_as_supported) for r in ok),
        "findings": findings,
        "findings_strict": round(strict / findings, 3) if findings else None,
        "findings_lenient": round(lenient / findings, 3) if findings else None,
    }


def totals(results: list[SetResult]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(in-sample totals, held-out totals or None): held-out sets never move the in-sample
    numbers that changes to the matcher are compared on."""
    inside = [r for r in results if not r.heldout]
    heldout = [r for r in results if r.heldout]
    return overall(inside), overall(heldout) if heldout else None


def print_overall(total: dict[str, Any], label: str = "overall") -> None:
    acc = pct(total["accuracy"])
    f1 = "-" if total["mean_macro_f1"] is None else f"{total['mean_macro_f1']:.3f}"
    print(
        f"== {label}: {total['sets']} sets ({total['failed']} failed), {total['claims']} claims,"
        f" accuracy {acc}, mean macro-F1 {f1}, contradicted->supported"
        f" {total['contradicted_as_supported']}, findings {total['findings']}"
        f" (strict {pct(total['findings_strict'])}, lenient {pct(total['findings_lenient'])})"
    )


# ---------------------------------------------------------------- command line


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 2)[2],
    )
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: all labelled sets)")
    ap.add_argument(
        "--report",
        type=Path,
        help="score this saved JSON report instead of running the tool (exactly one SET_DIR)",
    )
    ap.add_argument("--verbose", "-v", action="store_true", help="list wrong claims and findings")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per set (default 300)")
    return ap.parse_args(argv)


def score_one(path: Path, args: argparse.Namespace, command: list[str]) -> SetResult:
    try:
        lset = load_set(path)
    except (EvalError, OSError, yaml.YAMLError) as e:
        return SetResult(set=path.name, path=str(path), error=f"bad set: {e}")
    try:
        if args.report:
            report, seconds = load_yaml_or_json(args.report), None
        else:
            report, seconds = run_tool(command, lset, args.timeout)
    except EvalError as e:
        return SetResult(
            set=lset.name,
            path=str(lset.path),
            error=str(e),
            warnings=lset.warnings,
            heldout=lset.heldout,
        )
    return evaluate(lset, report, seconds)


def load_yaml_or_json(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise EvalError(f"cannot read report {path}: {e}") from e


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sets = args.sets or default_set_dirs()
    if not sets:
        print("evaluate.py: error: no labelled sets found", file=sys.stderr)
        return EXIT_TOOL
    if args.report and len(sets) != 1:
        print("evaluate.py: error: --report needs exactly one SET_DIR", file=sys.stderr)
        return EXIT_TOOL
    command = find_command()
    results = [score_one(p, args, command) for p in sets]
    total, heldout_total = totals(results)
    if args.json:
        print(
            json.dumps(
                {
                    "command": None if args.report else command,
                    "sets": [asdict(r) for r in results],
                    "overall": total,
                    "heldout_overall": heldout_total,
                },
                indent=1,
                ensure_ascii=False,
            )
        )
    else:
        print(f"tool: {' '.join(command)}" if not args.report else f"report: {args.report}")
        for res in results:
            print_result(res, args.verbose)
        if total["sets"] or not heldout_total:
            print_overall(total)
        if heldout_total:
            print_overall(heldout_total, "held out (not in overall)")
    return EXIT_TOOL if any(r.error for r in results) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
