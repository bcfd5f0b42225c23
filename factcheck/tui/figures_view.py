"""The Figures screen: every figure with its claims, sources, latest range and open flags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from rich.text import Text

from factcheck.figures.display import latest_range, stated
from factcheck.figures.service import FigureRow
from factcheck.tui import safe_text as st
from factcheck.tui.listing_view import FilteredListingView
from factcheck.tui.row_index import RowIndex


def figure_cells(row: FigureRow) -> list[Text | str]:
    """The table cells of a figure row (labels as literal ``Text``)."""
    if row.open_discrepancies:
        flag = Text(f"⚠ {row.open_discrepancies:,} open", style="bold yellow")
    elif row.discrepancies:
        flag = Text(f"✓ {row.discrepancies:,} settled", style="green")
    else:
        flag = Text("")
    label = st.literal(row.label)
    if row.custom:
        label.append(" *", style="bold cyan")
    return [
        flag,
        label,
        row.category,
        Text(f"{row.claims:,}", justify="right"),
        Text(f"{row.sources:,}", justify="right"),
        Text(latest_range(row.range_low, row.range_high), justify="right"),
        Text(stated(row.conservative, row.conservative_qualifier), justify="right"),
        st.literal(row.conservative_source),
        row.last_date.isoformat() if row.last_date else "",
    ]


_SORTS: dict[str, Callable[[FigureRow], Any]] = {
    "open": lambda r: (r.open_discrepancies, r.discrepancies),
    "label": lambda r: r.label.casefold(),
    "category": lambda r: r.category,
    "claims": lambda r: r.claims,
    "sources": lambda r: r.sources,
    "latest": lambda r: (r.range_low if r.range_low is not None else -1.0,
                         r.range_high if r.range_high is not None else float("inf")),
    "lowest": lambda r: r.conservative if r.conservative is not None else -1.0,
    "lowest_source": lambda r: (r.conservative_source or "").casefold(),
    "last": lambda r: r.last_date or date.min,
}


def search_text(row: FigureRow) -> str:
    """What the figure filter looks in: label, category, id."""
    return f"{row.label}\n{row.category}\n{row.id}"


class FiguresView(FilteredListingView):
    """Figures of the whole store; rows come from ``factcheck.figures.service.list_figures``.

    The filter looks in a figure's label, category and id (``search_text``).
    """

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("open", "⚠"), ("label", "figure"), ("category", "category"),
        ("claims", "claims"), ("sources", "sources"), ("latest", "latest range"),
        ("lowest", "lowest"), ("lowest_source", "lowest from"), ("last", "last date"),
    )
    DESCENDING_FIRST = frozenset({"open", "claims", "sources", "latest", "lowest", "last"})
    NOUN = "figures"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="claims", descending=True, **kwargs)

    def cells(self, row: FigureRow) -> list[Text | str]:
        return figure_cells(row)

    def set_figures(self, rows: Sequence[FigureRow]) -> None:
        """New figure rows (after a recomputation): keep filter, sort and page."""
        self.set_rows(rows, RowIndex(rows, search_text, _SORTS,
                                     tiebreak=lambda r: (r.label.casefold(), r.id)))
