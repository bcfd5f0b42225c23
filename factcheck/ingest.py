"""Ingest article files into the claims store, and re-extract stored documents.

One transaction per document: an interrupted run leaves whole documents only.
A document whose text is already stored (same content hash) is skipped, so
running ingest twice, or two ingests at once, stores each article once.

The writing process reads files, looks their hashes up in batches (one query
per ``LOOKUP_BATCH`` files) and stores each document with one insert for the
document and one Core ``executemany`` for its claims; a concurrent ingest that
stored the same text first shows up as the unique hash refusing the insert.
With ``jobs > 1`` extraction runs in worker processes, in batches, while this
process stores earlier documents (``factcheck.store.extraction``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, select

from factcheck.db import store_error, sync_writes, write_connection
from factcheck.extract import EXTRACTOR_VERSION, DocumentInfo, extract
from factcheck.files import ArticleError, iter_paths, read_article
from factcheck.models import Claim, Document, utcnow
from factcheck.store.extraction import (
    Extracted,
    Extractor,
    Task,
    claim_rows,
    extracted,
    start_pool,
)
from factcheck.store.reextract import replace_claims

__all__ = [
    "FileOutcome",
    "IngestSummary",
    "claim_rows",
    "content_hash",
    "count_inputs",
    "ingest_paths",
    "reextract_documents",
]

#: Files read before their hashes are looked up in the database together.
LOOKUP_BATCH = 128

_DOC = Document.__table__
_STORED = (_DOC.c.id, _DOC.c.path, _DOC.c.content_hash, _DOC.c.outlet, _DOC.c.published,
           _DOC.c.published_source)
_BY_HASHES = select(*_STORED).where(_DOC.c.content_hash.in_(bindparam("keys", expanding=True)))
_BY_IDS = select(*_STORED, _DOC.c.text).where(_DOC.c.id.in_(bindparam("keys", expanding=True)))
_ID_BY_HASH = select(_DOC.c.id).where(_DOC.c.content_hash == bindparam("key"))
_INSERT_DOC = insert(_DOC)
_INSERT_CLAIM = insert(Claim.__table__)


@dataclass(slots=True)
class FileOutcome:
    """What happened to one file: ``new``, ``unchanged``, ``reextracted`` or ``failed``."""

    path: str
    status: str
    claims: int = 0
    document_id: int | None = None
    message: str | None = None
    warning: str | None = None
    removed: int = 0
    orphaned: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IngestSummary:
    """Totals of an ingest run."""

    new: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failed: int = 0
    claims_added: int = 0
    claims_removed: int = 0
    bytes_read: int = 0
    orphaned: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return self.failed == 0

    def add(self, outcome: FileOutcome) -> None:
        """Count one outcome."""
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        if outcome.status == "new":
            self.claims_added += outcome.claims
        elif outcome.status == "reextracted":
            self.claims_added += outcome.claims
            self.claims_removed += outcome.removed
        self.orphaned.extend(outcome.orphaned)


FileHook = Callable[[FileOutcome], None]


@dataclass(slots=True)
class _Job:
    """A document waiting for extraction: a new file, or a stored document (``document_id``)."""

    path: str
    text: str
    content_hash: str
    published: date | None
    size_bytes: int = 0
    encoding: str = "utf-8"
    warning: str | None = None
    document_id: int | None = None
    stored_outlet: str | None = None


def content_hash(text: str) -> str:
    """The document identity: SHA-256 of its decoded text (same article, same hash)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def ingest_paths(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    outlet: str | None = None,
    reextract: bool = False,
    jobs: int = 1,
    on_file: FileHook | None = None,
    extractor: Extractor = extract,
) -> IngestSummary:
    """Ingest files and folders; report each file through ``on_file``; return the totals.

    Bad files are reported (``failed``) and the rest go in. With ``reextract``,
    files already stored are extracted again instead of skipped. ``extractor``
    must be a module-level function when ``jobs > 1``. Raises ``StoreError``
    when the database itself fails (locked, full, gone).
    """
    runner = _Runner(engine, published=published, outlet=outlet, on_file=on_file,
                     extractor=extractor)
    items = runner.prepare_files(iter_paths(paths), reextract=reextract)
    return runner.run(items, jobs)


