"""Re-extraction keeps claim ids and reviews; a review whose claim is gone is kept as an orphan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, func, select
from store_support import expected_total, shifted, write_articles

from factcheck import ingest as ingest_module
from factcheck.db import open_engine, write_session
from factcheck.extract import extract
from factcheck.ingest import ingest_paths, reextract_documents
from factcheck.models import Claim, Document, Review, ReviewEvent
from factcheck.store import claim_history, get_claim, mark_claim, orphaned_reviews
from factcheck.store.reconcile import Span, match_spans


@pytest.fixture
def store(tmp_path):
    """A database with the test articles ingested by the current extractor."""
    paths = write_articles(tmp_path / "in")
    engine = open_engine(tmp_path / "claims.db")
    ingest_paths(engine, [tmp_path / "in"])
    yield engine, paths
    engine.dispose()


def _spans(engine):
    with Session(engine) as session:
        return {c.id: (c.document_id, c.start, c.end, c.text)
                for c in session.exec(select(Claim))}


def _count(engine, model) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def _mark(engine, claim_id, status, **fields):
    with write_session(engine) as session:
        event = mark_claim(session, claim_id, status, reviewer="tester", **fields)
        session.commit()
    return event


def _claim_ids(engine, document_name):
    with Session(engine) as session:
        return list(session.exec(select(Claim.id).join(Document).where(
            Document.path.endswith(document_name)).order_by(Claim.start)))


def test_same_extractor_changes_nothing_and_keeps_reviews(store):
    engine, paths = store
    spans = _spans(engine)
    first = min(spans)
    _mark(engine, first, "disputed", value=9000, note="ministry revised it")
    summary = reextract_documents(engine)
    assert summary.reextracted == len(paths) and summary.failed == 0
    assert (summary.claims_added, summary.claims_removed, summary.orphaned) == (0, 0, [])
    assert _spans(engine) == spans  # same ids, same spans
    row = get_claim(Session(engine), first)
    assert (row["status"], row["value"], row["note"]) == ("disputed", 9000, "ministry revised it")
    assert [e.action for e in claim_history(Session(engine), first)] == ["mark"]


def _newer_extractor(widen: str, drop: str, add_after: str):
    """An extractor that widens one span, drops one claim and finds one more figure."""

    def newer(text, published=None):
        result = extract(text, published=published)
        claims = []
        for claim in result.claims:
            if claim.text == drop:
                continue
            if claim.text == widen:
                claim = shifted(claim, text, right=len(" Palestinians"))
            claims.append(claim)
        where = text.find(add_after)
        if where >= 0:
            start = where + len(add_after)
            claims.append(replace(claims[0], start=start, end=start + 5, text=text[start:start + 5],
                                  value=5, low=5, high=5, qualifier="exact"))
        return replace(result, claims=sorted(claims, key=lambda c: c.start))

    return newer


def test_newer_extractor_keeps_moved_reviews_and_orphans_lost_ones(store):
    engine, _paths = store
    gaza = _claim_ids(engine, "gaza_toll.txt")
    with Session(engine) as session:
        texts = {i: session.get(Claim, i).text for i in gaza}
    widened = next(i for i in gaza if texts[i] == "At least 9,061")
    lost = next(i for i in gaza if texts[i] == "1,400")
    untouched = next(i for i in gaza if texts[i].startswith("More than"))
    _mark(engine, widened, "confirmed", category="killed", note="checked")
    _mark(engine, lost, "disputed", value=1200, note="revised down")
    reviews_before = _count(engine, Review)
    newer = _newer_extractor("At least 9,061", "1,400", "Gaza death ")

    outcomes = []
    summary = reextract_documents(engine, extractor=newer, on_file=outcomes.append)

    assert summary.failed == 0
    assert summary.claims_removed == 1  # the lost claim (its review kept)
    assert len(summary.orphaned) == 1 and "1,400" in summary.orphaned[0]
    assert "disputed" in summary.orphaned[0]
    assert _count(engine, Review) == reviews_before  # never deleted
    with Session(engine) as session:
        moved = session.get(Claim, widened)  # same id, new span, review still applied
        assert moved.text == "At least 9,061 Palestinians" and moved.status == "confirmed"
        assert session.get(Claim, untouched) is not None
        assert session.get(Claim, lost) is None
        (orphan, path) = orphaned_reviews(session)[0]
        assert (orphan.span_text, orphan.status, orphan.note) == ("1,400", "disputed",
                                                                  "revised down")
        assert orphan.corrections == {"value": 1200.0} and path.endswith("gaza_toll.txt")
        assert [e.action for e in claim_history(session, widened)] == ["mark", "reattached"]
        assert [e.action for e in claim_history(session, lost)] == ["mark", "orphaned"]
        added = session.exec(select(Claim).where(Claim.text == "toll ")).all()
        assert len(added) == 1  # the new figure went in

    # The old extractor finds "1,400" again: the orphan is re-attached, correction and all.
    summary = reextract_documents(engine)
    assert summary.orphaned == []
    with Session(engine) as session:
        assert orphaned_reviews(session) == []
        back = session.exec(select(Claim).where(Claim.text == "1,400")).one()
        assert (back.status, back.eff_value, back.value) == ("disputed", 1200, 1400)
        review = session.exec(select(Review).where(Review.claim_id == back.id)).one()
        assert review.note == "revised down"
        actions = [e.action for e in claim_history(session, back.id)]
        assert actions == ["mark", "orphaned", "reattached"]
    assert _count(engine, Review) == reviews_before


def test_corrections_stay_on_top_of_new_machine_values(store):
    engine, _paths = store
    (claim_id, *_rest) = _claim_ids(engine, "troops.txt")

    def recategorised(text, published=None):
        result = extract(text, published=published)
        return replace(result, claims=[replace(c, category="other", subject="changed")
                                       for c in result.claims])

    _mark(engine, claim_id, "confirmed", subject="US troops on standby")
    reextract_documents(engine, extractor=recategorised)
    with Session(engine) as session:
        claim = session.get(Claim, claim_id)
        assert (claim.category, claim.subject) == ("other", "changed")  # machine output
        assert claim.eff_category == "other"  # no correction: follows the machine
        assert claim.eff_subject == "US troops on standby"  # correction kept
        assert claim.status == "confirmed"


def test_user_dates_survive_reextraction(tmp_path):
    paths = write_articles(tmp_path / "in")
    engine = open_engine(tmp_path / "c.db")
    try:
        ingest_paths(engine, [paths[0]], published=date(2024, 2, 1), outlet="Wire")
        reextract_documents(engine)
        with Session(engine) as session:
            doc = session.exec(select(Document)).one()
            assert (doc.published, doc.published_source, doc.outlet) == (
                date(2024, 2, 1), "user", "Wire")
    finally:
        engine.dispose()


def test_reextract_through_ingest_paths(store, tmp_path):
    engine, paths = store
    write_articles(tmp_path / "more", {"extra.txt": "Police said 40 people were detained.\n"})
    summary = ingest_paths(engine, [tmp_path / "in", tmp_path / "more"], reextract=True)
    assert (summary.reextracted, summary.new) == (len(paths), 1)
    assert _count(engine, Claim) == expected_total([*paths, tmp_path / "more" / "extra.txt"])


def test_audit_rows_are_never_removed(store):
    engine, _paths = store
    for claim_id in list(_spans(engine))[:3]:
        _mark(engine, claim_id, "confirmed")
    events = _count(engine, ReviewEvent)

    def nothing(text, published=None):
        return replace(extract(text, published=published), claims=[])

    summary = reextract_documents(engine, extractor=nothing)
    assert len(summary.orphaned) == 3
    assert _count(engine, Claim) == 0
    assert _count(engine, ReviewEvent) == events + 3  # three "orphaned" events added
    assert _count(engine, Review) == 3


def test_parallel_reextract_in_batches_keeps_reviews(store, monkeypatch):
    engine, paths = store
    monkeypatch.setattr(ingest_module, "LOOKUP_BATCH", 2)
    spans = _spans(engine)
    first = min(spans)
    _mark(engine, first, "confirmed", note="checked")
    ids = sorted({document_id for document_id, *_rest in spans.values()})
    outcomes = []
    summary = reextract_documents(engine, [*ids, 999], jobs=2, on_file=outcomes.append)
    assert [o.status for o in outcomes] == ["reextracted"] * len(paths) + ["failed"]
    assert [o.document_id for o in outcomes[:-1]] == ids
    assert outcomes[-1].message == "document 999: no such document"
    assert (summary.claims_added, summary.claims_removed, summary.orphaned) == (0, 0, [])
    assert _spans(engine) == spans
    row = get_claim(Session(engine), first)
    assert (row["status"], row["note"]) == ("confirmed", "checked")


# --- span matching (pure) ---------------------------------------------------------------------

def test_match_spans_exact_then_overlap_one_to_one():
    old = [Span(0, 5, "9,061"), Span(10, 15, "1,400"), Span(20, 23, "240"), Span(40, 42, "12")]
    new = [Span(0, 5, "9,061"), Span(12, 15, "400"), Span(30, 33, "300"),
           Span(8, 16, "x 1,400 y")]
    pairs, lost, added = match_spans(old, new)
    assert pairs[0] == 0
    assert pairs[1] == 3  # largest overlap wins
    assert lost == [2, 3]
    assert sorted(added) == [1, 2]


def test_match_spans_duplicates_and_empty():
    same = [Span(1, 3, "12"), Span(1, 3, "12")]
    assert match_spans(same, same) == ({0: 0, 1: 1}, [], [])
    assert match_spans([], same) == ({}, [], [0, 1])
    assert match_spans(same, []) == ({}, [0, 1], [])
