"""The claims file: valid files parse; malformed ones name the file, line and field."""

from __future__ import annotations

import pytest

from newsverify.claims import load_claims, parse_claims
from newsverify.errors import ClaimsError

VALID = """\
primary:
  publishers: [NATO, GOV.UK]
  domains: [nato.int]
  paths: ["001_*"]
claims:
  - id: air-defence-400
    text: NATO's Secretary General called for a 400% increase.
  - id: hague-dates
    text: The Hague summit takes place on 24-25 June.
    against: ["002_*"]
"""


def test_valid_file_parses_with_lines() -> None:
    parsed = parse_claims(VALID, "claims.yaml")
    assert parsed.primary.publishers == ["NATO", "GOV.UK"]
    assert [c.id for c in parsed.claims] == ["air-defence-400", "hague-dates"]
    assert parsed.claims[1].against == ["002_*"]
    assert [c.line for c in parsed.claims] == [6, 8]


def test_all_keys_are_optional() -> None:
    assert parse_claims("claims: []\n").claims == []
    assert parse_claims("primary: {publishers: [NATO]}\n").claims == []


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("claims:\n  - id: a\n    text: x\n    colour: red\n", 4, "claims.0.colour: unknown key"),
        ("claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n", 4, "duplicate id 'a'"),
        ("claims:\n  - id: Bad_Id\n    text: x\n", 2, "not kebab-case"),
        ("claims:\n  - id: a\n", 2, "claims.0.text: Field required"),
        ("claims:\n  - id: a\n    text: '  '\n", 3, "claims.0.text: is empty"),
        ("primary:\n  publisher: [NATO]\n", 2, "primary.publisher: unknown key"),
        ("claims:\n  - id: a\n    text: [unclosed\n", 4, "invalid YAML"),
        ("claims: {id: a}\n", 1, "claims"),
        ("- just\n- a list\n", 1, "expected a mapping"),
    ],
)
def test_malformed_files_name_line_and_field(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ClaimsError) as caught:
        parse_claims(text, "claims.yaml")
    message = str(caught.value)
    assert message.startswith(f"claims.yaml:{line}: "), message
    assert fragment in message


def test_empty_file_is_rejected() -> None:
    with pytest.raises(ClaimsError, match="is empty"):
        parse_claims("", "claims.yaml")


def test_missing_and_non_utf8_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimsError, match="no such file"):
        load_claims(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(b"claims:\n  - id: a\n    text: caf\xe9\n")
    with pytest.raises(ClaimsError, match="not UTF-8"):
        load_claims(broken)


def test_bundled_claims_file_is_valid() -> None:
    parsed = load_claims("claims.yaml")
    assert len(parsed.claims) >= 25
