"""The Claims screen: every claim, filtered, sorted and paged in SQL, the selected one in full."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.worker import get_current_worker

from factcheck.review_queries import claims_page, claims_total
from factcheck.store.queries import ClaimFilters
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.listing_view import ListingView, Page


def claim_cells(row: dict[str, Any]) -> list[Text | str]:
    """The table cells of a claim row (article text as literal ``Text``)."""
    marks = ""
    if st.corrected(row):
        marks += " ✎"
    if row.get("note"):
        marks += " ✉"
    return [
        Text(str(row["id"]), justify="right"),
        row["date"].isoformat() if row.get("date") else "",
        Text(st.figure(row), justify="right"),
        row.get("category") or "",
        st.literal(row.get("subject")),
        st.literal(row.get("attribution")),
        st.literal(row.get("outlet")),
        st.status(row.get("status") or "unreviewed").append(marks, style="bold"),
    ]


def describe_filters(filters: ClaimFilters) -> str:
    """A claim filter in words."""
    parts = []
    if filters.category:
        parts.append(f"category {_one_or_many(filters.category)}")
    if filters.status:
        parts.append(f"status {_one_or_many(filters.status)}")
    if filters.source:
        parts.append(f"source ~ {filters.source!r}")
    if filters.document is not None:
        parts.append(f"document {filters.document}")
    if filters.since:
        parts.append(f"from {filters.since.isoformat()}")
    if filters.until:
        parts.append(f"to {filters.until.isoformat()}")
    if filters.search:
        parts.append(f"text ~ {filters.search!r}")
    return st.literal(", ".join(parts)).plain


def _one_or_many(value: Any) -> str:
    return value if isinstance(value, str) else "/".join(value)


class ClaimsView(ListingView):
    """Every claim in the store (see module docstring)."""

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"), ("date", "date"), ("value", "figure"), ("category", "category"),
        ("subject", "subject"), ("source", "source"), ("outlet", "outlet"),
        ("status", "status"),
    )
    DESCENDING_FIRST = frozenset({"value", "date"})
    NOUN = "claims"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="id", **kwargs)
        self.filters = ClaimFilters()
        self.count_generation = 0
        self._counted_for: ClaimFilters | None = None

    def compose_more(self) -> ComposeResult:
        yield ClaimDetail(hint="No claim here. Press / to change the filter.",
                          classes="claim-detail")

    def query_state(self) -> Any:
        return (self.filters, self.sort_key, self.descending)

    def describe_filter(self) -> str:
        return describe_filters(self.filters)

    def set_filters(self, filters: ClaimFilters) -> None:
        """Show the claims matching ``filters`` (first page, counted again)."""
        self.filters = filters
        self.refilter()

    def clear_filter(self) -> None:
        """Show every claim again."""
        self.set_filters(ClaimFilters())

    def refilter(self) -> None:
        known = self.total if self.filters == self._counted_for else None
        super().refilter()
        if known is not None:  # only the order changed: same total
            self.total = known
            return
        self._counted_for = None
        self.count_generation += 1
        self._count(self.count_generation, self.filters)

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        filters, order_by, descending = query
        with Session(self.app.engine) as session:
            rows = claims_page(session, filters, order_by, descending, offset, self.PAGE_SIZE,
                               total)
        return Page(offset, [(str(r["id"]), claim_cells(r)) for r in rows], rows, None)

    @work(thread=True, exclusive=True, group="count", description="claims_view.count")
    def _count(self, generation: int, filters: ClaimFilters) -> None:
        with Session(self.app.engine) as session:
            total = claims_total(session, filters)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._counted, generation, total)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self.count_generation:
            return
        self._counted_for = self.filters
        self.total = total
        self.table.has_next = self.page_offset + len(self.items) < total
        self.update_status()

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.query_one(ClaimDetail).show(event.item)
