"""The selected discrepancy: what it is, the reviewer's verdict, and the claims behind it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from factcheck.figures.service import DiscrepancyRow
from factcheck.tui import safe_text as st


class DiscrepancyDetail(Static):
    """Shows one discrepancy (``show``); its claims arrive a moment later from a worker."""

    def on_mount(self) -> None:
        self.show(None, None)

    def show(self, row: DiscrepancyRow | None,
             claims: Sequence[Mapping[str, Any]] | None, hint: str = "") -> None:
        """Show ``row`` and, when loaded, its claim rows (no row: ``hint`` says why)."""
        if row is None:
            self.update(Text(hint or "No discrepancy here.", style="dim italic"))
            return
        lines = [
            st.joined(Text(row.kind, style=st.KIND_STYLES.get(row.kind, "")),
                      st.status(row.status), st.literal(row.figure_label),
                      Text(f"id {row.id}", style="dim")),
            st.literal(row.summary),
        ]
        if row.note:  # (a verdict undone leaves its reviewer without a note: none shown)
            lines.append(st.joined(Text("note: ", style="bold"), st.literal(row.note),
                                   Text(" — ", style="dim"), st.literal(row.reviewer), sep=""))
        else:
            lines.append(Text("r: resolve or explain it, with a note", style="dim italic"))
        if claims is None:
            lines.append(Text("loading its claims…", style="dim italic"))
        for claim in claims or ():
            line = st.joined(
                Text(f"claim {claim['id']}", style="bold"),
                Text(claim["date"].isoformat() if claim.get("date") else "no date"),
                Text(st.figure(claim), style="bold"),
                st.literal(claim.get("attribution") or claim.get("outlet") or "—"),
                st.status(claim.get("status") or "unreviewed"),
            )
            line.append("  ")
            line.append_text(st.sentence(claim))
            line.truncate(400)
            lines.append(line)
        more = len(row.claim_ids) - len(claims or ())
        if claims is not None and more > 0:
            lines.append(Text(f"… and {more:,} more claims", style="dim"))
        self.update(Group(*lines))
