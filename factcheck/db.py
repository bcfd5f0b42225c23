"""Open the claims store: engine from a URL or path, connection setup, schema version.

``open_engine(db)`` takes ``--db`` (a SQLAlchemy URL or a plain file path),
else ``$FACTCHECK_DB``, else ``claims.db`` in the working folder; it creates
the database on first use, upgrades an older schema in place (building the
claims' text index when it is missing) and refuses one made by a newer
factcheck. Everything SQLite-specific (WAL, busy timeout, foreign keys, memory map,
``BEGIN IMMEDIATE`` for writers, statistics for new indexes) lives here, and
the text index in ``factcheck.store.text_index``; the rest of the store is
portable SQL.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, literal, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlmodel import Session, SQLModel

from factcheck import __version__
from factcheck.models import SCHEMA_VERSION, SchemaInfo, utcnow
from factcheck.store import text_index

DEFAULT_DB = "claims.db"
ENV_DB = "FACTCHECK_DB"
ENV_BUSY_TIMEOUT = "FACTCHECK_BUSY_TIMEOUT"
DEFAULT_BUSY_TIMEOUT = 30.0
_WRITE = "factcheck_write"
_DURABLE = "factcheck_durable"
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLite WAL pages between automatic checkpoints (SQLite's default is 1000).
WAL_CHECKPOINT_PAGES = 10_000
#: Bytes of the database file SQLite reads through memory mapping (it caps this at 2 GiB).
MMAP_BYTES = 2 << 30

#: Claims above which building the text index on opening is announced on stderr.
ANNOUNCE_INDEX_AT = 50_000


def _drop_text_index(conn: Connection) -> None:
    """Schema 3 added the trigram index of the claims' text, schema 4 changed its columns:
    drop whatever is there; ``upgrade`` then builds it (once) from the stored claims."""
    text_index.drop(conn)


#: Upgrade steps that adding tables, nullable/defaulted columns and indexes
#: cannot do by themselves: ``{new_version: step(connection)}``.
UPGRADES: dict[int, Callable[[Connection], None]] = {3: _drop_text_index, 4: _drop_text_index}

_labels: dict[str, tuple[str, float]] = {}


class StoreError(Exception):
    """A database problem; ``str()`` is a one-line message naming the database."""


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """The SQLAlchemy URL for ``--db``/``$FACTCHECK_DB``/``claims.db`` (paths become SQLite)."""
    given = os.fspath(db) if db is not None else os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in given:
        try:
            return make_url(given)
        except ArgumentError as exc:
            raise StoreError(f"{given}: not a database URL ({exc})") from None
    return URL.create("sqlite", database=given)


def busy_timeout() -> float:
    """Seconds a writer waits for another writer (``$FACTCHECK_BUSY_TIMEOUT``, default 30)."""
    try:
        return max(0.0, float(os.environ.get(ENV_BUSY_TIMEOUT, DEFAULT_BUSY_TIMEOUT)))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT


def open_engine(db: str | os.PathLike[str] | None = None, *, create: bool = True) -> Engine:
    """An engine on the claims store, its schema checked, created or upgraded in place.

    With ``create=False`` a missing database is an error instead of being made.
    Raises ``StoreError`` with a one-line message for every problem with the database.
    """
    url = resolve_url(db)
    label = describe(url)
    is_sqlite = url.get_backend_name() == "sqlite"
    if is_sqlite and url.database not in (None, "", ":memory:"):
        _check_sqlite_path(Path(url.database), label, create)
    timeout = busy_timeout()
    try:
        if is_sqlite:
            engine = create_engine(url, connect_args={"check_same_thread": False})
            _setup_sqlite(engine, timeout)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise StoreError(f"{label}: cannot use this database ({exc})") from None
    _labels[str(engine.url)] = (label, timeout)
    try:
        ensure_schema(engine, create=create)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise store_error(exc, engine) from None
    return engine


def write_session(engine: Engine, *, durable: bool = False) -> Session:
    """A session for writing: on SQLite it takes the write lock at ``BEGIN``.

    Taking the lock first means a writer waits (busy timeout) instead of failing
    when another process commits between its reads and its writes. ``durable``
    commits reach the disk before ``commit()`` returns (SQLite ``synchronous=FULL``),
    for reviewers' decisions; bulk ingest keeps the faster default, where a power
    cut can lose the last commits (whole documents, stored again by a re-run).
    """
    options = {_WRITE: True, _DURABLE: True} if durable else {_WRITE: True}
    return Session(engine.execution_options(**options), expire_on_commit=False)


def write_connection(engine: Engine) -> Connection:
    """A Core connection whose transactions take the write lock at ``BEGIN``."""
    return engine.execution_options(**{_WRITE: True}).connect()


def sync_writes(conn: Connection) -> None:
    """Make committed writes durable now (SQLite: a passive WAL checkpoint; else nothing).

    Under WAL with ``synchronous=NORMAL`` a commit reaches the disk at the next
    checkpoint; a long writer calls this when it is done. Best effort: it never
    waits for readers and never fails the caller.
    """
    if conn.dialect.name != "sqlite":
        return
    conn.rollback()  # a checkpoint cannot run inside a transaction
    with contextlib.suppress(conn.dialect.loaded_dbapi.Error):
        conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").close()


def describe(url: URL) -> str:
    """How a database is named in messages: its path for SQLite, else the URL sans password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def store_error(exc: BaseException, engine: Engine | None = None) -> StoreError:
    """Turn a driver error into a ``StoreError`` with a one-line, human message."""
    label, timeout = _labels.get(str(engine.url), ("database", 0.0)) if engine else (
        "database", 0.0)
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split()) or type(orig).__name__
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            f"{label}: database is locked by another writer (gave up after {timeout:g} s); "
            "try again when it has finished")
    if "not a database" in lowered or "encrypted" in lowered:
        return StoreError(f"{label}: not a database file")
    if "malformed" in lowered or "corrupt" in lowered:
        return StoreError(f"{label}: database file is damaged ({text})")
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"{label}: database is read-only")
    if "unable to open" in lowered:
        return StoreError(f"{label}: cannot open database file")
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return StoreError(f"{label}: lost the connection to the database ({text})")
    return StoreError(f"{label}: database error: {text}")


