"""The figures service over a real store: loading, overrides, reviews, audit, undo."""

from __future__ import annotations

import pytest
from figures_support import STORY
from sqlalchemy import delete, insert, select
from sqlmodel import Session
from store_support import write_articles

from factcheck.db import open_engine, write_session
from factcheck.figures.service import (
    FigureError,
    analyse_store,
    figure_detail,
    figure_events,
    list_discrepancies,
    list_figures,
    load_claims,
    load_overrides,
    move_claim,
    rename_figure,
    resolve_discrepancy,
    undo_figure_event,
)
from factcheck.ingest import ingest_paths
from factcheck.models import Claim, DiscrepancyReview, FigureOverride
from factcheck.store import mark_claim


@pytest.fixture
def engine(tmp_path):
    write_articles(tmp_path / "articles", STORY)
    engine = open_engine(tmp_path / "figures.db")
    summary = ingest_paths(engine, [tmp_path / "articles"])
    assert summary.ok
    yield engine
    engine.dispose()


def claim_of(session, name: str) -> Claim:
    from factcheck.models import Document

    stmt = select(Claim).join(Document, Claim.document_id == Document.id).where(
        Document.path.endswith(name))
    [claim] = session.exec(stmt).scalars().all()
    return claim


def figure_holding(analysis, claim_id: int):
    [fig] = [f for f in analysis.figures.values() if any(c.id == claim_id for c in f.claims)]
    return fig


def test_load_claims_gives_effective_values_sources_and_skips_rejected(engine):
    with write_session(engine) as session:
        a = claim_of(session, "quake_a.txt")
        b = claim_of(session, "quake_b.txt")
        mark_claim(session, a.id, "confirmed", value=1250, reviewer="t")
        mark_claim(session, b.id, "rejected", reviewer="t")
        session.commit()
    with Session(engine) as session:
        claims = {c.id: c for c in load_claims(session)}
    assert b.id not in claims
    assert claims[a.id].value == 1250 and claims[a.id].low == 1250
    assert claims[a.id].source == "officials"
    assert claims[a.id].date.isoformat() == "2024-02-10"
    assert claims[a.id].stable_key == str(a.id)


def test_move_rename_resolve_are_audited_and_undoable(engine):
    with write_session(engine) as session:
        cid = claim_of(session, "flood_4.txt").id
        target = move_claim(session, cid, new_label="Local count", reviewer="ann")
        session.commit()
    assert target == "custom-1"
    with Session(engine) as session:
        analysis = analyse_store(session)
        assert figure_holding(analysis, cid).id == "custom-1"
        assert analysis.figures["custom-1"].label == "Local count"
        events = figure_events(session, f"claim:{cid}")
    assert [(e.action, e.old, e.new, e.reviewer) for e in events] == [
        ("move", {"figure": None}, {"figure": "custom-1"}, "ann")]
    with write_session(engine) as session:
        undo_figure_event(session, events[0].id, reviewer="ann")
        session.commit()
    with Session(engine) as session:
        analysis = analyse_store(session)
        assert figure_holding(analysis, cid).id != "custom-1"
        assert [e.action for e in figure_events(session, f"claim:{cid}")] == ["move", "undo"]
        fid = figure_holding(analysis, cid).id
    with write_session(engine) as session:
        rename_figure(session, fid[:5], "Libya flood deaths", reviewer="ann")
        session.commit()
    with Session(engine) as session:
        assert analyse_store(session).figures[fid].label == "Libya flood deaths"
        [outlier] = list_discrepancies(session, kind="outlier")
    with write_session(engine) as session:
        resolve_discrepancy(session, outlier.id, "explained", "Local official counted missing",
                            reviewer="bob")
        session.commit()
    with Session(engine) as session:
        [row] = list_discrepancies(session, kind="outlier")
        assert (row.status, row.note, row.reviewer) == (
            "explained", "Local official counted missing", "bob")
        [event] = figure_events(session, f"discrepancy:{outlier.id}")
        assert event.old == {"status": "open", "note": None}
    with write_session(engine) as session:
        undo_figure_event(session, event.id)
        session.commit()
    with Session(engine) as session:
        assert list_discrepancies(session, kind="outlier")[0].status == "open"


def test_undo_is_refused_when_the_target_changed_since(engine):
    with write_session(engine) as session:
        cid = claim_of(session, "flood_4.txt").id
        move_claim(session, cid, new_label="First", reviewer="a")
        move_claim(session, cid, new_label="Second", reviewer="a")
        session.commit()
        first = figure_events(session, f"claim:{cid}")[0]
        with pytest.raises(FigureError, match="moved since"):
            undo_figure_event(session, first.id)


