"""A bound on a fall bounds the size of the fall: "fell by more than a fifth" leaves less than
×0.8 of what there was, and "more than halved" less than ×0.5. A factor below one that a
fall's words give therefore carries the opposite bound to the one written before them."""

from __future__ import annotations

from newsverify.records import AT_LEAST, AT_MOST, LESS_THAN, MORE_THAN

_OPPOSITE = {MORE_THAN: LESS_THAN, LESS_THAN: MORE_THAN, AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}


def factor_bound(bound: str | None, factor: float) -> str | None:
    """The bound on a multiplier `factor` whose change words carry `bound` ("more than",
    "up to"); "about" and no bound stay as they are."""
    if bound is None or factor >= 1:
        return bound
    return _OPPOSITE.get(bound, bound)
