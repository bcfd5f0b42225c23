"""The Compare screen: one figure's claims side by side, its timeline, the selected sentence."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static
from textual.worker import get_current_worker

from factcheck.figures.catalog import FigureHead
from factcheck.figures.catalog_process import CatalogClient
from factcheck.figures.display import latest_range, stated
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.errors import READ_ERRORS, one_line
from factcheck.tui.figure_claims_view import PLOT_MIN_WIDTH, FigureClaimsView
from factcheck.tui.listing_view import ListingView
from factcheck.tui.timeline_plot import TimelinePlot


def figure_heading(head: FigureHead) -> Group:
    """The figure's name, reconciliation summary and discrepancies."""
    f = head.figure
    title = st.literal(f.label, style="bold")
    if f.custom:
        title.append(" (a reviewer's figure)", style="cyan")
    lowest = Text(f"lowest {stated(f.conservative, f.conservative_qualifier) or '—'}")
    if f.conservative_source:
        lowest.append(" (")
        lowest.append_text(st.literal(f.conservative_source))
        lowest.append(")")
    summary_line = st.joined(
        title, Text(f.category), Text(f"{f.claims:,} claims from {f.sources:,} sources"),
        Text(f"latest range {latest_range(f.range_low, f.range_high) or '—'}"), lowest,
        Text(f"id {f.id}", style="dim"),
    )
    lines = [summary_line]
    if not head.discrepancies:
        lines.append(Text("No discrepancies: the sources agree (rising tolls are updates, "
                          "shown on the timeline).", style="green"))
    for d in head.shown:
        line = st.joined(Text(d.kind, style=st.KIND_STYLES.get(d.kind, "")),
                         st.status(d.status), st.literal(d.summary))
        if d.note:
            line.append(" — note: ", style="dim")
            line.append_text(st.literal(d.note))
        lines.append(line)
    if head.discrepancies > len(head.shown):
        lines.append(Text(f"{head.discrepancies:,} discrepancies ({head.open:,} open): r "
                          "resolves the selected claim's; all on the Discrepancies screen (3)",
                          style="dim"))
    return Group(*lines)


class CompareView(Vertical):
    """Shows the figure ``figure_id`` (``show_figure``) of the catalog ``catalog`` (set by the
    screen with ``set_catalog``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.catalog: CatalogClient | None = None
        self.figure_id: str | None = None
        self.head: FigureHead | None = None
        self.generation = 0

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a figure on the Figures screen (1) and press enter.",
                          style="dim italic"), classes="compare-head")
        with Horizontal(classes="compare-body"):
            yield FigureClaimsView(classes="compare-claims")
            yield TimelinePlot(classes="compare-plot")
        yield ClaimDetail(hint="No claim selected.", classes="claim-detail")

    def on_resize(self) -> None:
        if not self.size.width:  # hidden (another tab is shown)
            return
        narrow = self.size.width < PLOT_MIN_WIDTH
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            self.claims_view.plot_hidden = narrow
            self.claims_view.update_status()

    @property
    def claims_view(self) -> FigureClaimsView:
        """The table of the figure's claims."""
        return self.query_one(FigureClaimsView)

    def set_catalog(self, catalog: CatalogClient) -> None:
        """A new catalog: show the current figure again from it (at first, the largest)."""
        self.catalog = catalog
        self.generation += 1
        self._load(self.generation, catalog, self.figure_id, True, None)

    def show_figure(self, figure_id: str | None, claim_id: int | None = None) -> None:
        """Show a figure (``None``: the current one, with fresh claim rows)."""
        if self.catalog is None:
            return
        same = figure_id is None or figure_id == self.figure_id
        if figure_id is not None:
            self.figure_id = figure_id
        if self.figure_id is None:
            return
        self.generation += 1
        self._load(self.generation, self.catalog, self.figure_id, same, claim_id)

    def show_claim_figure(self, claim_id: int) -> None:
        """Show the figure holding a claim, with that claim selected."""
        if self.catalog is not None:
            self.generation += 1
            self._find(self.generation, self.catalog, claim_id)

    def _warn_from_worker(self, exc: BaseException) -> None:
        """Report a read error of a worker thread in one line on the screen."""
        self.app.call_from_thread(self.app.notify, one_line(exc), severity="warning",
                                  markup=False)

    @work(thread=True, exclusive=True, group="figure", description="compare_view.find")
    def _find(self, generation: int, catalog: CatalogClient, claim_id: int) -> None:
        try:
            figure_id = catalog.figure_of(claim_id)
        except READ_ERRORS as exc:
            self._warn_from_worker(exc)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._found, generation, figure_id, claim_id)

    def _found(self, generation: int, figure_id: str | None, claim_id: int) -> None:
        if generation != self.generation:
            return
        if figure_id is None:
            self.app.notify("This claim is in no figure: rejected claims are left out.",
                            severity="warning", markup=False)
            return
        self.show_figure(figure_id, claim_id)

    @work(thread=True, exclusive=True, group="figure", description="compare_view.load")
    def _load(self, generation: int, catalog: CatalogClient, figure_id: str | None,
              same: bool, claim_id: int | None) -> None:
        try:
            if figure_id is None:  # none chosen yet: the largest
                largest = catalog.figures_page("", "claims", True, 0, 1).rows
                if not largest:
                    return
                figure_id = largest[0].id
            head = catalog.figure(figure_id)
        except READ_ERRORS as exc:
            self._warn_from_worker(exc)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, catalog, head, same, claim_id)

    def _show(self, generation: int, catalog: CatalogClient, head: FigureHead | None,
              same: bool, claim_id: int | None) -> None:
        if generation != self.generation:
            return
        heading = self.query_one(".compare-head", Static)
        self.head = head
        plot = self.query_one(TimelinePlot)
        if head is None:  # the figure is gone (its claims were moved or rejected)
            self.figure_id = None
            heading.update(Text("That figure no longer exists (its claims were moved or "
                                "rejected). Choose another on the Figures screen (1).",
                                style="italic yellow"))
            self.claims_view.show(catalog, None, 0, keep_place=False)
            plot.show("", [])
            return
        self.figure_id = head.figure.id
        heading.update(figure_heading(head))
        self.claims_view.show(catalog, head.figure.id, head.conflicting, keep_place=same,
                              claim_id=claim_id)
        plot.show(head.figure.label, head.series)

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.query_one(ClaimDetail).show(event.item)

    def current_claim(self) -> dict[str, Any] | None:
        """The claim row under the cursor."""
        return self.claims_view.current_item()
