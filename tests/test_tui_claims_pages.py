"""Pilot tests of the Claims screen's pages of a text filter sorted by another column.

Such a page is asked of SQL for a moment, then read by sorting the text index's
candidates in SQL while the count worker reads the matches for sorting in
memory. Here SQL never answers within its moment (``within`` gives up at once)
and the read is held back until the test lets it go, so the pages shown before
and after it can each be compared with the store's own listing.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from sqlmodel import Session
from tui_support import SIZE, press, run_async, seeded_engine, settle

from factcheck.store.queries import ClaimFilters, list_claims
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


@run_async
async def test_pages_before_and_after_the_matches_are_read_follow_sql(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="the")
    by_value = sql_ids(engine, filters, "value", True)
    by_source = sql_ids(engine, filters, "source", False)
    assert len(by_value) > 3 * PAGE
    with Session(engine) as session:  # NULL sources among them: their order is tested
        assert any(r["attribution"] is None for r in list_claims(session, filters))

    released = threading.Event()
    read = claims_view.read_matches

    def read_when_released(session, wanted, *args, **kwargs):
        if wanted == filters:
            released.wait(30)
        return read(session, wanted, *args, **kwargs)

    asked: list[tuple[str, bool, int]] = []
    sorted_candidates = claims_view.sorted_candidates

    def recorded(session, wanted, key, descending, limit, offset=0):
        asked.append((key, descending, offset))
        return sorted_candidates(session, wanted, key, descending, limit, offset)

    monkeypatch.setattr(claims_view, "read_matches", read_when_released)
    monkeypatch.setattr(claims_view, "sorted_candidates", recorded)
    monkeypatch.setattr(claims_view, "within", lambda session, seconds, read: None)
    monkeypatch.setattr(ClaimsView, "PAGE_SIZE", PAGE)
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
