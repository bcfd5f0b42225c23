"""The review screen: five tabs (Figures, Compare, Discrepancies, Claims, Document) and every
review key. Views report what the reviewer picked (messages up); this screen tells views what
to show (attributes down), saves actions through ``factcheck.review_actions`` in a worker, one
at a time and in order, and recomputes figures in the background when claims change."""

from __future__ import annotations

import gc
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane

from factcheck.db import StoreError, store_error
from factcheck.figures.service import AnalysisCache, DiscrepancyRow, FigureError
from factcheck.review_actions import Change, ReviewSession
from factcheck.review_queries import FiguresState, figures_state
from factcheck.store.queries import ClaimFilters
from factcheck.store.review import ReviewError
from factcheck.tui import keys
from factcheck.tui import safe_text as st
from factcheck.tui.choice_picker import ChoicePicker
from factcheck.tui.claim_filter_form import ClaimFilterForm
from factcheck.tui.claims_view import ClaimsView
from factcheck.tui.compare_view import CompareView
from factcheck.tui.discrepancies_view import DiscrepanciesView
from factcheck.tui.document_view import DocumentView
from factcheck.tui.edit_form import EditForm
from factcheck.tui.figure_claims_view import FigureClaimsView
from factcheck.tui.figure_picker import FigurePicker
from factcheck.tui.figures_view import FiguresView
from factcheck.tui.help_screen import HelpScreen
from factcheck.tui.listing_view import ListingView
from factcheck.tui.resolve_form import ResolveForm
from factcheck.tui.text_prompt import TextPrompt
from factcheck.view_export import (
    ExportError,
    export_claim_ids,
    export_claims,
    export_discrepancies,
    export_figures,
)

#: Stores with more claims than this open on the Claims screen while figures are computed.
LARGE_STORE = 100_000
TABS = ("figures", "compare", "discrepancies", "claims", "document")
#: Errors an action reports in one line instead of failing.
ACTION_ERRORS = (ReviewError, FigureError, StoreError, ExportError, SQLAlchemyError, OSError)


