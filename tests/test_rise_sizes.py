"""The size of a rise implied by a level and its percent rise decides only conflicts."""

from __future__ import annotations

import pytest

from newsverify.records import CHANGE, MONEY, MULTIPLIER, Figure
from newsverify.rise_sizes import compare_with_implied, implied_change, relative_change_of
from newsverify.values import Outcome

# "a final dividend of 8.6p, making a total dividend of 12.9p, up 5.0%"
FINAL = Figure(20, 24, "8.6p", 0.086, "GBP", MONEY, currency="GBP")
TOTAL = Figure(50, 55, "12.9p", 0.129, "GBP", MONEY, currency="GBP")
UP = Figure(57, 64, "up 5.0%", 1.05, "factor", MULTIPLIER)
SENTENCE = [FINAL, TOTAL, UP]


def _change(value: float) -> Figure:
    return Figure(0, 10, "rose by", value, "GBP", CHANGE, currency="GBP")


def test_the_percent_belongs_to_the_nearest_level_only() -> None:
    assert relative_change_of(TOTAL, SENTENCE) is UP
    # the 12.9p sits between the 8.6p and its "up 5.0%"
    assert relative_change_of(FINAL, SENTENCE) is None


def test_implied_change_is_the_level_less_the_level_before() -> None:
    assert implied_change(TOTAL, SENTENCE) == pytest.approx(0.129 - 0.129 / 1.05)
    assert implied_change(FINAL, SENTENCE) is None


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        (0.05, Outcome.DIFFERENT),  # "rose by 5p": the rise was about 0.6p
        (0.129, Outcome.DIFFERENT),  # "rose by 12.9p": the level, not the rise
        (-0.006, Outcome.DIFFERENT),  # a fall, not a rise
        (0.006, Outcome.UNCLEAR),  # agrees with the arithmetic, which the primary never states
    ],
)
def test_a_claimed_change_against_the_implied_one(claimed: float, expected: Outcome) -> None:
    assert compare_with_implied(_change(claimed), TOTAL, SENTENCE) is expected


def test_a_level_claim_is_not_compared_with_the_arithmetic() -> None:
    level = Figure(0, 5, "5p", 0.05, "GBP", MONEY, currency="GBP")
    assert compare_with_implied(level, TOTAL, SENTENCE) is Outcome.UNCLEAR
