"""Time scoping, units and qualifiers (issue 3): periods like "the year to June", cumulative
totals, subgroups, parts named for another value, and physical units, with their traps."""

from __future__ import annotations

import pytest

from newsverify.evidence import EvidenceIndex
from newsverify.figures import find_figures
from newsverify.numbers import parse_number
from newsverify.periods import MONTHS_TO, Period, find_periods, tied_periods
from newsverify.pipeline import Analyzer
from newsverify.records import ABOUT, MULTIPLIER, Figure
from newsverify.values import Outcome, compare

from .verdicts import assert_verdict, evidence_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("offences rose in the year to June 2025", Period(MONTHS_TO, 12, 2025, 6)),
        ("recorded in the year ending June 2025", Period(MONTHS_TO, 12, 2025, 6)),
        ("over the 12 months to June 2025", Period(MONTHS_TO, 12, 2025, 6)),
        ("in the twelve months ended March", Period(MONTHS_TO, 12, None, 3)),
        ("YE Jun 2024", Period(MONTHS_TO, 12, 2024, 6)),
    ],
)
def test_year_to_a_month_is_twelve_months(text: str, expected: Period) -> None:
    assert [m.period for m in find_periods(text)] == [expected]


@pytest.mark.parametrize("text", ["the year to date", "a year June", "in a year, in June"])
def test_no_year_to_a_month(text: str) -> None:
    assert not [m for m in find_periods(text) if m.period.kind == MONTHS_TO]


def test_a_period_after_since_is_a_landmark_not_the_values_period() -> None:
    text = (
        "Burglary fell to 98,700, the lowest since the series began in the year ending March 2003."
    )
    figures = find_figures(text)
    value = next(f for f in figures if f.value == 98700)
    assert tied_periods(value, figures, find_periods(text), text) == []


def test_about_a_change_is_about_its_size() -> None:
    """ "fell by almost a fifth" (×0.8) is not a fall of 13% (×0.87), though the factors are
    within a tenth of each other; it is a fall of 19%."""
    claim = Figure(0, 1, "fell by almost a fifth", 0.8, "factor", MULTIPLIER, bound=ABOUT)
    assert compare(claim, Figure(0, 1, "fell by 13%", 0.87, "factor", MULTIPLIER)) is (
        Outcome.DIFFERENT
    )
    assert compare(claim, Figure(0, 1, "fell by 19%", 0.81, "factor", MULTIPLIER)) is (Outcome.SAME)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("Vestry had 168 mm of rain.", 168, "mm", "level"),
        ("It rained a hundred and sixty-eight millimetres.", 168, "mm", "level"),
        ("Snow lay 23 cm deep.", 23, "cm", "level"),
        ("The river peaked at 5.82 metres.", 5.82, "m", "level"),
        ("The mean temperature was 11.4 °C.", 11.4, "°C", "level"),
        ("It was 1.3C warmer than average.", 1.3, "°C", "level"),
        ("The low was −3.1 °C at dawn.", -3.1, "°C", "level"),
        ("Temperatures rose by 2 degrees Celsius.", 2, "°C", "change"),
        ("The unit rate is 25.73c per kWh.", 25.73, "cent", "money"),
        ("The unit rate is 25.73 cents per kWh.", 25.73, "cent", "money"),
        ("Rainfall was twelve point five per cent above average.", 12.5, "percent", "level"),
    ],
)
def test_physical_units_and_cents(text: str, value: float, unit: str, kind: str) -> None:
    figures = [f for f in find_figures(text) if f.kind not in ("date", "year")]
    assert len(figures) == 1, figures
    assert figures[0].value == pytest.approx(value)
    assert (figures[0].unit, figures[0].kind) == (unit, kind)


def test_cents_are_not_dollars() -> None:
    """A cent is a hundredth of whatever currency the text uses: not read as $0.2573."""
    (figure,) = find_figures("The unit rate is 25.73 cents.")
    assert figure.currency == "cent" and figure.value == pytest.approx(25.73)


@pytest.mark.parametrize(
    "text",
    [
        "There were 1.2m vacancies.",  # a million, not metres
        "Pupils in class 4C sat the test.",  # a class, not a temperature
        "It costs 4 c a go.",  # a letter on its own is no cent
    ],
)
def test_no_unit_misread(text: str) -> None:
    assert all(f.unit not in ("m", "°C", "cent") for f in find_figures(text))


def test_spoken_decimals() -> None:
    assert parse_number("twelve point five") == 12.5
    assert parse_number("four point oh five") == pytest.approx(4.05)


# One line each: a line break would end the paragraph.
RAINFALL = (
    "Rainfall was unevenly spread: the north had 131 mm, 150% of its average, while the south "
    "had 64 mm, 90% of average."
)
BURGLARY = (
    "Burglary fell by 9% to 10,200 offences. Residential burglary, which makes up around seven "
    "in ten burglaries, fell by 13% to 7,100."
)
SUMMARY = f"""# Vestry climate summary for May 2025

Source: Vestry Weather Office

{RAINFALL}

The year so far: rainfall for January to May was 512 mm, 104% of average.

The office issued 48 flood warnings during the storm, five of them severe flood warnings.

{BURGLARY}

In the year ending May 2025, knife offences rose by 6% to 1,486.
"""


@pytest.fixture(scope="module")
def summary(analyzer: Analyzer) -> EvidenceIndex:
    return evidence_index(analyzer, SUMMARY, "summary.md")


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # the north's value is the north's: named, it agrees; the whole's, it is no evidence
        ("north", "The north of Vestry had 131 mm of rain in May.", "supported"),
        ("whole-150", "Vestry's rainfall in May was 150% of average.", "missing"),
        # trap: a January-May total is not May's
        ("cumulative", "512 mm of rain fell across Vestry in May 2025.", "missing"),
        # trap: all warnings claimed as the severe ones
        ("severe", "The office issued 48 severe flood warnings.", "contradicted"),
        ("all-warnings", "The office issued 48 flood warnings during the storm.", "supported"),
        # trap: a subgroup's fall claimed for the whole
        ("subgroup", "Burglary fell by 13% in Vestry.", "contradicted"),
        ("subgroup-named", "Residential burglary fell by 13%.", "supported"),
        # "the year to May" is the year ending May
        ("year-to", "Knife offences rose by 6% in the year to May 2025.", "supported"),
        ("other-year", "Knife offences rose by 6% in the year to May 2024.", "missing"),
    ],
)
def test_scope_verdicts(
    analyzer: Analyzer, summary: EvidenceIndex, claim_id: str, text: str, expected: str
) -> None:
    assert_verdict(analyzer, summary, claim_id, text, expected)
