"""Pilot tests of the review keys: each is pressed in the running app and the store is checked.

The store is the one source of truth: every assertion reads it back through the
library (claims, review events, figure overrides, discrepancy reviews, CSV files).
"""

from __future__ import annotations

import csv
import sqlite3

from sqlmodel import Session, select
from tui_support import (
    CONFLICT_ARTICLES,
    ROOT,
    SIZE,
    articles_engine,
    claim,
    claims,
    press,
    run_async,
    seeded_engine,
    settle,
    type_text,
    widget_text,
)

from factcheck.figures.service import figure_events, list_discrepancies, list_figures
from factcheck.models import DiscrepancyReview, FigureLabel, FigureOverride, ReviewEvent
from factcheck.store.queries import ClaimFilters
from factcheck.tui.app import ReviewApp
from factcheck.tui.claims_view import ClaimsView
from factcheck.tui.review_screen import ReviewScreen


def events(engine, claim_id: int) -> list[ReviewEvent]:
    with Session(engine) as session:
        return list(session.exec(select(ReviewEvent).where(ReviewEvent.claim_id == claim_id)
                                 .order_by(ReviewEvent.id)).all())


async def on_claims(pilot) -> ClaimsView:
    """Open the Claims screen and wait for its first page."""
    await settle(pilot)
    await press(pilot, "4")
    view = pilot.app.screen.query_one(ClaimsView)
    assert view.items, "the Claims screen shows claims"
    return view


@run_async
async def test_confirm_dispute_reject_are_saved_with_the_reviewer(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    first, second, third, fourth = (r["id"] for r in claims(engine)[:4])
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        assert view.current_item()["id"] == first
        await press(pilot, "c", "d", "x")  # each moves on to the next claim
        assert view.current_item()["id"] == fourth
    assert claim(engine, first)["status"] == "confirmed"
    assert claim(engine, second)["status"] == "disputed"
    assert claim(engine, third)["status"] == "rejected"
    for claim_id, status in ((first, "confirmed"), (second, "disputed"), (third, "rejected")):
        (event,) = events(engine, claim_id)
        assert event.action == "mark" and event.reviewer == "tester"
        assert event.old["status"] == "unreviewed" and event.new["status"] == status


@run_async
async def test_undo_reverts_the_last_actions_in_order(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    first, second = (r["id"] for r in claims(engine)[:2])
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "c", "x")
        assert claim(engine, second)["status"] == "rejected"
        await press(pilot, "u")
        assert claim(engine, second)["status"] == "unreviewed"
        assert claim(engine, first)["status"] == "confirmed"
        await press(pilot, "u")
        assert claim(engine, first)["status"] == "unreviewed"
        await press(pilot, "u")  # nothing left: nothing changes, no crash
    assert [e.action for e in events(engine, first)] == ["mark", "undo"]
    assert [e.action for e in events(engine, second)] == ["mark", "undo"]
    assert events(engine, second)[1].new["undoes"] == events(engine, second)[0].id


@run_async
async def test_edit_form_corrects_value_qualifier_and_attribution(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "e")
        await type_text(pilot, "1,250")
        await pilot.press("tab")  # qualifier
        await pilot.press("tab")  # category
        await pilot.press("tab")  # subject
        await pilot.press("tab")  # attribution
        await type_text(pilot, "the civil defence")
        await press(pilot, "enter")
    after = claim(engine, target["id"])
    assert after["value"] == 1250
    assert after["attribution"] == "the civil defence"
    assert after["original_value"] == target["original_value"]  # machine output kept
    assert after["category"] == target["category"]  # untouched fields unchanged
    (event,) = events(engine, target["id"])
    assert event.new["corrections"] == {"value": 1250.0, "attribution": "the civil defence"}


@run_async
async def test_edit_with_a_bad_value_stays_open_says_why_and_keeps_the_typing(
        tmp_path, monkeypatch):
    from factcheck.tui.edit_form import EditForm

    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "e")
        await pilot.press("tab", "tab", "tab")  # to the subject: typed there first
        await type_text(pilot, "civilians")
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        await type_text(pilot, "lots")
        await press(pilot, "enter")
        form = app.screen
        assert isinstance(form, EditForm)  # still open: nothing typed is lost
        error = widget_text(form.query_one("#edit-error"))
        assert "value must be a number" in error and "lots" in error
        assert form.values()["subject"] == "civilians"
        await type_text(pilot, "1,250")  # corrected in place, then saved
        await press(pilot, "enter")
        assert isinstance(app.screen, ReviewScreen)
    after = claim(engine, target["id"])
    assert (after["value"], after["subject"]) == (1250, "civilians")
    (event,) = events(engine, target["id"])
    assert event.new["corrections"] == {"value": 1250.0, "subject": "civilians"}


