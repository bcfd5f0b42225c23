"""The selected claim in full: its sentence with the figure highlighted, fields, note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from factcheck.tui import safe_text as st


class ClaimDetail(Static):
    """Shows one claim row (``show``), or a hint when there is none."""

    def __init__(self, hint: str = "No claim selected.", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hint = hint
        self.claim_id: int | None = None

    def on_mount(self) -> None:
        self.show(None)

    def show(self, row: Mapping[str, Any] | None) -> None:
        """Show ``row`` (a claim row of ``factcheck.review_queries.CLAIM_FIELDS``)."""
        self.claim_id = None if row is None else int(row["id"])
        if row is None:
            self.update(Text(self.hint, style="dim italic"))
            return
        self.update(Group(*claim_lines(row)))


def claim_lines(row: Mapping[str, Any]) -> list[Text]:
    """The lines describing a claim (also used by the Document screen)."""
    head = st.joined(
        Text(f"claim {row['id']}", style="bold"),
        st.status(row.get("status") or "unreviewed"),
        Text(st.figure(row), style="bold"),
        Text(row.get("category") or ""),
        st.literal(row.get("subject")),
        st.literal(row.get("location")),
        st.joined(Text("source: ", style="dim"), st.literal(row.get("attribution") or "—"),
                  sep=""),
        st.literal(row.get("outlet")),
        Text(row["date"].isoformat() if row.get("date") else "no date", style="dim"),
    )
    lines = [st.sentence(row), head]
    fixed = st.corrected(row)
    if fixed:
        was = Text("corrected (extractor said): ", style="italic")
        for i, name in enumerate(fixed):
            if i:
                was.append("; ")
            original = row.get(f"original_{name}")
            shown = st.number(original) if name in ("value", "value_high") else original
            was.append(f"{name} ")
            was.append_text(st.literal(shown if shown not in (None, "") else "—"))
        lines.append(was)
    if row.get("note"):
        lines.append(st.joined(Text("note: ", style="bold"), st.literal(row["note"]), sep=""))
    if row.get("path"):
        lines.append(st.joined(Text("from ", style="dim"), st.literal(row["path"]), sep=""))
    return lines
