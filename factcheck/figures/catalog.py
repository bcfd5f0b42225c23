"""Figures and discrepancies of a store held in memory, answered one page at a time.

A :class:`FigureCatalog` groups every claim once (seconds on a million claims)
and then answers what the review screens ask, each in milliseconds: a page of
figures or discrepancies, filtered and sorted; one figure's heading, timeline
and claims (ids: the screen reads the rows from the store); the figure of a
claim. Answers are small, plain and picklable, so the catalog can live in
another process (:mod:`factcheck.figures.catalog_process`) and keep the
caller's interpreter free. A reviewer's verdicts are read again with
:meth:`FigureCatalog.refresh_reviews`, which recomputes only what they change;
a move, a rejection or a corrected value needs a new catalog.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from factcheck.figures.analysis import Analysis, paused_gc
from factcheck.figures.intervals import INF
from factcheck.figures.row_index import RowIndex
from factcheck.figures.service import (
    DISCREPANCY_STATUSES,
    DiscrepancyRow,
    FigureRow,
    analyse_store,
    discrepancy_reviews,
    discrepancy_row,
    figure_rows,
    store_fingerprint,
)
from factcheck.figures.timeline import Row, prepare
from factcheck.figures.types import (
    DEFAULT_SETTINGS,
    Discrepancy,
    Figure,
    FigureClaim,
    Settings,
)
from factcheck.models import DiscrepancyReview

#: Discrepancies shown in a figure's heading (open ones first).
SHOWN_DISCREPANCIES = 3
#: Sources drawn on a figure's timeline (the ones with most claims).
PLOT_SOURCES = 8
#: A source with more claims is drawn with one point per day (that day's highest value).
PLOT_POINTS = 400

FIGURE_SORTS: dict[str, Callable[[FigureRow], Any]] = {
    "open": lambda r: (r.open_discrepancies, r.discrepancies),
    "label": lambda r: r.label.casefold(),
    "category": lambda r: r.category,
    "claims": lambda r: r.claims,
    "sources": lambda r: r.sources,
    "latest": lambda r: (r.range_low if r.range_low is not None else -1.0,
                         r.range_high if r.range_high is not None else float("inf")),
    "lowest": lambda r: r.conservative if r.conservative is not None else -1.0,
    "lowest_source": lambda r: (r.conservative_source or "").casefold(),
    "last": lambda r: r.last_date or date.min,
}

DISCREPANCY_SORTS: dict[str, Callable[[DiscrepancyRow], Any]] = {
    "status": lambda r: DISCREPANCY_STATUSES.index(r.status)
    if r.status in DISCREPANCY_STATUSES else 9,
    "kind": lambda r: r.kind,
    "figure": lambda r: r.figure_label.casefold(),
    "gap": lambda r: r.gap,
    "date": lambda r: r.first_date or date.min,
    "claims": lambda r: len(r.claim_ids),
    "summary": lambda r: r.summary.casefold(),
}


def figure_text(row: FigureRow) -> str:
    """What the figure filter looks in: label, category, id."""
    return f"{row.label}\n{row.category}\n{row.id}"


def discrepancy_text(row: DiscrepancyRow) -> str:
    """What the discrepancy filter looks in: status, kind, figure, summary, note, id."""
    return "\n".join((row.status, row.kind, row.figure_label, row.summary, row.note or "",
                      row.id))


@dataclass(frozen=True, slots=True)
class Overview:
    """How much there is: figures, discrepancies (open ones), claims in figures."""

    figures: int
    discrepancies: int
    open: int
    claims: int


@dataclass(frozen=True, slots=True)
class RowsPage:
    """Rows ``offset`` onwards of a listing, and how many rows it has in all."""

    offset: int
    rows: list[Any]
    total: int


@dataclass(frozen=True, slots=True)
class ClaimIdsPage:
    """A page of a figure's claims: their ids, those in open discrepancies, the total."""

    offset: int
    ids: list[int]
    flagged: frozenset[int]
    total: int


@dataclass(frozen=True, slots=True)
class FigureHead:
    """One figure for the Compare screen: its row, discrepancies and timeline.

    ``shown`` holds the first few discrepancies, open ones first; ``series``
    is per source (the largest ``PLOT_SOURCES``), its name and its dated points
    in date order (at most one per day for a source with many claims).
    """

    figure: FigureRow
    discrepancies: int
    open: int
    conflicting: int
    shown: list[DiscrepancyRow]
    series: list[tuple[str, list[date], list[float]]]


