"""The JSON report is written finding by finding, and reads exactly as one dump of it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsverify.claims import load_claims
from newsverify.json_text import dumps_indented
from newsverify.pipeline import Analyzer
from newsverify.report import build_model, iter_json, render_json
from newsverify.verification import run_verification

from .conftest import FIXTURES


def dumped_at_once(report) -> str:  # type: ignore[no-untyped-def]
    data = build_model(report).model_dump(mode="json", exclude_none=False)
    data["schema"] = data.pop("schema_")
    return json.dumps({"schema": data.pop("schema"), **data}, indent=2, ensure_ascii=False) + "\n"


def test_streamed_json_is_the_same_text_as_one_dump(analyzer: Analyzer) -> None:
    mini = FIXTURES / "mini"
    report = run_verification([str(mini)], load_claims(mini / "claims.yaml"), analyzer)
    assert len(report.findings) > 1
    assert render_json(report) == dumped_at_once(report)
    assert len(list(iter_json(report))) == len(report.findings) + 2  # head, findings, tail
    # No findings, and text that looks like the findings key inside a string.
    text = 'odd "findings": [] text\n  "findings": ['
    claim = report.claims[0].claim.model_copy(update={"text": text})
    empty = replace(report, findings=[], claims=[replace(report.claims[0], claim=claim)])
    assert render_json(empty) == dumped_at_once(empty)
    assert json.loads(render_json(empty))["findings"] == []


@pytest.mark.parametrize(
    "value",
    [
        1e16,
        1.5e-7,
        -0.0,
        5.0,
        20250604.0,
        float("nan"),
        float("-inf"),
        10**20,
        True,
        None,
        'é \u2028 " \\ \n \x00 \U0001f600',
        [],
        {},
        [[], {}],
        {"a": {"b": [1, 2.5, None, "x"]}, "c": []},
    ],
)
def test_indented_json_is_what_the_standard_library_writes(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)
