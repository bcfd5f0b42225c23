"""Base of the modal form dialogs (edit, resolve, claim filter): submit and cancel.

Enter in a field or the ``ok`` button submits (``submit``); escape (the dialog's
``cancel`` binding) or any other button closes the dialog with ``None``, unless
``other_button`` handles that button.
"""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

ResultT = TypeVar("ResultT")


def dialog_footer(hint: str, *buttons: Button) -> ComposeResult:
    """The dim key hint and the row of ``buttons`` under a form (``yield from`` it)."""
    yield Label(Text(hint, style="dim"), classes="dialog-hint")
    with Horizontal(classes="dialog-buttons"):
        yield from buttons


class FormDialog(ModalScreen[ResultT]):
    """A modal form; a subclass composes it and says what submitting does."""

    def submit(self) -> None:
        """Read the form and dismiss with its result (or show what is wrong)."""
        raise NotImplementedError

    def other_button(self, button_id: str | None) -> bool:
        """Handle a button other than ``ok``; ``False`` (the default): it cancels."""
        return False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.submit()
        elif not self.other_button(event.button.id):
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
