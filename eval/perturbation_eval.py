#!/usr/bin/env python3
"""Wrong supports a labelled set does not plant: perturbed copies of its supported claims.

Every claim a set's gold calls supported is copied with one thing changed that makes it
unsupported by the same primaries: its number (times 1.37), its year (three years earlier),
the direction of its change ("rose" for "fell"), or its speaker (another speaker the set's
claims quote). Any copy the tool still reports supported is a wrong support that no
hand-written trap covered; the script prints each with the tool's reason.

    python eval/perturbation_eval.py eval/sets/central-bank eval/sets/health-stats
    python eval/perturbation_eval.py --json $(ls -d eval/sets/*)

A perturbed copy may be a claim the primaries support anyway (a number that also occurs for
the subject, a year the primary also covers); the listing is for a person to read, not a
score to tune. Held-out sets are skipped unless named with --include-heldout.
Needs the project's package (it checks claims in-process, without the CLI).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from newsverify.claims import Claim, load_claims
from newsverify.corpus import load_corpus
from newsverify.evidence import EvidenceIndex
from newsverify.pipeline import Analyzer, load_analyzer
from newsverify.primary import is_primary
from newsverify.verification import check_claim

# A number that is neither a year nor part of a date or a name ("COVID-19", "WGS34").
_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{2,})(?![\w,/-]*\d)(?!\w)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# Verbs and comparatives of a change, when a value follows them.
_WAYS = {
    "rose": "fell",
    "fell": "rose",
    "increased": "decreased",
    "decreased": "increased",
    "grew": "shrank",
    "higher": "lower",
    "lower": "higher",
    "up": "down",
    "down": "up",
}
_WAY = re.compile(r"\b(" + "|".join(_WAYS) + r")\b(?=\s+(?:by\s+|to\s+|on\s+)?[£$€]?\d)")
_SAYER = re.compile(r"^((?:[A-Z][\w.'-]+ ){0,3}[A-Z][\w'-]+) (?:said|told|says|warned|added)\b")


def perturb_number(text: str, _speakers: list[str]) -> str | None:
    for match in _NUMBER.finditer(text):
        digits = match.group(1)
        near = text[max(0, match.start() - 12) : match.end() + 12]
        if _YEAR.fullmatch(digits) or _MONTH.search(near):
            continue
        value = float(digits.replace(",", "")) * 1.37
        if "." in digits:
            changed = f"{value:.{len(digits.split('.')[1])}f}"
        else:
            changed = f"{round(value):,}" if "," in digits else str(round(value))
        return text[: match.start(1)] + changed + text[match.end(1) :]
    return None


def perturb_year(text: str, _speakers: list[str]) -> str | None:
    match = _YEAR.search(text)
    if match is None:
        return None
    return text[: match.start()] + str(int(match.group(0)) - 3) + text[match.end() :]


def perturb_direction(text: str, _speakers: list[str]) -> str | None:
    match = _WAY.search(text)
    if match is None:
        return None
    return text[: match.start()] + _WAYS[match.group(1)] + text[match.end() :]


def perturb_speaker(text: str, speakers: list[str]) -> str | None:
    match = _SAYER.match(text)
    if match is None:
        return None
    surname = match.group(1).split()[-1]
    others = [s for s in speakers if s.split()[-1] != surname]
    return others[0] + text[match.end(1) :] if others else None


PERTURBATIONS: dict[str, Callable[[str, list[str]], str | None]] = {
    "number": perturb_number,
    "year": perturb_year,
    "direction": perturb_direction,
    "speaker": perturb_speaker,
}


def supported_claims(set_dir: Path) -> Iterator[Claim]:
    gold = yaml.safe_load((set_dir / "gold.yaml").read_text(encoding="utf-8")) or {}
    for claim in load_claims(str(set_dir / "claims.yaml")).claims:
        label = gold.get(claim.id)
        verdict = label.get("verdict") if isinstance(label, dict) else label
        if verdict == "supported":
            yield claim


def evaluate_set(analyzer: Analyzer, set_dir: Path) -> list[dict[str, str]]:
    """One row per perturbed copy: kind, text, verdict, reason."""
    claims_file = load_claims(str(set_dir / "claims.yaml"))
    corpus = load_corpus([str(set_dir / "corpus")])
    primaries = [d for d in corpus.documents if is_primary(d, claims_file.primary)]
    index = EvidenceIndex(list(analyzer.parse_documents(primaries)))
    speakers = sorted({m.group(1) for c in claims_file.claims if (m := _SAYER.match(c.text))})
    rows = []
    for claim in supported_claims(set_dir):
        for kind, perturb in PERTURBATIONS.items():
            text = perturb(claim.text, speakers)
            if not text or text == claim.text:
                continue
            verdict = check_claim(Claim(id=f"{claim.id}-{kind}", text=text), analyzer, index)
            rows.append(
                {
                    "set": set_dir.name,
                    "claim": claim.id,
                    "kind": kind,
                    "text": text,
                    "verdict": verdict.verdict,
                    "reason": verdict.reason,
                }
            )
    return rows


def is_heldout(set_dir: Path) -> bool:
    meta = set_dir / "set.yaml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.exists() else None
    return bool(data and data.get("heldout"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="set folders with claims and gold")
    ap.add_argument("--json", action="store_true", help="print every perturbed copy as JSON")
    ap.add_argument("--include-heldout", action="store_true", help="also run held-out sets")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets if args.include_heldout or not is_heldout(s)]
    analyzer = load_analyzer()
    rows = [row for set_dir in sets for row in evaluate_set(analyzer, set_dir)]
    if args.json:
        json.dump(rows, sys.stdout, indent=1)
        return 0
    tried = Counter(row["kind"] for row in rows)
    wrong = [row for row in rows if row["verdict"] == "supported"]
    for row in wrong:
        print(f"{row['set']}: {row['kind']}: {row['text']}\n    -> {row['reason'][:200]}")
    print(f"\n{len(sets)} sets, {len(rows)} perturbed copies of supported claims")
    for kind in PERTURBATIONS:
        still = sum(1 for row in wrong if row["kind"] == kind)
        print(f"  {kind:10} {tried[kind]:4} tried, {still:3} still reported supported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
