"""The review screen: five tabs (Figures, Compare, Discrepancies, Claims, Document) and every
review key. Views report what the reviewer picked (messages up); this screen tells views what
to show (attributes down), saves actions through ``factcheck.review_actions`` in a worker, one
at a time and in order, and has the figures catalog built again when claims change: in another
process for a large store (``factcheck.figures.catalog_process``), so that grouping a million
claims never slows the screen."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane, Tabs

from factcheck.figures.catalog import Overview
from factcheck.figures.catalog_process import CatalogClient, open_catalog
from factcheck.figures.service import DiscrepancyRow, KnownFigures, store_fingerprint
from factcheck.review_actions import Change, ReviewSession
from factcheck.store.queries import ClaimFilters
from factcheck.tui import keys
from factcheck.tui import safe_text as st
from factcheck.tui.choice_picker import ChoicePicker
from factcheck.tui.claim_filter_form import ClaimFilterForm
from factcheck.tui.claims_view import ClaimsView
from factcheck.tui.compare_view import CompareView
from factcheck.tui.discrepancies_view import DiscrepanciesView
from factcheck.tui.document_view import DocumentView
from factcheck.tui.edit_form import EditForm
from factcheck.tui.errors import ACTION_ERRORS, READ_ERRORS, one_line
from factcheck.tui.export_prompt import ExportPrompt
from factcheck.tui.figure_claims_view import FigureClaimsView
from factcheck.tui.figure_picker import FigurePicker
from factcheck.tui.figures_view import FiguresView
from factcheck.tui.help_screen import HelpScreen
from factcheck.tui.listing_view import ListingView
from factcheck.tui.resolve_form import ResolveForm
from factcheck.tui.text_prompt import TextPrompt
from factcheck.view_export import ExportError, export_claim_ids, export_claims

#: Stores with more claims than this open on the Claims screen while figures are computed.
LARGE_STORE = 100_000
#: Narrowest screen whose footer shows every key with its usual spacing (narrower: a
#: compact footer, without the command palette's hint, which the help screen gives).
FOOTER_FULL_WIDTH = 130
TABS = ("figures", "compare", "discrepancies", "claims", "document")


class ReviewScreen(Screen):
    """See the module docstring."""

    BINDINGS = keys.bindings()

    def __init__(self, session: ReviewSession, claim_count: int, notice: str = "") -> None:
        super().__init__()
        self.review = session
        self.claim_count = claim_count
        self.notice = notice
        #: the figures catalog the screens show, and the one being built to replace it
        self.catalog: CatalogClient | None = None
        self.overview: Overview | None = None
        self._building: CatalogClient | None = None
        self.figures_generation = 0
        self.figures_dirty = False
        self.figures_busy = False
        self._busy_since = 0.0  # when the figures being computed were asked for
        self.activity = ""  # what the status line says is computed in the background
        #: review actions waiting to be saved, each with whether it is an undo
        self._writes: deque[tuple[Callable[[], Change | None], bool]] = deque()
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
        with Horizontal(id="status-bar"):
            yield Static(id="status-line")
            yield Static(id="activity")
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
        self.set_interval(1.0, self.show_activity)
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

    def on_resize(self) -> None:
        footer = self.query_one(Footer)
        footer.compact = self.size.width < FOOTER_FULL_WIDTH
        footer.show_command_palette = self.size.width >= FOOTER_FULL_WIDTH

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.call_after_refresh(self.focus_tab)

    # --- figures in the background --------------------------------------------------------

    def recompute_figures(self, reviews_only: bool = False) -> None:
        """Have the figures catalog built again (or only its discrepancy reviews re-read).

        The catalog on screen keeps answering until its replacement is ready.
        """
        if self.figures_busy:
            self.figures_dirty = True
            return
        self.figures_busy = True
        self.figures_dirty = False
        self.figures_generation += 1
        self._busy_since = time.monotonic()
        self.show_activity()
        if reviews_only and self.catalog is not None:
            self._refresh_reviews(self.figures_generation, self.catalog)
            return
        threading.Thread(target=self._build, args=(self.figures_generation,),
                         name="factcheck-figures", daemon=True).start()

    def _build(self, generation: int) -> None:
        """Start a catalog and wait for it, in a daemon thread of its own (not a Textual
        worker): it can take half a minute on a million claims, and quitting must not wait
        for it. Starting a process takes a moment too: never on the interface thread.
        While the store's fingerprint is the one the shown catalog was built from, that
        catalog only reads the verdicts again (ctrl+r on an unchanged store)."""
        shown = self.catalog
        if shown is not None:
            try:
                with Session(self.app.engine) as session:
                    unchanged = store_fingerprint(session) == shown.fingerprint()
                if unchanged:
                    overview = shown.refresh_reviews()
                    self._from_thread(self._figures_ready, generation, shown, overview)
                    return
            except READ_ERRORS:
                pass  # build a new one: it reports the problem if there is one
        try:
            catalog = open_catalog(self.app.engine, self.claim_count, prepared=shown is not None)
        except OSError as exc:  # no process could be started
            self._from_thread(self._figures_failed, f"cannot compute figures: {exc}")
            return
        self._building = catalog
        try:
            overview = catalog.wait()
        except READ_ERRORS as exc:
            self._from_thread(self._figures_failed, one_line(exc), catalog)
            return
        self._from_thread(self._figures_ready, generation, catalog, overview)

    @work(thread=True, group="figures", description="review_screen.refresh_reviews")
    def _refresh_reviews(self, generation: int, catalog: CatalogClient) -> None:
        try:
            overview = catalog.refresh_reviews()
        except READ_ERRORS as exc:
            self.app.call_from_thread(self._figures_failed, one_line(exc))
            return
        self.app.call_from_thread(self._figures_ready, generation, catalog, overview)

    def _from_thread(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run ``callback`` on the interface thread; if the app has closed meanwhile, only
        close the catalog among ``args``."""
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:  # the app is gone: nothing left to show
            for arg in args:
                if isinstance(arg, CatalogClient):
                    arg.close()

    def show_activity(self) -> None:
        """Say on the right of the status line what is computed in the background, and for
        how long (every second, while it lasts)."""
        text = Text()
        if self.figures_busy:
            doing = "grouping claims into figures" if self.catalog is None else (
                "updating figures and discrepancies")
            seconds = int(time.monotonic() - self._busy_since)
            text = Text(f"⟳ {doing}… {seconds} s", style="italic")
        if text.plain != self.activity:
            self.activity = text.plain
            for widget in self.query("#activity").results(Static):  # none once closing
                widget.update(text)

    def _figures_failed(self, message: str, catalog: CatalogClient | None = None) -> None:
        self.figures_busy = False
        self.show_activity()
        if catalog is not None:
            self._close_later(catalog)
            if catalog is self._building:
                self._building = None
        self.warn(message)
        if self.figures_dirty:
            self.recompute_figures()

    def _figures_ready(self, generation: int, catalog: CatalogClient,
                       overview: Overview) -> None:
        self.figures_busy = False
        self.show_activity()
        if catalog is self._building:
            self._building = None
        if generation != self.figures_generation or not self.is_mounted:
            if catalog is not self.catalog:
                self._close_later(catalog)
            return
        if catalog is not self.catalog:
            if self.catalog is not None:
                self._close_later(self.catalog)
            self.catalog = catalog
        self.overview = overview
        self.figures_view.set_catalog(catalog)
        self.discrepancies_view.set_catalog(catalog)
        self.compare_view.set_catalog(catalog)
        if self.focused is None or isinstance(self.focused, Tabs):
            self.focus_tab()  # a list cannot take the focus while it waits (loading)
        label = (f"3 Discrepancies ({overview.open:,} open)" if overview.open
                 else "3 Discrepancies")
        self.query_one(TabbedContent).get_tab("discrepancies").label = label
        if self.figures_dirty:
            self.recompute_figures()
        elif self.notice:
            self.say(st.literal(self.notice))
            self.notice = ""
        elif self._saved_line is not None:
            self.say(self._saved_line)
        else:
            self.say(f"{st.count(overview.figures, 'figures')}, "
                     f"{st.count(overview.discrepancies, 'discrepancies')} "
                     f"({overview.open:,} open). ? shows every key; ctrl+p finds any action "
                     "by name.", "dim")

    @staticmethod
    def _close_later(catalog: CatalogClient) -> None:
        """Close a catalog no longer shown, in the background (a process takes a moment)."""
        threading.Thread(target=catalog.close, name="factcheck-figures-close",
                         daemon=True).start()

    def on_unmount(self) -> None:
        for catalog in (self.catalog, self._building):
            if catalog is not None:
                catalog.close()
        self.catalog = self._building = None

    # --- saving, one action at a time -----------------------------------------------------

    def submit(self, job: Callable[[], Change | None], undo: bool = False) -> None:
        """Queue a review action; a worker runs them in order and saves each at once."""
        with self._writes_lock:
            self._writes.append((job, undo))
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
                job, undo = self._writes.popleft()
            try:
                change = job()
            except ACTION_ERRORS as exc:
                self.app.call_from_thread(self._failed, one_line(exc))
                continue
            self.app.call_from_thread(self._saved, change, undo)

    def _failed(self, message: str) -> None:
        self.warn(message)
        self.say(Text("not saved: ", style="bold red") + st.literal(message))

    def _saved(self, change: Change | None, undo: bool = False) -> None:
        if change is None:
            self.say("nothing changed (it already was so)", "dim")
            return
        left = len(self.review.changes)
        if undo:  # the library describes an undo as "undone: <what it undid>"
            what = change.description.removeprefix("undone: ")
            saved = Text("undone: ", style="bold yellow") + st.literal(what)
            saved.append(f"  (u undoes {st.count(left, 'more actions')})" if left
                         else "  (nothing more to undo)", style="dim")
        else:
            saved = Text("saved: ", style="bold green") + st.literal(change.description)
            saved.append("  (u undoes it)", style="dim")
        self.say(saved)
        self._saved_line = saved
        self.refresh_views(change, focus=undo)

    def refresh_views(self, change: Change | None = None, focus: bool = False) -> None:
        """Show the store as it is now, after ``change`` (or everything); with ``focus``,
        the cursor goes to the claim ``change`` touched where the screen shows it (after an
        undo: the reviewer sees what came back)."""
        claim = str(change.claim_id) if focus and change and change.claim_id else None
        if claim is not None:
            self.claims_view.keep_row(claim)
        self.claims_view.store_changed()
        if self.compare_view.figure_id is not None:
            if claim is not None:
                self.compare_view.claims_view.keep_row(claim)
            self.compare_view.show_figure(None)
        doc = self.document_view.doc
        in_document = claim is not None and doc is not None and any(
            str(c["id"]) == claim for c in doc.claims)
        self.document_view.show_claim(None, int(claim) if in_document else None)
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
        if self.catalog is None:
            self.warn("Figures are still being computed: only a new figure can be named now.")
        current = self.compare_view.figure_id if self.tab == "compare" else None
        self._pick_figure(self.catalog, row, current)

    @work(thread=True, group="ask", description="review_screen.pick_figure")
    def _pick_figure(self, catalog: CatalogClient | None, row: dict[str, Any],
                     current: str | None) -> None:
        """Find the claim's figure (left out of the choices, named in the dialog), then open
        the move dialog."""
        label = None
        if catalog is not None:
            with suppress(*READ_ERRORS):
                if current is None:
                    current = catalog.figure_of(int(row["id"]))
                if current is not None:  # the filter finds a figure by its id too
                    found = catalog.figures_page(current, "claims", True, 0, 10).rows
                    label = next((f.label for f in found if f.id == current), None)
        self.app.call_from_thread(self._move_dialog, catalog, row, current, label)

    def _move_dialog(self, catalog: CatalogClient | None, row: dict[str, Any],
                     current: str | None, current_label: str | None = None) -> None:
        claim_id = int(row["id"])

        def done(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            kind, value = choice
            if kind == "new":
                self.submit(lambda: self.review.move(claim_id, new_label=value))
            else:  # a figure the catalog has: checked against it, not regrouped again
                known = KnownFigures(figures=(value,))
                self.submit(lambda: self.review.move(claim_id, figure_id=value,
                                                     analysis=known))

        label = Text(f"claim {claim_id}: {st.figure(row)} — ") + st.sentence(row)
        if catalog is None:
            label.append("\nfigures are still being computed: only a new figure can be "
                         "named now", style="bold yellow")
        else:
            label.append("\nnow in the figure ", style="bold")
            label.append_text(st.literal(current_label, style="bold") if current_label
                              else Text("(none: a rejected claim is in no figure)"))
        self.app.push_screen(FigurePicker(catalog, current, label), done)

    def action_resolve(self) -> None:
        if self.tab == "discrepancies":
            row = self.discrepancies_view.current_item()
            if row is not None:
                self._resolve_dialog(row)
                return
        elif self.tab == "compare" and self.catalog is not None and (
                self.compare_view.figure_id is not None):
            claim = self.selected_claim(quiet=True)
            self._find_discrepancy(self.catalog, self.compare_view.figure_id,
                                   int(claim["id"]) if claim else None)
            return
        self._no_discrepancy()

    def _no_discrepancy(self) -> None:
        self.warn("No discrepancy here: choose one on the Discrepancies screen (3) or "
                  "open a figure that has one.")

    @work(thread=True, group="ask", description="review_screen.find_discrepancy")
    def _find_discrepancy(self, catalog: CatalogClient, figure_id: str,
                          claim_id: int | None) -> None:
        """The discrepancy of the Compare screen's figure to resolve (the selected claim's,
        an open one first), then the dialog."""
        try:
            row = catalog.claim_discrepancy(figure_id, claim_id)
        except READ_ERRORS as exc:
            self.app.call_from_thread(self.warn, one_line(exc))
            return
        self.app.call_from_thread(self._resolve_dialog, row)

    def _resolve_dialog(self, row: DiscrepancyRow | None) -> None:
        if row is None:
            self._no_discrepancy()
            return
        catalog = self.catalog

        def resolve(status: str, note: str) -> Change | None:
            known = None
            if catalog is not None:  # the discrepancy as found: its figure, kind, summary
                with suppress(*READ_ERRORS):
                    found = catalog.discrepancy(row.id)
                    known = KnownFigures(discrepancies=[found] if found else [])
            return self.review.resolve(row.id, status, note, analysis=known)

        def done(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                status, note = answer
                self.submit(lambda: resolve(status, note))

        self.app.push_screen(ResolveForm(row), done)

    def action_undo(self) -> None:
        if not self.review.can_undo and not self._draining:
            self.say("nothing to undo in this session", "dim")
            return
        self.submit(self.review.undo, undo=True)

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
        now = "▼ descending" if view.descending else "▲ ascending"
        choices = [(key, labels[key] + (f"   (now {now}: pick it again to reverse)"
                                        if key == view.sort_key else ""))
                   for key in view.sort_keys()]
        self.app.push_screen(ChoicePicker("Sort by", choices, view.sort_key), done)

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
            if self.catalog is None:
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

        self.app.push_screen(ExportPrompt(self._export_what(tab), default, Path.cwd()), done)

    def _export_what(self, tab: str) -> Text:
        """What an export of ``tab`` writes, in words (article text shown literally)."""
        if tab == "compare":
            head = self.compare_view.head
            if head is None:
                return Text("the claims of the figure on the Compare screen (none chosen)")
            return (Text(self.compare_view.claims_view.describe_view() + " of the figure “")
                    + st.literal(head.figure.label) + Text("”"))
        if tab == "document":
            content = self.document_view.doc
            if content is None:
                return Text("the claims of the article on the Document screen (none open)")
            return (Text(f"the {st.count(len(content.claims), 'claims')} of the article ")
                    + st.literal(content.document.path))
        view = self.listing()
        assert view is not None
        return Text(f"the {tab} screen's list: ") + st.literal(view.describe_view())

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
            if tab in ("figures", "discrepancies"):
                catalog, needle, key, descending = args
                if catalog is None:
                    raise ExportError("figures are still being computed; export them when "
                                      "they are shown")
                out, count = catalog.export(tab, needle, key, descending, path)
            elif tab == "compare":
                ids = self.compare_view.claims_view.ordered_ids(args)
                out, count = export_claim_ids(self.app.engine, path, ids)
            else:
                filters, order_by, descending = args
                out, count = export_claims(self.app.engine, path, filters, order_by, descending)
        except ACTION_ERRORS as exc:
            self.app.call_from_thread(self._failed, one_line(exc))
            return
        done = (Text(f"exported {count:,} rows to ", style="bold green")
                + st.literal(str(out.resolve())))
        self.app.call_from_thread(self.say, done)

    def action_reload(self) -> None:
        self.claims_view.total = None
        self.claims_view.refilter()
        self.refresh_views(None)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.review.reviewer))

    def action_quit(self) -> None:
        self.app.exit()
