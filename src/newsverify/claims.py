"""The claims file (SPEC §1): which documents are primary, and the claims to check.

Validation is strict because CI jobs rely on it: an unknown key, a duplicate id or a missing
field is rejected with the file, line and field, never silently ignored.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ClaimsError

CLAIM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class PrimaryRules(BaseModel):
    """Rules that mark documents as primary; any one matching rule is enough."""

    model_config = ConfigDict(extra="forbid")

    publishers: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    paths: list[str] = Field(default_factory=list)


class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    against: list[str] | None = None  # globs: only these primary documents count as evidence
    line: int = Field(default=0, exclude=True)  # where the claim starts in its file

    @field_validator("id")
    @classmethod
    def _kebab_case(cls, value: str) -> str:
        if not CLAIM_ID.match(value):
            raise ValueError(f"'{value}' is not kebab-case (a-z, 0-9 and single hyphens)")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty")
        return value.strip()


class ClaimsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    primary: PrimaryRules = Field(default_factory=PrimaryRules)
    claims: list[Claim] = Field(default_factory=list)


# libyaml's safe loader where PyYAML was built with it: the pure-Python one took a warm run
# a tenth of a second on a 40-claim file. Same documents, same error marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_claims(path: str | Path) -> ClaimsFile:
    """Read and validate a claims file; raise ClaimsError naming the file, line and field."""
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClaimsError(name, None, "no such file") from None
    except UnicodeDecodeError as error:
        raise ClaimsError(name, None, f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise ClaimsError(name, None, f"cannot read: {error.strerror}") from None
    return parse_claims(raw, name)


def parse_claims(raw: str, name: str = "<claims>") -> ClaimsFile:
    """Validate the text of a claims file; `name` is used in error messages."""
    try:
        root = yaml.compose(raw, Loader=_LOADER)
        data = yaml.load(raw, Loader=_LOADER)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ClaimsError(
            name, mark.line + 1 if mark else None, f"invalid YAML: {problem}"
        ) from None
    if root is None or data is None:
        raise ClaimsError(name, None, "is empty: expected a mapping with a 'claims' list")
    if not isinstance(data, dict):
        raise ClaimsError(name, 1, "expected a mapping with 'primary' and 'claims' keys")

    try:
        parsed = ClaimsFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = first["loc"]
        field = ".".join(str(part) for part in location) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown key"
        raise ClaimsError(name, _line_of(root, location), f"{field}: {message}") from None

    _attach_lines(parsed, root)
    _reject_duplicate_ids(parsed, name)
    return parsed


def _reject_duplicate_ids(parsed: ClaimsFile, name: str) -> None:
    seen: dict[str, int] = {}
    for claim in parsed.claims:
        if claim.id in seen:
            raise ClaimsError(
                name,
                claim.line,
                f"claims.id: duplicate id '{claim.id}' (first at line {seen[claim.id]})",
            )
        seen[claim.id] = claim.line


def _attach_lines(parsed: ClaimsFile, root: yaml.Node) -> None:
    claims_node = _child(root, "claims")
    if not isinstance(claims_node, yaml.SequenceNode):
        return
    for claim, node in zip(parsed.claims, claims_node.value, strict=False):
        claim.line = node.start_mark.line + 1


def _child(node: Any, key: str | int) -> yaml.Node | None:
    """The YAML node under `key` of a mapping node, or item `key` of a sequence node."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def _key_node(node: Any, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if key_node.value == key:
                return key_node
    return None


def _line_of(root: yaml.Node, location: tuple[Any, ...]) -> int:
    """The line of the deepest YAML node on a pydantic error location (1-based)."""
    node, line = root, root.start_mark.line + 1
    for part in location:
        key_node = _key_node(node, part) if isinstance(part, str) else None
        child = _child(node, part)
        if key_node is not None:
            line = key_node.start_mark.line + 1
        if child is None:
            break
        node = child
        line = max(line, node.start_mark.line + 1) if key_node is None else line
    return line
