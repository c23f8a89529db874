"""The command line through click's runner: exit codes, formats, and bad input."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsverify.cli import main, write_atomically

from .conftest import FIXTURES, ROOT

MINI = FIXTURES / "mini"


def run(*args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_json_report_on_fixture_corpus(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run(str(MINI), "--claims", str(MINI / "claims.yaml"), "-o", str(out))
    assert result.exit_code == 1  # something is contradicted, and fail-on defaults to that
    report = json.loads(out.read_text())
    assert report["schema"] == "newsverify/report@1"
    assert report["corpus"]["primary"] == 1 and report["corpus"]["secondary"] == 1
    verdicts = {c["id"]: c["verdict"] for c in report["claims"]}
    assert verdicts == {
        "containers-12": "supported",
        "containers-15": "contradicted",
        "cranes-40m": "supported",
        "dredging-10m": "missing",
        "quay-quote": "supported",
    }
    assert set(report["summary"]) == {"supported", "contradicted", "missing"}


def test_offsets_point_at_the_text_in_the_original_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    run(str(MINI), "--claims", str(MINI / "claims.yaml"), "-o", str(out))
    report = json.loads(out.read_text())
    assert report["findings"]
    for finding in report["findings"]:
        original = Path(finding["path"]).read_text(encoding="utf-8")
        assert original[finding["start"] : finding["end"]] == finding["text"]
        for evidence in finding["evidence"]:
            source = Path(evidence["path"]).read_text(encoding="utf-8")
            assert source[evidence["start"] : evidence["end"]] == evidence["sentence"]


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("never", 0), ("contradicted", 1), ("missing", 1)]
)
def test_fail_on_levels(fail_on: str, expected: int) -> None:
    result = run(
        str(MINI), "--claims", str(MINI / "claims.yaml"), "--fail-on", fail_on, "--format", "json"
    )
    assert result.exit_code == expected


def test_nothing_failing_exits_zero(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: ok\n    text: Container traffic rose by 12% in 2024.\n")
    primary = tmp_path / "corpus"
    primary.mkdir()
    (primary / "bulletin.md").write_text((MINI / "primary" / "bulletin.md").read_text())
    result = run(str(primary), "--claims", str(claims), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["claims"][0]["verdict"] == "supported"


def test_markdown_is_the_default_off_a_terminal() -> None:
    result = run(str(MINI), "--claims", str(MINI / "claims.yaml"), "--fail-on", "never")
    assert result.output.startswith("# newsverify report")
    assert "| contradicted |" in result.output


def test_table_format_renders() -> None:
    result = run(
        str(MINI), "--claims", str(MINI / "claims.yaml"), "--format", "table", "--fail-on", "never"
    )
    assert result.exit_code == 0
    assert "containers-15" in result.output and "contradicted" in result.output


def _corpus_with(tmp_path: Path, name: str, content: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "good.txt").write_text("A title\n\nThe council said turnout was 52%.\n")
    (corpus / name).write_bytes(content)
    return corpus


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x00\x01\x02PNG", "binary file"),
        ("latin1.txt", b"caf\xe9 au lait", "invalid UTF-8 at byte 3"),
        ("empty.txt", b"", "empty file"),
    ],
)
def test_unreadable_articles_are_skipped_listed_and_exit_2(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    corpus = _corpus_with(tmp_path, name, content)
    out = tmp_path / "r.json"
    result = run(str(corpus), "--claims", str(MINI / "claims.yaml"), "-o", str(out))
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(error_lines) == 1
    assert name in error_lines[0] and message in error_lines[0]
    # Nothing else is lost: the readable article is still in the report.
    report = json.loads(out.read_text())
    assert report["corpus"]["documents"] == 1
    assert report["corpus"]["skipped"] == [
        {
            "path": str(corpus / name),
            "reason": error_lines[0].split(": ", 3)[-1].removesuffix(" (skipped)"),
        }
    ]


def test_other_kinds_of_file_are_listed_but_do_not_fail(tmp_path: Path) -> None:
    corpus = _corpus_with(tmp_path, "logo.png", b"\x89PNG\r\n")
    result = run(
        str(corpus), "--claims", str(MINI / "claims.yaml"), "--format", "json", "--fail-on", "never"
    )
    assert result.exit_code == 0
    skipped = json.loads(result.stdout)["corpus"]["skipped"]
    assert skipped == [{"path": str(corpus / "logo.png"), "reason": "not a text file (.png)"}]


@pytest.mark.parametrize(
    ("claims", "fragment"),
    [
        ("claims:\n  - id: a\n    text: [unclosed\n", "invalid YAML"),
        ("claims:\n  - id: a\n    text: x\n    colour: red\n", ":4: claims.0.colour: unknown key"),
        (
            "claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n",
            ":4: claims.id: duplicate id 'a'",
        ),
    ],
)
def test_malformed_claims_file(tmp_path: Path, claims: str, fragment: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(claims)
    result = run(str(MINI), "--claims", str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"verify: error: {path}") and fragment in lines[0]


def test_missing_path(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nowhere"), "--claims", str(MINI / "claims.yaml"))
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == f"verify: error: {tmp_path / 'nowhere'}: no such file or directory"
    )


def test_missing_claims_file(tmp_path: Path) -> None:
    result = run(str(MINI), "--claims", str(tmp_path / "none.yaml"))
    assert result.exit_code == 2
    assert "none.yaml: no such file" in result.stderr


def test_no_path_is_a_usage_error() -> None:
    result = run()
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def test_bundled_corpus_runs() -> None:
    result = run(
        str(ROOT / "corpus"),
        "--claims",
        str(ROOT / "claims.yaml"),
        "--format",
        "json",
        "--fail-on",
        "never",
    )
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["corpus"] == {"documents": 14, "primary": 11, "secondary": 3, "skipped": []}
    # Every offset points at the reported text in the original file, typographic
    # characters included.
    texts = {}
    for finding in report["findings"]:
        path = finding["path"]
        texts.setdefault(path, Path(path).read_text(encoding="utf-8"))
        assert texts[path][finding["start"] : finding["end"]] == finding["text"]
        for evidence in finding["evidence"]:
            source = texts.setdefault(evidence["path"], Path(evidence["path"]).read_text("utf-8"))
            assert source[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_output_to_a_pipe_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    # `-o /dev/null` as root once renamed a regular file over the device; a FIFO stands in
    # for any path that is not a regular file.
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()), daemon=True)
    reader.start()
    write_atomically(fifo, "report text")
    reader.join(timeout=5)
    assert received == ["report text"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
