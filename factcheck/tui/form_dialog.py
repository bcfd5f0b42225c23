"""Base of the modal form dialogs (edit, resolve, claim filter): submit and cancel.

Enter in a field or the ``ok`` button submits (``submit``); escape (the dialog's
``cancel`` binding) or any other button closes the dialog with ``None``, unless
``other_button`` handles that button. Enter on a closed list (``Select``, which
↓ or space opens) submits too, and choosing in a list moves on to the next
field. Dialogs scroll when the terminal is small,
so their keys are said at the top (``dialog_keys``) and the buttons come last
(``dialog_buttons``).
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

ResultT = TypeVar("ResultT")


def dialog_keys(hint: str) -> Label:
    """The dim line saying a dialog's keys (under its title)."""
    return Label(Text(hint, style="dim"), classes="dialog-keys")


def dialog_buttons(*buttons: Button) -> ComposeResult:
    """The row of ``buttons`` at the bottom of a dialog (``yield from`` it)."""
    with Horizontal(classes="dialog-buttons"):
        yield from buttons


class FormDialog(ModalScreen[ResultT]):
    """A modal form; a subclass composes it and says what submitting does."""

    #: enter on a closed list submits (a list otherwise opens on enter: a reviewer who has
    #: just chosen in it and presses enter, as the dialog says, would get it open again)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit_from_list", "Submit", show=False, priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "submit_from_list":  # elsewhere enter goes on to the focused widget
            focused = self.focused
            return isinstance(focused, Select) and not focused.expanded
        return True

    def action_submit_from_list(self) -> None:
        self.submit()

    def submit(self) -> None:
        """Read the form and dismiss with its result (or show what is wrong)."""
        raise NotImplementedError

    def other_button(self, button_id: str | None) -> bool:
        """Handle a button other than ``ok``; ``False`` (the default): it cancels."""
        return False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A choice made: on to the next field (enter there submits the form)."""
        event.stop()
        if event.select.has_focus:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.submit()
        elif not self.other_button(event.button.id):
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