@run_async
async def test_note_is_saved_and_can_be_removed(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "n")
        await type_text(pilot, "checked against the ministry's statement")
        await press(pilot, "enter")
        assert claim(engine, target)["note"] == "checked against the ministry's statement"
        await press(pilot, "n")
        await type_text(pilot, "")
        await press(pilot, "enter")
    assert claim(engine, target)["note"] is None
    assert [e.new["note"] for e in events(engine, target)] == [
        "checked against the ministry's statement", None]


@run_async
async def test_move_to_a_new_figure_and_to_an_existing_one(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        figures = list_figures(session)
    target_figure = figures[1]
    target = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "g")
        await type_text(pilot, "zz strikes on Jabalia camp")  # matches no figure: new one
        await press(pilot, "enter")
        with Session(engine) as session:
            override = session.exec(select(FigureOverride)).one()
            label = session.get(FigureLabel, override.figure_id)
        assert override.claim_id == target
        assert label.custom and label.label == "zz strikes on Jabalia camp"
        await press(pilot, "g")
        await type_text(pilot, target_figure.id)
        await press(pilot, "enter")
    with Session(engine) as session:
        override = session.exec(select(FigureOverride)).one()
        moves = [e for e in figure_events(session, f"claim:{target}") if e.action == "move"]
    assert override.figure_id == target_figure.id
    assert [m.reviewer for m in moves] == ["tester", "tester"]


@run_async
async def test_undo_of_a_move_puts_the_claim_back(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "g")
        await type_text(pilot, "zz a figure of its own")
        await press(pilot, "enter", "u")
    with Session(engine) as session:
        assert session.exec(select(FigureOverride)).all() == []
        actions = [e.action for e in figure_events(session, f"claim:{target}")]
    assert actions == ["move", "undo"]


@run_async
async def test_resolve_a_discrepancy_with_a_note(tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    with Session(engine) as session:
        (found,) = list_discrepancies(session)
    assert found.kind == "conflict" and found.status == "open"
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "3", "r")
        await press(pilot, "enter")  # no note yet: refused, the dialog stays
        assert pilot.app.screen.__class__.__name__ == "ResolveForm"
        await type_text(pilot, "UN count includes the north")
        await press(pilot, "enter")
        assert isinstance(pilot.app.screen, ReviewScreen)
    with Session(engine) as session:
        review = session.get(DiscrepancyReview, found.id)
        (after,) = list_discrepancies(session)
    assert review.status == "resolved" and review.note == "UN count includes the north"
    assert review.reviewer == "tester"
    assert after.status == "resolved"


@run_async
async def test_resolve_from_compare_then_undo(tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    with Session(engine) as session:
        (found,) = list_discrepancies(session)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "3", "enter")  # the discrepancy's figure on the Compare screen
        assert pilot.app.screen.query_one("#tabs").active == "compare"
        await press(pilot, "r")
        await pilot.press("shift+tab", "enter")  # to the radio buttons: "explained" (first)
        await pilot.press("tab")
        await type_text(pilot, "different areas")
        await press(pilot, "enter")
        with Session(engine) as session:
            review = session.get(DiscrepancyReview, found.id)
            assert (review.status, review.note) == ("explained", "different areas")
        await press(pilot, "u")
    with Session(engine) as session:
        review = session.get(DiscrepancyReview, found.id)
        actions = [e.action for e in figure_events(session, f"discrepancy:{found.id}")]
    assert review.status == "open" and review.note is None
    assert actions == ["resolve", "undo"]


