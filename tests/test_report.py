"""Reports: the JSON contract key for key (SPEC §5), a golden markdown report, escaping."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsverify.claims import load_claims
from newsverify.pipeline import Analyzer
from newsverify.report import escape_markdown, render_json, render_markdown
from newsverify.verification import Report, run_verification

from .conftest import FIXTURES

MINI = FIXTURES / "mini"
GOLDEN = FIXTURES / "mini-report.md"


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> Report:
    # Relative paths, as a user would type them, so the golden file does not depend on
    # where the repository is checked out.
    here = Path.cwd()
    os.chdir(FIXTURES)
    try:
        return run_verification(["mini"], load_claims("mini/claims.yaml"), analyzer)
    finally:
        os.chdir(here)


def test_json_matches_the_spec_key_for_key(report: Report) -> None:
    data = json.loads(render_json(report))
    assert list(data)[:5] == ["schema", "corpus", "claims", "findings", "summary"]
    assert data["schema"] == "newsverify/report@1"
    assert set(data["corpus"]) >= {"documents", "primary", "secondary", "skipped"}
    evidence_keys = {"path", "document", "sentence", "start", "end", "relation"}
    for claim in data["claims"]:
        assert set(claim) >= {"id", "text", "verdict", "reason", "evidence"}
        for evidence in claim["evidence"]:
            assert set(evidence) >= evidence_keys
            assert evidence["relation"] in ("supports", "contradicts")
    kinds = set()
    for finding in data["findings"]:
        assert set(finding) >= {
            "path",
            "document",
            "kind",
            "text",
            "sentence",
            "start",
            "end",
            "verdict",
            "reason",
            "evidence",
        }
        kinds.add(finding["kind"])
        if finding["kind"] == "figure":
            assert set(finding["figure"]) >= {"value", "unit", "kind", "currency", "bound"}
            assert finding["figure"]["kind"] in {
                "level",
                "change",
                "multiplier",
                "count",
                "money",
                "date",
                "year",
                "duration",
            }
        else:
            assert set(finding["quote"]) == {"speaker"}
        assert finding["document"].startswith(finding["path"] + "#")
    assert kinds == {"figure", "quote"}
    assert set(data["summary"]) == {"supported", "contradicted", "missing"}
    assert sum(data["summary"].values()) == len(data["claims"]) + len(data["findings"])


def test_markdown_report_matches_golden_file(report: Report) -> None:
    rendered = render_markdown(report)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8"), (
        "the markdown report changed; if intended, rerun with UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("| a | b |", "\\| a \\| b \\|"),
        ("**bold** and _it_", "\\*\\*bold\\*\\* and \\_it\\_"),
        ("[link](http://x)", "\\[link\\]\\(http://x\\)"),
        ("<script>", "\\<script\\>"),
        ("line\nbreak", "line break"),
    ],
)
def test_corpus_text_cannot_break_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped
