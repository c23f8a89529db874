"""Tables whose headers give units in brackets ("(thousand t)", "(t/ha)", a unit line under a
fixed-width header), yields per hectare in sentences, a claim about one row's part against a
sentence about the whole, and words of one quantity ("output", "production")."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.header_units import HeaderUnit, header_unit
from newsverify.pipeline import Analyzer
from newsverify.tables import find_tables
from newsverify.text import normalize

from .verdicts import assert_verdict, evidence_index

PRIMARY = """\
---
title: "Orchard fruit in Valdria, 2026"
source: Valdria Fruit Statistics Office
date: 2026-11-02
kind: primary
---

# Orchard fruit in Valdria, 2026

The average apple yield fell to 31.5 tonnes per hectare in 2026. Apple production fell by \
12.4% to 402,000 tonnes. Total fruit exports (apples and pears) were 120,000 tonnes in 2026.

## Table 1: Area, yield and production by fruit

| Fruit | Area 2026 (thousand ha) | Yield 2026 (t/ha) | Production 2026 (thousand t) |
| --- | ---: | ---: | ---: |
| Apples | 12.8 | 31.5 | 402 |
| Pears | 3.1 | 24.2 | 75 |
| Plums | 1.9 | 9.6 | 18 |

## Table 3: Growers

| Fruit | Trees (m) | Growers (000s) |
| --- | ---: | ---: |
| Apples | 4.6 | 2.35 |

## Table 2: Apples by region

```
Region     Yield 2026   Production 2026   Change
           (t/ha)       (000 t)           (%)
Upland        27.0            96           -21.3
Lowland       33.9           306            -9.1
```
"""

ROWS = [
    # a bare cell under "(t/ha)" or "(thousand t)" is read in that unit
    ("pears-yield", "Pears yielded 24.2 tonnes per hectare in 2026.", "supported"),
    ("pears-yield-wrong", "Pears yielded 26.0 tonnes per hectare in 2026.", "contradicted"),
    ("plums-production", "Plum production was 18,000 tonnes in 2026.", "supported"),
    # a scale alone in brackets scales the bare cells under it
    ("apple-trees", "Valdria had 4.6 million apple trees in 2026.", "supported"),
    ("apple-trees-wrong", "Valdria had 4.9 million apple trees in 2026.", "contradicted"),
    ("apple-growers", "There were 2,350 apple growers in 2026.", "supported"),
    # a fixed-width table with a unit line and its caption above the code fence
    ("upland-fall", "Upland apple production fell by 21.3% in 2026.", "supported"),
    ("upland-fall-wrong", "Upland apple production fell by 25% in 2026.", "contradicted"),
    ("upland-yield", "The Upland apple yield was 27.0 tonnes a hectare in 2026.", "supported"),
    # a claim about one region's part is not settled by the sentence about the whole ...
    ("lowland-yield-wrong", "The Lowland apple yield was 31.5 t/ha in 2026.", "contradicted"),
    # ... and the region's value, claimed for the whole, is contradicted by the whole's row
    ("region-for-whole", "Apple production fell by 21.3% in 2026.", "contradicted"),
    # a total over the parts it lists is no value for one of them, but is the whole's
    ("part-of-listed-total", "Pear exports were 30,000 tonnes in 2026.", "missing"),
    ("listed-total", "Fruit exports were 120,000 tonnes in 2026.", "supported"),
    ("listed-total-wrong", "Fruit exports were 150,000 tonnes in 2026.", "contradicted"),
    # "output" and "production" are one quantity
    ("output", "Apple output fell by 12.4% in 2026.", "supported"),
    ("output-wrong", "Apple output fell by 15% in 2026.", "contradicted"),
]


@pytest.fixture(scope="module")
def index(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, PRIMARY, "orchards.md")


@pytest.mark.parametrize(("claim_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_table_units(
    analyzer: Analyzer, index: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, index, claim_id, text, expected)


def test_unit_line_and_fenced_caption() -> None:
    tables = find_tables(PRIMARY)
    regional = tables[-1]
    assert [c.text if c else None for c in regional.units] == ["(t/ha)", "(000 t)", "(%)"]
    assert [row.label.text for row in regional.rows] == ["Upland", "Lowland"]
    assert [c.text for c in regional.captions] == ["## Table 2: Apples by region"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Production 2026 (thousand t)", HeaderUnit(1e3, "tonnes")),
        ("(000 ha)", HeaderUnit(1e3, "hectares")),
        ("Yield (t/ha)", HeaderUnit(1.0, "t/ha")),
        ("Area ('000 hectares)", HeaderUnit(1e3, "hectares")),
        # a scale alone: the cells count what the header names
        ("Journeys (m)", HeaderUnit(1e6, "")),
        ("Households (000s)", HeaderUnit(1e3, "")),
        # units read elsewhere, or none at all
        ("Change (%)", None),
        ("Spending (£m)", None),
        ("Region (North)", None),
    ],
)
def test_header_unit(header: str, expected: HeaderUnit | None) -> None:
    assert header_unit(header) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yields averaged 7.6 tonnes per hectare.", [("7.6 tonnes per hectare", 7.6, "t/ha")]),
        ("Yields averaged 6.8 tonnes a hectare.", [("6.8 tonnes a hectare", 6.8, "t/ha")]),
        ("The East managed 8.1 t/ha.", [("8.1 t/ha", 8.1, "t/ha")]),
        ("Seed rates rose to 180 kg/ha.", [("180 kg/ha", 180.0, "kg/ha")]),
        # a mass alone, or per day, is a count of tonnes, not a yield
        ("It shipped 7 tonnes a day.", [("7 tonnes", 7.0, "tonne")]),
    ],
)
def test_area_rates(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    figures = find_figures(normalize(sentence).text)
    assert [(f.text, f.value, f.unit) for f in figures] == expected


MONITORS = """\
---
title: "Water quality at river monitors, 2026"
source: Lendal Rivers Agency
date: 2026-11-02
kind: primary
---

