"""``factcheck export --what figures|discrepancies``: table sources for the one CSV writer.

Each is an ``ExportSource`` of ``factcheck.export``; the claim filters of
``export`` choose which claims the figures are computed from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.export import ExportSource
from factcheck.figures.service import (
    DISCREPANCY_COLUMNS,
    FIGURE_COLUMNS,
    analyse_store,
    as_mapping,
    list_discrepancies,
    list_figures,
)


def _figure_rows(session: Any, filters: Any = None) -> Iterable[Mapping[str, Any]]:
    analysis = analyse_store(session, filters=filters)
    for row in list_figures(session, analysis=analysis):
        yield as_mapping(row)


def _discrepancy_rows(session: Any, filters: Any = None) -> Iterable[Mapping[str, Any]]:
    analysis = analyse_store(session, filters=filters)
    for row in list_discrepancies(session, analysis=analysis):
        yield as_mapping(row)


FIGURES = ExportSource(
    name="figures",
    description="one row per figure: latest range, most conservative figure, discrepancies",
    columns=FIGURE_COLUMNS,
    rows=_figure_rows,
)

DISCREPANCIES = ExportSource(
    name="discrepancies",
    description="one row per discrepancy: kind, figure, claims, sources, gap, review",
    columns=DISCREPANCY_COLUMNS,
    rows=_discrepancy_rows,
)
