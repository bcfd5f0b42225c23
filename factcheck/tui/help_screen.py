"""The help screen (?): every key, grouped, made from the key table itself."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from factcheck.tui.keys import EXTRA_HELP, KEYS
from factcheck.tui.safe_text import literal

SECTIONS = ("Review", "Find", "Screens", "Other")
INTRO = (
    "Every action is saved at once, with your name, in the claim's history "
    "(factcheck history CLAIM_ID); u undoes your last actions one by one."
)


def keys_table() -> Table:
    """A two-column table of every key, by section."""
    table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
    table.add_column(style="bold cyan", no_wrap=True, width=16)
    table.add_column(ratio=1)
    rows: dict[str, list[tuple[str, str]]] = {s: [] for s in SECTIONS}
    for key in KEYS:
        rows[key.section].append((key.display, key.help))
    for shown, text, section in EXTRA_HELP:
        rows[section].append((shown, text))
    for section in SECTIONS:
        table.add_row(Text(section, style="bold underline"), "")
        for shown, text in rows[section]:
            table.add_row(Text(shown), Text(text))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, reviewer: str) -> None:
        super().__init__(classes="dialog-screen")
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog dialog-wide help"):
            yield Label("factcheck review — keys", classes="dialog-title")
            yield Static(Text(INTRO + " You review as ", style="italic")
                         + literal(self.reviewer, style="bold") + Text("."))
            yield Static(keys_table())
            yield Label(Text("escape, q or ? closes this screen", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)
