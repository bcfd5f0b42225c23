"""Every claim's place in one listing order, kept in memory, for quick first pages of text
filters sorted by another column.

The text index finds a word's candidates quickly (tens of milliseconds for
80,000), but sorting them by a column in SQL reads each one's row (about 1.5
microseconds each: 0.13 s for 80,000). With each claim's position in the whole
listing's order (``build_ranks``: one pass of about half a second, in a
worker; 4 bytes per claim), the candidates are sorted by position in memory
(a few milliseconds) and only the claims at the front are tested against the
whole filter with ``LIKE``, until the page is full (``ranked_page``).

Positions go stale when claims change. Reviews leave a row in the review trail
and new claims get new ids: those claims are read from the store and merged
into the page (``changed_since``), so a page is always in the listing's order.
A claim rewritten without a review (``ingest --reextract`` by another process
while the screen is open) keeps its old position until the ranks are built
again. SQLite only, like ``claim_matches``.
"""

from __future__ import annotations

import heapq
import subprocess
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from factcheck.figures import child_priority
from factcheck.figures.service import raw_rows
from factcheck.models import Claim, ReviewEvent
from factcheck.store import text_index
from factcheck.store.queries import NO_FILTERS, SORT_KEYS, ClaimFilters, select_claims
from factcheck.tui import rank_child
from factcheck.tui.claim_matches import ClaimMatches, sort_rows

#: Orders that ranks serve (the id order is its own rank).
RANKED = tuple(key for key in SORT_KEYS if key != "id")
#: Smallest store for which ranks are built (below, sorting candidates in SQL is quick).
RANKS_FROM = 200_000
#: Claims changed since the ranks were built past which they are built again.
REBUILD_AFTER = 2_000
#: Most candidates tested for a page before giving up (the rest of the filter rejects
#: nearly all of them: another way is quicker).
MOST_TESTED = 20_000
#: Candidates beyond twice the page taken from the front of the order before sorting all.
FRONT_SPARE = 50
#: Candidates tested at first (at least twice the page); each further round tests twice more.
FIRST_TESTED = 100

_C = Claim.__table__.c
_E = ReviewEvent.__table__.c


@dataclass(frozen=True, slots=True)
class SortRanks:
    """``ranks[claim_id]``: the claim's position (from 1) in the ascending ``key`` order of
    every claim, 0 for claims it does not know; built after review event ``newest_event``."""

    key: str
    ranks: array
    newest_event: int

    def __len__(self) -> int:
        return len(self.ranks)


def build_ranks(session: Session, key: str) -> SortRanks:
    """Every claim's position in the ``key`` order (the listing's own SQL, so the same
    order, NULLs and ties included), computed here."""
    newest = _newest_event(session, key)
    order = [row[0] for row in raw_rows(session, select_claims(NO_FILTERS, ("id",), key))]
    return SortRanks(key, rank_child.ranks_of(order), newest)


def build_ranks_apart(engine: Engine, key: str) -> SortRanks:
    """``build_ranks`` in a child process (``rank_child``), stepped back while the
    reviewer waits (``child_priority``): this process only receives the result. Falls
    back to ``build_ranks`` for a database that is not a SQLite file."""
    database = engine.url.database
    with Session(engine) as session:
        if engine.dialect.name != "sqlite" or not database or database == ":memory:" \
                or database.startswith("file:"):
            return build_ranks(session, key)
        newest = _newest_event(session, key)
        query = select_claims(NO_FILTERS, ("id",), key).compile(
            engine, compile_kwargs={"literal_binds": True})
    child = subprocess.Popen(
        [sys.executable, str(Path(rank_child.__file__)), database], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    priority = child_priority.register(child.pid)
    try:
        found, errors = child.communicate(str(query).encode())
    finally:
        priority.forget()
    if child.returncode:
        last = errors.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"ranks of the {key} order: {last[0]}")
    ranks = array("i")
    ranks.frombytes(found)
    return SortRanks(key, ranks, newest)


def _newest_event(session: Session, key: str) -> int:
    """The last review event (read before the order: a review saved while the order is
    read counts as a change)."""
    if key not in RANKED:
        raise ValueError(f"no ranks for the {key!r} order")
    return session.execute(select(func.max(_E.id))).scalar_one() or 0


def changed_since(session: Session, ranks: SortRanks) -> set[int]:
    """The claims reviewed since ``ranks`` were built (their sort columns may differ)."""
    stmt = select(_E.claim_id).distinct().where(_E.id > ranks.newest_event,
                                               _E.claim_id.is_not(None))
    return {row[0] for row in session.execute(stmt)}


def ranked_page(session: Session, filters: ClaimFilters, ranks: SortRanks, descending: bool,
                limit: int, offset: int = 0) -> tuple[list[int], int] | None:
    """One page of a text filter in the ``ranks.key`` order, and how many of its candidates
    the ranks did not know (changed or new claims); ``None`` when the filter asks nothing of
    the text index, or when ``MOST_TESTED`` candidates fill no page."""
    conn = session.connection()
    asked = [c for c in filters.conditions() if text_index.asks_index(c)]
    if not asked:
        return None
    found: Sequence[int] = text_index.candidate_ids(conn, asked[0])
    for condition in asked[1:]:
        found = list(set(found).intersection(text_index.candidate_ids(conn, condition)))
    changed = changed_since(session, ranks)
    table, known = ranks.ranks, len(ranks)
    if found and max(found) < known and not changed and all(map(table.__getitem__, found)):
        ranked, unranked = found, []
    else:
        ranked = [i for i in found if i < known and table[i] and i not in changed]
        unranked = [i for i in found if not (i < known and table[i]) or i in changed]
    need = offset + limit
    # the front alone first (most candidates match the whole filter), else all in order
    nearest = heapq.nlargest if descending else heapq.nsmallest
    size = 2 * need + FRONT_SPARE
    front = _matching_in_order(session, filters, nearest(size, ranked, table.__getitem__),
                               need, None)
    if front is None or (len(front) < need and len(ranked) > size):
        ranked = sorted(ranked, key=table.__getitem__, reverse=descending)
        front = _matching_in_order(session, filters, ranked, need, MOST_TESTED)
    if front is None:
        return None
    if unranked:  # merged by their sort columns, read from the store
        more = _matching_in_order(session, filters, unranked, len(unranked), most=None) or []
        merged = front + more
        front = ClaimMatches(filters, sort_rows(session, merged)).ids(
            session, ranks.key, descending)
    return front[offset: need], len(unranked)


def _matching_in_order(session: Session, filters: ClaimFilters, ids: list[int], need: int,
                       most: int | None) -> list[int] | None:
    """The first ``need`` of ``ids`` that match ``filters`` (tested with ``LIKE``), in the
    order of ``ids``; ``None`` when ``most`` are tested without finding them."""
    found: list[int] = []
    start, chunk = 0, max(2 * need, FIRST_TESTED)
    while len(found) < need and start < len(ids):
        if most is not None and start >= most:
            return None
        part = ids[start: start + chunk]
        stmt = select_claims(filters, ("id",), use_index=lambda _c: False).where(
            _C.id.in_(part)).order_by(None)
        matching = {row[0] for row in raw_rows(session, stmt)}
        found.extend(i for i in part if i in matching)
        start += len(part)
        chunk = min(chunk * 2, 4_000)
    return found[:need]