@run_async
async def test_filter_claims_by_source_shows_what_the_store_matches(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    wanted = claims(engine, ClaimFilters(source="ministry"))
    assert wanted and len(wanted) < len(claims(engine))
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        await press(pilot, "slash")
        await pilot.press("tab")  # from the text field (it has the focus) to the source
        await type_text(pilot, "ministry")
        await press(pilot, "enter")
        assert view.filters.source == "ministry"
        assert [r["id"] for r in view.items] == [r["id"] for r in wanted]
        assert view.total == len(wanted)
        await press(pilot, "escape")
        assert view.total == len(claims(engine))


@run_async
async def test_export_writes_the_current_view(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    wanted = claims(engine, ClaimFilters(category="killed"))
    out = tmp_path / "killed.csv"
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        view.set_filters(ClaimFilters(category="killed"))
        await settle(pilot)
        await press(pilot, "E")
        await type_text(pilot, str(out))
        await press(pilot, "enter")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in wanted]
    assert {r["category"] for r in rows} == {"killed"}
    assert "sentence" in rows[0] and "original_value" in rows[0]


@run_async
async def test_export_says_what_and_where_refuses_a_bad_path_and_asks_before_replacing(
        tmp_path, monkeypatch):
    from factcheck.tui.export_prompt import ExportPrompt

    engine = seeded_engine(tmp_path, monkeypatch)  # the working folder is the repository
    with Session(engine) as session:
        figures = list_figures(session)
    out = tmp_path / "figures.csv"
    out.write_text("a reviewer's earlier file\n", encoding="utf-8")
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "E")
        dialog = app.screen
        assert isinstance(dialog, ExportPrompt)
        hint = widget_text(dialog.query_one(".dialog-hint"))
        assert f"{len(figures)} figures" in hint and "sorted by claims" in hint
        assert str(ROOT) in " ".join(hint.split())  # where a bare name goes
        await type_text(pilot, str(tmp_path / "missing" / "f.csv"))
        await press(pilot, "enter")
        assert app.screen is dialog  # refused in the dialog, the typing kept
        assert "does not exist" in widget_text(dialog.query_one("#prompt-error"))
        await type_text(pilot, str(out))
        await press(pilot, "enter")
        assert app.screen is dialog  # the file exists: asked first, nothing written
        assert "already exists" in widget_text(dialog.query_one("#prompt-error"))
        assert out.read_text(encoding="utf-8") == "a reviewer's earlier file\n"
        await press(pilot, "enter")  # again: replaced
        assert isinstance(app.screen, ReviewScreen)
        status = str(app.screen.query_one("#status-line").render())
        assert f"exported {len(figures)} rows to {out}" in status
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["id"] for r in rows) == sorted(f.id for f in figures)


