"""Values that are sums of money, which a statement may call "the value of" or "the amount
of" something: "the value of confiscation orders enforced doubled, to £38.2 million" against
"Confiscation orders worth £38.2 million were enforced, double the £19.1 million"."""

from __future__ import annotations

from .records import CHANGE, MONEY, MULTIPLIER, Figure


def is_money_value(figures: list[Figure], number: int) -> bool:
    """A sum of money, or a factor or change measured from the sum right after it ("double
    the £19.1 million")."""
    figure = figures[number]
    if figure.kind == MONEY or figure.currency:
        return True
    if figure.kind not in (MULTIPLIER, CHANGE) or number + 1 >= len(figures):
        return False
    following = figures[number + 1]
    return following.kind == MONEY or bool(following.currency)
