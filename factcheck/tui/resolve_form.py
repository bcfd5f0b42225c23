"""The resolve dialog (r): mark a discrepancy explained, resolved or open, with a note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from factcheck.figures.service import DISCREPANCY_STATUSES, DiscrepancyRow
from factcheck.tui import safe_text as st
from factcheck.tui.form_dialog import FormDialog, dialog_buttons, dialog_keys

MEANINGS = {
    "explained": "explained: the difference is understood (e.g. different dates, scopes)",
    "resolved": "resolved: settled (one claim corrected, rejected or confirmed)",
    "open": "open: still to look at",
}


class ResolveForm(FormDialog[tuple[str, str] | None]):
    """Returns ``(status, note)`` or ``None``; a note is required."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, row: DiscrepancyRow) -> None:
        super().__init__(classes="dialog-screen")
        self.row = row

    def compose(self) -> ComposeResult:
        row = self.row
        default = "resolved" if row.status == "open" else row.status
        with VerticalScroll(classes="dialog dialog-wide"):
            yield Label(Text(f"Resolve the {row.kind} in “") + st.literal(row.figure_label)
                        + Text("”"), classes="dialog-title")
            yield dialog_keys("enter saves · escape cancels · tab moves (↑↓ in the choices)")
            yield Label(st.literal(row.summary), classes="dialog-hint")
            with RadioSet(id="resolve-status"):
                for status in ("explained", "resolved", "open"):
                    yield RadioButton(MEANINGS[status], value=status == default,
                                      name=status)
            yield Input(value=st.literal(row.note).plain if row.note else "", id="resolve-note",
                        placeholder="why (required), e.g. 'ministry figure is for Gaza only'")
            yield Label("", id="resolve-error", classes="dialog-error")
            yield from dialog_buttons(Button("Save", variant="primary", id="ok"),
                                      Button("Cancel", id="cancel"))

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def status(self) -> str:
        """The chosen status."""
        pressed = self.query_one(RadioSet).pressed_button
        name = pressed.name if pressed is not None else "resolved"
        return name if name in DISCREPANCY_STATUSES else "resolved"

    def submit(self) -> None:
        note = self.query_one(Input).value.strip()
        if not note:
            self.query_one("#resolve-error", Label).update("A note is required: say why.")
            self.query_one(Input).focus()
            return
        self.dismiss((self.status(), note))

    def action_save(self) -> None:
        self.submit()