@run_async
async def test_marking_in_a_status_filtered_list_moves_to_the_next_unreviewed(
        tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    first, second, third = (r["id"] for r in claims(engine)[:3])
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        view.set_filters(ClaimFilters(status="unreviewed"))
        await settle(pilot)
        await press(pilot, "c")  # the confirmed claim leaves the list
        assert first not in [r["id"] for r in view.items]
        assert view.current_item()["id"] == second
        await press(pilot, "d")
        assert view.current_item()["id"] == third
    assert claim(engine, second)["status"] == "disputed"


@run_async
async def test_command_palette_runs_review_actions(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    first = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Dispute the selected")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settle(pilot)
    assert claim(engine, first)["status"] == "disputed"


@run_async
async def test_help_lists_every_key_and_q_quits(tmp_path, monkeypatch):
    from factcheck.tui.help_screen import HelpScreen
    from factcheck.tui.keys import KEYS

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(widget_text(w) for w in app.screen.query("Static"))
        for key in KEYS:
            assert key.help[:30] in text, key.help
        await press(pilot, "escape")
        assert isinstance(app.screen, ReviewScreen)
        await press(pilot, "q")
    assert app.return_code == 0


@run_async
async def test_mouse_selects_rows_and_sorts_by_header(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        table = view.table
        await pilot.click(table, offset=(3, 3))  # third data row (header is row 0)
        await settle(pilot)
        assert table.cursor_row == 2
        await pilot.click(table, offset=(20, 0))  # the "figure" (value) header
        await settle(pilot)
        assert (view.sort_key, view.descending) == ("value", True)
        values = [r["value"] for r in view.items]
        assert values == sorted(values, reverse=True)


@run_async
async def test_a_locked_database_is_reported_and_nothing_is_lost(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_BUSY_TIMEOUT", "0.2")
    engine = seeded_engine(tmp_path, monkeypatch)
    first = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        blocker = sqlite3.connect(tmp_path / "claims.db", isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            await press(pilot, "c")
            status = str(app.screen.query_one("#status-line").render())
            assert "not saved" in status and "locked" in status
            assert claim(engine, first)["status"] == "unreviewed"
        finally:
            blocker.rollback()
            blocker.close()
        await press(pilot, "up", "c")  # the lock is gone: the same key now saves
    assert claim(engine, first)["status"] == "confirmed"


@run_async
async def test_clicking_a_figure_in_the_article_selects_its_claim(tmp_path, monkeypatch):
    from factcheck.tui.document_text import DocumentText
    from factcheck.tui.document_view import DocumentView

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "enter")  # claim 1 in its article
        document = app.screen.query_one(DocumentView)
        text = document.query_one(DocumentText)
        target = document.doc.claims[-1]
        assert document.current_claim()["id"] != target["id"]
        line = text.claim_line[target["id"]]
        text.scroll_to(y=line, animate=False)
        await settle(pilot)
        drawn = widget_text(text).split("\n")[line - round(text.scroll_offset.y)]
        column = drawn.index(target["text"])
        await pilot.click(text, offset=(column + 1, line - round(text.scroll_offset.y)))
        await settle(pilot)
        assert document.current_claim()["id"] == target["id"]
        await press(pilot, "x")  # the clicked claim is the one the keys act on
    assert claim(engine, target["id"])["status"] == "rejected"


@run_async
async def test_export_from_compare_and_discrepancies(tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    with Session(engine) as session:
        (found,) = list_discrepancies(session)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "3", "E")
        await type_text(pilot, str(tmp_path / "d.csv"))
        await press(pilot, "enter", "enter", "E")  # then the figure on Compare
        await type_text(pilot, str(tmp_path / "c.csv"))
        await press(pilot, "enter")
    with (tmp_path / "d.csv").open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["id"] == found.id and row["kind"] == "conflict" and row["status"] == "open"
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(int(r["id"]) for r in rows) == sorted(found.claim_ids)
    assert {r["date"] for r in rows} == {"2023-11-05"}


@run_async
async def test_with_figures_in_a_child_process_resolve_and_move_are_saved(
        tmp_path, monkeypatch):
    from factcheck.figures import catalog_process
    from factcheck.tui.compare_view import CompareView

    monkeypatch.setattr(catalog_process, "PROCESS_AT", 0)  # every store: a child process
    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    with Session(engine) as session:
        (found,) = list_discrepancies(session)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen.catalog, catalog_process.ProcessCatalog)
        await press(pilot, "3", "enter")  # the conflict's figure on the Compare screen
        compare = screen.query_one(CompareView)
        assert compare.figure_id == found.figure and compare.head.open == 1
        assert sorted(r["id"] for r in compare.claims_view.items) == sorted(found.claim_ids)
        await press(pilot, "r")
        await type_text(pilot, "different areas")
        await press(pilot, "enter")
        await settle(pilot)
        assert compare.head.open == 0  # read again from the catalog
        moved = compare.current_claim()["id"]
        await press(pilot, "g")
        await type_text(pilot, "zz its own figure")
        await press(pilot, "enter")
        await settle(pilot)
        process = screen.catalog._process
    assert process.poll() is not None  # quitting stopped the child
    with Session(engine) as session:
        review = session.get(DiscrepancyReview, found.id)
        override = session.exec(select(FigureOverride)).one()
    assert (review.status, review.note, review.reviewer) == ("resolved", "different areas",
                                                              "tester")
    assert override.claim_id == moved


@run_async
async def test_a_filtered_list_sorted_in_memory_follows_the_store(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    unreviewed = ClaimFilters(status="unreviewed")
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        view.set_filters(unreviewed)
        await settle(pilot)
        view.sort_by("value", True)
        await settle(pilot)
        assert view.matches is not None  # few claims match: sorted in memory
        wanted = [r["id"] for r in claims(engine, unreviewed)]
        values = {r["id"]: r["value"] for r in claims(engine)}
        shown = [r["id"] for r in view.items]
        assert sorted(shown) == sorted(wanted) and view.total == len(wanted)
        assert [values[i] for i in shown] == sorted(values[i] for i in wanted)[::-1]
        first = shown[0]
        await press(pilot, "c")
        await settle(pilot)
        assert first not in [r["id"] for r in view.items]
        assert view.total == len(wanted) - 1
        assert view.current_item()["id"] == shown[1]
    assert claim(engine, first)["status"] == "confirmed"


@run_async
async def test_figures_are_built_again_only_when_the_store_changed(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        screen = app.screen
        first, before = screen.catalog, screen.overview
        assert first is not None
        await press(pilot, "ctrl+r")  # nothing changed: the same catalog, verdicts re-read
        assert screen.catalog is first and not screen.figures_busy
        await press(pilot, "x")  # a rejected claim leaves its figure: built again
        assert screen.catalog is not first
        assert screen.overview.claims == before.claims - 1


@run_async
async def test_filter_form_starts_on_the_text_and_enter_after_a_list_choice_applies(
        tmp_path, monkeypatch):
    from textual.widgets import Input

    from factcheck.tui.claim_filter_form import ClaimFilterForm

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        await press(pilot, "slash")
        form = app.screen
        assert isinstance(form, ClaimFilterForm)
        assert isinstance(form.focused, Input) and form.focused.id == "search"
        await pilot.press("tab", "tab")  # text, source, then the status list
        assert form.focused.id == "status"
        await press(pilot, "down")  # opens the list
        await press(pilot, "down", "enter")  # "unreviewed" chosen: on to the next field
        assert form.focused.id == "category"
        await press(pilot, "enter")  # as the dialog says: enter applies
        assert isinstance(app.screen, ReviewScreen)
        assert view.filters.status == "unreviewed" and view.filters.category is None
        assert view.total == len(claims(engine, ClaimFilters(status="unreviewed")))


@run_async
async def test_undo_says_what_it_undid_and_goes_back_to_that_claim(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    first, _, _, fourth = (r["id"] for r in claims(engine)[:4])
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        await press(pilot, "c")  # saved; the cursor moves on
        status = str(app.screen.query_one("#status-line").render())
        assert f"saved: claim {first} confirmed" in status and "u undoes it" in status
        await press(pilot, "down", "down")
        assert view.current_item()["id"] == fourth
        await press(pilot, "u")
        status = str(app.screen.query_one("#status-line").render())
        assert f"undone: claim {first} confirmed" in status and "saved" not in status
        assert "nothing more to undo" in status
        assert view.current_item()["id"] == first  # the claim that changed back
        assert view.current_item()["status"] == "unreviewed"
    assert claim(engine, first)["status"] == "unreviewed"


@run_async
async def test_the_status_line_says_while_figures_are_computed(tmp_path, monkeypatch):
    import threading

    from factcheck.tui import review_screen

    real_open = review_screen.open_catalog
    hold = threading.Event()  # a catalog is ready only once the test lets it be

    def held_open(*args, **kwargs):
        catalog = real_open(*args, **kwargs)
        wait = catalog.wait

        def held_wait(*a, **k):
            hold.wait(30)
            return wait(*a, **k)

        catalog.wait = held_wait
        return catalog

    monkeypatch.setattr(review_screen, "open_catalog", held_open)
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.figures_busy
        assert screen.activity.startswith("⟳ grouping claims into figures…")
        assert "grouping claims into figures" in widget_text(screen.query_one("#activity"))
        hold.set()
        await settle(pilot)
        assert screen.activity == "" and screen.catalog is not None
        hold.clear()
        await press(pilot, "4")
        await pilot.press("x")  # a rejected claim leaves its figure: built again
        for _ in range(500):
            if claim(engine, target)["status"] == "rejected" and screen.figures_busy:
                break
            await pilot.pause(0.01)
        await pilot.pause()
        assert screen.activity.startswith("⟳ updating figures and discrepancies…")
        assert "saved: claim" in str(screen.query_one("#status-line").render())
        hold.set()
        await settle(pilot)
        assert screen.activity == "" and not screen.figures_busy


@run_async
async def test_an_undone_verdict_shows_no_empty_note(tmp_path, monkeypatch):
    from factcheck.tui.discrepancy_detail import DiscrepancyDetail

    engine = articles_engine(tmp_path, monkeypatch, CONFLICT_ARTICLES)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "3", "r")
        await type_text(pilot, "UN count includes the north")
        await press(pilot, "enter")
        detail = app.screen.query_one(DiscrepancyDetail)
        assert "note: UN count includes the north — tester" in widget_text(detail)
        await press(pilot, "u")
        shown = widget_text(detail)
        assert "note:" not in shown and "r: resolve or explain it" in shown


@run_async
async def test_move_dialog_names_the_figure_the_claim_is_in(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    target = claims(engine)[0]["id"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        catalog = app.screen.catalog
        label = catalog.figure(catalog.figure_of(target)).figure.label
        assert label == "people killed in Gaza"
        await press(pilot, "g")
        hint = " ".join(widget_text(app.screen.query_one(".dialog-hint")).split())
        assert f"now in the figure {label}" in hint


@run_async
async def test_sort_dialog_marks_the_current_order(tmp_path, monkeypatch):
    from textual.widgets import OptionList

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "s")
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt)
                   for i in range(options.option_count)]
        assert prompts[options.highlighted].startswith("id")
        assert "now ▲ ascending: pick it again to reverse" in prompts[options.highlighted]
        assert sum("now" in p for p in prompts) == 1


@run_async
async def test_a_vague_figure_shows_as_the_article_wrote_it(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    vague = next(r for r in claims(engine) if r["qualifier"] == "vague")
    assert vague["text"] == "thousands"
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        view = await on_claims(pilot)
        while view.current_item()["id"] != vague["id"]:
            await press(pilot, "down")
        row = widget_text(view.table).split("\n")[view.table.cursor_row + 1]
        assert "thousands" in row and "~1,000" not in row
        await press(pilot, "e")  # once a reviewer changes the value, the number shows
        await type_text(pilot, "2000")
        await press(pilot, "enter")
        row = widget_text(view.table).split("\n")[view.table.cursor_row + 1]
        assert "~2,000" in row


@run_async
async def test_an_article_wrapped_for_another_width_is_wrapped_again(tmp_path, monkeypatch):
    from factcheck.tui.document_text import DocumentText

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await on_claims(pilot)
        await press(pilot, "enter")
        text = app.screen.query_one(DocumentText)
        width = text.scrollable_content_region.width
        assert text._width == width
        text.wrap_to(80)  # as if wrapped before the widget had its size (seen once)
        assert max(len(line.strip()) for line in widget_text(text).split("\n")) <= 80
        await settle(pilot)  # the next drawing notices the stale width
        assert text._width == width
        assert max(len(line.strip()) for line in widget_text(text).split("\n")) > 80


@run_async
async def test_a_figures_answer_arriving_after_the_screen_closed_is_ignored(
        tmp_path, monkeypatch):
    from textual.screen import Screen

    engine = seeded_engine(tmp_path, monkeypatch)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.figures_busy = True  # figures being computed, as the status line says
        screen.show_activity()
        assert screen.activity.startswith("⟳ updating figures")
        await app.switch_screen(Screen())  # the review screen closes (as when quitting)
        await pilot.pause()
        assert not screen.is_attached
        screen._figures_failed("the figures process was stopped")  # its thread reports late
        assert screen.activity == ""
