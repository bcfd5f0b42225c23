"""Read claims: filter, sort and page in SQL (Core selects, fit for a million rows).

Rows use plain names for *effective* values (``value``, ``category``,
``attribution``, ``date``...: reviewer corrections applied) and
``original_*`` for the extractor's. Every function takes a session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Row, Select, String, and_, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session

from factcheck.models import Claim, Document, Review
from factcheck.store import text_index

_C = Claim.__table__.c
_D = Document.__table__.c
_R = Review.__table__.c

#: Row field -> SQL column. Plain names are effective values.
FIELDS: dict[str, ColumnElement[Any]] = {
    "id": _C.id,
    "document_id": _C.document_id,
    "text": _C.text,
    "value": _C.eff_value,
    "value_high": _C.eff_value_high,
    "low": _C.eff_low,
    "high": _C.eff_high,
    "qualifier": _C.eff_qualifier,
    "category": _C.eff_category,
    "subject": _C.eff_subject,
    "location": _C.eff_location,
    "attribution": _C.eff_attribution,
    "date": _C.eff_date,
    "status": _C.status,
    "start": _C.start,
    "end": _C.end,
    "sentence": _C.sentence,
    "sentence_start": _C.sentence_start,
    "original_value": _C.value,
    "original_value_high": _C.value_high,
    "original_low": _C.low,
    "original_high": _C.high,
    "original_qualifier": _C.qualifier,
    "original_category": _C.category,
    "original_subject": _C.subject,
    "original_location": _C.location,
    "original_attribution": _C.attribution,
    "original_date": _C.claim_date,
    "path": _D.path,
    "outlet": _D.outlet,
    "title": _D.title,
    "published": _D.published,
    "published_source": _D.published_source,
    "extractor_version": _D.extractor_version,
    "review_id": _R.id,
    "note": _R.note,
    "reviewer": _R.reviewer,
    "reviewed_at": _R.updated_at,
}

#: What ``list_claims`` returns by default: everything but the review trail columns' ids.
ROW_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f != "review_id")

#: Lean rows for whole-table passes (figures, discrepancies): effective values + provenance.
STREAM_FIELDS: tuple[str, ...] = (
    "id", "document_id", "value", "value_high", "low", "high", "qualifier", "category",
    "subject", "location", "attribution", "date", "status", "outlet", "published",
)

#: Most distinct sources for ``source_values_page`` (about 3 microseconds each to find: a
#: store with more pays some 6 ms to learn it).
MOST_SOURCE_VALUES = 2_000
#: Most claims a text filter's other conditions (category, status, dates, document) may
#: find for a page to be read from them rather than from the text index (``sorted_candidates``).
NARROW = 100_000

#: Sort keys -> columns (each ends with the claim id, in the same direction, for stable pages).
SORT_KEYS: dict[str, tuple[ColumnElement[Any], ...]] = {
    "id": (),
    "value": (_C.eff_value,),
    "date": (_C.eff_date,),
    "category": (_C.eff_category,),
    "source": (_C.eff_attribution,),
    "status": (_C.status,),
    "subject": (_C.eff_subject,),
    "qualifier": (_C.eff_qualifier,),
    "document": (_C.document_id, _C.start),
    "position": (_C.document_id, _C.start),
    # Document columns, then the document and the position in it: SQLite walks the
    # document index and each document's claims in order, so no sort is needed.
    "outlet": (_D.outlet, _D.id, _C.start),
    "published": (_D.published, _D.id, _C.start),
    "path": (_D.path, _D.id, _C.start),
}


@dataclass(frozen=True, slots=True)
class ClaimFilters:
    """Which claims to show; ``None`` means no condition.

    ``category``/``status`` take one value or several; ``source`` matches the
    effective attribution or the outlet, ``search`` the figure, sentence and
    subject (case-insensitive substrings, found through ``text_index`` where
    SQLite has it, with the results of ``LIKE``); ``document`` is an id or a path
    (whole, or its ending); ``since``/``until`` bound the claim's date.
    """

    category: str | Sequence[str] | None = None
    source: str | None = None
    document: int | str | None = None
    status: str | Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    claim_ids: Sequence[int] | None = None

    def conditions(self, use_index: Callable[[ColumnElement[bool]], bool] | None = None,
                   ) -> list[ColumnElement[bool]]:
        """The WHERE conditions, as SQLAlchemy expressions.

        Text conditions go through ``text_index`` (where it exists), unless
        ``use_index`` says no to one (then it is a plain ``LIKE``).
        """
        out: list[ColumnElement[bool]] = []

        def text(condition: Any) -> ColumnElement[bool]:
            if use_index is None or use_index(condition):
                return condition
            return condition.like

        if self.category:
            out.append(_one_or_many(_C.eff_category, self.category))
        if self.status:
            out.append(_one_or_many(_C.status, self.status))
        if self.source:
            # documents are few: their ids first, then their claims by document
            outlet = _C.document_id.in_(select(_D.id).where(contains_text(_D.outlet, self.source)))
            out.append(text(text_index.contains(
                (_C.eff_attribution,), self.source,
                or_(contains_text(_C.eff_attribution, self.source), outlet),
                also=select(_C.id).where(outlet))))
        if self.document is not None and self.document != "":
            out.append(_document_condition(self.document))
        if self.since:
            out.append(_C.eff_date >= self.since)
        if self.until:
            out.append(_C.eff_date <= self.until)
        if self.search:
            searched = (_C.text, _C.sentence, _C.eff_subject)
            out.append(text(text_index.contains(searched, self.search, or_(
                *(contains_text(col, self.search) for col in searched)))))
        if self.claim_ids is not None:
            out.append(_C.id.in_(list(self.claim_ids)))
        return out

    def needs_document(self) -> bool:
        """Whether the conditions read the document table (the source filter finds its
        documents in a subquery)."""
        return isinstance(self.document, str) and not _is_id(self.document)


NO_FILTERS = ClaimFilters()


def select_claims(
    filters: ClaimFilters | None = None,
    fields: Sequence[str] = ROW_FIELDS,
    order_by: str = "id",
    descending: bool = False,
    use_index: Callable[[ColumnElement[bool]], bool] | None = None,
    sort_index: bool = True,
) -> Select[Any]:
    """The Core select behind every listing: joins only what the fields and filters need
    (``use_index``: see ``ClaimFilters.conditions``). ``sort_index=False`` writes the
    ORDER BY so that no index can answer it: SQLite then sorts the rows its filters
    find instead of walking the sort column's index (same rows, same order)."""
    filters = filters or NO_FILTERS
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise ValueError(f"unknown claim field(s): {', '.join(unknown)}")
    if order_by not in SORT_KEYS:
        raise ValueError(f"cannot sort by {order_by!r}; choose from {', '.join(SORT_KEYS)}")
    keys = (*SORT_KEYS[order_by], _C.id)
    tables = {col.table.name for col in (*(FIELDS[f] for f in fields), *keys)}
    stmt = select(*(FIELDS[f].label(f) for f in fields)).select_from(_from(
        document="document" in tables or filters.needs_document(), review="review" in tables))
    conditions = filters.conditions(use_index)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    if not sort_index:
        keys = tuple(_Unindexed(k) for k in keys)
    return stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))


