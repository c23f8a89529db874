"""Forecast, target or outturn: each value of a sentence gets the modality its own cue words
give it, and a forecast neither supports nor contradicts a claim about what happened."""

from __future__ import annotations

import pytest

from newsverify.figures import find_figures
from newsverify.modality import (
    FORECAST,
    OUTTURN,
    TARGET,
    UNSURE,
    Modality,
    figure_modality,
    other_modality_note,
)
from newsverify.pipeline import Analyzer
from newsverify.values import is_time

from .verdicts import assert_verdict, evidence_index


def _modalities(text: str) -> list[str]:
    figures = find_figures(text)
    return [figure_modality(f, figures, text).kind for f in figures if not is_time(f)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outturn and the forecast it fell short of, in one sentence
        (
            "Ferry crossings reached 4,120 in 2025, short of the 4,600 the operator had forecast.",
            [("4,120", OUTTURN), ("4,600", FORECAST)],
        ),
        ("The board's projection for 2027 had been 3.5%.", [("3.5%", FORECAST)]),
        ("The council aims to plant 12,000 trees a year.", [("12,000 trees", TARGET)]),
        # a cue that is the comparison base leaves the gap an outturn
        ("Revenue was €40m above the agency's forecast.", [("€40m", OUTTURN)]),
        ("Exports grew 6% last year, more than analysts expected.", [("6%", OUTTURN)]),
        # "planning" and "estimated" are no forecast words
        ("Planning permission was granted for 950 homes.", [("950 homes", OUTTURN)]),
        ("Output is now estimated at 2.1 million tonnes.", [("2.1 million tonnes", OUTTURN)]),
        # a sentence that looks ahead without saying whose value is expected
        ("Fares would rise by 3%.", [("3%", UNSURE)]),
    ],
)
def test_each_value_takes_its_own_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _modalities(text) == [kind for _, kind in expected]


def test_only_a_forecast_and_an_outturn_are_kept_apart() -> None:
    outturn, forecast, target = Modality(), Modality(FORECAST, "expected"), Modality(TARGET, "aim")
    note = other_modality_note(outturn, forecast)
    assert note is not None and '"expected"' in note and "what happened" in note
    assert other_modality_note(forecast, outturn) is not None
    assert other_modality_note(forecast, target) is None
    assert other_modality_note(Modality(UNSURE), forecast) is None
    # A value with no cue of its own is no sign that the claim says it happened: articles
    # write a demanded change as a plain noun phrase, primaries a wanted one as a plain act.
    assert other_modality_note(outturn, target) is None
    assert other_modality_note(target, outturn) is None


DEMAND = """\
Transport board meeting

Source: Selwick Transport Board

The board chair urged a threefold increase in night-bus services by 2028.
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # the demand's cue sits in another clause of the article's sentence
        (
            "demand-right",
            "The overhaul the chair is pushing for is sweeping and includes a threefold "
            "increase in night-bus services.",
            "supported",
        ),
        (
            "demand-wrong",
            "The overhaul the chair is pushing for is sweeping and includes a fourfold "
            "increase in night-bus services.",
            "contradicted",
        ),
    ],
)
def test_a_demand_reported_without_its_cue_is_checked_against_the_demand(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, DEMAND, "board.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)


PRIMARY = """\
Harbour statistics: 2025

Source: Port of Selwick

In 2025 the port handled 4,120 ferry crossings, short of the 4,600 the operator had forecast.
The operator's forecast for 2026 is 4,900 crossings.
"""

VERDICTS = [
    ("outturn", "The port handled 4,120 ferry crossings in 2025.", "supported"),
    # the forecast written in the same sentence neither supports nor saves a wrong outturn
    ("forecast-as-outturn", "The port handled 4,600 ferry crossings in 2025.", "contradicted"),
    # a forecast reported as a forecast is checked against the forecast
    ("forecast", "The operator forecast 4,900 ferry crossings for 2026.", "supported"),
    ("forecast-wrong", "The operator forecast 5,200 ferry crossings for 2026.", "contradicted"),
    # an outturn claimed for the forecast's year: the forecast does not settle it
    ("outturn-for-forecast-year", "The port handled 4,900 ferry crossings in 2026.", "missing"),
]


@pytest.mark.parametrize(("claim_id", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_forecasts_and_outturns_are_checked_apart(
    analyzer: Analyzer, claim_id: str, text: str, expected: str
) -> None:
    index = evidence_index(analyzer, PRIMARY, "harbour.txt")
    assert_verdict(analyzer, index, claim_id, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue before a list of values speaks for each of them
        (
            "Traffic is projected to grow by 2% in 2026 and by 2.5% in 2027.",
            [FORECAST, FORECAST],
        ),
        # "over three years" is a span, not a comparison with what was expected
        (
            "The fund holds 90 million crowns over three years and is expected to train "
            "8,000 nurses a year.",
            [OUTTURN, OUTTURN, FORECAST],
        ),
        # the cue closes a relative clause; the value after it is another phrase's
        (
            "Sales reached 9,300, short of the 9,800 it had expected, and it repeated its "
            "aim of 12,000 a year.",
            [OUTTURN, FORECAST, TARGET],
        ),
        # "proposals" counted is a count of documents, not a plan
        ("The agency received 300 proposals in 2024.", [OUTTURN]),
        ("Two calls for bids drew 140 entries.", [OUTTURN, OUTTURN]),
        # a call for a value is what someone wants, not what happened
        ("The union urged a 12% pay rise.", [TARGET]),
        ("The mayor wants buses and trams to be doubled.", [TARGET]),
    ],
)
def test_cues_reach_the_values_of_their_clause(text: str, expected: list[str]) -> None:
    assert _modalities(text) == expected
