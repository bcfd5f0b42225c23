"""The move dialog (g): pick the figure a claim belongs to, or name a new one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from factcheck.figures.service import FigureRow
from factcheck.tui import safe_text as st

SHOWN = 200
NEW = "\x00new"


class FigurePicker(ModalScreen[tuple[str, str] | None]):
    """Returns ``("figure", id)``, ``("new", label)`` or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, figures: Sequence[FigureRow], current: str | None, claim: Text) -> None:
        super().__init__(classes="dialog-screen")
        self.figures = [f for f in figures if f.id != current]
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label("Move the claim to another figure", classes="dialog-title")
            yield Label(self.claim, classes="dialog-hint")
            yield Input(placeholder="type to find a figure, or the name of a new figure",
                        id="figure-search")
            yield OptionList(id="figure-options")
            yield Label(Text("↑↓ choose · enter moves · escape cancels", style="dim"),
                        classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._fill("")

    def _fill(self, typed: str) -> None:
        needle = typed.strip().casefold()
        options = self.query_one(OptionList)
        options.clear_options()
        chosen = [f for f in self.figures
                  if not needle or needle in f.label.casefold() or needle in f.category
                  or f.id.startswith(needle)][:SHOWN]
        for f in chosen:
            prompt = st.literal(f.label, style="bold")
            prompt.append(f"  {f.category} · {st.count(f.claims, 'claims')} · {f.id}",
                          style="dim")
            options.add_option(Option(prompt, id=f.id))
        if needle:
            prompt = Text("＋ new figure named ", style="bold cyan")
            prompt.append_text(st.literal(typed.strip()))
            options.add_option(Option(prompt, id=NEW))
        if options.option_count:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id == NEW:
            self.dismiss(("new", self.query_one(Input).value.strip()))
        elif option_id:
            self.dismiss(("figure", option_id))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    def action_cancel(self) -> None:
        self.dismiss(None)
