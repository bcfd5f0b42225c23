"""The review screens on small terminals (80x24, 100x30): nothing a reviewer needs is cut off.

Numbers and statuses are never cut (text columns give way, with an ellipsis), the
Compare screen gives the claims the whole width when the timeline does not fit
beside them, the footer still says where help is, and every dialog fits (and
scrolls) inside the terminal.
"""

from __future__ import annotations

from tui_support import (
    CONFLICT_ARTICLES,
    articles_engine,
    press,
    run_async,
    seeded_engine,
    settle,
    widget_text,
)

from factcheck.tui import safe_text as st
from factcheck.tui.app import ReviewApp
from factcheck.tui.claims_view import ClaimsView
from factcheck.tui.compare_view import CompareView
from factcheck.tui.review_screen import ReviewScreen
from factcheck.tui.timeline_plot import TimelinePlot

NARROW = (100, 30)
SMALL = (80, 24)


@run_async
async def test_claims_on_a_narrow_terminal_show_every_status_and_figure_whole(
        tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        table = view.table
        shown = widget_text(table).split("\n")
        assert "status" in shown[0] and "figure" in shown[0]
        rows = [line for line in shown[1:] if line.strip()]
        assert len(rows) > 5
        for line, row in zip(rows, view.items, strict=False):  # the rows on screen
            assert row["status"] in line, (line, row["status"])
            assert st.figure(row) in line, (line, st.figure(row))
        assert any("…" in line for line in rows)  # long subjects or sources cut visibly


@run_async
async def test_compare_on_a_narrow_terminal_gives_the_claims_the_whole_width(
        tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await press(pilot, "enter")  # the largest figure on Compare
        compare = app.screen.query_one(CompareView)
        assert not compare.query_one(TimelinePlot).display
        listing = compare.claims_view
        shown = widget_text(listing.table)
        assert "status" in shown and "id" in shown.split("\n")[0]
        for row in listing.items:
            assert row["status"] in shown
        assert "timeline hidden" in widget_text(listing.query_one(".listing-status"))
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        assert compare.query_one(TimelinePlot).display  # room again: the timeline is back
        assert "timeline hidden" not in widget_text(listing.query_one(".listing-status"))


@run_async
async def test_the_footer_of_a_small_terminal_still_says_where_help_is(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        (help_key,) = [k for k in app.screen.query("FooterKey") if k.action == "help"]
        assert help_key.region.width > 0 and help_key.region.right <= SMALL[0]
        await pilot.resize_terminal(100, 30)  # a compact footer holds every key
        await settle(pilot)
        for key in app.screen.query("FooterKey"):
            if key.action != "command_palette":
                assert 0 < key.region.right <= 100, key.action


async def assert_dialog_fits(pilot, size: tuple[int, int], *keys: str) -> None:
    """Press ``keys``; the dialog they open lies inside the terminal; close it."""
    await press(pilot, *keys)
    screen = pilot.app.screen
    assert not isinstance(screen, ReviewScreen), keys
    dialog = screen.query_one(".dialog")
    region = dialog.region
    assert region.x >= 0 and region.y >= 0, (keys, region)
    assert region.right <= size[0] and region.bottom <= size[1], (keys, region)
    await press(pilot, "escape")
    assert isinstance(pilot.app.screen, ReviewScreen)


@run_async
async def test_every_dialog_fits_a_small_terminal(tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    app = ReviewApp(engine)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await assert_dialog_fits(pilot, SMALL, "question_mark")
        await assert_dialog_fits(pilot, SMALL, "E")
        await assert_dialog_fits(pilot, SMALL, "slash")
        await assert_dialog_fits(pilot, SMALL, "3", "r")
        await press(pilot, "4")
        for key in ("e", "n", "g", "slash", "s", "E"):
            await assert_dialog_fits(pilot, SMALL, key)


@run_async
async def test_help_on_a_narrow_terminal_lists_every_key_in_one_column(tmp_path, monkeypatch):
    from factcheck.tui.keys import KEYS

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        table = app.screen.query_one("#keys-table")
        assert table.region.right <= NARROW[0]
        text = " ".join(widget_text(table).split())
        for key in KEYS:
            assert " ".join(key.help.split()[:4]) in text, key.help
        assert "a reviewer corrected the claim" in text  # the marks are explained too


@run_async
async def test_a_long_prompt_title_wraps_instead_of_being_cut(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "slash")
        label = app.screen.query_one(".dialog-title")
        dialog = app.screen.query_one(".dialog")
        assert label.region.right <= dialog.content_region.right  # inside the frame
        title = " ".join(widget_text(label).split())
        assert title == "Show discrepancies whose status, kind, figure, summary or note contains:"

