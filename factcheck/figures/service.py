"""Figures and discrepancies over the claims store: the functions the CLI and the TUI call.

Claims are read with one Core select (effective values: reviewer corrections
applied; rejected claims left out), reviewer overrides and figure names are
applied, and :func:`factcheck.figures.analyse` does the rest. Reviewer changes
(moving a claim, naming a figure, resolving a discrepancy) are written with an
audit event in the caller's transaction: use ``factcheck.db.write_session``
and commit. Every function takes a session.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy import String, and_, case, func, literal, select, type_coerce
from sqlmodel import Session

from factcheck.figures.analysis import Analysis, analyse, paused_gc
from factcheck.figures.events import change_direction, detect_event
from factcheck.figures.types import DEFAULT_SETTINGS, Discrepancy, Figure, FigureClaim, Settings
from factcheck.models import (
    Claim,
    DiscrepancyReview,
    Document,
    FigureEvent,
    FigureLabel,
    FigureOverride,
    utcnow,
)
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.store.reconcile import Span, match_spans
from factcheck.store.review import default_reviewer

#: Discrepancy review statuses, ``open`` first.
DISCREPANCY_STATUSES = ("open", "explained", "resolved")
#: Categories whose figures can be the toll of a one-off event ("killed in the October 7
#: attack" is not the running toll of the war). Hostages or missing people "taken on
#: October 7" are the same people later counted as held, so they have no event.
EVENT_CATEGORIES = frozenset({"killed", "injured"})
#: Categories whose sentences are read for a reported change ("revised down to 1,200 from
#: 1,400"): the cumulative ones, where that tells a revision from a conflict.
CHANGE_CATEGORIES = DEFAULT_SETTINGS.cumulative_categories

_C = Claim.__table__.c
_D = Document.__table__.c


class FigureError(ValueError):
    """A figure action that cannot be done; ``str()`` is one line."""


# --- reading ------------------------------------------------------------------------------


def load_claims(
    session: Session, filters: ClaimFilters | None = None, *, with_events: bool = True,
) -> list[FigureClaim]:
    """Every (non-rejected) claim as a light ``FigureClaim``, effective values applied.

    One Core select, rows unpacked as tuples, dates parsed once per distinct
    value. The source is the attribution, else the outlet, else the document.
    The event and the reported change (see :mod:`factcheck.figures.events`)
    are read from the sentences of casualty claims; ``with_events=False``
    skips both.
    """
    filters = filters or ClaimFilters()
    conditions = [_C.status != "rejected", *filters.conditions()]
    sentence = literal(None) if not with_events else case(
        (_C.eff_category.in_(sorted(EVENT_CATEGORIES | CHANGE_CATEGORIES)), _C.sentence),
        else_=None)
    source = Claim.__table__
    if filters.needs_document():
        source = source.join(Document.__table__, _C.document_id == _D.id)
    stmt = (
        select(_C.id, _C.document_id, _C.eff_value, _C.eff_low, _C.eff_high, _C.eff_qualifier,
               _C.eff_category, _C.eff_subject, _C.eff_location, _C.eff_attribution,
               type_coerce(_C.eff_date, String), _C.start - _C.sentence_start,
               _C.end - _C.sentence_start, sentence)
        .select_from(source)
        .where(and_(*conditions))
        .order_by(_C.id)
    )
    days: dict[str | None, date | None] = {None: None}
    documents = {
        doc: (outlet or PurePath(path or f"document {doc}").name, _day(days, published))
        for doc, outlet, path, published in session.connection().execute(
            select(_D.id, _D.outlet, _D.path, type_coerce(_D.published, String)))
    }
    out: list[FigureClaim] = []
    append = out.append
    new = tuple.__new__  # FigureClaim(...) without the Python-level __new__ of NamedTuple
    with paused_gc():
        for (cid, doc, value, low, high, qualifier, category, subject, location, attribution,
             day, offset, end, text) in raw_rows(session, stmt):
            when = days.get(day, _MISSING)
            if when is _MISSING:
                when = _day(days, day)
            outlet, published = documents.get(doc, (None, None))
            event, change = None, 0
            if text is not None:
                if category in EVENT_CATEGORIES:
                    event = detect_event(text, offset, end)
                if category in CHANGE_CATEGORIES:
                    change = change_direction(text)
            append(new(FigureClaim, (
                cid, category, subject, location, value, low, high, qualifier, when,
                attribution or outlet or f"document {doc}", doc, published, "", event, change,
            )))
    return out


def raw_rows(session: Session, stmt: Any, batch: int = 50_000) -> Iterator[tuple]:
    """Rows of a Core select straight from the DBAPI cursor (no per-row result objects).

    The statement is compiled for the session's dialect (so any database
    works); only columns without result processing should be selected (dates
    as text: see ``type_coerce`` above).
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = [params[k] for k in compiled.positiontup] if compiled.positional else params
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                break
            yield from rows
    finally:
        cursor.close()


