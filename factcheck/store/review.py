"""Review actions: mark a claim, undo a change, read the audit trail.

The CLI's ``mark``/``history`` and the TUI's review keys call these same
functions. Each change writes a ``ReviewEvent`` with the review's state before
and after (JSON), and refreshes the claim's effective columns, in the caller's
transaction: use ``factcheck.db.write_session`` and commit.
"""

from __future__ import annotations

import getpass
import math
import os
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, select

from factcheck.extract.types import CATEGORIES, QUALIFIERS
from factcheck.models import CORRECTABLE, STATUSES, Claim, Document, Review, ReviewEvent, utcnow
from factcheck.store.effective import effective_columns

ENV_REVIEWER = "FACTCHECK_REVIEWER"


class ReviewError(ValueError):
    """A review action that cannot be done; ``str()`` is one line."""


class _Keep:
    """Default for correction arguments: leave the field as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def default_reviewer() -> str | None:
    """``$FACTCHECK_REVIEWER``, else the login name."""
    name = os.environ.get(ENV_REVIEWER)
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


def review_state(review: Review | None) -> dict[str, Any]:
    """The JSON-able state the audit trail records: status, corrections, note."""
    if review is None:
        return {"status": "unreviewed", "corrections": {}, "note": None}
    return {"status": review.status, "corrections": dict(review.corrections or {}),
            "note": review.note}


def machine_values(claim: Claim) -> dict[str, Any]:
    """The extractor's values of a claim, keyed like ``Review.corrections``."""
    return {field: getattr(claim, field) for field in (*CORRECTABLE, "low", "high")}


def mark_claim(
    session: Session,
    claim_id: int,
    status: str | None = None,
    *,
    note: str | None = KEEP,
    value: float = KEEP,
    value_high: float | None = KEEP,
    qualifier: str = KEEP,
    category: str = KEEP,
    subject: str | None = KEEP,
    location: str | None = KEEP,
    attribution: str | None = KEEP,
    claim_date: date | None = KEEP,
    clear: Iterable[str] = (),
    reviewer: str | None = None,
) -> ReviewEvent | None:
    """Set a claim's review status and/or correct its fields; return the audit event.

    Arguments left at ``KEEP`` are unchanged; a correction equal to the
    machine value is dropped; ``clear`` names corrections to drop (back to the
    machine value). Returns ``None`` when nothing changed. Raises ``ReviewError``.
    """
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ReviewError(f"claim {claim_id}: no such claim")
    review = _review_of(session, claim_id)
    old = review_state(review)
    new = {"status": old["status"], "corrections": dict(old["corrections"]), "note": old["note"]}
    if status is not None:
        if status not in STATUSES:
            raise ReviewError(f"claim {claim_id}: unknown status {status!r} "
                              f"(choose from {', '.join(STATUSES)})")
        new["status"] = status
    if note is not KEEP:
        new["note"] = (note.strip() or None) if isinstance(note, str) else None
    for field in clear:
        if field not in CORRECTABLE:
            raise ReviewError(f"claim {claim_id}: cannot clear unknown field {field!r}")
        new["corrections"].pop(field, None)
    given = {"value": value, "value_high": value_high, "qualifier": qualifier,
             "category": category, "subject": subject, "location": location,
             "attribution": attribution, "claim_date": claim_date}
    machine = machine_values(claim)
    for field, wanted in given.items():
        if wanted is KEEP:
            continue
        wanted = _validate(claim_id, field, wanted)
        if wanted == machine[field]:
            new["corrections"].pop(field, None)
        else:
            new["corrections"][field] = wanted.isoformat() if isinstance(wanted, date) else wanted
    if new == old:
        return None
    if review is None:
        review = Review(claim_id=claim.id, document_id=claim.document_id, span_start=claim.start,
                        span_end=claim.end, span_text=claim.text)
    return _apply(session, review, claim, new, "mark", reviewer, old=old)


def revert_event(
    session: Session, event_id: int, reviewer: str | None = None,
) -> ReviewEvent:
    """Undo one review change: put the review back as it was before ``event_id``.

    Refused when the review changed since (undo the later change first), so an
    undo never overwrites someone's later work. Records an ``undo`` event.
    """
    event = session.get(ReviewEvent, event_id)
    if event is None:
        raise ReviewError(f"review change {event_id}: no such change")
    if event.old is None or event.new is None or event.action not in ("mark", "undo"):
        raise ReviewError(f"review change {event_id}: a {event.action} cannot be undone")
    review = session.get(Review, event.review_id)
    current = review_state(review)
    if current != _state_only(event.new):
        raise ReviewError(f"review change {event_id}: the review changed since; "
                          "undo the later change first")
    claim = session.get(Claim, review.claim_id) if review.claim_id is not None else None
    restored = _state_only(event.old)
    return _apply(session, review, claim, restored, "undo", reviewer, old=current,
                  extra={"undoes": event.id})


def last_event(session: Session, claim_id: int) -> ReviewEvent | None:
    """The latest mark/undo change of a claim's review (what an undo key would revert)."""
    events = [e for e in claim_history(session, claim_id) if e.action in ("mark", "undo")]
    return events[-1] if events else None