def test_override_follows_its_claim_when_reextraction_renumbers_it(engine):
    with write_session(engine) as session:
        claim = claim_of(session, "quake_b.txt")
        move_claim(session, claim.id, new_label="Agency count", reviewer="a")
        session.commit()
        old_id = claim.id
        row = {c.name: getattr(claim, c.name) for c in Claim.__table__.columns if c.name != "id"}
        # what a re-extraction that lost and re-found the figure does: a new claim row
        session.exec(delete(Claim).where(Claim.id == old_id))
        session.exec(insert(Claim).values(**row))
        session.commit()
    with Session(engine) as session:
        new_id = claim_of(session, "quake_b.txt").id
        assert new_id != old_id
        assert load_overrides(session) == {str(new_id): "custom-1"}
        assert figure_holding(analyse_store(session), new_id).id == "custom-1"
        stored = session.exec(select(FigureOverride)).scalars().one()
        assert stored.span_text == "1,400"


def test_override_of_a_vanished_claim_is_kept_but_unused(engine):
    with write_session(engine) as session:
        claim = claim_of(session, "quake_b.txt")
        move_claim(session, claim.id, new_label="Agency count", reviewer="a")
        session.exec(delete(Claim).where(Claim.id == claim.id))
        session.commit()
    with Session(engine) as session:
        assert load_overrides(session) == {}
        assert session.exec(select(FigureOverride)).scalars().one().figure_id == "custom-1"


def test_figure_detail_for_the_compare_screen(engine):
    with Session(engine) as session:
        analysis = analyse_store(session)
        a = claim_of(session, "quake_a.txt").id
        b = claim_of(session, "quake_b.txt").id
        fid = figure_holding(analysis, a).id
        detail = figure_detail(session, fid, analysis=analysis)
    assert [c["id"] for c in detail.claims] == sorted([a, b])  # same date: by id
    assert detail.claims[0]["sentence"].startswith("The earthquake in Turkey")
    assert set(detail.timelines) == {"officials", "the disaster agency"}
    assert detail.conflicting == {a, b}
    assert detail.figure.open_discrepancies == 1
    assert [d.kind for d in detail.discrepancies] == ["conflict"]
    with Session(engine) as session, pytest.raises(FigureError, match="no such figure"):
        figure_detail(session, "nope")


def test_list_figures_counts_open_discrepancies_and_filters(engine):
    with Session(engine) as session:
        rows = list_figures(session)
        killed = list_figures(session, "killed")
        [conflict] = list_discrepancies(session, kind="conflict")
    assert {r.category for r in killed} == {"killed"}
    assert sum(r.open_discrepancies for r in rows) == 4
    with write_session(engine) as session:
        resolve_discrepancy(session, conflict.id, "resolved", "checked", reviewer="x")
        session.commit()
    with Session(engine) as session:
        assert sum(r.open_discrepancies for r in list_figures(session)) == 3
        assert sum(r.discrepancies for r in list_figures(session)) == 4
        assert [d.id for d in list_discrepancies(session, status=("resolved",))] == [conflict.id]
        assert session.get(DiscrepancyReview, conflict.id).kind == "conflict"


def test_bad_actions_raise_one_line_errors(engine):
    with write_session(engine) as session:
        cid = claim_of(session, "quake_a.txt").id
        with pytest.raises(FigureError, match="either"):
            move_claim(session, cid)
        with pytest.raises(FigureError, match="either"):
            move_claim(session, cid, figure_id="x", new_label="y")
        with pytest.raises(FigureError, match="unknown status"):
            resolve_discrepancy(session, "c0", "done", "x")
        with pytest.raises(FigureError, match="empty"):
            rename_figure(session, "custom-1", "  ")
        with pytest.raises(FigureError, match="no such change"):
            undo_figure_event(session, 12345)


def test_analysis_cache_recomputes_only_when_the_store_changed(engine):
    from factcheck.figures.service import AnalysisCache, store_fingerprint

    cache = AnalysisCache()
    with Session(engine) as session:
        first = cache.get(session)
        assert cache.get(session) is first
        fingerprint = store_fingerprint(session)
        [conflict] = list_discrepancies(session, kind="conflict", analysis=first)
    with write_session(engine) as session:
        resolve_discrepancy(session, conflict.id, "explained", "ok", analysis=first)
        session.commit()
    with Session(engine) as session:
        assert store_fingerprint(session) == fingerprint  # verdicts do not regroup
        assert cache.get(session) is first
        assert list_discrepancies(session, kind="conflict", analysis=first)[0].status == (
            "explained")
    with write_session(engine) as session:
        mark_claim(session, claim_of(session, "quake_b.txt").id, "rejected", reviewer="t")
        session.commit()
    with Session(engine) as session:
        second = cache.get(session)
        assert second is not first
        assert list_discrepancies(session, kind="conflict", analysis=second) == []
    with write_session(engine) as session:
        move_claim(session, claim_of(session, "flood_4.txt").id, new_label="x", analysis=second)
        session.commit()
    with Session(engine) as session:
        third = cache.get(session)
        assert third is not second and "custom-1" in third.figures
