"""Which row and column of a table a claim is about.

A table cell counts what its row's label names ("Burglary") and nothing else: the cell must
never support or contradict a claim about another row, nor a part row's number a claim about
the whole ("Total recorded crime"). A row's label is told apart from the others by its own
words (those the caption and headers do not share with every row); a claim is about the rows
whose own words it names most of, and when it names none of them, about the table's total
row only (in a table without one, about no row: the whole is not printed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .records import Figure
from .subject_keys import keys_meet

# First words of a label for the whole of what a table breaks down.
TOTAL_WORDS = frozenset({"total", "all", "overall"})


@dataclass(frozen=True)
class RowLabels:
    """A cell's row among its table's rows, by their distinguishing subject keys."""

    label: str  # the row's label as printed
    own: frozenset[str]  # the row's distinguishing keys
    others: tuple[frozenset[str], ...]  # every other row's
    total: bool  # the row is the table's total ("Total recorded crime", "All subjects")
    table_has_total: bool
    table: int = 0  # the file offset of the table: which cells belong together


def row_labels(
    labels: list[str], keys: list[frozenset[str]], shared: Iterable[str], table: int = 0
) -> list[RowLabels]:
    """Each row's labels, given every row's printed label and subject keys and the keys of
    the caption and headers (which say what the whole table is about)."""
    common = frozenset(shared)
    own = [frozenset(k - common) for k in keys]
    # A total row known by its printed mark: "Total ...", "All ...", or the one label printed
    # bold among plain ones ("**Caddon**" under the regions), whatever its name.
    marked = [_is_total_word(label) for label in labels]
    bold = [i for i, label in enumerate(labels) if _is_bold(label)]
    if not any(marked) and len(bold) == 1 and len(labels) > 1:
        marked[bold[0]] = True
    if any(marked):
        # With the total known, a row the caption names ("... most steeply in Harrowby"
        # above a row "Harrowby") is no second total: it keeps the words no other row has.
        every_row = frozenset.intersection(*keys)
        own = [o or frozenset(k - every_row) for o, k in zip(own, keys, strict=True)]
    # Without one, a label with no words of its own repeats the caption: it is the whole.
    # With one, such a label is a part whose own words carry no subject key ("New State
    # Pension" above "All State Pension"), unless numbers tell it apart ("25 and over"), which
    # the claim's own figures and bands are matched on.
    has_total = any(marked)
    totals = [
        m or (not o and (not has_total or any(c.isdigit() for c in label)))
        for m, o, label in zip(marked, own, labels, strict=True)
    ]
    return [
        RowLabels(
            labels[i],
            own[i],
            tuple(o for j, o in enumerate(own) if j != i),
            totals[i],
            any(totals),
            table,
        )
        for i in range(len(labels))
    ]


def _is_bold(label: str) -> bool:
    text = label.strip()
    return len(text) > 4 and text.startswith(("**", "__")) and text.endswith(("**", "__"))


def _is_total_word(label: str) -> bool:
    words = label.lower().split()
    return bool(words) and words[0].strip("*_:") in TOTAL_WORDS


def other_row_note(named: Iterable[str], row: RowLabels) -> str | None:
    """Why the cell's row is not the one a claim naming `named` (subject keys) is about;
    None when it is."""
    keys = frozenset(named)
    mine = _named_share(keys, row.own)
    best = max((_named_share(keys, other) for other in row.others), default=0.0)
    if best > mine:
        return f'the primary gives it for another row than the claim\'s ("{row.label}")'
    if mine == 0.0 and not row.total and row.others:
        # A claim naming none of the rows is about the whole, which no part row gives.
        return f'the primary gives it for a part ("{row.label}"), not the whole the claim counts'
    return None


def _named_share(named: frozenset[str], own: frozenset[str]) -> float:
    if not own:
        return 0.0
    return sum(1 for key in own if any(keys_meet(key, n) for n in named)) / len(own)


@dataclass(frozen=True)
class ColumnTimes:
    """The times of a cell's own column header, and of the table's other period columns."""

    own: tuple[Figure, ...]
    others: tuple[Figure, ...]
    # The times a change column's own header measures from ("Change on 2025 (%)").
    bases: tuple[Figure, ...] = ()
    # The span a change column is measured over ("Month on month", change_spans.py).
    span: str | None = None
    # The column gives rates of change over a period ("12-month rate (%)"): a cell's 5.2 is
    # a rise of 5.2% as much as a rate of 5.2% (growth_rates.py).
    rate_of_change: bool = False


def other_column_note(times: Iterable[Figure], column: ColumnTimes) -> str | None:
    """Why a cell is not for a claim's time: another column of its table is headed by exactly
    that time ("2024-25" beside "2023-24") and the cell's own column is not. Two periods that
    merely overlap may agree elsewhere; in a table they are told apart by their columns."""
    times = list(times)
    if not times and column.own and column.others and _latest(column.own) < _latest(column.others):
        # A claim that names no time is about the table's latest period, not an earlier one.
        return "the primary gives it for an earlier period than the table's latest"
    for wanted in times:
        if any(_same_time(wanted, own) for own in column.own):
            continue
        other = next((o for o in column.others if _same_time(wanted, o)), None)
        if other is not None:
            return f'the primary gives it under another column than "{other.text}"'
    return None


def _latest(times: Iterable[Figure]) -> float:
    # Dates are YYYYMMDD and years YYYY: compare like with like by the year's scale.
    return max((t.upper or t.value or 0.0) for t in times if t.value is not None) if times else 0.0


def _same_time(first: Figure, second: Figure) -> bool:
    if first.date is not None or second.date is not None:
        return first.date == second.date
    return (first.kind, first.value, first.upper) == (second.kind, second.value, second.upper)
