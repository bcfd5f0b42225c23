"""Review actions: mark, corrections, effective values, audit trail and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, func, select
from store_support import write_articles

from factcheck.db import open_engine, write_session
from factcheck.ingest import ingest_paths
from factcheck.models import Claim, Review, ReviewEvent
from factcheck.store import (
    KEEP,
    ReviewError,
    claim_history,
    get_claim,
    last_event,
    mark_claim,
    revert_event,
)
from factcheck.store.effective import bounds_for, effective_columns


@pytest.fixture
def engine(tmp_path):
    write_articles(tmp_path / "in")
    engine = open_engine(tmp_path / "claims.db")
    ingest_paths(engine, [tmp_path / "in"])
    yield engine
    engine.dispose()


def _claim(engine, text: str) -> Claim:
    with Session(engine) as session:
        return session.exec(select(Claim).where(Claim.text == text)).one()


def _mark(engine, claim_id, status=None, **fields):
    with write_session(engine) as session:
        event = mark_claim(session, claim_id, status, **fields)
        session.commit()
    return event


def _row(engine, claim_id):
    with Session(engine) as session:
        return get_claim(session, claim_id)


def test_mark_sets_status_note_and_reviewer(engine):
    claim = _claim(engine, "At least 9,061")
    event = _mark(engine, claim.id, "confirmed", note="  matches the ministry  ",
                  reviewer="ann")
    assert event.action == "mark" and event.reviewer == "ann"
    assert event.old == {"status": "unreviewed", "corrections": {}, "note": None}
    assert event.new == {"status": "confirmed", "corrections": {}, "note": "matches the ministry"}
    row = _row(engine, claim.id)
    assert (row["status"], row["note"], row["reviewer"]) == (
        "confirmed", "matches the ministry", "ann")
    assert row["value"] == claim.value  # no correction: machine value


def test_corrections_become_effective_values_with_new_bounds(engine):
    claim = _claim(engine, "At least 9,061")
    _mark(engine, claim.id, "disputed", value=9227, qualifier="more_than", category="killed",
          subject="Palestinians in Gaza", attribution="Palestinian authorities",
          claim_date=date(2023, 11, 3))
    row = _row(engine, claim.id)
    assert (row["value"], row["qualifier"], row["low"], row["high"]) == (
        9227, "more_than", 9228, None)
    assert (row["subject"], row["attribution"], row["date"]) == (
        "Palestinians in Gaza", "Palestinian authorities", date(2023, 11, 3))
    assert (row["original_value"], row["original_qualifier"], row["original_low"]) == (
        claim.value, claim.qualifier, claim.low)
    with Session(engine) as session:
        review = session.exec(select(Review).where(Review.claim_id == claim.id)).one()
        assert review.corrections["claim_date"] == "2023-11-03"
        assert "category" not in review.corrections  # equal to the machine value: dropped


def test_clear_and_none(engine):
    claim = _claim(engine, "1,400")
    _mark(engine, claim.id, "confirmed", value=1200, attribution=None)
    row = _row(engine, claim.id)
    assert (row["value"], row["attribution"]) == (1200, None)  # "no source" is a correction
    _mark(engine, claim.id, clear=["value", "attribution"])
    row = _row(engine, claim.id)
    assert (row["value"], row["attribution"], row["status"]) == (
        claim.value, claim.attribution, "confirmed")


def test_nothing_changed_records_nothing(engine):
    claim = _claim(engine, "1,400")
    assert _mark(engine, claim.id, "confirmed") is not None
    assert _mark(engine, claim.id, "confirmed") is None
    assert _mark(engine, claim.id, value=claim.value) is None  # same as the machine
    with Session(engine) as session:
        assert len(claim_history(session, claim.id)) == 1


@pytest.mark.parametrize(("fields", "problem"), [
    ({"status": "approved"}, "unknown status"),
    ({"qualifier": "roughly"}, "unknown qualifier"),
    ({"category": "cats"}, "unknown category"),
    ({"value": -3}, "finite number"),
    ({"value": float("nan")}, "finite number"),
    ({"value": "many"}, "must be a number"),
    ({"claim_date": "yesterday"}, "must be a date"),
    ({"clear": ["password"]}, "unknown field"),
])
def test_bad_review_input_is_refused_and_nothing_written(engine, fields, problem):
    claim = _claim(engine, "1,400")
    status = fields.pop("status", "confirmed")
    with pytest.raises(ReviewError, match=problem) as info:
        _mark(engine, claim.id, status, **fields)
    assert str(info.value).startswith(f"claim {claim.id}:")
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(ReviewEvent)).one() == 0
        assert session.get(Claim, claim.id).status == "unreviewed"


def test_unknown_claim(engine):
    with pytest.raises(ReviewError, match="claim 999999: no such claim"):
        _mark(engine, 999_999, "confirmed")


def test_history_is_complete_and_ordered(engine, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REVIEWER", "bob")
    claim = _claim(engine, "more than 240")
    _mark(engine, claim.id, "confirmed")
    _mark(engine, claim.id, "disputed", note="UN says 220")
    _mark(engine, claim.id, value=220, reviewer="carol")
    with Session(engine) as session:
        events = claim_history(session, claim.id)
    assert [e.reviewer for e in events] == ["bob", "bob", "carol"]
    assert [e.new["status"] for e in events] == ["confirmed", "disputed", "disputed"]
    assert [e.old for e in events[1:]] == [e.new for e in events[:-1]]  # a chain: nothing lost
    assert events[-1].new["corrections"] == {"value": 220.0}


def test_undo_restores_the_previous_state(engine):
    claim = _claim(engine, "more than 240")
    _mark(engine, claim.id, "confirmed", note="first")
    second = _mark(engine, claim.id, "rejected", value=1, note="oops")
    with write_session(engine) as session:
        undo = revert_event(session, second.id, reviewer="ann")
        session.commit()
    assert undo.action == "undo" and undo.new["undoes"] == second.id
    row = _row(engine, claim.id)
    assert (row["status"], row["note"], row["value"]) == ("confirmed", "first", claim.value)
    with Session(engine) as session:
        assert last_event(session, claim.id).id == undo.id
        assert [e.action for e in claim_history(session, claim.id)] == ["mark", "mark", "undo"]


def test_undo_never_overwrites_later_work(engine):
    claim = _claim(engine, "more than 240")
    first = _mark(engine, claim.id, "confirmed")
    _mark(engine, claim.id, "disputed", note="someone else, later")
    with pytest.raises(ReviewError, match="changed since"), write_session(engine) as session:
        revert_event(session, first.id)
    row = _row(engine, claim.id)
    assert (row["status"], row["note"]) == ("disputed", "someone else, later")


def test_keep_is_the_default_for_every_field(engine):
    claim = _claim(engine, "1,400")
    _mark(engine, claim.id, "confirmed", subject="Israelis", note="n")
    _mark(engine, claim.id, "disputed", subject=KEEP)
    row = _row(engine, claim.id)
    assert (row["subject"], row["note"], row["status"]) == ("Israelis", "n", "disputed")


# --- effective values (pure) ----------------------------------------------------------------

@pytest.mark.parametrize(("value", "qualifier", "high_value", "expected"), [
    (9061, "exact", None, (9061, 9061)),
    (240, "more_than", None, (241, None)),
    (240, "at_least", None, (240, None)),
    (50, "at_most", None, (0, 50)),
    (10, "fewer_than", None, (0, 9)),
    (200, "about", None, (180, 220)),
    (10, "range", 20, (10, 20)),
    (20, "range", 10, (10, 20)),
    (1000, "vague", None, (1000, 9999)),
])
def test_bounds_for_qualifiers(value, qualifier, high_value, expected):
    assert bounds_for(value, qualifier, high_value) == expected


def test_vague_and_about_follow_the_extractors_band():
    machine = {"qualifier": "vague", "value": 100, "low": 100, "high": 999}
    assert bounds_for(200, "vague", like=machine) == (200, 1998)


def test_effective_columns_only_recompute_bounds_when_the_figure_changes():
    machine = {"value": 1000.0, "value_high": None, "low": 1000.0, "high": 9999.0,
               "qualifier": "vague", "category": "killed", "subject": "people",
               "location": None, "attribution": None, "claim_date": None}
    same = effective_columns(machine, {"subject": "civilians"}, "confirmed")
    assert (same["eff_low"], same["eff_high"], same["eff_subject"], same["status"]) == (
        1000.0, 9999.0, "civilians", "confirmed")
    fixed = effective_columns(machine, {"value": 1400.0, "qualifier": "exact"}, "disputed")
    assert (fixed["eff_value"], fixed["eff_low"], fixed["eff_high"]) == (1400.0, 1400.0, 1400.0)
