"""CI use: --since on a real git repository, GitHub annotations, JUnit XML, baselines."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from junitparser import Failure, JUnitXml, Skipped

from newsverify.changes import changed_files
from newsverify.ci_report import escape_data, escape_property
from newsverify.cli import main

from .conftest import FIXTURES

MINI = FIXTURES / "mini"
BULLETIN = MINI / "primary" / "bulletin.md"
# Claims the bulletin supports: a failing run is the articles' doing.
GOOD_CLAIMS = """\
claims:
  - id: containers-12
    text: Container traffic rose by 12% in 2024.
  - id: quay-quote
    text: 'Ines Kovac said "The new quay paid for itself."'
"""
FAITHFUL = """\
Harbour keeps its word
date 2025-03-05

Container traffic rose by 12% in 2024, the Harbour Authority said.

"The new quay paid for itself," said harbour master Ines Kovac.
"""
# The same story with the harbour master's words altered ("boats" for "ships").
MISQUOTING = """\
Harbour has a record year
date 2025-03-05

Container traffic rose by 12% in 2024, the Harbour Authority said.

"We have never handled so many boats in a single year," said harbour master Ines Kovac.
"""
# An older article with a contradicted figure: --since must leave it alone.
OLD_WRONG = """\
Traffic boom
date 2025-03-05

