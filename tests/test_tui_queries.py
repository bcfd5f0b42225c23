"""The library pieces behind the review TUI: paged claims (read backwards near the end),
in-memory indexes, and review sessions with undo."""

from __future__ import annotations

import itertools

import pytest
from sqlmodel import Session
from tui_support import claim, claims, seeded_engine

from factcheck.figures.row_index import RowIndex
from factcheck.review_actions import ReviewSession, parse_field
from factcheck.review_queries import claims_page, claims_total
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.store.review import ReviewError


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


def test_row_index_updated_keeps_the_orders_a_change_leaves_alone():
    rows = [{"name": n, "size": s, "state": "open"} for n, s in
            [("b", 3), ("a", 1), ("c", 2)]]
    index = RowIndex(rows, lambda r: f"{r['name']} {r['state']}",
                     {"size": lambda r: r["size"], "state": lambda r: r["state"]})
    by_size = index.view("", "size", False)
    assert index.view("open", "state", False) == rows
    changed = [*rows[:2], {**rows[2], "state": "closed"}]
    new = index.updated(changed, [2], stale={"state"})
    assert [r["name"] for r in new.view("", "size", False)] == [r["name"] for r in by_size]
    assert [r["name"] for r in new.view("", "state", False)] == ["c", "b", "a"]
    assert [r["name"] for r in new.view("closed", "size", False)] == ["c"]
    assert index.view("closed", "size", False) == []  # the old index is unchanged


def test_row_index_presorted_and_forget():
    rows = [3, 1, 2]
    flags = {1}
    index = RowIndex(sorted(rows), str, {"n": lambda r: r, "flag": lambda r: r in flags},
                     presorted="n")
    assert index.view("", "n", True) == [3, 2, 1]
    assert index.view("", "flag", True) == [1, 2, 3]
    flags.clear()
    flags.add(3)
    assert index.view("", "flag", True) == [1, 2, 3]  # kept until told
    index.forget("flag")
    assert index.view("", "flag", True) == [3, 1, 2]


@pytest.mark.parametrize("filters", [
    ClaimFilters(), ClaimFilters(category="killed"), ClaimFilters(search="gaza"),
    ClaimFilters(source="ministry"), ClaimFilters(status="rejected"),
])
def test_claims_sorted_in_memory_come_in_the_order_sql_gives(tmp_path, monkeypatch, filters):
    from factcheck.store.queries import SORT_KEYS
    from factcheck.tui.claim_matches import read_matches

    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        matches = read_matches(session, filters)
        assert matches is not None
        for key in SORT_KEYS:  # with NULL dates, sources and outlets among the seeds
            for descending in (False, True):
                wanted = [r["id"] for r in list_claims(session, filters, key, descending,
                                                       fields=("id",))]
                assert matches.ids(session, key, descending) == wanted, (key, descending)


def test_claims_are_not_read_for_sorting_when_too_many_match(tmp_path, monkeypatch):
    from factcheck.tui.claim_matches import read_matches

    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        total = claims_total(session, None)
        assert read_matches(session, ClaimFilters(), cap=total - 1) is None
        found = read_matches(session, ClaimFilters(), cap=total)
        assert found is not None and len(found) == total


def test_a_statement_past_its_time_is_interrupted_and_the_session_goes_on(
        tmp_path, monkeypatch):
    from sqlalchemy import text

    from factcheck.tui.claim_matches import within

    engine = seeded_engine(tmp_path, monkeypatch)
    slow = text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                "WHERE x < :n) SELECT count(*) FROM c")
    with Session(engine) as session:
        count = lambda n: session.execute(slow, {"n": n}).scalar_one()  # noqa: E731
        assert within(session, 0.0, lambda: count(2_000_000)) is None
        assert within(session, 5.0, lambda: claims_total(session, None)) == len(claims(engine))
        assert count(300_000) == 300_000  # no time limit left behind on the connection


def test_a_read_stops_once_told_and_the_session_goes_on(tmp_path, monkeypatch):
    from sqlalchemy import text

    from factcheck.tui.claim_matches import unless

    engine = seeded_engine(tmp_path, monkeypatch)
    slow = text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                "WHERE x < :n) SELECT count(*) FROM c")
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # told to stop after a few checks

    with Session(engine) as session:
        count = lambda n: session.execute(slow, {"n": n}).scalar_one()  # noqa: E731
        assert unless(session, stop, lambda: count(5_000_000)) is None
        assert len(asked) == 4
        assert unless(session, lambda: False, lambda: count(300_000)) == 300_000
        assert count(300_000) == 300_000  # no handler left behind on the connection


def test_row_index_pages_are_slices_of_the_view():
    rows = [{"name": f"row {i % 7}", "size": i % 5} for i in range(40)]
    index = RowIndex(rows, lambda r: r["name"], {"size": lambda r: r["size"]})
    for needle in ("", "row 3", "nothing"):
        for descending in (False, True):
            view = index.view(needle, "size", descending)
            for offset in range(0, 45, 6):
                assert index.page(needle, "size", descending, offset, 6) == (
                    view[offset: offset + 6], len(view))
