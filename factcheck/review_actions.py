"""A reviewer's session: review actions saved at once, and undo of the last ones.

The TUI's keys call these methods; each opens a write transaction, calls the
same library function as the matching CLI command (``mark_claim`` for
``factcheck mark``, ``move_claim`` for ``group``, ``resolve_discrepancy`` for
``resolve``), commits, and remembers the audit event so that ``undo`` can
revert it (``revert_event`` / ``undo_figure_event``). Nothing here imports
Textual; methods are safe to call from a worker thread (one writer at a time).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from factcheck.db import write_session
from factcheck.figures.analysis import Analysis
from factcheck.figures.service import (
    FigureError,
    KnownFigures,
    figure_events,
    move_claim,
    resolve_discrepancy,
    undo_figure_event,
)
from factcheck.models import CORRECTABLE
from factcheck.store.queries import get_claim
from factcheck.store.review import KEEP, ReviewError, default_reviewer, mark_claim, revert_event

#: What the edit form may change, in form order.
EDITABLE = ("value", "qualifier", "category", "subject", "attribution")


@dataclass(frozen=True, slots=True)
class Change:
    """One saved review action: which audit event it wrote, and what it touched.

    ``kind`` is ``review`` (a ``ReviewEvent``) or ``figure`` (a ``FigureEvent``);
    ``regroups`` says whether figures must be recomputed (rejections, corrected
    values, moves) and ``description`` is a short line for the status bar.
    """

    kind: str
    event_id: int
    description: str
    claim_id: int | None = None
    discrepancy: str | None = None
    regroups: bool = False


class ReviewSession:
    """Review actions for one reviewer on one database, with an undo stack."""

    def __init__(self, engine: Engine, reviewer: str | None = None) -> None:
        self.engine = engine
        self.reviewer = reviewer or default_reviewer() or "reviewer"
        self._done: list[Change] = []
        self._lock = threading.Lock()

    @property
    def can_undo(self) -> bool:
        """Whether there is an action of this session left to undo."""
        return bool(self._done)

    @property
    def changes(self) -> list[Change]:
        """This session's actions still undoable, oldest first."""
        return list(self._done)

    # --- claims ---------------------------------------------------------------------------

    def mark(self, claim_id: int, status: str) -> Change | None:
        """Confirm, dispute, reject (or reset) a claim; ``None`` when it already was."""
        return self._review(claim_id, f"claim {claim_id} {status}", status=status)

    def note(self, claim_id: int, text: str) -> Change | None:
        """Set a claim's note (empty text removes it); ``None`` when unchanged."""
        what = "note removed" if not text.strip() else "note saved"
        return self._review(claim_id, f"claim {claim_id}: {what}", note=text)

    def edit(self, claim_id: int, fields: dict[str, Any]) -> Change | None:
        """Correct a claim's fields (``EDITABLE`` names; empty text clears a text field).

        ``value`` may be text such as ``"1,200"``. Fields equal to the claim's
        current effective value are left alone, so an untouched form saves
        nothing. Raises ``ReviewError`` for a bad value, qualifier or category.
        """
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ReviewError(f"claim {claim_id}: cannot edit {', '.join(sorted(unknown))}")
        with Session(self.engine) as session:
            current = get_claim(session, claim_id)
        if current is None:
            raise ReviewError(f"claim {claim_id}: no such claim")
        wanted: dict[str, Any] = {}
        for name, given in fields.items():
            value = parse_field(claim_id, name, given)
            if value != current[name]:
                wanted[name] = value
        if not wanted:
            return None
        shown = ", ".join(sorted(wanted))
        return self._review(claim_id, f"claim {claim_id}: {shown} corrected", **wanted)

    def _review(self, claim_id: int, description: str, *, status: str | None = None,
                **changes: Any) -> Change | None:
        args = {name: changes.get(name, KEEP) for name in (*CORRECTABLE, "note")}
        with self._lock, write_session(self.engine, durable=True) as session:
            event = mark_claim(session, claim_id, status, reviewer=self.reviewer, **args)
            if event is None:
                return None
            event_id, regroups = int(event.id), _regroups(event.old, event.new)
            session.commit()
        change = Change("review", event_id, description, claim_id=claim_id, regroups=regroups)
        self._done.append(change)
        return change

    # --- figures and discrepancies --------------------------------------------------------

    def move(self, claim_id: int, figure_id: str | None = None, new_label: str | None = None,
             analysis: Analysis | KnownFigures | None = None) -> Change:
        """Put a claim in another figure or a new one (``factcheck group``)."""
        with self._lock, write_session(self.engine, durable=True) as session:
            target = move_claim(session, claim_id, figure_id=figure_id, new_label=new_label,
                                reviewer=self.reviewer, analysis=analysis)
            event = figure_events(session, f"claim:{claim_id}")[-1]
            event_id = int(event.id)
            session.commit()
        where = f"new figure {new_label!r}" if new_label is not None else f"figure {target}"
        change = Change("figure", event_id, f"claim {claim_id} moved to {where}",
                        claim_id=claim_id, regroups=True)
        self._done.append(change)
        return change

    def resolve(self, key: str, status: str, note: str,
                analysis: Analysis | KnownFigures | None = None) -> Change:
        """Mark a discrepancy explained, resolved or open, with a note (``factcheck resolve``)."""
        if not note.strip():
            raise FigureError(f"discrepancy {key}: a note is required")
        with self._lock, write_session(self.engine, durable=True) as session:
            row = resolve_discrepancy(session, key, status, note, self.reviewer,
                                      analysis=analysis)
            real_key = row.key
            event = figure_events(session, f"discrepancy:{real_key}")[-1]
            event_id = int(event.id)
            session.commit()
        change = Change("figure", event_id, f"discrepancy {real_key} {status}",
                        discrepancy=real_key)
        self._done.append(change)
        return change

    # --- undo -----------------------------------------------------------------------------

    def undo(self) -> Change | None:
        """Revert this session's last action; ``None`` when there is nothing to undo.

        Refused (``ReviewError``/``FigureError``, the action stays undoable) when
        someone changed the same claim or discrepancy since.
        """
        with self._lock:
            if not self._done:
                return None
            last = self._done[-1]
            with write_session(self.engine, durable=True) as session:
                if last.kind == "review":
                    event = revert_event(session, last.event_id, reviewer=self.reviewer)
                else:
                    event = undo_figure_event(session, last.event_id, reviewer=self.reviewer)
                event_id = int(event.id)
                session.commit()
            self._done.pop()
        return Change(last.kind, event_id, f"undone: {last.description}",
                      claim_id=last.claim_id, discrepancy=last.discrepancy,
                      regroups=last.regroups)


def parse_field(claim_id: int, name: str, given: Any) -> Any:
    """A form value as the store wants it: numbers from text, empty text as ``None``."""
    if name == "value":
        if isinstance(given, (int, float)):
            return float(given)
        text = str(given).strip().replace(",", "").replace("_", "")
        try:
            return float(text)
        except ValueError:
            raise ReviewError(f"claim {claim_id}: value must be a number, not {given!r}") from None
    if isinstance(given, str):
        text = " ".join(given.split())
        if name in ("qualifier", "category") and not text:
            raise ReviewError(f"claim {claim_id}: {name} cannot be empty")
        return text or None
    return given


def _regroups(old: dict[str, Any] | None, new: dict[str, Any] | None) -> bool:
    """Whether a review change can change figures: (un)rejecting a claim, or corrections."""
    old, new = old or {}, new or {}
    rejected = "rejected" in (old.get("status"), new.get("status"))
    return (rejected and old.get("status") != new.get("status")) or (
        (old.get("corrections") or {}) != (new.get("corrections") or {}))
