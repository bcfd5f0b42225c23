"""Replace a stored document's claims with a new extraction, keeping every review.

Claims found again (same or overlapping span, see ``reconcile``) keep their ids,
so their reviews stay attached and are applied on top of the fresh machine
output; reviews whose claim is gone are kept as orphans; earlier orphans whose
claim comes back are attached again. Runs in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, select

from factcheck.models import Claim, Review
from factcheck.store.reconcile import Span, match_spans
from factcheck.store.review import attach_review, orphan_review

_CLAIM = Claim.__table__


@dataclass(slots=True)
class Replaced:
    """What re-extraction changed in one document."""

    added: int = 0
    removed: int = 0
    orphaned: list[str] = field(default_factory=list)  # one line per review kept without claim


def replace_claims(session: Session, document_id: int, new_rows: list[dict[str, Any]],
                   label: str) -> Replaced:
    """Put ``new_rows`` (claim insert rows) in place of the document's claims.

    ``label`` names the document in the orphan lines.
    """
    for row in new_rows:
        row["document_id"] = document_id
    old = session.exec(select(_CLAIM.c.id, _CLAIM.c.start, _CLAIM.c.end, _CLAIM.c.text)
                       .where(_CLAIM.c.document_id == document_id)
                       .order_by(_CLAIM.c.start, _CLAIM.c.id)).all()
    pairs, lost, added = match_spans(
        [Span(r.start, r.end, r.text) for r in old],
        [Span(r["start"], r["end"], r["text"]) for r in new_rows])
    reviews = list(session.exec(select(Review).where(Review.document_id == document_id)))
    reviewed = {r.claim_id: r for r in reviews if r.claim_id is not None}
    done = Replaced(added=len(added), removed=len(lost))
    just_orphaned: set[int] = set()
    # Claims found again: same id, fresh machine output.
    if pairs:
        columns = {c: bindparam(f"p_{c}") for c in new_rows[0] if c != "document_id"}
        params = [{**{f"p_{c}": new_rows[j][c] for c in columns}, "_id": old[i].id}
                  for i, j in pairs.items()]
        session.exec(update(_CLAIM).where(_CLAIM.c.id == bindparam("_id"))
                     .values(**columns), params=params)
    # Claims gone: their reviews are kept, as orphans; unreviewed claims are dropped.
    gone = [old[i].id for i in lost]
    for claim_id in gone:
        review = reviewed.pop(claim_id, None)
        if review is not None:
            orphan_review(session, review, session.get(Claim, claim_id))
            just_orphaned.add(review.id)
            done.orphaned.append(f"{label}: review {review.id} of claim {claim_id} "
                                 f"({review.span_text!r}, {review.status}) kept; its claim "
                                 "is no longer extracted")
    session.flush()
    if gone:
        session.exec(delete(_CLAIM).where(_CLAIM.c.id.in_(gone)))
    if added:
        session.exec(insert(_CLAIM), params=[new_rows[j] for j in added])
    session.expire_all()  # Core wrote under the identity map
    # Re-apply reviews to their (possibly moved) claims; re-attach earlier orphans.
    for claim_id, review in reviewed.items():
        attach_review(session, review, session.get(Claim, claim_id))
    waiting = [r for r in reviews if r.claim_id is None and r.id not in just_orphaned]
    if waiting:
        _reattach(session, document_id, waiting, set(reviewed))
    session.flush()
    return done


def _reattach(session: Session, document_id: int, waiting: list[Review],
              taken: set[int]) -> None:
    """Give earlier orphans back their claim when the new extraction finds it again."""
    claims = [c for c in session.exec(select(Claim).where(
        Claim.document_id == document_id).order_by(Claim.start)) if c.id not in taken]
    if not claims:
        return
    pairs, _lost, _added = match_spans(
        [Span(r.span_start, r.span_end, r.span_text) for r in waiting],
        [Span(c.start, c.end, c.text) for c in claims])
    for i, j in pairs.items():
        attach_review(session, waiting[i], claims[j])
