"""The review TUI (Textual). The only package of factcheck that imports Textual.

``run_review(engine)`` opens it; ``ReviewApp`` is the application (tests drive it
with ``App.run_test()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def run_review(engine: Engine, reviewer: str | None = None) -> None:
    """Open the review application on ``engine`` until the reviewer quits."""
    from factcheck.tui.app import ReviewApp

    ReviewApp(engine, reviewer).run()