class _FigureState:
    """One figure's claims, sortable (by date at once), its timeline and its claims in open
    discrepancies."""

    def __init__(self, figure: Figure, conflicting: frozenset[int]) -> None:
        rows, names, undated = prepare(figure.claims)
        self.series = _series(rows, names, undated)
        self.conflicting = conflicting
        keys: dict[str, Callable[[FigureClaim], Any]] = {
            "flag": lambda c: c.id in self.conflicting,
            "date": lambda c: c.date or c.published or date.max,
            "value": lambda c: (c.low, INF if c.high is None else c.high),
            "source": lambda c: c.source.casefold(),
            "id": lambda c: c.id,
        }
        by_date = [r[5] for r in rows] + [c for _, c in undated]  # date, then claim id
        self.index = RowIndex(by_date, lambda c: "", keys, presorted="date")

    def set_conflicting(self, conflicting: frozenset[int]) -> None:
        if conflicting != self.conflicting:
            self.conflicting = conflicting
            self.index.forget("flag")


def _series(rows: Sequence[Row], names: Mapping[str, str],
            undated: Sequence[tuple[str, FigureClaim]],
            ) -> list[tuple[str, list[date], list[float]]]:
    """Per source (the ``PLOT_SOURCES`` with most claims) its name and dated points in date
    order, one a day (the highest) when it has more than ``PLOT_POINTS``."""
    counts = Counter(map(itemgetter(4), rows))
    counts.update(norm for norm, _claim in undated)
    drawn = sorted(counts, key=lambda n: (-counts[n], names[n]))[:PLOT_SOURCES]
    lines: dict[str, list[Row]] = {norm: [] for norm in drawn}
    for r in rows:
        line = lines.get(r[4])
        if line is not None:
            line.append(r)
    out = []
    for norm in drawn:
        if len(lines[norm]) > PLOT_POINTS:
            days: dict[int, float] = {}
            for r in lines[norm]:
                value = r[5].value
                if value > days.get(r[2], -INF):
                    days[r[2]] = value
            points = sorted(days.items())
        else:
            points = sorted((r[2], r[5].value) for r in lines[norm])
        if points:
            out.append((names[norm], [date.fromordinal(d) for d, _ in points],
                        [float(v) for _, v in points]))
    return out


