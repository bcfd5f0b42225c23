"""Base of the list screens (Figures, Discrepancies, Claims): a status line over a paged table.

A subclass says what its columns are and how to fetch one page for the current
filter and sort (``fetch``, run in a worker thread); this class keeps the page
offset, the sort, the cursor and the status line, and answers the paging keys.
Pages arrive with a generation number, so a slow, stale answer never replaces
a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from factcheck.figures.catalog import RowsPage
from factcheck.figures.catalog_process import CatalogClient
from factcheck.tui import safe_text as st
from factcheck.tui.errors import READ_ERRORS, one_line
from factcheck.tui.paged_table import PagedTable


@dataclass(slots=True)
class Page:
    """One page of a listing: table rows (key, cells), the items behind them, the total."""

    offset: int
    rows: list[tuple[str, list[Text | str]]]
    items: list[Any]
    total: int | None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class ListingView(Vertical):
    """A status line, a paged table, then whatever a subclass adds (``compose_more``)."""

    PAGE_SIZE: ClassVar[int] = 100
    #: (key, label) of each column; every key is a sort key of the listing
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: columns that can be sorted (``None``: every column)
    SORTABLE: ClassVar[frozenset[str] | None] = None
    #: columns sorted largest first when first chosen
    DESCENDING_FIRST: ClassVar[frozenset[str]] = frozenset()
    #: text columns that give way (cut with an ellipsis) when the terminal is narrow, in
    #: that order, down to their narrowest: ``(key, narrowest)``
    FLEXIBLE: ClassVar[tuple[tuple[str, int], ...]] = ()
    NOUN: ClassVar[str] = "rows"
    #: whether ``/`` filters this list (the status line says so)
    FILTERABLE: ClassVar[bool] = True

    class Loaded(Message):
        """A page was shown (used by tests and benchmarks to know the screen is ready)."""

        def __init__(self, view: ListingView) -> None:
            super().__init__()
            self.view = view

    class Chosen(Message):
        """The reviewer chose (enter or a second click) the item ``item``."""

        def __init__(self, view: ListingView, item: Any) -> None:
            super().__init__()
            self.view = view
            self.item = item

    class Highlighted(Message):
        """The cursor moved to ``item`` (``None`` when the list is empty)."""

        def __init__(self, view: ListingView, item: Any) -> None:
            super().__init__()
            self.view = view
            self.item = item

    def __init__(self, sort_key: str, descending: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sort_key = sort_key
        self.descending = descending
        self.page_offset = 0
        self.total: int | None = None
        self.items: list[Any] = []
        self.generation = 0  # pages asked for
        self._keep: str | None = None  # the row to stay on when a page is read again
        self._keep_next: str | None = None  # the row to go to when the page is read again
        self.shown = 0  # pages shown
        self.note = ""  # what the page shown adds to the status line
        self._shown_generation = 0  # the generation of the page on screen

    def compose(self) -> ComposeResult:
        yield Static(classes="listing-status")
        yield PagedTable(classes="listing-table")
        yield from self.compose_more()

    def compose_more(self) -> ComposeResult:
        """Widgets under the table (detail panels)."""
        yield from ()

    def on_mount(self) -> None:
        self.table.set_columns(self._labels(), self.FLEXIBLE)

    @property
    def table(self) -> PagedTable:
        """The paged table."""
        return self.query_one(PagedTable)

    # --- what subclasses provide ----------------------------------------------------------

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        """Read one page for ``query`` (runs in a worker thread)."""
        raise NotImplementedError

    def query_state(self) -> Any:
        """An immutable description of the current filter and sort, passed to ``fetch``."""
        return (self.sort_key, self.descending)

    def describe_filter(self) -> str:
        """The active filter in words ('' for none)."""
        return ""

    def ready(self) -> bool:
        """Whether there is anything to list yet."""
        return True

    def status_notes(self) -> list[str]:
        """More to say on the status line (a subclass's own state)."""
        return []

    # --- loading --------------------------------------------------------------------------

    def reload(self, offset: int | None = None, cursor: int | None = None) -> None:
        """Fetch the page at ``offset`` (default: the current one) in a worker."""
        if not self.ready():
            return
        keep = self.table.current_key() if offset is None and cursor is None else None
        if keep is not None and self._keep_next is not None:
            keep = self._keep_next
        self._keep_next = None
        if offset is not None:
            self.page_offset = max(0, offset)
        if cursor is None:
            cursor = self.table.cursor_row if self.table.row_count else 0
        self.generation += 1
        self._keep = keep
        self._fetch(self.generation, self.query_state(), self.page_offset, self.total, cursor)

    def keep_row(self, key: str) -> None:
        """When the page is next read again in place, put the cursor on row ``key`` if the
        page still holds it (the claim an undo changed)."""
        self._keep_next = key

    @property
    def waiting(self) -> bool:
        """Whether the page last asked for has not been shown yet."""
        return self._shown_generation != self.generation

    def refilter(self) -> None:
        """The filter or sort changed: count again and show the first page."""
        self.total = None
        self.reload(offset=0, cursor=0)

    @work(thread=True, exclusive=True, group="page", description="listing_view.fetch")
    def _fetch(self, generation: int, query: Any, offset: int, total: int | None,
               cursor: int) -> None:
        try:
            page = self.fetch(query, offset, total)
        except READ_ERRORS as exc:
            self.app.call_from_thread(self._failed, generation, one_line(exc))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, page, cursor)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.query_one(".listing-status", Static).update(
                Text("cannot read this list: ", style="bold red") + st.literal(message))

    def _show(self, generation: int, page: Page, cursor: int) -> None:
        if generation != self.generation:
            return
        if page.total is not None:
            self.total = page.total
        elif len(page.rows) < self.PAGE_SIZE and (page.rows or page.offset == 0):
            self.total = page.offset + len(page.rows)  # the last page tells the total
        if not page.rows and page.offset > 0 and self.total:
            last = ((self.total - 1) // self.PAGE_SIZE) * self.PAGE_SIZE
            if last != page.offset:  # the listing shrank under us
                self.reload(offset=last, cursor=self.PAGE_SIZE)
                return
        self._shown_generation = generation
        self.page_offset = page.offset
        self.items = page.items
        table = self.table
        table.has_previous = self.page_offset > 0
        table.has_next = self.total is None or self.page_offset + len(page.rows) < self.total
        if cursor < 0:
            cursor = len(page.rows) - 1
        keys = [key for key, _ in page.rows]
        if self._keep is not None and self._keep in keys:  # same page again: same row
            cursor = keys.index(self._keep)
        table.set_page(self._labels(), page.rows, cursor, self.FLEXIBLE)
        self.shown += 1
        self.note = page.note
        self.update_status()
        self.post_message(self.Loaded(self))
        self.post_message(self.Highlighted(self, self.current_item()))

    def wait_for(self, what: str) -> None:
        """Say what the list is waiting for, with a loading indicator over the table."""
        self.query_one(".listing-status", Static).update(Text(what, style="italic"))
        self.table.loading = True

    def describe_view(self) -> str:
        """What the list holds, in words: how many, filter, order (the export dialog)."""
        how_many = (f"the {self.NOUN} (still counting)" if self.total is None
                    else st.count(self.total, self.NOUN))
        label = dict(self.COLUMNS).get(self.sort_key, self.sort_key)
        described = self.describe_filter()
        filtered = f" (filter: {described})" if described else ""
        return f"{how_many}{filtered}, sorted by {label} {'▼' if self.descending else '▲'}"

    def update_status(self) -> None:
        """Rewrite the status line (call when the total arrives later)."""
        first, last = self.page_offset + 1, self.page_offset + len(self.items)
        if self.total is None:
            where = f"{first:,}–{last:,} of … (counting)"
        elif self.total == 0:
            where = f"no {self.NOUN}"
        elif first == 1 and last == self.total:
            where = st.count(self.total, self.NOUN)
        else:
            where = f"{first:,}–{last:,} of {st.count(self.total, self.NOUN)}"
        label = dict(self.COLUMNS).get(self.sort_key, self.sort_key)
        parts = [Text(where, style="bold"),
                 Text(f"sorted by {label} {'▼' if self.descending else '▲'}")]
        described = self.describe_filter()
        if described:
            parts.append(Text(f"filter: {described}", style="bold yellow")
                         + Text(" (esc clears)", style="dim"))
        elif self.FILTERABLE:
            parts.append(Text("no filter (/ to filter)", style="dim"))
        for note in (self.note, *self.status_notes()):
            if note:
                parts.append(Text(note, style="italic"))
        status = Text(" · ").join(parts)
        self.query_one(".listing-status", Static).update(status)

    # --- the cursor -----------------------------------------------------------------------

    def current_item(self) -> Any:
        """The item under the cursor, or ``None``."""
        row = self.table.cursor_row
        if not self.items or not 0 <= row < len(self.items):
            return None
        return self.items[row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self, self.current_item()))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        item = self.current_item()
        if item is not None:
            self.post_message(self.Chosen(self, item))

    # --- paging and sorting ---------------------------------------------------------------

    def on_paged_table_edge_reached(self, event: PagedTable.EdgeReached) -> None:
        event.stop()
        self.step(event.direction, cursor=0 if event.direction > 0 else -1)

    def step(self, pages: int, cursor: int = 0) -> None:
        """Go ``pages`` pages forward (or back)."""
        target = self.page_offset + pages * self.PAGE_SIZE
        if target < 0 or (self.total is not None and target >= self.total):
            return
        self.reload(offset=target, cursor=cursor)

    def edge(self, direction: int) -> None:
        """Go to the first (-1) or last (+1) page."""
        if direction < 0:
            self.reload(offset=0, cursor=0)
        elif self.total:
            self.reload(offset=((self.total - 1) // self.PAGE_SIZE) * self.PAGE_SIZE, cursor=-1)
        else:
            self.app.notify("Still counting; try again in a moment.", markup=False)

    def sort_by(self, key: str, descending: bool | None = None) -> None:
        """Sort by column ``key``; choosing the current column again flips the order."""
        if key not in self.sort_keys():
            label = dict(self.COLUMNS).get(key, key)
            self.app.notify(f"This list cannot be sorted by {label}; the Claims screen (4) "
                            "sorts every column.", markup=False)
            return
        if descending is None:
            descending = (not self.descending if key == self.sort_key
                          else key in self.DESCENDING_FIRST)
        self.sort_key, self.descending = key, descending
        self.refilter()

    def sort_keys(self) -> list[str]:
        """The columns this list can be sorted by."""
        return [key for key, _ in self.COLUMNS
                if self.SORTABLE is None or key in self.SORTABLE]

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.sort_by(str(event.column_key.value))

    def _labels(self) -> list[tuple[str, str]]:
        arrow = " ▼" if self.descending else " ▲"
        return [(key, label + (arrow if key == self.sort_key else ""))
                for key, label in self.COLUMNS]


class CatalogListingView(ListingView):
    """A listing of the figures catalog (``catalog``, set by the screen: attributes down),
    with a text filter. Pages are asked of the catalog in a worker; ``ask`` says which."""

    def __init__(self, sort_key: str, descending: bool = False, **kwargs: Any) -> None:
        super().__init__(sort_key, descending, **kwargs)
        self.catalog: CatalogClient | None = None
        self.needle = ""

    def cells(self, row: Any) -> list[Text | str]:
        """The table cells of a row."""
        raise NotImplementedError

    def ask(self, catalog: CatalogClient, needle: str, key: str, descending: bool,
            offset: int) -> RowsPage:
        """One page from the catalog (runs in a worker thread)."""
        raise NotImplementedError

    def set_catalog(self, catalog: CatalogClient) -> None:
        """A new catalog (recomputed, or a review changed): keep filter, sort and page."""
        first = self.catalog is None
        self.catalog = catalog
        self.table.loading = False
        if first:
            self.refilter()
        else:
            self.total = None
            self.reload()

    def ready(self) -> bool:
        return self.catalog is not None

    def set_filter(self, needle: str) -> None:
        """Only rows whose search text contains ``needle``."""
        self.needle = needle.strip()
        self.refilter()

    def clear_filter(self) -> None:
        """Every row again."""
        self.set_filter("")

    def describe_filter(self) -> str:
        return f"contains {st.literal(repr(self.needle)).plain}" if self.needle else ""

    def query_state(self) -> Any:
        return (self.catalog, self.needle, self.sort_key, self.descending)

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        catalog, needle, key, descending = query
        page = self.ask(catalog, needle, key, descending, offset)
        return Page(offset, [(r.id, self.cells(r)) for r in page.rows], page.rows, page.total)
