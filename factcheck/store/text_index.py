"""A trigram index of the claims' searched text (SQLite FTS5), for quick substring filters.

The text filters (``--search``: the figure, sentence and subject; ``--source``:
the attribution) ask for a case-insensitive substring, ``LIKE '%x%'``, which
no B-tree index helps: on a million claims each is a scan of every row. On
SQLite with FTS5's ``trigram`` tokenizer (3.34 and later) the table
``claim_fts`` indexes every three-character sequence of those columns of
``claim`` (an external-content table reading the view ``claim_fts_content``:
the text is not stored twice), kept in step by triggers on every insert,
update and delete of the claim table, so ingest, re-extraction, reviews and
any other writer keep it right. A filter then asks it for candidates and
re-checks them with the same ``LIKE``: the index also folds non-ASCII case
(``É`` finds ``é``, the Kelvin sign finds ``k``), ``LIKE`` only ASCII, so the
re-check makes the results exactly ``LIKE``'s. Text shorter than three
characters (or holding a NUL) cannot be asked of a trigram index and is
matched with ``LIKE`` alone, as is everything on other databases and on a
SQLite without FTS5 or trigram.

Indexing costs ingest about a microsecond of processor time per character, so
the index holds no more than it must: the figure's ``text`` is part of its
sentence (the extractor takes both from the article), so the index's
``sentence`` column holds the sentence alone, with the figure's text appended
only for a claim where it is not inside (none the extractor makes; the
re-check keeps results exact either way), and no column sizes
(``columnsize=0``: nothing here ranks matches).

Every FTS5 statement of factcheck is in this module. Invariant: the triggers
exist exactly when the index is complete; ``ensure`` restores it on opening.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    column,
    func,
    select,
    union_all,
)
from sqlalchemy import table as light_table
from sqlalchemy.ext.compiler import compiles

from factcheck.models import Claim

#: The FTS5 table (plus its shadow tables ``claim_fts_data``, ``_idx``, ``_config``).
TABLE = "claim_fts"
#: The view of ``claim`` the index reads its text from (when it is built again).
CONTENT = "claim_fts_content"
#: The index's columns, in the FTS table's order.
COLUMNS = ("sentence", "eff_subject", "eff_attribution")
#: Claim column -> the index column that holds its text (``text`` is in its ``sentence``).
INDEXED = {"text": "sentence", "sentence": "sentence", "eff_subject": "eff_subject",
           "eff_attribution": "eff_attribution"}
TRIGGERS = ("claim_fts_insert", "claim_fts_delete", "claim_fts_update")
#: Oldest SQLite with the trigram tokenizer.
MINIMUM_SQLITE = (3, 34, 0)
#: Candidates up to which a page of a text filter is read through the index (``few_candidates``).
FEW = 20_000

_C = Claim.__table__.c
_FTS = light_table(TABLE, column("rowid"))
_COLUMNS = ", ".join(COLUMNS)
#: Each index column's value from a claim row ``{row}`` (``new``, ``old``, ``claim``).
_VALUES = (
    "CASE WHEN instr({row}.sentence, {row}.text) > 0 THEN {row}.sentence "
    "ELSE coalesce({row}.sentence, '') || char(10) || coalesce({row}.text, '') END",
    "{row}.eff_subject", "{row}.eff_attribution")
_NEW = ", ".join(v.format(row="new") for v in _VALUES)
_OLD = ", ".join(v.format(row="old") for v in _VALUES)
_WATCHED = ("id", *INDEXED)
_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _WATCHED)
_CREATE_VIEW = (
    f"CREATE VIEW {CONTENT} AS SELECT claim.id AS id, "
    + ", ".join(f"{v.format(row='claim')} AS {c}" for v, c in zip(_VALUES, COLUMNS, strict=True))
    + " FROM claim")
_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({_COLUMNS}, content='{CONTENT}', "
    "content_rowid='id', tokenize='trigram', columnsize=0)")
_CREATE_TRIGGERS = (
    f"CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN "
    f"INSERT INTO {TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); END",
    f"CREATE TRIGGER claim_fts_update AFTER UPDATE OF {', '.join(_WATCHED)} ON claim "
    f"WHEN {_CHANGED} BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); "
    f"INSERT INTO {TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
)


@functools.cache
def supported() -> bool:
    """Whether this SQLite library has FTS5 with the trigram tokenizer."""
    if sqlite3.sqlite_version_info < MINIMUM_SQLITE:
        return False
    try:
        probe = sqlite3.connect(":memory:")
    except sqlite3.Error:
        return False
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(a, tokenize='trigram')")
        probe.execute("INSERT INTO probe(a) VALUES ('abcd')")
        found = probe.execute("SELECT count(*) FROM probe WHERE probe MATCH '\"BCD\"'")
        return found.fetchone()[0] == 1
    except sqlite3.Error:
        return False
    finally:
        probe.close()


def usable(text: str) -> bool:
    """Whether a trigram query can find ``text`` (else ``LIKE`` alone is used)."""
    return supported() and len(text) >= 3 and "\x00" not in text


def is_current(conn: Connection) -> bool:
    """Whether the index is as it should be: complete with its triggers where supported,
    absent (no triggers) elsewhere. Always true on other databases."""
    if conn.dialect.name != "sqlite":
        return True
    have = _triggers(conn)
    if not supported():
        return not have
    return have == set(TRIGGERS)


def ensure(conn: Connection) -> int | None:
    """Make the index current, in the caller's (write) transaction.

    Where supported: create the table and triggers and fill the index from the
    claims when the triggers were missing; returns how many claims were indexed
    then (``None`` when nothing was built). Where not supported: drop the
    triggers (they could not run) so the next factcheck with FTS5 rebuilds it.
    """
    if conn.dialect.name != "sqlite":
        return None
    have = _triggers(conn)
    if not supported():
        for name in have:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return None
    if have == set(TRIGGERS):
        return None
    drop(conn)  # whatever was there (an older layout, a half-built index): built anew
    conn.exec_driver_sql(_CREATE_VIEW)
    conn.exec_driver_sql(_CREATE_TABLE)
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
    for ddl in _CREATE_TRIGGERS:
        conn.exec_driver_sql(ddl)
    return int(conn.exec_driver_sql("SELECT count(*) FROM claim").scalar_one())


def drop(conn: Connection) -> None:
    """Remove the index (triggers, table, view), in the caller's transaction; ``ensure``
    builds it again. The table is left where this SQLite cannot drop it (no FTS5)."""
    if conn.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    if supported():
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    conn.exec_driver_sql(f"DROP VIEW IF EXISTS {CONTENT}")


def claims_to_index(conn: Connection) -> int:
    """How many claims ``ensure`` would index now (0 when it would build nothing)."""
    if is_current(conn) or not supported():
        return 0
    return int(conn.exec_driver_sql("SELECT count(*) FROM claim").scalar_one())


def contains(columns: Sequence[ColumnElement[Any]], text: str, like: ColumnElement[bool],
             also: Select[Any] | None = None) -> ColumnElement[bool]:
    """"One of the claim ``columns`` contains ``text``", whose portable form is ``like``
    (``LIKE``/``ILIKE`` conditions). On SQLite with the index: the claims the index
    finds, plus the claim ids ``also`` selects (a part of ``like`` the index cannot
    answer), re-checked with ``like``."""
    return _IndexedContains(tuple(columns), text, like, also)


class _IndexedContains(ColumnElement[bool]):

    type = Boolean()
    inherit_cache = False

    def __init__(self, columns: tuple[ColumnElement[Any], ...], text: str,
                 like: ColumnElement[bool], also: Select[Any] | None) -> None:
        unknown = [c for c in columns if getattr(c, "name", None) not in INDEXED
                   or getattr(c, "table", None) is not Claim.__table__]
        if unknown:
            raise ValueError(f"not indexed: {unknown}")
        self.columns = columns
        self.text = text
        self.like = like
        self.also = also

    def self_group(self, against: Any = None) -> ColumnElement[Any]:
        return self  # compiled in parentheses; never as "(...) = 1", which no index helps


def few_candidates(conn: Connection, condition: ColumnElement[bool],
                   at_most: int = FEW) -> bool:
    """Whether the index finds at most ``at_most`` candidates for ``condition`` (made by
    ``contains``), counted up to ``at_most + 1`` (a few milliseconds per 10,000); false
    where the index is not used.

    Decides how a page is read: the index's candidates are all read and sorted,
    which is quick when they are few and slow when many, where walking a sort
    index and testing each claim with ``LIKE`` finds a page quickly.
    """
    if conn.dialect.name != "sqlite" or not asks_index(condition):
        return False
    limited = _candidates(condition).limit(at_most + 1).subquery()
    return conn.execute(select(func.count()).select_from(limited)).scalar_one() <= at_most


def candidate_ids(conn: Connection, condition: ColumnElement[bool]) -> list[int]:
    """The claim ids the index finds for ``condition`` (made by ``contains``; see
    ``asks_index``): a superset of its matches, to be re-checked with ``LIKE``. Read as one
    string: 80,000 ids in about two thirds of the time rows take."""
    found = _candidates(condition).subquery()
    joined = conn.execute(select(func.group_concat(found.c.id))).scalar_one()
    return [int(i) for i in joined.split(",")] if joined else []


def asks_index(condition: ColumnElement[bool]) -> bool:
    """Whether SQLite answers ``condition`` through the index (made by ``contains``, with
    text the index can find); the caller checks the database is SQLite."""
    return isinstance(condition, _IndexedContains) and usable(condition.text)


def match_query(columns: Sequence[str], text: str) -> str:
    """The FTS5 query for "one of ``columns`` contains ``text``": a column filter and one
    quoted string (FTS5 syntax inside it is plain text; quotes are doubled)."""
    quoted = '"' + text.replace('"', '""') + '"'
    return "{" + " ".join(columns) + "}: " + quoted


@compiles(_IndexedContains)
def _compile_default(element: _IndexedContains, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.like, **kw)})"


@compiles(_IndexedContains, "sqlite")
def _compile_sqlite(element: _IndexedContains, compiler: Any, **kw: Any) -> str:
    if not usable(element.text):
        return f"({compiler.process(element.like, **kw)})"
    found = _C.id.in_(_candidates(element))
    return f"({compiler.process(and_(found, element.like), **kw)})"


def _candidates(element: _IndexedContains) -> Any:
    """The claim ids the index finds for ``element``, with those of ``element.also``."""
    query = match_query(list(dict.fromkeys(INDEXED[c.name] for c in element.columns)),
                        element.text)
    found: Any = select(_FTS.c.rowid.label("id")).where(
        column(TABLE).match(bindparam(None, query, unique=True)))
    if element.also is not None:
        found = union_all(found, element.also.correlate(None))
    return found


def _triggers(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claim'").all()
    return {r[0] for r in rows} & set(TRIGGERS)
