"""The claims of one figure side by side (Compare screen), conflicting ones highlighted.

The figure's claims are sorted in memory from the analysis (light records); only
the visible page is read from the store in full.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from rich.text import Text
from sqlmodel import Session

from factcheck.figures.types import FigureClaim
from factcheck.review_queries import claim_rows
from factcheck.tui import safe_text as st
from factcheck.tui.listing_view import IndexedListingView, Page
from factcheck.tui.row_index import RowIndex

CONFLICT_STYLE = "bold red"


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


def claims_index(claims: Sequence[FigureClaim],
                 conflicting: frozenset[int]) -> RowIndex[FigureClaim]:
    """The sortable index of a figure's claims (date order ready; build it in a worker)."""
    index = RowIndex(claims, lambda c: "", _sorts(conflicting),
                     tiebreak=lambda c: (c.when or date.max, c.id))
    index.view("", "date", False)
    return index


def _sorts(conflicting: frozenset[int]) -> dict[str, Callable[[FigureClaim], Any]]:
    return {
        "flag": lambda c: c.id in conflicting,
        "date": lambda c: c.when or date.max,
        "value": lambda c: (c.low, c.high if c.high is not None else float("inf")),
        "source": lambda c: c.source.casefold(),
        "id": lambda c: c.id,
    }


class FigureClaimsView(IndexedListingView):
    """A figure's claims (``set_claims``), in date order by default."""

    PAGE_SIZE = 100
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("flag", "!"), ("date", "claim date"), ("value", "figure"), ("outlet", "outlet"),
        ("source", "attribution"), ("status", "status"), ("id", "id"),
    )
    SORTABLE = frozenset({"flag", "date", "value", "source", "id"})
    DESCENDING_FIRST = frozenset({"flag", "value"})
    NOUN = "claims"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="date", **kwargs)
        self.conflicting: frozenset[int] = frozenset()

    def set_claims(self, index: RowIndex[FigureClaim], conflicting: frozenset[int],
                   keep_place: bool, claim_id: int | None = None) -> None:
        """Show a figure's claims (``claims_index``); ``keep_place`` keeps page and cursor
        (same figure); ``claim_id`` puts the cursor on that claim."""
        self.conflicting = conflicting
        self.index = index
        self.total = None
        if claim_id is not None:
            self.select_claim(claim_id)
        elif keep_place:
            self.reload()
        else:
            self.reload(offset=0, cursor=0)

    def ready(self) -> bool:
        return self.index is not None

    def query_state(self) -> Any:
        return (self.index, self.sort_key, self.descending)

    def ordered(self, query: Any = None) -> list[FigureClaim]:
        """The figure's claims in the current order."""
        index, key, descending = query or self.query_state()
        return index.view("", key, descending) if index is not None else []

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        chosen = self.ordered(query)
        page = chosen[offset: offset + self.PAGE_SIZE]
        with Session(self.app.engine) as session:
            rows = claim_rows(session, [c.id for c in page])
        cells = [(str(r["id"]), compare_cells(r, r["id"] in self.conflicting)) for r in rows]
        note = (f"{len(self.conflicting):,} in open discrepancies (⚠)"
                if self.conflicting else "")
        return Page(offset, cells, rows, len(chosen), note=note)

    def after_fetch(self, query: Any) -> None:
        index = query[0]
        if self.prepare_once(index):
            for key in ("value", "source", "flag"):  # so that sorting later is quick
                index.prepare_order(key, key in self.DESCENDING_FIRST)

    def select_claim(self, claim_id: int) -> None:
        """Put the cursor on a claim of the figure (loading its page)."""
        for index, claim in enumerate(self.ordered()):
            if claim.id == claim_id:
                page = (index // self.PAGE_SIZE) * self.PAGE_SIZE
                self.reload(offset=page, cursor=index - page)
                return
        self.reload(offset=0, cursor=0)
