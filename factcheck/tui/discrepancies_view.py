"""The Discrepancies screen: open and resolved disagreements, their kind, size and claims."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.worker import get_current_worker

from factcheck.figures.catalog import RowsPage
from factcheck.figures.catalog_process import CatalogClient
from factcheck.figures.service import DiscrepancyRow
from factcheck.review_queries import CLAIM_FIELDS
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.tui import safe_text as st
from factcheck.tui.discrepancy_detail import DiscrepancyDetail
from factcheck.tui.listing_view import CatalogListingView, ListingView

#: Claims of a discrepancy shown under the table.
SHOWN_CLAIMS = 40


def discrepancy_cells(row: DiscrepancyRow) -> list[Text | str]:
    """The table cells of a discrepancy row (labels and summaries as literal ``Text``)."""
    first = row.first_date.isoformat() if row.first_date else ""
    last = row.last_date.isoformat() if row.last_date else ""
    when = first if first == last else f"{first} → {last}"
    return [
        st.status(row.status),
        Text(row.kind, style=st.KIND_STYLES.get(row.kind, "")),
        st.literal(row.figure_label),
        Text(f"{st.number(row.gap)} ({row.ratio:.0%})", justify="right"),
        when,
        Text(f"{len(row.claim_ids):,}", justify="right"),
        st.literal(row.summary),
    ]


class DiscrepanciesView(CatalogListingView):
    """Discrepancies of the whole store, from the figures catalog.

    The filter looks in a discrepancy's status, kind, figure, summary, note and id.
    """

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"), ("kind", "kind"), ("figure", "figure"), ("gap", "gap"),
        ("date", "dates"), ("claims", "claims"), ("summary", "what"),
    )
    DESCENDING_FIRST = frozenset({"gap", "date", "claims"})
    NOUN = "discrepancies"
    FLEXIBLE = (("summary", 30), ("figure", 20))

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="status", **kwargs)
        self.detail_generation = 0

    def compose_more(self) -> ComposeResult:
        yield DiscrepancyDetail(classes="discrepancy-detail")

    def cells(self, row: DiscrepancyRow) -> list[Text | str]:
        return discrepancy_cells(row)

    def ask(self, catalog: CatalogClient, needle: str, key: str, descending: bool,
            offset: int) -> RowsPage:
        return catalog.discrepancies_page(needle, key, descending, offset, self.PAGE_SIZE)

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.detail_generation += 1
        hint = ("No discrepancy matches the filter (esc clears it)." if self.needle else
                "No discrepancies: in every figure the sources agree (a toll that rises "
                "over time is an update, not a disagreement).")
        self.query_one(DiscrepancyDetail).show(event.item, None, hint)
        if event.item is not None:
            self._load_claims(self.detail_generation, event.item)

    @work(thread=True, exclusive=True, group="detail", description="discrepancies_view.load_claims")
    def _load_claims(self, generation: int, row: DiscrepancyRow) -> None:
        ids = list(row.claim_ids[:SHOWN_CLAIMS])
        with Session(self.app.engine) as session:
            claims = list_claims(session, ClaimFilters(claim_ids=ids), fields=CLAIM_FIELDS)
        order = {cid: i for i, cid in enumerate(ids)}
        claims.sort(key=lambda c: order[c["id"]])
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_claims, generation, row, claims)

    def _show_claims(self, generation: int, row: DiscrepancyRow, claims: list) -> None:
        if generation == self.detail_generation:
            self.query_one(DiscrepancyDetail).show(row, claims)
