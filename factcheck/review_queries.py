"""What the review screens read: pages of claims, a document and its claims, figures.

Thin, session-taking wrappers over ``factcheck.store`` and
``factcheck.figures.service`` for the review TUI (nothing here imports
Textual). Claims are paged in SQL; a page near the end of a long listing is
read backwards from the end, so the last page is as quick as the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from factcheck.figures.analysis import Analysis
from factcheck.figures.service import (
    DiscrepancyRow,
    FigureDetail,
    FigureRow,
    analyse_store,
    figure_detail,
    list_discrepancies,
    list_figures,
)
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

    With ``total`` known and the page in the second half, the page is read in
    the opposite order from the end (same rows, same order: every sort ends
    with the claim id), so no page needs a large ``OFFSET``.
    """
    if total is not None and offset > total // 2:
        count = max(0, min(limit, total - offset))
        if count == 0:
            return []
        rows = list_claims(session, filters, order_by, not descending, limit=count,
                           offset=total - offset - count, fields=fields)
        rows.reverse()
        return rows
    return list_claims(session, filters, order_by, descending, limit=limit, offset=offset,
                       fields=fields)


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

    def figure_of(self, claim_id: int) -> str | None:
        """The id of the figure holding a claim (``None`` for rejected claims)."""
        figure = self.analysis.figure_of(claim_id)
        return figure.id if figure is not None else None


def figures_state(session: Session, analysis: Analysis | None = None) -> FiguresState:
    """Group every claim into figures and check them (or reuse ``analysis``: reviews only)."""
    analysis = analysis or analyse_store(session)
    return FiguresState(
        analysis=analysis,
        figures=list_figures(session, analysis=analysis),
        discrepancies=list_discrepancies(session, analysis=analysis),
        claims=sum(len(f.claims) for f in analysis.figures.values()),
    )


def figure_view(session: Session, state: FiguresState, figure_id: str) -> FigureDetail:
    """One figure's claims (fresh from the store), timelines and discrepancies."""
    return figure_detail(session, figure_id, analysis=state.analysis)