def list_claims(
    session: Session,
    filters: ClaimFilters | None = None,
    order_by: str = "id",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    fields: Sequence[str] = ROW_FIELDS,
) -> list[dict[str, Any]]:
    """One page of claims as dicts, filtered, sorted and paged in SQL."""
    stmt = select_claims(filters, fields, order_by, descending, _page_index(session, limit))
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return [dict(row._mapping) for row in session.exec(stmt)]


def asks_text_index(session: Session, filters: ClaimFilters) -> bool:
    """Whether a listing of ``filters`` asks the text index for candidates (a ``search``
    or ``source`` of three characters or more, on SQLite with the index)."""
    return session.get_bind().dialect.name == "sqlite" and any(
        text_index.asks_index(c) for c in filters.conditions())


def sorted_candidates(
    session: Session,
    filters: ClaimFilters,
    order_by: str,
    descending: bool,
    limit: int,
    offset: int = 0,
) -> list[int] | None:
    """The claim ids of one page of a listing with a text filter, found by reading and
    sorting every claim the text index finds for it (re-checked with ``LIKE``: the rows
    and order of ``list_claims``; a source filter sorted by source is read from its
    distinct sources instead, see ``source_values_page``); ``None`` unless
    ``asks_text_index``.

    ``walked_page`` finds a page at once when matches are dense along the sort
    column's index and takes seconds when they lie far along it (a text's matches
    all at the small end of a sort by value); this costs about 1.5 microseconds per
    candidate whatever the order (0.15 s for 100,000). When the filter's other
    conditions find fewer claims (a week, a category: ``narrower_elsewhere``),
    those are read through their own index and tested with ``LIKE`` instead.
    """
    if not asks_text_index(session, filters):
        return None
    found = source_values_page(session, filters, order_by, descending, limit, offset)
    if found is not None:
        return found
    like_only = narrower_elsewhere(session, filters)
    return _page_ids(session, select_claims(
        filters, ("id",), order_by, descending,
        use_index=(lambda _c: False) if like_only else None, sort_index=False), limit, offset)


