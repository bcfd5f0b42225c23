"""Helpers for the review TUI tests: seeded stores in tmp_path, waiting for the app, screen text.

Stores are built through the library (``factcheck.ingest.ingest_paths``) from
the repository's ``seeds/`` (paths stored relative, so the rendered screens
do not depend on where the repository sits) or from articles a test writes.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from sqlmodel import Session
from textual.geometry import Region
from textual.widget import Widget
from textual.worker import WorkerCancelled

from factcheck.db import open_engine
from factcheck.ingest import ingest_paths
from factcheck.store.queries import ClaimFilters, get_claim, list_claims

ROOT = Path(__file__).resolve().parent.parent
SIZE = (160, 45)

#: Two reports of the same toll on the same day that cannot both be right: a conflict.
CONFLICT_ARTICLES = {
    "ministry.txt": (
        "Strikes in Gaza\n\nPublished: November 5, 2023\n\n"
        "The health ministry said 1,200 people were killed in Gaza on Sunday.\n"
    ),
    "agency.txt": (
        "Gaza toll\n\nPublished: November 5, 2023\n\n"
        "The United Nations said 2,500 people were killed in Gaza on Sunday.\n"
    ),
}

#: An article whose text looks like markup and holds a terminal escape sequence.
HOSTILE_ARTICLE = (
    "Breaking [bold red]x[/] news [link=https://evil.example]click[/link]\n\n"
    "Published: November 2, 2023\n\n"
    "The health ministry \x1b[31msaid\x1b[0m 1,200 people [bold red]x[/] were killed in "
    "Gaza on Thursday.\n"
)


def seeded_engine(tmp_path: Path, monkeypatch, name: str = "claims.db"):
    """A store in ``tmp_path`` holding the seed articles (paths stored as ``seeds/...``)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    engine = open_engine(tmp_path / name)
    summary = ingest_paths(engine, ["seeds"])
    assert summary.new == 5 and summary.failed == 0
    return engine


def articles_engine(tmp_path: Path, monkeypatch, articles: dict[str, str]):
    """A store in ``tmp_path`` holding ``articles`` (written to ``tmp_path/articles``)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    engine = open_engine(tmp_path / "claims.db")
    summary = ingest_paths(engine, ["articles"])
    assert summary.failed == 0
    return engine


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an ``async`` test in its own event loop (fixtures are passed through)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def settle(pilot, rounds: int = 3) -> None:
    """Wait until the app's workers (and the figures thread) are done and the screen has
    caught up."""
    for _ in range(rounds):
        for _ in range(3000):  # figures are computed in a thread of their own
            if not getattr(pilot.app.screen, "figures_busy", False):
                break
            await asyncio.sleep(0.01)
        for _ in range(100):  # a worker replaced by a newer one ends cancelled: wait again
            try:
                await pilot.app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                continue
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    """Press keys one by one, letting workers finish after each."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot, text: str) -> None:
    """Type text into the focused input (after clearing it)."""
    await pilot.press("ctrl+a", "ctrl+k")
    await pilot.press(*text)
    await pilot.pause()


def widget_text(widget: Widget) -> str:
    """The text a widget draws on screen, line by line."""
    width, height = widget.size
    strips = widget.render_lines(Region(0, 0, width, height))
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def claim(engine, claim_id: int) -> dict:
    """A claim's current row from the store."""
    with Session(engine) as session:
        row = get_claim(session, claim_id)
    assert row is not None
    return row


def claims(engine, filters: ClaimFilters | None = None) -> list[dict]:
    """Every claim row (by id)."""
    with Session(engine) as session:
        return list_claims(session, filters)
