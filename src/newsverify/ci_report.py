"""Reports for CI systems: GitHub Actions workflow commands and JUnit XML.

Both say what fails the build the way `verify`'s exit status does: a claim or finding at or
above the --fail-on level that no baseline accepts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from .corpus import Document
from .matching import CONTRADICTED, MISSING, Evidence
from .report import VERDICTS, line_of, original_slice, portable_path, summary
from .verification import ClaimResult, FindingResult, Report

NEVER = "never"
FAILING_VERDICTS = {NEVER: frozenset(), CONTRADICTED: frozenset({CONTRADICTED}),
                    MISSING: frozenset({CONTRADICTED, MISSING})}  # fmt: skip
# Evidence named in a one-line message; the full list is in the other formats.
MESSAGE_EVIDENCE = 3


def fails(result: ClaimResult | FindingResult, fail_on: str) -> bool:
    """True when this claim or finding fails the build at the `fail_on` level."""
    return result.verdict.verdict in FAILING_VERDICTS[fail_on] and not result.baselined


# GitHub Actions ---------------------------------------------------------------------------


def render_github(report: Report, fail_on: str, claims_path: str | None) -> str:
    """Workflow commands: an annotation per contradicted claim or finding (and per missing one
    with --fail-on missing) on its line, then a one-line summary."""
    lines: list[str] = []
    for claim in report.claims:
        level = _level(claim, fail_on)
        if level and claims_path:
            properties = {"file": portable_path(claims_path), "line": str(claim.claim.line or 1)}
            properties["title"] = f"newsverify: claim {claim.claim.id} {claim.verdict.verdict}"
            text = f'claim {claim.claim.id} "{_one_line(claim.claim.text)}"'
            lines.append(_command(level, properties, _message(claim, text)))
    for finding in report.findings:
        level = _level(finding, fail_on)
        if level:
            document = finding.document
            last = max(finding.start, finding.end - 1)  # the span's last character
            properties = {
                "file": portable_path(document.path),
                "line": str(line_of(document, finding.start)),
                "col": str(column_of(document, finding.start)),
                "endLine": str(line_of(document, last)),
                "endColumn": str(column_of(document, last) + 1),
                "title": f"newsverify: {finding.verdict.verdict} {finding.kind}",
            }
            words = _one_line(original_slice(document, finding.start, finding.end))
            lines.append(
                _command(level, properties, _message(finding, f'{finding.kind} "{words}"'))
            )
    for skipped in report.skipped:
        if skipped.unreadable:  # these make the run exit 2
            properties = {"file": portable_path(skipped.path), "title": "newsverify: unreadable"}
            lines.append(_command("error", properties, f"skipped: {skipped.reason}"))
    lines.append(_command("notice", {"title": "newsverify"}, _summary_line(report, fail_on)))
    return "\n".join(lines) + "\n"


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the Actions runner reads it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: the message escapes plus ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def column_of(document: Document, offset: int) -> int:
    """1-based column of a file offset (documents start at the beginning of a line)."""
    before = document.original[: max(0, offset - document.start)]
    return len(before) - (before.rfind("\n") + 1) + 1


def _command(level: str, properties: dict[str, str], message: str) -> str:
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{level} {listed}::{escape_data(message)}"


def _level(result: ClaimResult | FindingResult, fail_on: str) -> str | None:
    """error for what fails the build, notice for what a baseline accepts, warning for a
    contradiction that --fail-on never lets pass; missing only matters with --fail-on missing."""
    verdict = result.verdict.verdict
    if verdict != CONTRADICTED and not (verdict == MISSING and fail_on == MISSING):
        return None
    if result.baselined:
        return "notice"
    return "error" if fails(result, fail_on) else "warning"


def _message(result: ClaimResult | FindingResult, what: str) -> str:
    marked = " (baselined)" if result.baselined else ""
    message = f"{result.verdict.verdict}{marked}: {what}: {result.verdict.reason}"
    places = [_place(e) for e in result.verdict.evidence[:MESSAGE_EVIDENCE]]
    return message + (f" — evidence: {'; '.join(places)}" if places else " — no evidence")


def _place(evidence: Evidence) -> str:
    document = evidence.document
    return f"{portable_path(document.path)}:{line_of(document, evidence.start)}"


def _summary_line(report: Report, fail_on: str) -> str:
    counts = summary(report)
    results = [*report.claims, *report.findings]
    failing = sum(fails(r, fail_on) for r in results)
    baselined = sum(r.baselined for r in results)
    text = ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
    return f"{text}; {failing} failing at --fail-on {fail_on}, {baselined} baselined"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# JUnit XML --------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold at all, not even escaped; the corpus may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(report: Report, fail_on: str, claims_path: str | None) -> str:
    """JUnit XML: a test case per claim and per finding; a failure for what fails the build,
    skipped for other contradicted or missing items and for baselined ones."""
    root = ET.Element("testsuites", name="newsverify")
    claims_file = portable_path(claims_path) if claims_path else "claims"
    if report.claims:
        suite = _suite(root, claims_file)
        for claim in report.claims:
            case = _case(suite, claims_file, claim.claim.id, claims_file, claim.claim.line)
            _outcome(case, claim, fail_on)
    by_file: dict[str, list[FindingResult]] = {}
    for finding in report.findings:
        by_file.setdefault(portable_path(finding.document.path), []).append(finding)
    for path, findings in by_file.items():
        suite = _suite(root, path)
        for finding in findings:
            document = finding.document
            words = _one_line(original_slice(document, finding.start, finding.end))
            name = f'{finding.kind} "{words}" at offset {finding.start}'
            case = _case(suite, path, name, path, line_of(document, finding.start))
            _outcome(case, finding, fail_on)
    unreadable = [s for s in report.skipped if s.unreadable]
    if unreadable:
        suite = _suite(root, "unreadable files")
        for skipped in unreadable:
            path = portable_path(skipped.path)
            case = _case(suite, path, "read", path, None)
            ET.SubElement(case, "error", message=_xml_text(skipped.reason), type="unreadable")
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(root: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(root, "testsuite", name=_xml_text(name))


def _case(suite: ET.Element, classname: str, name: str, file: str, line: int | None) -> ET.Element:
    case = ET.SubElement(suite, "testcase", classname=_xml_text(classname), name=_xml_text(name))
    case.set("file", _xml_text(file))
    if line:
        case.set("line", str(line))
    return case


def _outcome(case: ET.Element, result: ClaimResult | FindingResult, fail_on: str) -> None:
    verdict = result.verdict.verdict
    body = _xml_text(_body(result))
    if fails(result, fail_on):
        failure = ET.SubElement(case, "failure", message=_xml_text(result.verdict.reason))
        failure.set("type", verdict)
        failure.text = body
    elif verdict in (CONTRADICTED, MISSING):
        marked = "baselined " if result.baselined else ""
        message = f"{marked}{verdict}: {result.verdict.reason}"
        ET.SubElement(case, "skipped", message=_xml_text(message)).text = body
    else:
        ET.SubElement(case, "system-out").text = body


def _body(result: ClaimResult | FindingResult) -> str:
    lines = [f"{result.verdict.verdict}: {result.verdict.reason}"]
    for evidence in result.verdict.evidence:
        document = evidence.document
        sentence = _one_line(original_slice(document, evidence.start, evidence.end))
        lines.append(
            f"{evidence.relation} {portable_path(document.path)}:"
            f"{line_of(document, evidence.start)} (offset {evidence.start}): {sentence}"
        )
    return "\n".join(lines)


def _count(root: ET.Element) -> None:
    """tests/failures/errors/skipped attributes on every suite and on the root."""
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for suite in root:
        counts = _suite_counts(suite.iter("testcase"))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))


def _suite_counts(cases: Iterable[ET.Element]) -> dict[str, int]:
    counts = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for case in cases:
        counts["tests"] += 1
        for outcome, key in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
            counts[key] += case.find(outcome) is not None
    return counts


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
