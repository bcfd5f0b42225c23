"""Pilot tests of the Claims screen's pages of a text filter sorted by another column.

Such a page is asked of SQL for a moment, then read by sorting the text index's
candidates in SQL while the count worker reads the matches for sorting in
memory. Here SQL never answers within its moment (``within`` gives up at once)
and the read is held back until the test lets it go, so the pages shown before
and after it can each be compared with the store's own listing. Any filter's first
page comes before the count's long read, and is read with figures being computed
elsewhere stepped back (``child_priority.foreground``).
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable

import pytest
from sqlmodel import Session
from tui_support import SIZE, press, run_async, seeded_engine, settle

from factcheck.figures import child_priority
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.store.review import mark_claim
from factcheck.tui import app as app_module
from factcheck.tui import claims_view
from factcheck.tui.app import ReviewApp
from factcheck.tui.claims_view import ClaimsView

PAGE = 4


def sql_ids(engine, filters: ClaimFilters, key: str, descending: bool) -> list[int]:
    """The listing's ids as SQL sorts them (ties by id, NULLs first when ascending)."""
    with Session(engine) as session:
        return [r["id"] for r in list_claims(session, filters, key, descending, fields=("id",))]


async def shown_after(pilot, view: ClaimsView, act: Callable[[], object]) -> list[int]:
    """The ids of the next page ``view`` shows after ``act()``."""
    before = view.shown
    act()
    for _ in range(1000):
        if view.shown > before and not view.waiting:
            await pilot.pause()
            return [r["id"] for r in view.items]
        await asyncio.sleep(0.01)
    raise AssertionError("no page shown")


def hold_reads_and_record_sorts(monkeypatch, hold: Callable[[ClaimFilters], bool],
                                asked: list[tuple[str, bool, int]]) -> threading.Event:
    """Pages from SQL only (never within its moment) of PAGE rows; the count's read of the
    matches of filters ``hold`` picks waits for the returned event; each page sorted from
    the text index's candidates is recorded in ``asked`` as (sort, descending, offset)."""
    released = threading.Event()
    read, sorted_candidates = claims_view.read_matches, claims_view.sorted_candidates

    def read_when_released(session, wanted, *args, **kwargs):
        if hold(wanted):
            released.wait(30)
        return read(session, wanted, *args, **kwargs)

    def recorded(session, wanted, key, descending, limit, offset=0):
        asked.append((key, descending, offset))
        return sorted_candidates(session, wanted, key, descending, limit, offset)

    monkeypatch.setattr(claims_view, "read_matches", read_when_released)
    monkeypatch.setattr(claims_view, "sorted_candidates", recorded)
    monkeypatch.setattr(claims_view, "within", lambda session, seconds, read: None)
    monkeypatch.setattr(ClaimsView, "PAGE_SIZE", PAGE)
    return released