def ensure_schema(engine: Engine, *, create: bool = True) -> int:
    """Create, check or upgrade the schema; return the database's schema version."""
    with engine.connect() as conn:
        found = _read_version(conn)
        missing = _missing_tables(conn)
        indexed = found is None or text_index.is_current(conn)
    if found == SCHEMA_VERSION and not missing and indexed:
        return found
    if found is not None and found > SCHEMA_VERSION:
        raise _newer(engine, found)
    if found is None and not create:
        raise StoreError(f"{_label(engine)}: no factcheck database yet; run factcheck ingest")
    with write_connection(engine) as conn, conn.begin():
        found = _read_version(conn)  # again, now that we hold the write lock
        if found is None:
            if not create:
                raise StoreError(
                    f"{_label(engine)}: no factcheck database yet; run factcheck ingest")
            _refuse_foreign(conn, engine)
            SQLModel.metadata.create_all(conn)
            text_index.ensure(conn)
            conn.execute(SchemaInfo.__table__.insert().values(
                id=1, version=SCHEMA_VERSION, written_by=__version__, updated_at=utcnow()))
            return SCHEMA_VERSION
        if found > SCHEMA_VERSION:
            raise _newer(engine, found)
        upgrade(conn, found)
    return SCHEMA_VERSION


def upgrade(conn: Connection, found: int) -> None:
    """Bring a schema at version ``found`` up to ``SCHEMA_VERSION``, keeping every row.

    Adds missing tables, columns (nullable or with a scalar default) and indexes,
    then runs the registered ``UPGRADES`` steps in order, then makes the text
    index current (``factcheck.store.text_index``).
    """
    SQLModel.metadata.create_all(conn)
    _add_missing_columns(conn)
    _analyze(conn, _add_missing_indexes(conn))
    for version in range(found + 1, SCHEMA_VERSION + 1):
        if version in UPGRADES:
            UPGRADES[version](conn)
    _ensure_text_index(conn)  # also when only the SQLite library changed
    table = SchemaInfo.__table__
    conn.execute(table.update().where(table.c.id == 1).values(
        version=SCHEMA_VERSION, written_by=__version__, updated_at=utcnow()))


# --- internals ---------------------------------------------------------------------------