def narrower_elsewhere(session: Session, filters: ClaimFilters, most: int | None = None) -> bool:
    """Whether one of the conditions of ``filters`` other than text (the document, dates,
    category, status) finds at most ``most`` claims, counted through its index (a few
    milliseconds): reading those and testing the text costs at most about 0.1 s, which
    reading the text index's candidates can exceed (a week of claims and a word found
    in a tenth of a million claims: 0.05 s against 0.15 s). ``most``: ``NARROW``."""
    most = NARROW if most is None else most
    parts = (ClaimFilters(document=filters.document),
             ClaimFilters(since=filters.since, until=filters.until),
             ClaimFilters(category=filters.category), ClaimFilters(status=filters.status))
    return any(count_claims(session, part, at_most=most) <= most
               for part in parts if part != NO_FILTERS)


def walked_page(
    session: Session,
    filters: ClaimFilters,
    order_by: str,
    descending: bool,
    limit: int,
    offset: int = 0,
) -> list[int]:
    """The claim ids of one page of a listing, found by walking the sort column's index
    and testing claims with ``LIKE`` (the text index unused) until the page is full:
    the rows and order of ``list_claims``, quick or slow as the matches lie (a source
    filter sorted by source: see ``source_values_page``)."""
    found = source_values_page(session, filters, order_by, descending, limit, offset)
    if found is not None:
        return found
    return _page_ids(session, select_claims(filters, ("id",), order_by, descending,
                                            use_index=lambda _c: False), limit, offset)


def source_values_page(
    session: Session,
    filters: ClaimFilters,
    order_by: str,
    descending: bool,
    limit: int,
    offset: int = 0,
    most_values: int = MOST_SOURCE_VALUES,
) -> list[int] | None:
    """The claim ids of one page of a source filter sorted by source, found from the
    distinct sources that contain its text; ``None`` when that does not apply: another
    sort, an outlet that contains the text (its claims match whatever their source),
    or more than ``most_values`` distinct sources.

    Walking the source index tests every claim of a non-matching source before the
    first match (a million on a large store when the matches sort last); reading the
    text index's candidates costs a row each. Sources are few by comparison: each
    distinct one is found by one step along the index (a recursive query), tested
    once, and the page is read from the index entries of the matching ones, in order.
    Same rows and order as ``list_claims``.
    """
    if not pages_by_source_values(filters, order_by):
        return None
    outlets = select(_D.id).where(contains_text(_D.outlet, filters.source)).limit(1)
    if session.execute(outlets).first() is not None:
        return None
    values = _distinct_values(_C.eff_attribution)
    found = select(values.c.value).where(values.c.value.is_not(None))
    counted = select(func.count()).select_from(found.limit(most_values + 1).subquery())
    if session.execute(counted).scalar_one() > most_values:
        return None
    matching = select(values.c.value).where(contains_text(values.c.value, filters.source))
    rest = replace(filters, source=None)
    stmt = select_claims(rest, ("id",), order_by, descending).where(
        _C.eff_attribution.in_(matching))
    return _page_ids(session, stmt, limit, offset)


def pages_by_source_values(filters: ClaimFilters, order_by: str) -> bool:
    """Whether ``source_values_page`` may answer: a source filter sorted by source."""
    return bool(filters.source) and order_by == "source"


def _distinct_values(column: ColumnElement[Any]) -> Any:
    """A recursive query of the distinct values of an indexed claim ``column`` in order,
    each found from the one before by a single step along the index (then one NULL)."""
    first = select(func.min(column).label("value")).cte("distinct_values", recursive=True)
    following = select(func.min(column)).where(column > first.c.value).scalar_subquery()
    return first.union_all(select(following).where(first.c.value.is_not(None)))


def _page_ids(session: Session, stmt: Select[Any], limit: int, offset: int) -> list[int]:
    return [row[0] for row in session.execute(stmt.limit(limit).offset(offset))]


