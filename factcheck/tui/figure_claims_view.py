"""The claims of one figure side by side (Compare screen), conflicting ones highlighted.

The figures catalog sorts the figure's claims and says which ones are in open
discrepancies; only the visible page is read from the store in full.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from rich.text import Text
from sqlmodel import Session
from textual import work

from factcheck.figures.catalog_process import CatalogClient
from factcheck.review_queries import claim_rows
from factcheck.tui import safe_text as st
from factcheck.tui.errors import READ_ERRORS, one_line
from factcheck.tui.listing_view import ListingView, Page

CONFLICT_STYLE = "bold red"
#: Narrowest screen that shows the timeline next to the claims (narrower: the claims
#: take the whole width, so that none of their columns is cut).
PLOT_MIN_WIDTH = 120


def compare_cells(row: Mapping[str, Any], conflicting: bool) -> list[Text | str]:
    """Cells of one claim in the Compare table; a conflicting claim is marked and red."""
    style = CONFLICT_STYLE if conflicting else ""
    mark = Text("⚠" if conflicting else "", style=CONFLICT_STYLE)
    return [
        mark,
        Text(row["date"].isoformat() if row.get("date") else "no date", style=style),
        Text(st.figure(row), style=style or "bold", justify="right"),
        st.literal(row.get("outlet"), style=style),
        st.literal(row.get("attribution"), style=style),
        st.status(row.get("status") or "unreviewed"),
        Text(str(row["id"]), justify="right", style="dim"),
    ]


class FigureClaimsView(ListingView):
    """A figure's claims (``show``), in date order by default."""

    PAGE_SIZE = 100
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("flag", "!"), ("date", "claim date"), ("value", "figure"), ("outlet", "outlet"),
        ("source", "attribution"), ("status", "status"), ("id", "id"),
    )
    SORTABLE = frozenset({"flag", "date", "value", "source", "id"})
    DESCENDING_FIRST = frozenset({"flag", "value"})
    NOUN = "claims"
    FILTERABLE = False
    FLEXIBLE = (("outlet", 10), ("source", 14))

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="date", **kwargs)
        self.catalog: CatalogClient | None = None
        self.figure_id: str | None = None
        self.conflicting = 0  # claims of the figure in open discrepancies
        self.plot_hidden = False  # the timeline does not fit beside the table

    def show(self, catalog: CatalogClient, figure_id: str | None, conflicting: int,
             keep_place: bool, claim_id: int | None = None) -> None:
        """Show a figure's claims (``None``: none); ``keep_place`` keeps page and cursor
        (same figure); ``claim_id`` puts the cursor on that claim."""
        self.catalog, self.figure_id, self.conflicting = catalog, figure_id, conflicting
        self.total = None
        if claim_id is not None and figure_id is not None:
            self.generation += 1
            self._locate(self.generation, self.query_state(), claim_id)
        elif keep_place:
            self.reload()
        else:
            self.reload(offset=0, cursor=0)

    def ready(self) -> bool:
        return self.catalog is not None

    def status_notes(self) -> list[str]:
        return [f"timeline hidden: the terminal is under {PLOT_MIN_WIDTH} columns"
                if self.plot_hidden else ""]

    def query_state(self) -> Any:
        return (self.catalog, self.figure_id, self.sort_key, self.descending)

    def ordered_ids(self, query: Any = None) -> list[int]:
        """The figure's claim ids in the current order (asks the catalog: run in a worker)."""
        catalog, figure_id, key, descending = query or self.query_state()
        if catalog is None or figure_id is None:
            return []
        return catalog.figure_claim_ids(figure_id, key, descending)

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        catalog, figure_id, key, descending = query
        if figure_id is None:
            return Page(offset, [], [], 0)
        page = catalog.figure_claims_page(figure_id, key, descending, offset, self.PAGE_SIZE)
        with Session(self.app.engine) as session:
            rows = claim_rows(session, page.ids)
        cells = [(str(r["id"]), compare_cells(r, r["id"] in page.flagged)) for r in rows]
        note = (f"{self.conflicting:,} in open discrepancies (⚠)" if self.conflicting else "")
        return Page(offset, cells, rows, page.total, note=note)

    @work(thread=True, exclusive=True, group="page", description="figure_claims.locate")
    def _locate(self, generation: int, query: Any, claim_id: int) -> None:
        """Load the page holding ``claim_id``, the cursor on it."""
        catalog, figure_id, key, descending = query
        try:
            where = catalog.claim_position(figure_id, key, descending, claim_id)
        except READ_ERRORS as exc:
            self.app.call_from_thread(self._failed, generation, one_line(exc))
            return
        self.app.call_from_thread(self._located, generation, where)

    def _located(self, generation: int, where: int | None) -> None:
        if generation != self.generation:
            return
        if where is None:
            self.reload(offset=0, cursor=0)
        else:
            page = (where // self.PAGE_SIZE) * self.PAGE_SIZE
            self.reload(offset=page, cursor=where - page)