@run_async
async def test_pages_before_and_after_the_matches_are_read_follow_sql(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="the")
    by_value = sql_ids(engine, filters, "value", True)
    by_source = sql_ids(engine, filters, "source", False)
    assert len(by_value) > 3 * PAGE
    with Session(engine) as session:  # NULL sources among them: their order is tested
        assert any(r["attribution"] is None for r in list_claims(session, filters))

    asked: list[tuple[str, bool, int]] = []
    released = hold_reads_and_record_sorts(monkeypatch, lambda wanted: wanted == filters, asked)
    app = ReviewApp(engine)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "4")
            view = app.screen.query_one(ClaimsView)
            view.sort_key, view.descending = "value", True
            # before the matches are read: each page sorted in SQL from the candidates
            assert await shown_after(pilot, view, lambda: view.set_filters(filters)) == (
                by_value[:PAGE])
            assert view.matches is None and view.total is None
            assert await shown_after(pilot, view, lambda: view.step(1)) == by_value[
                PAGE: 2 * PAGE]
            assert await shown_after(pilot, view, lambda: view.sort_by("source", False)) == (
                by_source[:PAGE])
            assert await shown_after(pilot, view, lambda: view.step(1)) == by_source[
                PAGE: 2 * PAGE]
            assert asked == [("value", True, 0), ("value", True, PAGE),
                             ("source", False, 0), ("source", False, PAGE)]
            assert view.matches is None

            released.set()
            await settle(pilot)
            assert view.matches is not None and view.total == len(by_value)
            asked.clear()
            # after: pages and sorts made in memory, still in SQL's order
            assert await shown_after(pilot, view, lambda: view.step(1)) == by_source[
                2 * PAGE: 3 * PAGE]
            assert await shown_after(pilot, view, lambda: view.sort_by("value", True)) == (
                by_value[:PAGE])
            assert await shown_after(pilot, view, lambda: view.step(1)) == by_value[
                PAGE: 2 * PAGE]
            last = ((len(by_value) - 1) // PAGE) * PAGE
            assert await shown_after(pilot, view, lambda: view.edge(1)) == by_value[last:]
            assert asked == []
            assert view.matches is not None and view.matches.sorted_by("value", True)
    finally:
        released.set()


@run_async
async def test_a_short_text_filter_waits_for_its_matches_and_follows_sql(tmp_path, monkeypatch):
    """Text under three characters is not asked of the index: its page comes from the
    matches read in memory, in SQL's order."""
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="a")
    by_category = sql_ids(engine, filters, "category", False)
    assert len(by_category) > 2 * PAGE

    answers = []
    sorted_candidates = claims_view.sorted_candidates

    def recorded(*args, **kwargs):
        answers.append(sorted_candidates(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(claims_view, "sorted_candidates", recorded)
    monkeypatch.setattr(claims_view, "within", lambda session, seconds, read: None)
    monkeypatch.setattr(ClaimsView, "PAGE_SIZE", PAGE)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        view.sort_key, view.descending = "category", False
        assert await shown_after(pilot, view, lambda: view.set_filters(filters)) == (
            by_category[:PAGE])
        assert view.matches is not None
        assert await shown_after(pilot, view, lambda: view.step(1)) == by_category[
            PAGE: 2 * PAGE]
    assert all(a is None for a in answers)  # the index cannot answer "a"


@run_async
async def test_a_filters_first_page_comes_before_its_count_reads_the_matches(
        tmp_path, monkeypatch):
    """The count of any filter (not only a text filter) waits for its first page before
    reading the matches: the long read would otherwise share the processor (and Python's
    lock) with the page. The page is read with catalog children stepped back."""
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(category="killed")
    expected = sql_ids(engine, filters, "id", False)
    shown_when_read: list[int] = []
    waiting_while_paged: list[int] = []
    read, page = claims_view.read_matches, claims_view.claims_page

    def read_recorded(session, wanted, *args, **kwargs):
        if wanted == filters:
            shown_when_read.append(view.shown)
        return read(session, wanted, *args, **kwargs)

    def slow_page(session, wanted, *args, **kwargs):
        if wanted == filters:
            waiting_while_paged.append(child_priority._waiting)
            time.sleep(0.3)  # long enough for a count that does not wait to start
        return page(session, wanted, *args, **kwargs)

    monkeypatch.setattr(claims_view, "read_matches", read_recorded)
    monkeypatch.setattr(claims_view, "claims_page", slow_page)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        before = view.shown
        assert await shown_after(pilot, view, lambda: view.set_filters(filters)) == (
            expected[:view.PAGE_SIZE])
        await settle(pilot)
        assert view.total == len(expected)
    assert shown_when_read == [before + 1]  # read once, after the page was shown
    assert waiting_while_paged == [1]


@run_async
async def test_a_large_stores_startup_objects_are_kept_out_of_the_collectors_way(
        tmp_path, monkeypatch):
    """On a large store the objects loaded at startup are frozen (``gc.freeze``): the
    collector's full passes, which pause the screen, no longer walk them. Not on a small
    store (nor in tests, which run many apps in one process)."""
    engine = seeded_engine(tmp_path, monkeypatch)
    gc.unfreeze()
    try:
        for threshold, frozen in ((10_000, False), (0, True)):
            monkeypatch.setattr(app_module, "FREEZE_AT", threshold)
            app = ReviewApp(engine)
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                assert (gc.get_freeze_count() > 0) is frozen
                assert app.screen.query_one(ClaimsView).shown >= 1
    finally:
        gc.unfreeze()


@run_async
async def test_a_filter_in_id_order_that_sql_walks_slowly_comes_from_its_matches(
        tmp_path, monkeypatch):
    """Sorted by id, a filter whose matches are rare along the id order (a walk of the
    whole table) is read like any other sort: its matches in memory, in SQL's order."""
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(category="killed")
    by_id = sql_ids(engine, filters, "id", False)
    assert len(by_id) > 2 * PAGE
    monkeypatch.setattr(claims_view, "within", lambda session, seconds, read: None)
    monkeypatch.setattr(ClaimsView, "PAGE_SIZE", PAGE)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        assert view.sort_key == "id"
        assert await shown_after(pilot, view, lambda: view.set_filters(filters)) == (
            by_id[:PAGE])
        assert view.matches is not None and view.matches.sorted_by("id", False)
        assert await shown_after(pilot, view, lambda: view.step(1)) == by_id[PAGE: 2 * PAGE]


def test_a_failed_read_of_the_matches_is_read_anew_next_time(tmp_path, monkeypatch):
    """An interrupted read (a count made stale by another filter) leaves nothing behind
    that would pass for "too many matches"."""
    engine = seeded_engine(tmp_path, monkeypatch)
    view = ClaimsView()
    filters = ClaimFilters(category="killed")

    def interrupted(session, wanted):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(claims_view, "read_matches", interrupted)
    with Session(engine) as session:
        with pytest.raises(RuntimeError):
            view._read_matches(session, filters)
        assert view._matches is None
        monkeypatch.undo()
        found = view._read_matches(session, filters)
    assert found is not None and len(found) == len(sql_ids(engine, filters, "id", False))


@run_async
async def test_a_text_filter_sorted_by_a_ranked_column_is_paged_through_its_ranks(
        tmp_path, monkeypatch):
    """On a large store (here: any), choosing a sort builds each claim's rank in that
    order; a text filter's pages then come from its candidates sorted by rank, not from
    SQL, in SQL's order, also after a review changes a claim's place."""
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="the")
    asked: list[tuple[str, bool, int]] = []
    released = hold_reads_and_record_sorts(
        monkeypatch, lambda wanted: wanted != claims_view.NO_FILTERS, asked)
    monkeypatch.setattr(claims_view, "RANKS_FROM", 0)
    app = ReviewApp(engine)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "4")
            view = app.screen.query_one(ClaimsView)
            assert view.ranks == {}
            view.sort_by("value", True)
            await settle(pilot)
            assert set(view.ranks) == {"value"}
            by_value = sql_ids(engine, filters, "value", True)
            assert await shown_after(pilot, view, lambda: view.set_filters(filters)) == (
                by_value[:PAGE])
            assert await shown_after(pilot, view, lambda: view.step(1)) == by_value[
                PAGE: 2 * PAGE]
            assert asked == [] and view.matches is None
            # confirm with a new value: the claim moves to the top of the order
            moved = by_value[-1]
            with Session(engine) as session:
                mark_claim(session, moved, "confirmed", value=10_000_000)
                session.commit()
            await shown_after(pilot, view, view.store_changed)
            first = await shown_after(pilot, view, lambda: view.edge(-1))
            assert first == sql_ids(engine, filters, "value", True)[:PAGE]
            assert first[0] == moved and asked == []
            # a sort without ranks yet: from SQL now, and its ranks are built meanwhile
            assert await shown_after(pilot, view, lambda: view.sort_by("source", False)) == (
                sql_ids(engine, filters, "source", False)[:PAGE])
            assert [key for key, _, _ in asked] == ["source"]
            for _ in range(500):
                if "source" in view.ranks:
                    break
                await asyncio.sleep(0.01)
            assert set(view.ranks) == {"value", "source"}
    finally:
        released.set()


@run_async
async def test_no_ranks_are_built_for_a_small_store(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        view.sort_by("value", True)
        await settle(pilot)
        view.set_filters(ClaimFilters(search="the"))
        await settle(pilot)
        assert view.ranks == {} and view._small_store
