"""A time a value is compared with ("1.3°C above the 1991–2020 average", "higher than in
2019") is not when the value holds: a claim is not checked against the baseline's figure.
And a physical unit's word ("mm") spells the value, not what it measures."""

from __future__ import annotations

import pytest

from newsverify.figures import find_figures
from newsverify.pipeline import Analyzer
from newsverify.text import normalize
from newsverify.timing import is_baseline
from newsverify.values import is_time

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "baselines"),
    [
        ("It was 11.4°C, 1.3°C above the 1991–2020 average.", ["1991-2020"]),
        ("Sales were 4% higher than in 2019.", ["2019"]),
        ("Output rose 2% compared with 2024.", ["2024"]),
        ("Prices in 2025 stayed below the 2019 peak.", ["2019"]),
        ("Prices rose 3% in 2025.", []),
        ("The 2024 average was 3%.", []),
        # "from" after a change names where it is measured from; elsewhere, when things start
        ("Volumes rose 0.6 percent in October from September.", ["September"]),
        ("Pop-up clinics will open from Monday 30 June.", []),
        ("A £20m fund runs from April 2026.", []),
    ],
)
def test_baseline_times(text: str, baselines: list[str]) -> None:
    text = normalize(text).text
    times = [f for f in find_figures(text) if is_time(f)]
    assert [f.text for f in times if is_baseline(f, text)] == baselines


PRIMARY = """Harrow Valley climate summary: March 2026

Source: Harrow Valley Met Service

| Measure | March 2026 | 1991–2020 average |
| --- | ---: | ---: |
| Mean temperature | 9.2 °C | 7.9 °C |
| Rainfall | 61 mm | 74 mm |
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The baseline's column (7.9 °C, 74 mm) used to contradict these true statements. They
        # stay missing: "average" is not among the March column's words, which is honest.
        ("The mean temperature was 9.2°C, 1.3°C above the 1991–2020 average.", "missing"),
        ("Rainfall was 61 mm, below the 1991–2020 average.", "missing"),
        # A unit's word spells the value, not the subject: "mm" need not be in the evidence.
        ("Rainfall in March 2026 was 61 mm.", "supported"),
        ("Rainfall was 65 mm.", "contradicted"),
    ],
)
def test_a_baseline_period_does_not_date_the_value(
    analyzer: Analyzer, claim: str, expected: str
) -> None:
    index = evidence_index(analyzer, PRIMARY, "met.md")
    assert_verdict(analyzer, index, "c", claim, expected)
