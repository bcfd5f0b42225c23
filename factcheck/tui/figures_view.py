"""The Figures screen: every figure with its claims, sources, latest range and open flags."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text

from factcheck.figures.catalog import RowsPage
from factcheck.figures.catalog_process import CatalogClient
from factcheck.figures.display import latest_range, stated
from factcheck.figures.service import FigureRow
from factcheck.tui import safe_text as st
from factcheck.tui.listing_view import CatalogListingView


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


class FiguresView(CatalogListingView):
    """Figures of the whole store, from the figures catalog.

    The filter looks in a figure's label, category and id.
    """

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("open", "⚠"), ("label", "figure"), ("category", "category"),
        ("claims", "claims"), ("sources", "sources"), ("latest", "latest range"),
        ("lowest", "lowest"), ("lowest_source", "lowest from"), ("last", "last date"),
    )
    DESCENDING_FIRST = frozenset({"open", "claims", "sources", "latest", "lowest", "last"})
    NOUN = "figures"
    FLEXIBLE = (("lowest_source", 12), ("label", 24))

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="claims", descending=True, **kwargs)

    def cells(self, row: FigureRow) -> list[Text | str]:
        return figure_cells(row)

    def ask(self, catalog: CatalogClient, needle: str, key: str, descending: bool,
            offset: int) -> RowsPage:
        return catalog.figures_page(needle, key, descending, offset, self.PAGE_SIZE)
