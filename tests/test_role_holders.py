"""A role noun stands for the one person the document gives it to: after "Ruth Akande-Okafor,
Minister for Ports and Shipping, said", "The minister will host a summit" is about her."""

from __future__ import annotations

from newsverify.pipeline import Analyzer
from newsverify.role_holders import role_holders, roles_named

from .verdicts import assert_verdict, evidence_index

STATEMENT = """\
---
title: "New quay for Carrick harbour"
source: Department for Maritime Affairs
date: 2026-03-02
kind: primary
---

Ruth Akande-Okafor, Minister for Ports and Shipping, said the quay would double cargo capacity.

## Background

- The quay cost £48 million and took two years to build.
- The minister will host a summit with shipping lines and port operators on Tuesday 17 March.
"""


def test_the_role_is_its_holders(analyzer: Analyzer) -> None:
    index = evidence_index(analyzer, STATEMENT, "new-quay.md")
    claim = "Ruth Akande-Okafor will host a summit with shipping lines on Tuesday 17 March."
    assert_verdict(analyzer, index, "holder", claim, "supported")
    # another person with that name is not the minister
    other = "Ruth Barnes will host a summit with shipping lines on Tuesday 17 March."
    assert_verdict(analyzer, index, "other", other, "missing")


def test_a_role_two_people_hold_stands_for_neither() -> None:
    text = (
        "Ruth Akande-Okafor, Minister for Ports, and Alan Price, Minister for Roads, spoke. "
        "The chief executive, Dana Moss, agreed."
    )
    holders = role_holders(text)
    assert "minister" not in holders
    assert holders["executive"] == frozenset({"dana", "moss"})
    assert roles_named("The chief executive will speak.", holders) == {"dana", "moss"}
    assert roles_named("The minister will speak.", holders) == frozenset()