_MISSING: Any = object()
def _day(cache: dict[Any, date | None], text: Any) -> date | None:
    """A stored date (ISO text, possibly with a time part) as a ``date``, parsed once."""
    if text in cache:
        return cache[text]
    value = text if isinstance(text, date) else date.fromisoformat(str(text)[:10])
    cache[text] = value
    return value


def load_overrides(session: Session) -> dict[str, str]:
    """Reviewer overrides as ``{claim key: figure id}``, each found again after re-extraction.

    An override whose claim id no longer holds its span (re-extraction removed
    or renumbered the claim) is matched to the claim of the same document whose
    span overlaps it most; one whose claim is gone is left out.
    """
    rows = list(session.exec(select(FigureOverride)).scalars())
    if not rows:
        return {}
    ids = [r.claim_id for r in rows if r.claim_id is not None]
    spans: dict[int, tuple[int, int, int, str]] = {}
    for chunk in _chunks(ids, 500):
        stmt = select(_C.id, _C.document_id, _C.start, _C.end, _C.text).where(_C.id.in_(chunk))
        for cid, doc, start, end, text in session.execute(stmt):
            spans[cid] = (doc, start, end, text)
    out: dict[str, str] = {}
    lost: dict[int, list[FigureOverride]] = {}
    for r in rows:
        here = spans.get(r.claim_id) if r.claim_id is not None else None
        if here and here[0] == r.document_id and _overlaps(here[1:3], (r.span_start, r.span_end)):
            out[str(r.claim_id)] = r.figure_id
        else:
            lost.setdefault(r.document_id, []).append(r)
    for document_id, waiting in lost.items():
        stmt = (select(_C.id, _C.start, _C.end, _C.text).where(_C.document_id == document_id)
                .order_by(_C.start))
        claims = list(session.execute(stmt))
        pairs, _gone, _new = match_spans(
            [Span(r.span_start, r.span_end, r.span_text) for r in waiting],
            [Span(c.start, c.end, c.text) for c in claims])
        for i, j in pairs.items():
            out.setdefault(str(claims[j].id), waiting[i].figure_id)
    return out


def load_labels(session: Session) -> dict[str, str]:
    """Reviewer figure names as ``{figure id: label}``."""
    return {r.figure_id: r.label for r in session.exec(select(FigureLabel)).scalars()}


def analyse_store(
    session: Session,
    settings: Settings = DEFAULT_SETTINGS,
    filters: ClaimFilters | None = None,
) -> Analysis:
    """Figures and discrepancies of the stored claims, reviewer overrides and names applied."""
    with paused_gc():  # one garbage-collector pass at the end, not one per step
        claims = load_claims(session, filters)
        return analyse(claims, load_overrides(session), load_labels(session), settings)


def store_fingerprint(session: Session) -> tuple[Any, ...]:
    """A cheap summary that changes whenever figures could: claims, reviews, figure reviews.

    Count and highest id of claims, latest (re-)extraction, latest claim review
    and latest figure change (move, rename). Discrepancy verdicts are not in it:
    they do not change figures, and the listing functions read them fresh.
    """
    from factcheck.models import Review

    conn = session.connection()
    claims = conn.execute(select(func.count(), func.max(_C.id)).select_from(Claim.__table__))
    count, top = claims.one()
    extracted = conn.execute(select(func.max(_D.extracted_at))).scalar()
    reviewed = conn.execute(select(func.max(Review.__table__.c.updated_at))).scalar()
    moved = conn.execute(select(func.max(FigureEvent.__table__.c.id)).where(
        FigureEvent.__table__.c.target.not_like("discrepancy:%"))).scalar()
    return (count, top, str(extracted), str(reviewed), moved)


@dataclass(frozen=True, slots=True)
class KnownFigures:
    """What a reviewer's action checks ids against, in place of a whole ``Analysis``.

    The review screen keeps its analysis in another process; it passes the
    figure ids and discrepancies it is acting on (found there a moment ago).
    """

    figures: Collection[str] = ()
    discrepancies: Sequence[Discrepancy] = ()


