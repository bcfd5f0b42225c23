"""What the review screens read: pages of claims, claim rows, a document and its claims.

Thin, session-taking wrappers over ``factcheck.store`` for the review TUI (nothing
here imports Textual; figures come from ``factcheck.figures.catalog``). Claims are
paged in SQL; a page near the end of a long listing is read backwards from the end,
so the last page is as quick as the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

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