def reextract_documents(
    engine: Engine,
    document_ids: Sequence[int] | None = None,
    *,
    published: date | None = None,
    outlet: str | None = None,
    jobs: int = 1,
    on_file: FileHook | None = None,
    extractor: Extractor = extract,
) -> IngestSummary:
    """Run the current extractor over stored documents (all when ``document_ids`` is None).

    Claims found again (same or overlapping span) keep their ids and reviews;
    reviews whose claim is gone are kept as orphans (listed in the summary);
    new claims are added.
    """
    runner = _Runner(engine, published=published, outlet=outlet, on_file=on_file,
                     extractor=extractor)
    if document_ids is None:
        with Session(engine) as session:
            document_ids = list(session.exec(select(Document.id).order_by(Document.id)))
    return runner.run(runner.prepare_stored(document_ids), jobs)


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files ``ingest_paths`` would look at (for a progress bar)."""
    return sum(1 for _ in iter_paths(paths))


# --- the run -------------------------------------------------------------------------------


class _Runner:
    """Prepares jobs, runs the extractor (here or in workers) and writes, one document at a time."""

    def __init__(self, engine: Engine, *, published: date | None, outlet: str | None,
                 on_file: FileHook | None, extractor: Extractor) -> None:
        self.engine = engine
        self.extractor = extractor
        self.published = published
        self.outlet = outlet
        self.on_file = on_file
        self.summary = IngestSummary()
        self.seen: dict[str, str] = {}

    def run(self, items: Iterable[_Job | FileOutcome], jobs: int) -> IngestSummary:
        pool = start_pool(jobs)
        try:
            with self.engine.connect() as reader, write_connection(self.engine) as writer:
                self.reader = reader
                for item, result in extracted(items, _task, self.extractor, pool, jobs):
                    outcome = item if isinstance(item, FileOutcome) else self._store(
                        writer, item, result)
                    self.summary.add(outcome)
                    if self.on_file:
                        self.on_file(outcome)
                if self.summary.new or self.summary.reextracted:
                    sync_writes(writer)
        except SQLAlchemyError as exc:
            raise store_error(exc, self.engine) from None
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        return self.summary

    # preparing -----------------------------------------------------------------------------

    def prepare_files(self, paths: Iterable[Path | ArticleError],
                      reextract: bool) -> Iterator[_Job | FileOutcome]:
        """Read files in order; look their hashes up ``LOOKUP_BATCH`` at a time."""
        pending: list[_Job | FileOutcome] = []
        for path in paths:
            pending.append(self._read_file(path))
            if len(pending) >= LOOKUP_BATCH:
                yield from self._skip_stored(pending, reextract)
                pending = []
        yield from self._skip_stored(pending, reextract)

    def _read_file(self, path: Path | ArticleError) -> _Job | FileOutcome:
        if isinstance(path, ArticleError):
            return FileOutcome(str(path.path), "failed", message=str(path))
        try:
            article = read_article(path)
        except ArticleError as exc:
            return FileOutcome(str(path), "failed", message=str(exc))
        self.summary.bytes_read += len(article.raw)
        digest = content_hash(article.text)
        if digest in self.seen:
            return FileOutcome(str(path), "unchanged", warning=article.warning,
                               message=f"{path}: same text as {self.seen[digest]}")
        self.seen[digest] = str(path)
        return _Job(str(path), article.text, digest, self.published, len(article.raw),
                    article.encoding, article.warning)

    def _skip_stored(self, pending: list[_Job | FileOutcome],
                     reextract: bool) -> Iterator[_Job | FileOutcome]:
        """New files become jobs; stored ones are skipped (or re-extracted)."""
        hashes = [item.content_hash for item in pending if isinstance(item, _Job)]
        stored = {row.content_hash: row for row in self._read_all(_BY_HASHES, hashes)}
        for item in pending:
            row = stored.get(item.content_hash) if isinstance(item, _Job) else None
            if row is None:
                yield item
            elif reextract:
                yield self._stored_job(row, item.text)
            else:
                yield FileOutcome(item.path, "unchanged", document_id=row.id,
                                  warning=item.warning)

    def prepare_stored(self, document_ids: Sequence[int]) -> Iterator[_Job | FileOutcome]:
        """Stored documents by id, read ``LOOKUP_BATCH`` at a time."""
        document_ids = list(document_ids)
        for start in range(0, len(document_ids), LOOKUP_BATCH):
            wanted = document_ids[start:start + LOOKUP_BATCH]
            rows = {row.id: row for row in self._read_all(_BY_IDS, wanted)}
            for document_id in wanted:
                row = rows.get(document_id)
                if row is None:
                    yield FileOutcome(f"document {document_id}", "failed",
                                      message=f"document {document_id}: no such document")
                    continue
                self.summary.bytes_read += len(row.text.encode("utf-8", "surrogatepass"))
                yield self._stored_job(row, row.text)

    def _stored_job(self, row: Any, text: str) -> _Job:
        given = self.published
        if given is None and row.published_source == "user":
            given = row.published  # the user's date still stands
        return _Job(row.path, text, row.content_hash, given, document_id=row.id,
                    stored_outlet=row.outlet)

    def _read_all(self, stmt: Any, keys: Sequence[Any]) -> list[Any]:
        """Stored document rows for ``keys``, in a short read transaction of their own."""
        if not keys:
            return []
        try:
            rows = self.reader.execute(stmt, {"keys": list(keys)}).all()
            self.reader.rollback()
        except SQLAlchemyError as exc:
            raise store_error(exc, self.engine) from None
        return rows

    # writing -------------------------------------------------------------------------------

    def _store(self, conn: Connection, job: _Job, result: Extracted | str | None) -> FileOutcome:
        if not isinstance(result, Extracted):
            return FileOutcome(job.path, "failed", message=f"{job.path}: {result}",
                               warning=job.warning)
        try:
            with conn.begin():  # one transaction per document
                if job.document_id is None:
                    outcome = self._insert(conn, job, result)
                else:
                    outcome = self._reextract(conn, job, result)
        except IntegrityError as exc:
            stored = conn.execute(_ID_BY_HASH, {"key": job.content_hash}).scalar()
            conn.rollback()
            if stored is None:  # the extraction broke a constraint: this document only
                detail = " ".join(str(exc.orig).split())
                return FileOutcome(job.path, "failed", warning=job.warning,
                                   message=f"{job.path}: cannot store its claims ({detail})")
            # another ingest stored the same text since we looked
            outcome = FileOutcome(job.path, "unchanged", document_id=stored)
        outcome.warning = job.warning
        return outcome

    def _document_values(self, job: _Job, info: DocumentInfo) -> dict[str, Any]:
        published, source = info.published, info.published_source
        if job.published is not None:
            published, source = job.published, "user"
        return {
            "title": info.title,
            "outlet": self.outlet or info.outlet or job.stored_outlet,
            "published": published,
            "published_source": source if published is not None else "unknown",
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_at": utcnow(),
        }

    def _insert(self, conn: Connection, job: _Job, result: Extracted) -> FileOutcome:
        """Insert the document and its claims; a stored twin makes the unique hash refuse it."""
        values = self._document_values(job, result.document)
        document_id = conn.execute(_INSERT_DOC, {
            "path": job.path, "content_hash": job.content_hash, "size_bytes": job.size_bytes,
            "encoding": job.encoding, "text": job.text, "ingested_at": values["extracted_at"],
            **values}).inserted_primary_key[0]
        rows = result.rows
        for row in rows:
            row["document_id"] = document_id
        if rows:
            conn.execute(_INSERT_CLAIM, rows)
        return FileOutcome(job.path, "new", claims=len(rows), document_id=document_id)

    def _reextract(self, conn: Connection, job: _Job, result: Extracted) -> FileOutcome:
        document_id = job.document_id
        assert document_id is not None
        with Session(bind=conn) as session:  # joins the document's transaction
            session.exec(update(_DOC).where(_DOC.c.id == document_id).values(
                **self._document_values(job, result.document)))
            done = replace_claims(session, document_id, result.rows, job.path)
            session.flush()
        return FileOutcome(job.path, "reextracted", claims=done.added, removed=done.removed,
                           document_id=document_id, orphaned=done.orphaned)


def _task(item: _Job | FileOutcome) -> Task | None:
    """What the extractor needs of an item (nothing for an outcome already known)."""
    return None if isinstance(item, FileOutcome) else (item.text, item.published)
