"""The library pieces behind the review TUI: paged claims (read backwards near the end),
in-memory indexes, and review sessions with undo."""

from __future__ import annotations

import itertools

import pytest
from sqlmodel import Session
from tui_support import claim, claims, seeded_engine

from factcheck.review_actions import ReviewSession, parse_field
from factcheck.review_queries import claims_page, claims_total, figure_summary, figures_state
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.store.review import ReviewError
from factcheck.tui.row_index import RowIndex


@pytest.mark.parametrize("order_by", ["id", "date", "value", "outlet", "source", "subject",
                                      "status", "category", "published"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_page_read_backwards_matches_the_listing(tmp_path, monkeypatch, order_by,
                                                       descending):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        everything = [r["id"] for r in list_claims(session, None, order_by, descending)]
        total = claims_total(session, None)
        assert total == len(everything) > 6
        for limit in (3, 7):
            for offset in range(0, total, limit):
                page = claims_page(session, None, order_by, descending, offset, limit, total)
                assert [r["id"] for r in page] == everything[offset: offset + limit]
        assert claims_page(session, None, order_by, descending, total, 5, total) == []


def test_a_filtered_page_has_full_rows(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        page = claims_page(session, ClaimFilters(category="killed"), "value", True, 0, 100)
    assert page and {r["category"] for r in page} == {"killed"}
    values = [r["value"] for r in page]
    assert values == sorted(values, reverse=True)
    assert all(r["sentence"] and r["path"].startswith("seeds/") for r in page)


def test_row_index_filters_and_sorts_like_plain_python():
    rows = [{"name": n, "size": s} for n, s in
            [("Gaza toll", 3), ("hostages", 1), ("Gaza injured", 2), ("aid", 2), ("GAZA", 5)]]
    index = RowIndex(rows, lambda r: r["name"], {"size": lambda r: r["size"],
                                                 "name": lambda r: r["name"]})
    assert index.view("", "size", False) == sorted(rows, key=lambda r: r["size"])
    assert index.view("gaza", "size", True) == [rows[4], rows[0], rows[2]]
    assert index.view("gaza", "size", True) is index.view("gaza", "size", True)  # kept
    assert index.view("nothing", "name", False) == []
    ties = index.view("", "size", True)
    assert ties.index(rows[2]) < ties.index(rows[3])  # equal sizes keep their order


def test_figure_summary_matches_the_analysis(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        state = figures_state(session)
    biggest = state.figures[0]
    summary = figure_summary(state, biggest.id)
    assert summary is not None and summary.figure == biggest
    assert len(summary.claims) == biggest.claims
    assert state.figure_of(summary.claims[0].id) == biggest.id
    assert figure_summary(state, "no-such-figure") is None


def test_session_edit_saves_only_changed_fields_and_undo_restores(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    row = claims(engine)[0]
    review = ReviewSession(engine, reviewer="ana")
    unchanged = {"value": str(int(row["value"])), "qualifier": row["qualifier"],
                 "category": row["category"], "subject": row["subject"] or "",
                 "attribution": row["attribution"] or ""}
    assert review.edit(row["id"], unchanged) is None and not review.can_undo
    change = review.edit(row["id"], {**unchanged, "value": "1,234"})
    assert change is not None and change.regroups
    assert claim(engine, row["id"])["value"] == 1234
    undone = review.undo()
    assert undone is not None and undone.description.startswith("undone:")
    assert claim(engine, row["id"])["value"] == row["value"]
    assert review.undo() is None


def test_session_undo_refuses_to_overwrite_a_later_change(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]["id"]
    mine, theirs = ReviewSession(engine, "ana"), ReviewSession(engine, "ben")
    mine.mark(target, "confirmed")
    theirs.mark(target, "disputed")
    with pytest.raises(ReviewError, match="changed since"):
        mine.undo()
    assert claim(engine, target)["status"] == "disputed"
    assert mine.can_undo  # still there: the reviewer can undo after ben's change is undone


@pytest.mark.parametrize(("name", "given", "expected"), [
    ("value", "1,200", 1200.0), ("value", " 7 ", 7.0), ("subject", "  ", None),
    ("attribution", " the  UN ", "the UN"),
])
def test_parse_field(name, given, expected):
    assert parse_field(1, name, given) == expected


@pytest.mark.parametrize(("name", "given"), [("value", "many"), ("category", " ")])
def test_parse_field_refuses(name, given):
    with pytest.raises(ReviewError):
        parse_field(1, name, given)


def test_date_ticks_never_crowd_and_keep_the_ends():
    from factcheck.tui.timeline_plot import date_ticks

    assert date_ticks(["2023-10-13", "2023-11-02", "2023-11-03"], 21, 50) == [
        "2023-10-13", "2023-11-03"]
    assert date_ticks(["2023-10-13"], 0, 50) == ["2023-10-13"]
    days = [f"2023-10-{d:02d}" for d in range(1, 32)]
    ticks = date_ticks(days, 30, 60)
    assert ticks[0] == "2023-10-01" and ticks[-1] == "2023-10-31"
    columns = [(int(t[-2:]) - 1) * 60 / 30 for t in ticks]
    assert all(b - a >= 12 for a, b in itertools.pairwise(columns))
