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
    """Every key by section, in two columns of sections (Review and Screens | Find and
    Other) so that the whole list fits on one screen."""
    rows: dict[str, list[tuple[Text, Text]]] = {s: [] for s in SECTIONS}
    for key in KEYS:
        rows[key.section].append((Text(key.display), Text(key.help)))
    for shown, text, section in EXTRA_HELP:
        rows[section].append((Text(shown), Text(text)))
    sides: list[list[tuple[Text, Text]]] = [[], []]
    for side, sections in ((0, ("Review", "Screens")), (1, ("Find", "Other"))):
        for section in sections:
            if sides[side]:
                sides[side].append((Text(""), Text("")))
            sides[side].append((Text(section, style="bold underline"), Text("")))
            sides[side].extend(rows[section])
    table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
    for _ in range(2):
        table.add_column(style="bold cyan", no_wrap=True, width=15)
        table.add_column(ratio=1)
    blank = (Text(""), Text(""))
    for i in range(max(len(sides[0]), len(sides[1]))):
        left = sides[0][i] if i < len(sides[0]) else blank
        right = sides[1][i] if i < len(sides[1]) else blank
        table.add_row(*left, *right)
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, reviewer: str) -> None:
        super().__init__(classes="dialog-screen")
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog dialog-full help"):
            yield Label("factcheck review — keys", classes="dialog-title")
            yield Static(Text(INTRO + " You review as ", style="italic")
                         + literal(self.reviewer, style="bold") + Text("."))
            yield Static(keys_table())
            yield Label(Text("escape, q or ? closes this screen", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)