class FigureCatalog:
    """See the module docstring. Safe to ask from several threads at once."""

    def __init__(self, engine: Engine, analysis: Analysis,
                 reviews: Mapping[str, DiscrepancyReview],
                 fingerprint: tuple[Any, ...] = ()) -> None:
        self.engine = engine
        self.analysis = analysis
        self._fingerprint = fingerprint
        self._reviews = {key: _review_state(r) for key, r in reviews.items()}
        self._lock = threading.Lock()  # one refresh at a time
        found = analysis.discrepancies
        self._position = {d.key: i for i, d in enumerate(found)}
        self._by_figure: dict[str, list[int]] = {}
        for i, d in enumerate(found):
            self._by_figure.setdefault(d.figure_id, []).append(i)
        figures = analysis.figures
        rows = [discrepancy_row(d, figures[d.figure_id], reviews.get(d.key)) for d in found]
        self.discrepancies = RowIndex(rows, discrepancy_text, DISCREPANCY_SORTS)
        self._set_figures(figure_rows(analysis, reviews))
        self._states: dict[str, _FigureState] = {}
        self._where: dict[int, str] | None = None

    @classmethod
    def build(cls, engine: Engine, settings: Settings = DEFAULT_SETTINGS) -> FigureCatalog:
        """Group and check every claim of the store (slow on large stores)."""
        with paused_gc(), Session(engine) as session:
            fingerprint = store_fingerprint(session)
            analysis = analyse_store(session, settings)
            reviews = discrepancy_reviews(session)
            return cls(engine, analysis, reviews, fingerprint)

    def fingerprint(self) -> tuple[Any, ...]:
        """The store's fingerprint when the catalog was built (``store_fingerprint``): while
        the store's is the same, the catalog needs no rebuilding."""
        return self._fingerprint

    def _set_figures(self, rows: list[FigureRow]) -> None:
        self.figures = RowIndex(rows, figure_text, FIGURE_SORTS,
                                tiebreak=lambda r: (r.label.casefold(), r.id))
        self._figure_rows = {row.id: row for row in rows}

    # --- what there is ----------------------------------------------------------------

    def overview(self) -> Overview:
        """Counts of figures, discrepancies (open ones) and claims in figures."""
        rows = self.discrepancies.rows
        still_open = sum(1 for r in rows if r.status == "open")
        claims = sum(row.claims for row in self.figures.rows)
        return Overview(len(self.figures.rows), len(rows), still_open, claims)

    def prepare(self) -> None:
        """Make the first answers quick: run in a background thread once built.

        Figures first, largest first (opening one is then instant), then the
        discrepancies' search text and sort orders, then the claims' figures,
        then the figures' other claim orders.
        """
        with paused_gc():
            self.figures.prepare_search()
            biggest = self.figures.view("", "claims", True)
            for row in biggest:
                self._state(row.id)
            self.discrepancies.prepare_order("status", False)
            self.discrepancies.prepare_search()
            for key in ("gap", "date", "kind", "claims", "figure"):
                self.discrepancies.prepare_order(key, key in ("gap", "date", "claims"))
            self._claim_figures()
            for row in biggest:
                self.prepare_figure(row.id)

    # --- listings -------------------------------------------------------------------------

    def figures_page(self, needle: str, key: str, descending: bool, offset: int,
                     limit: int) -> RowsPage:
        """A page of the figures whose label, category or id contains ``needle``."""
        return _page(self.figures, needle, key, descending, offset, limit)

    def discrepancies_page(self, needle: str, key: str, descending: bool, offset: int,
                           limit: int) -> RowsPage:
        """A page of the discrepancies whose status, kind, figure, summary, note or id
        contains ``needle``."""
        return _page(self.discrepancies, needle, key, descending, offset, limit)

    def export(self, what: str, needle: str, key: str, descending: bool,
               path: str) -> tuple[Path, int]:
        """Write the figures or discrepancies of a listing to CSV; ``(path, rows)``."""
        from factcheck.view_export import export_discrepancies, export_figures

        if what == "figures":
            return export_figures(self.figures.view(needle, key, descending), path)
        return export_discrepancies(self.discrepancies.view(needle, key, descending), path)

    # --- one figure -----------------------------------------------------------------------

    def figure(self, figure_id: str) -> FigureHead | None:
        """A figure's row, discrepancies and timeline (``None``: no such figure now)."""
        row = self._figure_rows.get(figure_id)
        state = self._state(figure_id)
        if row is None or state is None:
            return None
        found = self._figure_discrepancies(figure_id)
        still_open = [d for d in found if d.status == "open"]
        return FigureHead(
            figure=row, discrepancies=len(found), open=len(still_open),
            conflicting=len(state.conflicting),
            shown=(still_open or found)[:SHOWN_DISCREPANCIES], series=state.series)

    def figure_claims_page(self, figure_id: str, key: str, descending: bool, offset: int,
                           limit: int) -> ClaimIdsPage:
        """A page of a figure's claims in ``key`` order (empty when there is no such
        figure)."""
        state = self._state(figure_id)
        if state is None:
            return ClaimIdsPage(offset, [], frozenset(), 0)
        _check_key(state.index, key)
        claims, total = state.index.page("", key, descending, offset, limit)
        ids = [c.id for c in claims]
        flagged = state.conflicting
        return ClaimIdsPage(offset, ids, frozenset(i for i in ids if i in flagged), total)

    def figure_claim_ids(self, figure_id: str, key: str, descending: bool) -> list[int]:
        """Every claim of a figure in ``key`` order."""
        state = self._state(figure_id)
        return [c.id for c in _ordered(state.index, key, descending)] if state else []

    def claim_position(self, figure_id: str, key: str, descending: bool,
                       claim_id: int) -> int | None:
        """Where a claim is in its figure's claims in ``key`` order (``None``: not there)."""
        state = self._state(figure_id)
        if state is None:
            return None
        for i, c in enumerate(_ordered(state.index, key, descending)):
            if c.id == claim_id:
                return i
        return None

    def prepare_figure(self, figure_id: str) -> None:
        """Sort a figure's claims every way now (in the background: later sorts are quick)."""
        state = self._state(figure_id)
        if state is not None:
            for key in ("flag", "value", "source"):
                state.index.prepare_order(key, key in ("value", "flag"))

    def _state(self, figure_id: str) -> _FigureState | None:
        state = self._states.get(figure_id)
        if state is None:
            figure = self.analysis.figures.get(figure_id)
            if figure is None:
                return None
            conflicting = _conflicting(self._figure_discrepancies(figure_id))
            state = self._states[figure_id] = _FigureState(figure, conflicting)
        return state

    def _figure_discrepancies(self, figure_id: str) -> list[DiscrepancyRow]:
        rows = self.discrepancies.rows
        return [rows[i] for i in self._by_figure.get(figure_id, ())]

    # --- claims and discrepancies by id ---------------------------------------------------

    def figure_of(self, claim_id: int) -> str | None:
        """The id of the figure holding a claim (``None``: rejected, or no such claim)."""
        return self._claim_figures().get(claim_id)

    def _claim_figures(self) -> dict[int, str]:
        where = self._where
        if where is None:
            where = self._where = {c.id: fid for fid, fig in self.analysis.figures.items()
                                   for c in fig.claims}
        return where

    def claim_discrepancy(self, figure_id: str, claim_id: int | None) -> DiscrepancyRow | None:
        """The discrepancy to resolve on a figure's screen: an open one of the claim, else
        one of the claim, else an open one of the figure, else any of the figure."""
        found = self._figure_discrepancies(figure_id)
        mine = [d for d in found if claim_id is not None and claim_id in d.claim_ids]
        still_open = [d for d in mine or found if d.status == "open"]
        return (still_open or mine or found or [None])[0]

    def discrepancy(self, key: str) -> Discrepancy | None:
        """The discrepancy with this id, as the analysis found it."""
        i = self._position.get(key)
        return self.analysis.discrepancies[i] if i is not None else None

    # --- after a verdict ------------------------------------------------------------------

    def refresh_reviews(self) -> Overview:
        """Read the discrepancy reviews again; rebuild only the rows they changed."""
        with self._lock, Session(self.engine) as session:
            reviews = discrepancy_reviews(session)
            states = {key: _review_state(r) for key, r in reviews.items()}
            changed = [self._position[key] for key in states.keys() | self._reviews.keys()
                       if states.get(key) != self._reviews.get(key) and key in self._position]
            if changed:
                self._apply(changed, reviews)
            self._reviews = states
        return self.overview()

    def _apply(self, changed: list[int], reviews: Mapping[str, DiscrepancyReview]) -> None:
        analysis = self.analysis
        rows = list(self.discrepancies.rows)
        for i in changed:
            d = analysis.discrepancies[i]
            rows[i] = discrepancy_row(d, analysis.figures[d.figure_id], reviews.get(d.key))
        self.discrepancies = self.discrepancies.updated(rows, changed, stale={"status"})
        self._set_figures(figure_rows(analysis, reviews))
        for figure_id in {analysis.discrepancies[i].figure_id for i in changed}:
            state = self._states.get(figure_id)
            if state is not None:
                state.set_conflicting(_conflicting(self._figure_discrepancies(figure_id)))


def _conflicting(found: Sequence[DiscrepancyRow]) -> frozenset[int]:
    """The claims in open discrepancies."""
    return frozenset(cid for d in found if d.status == "open" for cid in d.claim_ids)


def _ordered(index: RowIndex[Any], key: str, descending: bool) -> list[Any]:
    _check_key(index, key)
    return index.view("", key, descending)


def _check_key(index: RowIndex[Any], key: str) -> None:
    if key not in index.keys:
        raise ValueError(f"cannot sort by {key!r}; choose from {', '.join(index.keys)}")


def _page(index: RowIndex[Any], needle: str, key: str, descending: bool, offset: int,
          limit: int) -> RowsPage:
    _check_key(index, key)
    rows, total = index.page(needle, key, descending, offset, limit)
    return RowsPage(offset, rows, total)


def _review_state(review: DiscrepancyReview) -> tuple[Any, ...]:
    return (review.status, review.note, review.reviewer, review.updated_at)