def count_claims(session: Session, filters: ClaimFilters | None = None,
                 at_most: int | None = None) -> int:
    """How many claims match ``filters``; with ``at_most``, counted only up to
    ``at_most + 1`` (enough to tell there are more, and quick through an index)."""
    filters = filters or NO_FILTERS
    conditions = filters.conditions()
    source = _from(document=filters.needs_document())
    if at_most is None:
        stmt = select(func.count()).select_from(source)
        return int(session.execute(stmt.where(*conditions)).scalar_one())
    found = select(_C.id).select_from(source).where(*conditions).limit(at_most + 1)
    return int(session.execute(select(func.count()).select_from(found.subquery())).scalar_one())


def stream_claims(
    session: Session,
    filters: ClaimFilters | None = None,
    fields: Sequence[str] = STREAM_FIELDS,
    order_by: str = "id",
    descending: bool = False,
    batch_size: int = 10_000,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Row[Any]]:
    """Every matching claim as a lightweight ``Row`` (``row.value``, ``row.outlet``...).

    Fetched in batches, so a million claims never sit in memory at once.
    """
    stmt = select_claims(filters, fields, order_by, descending, _page_index(session, limit))
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    result = session.exec(stmt, execution_options={"yield_per": batch_size})
    yield from result


def get_claim(session: Session, claim_id: int) -> dict[str, Any] | None:
    """One claim's full row, or ``None``."""
    rows = list_claims(session, ClaimFilters(claim_ids=[claim_id]))
    return rows[0] if rows else None


def get_document(session: Session, document_id: int) -> Document | None:
    """One document (with its full text), or ``None``."""
    return session.get(Document, document_id)


def distinct_values(session: Session, field: str, limit: int = 500) -> list[Any]:
    """The distinct values of one field (for filter pick-lists), most frequent first."""
    column = FIELDS[field]
    stmt = select(column).select_from(_from(document=column.table.name == "document"))
    stmt = stmt.where(column.is_not(None)).group_by(column)
    stmt = stmt.order_by(func.count().desc(), column).limit(limit)
    return list(session.exec(stmt).scalars())


def contains_text(column: ColumnElement[Any], text: str) -> ColumnElement[bool]:
    """Case-insensitive "column contains text" (``%`` and ``_`` taken literally).

    ``ILIKE`` where the database has it; on SQLite plain ``LIKE``, which already
    ignores ASCII case and is twice as fast as ``lower(x) LIKE lower(y)``.
    """
    return _ContainsText(column, text)


class _ContainsText(ColumnElement[bool]):

    type = Boolean()
    inherit_cache = False

    def __init__(self, column: ColumnElement[Any], text: str) -> None:
        self.column = column
        escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
        self.pattern = literal(f"%{escaped}%", String())

    def self_group(self, against: Any = None) -> ColumnElement[Any]:
        return self  # compiled in parentheses, not as "(...) = 1"


@compiles(_ContainsText)
def _contains_default(element: _ContainsText, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.column.ilike(element.pattern, escape='/'), **kw)})"


@compiles(_ContainsText, "sqlite")
def _contains_sqlite(element: _ContainsText, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.column.like(element.pattern, escape='/'), **kw)})"


class _Unindexed(ColumnElement[Any]):
    """A sort column no index may answer: ``+column`` on SQLite (same value, type and
    collation), the column elsewhere."""

    inherit_cache = False

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _unindexed_default(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(_Unindexed, "sqlite")
def _unindexed_sqlite(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.column, **kw)}"


def _page_index(session: Session, limit: int | None,
                ) -> Callable[[ColumnElement[bool]], bool] | None:
    """For a page (``limit``): use the text index only when it finds few candidates.

    Reading every candidate is quick when they are few; when they are many, a
    page sorted by an indexed column is found sooner by walking that index and
    testing claims with ``LIKE`` until the page is full. Whole listings and
    counts always use the index.
    """
    if limit is None:
        return None
    return lambda condition: text_index.few_candidates(session.connection(), condition)


def _from(*, document: bool = False, review: bool = False):
    source = Claim.__table__
    if document:
        source = source.join(Document.__table__, _C.document_id == _D.id)
    if review:
        source = source.outerjoin(Review.__table__, _R.claim_id == _C.id)
    return source


def _one_or_many(column: ColumnElement[Any], value: str | Sequence[str]) -> ColumnElement[bool]:
    if isinstance(value, str):
        return column == value
    return column.in_(list(value))


def _is_id(value: int | str) -> bool:
    return isinstance(value, int) or value.strip().isdigit()


def _document_condition(value: int | str) -> ColumnElement[bool]:
    if _is_id(value):
        return _C.document_id == int(value)
    text = str(value)
    return or_(_D.path == text, _D.path.endswith("/" + text.lstrip("/"), autoescape=True))
