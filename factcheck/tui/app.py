"""The review application: opens the review screen on a claims store."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from typing import ClassVar

from sqlalchemy import Engine
from sqlmodel import Session
from textual.app import App, SystemCommand
from textual.screen import Screen

from factcheck.review_actions import ReviewSession
from factcheck.store.queries import count_claims
from factcheck.tui.keys import KEYS
from factcheck.tui.review_screen import ReviewScreen

#: Stores with more claims than this have the program's startup objects frozen out of the
#: garbage collector's way (a full pass: 90 -> 25 ms on a million claims).
FREEZE_AT = 50_000


class ReviewApp(App[None]):
    """``factcheck review``: figures, discrepancies and claims of ``engine``, reviewed by
    ``reviewer`` (default ``$FACTCHECK_REVIEWER``, else the login name)."""

    TITLE = "factcheck review"
    CSS_PATH: ClassVar[list[str]] = ["app.tcss", "forms.tcss"]
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, engine: Engine, reviewer: str | None = None,
                 claim_count: int | None = None, notice: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.notice = notice
        self.review = ReviewSession(engine, reviewer)
        if claim_count is None:
            with Session(engine) as session:
                claim_count = count_claims(session)
        self.claim_count = claim_count

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.review, self.claim_count, self.notice))
        if self.claim_count > FREEZE_AT:
            # what is loaded by now (modules, classes, the app) lives as long as the program:
            # the collector's full passes, which pause every thread, no longer walk it
            gc.freeze()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every review action (by its key's help text)."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            for key in KEYS:
                yield SystemCommand(f"{key.help} ({key.display})",
                                    f"{key.section} · key {key.display}",
                                    partial(self._run_on, screen, key.action))

    def _run_on(self, screen: Screen, action: str) -> None:
        self.call_later(screen.run_action, action)
