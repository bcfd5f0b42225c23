"""The claims of one figure side by side (Compare screen), conflicting ones highlighted."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from rich.text import Text

from factcheck.tui import safe_text as st
from factcheck.tui.listing_view import ListingView, Page

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


_SORTS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "flag": lambda r: r.get("_conflict", False),
    "date": lambda r: r.get("date") or date.max,
    "value": lambda r: r["low"],
    "outlet": lambda r: (r.get("outlet") or "").casefold(),
    "source": lambda r: (r.get("attribution") or "").casefold(),
    "status": lambda r: r.get("status") or "",
    "id": lambda r: r["id"],
}


class FigureClaimsView(ListingView):
    """A figure's claims in date order (sortable); rows come from ``figure_detail``."""

    PAGE_SIZE = 200
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("flag", "!"), ("date", "claim date"), ("value", "figure"), ("outlet", "outlet"),
        ("source", "attribution"), ("status", "status"), ("id", "id"),
    )
    DESCENDING_FIRST = frozenset({"flag", "value"})
    NOUN = "claims"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="date", **kwargs)
        self.claims: Sequence[Mapping[str, Any]] | None = None
        self.conflicting: frozenset[int] = frozenset()

    def set_claims(self, claims: Sequence[Mapping[str, Any]], conflicting: set[int],
                   keep_place: bool) -> None:
        """Show a figure's claims; ``keep_place`` keeps page and cursor (same figure)."""
        self.conflicting = frozenset(conflicting)
        self.claims = [{**c, "_conflict": c["id"] in self.conflicting} for c in claims]
        self.total = None
        if keep_place:
            self.reload()
        else:
            self.table.set_columns(self._labels())
            self.reload(offset=0, cursor=0)

    def ready(self) -> bool:
        return self.claims is not None

    def query_state(self) -> Any:
        return (self.claims, self.sort_key, self.descending)

    def ordered(self, query: Any = None) -> list[Mapping[str, Any]]:
        """The figure's claims in the current order."""
        claims, key, descending = query or self.query_state()
        chosen = sorted(claims or (), key=lambda r: (r.get("date") or date.max, r["id"]))
        chosen.sort(key=_SORTS[key], reverse=descending)
        return chosen

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        chosen = self.ordered(query)
        page = chosen[offset: offset + self.PAGE_SIZE]
        rows = [(str(r["id"]), compare_cells(r, r["_conflict"])) for r in page]
        note = f"{len(self.conflicting):,} in open discrepancies" if self.conflicting else ""
        return Page(offset, rows, page, len(chosen), note=note)

    def select_claim(self, claim_id: int) -> None:
        """Put the cursor on a claim of the figure (loading its page)."""
        for index, row in enumerate(self.ordered()):
            if row["id"] == claim_id:
                page = (index // self.PAGE_SIZE) * self.PAGE_SIZE
                self.reload(offset=page, cursor=index - page)
                return
