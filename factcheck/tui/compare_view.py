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

from factcheck.figures.display import latest_range, stated
from factcheck.review_queries import FiguresState, FigureSummary, figure_summary
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.figure_claims_view import FigureClaimsView, claims_index
from factcheck.tui.listing_view import ListingView
from factcheck.tui.timeline_plot import TimelinePlot, series

SHOWN_DISCREPANCIES = 3


def figure_heading(summary: FigureSummary) -> Group:
    """The figure's name, reconciliation summary and discrepancies."""
    f = summary.figure
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
    found = summary.discrepancies
    if not found:
        lines.append(Text("No discrepancies: the sources agree (rising tolls are updates, "
                          "shown on the timeline).", style="green"))
    still_open = [d for d in found if d.status == "open"]
    for d in (still_open or found)[:SHOWN_DISCREPANCIES]:
        line = st.joined(Text(d.kind, style=st.KIND_STYLES.get(d.kind, "")),
                         st.status(d.status), st.literal(d.summary))
        if d.note:
            line.append(" — note: ", style="dim")
            line.append_text(st.literal(d.note))
        lines.append(line)
    if len(found) > SHOWN_DISCREPANCIES:
        lines.append(Text(f"{len(found):,} discrepancies ({len(still_open):,} open): r "
                          "resolves the selected claim's; all on the Discrepancies screen (3)",
                          style="dim"))
    return Group(*lines)


class CompareView(Vertical):
    """Shows the figure ``figure_id`` (``show_figure``); ``state`` is set by the screen."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.state: FiguresState | None = None
        self.figure_id: str | None = None
        self.summary: FigureSummary | None = None
        self.generation = 0
        #: the last figure made ready to show: (state, figure id, summary, index, plot)
        self._built: tuple[Any, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a figure on the Figures screen (1) and press enter.",
                          style="dim italic"), classes="compare-head")
        with Horizontal(classes="compare-body"):
            yield FigureClaimsView(classes="compare-claims")
            yield TimelinePlot(classes="compare-plot")
        yield ClaimDetail(hint="No claim selected.", classes="claim-detail")

    @property
    def claims_view(self) -> FigureClaimsView:
        """The table of the figure's claims."""
        return self.query_one(FigureClaimsView)

    def show_figure(self, figure_id: str | None, claim_id: int | None = None) -> None:
        """Show a figure (``None``: the current one, with fresh claim rows)."""
        if self.state is None:
            return
        same = figure_id is None or figure_id == self.figure_id
        if figure_id is not None:
            self.figure_id = figure_id
        if self.figure_id is None:
            return
        self.generation += 1
        self._load(self.generation, self.state, self.figure_id, same, claim_id)

    def show_claim_figure(self, claim_id: int) -> None:
        """Show the figure holding a claim, with that claim selected."""
        if self.state is not None:
            self.generation += 1
            self._find(self.generation, self.state, claim_id)

    @work(thread=True, exclusive=True, group="figure", description="compare_view.find")
    def _find(self, generation: int, state: FiguresState, claim_id: int) -> None:
        figure_id = state.figure_of(claim_id)
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
    def _load(self, generation: int, state: FiguresState, figure_id: str, same: bool,
              claim_id: int | None) -> None:
        built = self._built
        if built is not None and built[0] is state and built[1] == figure_id:
            summary, index, plot = built[2:]  # the same figure of the same analysis
        else:
            summary = figure_summary(state, figure_id)
            if summary is None:
                index, plot = claims_index([], frozenset()), []
            else:
                index = claims_index(summary.claims, summary.conflicting)
                plot = series(summary.timelines)
                self._built = (state, figure_id, summary, index, plot)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, summary, index, plot, same,
                                      claim_id)

    def _show(self, generation: int, summary: FigureSummary | None, index: Any, plot: Any,
              same: bool, claim_id: int | None) -> None:
        if generation != self.generation:
            return
        head = self.query_one(".compare-head", Static)
        self.summary = summary
        if summary is None:  # the figure is gone (its claims moved or were rejected)
            self.figure_id = None
            head.update(Text("That figure no longer exists (its claims were moved or "
                             "rejected). Choose another on the Figures screen (1).",
                             style="italic yellow"))
            self.claims_view.set_claims(index, frozenset(), keep_place=False)
            self.query_one(TimelinePlot).show("", plot)
            return
        self.figure_id = summary.figure.id
        head.update(figure_heading(summary))
        self.claims_view.set_claims(index, summary.conflicting, keep_place=same,
                                    claim_id=claim_id)
        self.query_one(TimelinePlot).show(summary.figure.label, plot)

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.query_one(ClaimDetail).show(event.item)

    def current_claim(self) -> dict[str, Any] | None:
        """The claim row under the cursor."""
        return self.claims_view.current_item()
