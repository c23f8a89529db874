"""Checks for eval/perturbation_eval.py: each perturbation changes exactly what it says, and
leaves alone what it must not (years, dates, names inside words).

Fast (no pipeline is loaded): `python -m pytest eval/test_perturbation_eval.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import perturbation_eval as pe  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 4.1% in 2026.", "Sales rose 5.6% in 2026."),
        ("There were 6,482 insolvencies.", "There were 8,880 insolvencies."),
        ("It costs £120 a year.", "It costs £164 a year."),
        # years, dates and numbers inside names are not the claim's value
        ("It opened on 4 June 2025.", None),
        ("Covid-19 cases fell in 2025.", None),
    ],
)
def test_perturb_number(text: str, expected: str | None) -> None:
    assert pe.perturb_number(text, []) == expected


def test_perturb_year_moves_the_first_year_back() -> None:
    assert pe.perturb_year("Up 3% on 2024 in 2025.", []) == "Up 3% on 2021 in 2025."
    assert pe.perturb_year("Up 3% on the year.", []) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visits rose 4% in May.", "Visits fell 4% in May."),
        ("Costs were higher by 3% in 2025.", "Costs were lower by 3% in 2025."),
        # a comparative after its value is left to the hand-written traps
        ("Costs were £2.1bn higher than in 2025.", None),
        # a direction word not followed by a value is left alone
        ("Rain fell across the county, 168 mm in all.", None),
    ],
)
def test_perturb_direction(text: str, expected: str | None) -> None:
    assert pe.perturb_direction(text, []) == expected


def test_perturb_speaker_takes_someone_else() -> None:
    speakers = ["Ann Holt", "Dr Ben Cole"]
    perturbed = pe.perturb_speaker('Ann Holt said "We won".', speakers)
    assert perturbed == 'Dr Ben Cole said "We won".'
    assert pe.perturb_speaker('Ms Holt said "We won".', ["Ann Holt"]) is None
