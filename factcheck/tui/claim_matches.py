"""The claims of a filtered listing, read once with their sort columns and sorted in memory.

SQLite answers "filter on one column, sort by another" by walking the sort
column's index and testing every row, which is quick when many rows match and
slow (seconds on a million claims) when few do, or when the filter is a text
search whose matches lie far along that index (a text filter reads its matches
through ``factcheck.store.text_index`` where SQLite has it). So such a page is
first asked of SQL with a time limit (:func:`within`); past it (a text
filter's pages meanwhile come from ``factcheck.store.queries.sorted_candidates``),
and when a filter matches at most ``CAP`` claims, their ids and sort columns
are read in one pass, every sort order after that is an in-memory sort, every
page a slice, and only the page's rows are read from the store. SQLite only (its ordering,
NULLs first and binary text comparison, is the one reproduced here); other
databases page in SQL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import and_, select, true
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from factcheck.figures.service import raw_rows
from factcheck.models import Claim, Document
from factcheck.store.queries import SORT_KEYS, ClaimFilters, count_claims

#: Most claims a filter may match for its listing to be sorted in memory.
CAP = 150_000
#: Seconds a page may take in SQL before it is made from the claims read in memory.
SQL_BUDGET = 0.05
#: The same for a text filter, whose page can be read another way in 0.1-0.2 s
#: (``factcheck.store.queries.sorted_candidates``); a page found by walking the sort
#: column's index takes a few milliseconds.
TEXT_SQL_BUDGET = 0.015

T = TypeVar("T")

_C = Claim.__table__.c
_D = Document.__table__.c
#: The claim columns listings sort by, read with each claim after its id.
_CLAIM_COLUMNS = list(dict.fromkeys(
    col for cols in SORT_KEYS.values() for col in cols if col.table is Claim.__table__))
#: The document columns they sort by, looked up by document id when a sort needs them.
_DOCUMENT_COLUMNS = list(dict.fromkeys(
    col for cols in SORT_KEYS.values() for col in cols if col.table is Document.__table__))
#: Where each column is in a row (dictionaries: columns compare as SQL, not as values).
_CLAIM_AT = {col: i + 1 for i, col in enumerate(_CLAIM_COLUMNS)}
_DOCUMENT_AT = {col: i for i, col in enumerate(_DOCUMENT_COLUMNS)}
_DOCUMENT_ID_AT = _CLAIM_AT[_C.document_id]


class ClaimMatches:
    """The claims matching ``filters``: ``ids(session, key, descending)`` in a listing's
    order (``factcheck.store.queries.SORT_KEYS``, ties by claim id in the same direction)."""

    def __init__(self, filters: ClaimFilters, rows: Sequence[tuple[Any, ...]]) -> None:
        self.filters = filters
        self.rows = rows
        self._documents: dict[int, tuple[Any, ...]] | None = None
        self._orders: dict[tuple[str, bool], list[int]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def sorted_by(self, key: str, descending: bool) -> bool:
        """Whether the ``key`` order is made already (a page of it costs nothing)."""
        return (key, descending) in self._orders

    def ids(self, session: Session, key: str, descending: bool) -> list[int]:
        """Every matching claim id in ``key`` order (sorted on first use, then kept)."""
        found = self._orders.get((key, descending))
        if found is None:
            found = self._orders[(key, descending)] = self._sort(session, key, descending)
        return found

    def _sort(self, session: Session, key: str, descending: bool) -> list[int]:
        """Stable sorts from the last sort column to the first, starting from the id order
        (the ties), each with its NULLs apart: first when ascending, last when descending,
        as in SQLite. Sorting by a key function is several times quicker than by tuples."""
        rows = self.rows
        ids = [row[0] for row in rows]
        order = sorted(range(len(rows)), key=ids.__getitem__, reverse=descending)
        for col in reversed(SORT_KEYS[key]):
            if col is _D.id:
                col = _C.document_id
            if col in _CLAIM_AT:
                i = _CLAIM_AT[col]
                values = [row[i] for row in rows]
            else:
                d, j, at = self._document_columns(session), _DOCUMENT_AT[col], _DOCUMENT_ID_AT
                values = [d[row[at]][j] for row in rows]
            nulls = [n for n in order if values[n] is None]
            known = [n for n in order if values[n] is not None] if nulls else order
            known.sort(key=values.__getitem__, reverse=descending)
            order = known + nulls if descending else nulls + known
        return [ids[n] for n in order]

    def _document_columns(self, session: Session) -> dict[int, tuple[Any, ...]]:
        found = self._documents
        if found is None:
            wanted = sorted({row[_DOCUMENT_ID_AT] for row in self.rows})
            stmt = select(_D.id, *_DOCUMENT_COLUMNS)
            if len(wanted) <= 5_000:  # few documents: those alone
                found = {}
                for start in range(0, len(wanted), 500):
                    chunk = stmt.where(_D.id.in_(wanted[start: start + 500]))
                    found.update((row[0], row[1:]) for row in raw_rows(session, chunk))
            else:
                found = {row[0]: row[1:] for row in raw_rows(session, stmt)}
            self._documents = found
        return found


def read_matches(session: Session, filters: ClaimFilters, cap: int = CAP,
                 ) -> ClaimMatches | None:
    """The claims matching ``filters`` with their sort columns; ``None`` when more than
    ``cap`` match, or the database is not SQLite.

    A filter an index can answer (category, status, dates, document) is first
    counted up to ``cap + 1`` in SQL, which is quick; a text filter is read
    directly, in the one pass its count would cost anyway.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    source: Any = Claim.__table__
    if filters.needs_document():
        source = source.join(Document.__table__, _C.document_id == _D.id)
    conditions = filters.conditions()
    where = and_(*conditions) if conditions else true()
    stmt = select(_C.id, *_CLAIM_COLUMNS).select_from(source).where(where).limit(cap + 1)
    if not (filters.search or filters.source):
        count = count_claims(session, filters, at_most=cap)
        if count > cap:
            return None
        if count == 0:
            return ClaimMatches(filters, [])
        # by id: the planner, trusting the filter's index less than it should, would
        # otherwise read the whole table
        ids = select(_C.id).select_from(source).where(where).limit(cap + 1)
        stmt = select(_C.id, *_CLAIM_COLUMNS).where(_C.id.in_(ids))
    rows = list(raw_rows(session, stmt))
    return ClaimMatches(filters, rows) if len(rows) <= cap else None


def sort_rows(session: Session, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """The rows ``ClaimMatches`` sorts (id and sort columns) of the claims ``ids``."""
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 4_000):
        chunk = list(ids[start: start + 4_000])
        rows.extend(raw_rows(session, select(_C.id, *_CLAIM_COLUMNS).where(_C.id.in_(chunk))))
    return rows


def within(session: Session, seconds: float, read: Callable[[], T]) -> T | None:
    """``read()``, or ``None`` when SQLite is still at it after ``seconds`` (the statement
    is interrupted and the session rolled back). Other databases are not limited."""
    deadline = time.perf_counter() + seconds
    return unless(session, lambda: time.perf_counter() > deadline, read)


def unless(session: Session, stop: Callable[[], bool], read: Callable[[], T]) -> T | None:
    """``read()``, or ``None`` when ``stop()`` turns true while SQLite is at it (checked
    every 10,000 SQLite steps; the statement is interrupted and the session rolled back).
    Other databases are not interrupted."""
    if session.get_bind().dialect.name != "sqlite":
        return read()
    raw = session.connection().connection.dbapi_connection
    raw.set_progress_handler(stop, 10_000)
    try:
        return read()
    except OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        session.rollback()
        return None
    finally:
        raw.set_progress_handler(None, 0)
