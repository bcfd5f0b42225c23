"""The Compare screen: one figure's claims side by side, its timeline, the selected sentence."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from factcheck.figures.display import latest_range
from factcheck.figures.service import FigureDetail, FigureError
from factcheck.review_queries import FiguresState, figure_view
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.figure_claims_view import FigureClaimsView
from factcheck.tui.listing_view import ListingView
from factcheck.tui.timeline_plot import TimelinePlot


def figure_heading(detail: FigureDetail) -> Group:
    """The figure's name, reconciliation summary and discrepancies."""
    f = detail.figure
    title = st.literal(f.label, style="bold")
    if f.custom:
        title.append(" (a reviewer's figure)", style="cyan")
    summary = st.joined(
        Text(f.category),
        Text(f"{f.claims:,} claims from {f.sources:,} sources"),
        Text(f"latest range {latest_range(f.range_low, f.range_high) or '—'}"),
        st.joined(Text(f"lowest {st.number(f.conservative) or '—'}"),
                  st.literal(f"({f.conservative_source})" if f.conservative_source else ""),
                  sep=" "),
        Text(f"id {f.id}", style="dim"),
    )
    lines = [st.joined(title, summary)]
    if not detail.discrepancies:
        lines.append(Text("No discrepancies: the sources agree (rising tolls are updates).",
                          style="green"))
    for d in detail.discrepancies[:3]:
        lines.append(st.joined(Text(d.kind, style=st.KIND_STYLES.get(d.kind, "")),
                               st.status(d.status), st.literal(d.summary),
                               st.literal(f"note: {d.note}" if d.note else "")))
    if len(detail.discrepancies) > 3:
        lines.append(Text(f"… {len(detail.discrepancies) - 3} more (Discrepancies screen)",
                          style="dim"))
    return Group(*lines)


class CompareView(Vertical):
    """Shows the figure in ``figure_id`` (``show_figure``); ``state`` is set by the screen."""

    class Shown(Message):
        """A figure's details were shown."""

        def __init__(self, view: CompareView, detail: FigureDetail) -> None:
            super().__init__()
            self.view = view
            self.detail = detail

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.state: FiguresState | None = None
        self.figure_id: str | None = None
        self.detail: FigureDetail | None = None
        self.generation = 0
        self._pending_claim: int | None = None

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
        """Load and show a figure (``None``: keep the current one, reloaded)."""
        if self.state is None:
            return
        same = figure_id is None or figure_id == self.figure_id
        if figure_id is not None:
            self.figure_id = figure_id
        if self.figure_id is None:
            return
        self._pending_claim = claim_id
        self.generation += 1
        self._load(self.generation, self.state, self.figure_id, same)

    @work(thread=True, exclusive=True, group="figure")
    def _load(self, generation: int, state: FiguresState, figure_id: str, same: bool) -> None:
        try:
            with Session(self.app.engine) as session:
                detail = figure_view(session, state, figure_id)
        except FigureError:
            detail = None
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, detail, same)

    def _show(self, generation: int, detail: FigureDetail | None, same: bool) -> None:
        if generation != self.generation:
            return
        head = self.query_one(".compare-head", Static)
        if detail is None:  # the figure is gone (its claims moved or were rejected)
            self.detail = None
            self.figure_id = None
            head.update(Text("That figure no longer exists (its claims were moved or "
                             "rejected). Choose another on the Figures screen (1).",
                             style="italic yellow"))
            self.claims_view.set_claims([], set(), keep_place=False)
            return
        self.detail = detail
        self.figure_id = detail.figure.id
        head.update(figure_heading(detail))
        self.claims_view.set_claims(detail.claims, detail.conflicting, keep_place=same)
        self.query_one(TimelinePlot).show(detail.figure.label, detail.claims, detail.timelines)
        if self._pending_claim is not None:
            self.claims_view.select_claim(self._pending_claim)
            self._pending_claim = None
        self.post_message(self.Shown(self, detail))

    def on_listing_view_highlighted(self, event: ListingView.Highlighted) -> None:
        self.query_one(ClaimDetail).show(event.item)

    def current_claim(self) -> dict[str, Any] | None:
        """The claim row under the cursor."""
        return self.claims_view.current_item()
