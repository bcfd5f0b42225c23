"""The Claims screen: every claim, filtered, sorted and paged (in SQL, or in memory when a filter
matches few claims: ``claim_matches``), the selected one in full.

A page of a filter sorted by another column is first asked of SQL for a moment
(quick when matches are dense along the sort column's index). Past it, a text
filter's page is read by sorting the text index's candidates in SQL
(``sorted_candidates``, about 0.1 s for 100,000 of them) while the count worker
reads the matches with their sort columns, after which pages and new sorts are
made in memory; any other filter waits for that read.
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.worker import get_current_worker

from factcheck.figures.child_priority import foreground
from factcheck.review_queries import claim_rows, claims_page, claims_total
from factcheck.store.queries import (
    NO_FILTERS,
    ClaimFilters,
    asks_text_index,
    count_claims,
    narrower_elsewhere,
    pages_by_source_values,
    sorted_candidates,
    walked_page,
)
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.claim_matches import (
    SQL_BUDGET,
    TEXT_SQL_BUDGET,
    ClaimMatches,
    read_matches,
    unless,
    within,
)
from factcheck.tui.errors import READ_ERRORS, one_line
from factcheck.tui.listing_view import ListingView, Page
from factcheck.tui.sort_ranks import (
    RANKED,
    RANKS_FROM,
    REBUILD_AFTER,
    SortRanks,
    build_ranks_apart,
    ranked_page,
)


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
        st.status(row.get("status") or "unreviewed").append(marks, style="bold"),
        row.get("category") or "",
        st.literal(row.get("subject")),
        st.literal(row.get("attribution")),
        st.literal(row.get("outlet")),
    ]


def describe_filters(filters: ClaimFilters) -> str:
    """A claim filter in words."""
    parts = []
    if filters.category:
        parts.append(f"category {_one_or_many(filters.category)}")
    if filters.status:
        parts.append(f"status {_one_or_many(filters.status)}")
    if filters.source:
        parts.append(f"source contains {filters.source!r}")
    if filters.document is not None:
        parts.append(f"document {filters.document}")
    if filters.since:
        parts.append(f"from {filters.since.isoformat()}")
    if filters.until:
        parts.append(f"to {filters.until.isoformat()}")
    if filters.search:
        parts.append(f"text contains {filters.search!r}")
    return st.literal(", ".join(parts)).plain


def _one_or_many(value: Any) -> str:
    return value if isinstance(value, str) else "/".join(value)


#: Seconds the count of a filter waits for its first page before reading its matches.
FIRST_PAGE_WAIT = 1.0


class _Matches:
    """The claims of a filter being read (``ready`` is set once ``found`` is)."""

    def __init__(self, filters: ClaimFilters) -> None:
        self.filters = filters
        self.ready = threading.Event()
        self.found: ClaimMatches | None = None


class ClaimsView(ListingView):
    """Every claim in the store (see module docstring)."""

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"), ("date", "date"), ("value", "figure"), ("status", "status"),
        ("category", "category"), ("subject", "subject"), ("source", "source"),
        ("outlet", "outlet"),
    )
    DESCENDING_FIRST = frozenset({"value", "date"})
    FLEXIBLE = (("outlet", 10), ("source", 14), ("subject", 14))
    NOUN = "claims"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sort_key="id", **kwargs)
        self.filters = ClaimFilters()
        self.count_generation = 0
        self._counted_for: ClaimFilters | None = None
        #: the claims of a filter with their sort columns (``None``: too many), read once
        #: by whichever worker needs them first
        self._matches: _Matches | None = None
        self._matches_lock = threading.Lock()
        #: (filters, sort, descending) whose pages SQL did not find within its moment
        self._slow_orders: set[Any] = set()
        #: set once the first page of the filter being counted is shown
        self._page_shown = threading.Event()
        #: each claim's place in a sort order (``sort_ranks``), by sort key, and the keys
        #: whose ranks are being built
        self.ranks: dict[str, SortRanks] = {}
        self._ranks_building: set[str] = set()
        self._ranks_one_at_a_time = threading.Lock()
        #: set when the store proved too small for ranks to help
        self._small_store = False

    def compose_more(self) -> ComposeResult:
        yield ClaimDetail(hint="No claim here. Press / to change the filter.",
                          classes="claim-detail")

    @property
    def matches(self) -> ClaimMatches | None:
        """The current filter's claims, when read for sorting in memory."""
        entry = self._matches
        if entry is None or entry.filters != self.filters or not entry.ready.is_set():
            return None
        return entry.found

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
        self._page_shown.clear()  # what waits for the page (count, ranks) waits for this one
        super().refilter()
        if self.sort_key in RANKED and self.sort_key not in self.ranks:
            self._want_ranks(self.sort_key)  # a text filter sorted so is quick after
        if known is not None:  # only the order changed: same total
            self.total = known
            return
        self._count_again()

    def store_changed(self) -> None:
        """Claims changed (a review was saved): read the page again, count again."""
        with self._matches_lock:
            self._matches = None
        self._slow_orders.clear()
        self.reload()
        self._count_again()

    def _count_again(self) -> None:
        self._counted_for = None
        self._page_shown.clear()
        self.count_generation += 1
        self._count(self.count_generation, self.filters)

    def _read_matches(self, session: Session, filters: ClaimFilters) -> ClaimMatches | None:
        """The claims of ``filters`` for sorting in memory (``None``: too many, or none
        asked), read once: a second worker asking for the same filter waits for the
        first; one asking for another filter does not."""
        if filters == NO_FILTERS:
            return None
        with self._matches_lock:
            entry = self._matches
            mine = entry is None or entry.filters != filters
            if mine:
                entry = self._matches = _Matches(filters)
        assert entry is not None
        if not mine:
            entry.ready.wait()
            return entry.found
        try:
            entry.found = read_matches(session, filters)
        except BaseException:  # interrupted (a stale count) or failed: read anew next time
            with self._matches_lock:
                if self._matches is entry:
                    self._matches = None
            raise
        finally:
            entry.ready.set()
        return entry.found

    def fetch(self, query: Any, offset: int, total: int | None) -> Page:
        with foreground():  # the reviewer waits: a figures catalog being built steps back
            return self._fetch_page(query, offset, total)

    def _fetch_page(self, query: Any, offset: int, total: int | None) -> Page:
        filters, order_by, descending = query
        with Session(self.app.engine) as session:
            matches = self.matches if filters == self.filters else None
            rows = None
            if filters == NO_FILTERS:
                matches = None  # no filter: SQL walks the sort column's index, quick
            elif matches is None or not matches.sorted_by(order_by, descending):
                rows = self._sql_page(session, query, offset, total, matches is None)
                # else the claims are read (or were, by the count) and sorted here
                matches = self._read_matches(session, filters) if rows is None else None
            if matches is not None:
                ids = matches.ids(session, order_by, descending)[offset: offset + self.PAGE_SIZE]
                rows, total = claim_rows(session, ids), len(matches)
            else:
                if rows is None:
                    rows = claims_page(session, filters, order_by, descending, offset,
                                       self.PAGE_SIZE, total)
                total = None
        return Page(offset, [(str(r["id"]), claim_cells(r)) for r in rows], rows, total)

    def _sql_page(self, session: Session, query: Any, offset: int, total: int | None,
                  unread: bool) -> list[dict[str, Any]] | None:
        """A page of a filter sorted by another column, when SQL finds it quickly: by
        walking the sort column's index for a moment, else (a text filter whose matches
        are not read yet, nor known to be too many) by sorting the text index's
        candidates; ``None`` when neither applies."""
        filters, order_by, descending = query
        candidates = unread and self._candidates_sortable(session, filters)
        if query not in self._slow_orders:
            if candidates:  # the text index's candidates are not counted first: see below
                ids = within(session, TEXT_SQL_BUDGET, lambda: walked_page(
                    session, filters, order_by, descending, self.PAGE_SIZE, offset))
                rows = None if ids is None else claim_rows(session, ids)
            else:
                rows = within(session, SQL_BUDGET, lambda: claims_page(
                    session, filters, order_by, descending, offset, self.PAGE_SIZE, total))
            if rows is not None:
                return rows
            self._slow_orders.add(query)
        if not candidates:
            return None
        ranks = self.ranks.get(order_by)
        if ranks is not None and not pages_by_source_values(filters, order_by) and \
                not narrower_elsewhere(session, filters):
            found = ranked_page(session, filters, ranks, descending, self.PAGE_SIZE, offset)
            if found is not None:
                ids, unknown = found
                if unknown > REBUILD_AFTER:  # many claims changed since: build them again
                    self.app.call_from_thread(self._want_ranks, order_by, True)
                return claim_rows(session, ids)
        elif order_by in RANKED:
            self.app.call_from_thread(self._want_ranks, order_by)
        ids = sorted_candidates(session, filters, order_by, descending, self.PAGE_SIZE, offset)
        return None if ids is None else claim_rows(session, ids)

    def _want_ranks(self, key: str, again: bool = False) -> None:
        """Build the ranks of the ``key`` order in a worker (once; ``again``: anew)."""
        if (self._small_store or key in self._ranks_building
                or (key in self.ranks and not again)):
            return
        self._ranks_building.add(key)
        self._build_ranks(key)

    @work(thread=True, group="ranks", description="claims_view.ranks")
    def _build_ranks(self, key: str) -> None:
        """Each claim's place in the ``key`` order, on a store of ``RANKS_FROM`` claims or
        more (after the page being read: the reviewer waits for that)."""
        self._page_shown.wait(FIRST_PAGE_WAIT)
        try:
            with self._ranks_one_at_a_time:  # one child at a time: sorts chosen in a row
                with Session(self.app.engine) as session:
                    small = count_claims(session, at_most=RANKS_FROM) < RANKS_FROM
                if small:
                    self._small_store = True
                else:
                    self.ranks[key] = build_ranks_apart(self.app.engine, key)
        except (*READ_ERRORS, OSError, RuntimeError):
            pass  # pages are read without them
        finally:
            self._ranks_building.discard(key)

    def _candidates_sortable(self, session: Session, filters: ClaimFilters) -> bool:
        """Whether a page of ``filters`` may be read by sorting the text index's candidates:
        a text filter the index answers whose matches are not known to be too many."""
        if not asks_text_index(session, filters):
            return False
        entry = self._matches
        return not (entry is not None and entry.filters == filters and entry.ready.is_set()
                    and entry.found is None)

    @work(thread=True, exclusive=True, group="count", description="claims_view.count")
    def _count(self, generation: int, filters: ClaimFilters) -> None:
        """Count the claims of ``filters`` (reading them, when few, for sorting later)."""
        # the first page comes first, rather than share the processor (and Python's lock)
        # with this long read (a week of claims: 0.25 -> 0.09 s on a million claims)
        self._page_shown.wait(FIRST_PAGE_WAIT)
        worker = get_current_worker()
        if worker.is_cancelled:
            return

        def read(session: Session) -> int:
            matches = self._read_matches(session, filters)
            return len(matches) if matches is not None else claims_total(session, filters)

        try:
            with Session(self.app.engine) as session:
                # a count made stale by another filter stops at once, not after its read
                total = unless(session, lambda: worker.is_cancelled, lambda: read(session))
        except READ_ERRORS as exc:
            self.app.call_from_thread(self._failed, self.generation, one_line(exc))
            return
        if total is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._counted, generation, total)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self.count_generation:
            return
        self._counted_for = self.filters
        self.total = total
        self.table.has_next = self.page_offset + len(self.items) < total
        self.update_status()

    def on_listing_view_loaded(self, _event: ListingView.Loaded) -> None:
        self._page_shown.set()

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.query_one(ClaimDetail).show(event.item)
