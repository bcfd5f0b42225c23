"""A one-line question in a dialog: a note, a filter, a file name. Returns the text or None."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from factcheck.tui import safe_text as st


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line of text; enter (or the ``ok`` button) answers, escape cancels.

    A subclass may refuse an answer (``check``): the reason shows under the field
    and the dialog stays open with what was typed.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "",
                 hint: Text | str = "", ok: str = "Save") -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint
        self.ok = ok

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Label(Text(f"enter: {self.ok.lower()} · escape: cancel", style="dim"),
                        classes="dialog-keys")
            if self.hint:
                yield Label(self.hint if isinstance(self.hint, Text) else Text(self.hint),
                            classes="dialog-hint")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Label("", id="prompt-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.ok, variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def check(self, value: str) -> str | Text | None:
        """Why ``value`` cannot be the answer (``None``: it can)."""
        return None

    def answer(self, value: str) -> None:
        """Close with ``value``, unless ``check`` refuses it."""
        refused = self.check(value)
        if refused:
            error = self.query_one("#prompt-error", Label)
            error.update(refused if isinstance(refused, Text) else st.literal(refused))
            self.query_one(Input).focus()
            return
        self.dismiss(value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#prompt-error", Label).update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.answer(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.answer(self.query_one(Input).value)
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
