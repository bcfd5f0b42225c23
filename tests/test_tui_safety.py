"""Untrusted article text in the review TUI: markup shows literally, escapes never reach the
terminal, and nothing crashes."""

from __future__ import annotations

from tui_support import (
    HOSTILE_ARTICLE,
    SIZE,
    articles_engine,
    claims,
    press,
    run_async,
    settle,
    widget_text,
)

from factcheck.tui.app import ReviewApp
from factcheck.tui.claim_detail import ClaimDetail
from factcheck.tui.claims_view import ClaimsView
from factcheck.tui.document_text import DocumentText
from factcheck.tui.document_view import DocumentView


@run_async
async def test_markup_and_escape_sequences_show_literally(tmp_path, monkeypatch):
    engine = articles_engine(tmp_path, monkeypatch, {"hostile.txt": HOSTILE_ARTICLE})
    stored = next(c for c in claims(engine) if c["text"] == "1,200")
    assert "[bold red]x[/]" in stored["sentence"] and "\x1b[31m" in stored["sentence"]
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        view = app.screen.query_one(ClaimsView)
        while view.current_item()["id"] != stored["id"]:
            await press(pilot, "down")
        detail = widget_text(view.query_one(ClaimDetail))
        assert "[bold red]x[/]" in detail  # markup-like text as written
        assert "\x1b" not in detail and "\ufffd[31msaid" in detail  # escape made visible
        await press(pilot, "enter")  # open the article
        assert app.screen.query_one("#tabs").active == "document"
        document = app.screen.query_one(DocumentView)
        text = widget_text(document.query_one(DocumentText))
        assert "Breaking [bold red]x[/] news [link=https://evil.example]click[/link]" in text
        assert "\x1b" not in text and "\ufffd[31msaid\ufffd[0m" in text
        heading = widget_text(document.query_one(".document-head"))
        assert "\x1b" not in heading
        # every screen draws without crashing or leaking the escape character
        for tab in ("1", "2", "3", "4", "5"):
            await press(pilot, tab)
            screen_text = "\n".join(widget_text(w) for w in app.screen.query("Static"))
            assert "\x1b" not in screen_text
        await press(pilot, "n")  # the note dialog quotes the sentence literally too
        hint = widget_text(app.screen.query_one(".dialog-hint"))
        assert "[bold red]x[/]" in hint and "\x1b" not in hint
        await press(pilot, "escape", "e")
        hint = widget_text(app.screen.query_one(".dialog-hint"))
        assert "[bold red]x[/]" in hint
        await press(pilot, "escape")
    assert app.return_code is None or app.return_code == 0


@run_async
async def test_dialogs_quote_paths_and_labels_literally(tmp_path, monkeypatch):
    name = "[bold red]x [link=evil.example]y [blink]z.txt"  # markup-like, no slash
    engine = articles_engine(tmp_path, monkeypatch, {name: HOSTILE_ARTICLE})
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4", "enter", "E")  # the claim's article, then its export dialog
        hint = " ".join(widget_text(app.screen.query_one(".dialog-hint")).split())
        assert f"articles/{name}" in hint and "\x1b" not in hint
        await press(pilot, "escape", "4", "g")  # the move dialog quotes the sentence
        hint = widget_text(app.screen.query_one(".dialog-hint"))
        assert "[bold red]x[/]" in hint and "\x1b" not in hint
        await press(pilot, "escape")