def claim_history(session: Session, claim_id: int) -> list[ReviewEvent]:
    """The audit trail of a claim, oldest first (also for a review since orphaned)."""
    reviews = select(Review.id).where(Review.claim_id == claim_id)
    stmt = select(ReviewEvent).where(or_(ReviewEvent.claim_id == claim_id,
                                         ReviewEvent.review_id.in_(reviews)))
    return list(session.exec(stmt.order_by(ReviewEvent.at, ReviewEvent.id)))


def orphaned_reviews(session: Session) -> list[tuple[Review, str]]:
    """Reviews whose claim no longer appears after re-extraction, with their document path."""
    stmt = (select(Review, Document.path).join(Document, Review.document_id == Document.id)
            .where(Review.claim_id.is_(None)).order_by(Review.id))
    return [(review, path) for review, path in session.exec(stmt)]


def orphan_review(session: Session, review: Review, claim: Claim) -> ReviewEvent:
    """Detach a review from a claim that re-extraction no longer finds (review kept)."""
    state = review_state(review)
    review.claim_id = None
    review.orphaned_at = utcnow()
    session.add(review)
    event = ReviewEvent(review_id=review.id, claim_id=claim.id, action="orphaned",
                        old={**state, "claim": _claim_snapshot(claim)}, new=state,
                        reviewer=None)
    session.add(event)
    return event


def attach_review(session: Session, review: Review, claim: Claim) -> None:
    """Point a review at ``claim`` (kept or re-found by re-extraction) and apply it.

    Records a ``reattached`` event when the review was orphaned or its span moved.
    """
    before = {"claim_id": review.claim_id, "span": [review.span_start, review.span_end,
                                                    review.span_text]}
    changed = review.claim_id != claim.id or (review.span_start, review.span_end) != (
        claim.start, claim.end)
    review.claim_id = claim.id
    review.orphaned_at = None
    review.span_start, review.span_end, review.span_text = claim.start, claim.end, claim.text
    session.add(review)
    for key, val in effective_columns(machine_values(claim), review.corrections,
                                      review.status).items():
        setattr(claim, key, val)
    session.add(claim)
    if changed:
        state = review_state(review)
        session.add(ReviewEvent(review_id=review.id, claim_id=claim.id, action="reattached",
                                old={**state, **before},
                                new={**state, "claim": _claim_snapshot(claim)}))


def _apply(
    session: Session, review: Review, claim: Claim | None, new: dict[str, Any], action: str,
    reviewer: str | None, *, old: dict[str, Any], extra: dict[str, Any] | None = None,
) -> ReviewEvent:
    reviewer = reviewer or default_reviewer()
    review.status = new["status"]
    review.corrections = dict(new["corrections"])
    review.note = new["note"]
    review.reviewer = reviewer
    review.updated_at = utcnow()
    session.add(review)
    session.flush()
    if claim is not None:
        for key, val in effective_columns(machine_values(claim), review.corrections,
                                          review.status).items():
            setattr(claim, key, val)
        session.add(claim)
    event = ReviewEvent(review_id=review.id, claim_id=review.claim_id, action=action, old=old,
                        new={**new, **(extra or {})}, reviewer=reviewer)
    session.add(event)
    session.flush()
    return event


def _review_of(session: Session, claim_id: int) -> Review | None:
    return session.exec(select(Review).where(Review.claim_id == claim_id)).first()


def _state_only(state: dict[str, Any]) -> dict[str, Any]:
    return {"status": state.get("status", "unreviewed"),
            "corrections": dict(state.get("corrections") or {}), "note": state.get("note")}


def _claim_snapshot(claim: Claim) -> dict[str, Any]:
    snap = {"id": claim.id, "start": claim.start, "end": claim.end, "text": claim.text}
    snap.update({k: (v.isoformat() if isinstance(v, date) else v)
                 for k, v in machine_values(claim).items()})
    return snap


def _validate(claim_id: int, field: str, value: Any) -> Any:
    where = f"claim {claim_id}: {field}"
    if field in ("value", "value_high"):
        if value is None and field == "value_high":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ReviewError(f"{where} must be a number, not {value!r}") from None
        if not math.isfinite(number) or number < 0:
            raise ReviewError(f"{where} must be a finite number >= 0, not {value!r}")
        return number
    if field == "qualifier" and value not in QUALIFIERS:
        raise ReviewError(f"{where}: unknown qualifier {value!r} "
                          f"(choose from {', '.join(QUALIFIERS)})")
    if field == "category" and value not in CATEGORIES:
        raise ReviewError(f"{where}: unknown category {value!r} "
                          f"(choose from {', '.join(CATEGORIES)})")
    if field == "claim_date":
        if value is not None and not isinstance(value, date):
            raise ReviewError(f"{where} must be a date, not {value!r}")
        return value
    if field in ("subject", "location", "attribution"):
        if value is None:
            return None
        text = " ".join(str(value).split())
        return text or None
    return value
