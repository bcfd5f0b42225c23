"""Every table of the claims store, as SQLModel models (one file, SQLModel's layout).

Machine output (``Document``, ``Claim``) and the reviewer's layer (``Review``,
``ReviewEvent``) are kept apart: the extractor's columns of a claim are written
by ingest only; a review holds the reviewer's status and corrections and is
keyed by document and span so that it survives re-extraction. The ``status``
and ``eff_*`` columns of ``Claim`` are a denormalised, indexed copy of
"machine output with the review applied", rewritten in the same transaction as
every review change, so that a million claims can be filtered and sorted by
their effective values in SQL.

Adding a table: append it at the end of this file (new tables are created on
the next open); bump ``SCHEMA_VERSION`` when older code could not cope.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Index, Text
from sqlmodel import Field, SQLModel

#: Version of the database layout; a database with a higher number is refused.
#: 3: the claims' trigram text index (``factcheck.store.text_index``, SQLite only).
#: 4: that index without the figure's text (inside its sentence) nor column sizes.
SCHEMA_VERSION = 4

#: Review statuses, ``unreviewed`` first.
STATUSES = ("unreviewed", "confirmed", "disputed", "rejected")

#: How a document's publication date was found.
PUBLISHED_SOURCES = ("text", "user", "inferred", "unknown")

#: Claim fields a reviewer can correct (keys of ``Review.corrections``).
CORRECTABLE = (
    "value", "value_high", "qualifier", "category", "subject", "location", "attribution",
    "claim_date",
)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (SQLModel stores datetimes as UTC)."""
    return datetime.now(UTC)


class SchemaInfo(SQLModel, table=True):
    """One row: the schema version of this database and who wrote it last."""

    __tablename__ = "factcheck_schema"

    id: int = Field(default=1, primary_key=True)
    version: int
    written_by: str
    updated_at: datetime = Field(default_factory=utcnow)


class Document(SQLModel, table=True):
    """One article as read: provenance, full text and how it was extracted."""

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True)
    content_hash: str = Field(max_length=64, unique=True)
    size_bytes: int
    encoding: str
    text: str = Field(sa_type=Text)
    title: str | None = None
    outlet: str | None = Field(default=None, index=True)
    published: date | None = Field(default=None, index=True)
    published_source: str = "unknown"
    extractor_version: str
    ingested_at: datetime = Field(default_factory=utcnow)
    extracted_at: datetime = Field(default_factory=utcnow)


class Claim(SQLModel, table=True):
    """One figure in one document: machine output plus its effective (reviewed) copy."""

    __table_args__ = (
        Index("ix_claim_document_start", "document_id", "start"),
        Index("ix_claim_status", "status"),
        Index("ix_claim_eff_value", "eff_value"),
        # Not redundant with ix_claim_eff_category_value: pages sorted by category then id
        # come from this one without a sort (tests/test_store_queries.py).
        Index("ix_claim_eff_category", "eff_category"),
        Index("ix_claim_eff_attribution", "eff_attribution"),
        Index("ix_claim_eff_date", "eff_date"),
        Index("ix_claim_eff_subject", "eff_subject"),
        Index("ix_claim_eff_category_value", "eff_category", "eff_value"),
        # A category sorted by subject (benchmarks/bench_tui.py: 0.4 s without it).
        Index("ix_claim_eff_category_subject", "eff_category", "eff_subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id")
    # Machine output, as the extractor gave it.
    start: int
    end: int
    text: str
    value: float
    value_high: float | None = None
    low: float
    high: float | None = None  # None: unbounded
    qualifier: str
    category: str
    subject: str | None = None
    location: str | None = None
    attribution: str | None = None
    claim_date: date | None = None
    sentence: str = Field(default="", sa_type=Text)
    sentence_start: int = 0
    # Effective values: machine output with the review's corrections applied.
    status: str = "unreviewed"
    eff_value: float
    eff_value_high: float | None = None
    eff_low: float
    eff_high: float | None = None
    eff_qualifier: str
    eff_category: str
    eff_subject: str | None = None
    eff_location: str | None = None
    eff_attribution: str | None = None
    eff_date: date | None = None


class Review(SQLModel, table=True):
    """The reviewer's layer over one claim: status, corrections, note.

    ``document_id`` + ``span_start``/``span_end``/``span_text`` identify the
    claim across re-extractions; ``claim_id`` is ``None`` while the review is
    orphaned (its claim no longer appears). Reviews are never deleted.
    """

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", unique=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    span_start: int
    span_end: int
    span_text: str
    status: str = "unreviewed"
    corrections: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    note: str | None = Field(default=None, sa_type=Text)
    reviewer: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    orphaned_at: datetime | None = None


class ReviewEvent(SQLModel, table=True):
    """The audit trail: one row per review change, with the state before and after."""

    __tablename__ = "review_event"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", index=True)
    claim_id: int | None = Field(default=None, index=True)  # the claim at the time
    action: str  # mark | undo | orphaned | reattached
    old: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    new: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    reviewer: str | None = None
    at: datetime = Field(default_factory=utcnow)


# --- figures & discrepancies ---
# The reviewer's layer over computed figures (factcheck.figures): which figure a
# claim belongs to when a reviewer moved it, figure names, discrepancy reviews,
# and the audit trail of those changes. Figures and discrepancies themselves are
# recomputed from the claims; these rows are keyed so that they survive that.


class FigureLabel(SQLModel, table=True):
    """A figure a reviewer named: a renamed automatic figure or a custom one."""

    __tablename__ = "figure_label"

    figure_id: str = Field(primary_key=True, max_length=64)
    label: str
    custom: bool = False
    reviewer: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class FigureOverride(SQLModel, table=True):
    """A claim a reviewer put in another figure.

    Keyed like ``Review``: ``claim_id`` while the claim exists (re-extraction
    keeps the id of a claim it finds again), and ``document_id`` + span to find
    the claim again when its id changed.
    """

    __tablename__ = "figure_override"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int | None = Field(default=None, unique=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    span_start: int
    span_end: int
    span_text: str
    figure_id: str = Field(index=True, max_length=64)
    reviewer: str | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class DiscrepancyReview(SQLModel, table=True):
    """A reviewer's verdict on a discrepancy, by its stable key: open, explained, resolved."""

    __tablename__ = "discrepancy_review"

    key: str = Field(primary_key=True, max_length=64)
    status: str = "open"
    note: str | None = Field(default=None, sa_type=Text)
    kind: str = ""
    figure_id: str = ""
    summary: str = Field(default="", sa_type=Text)
    reviewer: str | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class FigureEvent(SQLModel, table=True):
    """The audit trail of figure and discrepancy reviews: who changed what, before and after."""

    __tablename__ = "figure_event"

    id: int | None = Field(default=None, primary_key=True)
    target: str = Field(index=True)  # claim:ID | figure:ID | discrepancy:KEY
    action: str  # move | rename | resolve | undo
    old: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    new: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    reviewer: str | None = None
    at: datetime = Field(default_factory=utcnow)