def _ensure_text_index(conn: Connection) -> None:
    """Build the text index if it is missing, saying so on stderr when that takes a while."""
    todo = text_index.claims_to_index(conn)
    announce = todo >= ANNOUNCE_INDEX_AT
    if announce:
        print(f"{describe(conn.engine.url)}: building the text search index of {todo:,} "
              "claims (once; about 20 s per million claims)...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    text_index.ensure(conn)
    if announce:
        print(f"{describe(conn.engine.url)}: text search index built in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def _check_sqlite_path(path: Path, label: str, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{label}: is a folder, not a database file")
    if not path.exists():
        parent = path.parent
        if not parent.is_dir():
            raise StoreError(f"{label}: folder {parent} does not exist")
        if not create:
            raise StoreError(f"{label}: no such database; run factcheck ingest first")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except PermissionError:
        raise StoreError(f"{label}: permission denied") from None
    except OSError as exc:
        raise StoreError(f"{label}: cannot read ({exc.strerror or exc})") from None
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{label}: not a database file")


def _setup_sqlite(engine: Engine, timeout: float) -> None:
    """WAL, busy timeout, foreign keys, memory-mapped reads; our own BEGIN so writers can ask
    for IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # pragma: no cover - exercised via engine
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" below issues BEGIN
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() not in ("wal", "memory"):
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA cache_size = -65536")  # 64 MiB: big tables, big indexes
        # Checkpoint every ~40 MB of WAL rather than 4 MB: a document commit writes a
        # page per index it touches, and each checkpoint copies and syncs those pages.
        cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # Reads through a memory map: a page already in the system's cache costs no copy,
        # which makes a query reading rows all over a big table (a text filter's
        # candidates, sorted) about a third quicker.
        cur.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get(_WRITE):
            level = "FULL" if options.get(_DURABLE) else "NORMAL"
            conn.exec_driver_sql(f"PRAGMA synchronous = {level}")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_WRITE) else "BEGIN")


def _label(engine: Engine) -> str:
    return _labels.get(str(engine.url), (describe(engine.url), 0.0))[0]


def _newer(engine: Engine, found: int) -> StoreError:
    return StoreError(
        f"{_label(engine)}: made by a newer factcheck (schema {found}; this factcheck "
        f"{__version__} reads schema {SCHEMA_VERSION} or older); upgrade factcheck")


def _read_version(conn: Connection) -> int | None:
    if not inspect(conn).has_table(SchemaInfo.__tablename__):
        return None
    version = conn.execute(select(SchemaInfo.version).where(SchemaInfo.id == 1)).scalar()
    return int(version) if version is not None else 0


def _missing_tables(conn: Connection) -> list[str]:
    present = set(inspect(conn).get_table_names())
    return [name for name in SQLModel.metadata.tables if name not in present]


def _refuse_foreign(conn: Connection, engine: Engine) -> None:
    """A database with other tables and no factcheck schema row is someone else's."""
    present = set(inspect(conn).get_table_names())
    foreign = sorted(present - set(SQLModel.metadata.tables))
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise StoreError(f"{_label(engine)}: not a factcheck database (it has tables {shown})")


def _add_missing_columns(conn: Connection) -> None:
    insp = inspect(conn)
    prep = conn.dialect.identifier_preparer
    for table in SQLModel.metadata.sorted_tables:
        have = {c["name"] for c in insp.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            ddl = f"{prep.format_column(column)} {column.type.compile(dialect=conn.dialect)}"
            default = column.default.arg if column.default is not None else None
            if column.server_default is not None:
                ddl += f" DEFAULT {column.server_default.arg}"
            elif default is not None and not callable(default):
                value = literal(default).compile(
                    dialect=conn.dialect, compile_kwargs={"literal_binds": True})
                ddl += f" DEFAULT {value}"
            elif not column.nullable:
                raise StoreError(
                    f"cannot add column {table.name}.{column.name} without an upgrade step")
            if not column.nullable and (column.server_default is not None or default is not None):
                ddl += " NOT NULL"
            conn.exec_driver_sql(f"ALTER TABLE {prep.format_table(table)} ADD COLUMN {ddl}")


def _add_missing_indexes(conn: Connection) -> list[str]:
    insp = inspect(conn)
    added = []
    for table in SQLModel.metadata.sorted_tables:
        have = {ix["name"] for ix in insp.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in have:
                index.create(conn)
                added.append(str(index.name))
    return added


def _analyze(conn: Connection, indexes: list[str]) -> None:
    """SQLite: give new indexes statistics when the others have some (``ANALYZE`` was run);
    the planner would otherwise take a new index without them for the most selective."""
    if conn.dialect.name != "sqlite" or not indexes:
        return
    if not inspect(conn).has_table("sqlite_stat1"):
        return
    for name in indexes:
        conn.exec_driver_sql(f'ANALYZE "{name}"')
