"""The help screen (?): every key, grouped, made from the key table itself, and what the
marks and colours of the screens mean."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from factcheck.tui import safe_text as st
from factcheck.tui.keys import EXTRA_HELP, KEYS

SECTIONS = ("Review", "Find", "Screens", "Other", "Marks")
INTRO = (
    "Every action is saved at once, with your name, in the claim's history "
    "(factcheck history CLAIM_ID); u undoes your last actions one by one."
)
#: Narrowest screen showing the keys in two columns.
TWO_COLUMNS_WIDTH = 120


def marks() -> list[tuple[Text, Text]]:
    """The marks and colours the screens use, with their meaning."""
    colours = Text()
    for status in ("unreviewed", "confirmed", "disputed", "rejected"):
        if colours:
            colours.append(" ")
        colours.append(f" {status} ", style=st.SPAN_STYLES[status])
    return [
        (Text("⚠", style="bold yellow"), Text("open discrepancies: a figure's count; on "
                                             "Compare, a claim in one (red)")),
        (Text("✓ settled", style="green"), Text("every discrepancy of the figure explained "
                                               "or resolved")),
        (Text("✎  ✉", style="bold"), Text("a reviewer corrected the claim · it has a note")),
        (Text("*", style="bold cyan"), Text("a figure named by a reviewer")),
        (Text("≥  ~  –"), Text("at least (more than) · about, or vague ('hundreds') · a "
                               "range")),
        (Text("colours"), Text("a figure in a sentence or an article, by review status: ")
         + colours),
    ]


def keys_table(columns: int = 2) -> Table:
    """Every key by section, and the marks: in two columns of sections (Review, Screens and
    Marks | Find and Other) so that the whole list fits on one screen, or in one."""
    rows: dict[str, list[tuple[Text, Text]]] = {s: [] for s in SECTIONS}
    for key in KEYS:
        rows[key.section].append((Text(key.display), Text(key.help)))
    for shown, text, section in EXTRA_HELP:
        rows[section].append((Text(shown), Text(text)))
    rows["Marks"] = marks()
    layout = ((("Review", "Screens", "Marks"), ("Find", "Other")) if columns == 2
              else (("Review", "Find", "Screens", "Other", "Marks"),))
    sides: list[list[tuple[Text, Text]]] = [[] for _ in layout]
    for side, sections in enumerate(layout):
        for section in sections:
            if sides[side]:
                sides[side].append((Text(""), Text("")))
            sides[side].append((Text(section, style="bold underline"), Text("")))
            sides[side].extend(rows[section])
    table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
    for _ in layout:
        table.add_column(style="bold cyan", no_wrap=True, width=15)
        table.add_column(ratio=1)
    blank = (Text(""), Text(""))
    for i in range(max(len(side) for side in sides)):
        table.add_row(*(cell for side in sides
                        for cell in (side[i] if i < len(side) else blank)))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, reviewer: str) -> None:
        super().__init__(classes="dialog-screen")
        self.reviewer = reviewer
        self._columns = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog dialog-full"):
            yield Label("factcheck review — keys", classes="dialog-title")
            yield Label(Text("escape, q or ? closes this screen; ↑↓ scroll it", style="dim"),
                        classes="dialog-keys")
            yield Static(Text(INTRO + " You review as ", style="italic")
                         + st.literal(self.reviewer, style="bold") + Text("."))
            yield Static(id="keys-table")

    def on_mount(self) -> None:
        self._fit(self.app.size.width)

    def on_resize(self) -> None:
        self._fit(self.size.width)

    def _fit(self, width: int) -> None:
        """The keys in two columns on a wide screen, else in one."""
        columns = 2 if width >= TWO_COLUMNS_WIDTH else 1
        if columns != self._columns:
            self._columns = columns
            self.query_one("#keys-table", Static).update(keys_table(columns))

    def action_close(self) -> None:
        self.dismiss(None)
