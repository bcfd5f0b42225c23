"""What the review screens read: pages of claims, a document and its claims, figures.

Thin, session-taking wrappers over ``factcheck.store`` and
``factcheck.figures.service`` for the review TUI (nothing here imports
Textual). Claims are paged in SQL; a page near the end of a long listing is
read backwards from the end, so the last page is as quick as the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from factcheck.figures.analysis import Analysis
from factcheck.figures.service import (
    DiscrepancyRow,
    FigureRow,
    analyse_store,
    list_discrepancies,
    list_figures,
)
from factcheck.figures.types import FigureClaim
from factcheck.models import Document
from factcheck.store.queries import ClaimFilters, count_claims, get_document, list_claims

#: Columns of a claim row in the review screens (a page, a figure's claims, a document's).
CLAIM_FIELDS: tuple[str, ...] = (
    "id", "document_id", "date", "value", "value_high", "qualifier", "low", "high",
    "category", "subject", "location", "attribution", "outlet", "status", "note", "text",
    "sentence", "sentence_start", "start", "end", "path", "published",
    "original_value", "original_value_high", "original_qualifier", "original_category",
    "original_subject", "original_attribution",
)


def claims_page(
    session: Session,
    filters: ClaimFilters | None,
    order_by: str,
    descending: bool,
    offset: int,
    limit: int,
    total: int | None = None,
    fields: Sequence[str] = CLAIM_FIELDS,
) -> list[dict[str, Any]]:
    """Rows ``offset`` to ``offset + limit`` of a listing, sorted and filtered in SQL.

    The listing is sorted on the claim table alone (claim ids only, joining the
    document table only when the filter or the sort needs it), then the page's
    full rows are read by id. With ``total`` known and the page in the second
    half, the page is read in the opposite order from the end (same rows, same
    order: every sort ends with the claim id), so no page needs a large ``OFFSET``.
    """
    backwards = total is not None and offset > total // 2
    if backwards:
        assert total is not None
        count = max(0, min(limit, total - offset))
        if count == 0:
            return []
        ids = _page_ids(session, filters, order_by, not descending, total - offset - count,
                        count)
        ids.reverse()
    else:
        ids = _page_ids(session, filters, order_by, descending, offset, limit)
    return claim_rows(session, ids, fields)


def _page_ids(session: Session, filters: ClaimFilters | None, order_by: str, descending: bool,
              offset: int, limit: int) -> list[int]:
    rows = list_claims(session, filters, order_by, descending, limit=limit, offset=offset,
                       fields=("id",))
    return [row["id"] for row in rows]


def claims_total(session: Session, filters: ClaimFilters | None) -> int:
    """How many claims a listing has."""
    return count_claims(session, filters)


@dataclass(slots=True)
class DocumentClaims:
    """A document with its claims in reading order."""

    document: Document
    claims: list[dict[str, Any]]


def document_claims(session: Session, document_id: int) -> DocumentClaims | None:
    """A document (full text) and its claims by position; ``None`` if there is no such one."""
    document = get_document(session, document_id)
    if document is None:
        return None
    session.expunge(document)
    claims = list_claims(session, ClaimFilters(document=document_id), "position",
                         fields=CLAIM_FIELDS)
    return DocumentClaims(document, claims)


@dataclass(slots=True)
class FiguresState:
    """Figures and discrepancies computed over the whole store, with the analysis behind them."""

    analysis: Analysis
    figures: list[FigureRow]
    discrepancies: list[DiscrepancyRow]
    claims: int = 0
    rows_by_id: dict[str, FigureRow] = field(default_factory=dict)
    discrepancies_by_figure: dict[str, list[DiscrepancyRow]] = field(default_factory=dict)
    conflicting_by_figure: dict[str, frozenset[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rows_by_id = {row.id: row for row in self.figures}
        by_figure: dict[str, list[DiscrepancyRow]] = {}
        conflicting: dict[str, set[int]] = {}
        for row in self.discrepancies:
            by_figure.setdefault(row.figure, []).append(row)
            if row.status == "open":
                conflicting.setdefault(row.figure, set()).update(row.claim_ids)
        self.discrepancies_by_figure = by_figure
        self.conflicting_by_figure = {k: frozenset(v) for k, v in conflicting.items()}

    def figure_of(self, claim_id: int) -> str | None:
        """The id of the figure holding a claim (``None`` for rejected claims; a scan)."""
        figure = self.analysis.figure_of(claim_id)
        return figure.id if figure is not None else None


@dataclass(slots=True)
class FigureSummary:
    """One figure for the Compare screen, from the analysis alone (no claim rows yet).

    ``claims`` are the figure's light ``FigureClaim`` records; the screen reads
    full rows from the store one page at a time (``claim_rows``), so a figure of
    100,000 claims opens as fast as one of ten.
    """

    figure: FigureRow
    claims: list[FigureClaim]
    timelines: dict[str, list[FigureClaim]]
    discrepancies: list[DiscrepancyRow]
    conflicting: frozenset[int]


def figure_summary(state: FiguresState, figure_id: str) -> FigureSummary | None:
    """A figure of ``state`` (``None`` when it no longer exists)."""
    figure = state.analysis.figures.get(figure_id)
    row = state.rows_by_id.get(figure_id)
    if figure is None or row is None:
        return None
    discrepancies = state.discrepancies_by_figure.get(figure_id, [])
    conflicting = state.conflicting_by_figure.get(figure_id, frozenset())
    return FigureSummary(row, figure.claims, figure.timelines, discrepancies, conflicting)


def claim_rows(session: Session, claim_ids: Sequence[int],
               fields: Sequence[str] = CLAIM_FIELDS) -> list[dict[str, Any]]:
    """Full rows of some claims, in the order of ``claim_ids`` (read 500 at a time)."""
    found: dict[int, dict[str, Any]] = {}
    ids = list(claim_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start: start + 500]
        for row in list_claims(session, ClaimFilters(claim_ids=chunk), fields=fields):
            found[row["id"]] = row
    return [found[i] for i in ids if i in found]


def figures_state(session: Session, analysis: Analysis | None = None) -> FiguresState:
    """Group every claim into figures and check them (or reuse ``analysis``: reviews only)."""
    analysis = analysis or analyse_store(session)
    return FiguresState(
        analysis=analysis,
        figures=list_figures(session, analysis=analysis),
        discrepancies=list_discrepancies(session, analysis=analysis),
        claims=sum(len(f.claims) for f in analysis.figures.values()),
    )