#: What the functions below accept as ``analysis``: the analysis, or what is known of it.
AnalysisLike = Analysis | KnownFigures


class AnalysisCache:
    """The last analysis of a store, recomputed only when its fingerprint changed.

    For long-lived callers (the TUI): ``cache.get(session)`` is instant while
    nothing changed, so a screen can list figures and discrepancies again after
    a verdict without regrouping a million claims. Not shared between threads
    without a lock; build it in a worker if the store is large.
    """

    def __init__(self, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        self.fingerprint: tuple[Any, ...] | None = None
        self.analysis: Analysis | None = None

    def get(self, session: Session) -> Analysis:
        """The analysis of the store as it is now."""
        current = store_fingerprint(session)
        if self.analysis is None or current != self.fingerprint:
            self.analysis = analyse_store(session, self.settings)
            self.fingerprint = current
        return self.analysis

    def invalidate(self) -> None:
        """Forget the cached analysis (the next ``get`` recomputes)."""
        self.analysis = None
        self.fingerprint = None


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One line of the figures list."""

    id: str
    label: str
    category: str
    claims: int
    sources: int
    range_low: float | None
    range_high: float | None  # None: unbounded (when range_low is set)
    conservative: float | None  # the most conservative latest figure, as stated
    conservative_qualifier: str | None
    conservative_source: str | None
    conservative_claim: int | None
    first_date: date | None
    last_date: date | None
    discrepancies: int
    open_discrepancies: int
    custom: bool

    def as_dict(self) -> dict[str, Any]:
        """The row as a mapping (for the CSV writer and JSON Lines)."""
        return {name: getattr(self, name) for name in FIGURE_COLUMNS}


FIGURE_COLUMNS = (
    "id", "label", "category", "claims", "sources", "range_low", "range_high", "conservative",
    "conservative_qualifier", "conservative_source", "conservative_claim", "first_date",
    "last_date", "discrepancies", "open_discrepancies", "custom",
)


@dataclass(frozen=True, slots=True)
class DiscrepancyRow:
    """One discrepancy with its review state."""

    id: str
    kind: str
    status: str
    figure: str
    figure_label: str
    claim_ids: tuple[int, ...]
    sources: tuple[str, ...]
    first_date: date | None
    last_date: date | None
    gap: float
    ratio: float
    summary: str
    note: str | None
    reviewer: str | None
    reviewed_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        """The row as a mapping (lists for ``claim_ids`` and ``sources``)."""
        out = {name: getattr(self, name) for name in DISCREPANCY_COLUMNS}
        out["claim_ids"] = list(self.claim_ids)
        out["sources"] = list(self.sources)
        return out


DISCREPANCY_COLUMNS = (
    "id", "kind", "status", "figure", "figure_label", "claim_ids", "sources", "first_date",
    "last_date", "gap", "ratio", "summary", "note", "reviewer", "reviewed_at",
)


def discrepancy_reviews(session: Session) -> dict[str, DiscrepancyReview]:
    """Every discrepancy review, by key."""
    return {r.key: r for r in session.exec(select(DiscrepancyReview)).scalars()}


def list_figures(
    session: Session,
    category: str | Sequence[str] | None = None,
    *,
    analysis: Analysis | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[FigureRow]:
    """Every figure (optionally of some categories), largest first, with its summary.

    Pass ``analysis`` (from :func:`analyse_store`) to reuse one computed earlier.
    """
    analysis = analysis or analyse_store(session, settings)
    wanted = {category} if isinstance(category, str) else set(category or ())
    rows = [row for row in figure_rows(analysis, discrepancy_reviews(session))
            if not wanted or row.category in wanted]
    rows.sort(key=lambda r: (-r.claims, r.category, r.label, r.id))
    return rows


def figure_rows(analysis: Analysis, reviews: Mapping[str, DiscrepancyReview]) -> list[FigureRow]:
    """A row for every figure of ``analysis``, its discrepancies counted with ``reviews``
    (from :func:`discrepancy_reviews`), in the analysis's order."""
    total: dict[str, int] = {}
    still_open: dict[str, int] = {}
    for d in analysis.discrepancies:
        total[d.figure_id] = total.get(d.figure_id, 0) + 1
        review = reviews.get(d.key)
        if review is None or review.status == "open":
            still_open[d.figure_id] = still_open.get(d.figure_id, 0) + 1
    return [figure_row(f, total.get(f.id, 0), still_open.get(f.id, 0))
            for f in analysis.figures.values()]


def figure_row(f: Figure, count: int, still_open: int) -> FigureRow:
    """The list row of a figure with ``count`` discrepancies, ``still_open`` of them open."""
    c = f.conservative
    return FigureRow(
        id=f.id, label=f.label, category=f.category, claims=len(f.claims),
        sources=f.source_count, range_low=f.range_low, range_high=f.range_high,
        conservative=c.value if c else None, conservative_qualifier=c.qualifier if c else None,
        conservative_source=c.source if c else None, conservative_claim=c.id if c else None,
        first_date=f.first_date, last_date=f.last_date, discrepancies=count,
        open_discrepancies=still_open, custom=f.custom,
    )


def list_discrepancies(
    session: Session,
    kind: str | Sequence[str] | None = None,
    status: str | Sequence[str] | None = None,
    figure_id: str | None = None,
    *,
    analysis: Analysis | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[DiscrepancyRow]:
    """Current discrepancies with their review status, in figure then date order."""
    analysis = analysis or analyse_store(session, settings)
    reviews = discrepancy_reviews(session)
    kinds = {kind} if isinstance(kind, str) else set(kind or ())
    statuses = {status} if isinstance(status, str) else set(status or ())
    rows = []
    for d in analysis.discrepancies:
        if kinds and d.kind not in kinds:
            continue
        if figure_id and d.figure_id != figure_id:
            continue
        review = reviews.get(d.key)
        state = review.status if review else "open"
        if statuses and state not in statuses:
            continue
        rows.append(discrepancy_row(d, analysis.figures[d.figure_id], review))
    return rows


def discrepancy_row(d: Discrepancy, fig: Figure, review: DiscrepancyReview | None,
                    ) -> DiscrepancyRow:
    """The list row of a discrepancy of figure ``fig`` with its review (None: open)."""
    return DiscrepancyRow(
        id=d.key, kind=d.kind, status=review.status if review else "open", figure=d.figure_id,
        figure_label=fig.label, claim_ids=d.claim_ids, sources=d.sources,
        first_date=d.first_date, last_date=d.last_date, gap=d.gap, ratio=d.ratio,
        summary=d.summary, note=review.note if review else None,
        reviewer=review.reviewer if review else None,
        reviewed_at=review.updated_at if review else None,
    )


@dataclass(slots=True)
class FigureDetail:
    """One figure for the compare screen: its summary, claims, timelines and discrepancies.

    ``claims`` are full claim rows (``factcheck.store.queries`` fields: effective
    and original values, sentence, outlet, status...) in date order;
    ``timelines`` maps each source to its claim ids in date order;
    ``conflicting`` holds the ids of claims named by an open discrepancy.
    """

    figure: FigureRow
    claims: list[dict[str, Any]]
    timelines: dict[str, list[int]]
    latest: dict[str, int]
    discrepancies: list[DiscrepancyRow]
    conflicting: set[int]


def figure_detail(
    session: Session,
    figure_id: str,
    *,
    analysis: Analysis | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> FigureDetail:
    """Everything about one figure (id or unique id prefix). Raises ``FigureError``."""
    analysis = analysis or analyse_store(session, settings)
    fid = resolve_figure_id(analysis, figure_id)
    fig = analysis.figures[fid]
    discrepancies = list_discrepancies(session, figure_id=fid, analysis=analysis)
    rows = {row["id"]: row for row in _claim_rows(session, [c.id for c in fig.claims])}
    dated = sorted(fig.claims, key=lambda c: (c.when or date.max, c.id))
    claims = [rows[c.id] for c in dated if c.id in rows]
    still_open = [d for d in discrepancies if d.status == "open"]
    return FigureDetail(
        figure=figure_row(fig, len(discrepancies), len(still_open)),
        claims=claims,
        timelines={s: [c.id for c in line] for s, line in fig.timelines.items()},
        latest={s: c.id for s, c in fig.latest.items()},
        discrepancies=discrepancies,
        conflicting={cid for d in still_open for cid in d.claim_ids},
    )


def _claim_rows(session: Session, ids: list[int]) -> Iterable[dict[str, Any]]:
    for chunk in _chunks(ids, 500):
        yield from list_claims(session, ClaimFilters(claim_ids=chunk))


def resolve_figure_id(analysis: AnalysisLike, figure_id: str) -> str:
    """A figure id from an id or a unique prefix (at least 4 characters)."""
    wanted = figure_id.strip()
    if wanted in analysis.figures:
        return wanted
    matches = [f for f in analysis.figures if len(wanted) >= 4 and f.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise FigureError(f"figure {figure_id}: ambiguous id ({len(matches)} figures match)")
    raise FigureError(f"figure {figure_id}: no such figure")


def resolve_discrepancy_id(session: Session, analysis: AnalysisLike, key: str,
                           ) -> Discrepancy | None:
    """The current discrepancy with this id (or unique prefix); None if only a review has it."""
    wanted = key.strip()
    matches = [d for d in analysis.discrepancies if d.key == wanted]
    if not matches and len(wanted) >= 4:
        matches = [d for d in analysis.discrepancies if d.key.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise FigureError(f"discrepancy {key}: ambiguous id ({len(matches)} match)")
    if session.get(DiscrepancyReview, wanted) is not None:
        return None
    raise FigureError(f"discrepancy {key}: no such discrepancy")


# --- reviewer actions ----------------------------------------------------------------------


def move_claim(
    session: Session,
    claim_id: int,
    figure_id: str | None = None,
    new_label: str | None = None,
    *,
    reviewer: str | None = None,
    analysis: AnalysisLike | None = None,
) -> str:
    """Put a claim in another figure (``figure_id``) or a new one (``new_label``).

    Returns the figure id. The choice is stored against the claim's span, so
    it survives recomputation and re-extraction, and is written to the audit
    trail. Raises ``FigureError``.
    """
    if (figure_id is None) == (new_label is None):
        raise FigureError("give either a figure id or a new figure label")
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise FigureError(f"claim {claim_id}: no such claim")
    reviewer = reviewer or default_reviewer()
    if new_label is not None:
        label = " ".join(new_label.split())
        if not label:
            raise FigureError("a new figure needs a label")
        target = _new_custom_id(session)
        session.add(FigureLabel(figure_id=target, label=label, custom=True, reviewer=reviewer))
        session.add(FigureEvent(target=f"figure:{target}", action="create", old=None,
                                new={"label": label, "custom": True}, reviewer=reviewer))
    else:
        assert figure_id is not None
        target = _existing_figure(session, figure_id, analysis)
    override = session.exec(
        select(FigureOverride).where(FigureOverride.claim_id == claim_id)).scalars().first()
    old = {"figure": override.figure_id} if override else {"figure": None}
    if override is None:
        override = FigureOverride(claim_id=claim_id, document_id=claim.document_id,
                                  span_start=claim.start, span_end=claim.end,
                                  span_text=claim.text, figure_id=target)
    else:
        override.figure_id = target
        override.span_start, override.span_end, override.span_text = (
            claim.start, claim.end, claim.text)
    override.reviewer = reviewer
    override.updated_at = utcnow()
    session.add(override)
    session.add(FigureEvent(target=f"claim:{claim_id}", action="move", old=old,
                            new={"figure": target}, reviewer=reviewer))
    session.flush()
    return target


def rename_figure(
    session: Session, figure_id: str, label: str, *, reviewer: str | None = None,
    analysis: AnalysisLike | None = None,
) -> str:
    """Give a figure a reviewer's label (kept across recomputation). Returns the figure id."""
    text = " ".join(label.split())
    if not text:
        raise FigureError("a figure label cannot be empty")
    target = _existing_figure(session, figure_id, analysis)
    reviewer = reviewer or default_reviewer()
    row = session.get(FigureLabel, target)
    old = {"label": row.label} if row else {"label": None}
    if row is None:
        row = FigureLabel(figure_id=target, label=text, custom=False, reviewer=reviewer)
    else:
        row.label, row.reviewer, row.updated_at = text, reviewer, utcnow()
    session.add(row)
    session.add(FigureEvent(target=f"figure:{target}", action="rename", old=old,
                            new={"label": text}, reviewer=reviewer))
    session.flush()
    return target


def resolve_discrepancy(
    session: Session,
    key: str,
    status: str,
    note: str | None = None,
    reviewer: str | None = None,
    *,
    analysis: AnalysisLike | None = None,
) -> DiscrepancyReview:
    """Mark a discrepancy open, explained or resolved, with a note (audit trail kept).

    ``key`` is a discrepancy id (or unique prefix) of the current analysis, or
    the key of an existing review. Raises ``FigureError``.
    """
    if status not in DISCREPANCY_STATUSES:
        raise FigureError(f"discrepancy {key}: unknown status {status!r} "
                          f"(choose from {', '.join(DISCREPANCY_STATUSES)})")
    analysis = analysis or analyse_store(session)
    current = resolve_discrepancy_id(session, analysis, key)
    real_key = current.key if current else key.strip()
    reviewer = reviewer or default_reviewer()
    row = session.get(DiscrepancyReview, real_key)
    old = _review_state(row)
    if row is None:
        row = DiscrepancyReview(key=real_key)
    row.status = status
    if note is not None:
        row.note = " ".join(note.split()) or None
    if current is not None:
        row.kind, row.figure_id, row.summary = current.kind, current.figure_id, current.summary
    row.reviewer = reviewer
    row.updated_at = utcnow()
    session.add(row)
    session.add(FigureEvent(target=f"discrepancy:{real_key}", action="resolve", old=old,
                            new=_review_state(row), reviewer=reviewer))
    session.flush()
    return row


def figure_events(session: Session, target: str | None = None) -> list[FigureEvent]:
    """The audit trail (``claim:ID``, ``figure:ID`` or ``discrepancy:KEY``; all when None)."""
    stmt = select(FigureEvent)
    if target is not None:
        stmt = stmt.where(FigureEvent.target == target)
    return list(session.exec(stmt.order_by(FigureEvent.at, FigureEvent.id)).scalars())


def undo_figure_event(session: Session, event_id: int, reviewer: str | None = None) -> FigureEvent:
    """Undo one move, rename or resolve (refused if the target changed since)."""
    event = session.get(FigureEvent, event_id)
    if event is None:
        raise FigureError(f"figure change {event_id}: no such change")
    _kind, _, ident = event.target.partition(":")
    reviewer = reviewer or default_reviewer()
    if event.action == "move":
        override = session.exec(select(FigureOverride).where(
            FigureOverride.claim_id == int(ident))).scalars().first()
        if override is None or override.figure_id != event.new["figure"]:
            raise FigureError(f"figure change {event_id}: the claim moved since; undo that first")
        if event.old["figure"] is None:
            session.delete(override)
        else:
            override.figure_id = event.old["figure"]
            session.add(override)
        current, restored = event.new, event.old
    elif event.action == "rename":
        row = session.get(FigureLabel, ident)
        if row is None or row.label != event.new["label"]:
            raise FigureError(f"figure change {event_id}: renamed since; undo that first")
        if event.old["label"] is None:
            session.delete(row)
        else:
            row.label = event.old["label"]
            session.add(row)
        current, restored = event.new, event.old
    elif event.action == "resolve":
        row = session.get(DiscrepancyReview, ident)
        if row is None or _review_state(row) != event.new:
            raise FigureError(f"figure change {event_id}: reviewed since; undo that first")
        row.status = event.old["status"]
        row.note = event.old["note"]
        row.updated_at = utcnow()
        session.add(row)
        current, restored = event.new, event.old
    else:
        raise FigureError(f"figure change {event_id}: a {event.action} cannot be undone")
    undo = FigureEvent(target=event.target, action="undo", old=current,
                       new={**restored, "undoes": event.id}, reviewer=reviewer)
    session.add(undo)
    session.flush()
    return undo


def _review_state(row: DiscrepancyReview | None) -> dict[str, Any]:
    if row is None:
        return {"status": "open", "note": None}
    return {"status": row.status, "note": row.note}


def _existing_figure(session: Session, figure_id: str, analysis: AnalysisLike | None) -> str:
    """A figure id that exists now (computed) or as a reviewer's custom figure."""
    wanted = figure_id.strip()
    custom = session.get(FigureLabel, wanted)
    if custom is not None and custom.custom:
        return wanted
    analysis = analysis or analyse_store(session)
    return resolve_figure_id(analysis, wanted)


def _new_custom_id(session: Session) -> str:
    count = session.exec(select(func.count()).select_from(FigureLabel)
                         .where(FigureLabel.custom.is_(True))).scalar_one()
    n = int(count) + 1
    while session.get(FigureLabel, f"custom-{n}") is not None:
        n += 1
    return f"custom-{n}"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0]) or a == b


def _chunks(items: Sequence[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def as_mapping(row: FigureRow | DiscrepancyRow) -> Mapping[str, Any]:
    """A list row as a mapping for the CSV writer (lists joined with spaces / semicolons)."""
    out = dict(row.as_dict())
    if isinstance(row, DiscrepancyRow):
        out["claim_ids"] = " ".join(str(i) for i in row.claim_ids)
        out["sources"] = "; ".join(row.sources)
    return out