Container traffic rose by 15% in 2024, the Harbour Authority said.
"""


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def git(repo: Path, *args: str) -> str:
    completed = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True)
    return completed.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with a corpus (the mini bulletin, an old article) and claims, committed,
    as the working directory."""
    root = tmp_path / "news repo"
    (root / "corpus").mkdir(parents=True)
    shutil.copy(BULLETIN, root / "corpus" / "bulletin.md")
    (root / "corpus" / "old.txt").write_text(OLD_WRONG, encoding="utf-8")
    (root / "claims.yaml").write_text(GOOD_CLAIMS, encoding="utf-8")
    git(root, "init", "-q")
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@example.org")
    git(root, "config", "commit.gpgsign", "false")
    commit(root, "corpus")
    monkeypatch.chdir(root)
    return root


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def annotations(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse workflow commands back: (level, properties, message), escapes undone."""
    parsed = []
    for line in output.splitlines():
        assert line.startswith("::"), line
        head, message = line[2:].split("::", 1)
        level, _, listed = head.partition(" ")
        properties = {}
        for item in filter(None, listed.split(",")):
            key, value = item.split("=", 1)
            properties[key] = unescape(value)
        parsed.append((level, properties, unescape(message)))
    return parsed


def unescape(text: str) -> str:
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


# --since and --format github: the acceptance test ------------------------------------------


def test_since_annotates_a_misquote_in_the_new_article_and_a_baseline_accepts_it(
    repo: Path,
) -> None:
    article = repo / "corpus" / "harbour récord year.txt"  # a space and an accent
    article.write_text(MISQUOTING, encoding="utf-8")
    commit(repo, "misquote")

    result = run("corpus/", "--since", "HEAD~1", "--format", "github")

    assert result.exit_code == 1, result.output
    found = annotations(result.stdout)
    errors = [(properties, message) for level, properties, message in found if level == "error"]
    # One error, the misquote: the old article's wrong figure is not checked, the claims hold.
    assert len(errors) == 1, result.stdout
    properties, message = errors[0]
    lines = MISQUOTING.splitlines()
    quote_line = next(n for n, text in enumerate(lines, start=1) if "boats" in text)
    assert properties["file"] == "corpus/harbour récord year.txt"
    assert properties["line"] == str(quote_line)
    assert properties["col"] == str(lines[quote_line - 1].index("We have") + 1)
    assert message.startswith("contradicted: quote ")
    assert '"boats" where the primary has "ships"' in message
    assert "evidence: corpus/bulletin.md:11" in message
    assert found[-1][0] == "notice" and "1 failing" in found[-1][2]
    assert "checking 1 of 2 articles" in result.stderr

    baseline = repo / "newsverify-baseline.json"
    written = run("corpus/", "--write-baseline", str(baseline), "--format", "json")
    assert written.exit_code == 0, written.output
    accepted = json.loads(baseline.read_text(encoding="utf-8"))["accepted"]
    assert {(item["where"], item["kind"]) for item in accepted} == {
        ("corpus/harbour récord year.txt", "quote"),
        ("corpus/old.txt", "figure"),
    }

    again = run("corpus/", "--since", "HEAD~1", "--format", "github", "--baseline", str(baseline))
    assert again.exit_code == 0, again.output
    [(level, _, message)] = [a for a in annotations(again.stdout) if "file" in a[1]]
    assert level == "notice" and message.startswith("contradicted (baselined): quote")


def test_since_sees_staged_unstaged_and_untracked_articles_but_not_deleted_or_ignored(
    repo: Path,
) -> None:
    corpus = repo / "corpus"
    (corpus / "gone.txt").write_text(FAITHFUL, encoding="utf-8")
    (corpus / "edited.txt").write_text(FAITHFUL, encoding="utf-8")
    (repo / ".gitignore").write_text("*.draft.txt\n", encoding="utf-8")
    commit(repo, "more")
    (corpus / "gone.txt").unlink()
    (corpus / "edited.txt").write_text(FAITHFUL + "\nMore later.\n", encoding="utf-8")
    (corpus / "staged.txt").write_text(FAITHFUL, encoding="utf-8")
    git(repo, "add", "corpus/staged.txt")
    (corpus / 'new, "odd" name.txt').write_text(FAITHFUL, encoding="utf-8")
    (corpus / "notes.draft.txt").write_text(FAITHFUL, encoding="utf-8")

    changed = changed_files(["corpus"], "HEAD")

    names = {os.path.relpath(path, os.path.realpath(corpus)) for path in changed}
    assert names == {"edited.txt", "staged.txt", 'new, "odd" name.txt'}


def test_unchanged_articles_are_not_checked_but_claims_are(repo: Path) -> None:
    result = run("corpus/", "--since", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["findings"] == []
    assert report["corpus"]["documents"] == 2  # the old article is loaded, just not checked
    assert {c["id"]: c["verdict"] for c in report["claims"]} == {
        "containers-12": "supported",
        "quay-quote": "supported",
    }
    # Without --since the old article's wrong figure fails the run.
    assert run("corpus/", "--format", "json").exit_code == 1


def test_since_outside_a_git_repository_is_bad_usage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BULLETIN, corpus / "bulletin.md")
    result = run(str(corpus), "--since", "HEAD")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"verify: error: {corpus}: not inside a git repository (--since needs one)"
    )


@pytest.mark.parametrize("ref", ["no-such-branch", "HEAD~5", "--all"])
def test_since_an_unknown_ref_is_bad_usage(repo: Path, ref: str) -> None:
    result = run("corpus/", f"--since={ref}")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("verify: error: --since: ") and ref in line


# --format github -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% of it", "50%25 of it", "50%25 of it"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("corpus/a, b: c.txt", "corpus/a, b: c.txt", "corpus/a%2C b%3A c.txt"),
        ("%0A is literal", "%250A is literal", "%250A is literal"),
    ],
)
def test_github_escaping(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_github_annotation_survives_commas_colons_and_percents_in_names(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BULLETIN, corpus / "bulletin.md")
    name = "port, 100%: news.txt"
    (corpus / name).write_text(MISQUOTING, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(GOOD_CLAIMS, encoding="utf-8")
    result = run(str(corpus), "--claims", str(claims), "--format", "github")
    assert result.exit_code == 1
    [(level, properties, message)] = [a for a in annotations(result.stdout) if a[0] == "error"]
    assert properties["file"] == f"{corpus}/{name}"
    assert properties["title"] == "newsverify: contradicted quote"
    assert "\n" not in message


def test_github_annotates_failing_claims_on_their_line_and_missing_only_when_asked() -> None:
    claims = str(MINI / "claims.yaml")

    def on_claims(annotation: tuple[str, dict[str, str], str]) -> bool:
        # The path is made relative to the working directory, as GitHub expects.
        return Path(annotation[1].get("file", "/")).resolve() == MINI / "claims.yaml"

    contradicted = run(str(MINI), "--claims", claims, "--format", "github")
    claim_notes = [a for a in annotations(contradicted.stdout) if on_claims(a)]
    assert [(a[0], a[1]["line"]) for a in claim_notes] == [("error", "4")]  # containers-15
    assert "claim containers-15" in claim_notes[0][2]

    missing = run(str(MINI), "--claims", claims, "--format", "github", "--fail-on", "missing")
    claim_lines = {a[1]["line"] for a in annotations(missing.stdout) if on_claims(a)}
    assert claim_lines == {"4", "8"}  # dredging-10m is missing

    never = run(str(MINI), "--claims", claims, "--format", "github", "--fail-on", "never")
    assert never.exit_code == 0
    levels = {a[0] for a in annotations(never.stdout)}
    assert levels == {"warning", "notice"}


# --format junit --------------------------------------------------------------------------


def test_junit_report_is_valid_and_counts_what_fails(tmp_path: Path) -> None:
    out = tmp_path / "report.xml"  # the suffix picks the format
    result = run(str(MINI), "--claims", str(MINI / "claims.yaml"), "-o", str(out))
    assert result.exit_code == 1
    as_json = json.loads(run(str(MINI), "--claims", str(MINI / "claims.yaml"), "--format",
                             "json").stdout)  # fmt: skip
    verdicts = [item["verdict"] for item in [*as_json["claims"], *as_json["findings"]]]

    xml = JUnitXml.fromfile(str(out))
    cases = [case for suite in xml for case in suite]
    assert len(cases) == len(verdicts)
    failures = [case for case in cases if any(isinstance(r, Failure) for r in case.result)]
    skipped = [case for case in cases if any(isinstance(r, Skipped) for r in case.result)]
    assert len(failures) == verdicts.count("contradicted")
    assert len(skipped) == verdicts.count("missing")
    claim = next(case for case in cases if case.name == "containers-15")
    assert Path(claim.classname).resolve() == MINI / "claims.yaml"
    assert claim.result[0].type == "contradicted"
    assert "rose by 12%" in claim.result[0].text  # the evidence is in the body
    assert int(xml.failures) == len(failures)
    assert all(case.classname.endswith("port-news.txt") for case in failures if case is not claim)


def test_junit_escapes_markup_and_control_characters(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BULLETIN, corpus / "bulletin.md")
    text = MISQUOTING.replace("boats", "boats & <ships>\x01")
    (corpus / "a&b <c>.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.xml"
    claims = tmp_path / "claims.yaml"
    claims.write_text(GOOD_CLAIMS, encoding="utf-8")
    result = run(
        str(corpus),
        "--claims",
        str(claims),
        "--format",
        "junit",
        "-o",
        str(out),
        "--fail-on",
        "never",
    )
    assert result.exit_code == 0
    xml = JUnitXml.fromfile(str(out))
    names = [case.name for suite in xml for case in suite]
    assert any("boats & <ships>\ufffd" in name for name in names), names
    assert any(suite.name.endswith("a&b <c>.txt") for suite in xml)


# --baseline ------------------------------------------------------------------------------


def test_baseline_round_trip_survives_unrelated_edits_and_catches_new_problems(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BULLETIN, corpus / "bulletin.md")
    article = corpus / "story.txt"
    article.write_text(MISQUOTING, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(GOOD_CLAIMS, encoding="utf-8")
    baseline = tmp_path / "ci" / "baseline.json"
    common = (str(corpus), "--claims", str(claims), "--format", "json")

    assert run(*common).exit_code == 1
    assert run(*common, "--write-baseline", str(baseline)).exit_code == 0
    text = baseline.read_text(encoding="utf-8")
    assert json.loads(text)["schema"] == "newsverify/baseline@1"
    assert run(*common, "--write-baseline", str(baseline)).exit_code == 0
    assert baseline.read_text(encoding="utf-8") == text  # stable: rewriting changes nothing
    assert [p.name for p in baseline.parent.iterdir()] == ["baseline.json"]  # no temp files

    # A new paragraph above shifts every offset; the accepted misquote stays accepted.
    moved = MISQUOTING.replace("\n\n", "\n\nThe port also opened a new ferry terminal.\n\n", 1)
    article.write_text(moved, encoding="utf-8")
    result = run(*common, "--baseline", str(baseline))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    flags = {f["verdict"]: f["baselined"] for f in report["findings"]}
    assert flags == {"contradicted": True, "supported": False}

    # Another misquote is new and fails, while the accepted one stays marked.
    worse = moved + '\n"The new quay paid for itself twice," Ines Kovac added.\n'
    article.write_text(worse, encoding="utf-8")
    result = run(*common, "--baseline", str(baseline))
    assert result.exit_code == 1
    contradicted = [f for f in json.loads(result.stdout)["findings"] if f["verdict"] ==
                    "contradicted"]  # fmt: skip
    assert sorted(f["baselined"] for f in contradicted) == [False, True]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"schema": "newsverify/baseline@1", "accepted": [', "invalid JSON"),
        ('{"accepted": []}', "not a newsverify baseline"),
        ('{"schema": "newsverify/baseline@1", "accepted": {}}', '"accepted" must be a list'),
        ('{"schema": "newsverify/baseline@1", "accepted": [{"x": 1}]}', 'no "fingerprint"'),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_malformed_baseline_is_one_line_naming_the_file(
    tmp_path: Path, content: str | bytes, expected: str
) -> None:
    baseline = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        baseline.write_bytes(content)
    else:
        baseline.write_text(content, encoding="utf-8")
    result = run(str(MINI), "--claims", str(MINI / "claims.yaml"), "--baseline", str(baseline))
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"verify: error: {baseline}") and expected in line


def test_missing_baseline_and_write_baseline_with_since_are_bad_usage(tmp_path: Path) -> None:
    result = run(str(MINI), "--baseline", str(tmp_path / "none.json"))
    assert result.exit_code == 2 and "no such baseline file" in result.stderr
    result = run(str(MINI), "--since", "HEAD", "--write-baseline", str(tmp_path / "b.json"))
    assert result.exit_code == 2 and "drop --since" in result.stderr
    assert not (tmp_path / "b.json").exists()


def test_since_a_branch_that_moved_on_counts_only_this_branchs_changes(repo: Path) -> None:
    git(repo, "branch", "-M", "main")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "corpus" / "mine.txt").write_text(FAITHFUL, encoding="utf-8")
    commit(repo, "feature article")
    git(repo, "checkout", "-q", "main")
    (repo / "corpus" / "old.txt").write_text(OLD_WRONG + "\nUpdated.\n", encoding="utf-8")
    commit(repo, "main edits an old article")
    git(repo, "checkout", "-q", "feature")

    changed = changed_files(["corpus"], "main")

    assert {Path(path).name for path in changed} == {"mine.txt"}


def test_github_annotates_unreadable_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BULLETIN, corpus / "bulletin.md")
    (corpus / "broken.txt").write_bytes(b"caf\xe9\n")
    claims = tmp_path / "claims.yaml"
    claims.write_text(GOOD_CLAIMS, encoding="utf-8")
    result = run(str(corpus), "--claims", str(claims), "--format", "github")
    assert result.exit_code == 2
    [(level, properties, message)] = [a for a in annotations(result.stdout) if "file" in a[1]]
    assert (level, properties["file"]) == ("error", f"{corpus}/broken.txt")
    assert "invalid UTF-8" in message


def test_github_format_goes_to_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "annotations.txt"
    claims = str(MINI / "claims.yaml")
    result = run(str(MINI), "--claims", claims, "--format", "github", "-o", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    found = annotations(out.read_text(encoding="utf-8"))
    assert found[-1][0] == "notice" and any(level == "error" for level, _, _ in found)
