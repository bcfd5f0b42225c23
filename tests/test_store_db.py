"""The store's database handling: URLs, connection setup, schema versions, bad databases."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import inspect, text
from sqlmodel import Session, SQLModel

from factcheck.db import (
    DEFAULT_DB,
    ENV_BUSY_TIMEOUT,
    ENV_DB,
    StoreError,
    open_engine,
    resolve_url,
    store_error,
    write_session,
)
from factcheck.models import SCHEMA_VERSION, Claim, Document


def _pragma(engine, name: str):
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_plain_path_url_and_env(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_DB, raising=False)
    assert resolve_url(None).database == DEFAULT_DB
    assert resolve_url("data/x.db").get_backend_name() == "sqlite"
    assert resolve_url("data/x.db").database == "data/x.db"
    assert resolve_url("sqlite:////tmp/y.db").database == "/tmp/y.db"
    assert resolve_url("postgresql://u:secret@host/db").get_backend_name() == "postgresql"
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url("given.db").database == "given.db"  # --db wins over the environment


def test_created_on_first_use_with_sqlite_setup(tmp_path):
    path = tmp_path / "claims.db"
    engine = open_engine(path)
    try:
        assert path.exists()
        assert _pragma(engine, "journal_mode") == "wal"
        assert _pragma(engine, "busy_timeout") > 0
        assert _pragma(engine, "foreign_keys") == 1
        tables = set(inspect(engine).get_table_names())
        assert set(SQLModel.metadata.tables) <= tables
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT version FROM factcheck_schema").scalar() == SCHEMA_VERSION
    finally:
        engine.dispose()
    open_engine(path).dispose()  # reopening an up-to-date database is fine


def test_busy_timeout_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "2.5")
    engine = open_engine(tmp_path / "c.db")
    try:
        assert _pragma(engine, "busy_timeout") == 2500
    finally:
        engine.dispose()


def test_indexes_on_filtered_and_sorted_columns(tmp_path):
    engine = open_engine(tmp_path / "c.db")
    try:
        indexed = {tuple(ix["column_names"]) for ix in inspect(engine).get_indexes("claim")}
        for column in ("status", "eff_value", "eff_category", "eff_attribution", "eff_date"):
            assert (column,) in indexed, column
        assert ("eff_category", "eff_value") in indexed
        assert ("eff_category", "eff_subject") in indexed
        assert ("document_id", "start") in indexed
        doc_indexed = {tuple(ix["column_names"]) for ix in inspect(engine).get_indexes("document")}
        assert {("outlet",), ("published",), ("path",)} <= doc_indexed
    finally:
        engine.dispose()


def test_database_in_missing_folder(tmp_path):
    path = tmp_path / "nowhere" / "claims.db"
    with pytest.raises(StoreError) as info:
        open_engine(path)
    message = str(info.value)
    assert str(path) in message and "does not exist" in message and "\n" not in message
    assert not path.parent.exists()


def test_database_path_is_a_folder(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_engine(tmp_path)


def test_file_that_is_not_a_database_is_left_alone(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("These are my notes, not a database.\n")
    with pytest.raises(StoreError) as info:
        open_engine(path)
    assert str(info.value) == f"{path}: not a database file"
    assert path.read_text() == "These are my notes, not a database.\n"


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
    with pytest.raises(StoreError, match="not a factcheck database"):
        open_engine(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [
            ("recipes",)]


def test_missing_database_not_created_when_create_is_false(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no such database"):
        open_engine(path, create=False)
    assert not path.exists()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "c.db"
    open_engine(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE factcheck_schema SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError) as info:
        open_engine(path)
    assert "newer factcheck" in str(info.value) and str(SCHEMA_VERSION + 1) in str(info.value)
    with sqlite3.connect(path) as conn:  # and left as it was
        assert conn.execute("SELECT version FROM factcheck_schema").fetchone() == (
            SCHEMA_VERSION + 1,)


def test_older_schema_is_upgraded_in_place_keeping_rows(tmp_path):
    path = tmp_path / "c.db"
    engine = open_engine(path)
    with write_session(engine) as session:
        session.add(Document(path="a.txt", content_hash="h1", size_bytes=3, encoding="utf-8",
                             text="abc", extractor_version="0"))
        session.commit()
    engine.dispose()
    # Make it look like an older layout: a table, a column, an index and the text index
    # (its triggers) missing.
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE review_event")
        conn.execute("DROP INDEX ix_claim_eff_value")
        conn.execute("DROP TRIGGER claim_fts_insert")
        conn.execute("ALTER TABLE document DROP COLUMN title")
        conn.execute("UPDATE factcheck_schema SET version = 0")
    engine = open_engine(path)
    try:
        insp = inspect(engine)
        assert "review_event" in insp.get_table_names()
        assert "title" in {c["name"] for c in insp.get_columns("document")}
        assert "ix_claim_eff_value" in {ix["name"] for ix in insp.get_indexes("claim")}
        with engine.connect() as conn:
            assert {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")} == {
                "claim_fts_insert", "claim_fts_delete", "claim_fts_update"}
        with Session(engine) as session:
            doc = session.get(Document, 1)
            assert (doc.path, doc.content_hash, doc.text, doc.title) == ("a.txt", "h1", "abc", None)
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT version FROM factcheck_schema").scalar() == SCHEMA_VERSION
    finally:
        engine.dispose()


def test_write_session_takes_the_write_lock_at_begin(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "0.2")
    engine = open_engine(tmp_path / "c.db")
    try:
        with write_session(engine) as session:
            session.exec(text("SELECT 1"))  # a read only, but the transaction holds the lock
            other = sqlite3.connect(tmp_path / "c.db", timeout=0.1)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with Session(engine) as session:  # a plain session only reads: no lock
            session.exec(text("SELECT 1"))
            other = sqlite3.connect(tmp_path / "c.db", timeout=0.1)
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            other.close()
    finally:
        engine.dispose()


def test_locked_database_gives_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "0.2")
    path = tmp_path / "c.db"
    engine = open_engine(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(Exception) as info, write_session(engine) as session:
            session.add(Document(path="a", content_hash="h", size_bytes=1, encoding="utf-8",
                                 text="a", extractor_version="0"))
            session.commit()
        message = str(store_error(info.value, engine))
        assert message.startswith(f"{path}: database is locked by another writer")
        assert "0.2 s" in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()


def test_writer_waits_for_a_short_lock(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "10")
    path = tmp_path / "c.db"
    engine = open_engine(path)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        started = time.monotonic()
        with write_session(engine) as session:
            session.add(Document(path="a", content_hash="h", size_bytes=1, encoding="utf-8",
                                 text="a", extractor_version="0"))
            session.commit()
        assert time.monotonic() - started >= 0.3  # it waited, then wrote
        with Session(engine) as session:
            assert session.get(Document, 1).path == "a"
    finally:
        release.join()
        holder.close()
        engine.dispose()


def test_foreign_keys_are_enforced(tmp_path):
    engine = open_engine(tmp_path / "c.db")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), write_session(engine) as session:
            session.add(Claim(document_id=99, start=0, end=1, text="1", value=1, low=1, high=1,
                              qualifier="exact", category="other", eff_value=1, eff_low=1,
                              eff_high=1, eff_qualifier="exact", eff_category="other"))
            session.commit()
    finally:
        engine.dispose()


def test_review_writes_are_durable_and_ingest_writes_are_not(tmp_path):
    """Reviewers' commits reach the disk before commit returns (synchronous=FULL)."""
    from factcheck.db import write_session

    engine = open_engine(tmp_path / "c.db")
    try:
        levels = {}
        for durable in (True, False):
            with write_session(engine, durable=durable) as session:
                session.connection()  # BEGIN runs here
                levels[durable] = session.connection().exec_driver_sql(
                    "PRAGMA synchronous").scalar()
                session.commit()
        assert levels == {True: 2, False: 1}  # FULL, NORMAL
    finally:
        engine.dispose()