@contextmanager
def responsive_while_busy(interval: float = 0.0005) -> Iterator[None]:
    """Let the interface thread take the GIL back quickly while a worker computes.

    A pure-Python worker (grouping a million claims) holds the GIL; with the
    default 5 ms switch interval every step of the interface waits for it. A
    shorter interval keeps paging and typing quick, at a small cost to the worker.
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, interval))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def keep_out_of_gc() -> None:
    """Move the objects alive now (a million figure claims) out of the garbage collector's
    reach: otherwise each full collection walks them all and freezes the screen for
    seconds. They are still freed when no longer used (reference counting); objects in
    reference cycles wait for the next call, which first gives the earlier ones back."""
    gc.unfreeze()
    gc.freeze()


class ReviewScreen(Screen):
    """See the module docstring."""

    BINDINGS = keys.bindings()

    def __init__(self, session: ReviewSession, claim_count: int, notice: str = "") -> None:
        super().__init__()
        self.review = session
        self.claim_count = claim_count
        self.notice = notice
        self.state: FiguresState | None = None
        self.analyses = AnalysisCache()  # regroups only when the store changed
        self.figures_generation = 0
        self.figures_dirty = False
        self.figures_busy = False
        self._writes: deque[Callable[[], Change | None]] = deque()
        self._writes_lock = threading.Lock()
        self._draining = False
        self._saved_line: Text | None = None

    # --- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        initial = "claims" if self.claim_count > LARGE_STORE else "figures"
        with TabbedContent(initial=initial, id="tabs"):
            with TabPane("1 Figures", id="figures"):
                yield FiguresView(id="figures-view")
            with TabPane("2 Compare", id="compare"):
                yield CompareView(id="compare-view")
            with TabPane("3 Discrepancies", id="discrepancies"):
                yield DiscrepanciesView(id="discrepancies-view")
            with TabPane("4 Claims", id="claims"):
                yield ClaimsView(id="claims-view")
            with TabPane("5 Document", id="document"):
                yield DocumentView(id="document-view")
        yield Static(id="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "factcheck review"
        self.sub_title = f"reviewer {st.literal(self.review.reviewer).plain}"
        waiting = (f"Grouping {st.count(self.claim_count, 'claims')} into figures and "
                   "checking them… (the Claims screen, 4, works meanwhile)")
        self.figures_view.wait_for(waiting)
        self.discrepancies_view.wait_for(waiting)
        self.claims_view.refilter()
        self.recompute_figures()
        if self.claim_count > LARGE_STORE:
            self.say(f"{self.claim_count:,} claims: grouping them into figures in the "
                     "background; the Figures screen (1) fills in when ready.")
        elif self.notice:
            self.say(st.literal(self.notice))
        self.focus_tab()

    @property
    def figures_view(self) -> FiguresView:
        return self.query_one(FiguresView)

    @property
    def compare_view(self) -> CompareView:
        return self.query_one(CompareView)

    @property
    def discrepancies_view(self) -> DiscrepanciesView:
        return self.query_one(DiscrepanciesView)

    @property
    def claims_view(self) -> ClaimsView:
        return self.query_one(ClaimsView)

    @property
    def document_view(self) -> DocumentView:
        return self.query_one(DocumentView)

    @property
    def tab(self) -> str:
        """The active tab's id."""
        return self.query_one(TabbedContent).active

    def say(self, message: str | Text, style: str = "") -> None:
        """Write the status line (below the tabs)."""
        text = message if isinstance(message, Text) else Text(message, style=style)
        self.query_one("#status-line", Static).update(text)

    def warn(self, message: str) -> None:
        """A one-line warning toast (article text inside is shown literally)."""
        self.notify(st.literal(message).plain, severity="warning", markup=False)

    def focus_tab(self) -> None:
        """Put the keyboard focus in the active tab's main widget."""
        target = {
            "figures": lambda: self.figures_view.table,
            "compare": lambda: self.compare_view.claims_view.table,
            "discrepancies": lambda: self.discrepancies_view.table,
            "claims": lambda: self.claims_view.table,
            "document": lambda: self.query_one(".document-text"),
        }[self.tab]()
        target.focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.call_after_refresh(self.focus_tab)

    # --- figures in the background --------------------------------------------------------

    def recompute_figures(self, reviews_only: bool = False) -> None:
        """Group and check every claim again (or only re-read discrepancy reviews)."""
        if self.figures_busy:
            self.figures_dirty = True
            return
        self.figures_busy = True
        self.figures_dirty = False
        self.figures_generation += 1
        reuse = self.state.analysis if (reviews_only and self.state is not None) else None
        if self.state is not None:
            self.say("updating figures and discrepancies…", "italic")
        self._figures(self.figures_generation, reuse)

    def _figures(self, generation: int, analysis: Any) -> None:
        """Compute figures in a daemon thread of its own (not a Textual worker): it can take
        half a minute on a million claims, and quitting must not wait for it."""
        thread = threading.Thread(target=self._compute_figures, args=(generation, analysis),
                                  name="factcheck-figures", daemon=True)
        thread.start()

    def _compute_figures(self, generation: int, analysis: Any) -> None:
        try:
            with Session(self.app.engine) as session, responsive_while_busy():
                state = figures_state(session, analysis or self.analyses.get(session))
        except (StoreError, SQLAlchemyError) as exc:
            self._from_thread(self._figures_failed, str(store_error(exc)))
            return
        self._from_thread(self._figures_ready, generation, state)

    def _from_thread(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run ``callback`` on the interface thread, unless the app has closed meanwhile."""
        with suppress(RuntimeError):  # the app is gone: nothing left to show
            self.app.call_from_thread(callback, *args)

    def _figures_failed(self, message: str) -> None:
        self.figures_busy = False
        self.warn(message)

    def _figures_ready(self, generation: int, state: FiguresState) -> None:
        self.figures_busy = False
        if generation != self.figures_generation:
            return
        self.state = state
        keep_out_of_gc()
        self.figures_view.set_figures(state.figures)
        self.discrepancies_view.set_discrepancies(state.discrepancies)
        compare = self.compare_view
        compare.state = state
        if compare.figure_id is None and state.figures:
            compare.show_figure(state.figures[0].id)
        else:
            compare.show_figure(None)
        still_open = sum(1 for d in state.discrepancies if d.status == "open")
        label = f"3 Discrepancies ({still_open:,} open)" if still_open else "3 Discrepancies"
        self.query_one(TabbedContent).get_tab("discrepancies").label = label
        if self.figures_dirty:
            self.recompute_figures()
        elif self.notice:
            self.say(st.literal(self.notice))
            self.notice = ""
        elif self._saved_line is not None:
            self.say(self._saved_line)
        else:
            self.say(f"{st.count(len(state.figures), 'figures')}, "
                     f"{st.count(len(state.discrepancies), 'discrepancies')} ({still_open:,} "
                     "open). ? shows every key; ctrl+p finds any action by name.", "dim")

    # --- saving, one action at a time -----------------------------------------------------

    def submit(self, job: Callable[[], Change | None]) -> None:
        """Queue a review action; a worker runs them in order and saves each at once."""
        with self._writes_lock:
            self._writes.append(job)
            start = not self._draining
            self._draining = True
        if start:
            self._drain()

    @work(thread=True, group="writes", description="review_screen.drain")
    def _drain(self) -> None:
        while True:
            with self._writes_lock:
                if not self._writes:
                    self._draining = False
                    return
                job = self._writes.popleft()
            try:
                change = job()
            except ACTION_ERRORS as exc:
                message = str(store_error(exc)) if isinstance(exc, SQLAlchemyError) else str(exc)
                self.app.call_from_thread(self._failed, message)
                continue
            self.app.call_from_thread(self._saved, change)

    def _failed(self, message: str) -> None:
        self.warn(message)
        self.say(Text("not saved: ", style="bold red") + st.literal(message))

    def _saved(self, change: Change | None) -> None:
        if change is None:
            self.say("nothing changed (it already was so)", "dim")
            return
        saved = Text("saved: ", style="bold green") + st.literal(change.description)
        if self.review.can_undo:
            saved.append("  (u undoes)", style="dim")
        self.say(saved)
        self._saved_line = saved
        self.refresh_views(change)

    def refresh_views(self, change: Change | None = None) -> None:
        """Show the store as it is now, after ``change`` (or everything)."""
        self.claims_view.reload()
        if self.compare_view.figure_id is not None:
            self.compare_view.show_figure(None)
        self.document_view.show_claim(None, None)
        if change is None or change.regroups:
            self.recompute_figures()
        elif change.discrepancy:
            self.recompute_figures(reviews_only=True)

    # --- what the keys act on -------------------------------------------------------------

    def selected_claim(self, quiet: bool = False) -> dict[str, Any] | None:
        """The claim the reviewer is on (Compare, Claims or Document screen)."""
        row = {
            "compare": lambda: self.compare_view.current_claim(),
            "claims": lambda: self.claims_view.current_item(),
            "document": lambda: self.document_view.current_claim(),
        }.get(self.tab, lambda: None)()
        if row is None and not quiet:
            self.warn("Select a claim first: open a figure (enter) or use the Claims (4) "
                      "or Document (5) screen.")
        return row

    def selected_discrepancy(self) -> DiscrepancyRow | None:
        """The discrepancy the reviewer is on (Discrepancies screen, or the Compare figure's)."""
        if self.tab == "discrepancies":
            row = self.discrepancies_view.current_item()
        elif self.tab == "compare" and self.compare_view.summary is not None:
            found = self.compare_view.summary.discrepancies
            claim = self.selected_claim(quiet=True)
            mine = [d for d in found if claim and claim["id"] in d.claim_ids]
            still_open = [d for d in mine or found if d.status == "open"]
            row = (still_open or mine or found or [None])[0]
        else:
            row = None
        if row is None:
            self.warn("No discrepancy here: choose one on the Discrepancies screen (3) or "
                      "open a figure that has one.")
        return row

    def listing(self) -> ListingView | None:
        """The active screen's list, if it has one."""
        return {
            "figures": self.figures_view, "discrepancies": self.discrepancies_view,
            "claims": self.claims_view, "compare": self.compare_view.claims_view,
        }.get(self.tab)

    # --- review actions -------------------------------------------------------------------

    def action_mark(self, status: str) -> None:
        row = self.selected_claim()
        if row is not None:
            claim_id = int(row["id"])
            self.submit(lambda: self.review.mark(claim_id, status))
            self.next_claim()

    def next_claim(self) -> None:
        """Go on to the next claim (after confirming, disputing or rejecting one)."""
        if self.tab == "document":
            self.document_view.step(1)
        elif (view := self.listing()) is not None:
            view.table.action_cursor_down()

    def action_edit(self) -> None:
        row = self.selected_claim()
        if row is None:
            return
        claim_id = int(row["id"])

        def done(fields: dict[str, Any] | None) -> None:
            if fields is not None:
                self.submit(lambda: self.review.edit(claim_id, fields))

        self.app.push_screen(EditForm(row), done)

    def action_note(self) -> None:
        row = self.selected_claim()
        if row is None:
            return
        claim_id, old = int(row["id"]), row.get("note") or ""
        shown = st.literal(old).plain

        def done(text: str | None) -> None:
            if text is not None and text != shown:
                self.submit(lambda: self.review.note(claim_id, text))

        self.app.push_screen(TextPrompt(f"Note on claim {claim_id} (empty removes it)",
                                        value=shown, hint=st.sentence(row)), done)

    def action_move(self) -> None:
        row = self.selected_claim()
        if row is None:
            return
        claim_id = int(row["id"])
        state = self.state
        current = self.compare_view.figure_id if self.tab == "compare" else None
        if current is None and state is not None and self.claim_count <= LARGE_STORE:
            current = state.figure_of(claim_id)  # a scan: quick on stores this size
        figures = state.figures if state else []
        analysis = state.analysis if state else None
        if state is None:
            self.warn("Figures are still being computed: only a new figure can be named now.")

        def done(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            kind, value = choice
            if kind == "new":
                self.submit(lambda: self.review.move(claim_id, new_label=value))
            else:
                self.submit(lambda: self.review.move(claim_id, figure_id=value,
                                                     analysis=analysis))

        label = Text(f"claim {claim_id}: {st.figure(row)} — ") + st.sentence(row)
        self.app.push_screen(FigurePicker(figures, current, label), done)

    def action_resolve(self) -> None:
        row = self.selected_discrepancy()
        if row is None:
            return
        analysis = self.state.analysis if self.state else None

        def done(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                status, note = answer
                self.submit(lambda: self.review.resolve(row.id, status, note,
                                                        analysis=analysis))

        self.app.push_screen(ResolveForm(row), done)

    def action_undo(self) -> None:
        if not self.review.can_undo and not self._draining:
            self.say("nothing to undo in this session", "dim")
            return
        self.submit(self.review.undo)

    # --- finding --------------------------------------------------------------------------

    def action_filter(self) -> None:
        tab = self.tab
        if tab == "claims":
            def done(filters: ClaimFilters | None) -> None:
                if filters is not None:
                    self.claims_view.set_filters(filters)

            self.app.push_screen(ClaimFilterForm(self.claims_view.filters), done)
        elif tab in ("figures", "discrepancies"):
            view = self.figures_view if tab == "figures" else self.discrepancies_view
            what = ("label, category or id" if tab == "figures"
                    else "status, kind, figure, summary or note")

            def apply(text: str | None) -> None:
                if text is not None:
                    view.set_filter(text)

            self.app.push_screen(TextPrompt(f"Show {tab} whose {what} contains:",
                                            value=view.needle, ok="Filter"), apply)
        else:
            self.warn("/ filters the Figures (1), Discrepancies (3) and Claims (4) screens.")

    def action_clear_filter(self) -> None:
        view = self.listing()
        if isinstance(view, (FiguresView, DiscrepanciesView, ClaimsView)):
            view.clear_filter()

    def action_sort(self) -> None:
        view = self.listing()
        if view is None:
            self.warn("Nothing to sort on this screen.")
            return

        def done(key: str | None) -> None:
            if key is not None:
                view.sort_by(key)

        labels = dict(view.COLUMNS)
        choices = [(key, labels[key]) for key in view.sort_keys()]
        self.app.push_screen(ChoicePicker("Sort by (the same column again reverses)",
                                          choices, view.sort_key), done)

    def action_step(self, direction: int) -> None:
        if self.tab == "document":
            self.document_view.step(direction)
        elif (view := self.listing()) is not None:
            view.step(direction)

    def action_edge(self, direction: int) -> None:
        if self.tab == "document":
            self.document_view.edge(direction)
        elif (view := self.listing()) is not None:
            view.edge(direction)

    def action_tab(self, name: str) -> None:
        self.query_one(TabbedContent).active = name

    def action_open(self) -> None:
        tab = self.tab
        if tab == "figures" and (figure := self.figures_view.current_item()) is not None:
            self.open_figure(figure.id)
        elif tab == "discrepancies" and (d := self.discrepancies_view.current_item()):
            self.open_figure(d.figure, d.claim_ids[0] if d.claim_ids else None)
        elif tab in ("compare", "claims") and (row := self.selected_claim()) is not None:
            self.open_document(row)
        elif tab == "document" and (row := self.selected_claim()) is not None:
            if self.state is None:
                self.warn("Figures are still being computed; try again in a moment.")
            else:
                self.compare_view.show_claim_figure(int(row["id"]))
                self.action_tab("compare")

    def open_figure(self, figure_id: str, claim_id: int | None = None) -> None:
        """Show a figure on the Compare screen (optionally with a claim selected)."""
        self.compare_view.show_figure(figure_id, claim_id)
        self.action_tab("compare")

    def open_document(self, row: dict[str, Any]) -> None:
        """Show a claim in its article on the Document screen."""
        self.document_view.show_claim(int(row["document_id"]), int(row["id"]))
        self.action_tab("document")

    def on_listing_view_chosen(self, event: ListingView.Chosen) -> None:
        if isinstance(event.view, FiguresView):
            self.open_figure(event.item.id)
        elif isinstance(event.view, DiscrepanciesView):
            item = event.item
            self.open_figure(item.figure, item.claim_ids[0] if item.claim_ids else None)
        elif isinstance(event.view, (ClaimsView, FigureClaimsView)):
            self.open_document(event.item)

    # --- the rest -------------------------------------------------------------------------

    def action_export(self) -> None:
        tab = self.tab
        default = {"figures": "figures.csv", "discrepancies": "discrepancies.csv",
                   "claims": "claims-view.csv", "compare": "figure-claims.csv",
                   "document": "document-claims.csv"}[tab]

        def done(path: str | None) -> None:
            if path:
                self._export(tab, path, self._export_args(tab))

        self.app.push_screen(TextPrompt(f"Export the {tab} view to CSV: file name",
                                        value=default, ok="Export",
                                        hint="UTF-8, a header row, safe in spreadsheets"),
                             done)

    def _export_args(self, tab: str) -> Any:
        """What to export, fixed now (the lists themselves are made in the worker)."""
        if tab in ("figures", "discrepancies", "compare"):
            view = self.listing()
            assert view is not None
            return view.query_state()
        if tab == "claims":
            view = self.claims_view
            return (view.filters, view.sort_key, view.descending)
        claim = self.document_view.current_claim()
        content = self.document_view.doc
        document = content.document.id if content else (claim or {}).get("document_id", -1)
        return (ClaimFilters(document=document), "position", False)

    @work(thread=True, group="export", description="review_screen.export")
    def _export(self, tab: str, path: str, args: Any) -> None:
        try:
            if tab == "figures":
                out, count = export_figures(self.figures_view.visible(args), path)
            elif tab == "discrepancies":
                out, count = export_discrepancies(self.discrepancies_view.visible(args), path)
            elif tab == "compare":
                ids = [c.id for c in self.compare_view.claims_view.ordered(args)]
                out, count = export_claim_ids(self.app.engine, path, ids)
            else:
                filters, order_by, descending = args
                out, count = export_claims(self.app.engine, path, filters, order_by, descending)
        except ACTION_ERRORS as exc:
            message = str(store_error(exc)) if isinstance(exc, SQLAlchemyError) else str(exc)
            self.app.call_from_thread(self._failed, message)
            return
        done = Text(f"exported {count:,} rows to ", style="bold green") + st.literal(str(out))
        self.app.call_from_thread(self.say, done)

    def action_reload(self) -> None:
        self.claims_view.total = None
        self.claims_view.refilter()
        self.refresh_views(None)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.review.reviewer))

    def action_quit(self) -> None:
        self.app.exit()