Table 3: Mean nitrate at selected monitors (mg/l) and days above the 50 mg/l standard

| River | Monitor | Nitrate 2025 | Nitrate 2026 | Days above 50 (2026) |
| --- | --- | ---: | ---: | ---: |
| Harl | Weir Lane | 31.2 | 28.4 | 12 |
| Tamm | Mill Bridge | 22.9 | 24.1 | 3 |

Table 4: Anglers by river (thousands) and licence income (£ million)

| River | 2025 | 2026 | Income 2026 (£m) |
| --- | ---: | ---: | ---: |
| Harl | 38 | 41 | 2.3 |
| Tamm | 19 | 17 | 0.9 |
"""

MONITOR_ROWS = [
    # a caption's concentration unit reads the bare cells under it ...
    ("weir-lane", "Nitrate at the Weir Lane monitor averaged 28.4 mg/l in 2026.", "supported"),
    ("weir-wrong", "Nitrate at the Weir Lane monitor averaged 31.2 mg/l in 2026.", "contradicted"),
    # ... but not a column that says what it counts
    (
        "weir-days-as-level",
        "Nitrate at the Weir Lane monitor reached 12 mg/l in 2026.",
        "contradicted",
    ),
    # a caption with two units says neither for a column: the anglers are no sum of money
    ("harl-income", "Licence income on the Harl was £2.3 million in 2026.", "supported"),
    (
        "harl-anglers-as-money",
        "Licence income on the Harl was £41 million in 2026.",
        "contradicted",
    ),
]


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"), MONITOR_ROWS, ids=[r[0] for r in MONITOR_ROWS]
)
def test_caption_units(analyzer: Analyzer, claim_id: str, text: str, expected: str) -> None:
    index = evidence_index(analyzer, MONITORS, "monitors.md")
    assert_verdict(analyzer, index, claim_id, text, expected)
