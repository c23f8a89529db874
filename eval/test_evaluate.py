"""Checks for eval/evaluate.py on hand-made reports (no tool run needed).

Run with `python -m pytest eval/test_evaluate.py` or `python eval/test_evaluate.py`.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402

SETS = Path(__file__).resolve().parent / "sets"


def make_set(tmp: Path) -> Path:
    """A four-claim set with two expected findings."""
    (tmp / "corpus").mkdir()
    (tmp / "claims.yaml").write_text(
        yaml.safe_dump(
            {"claims": [{"id": i, "text": "x"} for i in ("a-sup", "b-con", "c-mis", "d-con")]}
        )
    )
    (tmp / "gold.yaml").write_text(
        yaml.safe_dump(
            {
                "a-sup": {"verdict": "supported", "type": "percent", "why": "."},
                "b-con": {"verdict": "contradicted", "type": "quote", "why": "."},
                "c-mis": {"verdict": "missing", "type": "percent", "why": "."},
                "d-con": {"verdict": "contradicted", "type": "date", "why": "."},
            }
        )
    )
    (tmp / "findings.yaml").write_text(
        yaml.safe_dump(
            [
                {
                    "file": "news.txt",
                    "excerpt": "rose by 6%",
                    "verdict": "contradicted",
                    "accept": ["missing"],
                },
                {
                    "file": "news.txt",
                    "excerpt": "“not a mild illness”",
                    "verdict": "supported",
                    "accept": [],
                },
                {"file": "news.txt", "excerpt": "£20m", "verdict": "contradicted", "accept": []},
            ]
        )
    )
    return tmp


FAKE_REPORT = {
    "schema": "newsverify/report@1",
    "claims": [
        {"id": "a-sup", "verdict": "supported", "reason": "ok"},
        {"id": "b-con", "verdict": "supported", "reason": "quote found"},  # the worst error
        {"id": "c-mis", "verdict": "missing", "reason": "no passage"},
        # d-con absent
    ],
    "findings": [
        {
            "path": "/abs/corpus/news/news.txt",
            "kind": "figure",
            "text": "6%",
            "sentence": "Positivity rose by 6% to 24%.",
            "verdict": "missing",
            "reason": "r",
        },
        {
            "path": "/abs/corpus/news/news.txt",
            "kind": "figure",
            "text": "24%",
            "sentence": "Positivity rose by 6% to 24%.",
            "verdict": "supported",
            "reason": "r",
        },
        {
            "path": "/abs/corpus/news/news.txt",
            "kind": "quote",
            "text": '"Not a mild illness"',
            "sentence": "...",
            "verdict": "supported",
            "reason": "r",
        },
        {
            "path": "/abs/corpus/news/other.txt",
            "kind": "figure",
            "text": "£20m",
            "sentence": "...",
            "verdict": "contradicted",
            "reason": "wrong file",
        },
    ],
}


def test_metrics_on_fake_report(tmp_path: Path) -> None:
    lset = ev.load_set(make_set(tmp_path))
    res = ev.evaluate(lset, FAKE_REPORT)
    assert res.claims == 4 and res.accuracy == 0.5
    assert res.contradicted_as_supported == ["b-con"]
    assert res.confusion["contradicted"] == {
        "supported": 1,
        "contradicted": 0,
        "missing": 0,
        "absent": 1,
    }
    assert res.confusion["supported"]["supported"] == 1
    assert res.by_type == {"date": "0/1", "percent": "2/2", "quote": "0/1"}
    # F1: supported p=1/2 r=1 -> 2/3; contradicted 0; missing 1 -> mean 5/9
    assert res.macro_f1 == round(5 / 9, 3)
    # findings: "6%" matches (lenient only), the quote matches strictly, £20m is in another file
    assert (res.findings, res.findings_reported) == (3, 2)
    assert res.findings_strict == round(1 / 3, 3) and res.findings_lenient == round(2 / 3, 3)
    assert any("NOT REPORTED" in w for w in res.wrong_findings)


def test_match_prefers_longest_overlap() -> None:
    found = [
        {"path": "x/a.txt", "text": "double", "sentence": "s"},
        {"path": "x/a.txt", "text": "doubled", "sentence": "s"},
    ]
    assert ev.match_finding({"file": "a.txt", "excerpt": "Doubled"}, found)["text"] == "doubled"
    assert ev.match_finding({"file": "b.txt", "excerpt": "doubled"}, found) is None


def test_perfect_report_on_real_sets(tmp_path: Path) -> None:
    """A report equal to gold scores 100% on each bundled set, through main() and --report."""
    for name in ("central-bank", "health-stats", "labour-market", "transport-safety"):
        gold = yaml.safe_load((SETS / name / "gold.yaml").read_text())
        report = {
            "schema": "newsverify/report@1",
            "findings": [],
            "claims": [{"id": k, "verdict": v["verdict"]} for k, v in gold.items()],
        }
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(report))
        res = ev.evaluate(ev.load_set(SETS / name), report)
        assert res.accuracy == 1.0 and res.macro_f1 == 1.0 and not res.warnings, res
        with contextlib.redirect_stdout(io.StringIO()) as out:
            assert ev.main([str(SETS / name), "--report", str(path), "--json"]) == ev.EXIT_OK
        scores = json.loads(out.getvalue())
        # a held-out set is totalled apart, leaving the in-sample total empty
        total = scores["heldout_overall"] if res.heldout else scores["overall"]
        assert total["accuracy"] == 1.0


def test_heldout_sets_are_totalled_apart(tmp_path: Path) -> None:
    """A set whose set.yaml says `heldout: true` is scored, but kept out of `overall`."""
    (tmp_path / "inside").mkdir()
    (tmp_path / "held").mkdir()
    inside, held = make_set(tmp_path / "inside"), make_set(tmp_path / "held")
    (held / "set.yaml").write_text("heldout: true\n")
    gold = yaml.safe_load((inside / "gold.yaml").read_text())
    right = [{"id": k, "verdict": v["verdict"]} for k, v in gold.items()]
    wrong = [{"id": k, "verdict": "missing"} for k in gold]
    results = [
        ev.evaluate(ev.load_set(inside), {"claims": right, "findings": []}),
        ev.evaluate(ev.load_set(held), {"claims": wrong, "findings": []}),
    ]
    assert [r.heldout for r in results] == [False, True]
    total, heldout_total = ev.totals(results)
    assert (total["sets"], total["accuracy"]) == (1, 1.0)
    assert heldout_total is not None
    assert (heldout_total["sets"], heldout_total["accuracy"]) == (1, 0.25)
    assert ev.totals(results[:1])[1] is None


def test_bad_heldout_flag_is_a_bad_set(tmp_path: Path) -> None:
    (make_set(tmp_path) / "set.yaml").write_text("heldout: maybe\n")
    res = ev.score_one(tmp_path, ev.parse_args([str(tmp_path)]), ["true"])
    assert res.error and "heldout" in res.error


def test_real_sets_findings_quote_their_files() -> None:
    """Every expected finding's excerpt is printed in the file it names (so a typo in gold
    cannot silently turn into a 'NOT REPORTED')."""
    for path in ev.default_set_dirs():
        lset = ev.load_set(path)
        for expected in lset.findings:
            files = list(lset.corpus.rglob(expected["file"]))
            assert len(files) == 1, (lset.name, expected["file"])
            text = ev.norm(files[0].read_text(encoding="utf-8"))
            assert ev.norm(expected["excerpt"]) in text, (lset.name, expected["excerpt"])


def test_bad_usage_exit_code(tmp_path: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert ev.main([str(tmp_path), "--report", "nope.json"]) == ev.EXIT_TOOL  # not a set
        assert (
            ev.main([str(SETS / "central-bank"), str(SETS / "health-stats"), "--report", "r.json"])
            == ev.EXIT_TOOL
        )


if __name__ == "__main__":
    import tempfile

    for name, fn in list(globals().items()):
        if name.startswith("test_"):
            with tempfile.TemporaryDirectory() as d:
                fn(Path(d)) if fn.__code__.co_argcount else fn()
            print(f"ok {name}")
