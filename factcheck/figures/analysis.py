"""Group claims into figures, summarise them and find their discrepancies, in one call."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from factcheck.figures.discrepancies import find_discrepancies
from factcheck.figures.grouping import figure_id, figure_label, group_claims
from factcheck.figures.timeline import summarise
from factcheck.figures.types import DEFAULT_SETTINGS, Discrepancy, Figure, FigureClaim, Settings


@dataclass(slots=True)
class Analysis:
    """Figures by id and their discrepancies (in figure, then date order)."""

    figures: dict[str, Figure]
    discrepancies: list[Discrepancy] = field(default_factory=list)
    _where: dict[int, str] | None = field(default=None, repr=False)

    def figure_of(self, claim_id: int) -> Figure | None:
        """The figure holding a claim, or None (an index is built on the first call)."""
        if self._where is None:
            self._where = {c.id: fid for fid, fig in self.figures.items() for c in fig.claims}
        fid = self._where.get(claim_id)
        return self.figures[fid] if fid is not None else None

    def discrepancies_of(self, figure_id: str) -> list[Discrepancy]:
        """The discrepancies of one figure."""
        return [d for d in self.discrepancies if d.figure_id == figure_id]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic tuples are made.

    The collector would otherwise rescan every live object again and again
    (it doubles the time of a million-claim analysis); nothing made here
    forms reference cycles, and the previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_figures(
    claims: Iterable[FigureClaim],
    overrides: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> dict[str, Figure]:
    """Group claims into figures (reviewer overrides and labels applied), not yet summarised.

    ``overrides`` maps a stable claim key to the id of the figure a reviewer
    put it in (an automatic figure's id, or a custom one's); ``labels`` maps
    figure ids to reviewer labels (renames and custom figures' names).
    """
    labels = labels or {}
    automatic, moved = group_claims(claims, overrides)
    figures: dict[str, Figure] = {}
    for key, members in automatic.items():
        fid = figure_id(key)
        figures[fid] = Figure(
            id=fid, key=key.text(), label=labels.get(fid) or figure_label(key),
            category=key.category, claims=members,
        )
    for fid, members in moved.items():
        fig = figures.get(fid)
        if fig is not None:
            fig.claims.extend(members)
            continue
        category = Counter(c.category for c in members).most_common(1)[0][0]
        figures[fid] = Figure(
            id=fid, key=f"custom|{fid}", label=labels.get(fid) or fid, category=category,
            claims=members, custom=True,
        )
    return figures


def analyse(
    claims: Iterable[FigureClaim],
    overrides: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Analysis:
    """Figures (summarised) and every discrepancy, for a collection of claims."""
    with paused_gc():
        figures = build_figures(claims, overrides, labels)
        found: list[Discrepancy] = []
        for fig in figures.values():
            summarise(fig, settings)
            found.extend(find_discrepancies(fig, settings))
            release_rows(fig)
    return Analysis(figures, found)


def release_rows(figure: Figure) -> None:
    """Drop a figure's prepared rows (rebuilt on demand for its timelines).

    A million row tuples would otherwise stay alive, costing memory and a
    long garbage-collector pass once collection resumes.
    """
    figure.rows = []
    figure.prepared = False
