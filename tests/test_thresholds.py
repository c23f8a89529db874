"""A threshold that defines what a count counts is not a level of its own (thresholds.py)."""

from __future__ import annotations

import pytest

from newsverify.pipeline import Analyzer
from newsverify.thresholds import is_threshold

from .verdicts import evidence_index, verdict_of

CASES = [
    ("The site logged 21 days with daily mean PM10 above 50 µg/m³.", "above 50 μg/m3", True),
    ("There were 12 sites where nitrogen dioxide exceeded 40 µg/m³.", "40 μg/m3", True),
    ("There were 30 days on which rainfall topped 10 mm.", "10 mm", True),
    # a level said of the things themselves, or a count that rose past a number
    ("Nine sites were above the limit of 40 µg/m³.", "40 μg/m3", False),
    ("Sales of 21 units rose above 50.", "above 50", False),
]


@pytest.mark.parametrize(("text", "value", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_threshold(analyzer: Analyzer, text: str, value: str, expected: bool) -> None:
    parsed = analyzer.parse_text(text)
    figure = next(f for f in parsed.figures if f.text == value)
    assert is_threshold(figure, parsed.figures, parsed.text) is expected


GAUGES = """\
---
title: "River levels 2025"
source: Lendal Rivers Agency
date: 2026-01-20
---

In 2025 the Harl gauge recorded 14 days with the river above 3.2 metres. The highest river level
that year was 2.9 metres, in January, and the river averaged 1.4 metres above its gauge zero.
"""


def test_a_threshold_is_not_checked_against_levels(analyzer: Analyzer) -> None:
    index = evidence_index(analyzer, GAUGES, "primary.md")
    claim = "In 2025 the Harl gauge recorded 14 days with the river above 3.2 metres."
    verdict = verdict_of(analyzer, index, "c", claim)
    assert verdict.verdict == "supported", verdict.reason
