"""Snapshot tests: every screen of the review TUI on the sample articles, at 160x45.

Stores are made in tmp_path from ``seeds/`` through the library (paths stored as
``seeds/...``, reviewer "tester"); nothing on screen depends on the clock. After
a change to the extractor or the screens, check the new SVGs by eye and update
them with ``pytest tests/test_tui_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from tui_support import CONFLICT_ARTICLES, SIZE, articles_engine, seeded_engine, settle

from factcheck.tui.app import ReviewApp


def shoot(snap_compare, engine, *keys: str) -> bool:
    """Open the app, let it load, press ``keys`` (waiting after each), take the picture."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return snap_compare(ReviewApp(engine), terminal_size=SIZE, run_before=run_before)


def test_figures_screen(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch))


def test_compare_screen(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "enter", "down")


def test_discrepancies_screen_without_any(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "3")


def test_claims_screen(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "4", "down", "down")


def test_document_screen(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "4", "down", "enter",
                 "right_square_bracket")


def test_help_screen(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "question_mark")


def test_edit_form(snap_compare, tmp_path, monkeypatch):
    assert shoot(snap_compare, seeded_engine(tmp_path, monkeypatch), "4", "e")


def test_discrepancies_screen_with_a_conflict(snap_compare, tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    assert shoot(snap_compare, engine, "3")


def test_compare_screen_with_a_conflict(snap_compare, tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    assert shoot(snap_compare, engine, "3", "enter")


def test_resolve_dialog(snap_compare, tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    assert shoot(snap_compare, engine, "3", "r")
