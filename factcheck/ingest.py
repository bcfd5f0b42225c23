"""Ingest article files into the claims store, and re-extract stored documents.

One transaction per document: an interrupted run leaves whole documents only.
A document whose text is already stored (same content hash) is skipped, so
running ingest twice, or two ingests at once, stores each article once.
Claims go in through one Core ``executemany`` per document. With ``jobs > 1``
extraction runs in worker processes and this process stays the single writer.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, select

from factcheck.db import store_error, write_connection
from factcheck.extract import EXTRACTOR_VERSION, Extraction, extract
from factcheck.files import Article, ArticleError, iter_paths, read_article
from factcheck.models import Claim, Document, Review, utcnow
from factcheck.store.reconcile import Span, match_spans
from factcheck.store.review import attach_review, orphan_review

_CLAIM = Claim.__table__
_DOC = Document.__table__
_STORED = (_DOC.c.id, _DOC.c.path, _DOC.c.text, _DOC.c.content_hash, _DOC.c.outlet,
           _DOC.c.published, _DOC.c.published_source)
_BY_HASH = select(*_STORED).where(_DOC.c.content_hash == bindparam("key"))
_BY_ID = select(*_STORED).where(_DOC.c.id == bindparam("key"))
_ID_BY_HASH = select(_DOC.c.id).where(_DOC.c.content_hash == bindparam("key"))
_INSERT_DOC = insert(_DOC)
_INSERT_CLAIM = insert(_CLAIM)


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
Extractor = Callable[..., Extraction]  # extractor(text, published=None)


@dataclass(slots=True)
class _Job:
    """A document waiting for extraction."""

    path: str
    text: str
    content_hash: str
    published: date | None
    article: Article | None = None  # new documents
    document_id: int | None = None  # re-extractions
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
        try:
            with self.engine.connect() as reader, write_connection(self.engine) as writer:
                self.reader = reader
                for item, result in _extracted(items, jobs, self.extractor):
                    outcome = item if isinstance(item, FileOutcome) else self._store(
                        writer, item, result)
                    self.summary.add(outcome)
                    if self.on_file:
                        self.on_file(outcome)
        except SQLAlchemyError as exc:
            raise store_error(exc, self.engine) from None
        return self.summary

    # preparing -----------------------------------------------------------------------------

    def prepare_files(self, items: Iterable[Path | ArticleError],
                      reextract: bool) -> Iterator[_Job | FileOutcome]:
        for item in items:
            if isinstance(item, ArticleError):
                yield FileOutcome(str(item.path), "failed", message=str(item))
                continue
            try:
                article = read_article(item)
            except ArticleError as exc:
                yield FileOutcome(str(item), "failed", message=str(exc))
                continue
            self.summary.bytes_read += len(article.raw)
            digest = content_hash(article.text)
            if digest in self.seen:
                yield FileOutcome(str(item), "unchanged",
                                  message=f"{item}: same text as {self.seen[digest]}",
                                  warning=article.warning)
                continue
            self.seen[digest] = str(item)
            stored = self._read(_BY_HASH, digest)
            if stored is not None and not reextract:
                yield FileOutcome(str(item), "unchanged", document_id=stored.id,
                                  warning=article.warning)
                continue
            if stored is not None:
                yield self._stored_job(stored)
                continue
            yield _Job(str(item), article.text, digest, self.published, article=article)

    def prepare_stored(self, document_ids: Iterable[int]) -> Iterator[_Job | FileOutcome]:
        for document_id in document_ids:
            row = self._read(_BY_ID, document_id)
            if row is None:
                yield FileOutcome(f"document {document_id}", "failed",
                                  message=f"document {document_id}: no such document")
                continue
            self.summary.bytes_read += len(row.text.encode("utf-8", "surrogatepass"))
            yield self._stored_job(row)

    def _stored_job(self, row: Any) -> _Job:
        given = self.published
        if given is None and row.published_source == "user":
            given = row.published  # the user's date still stands
        return _Job(row.path, row.text, row.content_hash, given, document_id=row.id,
                    stored_outlet=row.outlet)

    def _read(self, stmt: Any, key: Any) -> Any:
        """One stored document row, in a short read transaction of its own."""
        try:
            row = self.reader.execute(stmt, {"key": key}).first()
            self.reader.rollback()
        except SQLAlchemyError as exc:
            raise store_error(exc, self.engine) from None
        return row

    # writing -------------------------------------------------------------------------------

    def _store(self, conn: Connection, job: _Job, result: Extraction | str) -> FileOutcome:
        warning = job.article.warning if job.article else None
        if isinstance(result, str):
            return FileOutcome(job.path, "failed", message=f"{job.path}: {result}",
                               warning=warning)
        try:
            with conn.begin():  # one transaction per document
                if job.document_id is None:
                    outcome = self._insert(conn, job, result)
                else:
                    outcome = self._reextract(conn, job, result)
        except IntegrityError as exc:
            stored = conn.execute(_BY_HASH, {"key": job.content_hash}).first()
            conn.rollback()
            if stored is None:  # the extraction broke a constraint: this document only
                detail = " ".join(str(exc.orig).split())
                return FileOutcome(job.path, "failed", warning=warning,
                                   message=f"{job.path}: cannot store its claims ({detail})")
            # another ingest stored the same text first
            outcome = FileOutcome(job.path, "unchanged", document_id=stored.id)
        outcome.warning = warning
        return outcome

    def _document_values(self, job: _Job, result: Extraction) -> dict[str, Any]:
        info = result.document
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

    def _insert(self, conn: Connection, job: _Job, result: Extraction) -> FileOutcome:
        existing = conn.execute(_ID_BY_HASH, {"key": job.content_hash}).scalar()
        if existing is not None:  # stored by a concurrent ingest since we looked
            return FileOutcome(job.path, "unchanged", document_id=existing)
        article = job.article
        assert article is not None
        values = self._document_values(job, result)
        document_id = conn.execute(_INSERT_DOC, {
            "path": job.path, "content_hash": job.content_hash, "size_bytes": len(article.raw),
            "encoding": article.encoding, "text": article.text,
            "ingested_at": values["extracted_at"], **values}).inserted_primary_key[0]
        rows = claim_rows(document_id, result.claims)
        if rows:
            conn.execute(_INSERT_CLAIM, rows)
        return FileOutcome(job.path, "new", claims=len(rows), document_id=document_id)

    def _reextract(self, conn: Connection, job: _Job, result: Extraction) -> FileOutcome:
        with Session(bind=conn) as session:  # joins the document's transaction
            outcome = self._reextract_in(session, job, result)
            session.flush()
        return outcome

    def _reextract_in(self, session: Session, job: _Job, result: Extraction) -> FileOutcome:
        document_id = job.document_id
        session.exec(update(_DOC).where(_DOC.c.id == document_id).values(
            **self._document_values(job, result)))
        old = session.exec(select(_CLAIM.c.id, _CLAIM.c.start, _CLAIM.c.end, _CLAIM.c.text)
                              .where(_CLAIM.c.document_id == document_id)
                              .order_by(_CLAIM.c.start, _CLAIM.c.id)).all()
        new_rows = claim_rows(document_id, result.claims)
        pairs, lost, added = match_spans(
            [Span(r.start, r.end, r.text) for r in old],
            [Span(r["start"], r["end"], r["text"]) for r in new_rows])
        reviews = list(session.exec(select(Review).where(Review.document_id == document_id)))
        reviewed = {r.claim_id: r for r in reviews if r.claim_id is not None}
        orphaned: list[str] = []
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
                claim = session.get(Claim, claim_id)
                orphan_review(session, review, claim)
                just_orphaned.add(review.id)
                orphaned.append(f"{job.path}: review {review.id} of claim {claim_id} "
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
            self._reattach(session, document_id, waiting, set(reviewed))
        session.flush()
        return FileOutcome(job.path, "reextracted", claims=len(added), removed=len(gone),
                           document_id=document_id, orphaned=orphaned)

    @staticmethod
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


def claim_rows(document_id: int, claims: Sequence[Any]) -> list[dict[str, Any]]:
    """Insert parameters for extracted claims: machine output and its effective copy."""
    rows = []
    for c in claims:
        rows.append({
            "document_id": document_id, "start": c.start, "end": c.end, "text": c.text,
            "value": c.value, "value_high": c.value_high, "low": c.low, "high": c.high,
            "qualifier": c.qualifier, "category": c.category, "subject": c.subject,
            "location": c.location, "attribution": c.attribution, "claim_date": c.date,
            "sentence": c.sentence, "sentence_start": c.sentence_start,
            "status": "unreviewed", "eff_value": c.value, "eff_value_high": c.value_high,
            "eff_low": c.low, "eff_high": c.high, "eff_qualifier": c.qualifier,
            "eff_category": c.category, "eff_subject": c.subject, "eff_location": c.location,
            "eff_attribution": c.attribution, "eff_date": c.date,
        })
    return rows


# --- extraction, here or in worker processes -----------------------------------------------


def _safe_extract(extractor: Extractor, text: str, published: date | None) -> Extraction | str:
    """Extract, turning an extractor crash into a one-line problem instead of a dead run."""
    try:
        return extractor(text, published=published)
    except Exception as exc:  # the extractor must never stop an ingest
        return f"extractor failed ({type(exc).__name__}: {exc})"


def _extracted(
    items: Iterable[_Job | FileOutcome], jobs: int, extractor: Extractor,
) -> Iterator[tuple[_Job | FileOutcome, Extraction | str | None]]:
    """Pair each job with its extraction, in input order; outcomes pass straight through."""
    if jobs <= 1:
        for item in items:
            yield item, (None if isinstance(item, FileOutcome)
                         else _safe_extract(extractor, item.text, item.published))
        return
    window: deque[tuple[_Job | FileOutcome, Future[Extraction | str] | None]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in items:
            future = None if isinstance(item, FileOutcome) else pool.submit(
                _safe_extract, extractor, item.text, item.published)
            window.append((item, future))
            while len(window) > jobs * 8:
                done, fut = window.popleft()
                yield done, fut.result() if fut else None
        while window:
            done, fut = window.popleft()
            yield done, fut.result() if fut else None
