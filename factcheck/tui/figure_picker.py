"""The move dialog (g): pick the figure a claim belongs to, or name a new one."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from factcheck.figures.catalog_process import CatalogClient
from factcheck.figures.service import FigureRow
from factcheck.tui import safe_text as st
from factcheck.tui.errors import READ_ERRORS, one_line

SHOWN = 200
NEW = "\x00new"


class FigurePicker(ModalScreen[tuple[str, str] | None]):
    """Returns ``("figure", id)``, ``("new", label)`` or ``None``.

    Figures are found in the catalog (largest first) as the reviewer types, in a
    worker; enter pressed before the list caught up chooses once it has. Without a
    catalog (figures still being computed) only a new figure can be named.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, catalog: CatalogClient | None, current: str | None,
                 claim: Text) -> None:
        super().__init__(classes="dialog-screen")
        self.catalog = catalog
        self.current = current
        self.claim = claim
        self.shown_for: str | None = None  # the text the options were found for
        self._choose_when_shown = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog dialog-wide"):
            yield Label("Move the claim to another figure", classes="dialog-title")
            yield Label(Text("type to find a figure (label, category or id) · ↑↓ choose · "
                             "enter moves · escape cancels", style="dim"),
                        classes="dialog-keys")
            yield Label(self.claim, classes="dialog-hint")
            yield Input(placeholder="type to find a figure, or the name of a new figure",
                        id="figure-search")
            yield OptionList(id="figure-options")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._find("")

    @work(thread=True, exclusive=True, group="find", description="figure_picker.find")
    def _find(self, typed: str) -> None:
        rows: list[FigureRow] = []
        if self.catalog is not None:
            try:
                page = self.catalog.figures_page(typed.strip(), "claims", True, 0, SHOWN + 1)
            except READ_ERRORS as exc:
                self.app.call_from_thread(self.notify, one_line(exc), severity="warning",
                                          markup=False)
            else:
                rows = [f for f in page.rows if f.id != self.current][:SHOWN]
        self.app.call_from_thread(self._fill, typed, rows)

    def _fill(self, typed: str, rows: list[FigureRow]) -> None:
        if typed != self.query_one(Input).value:
            return  # the reviewer typed on: a newer search is coming
        options = self.query_one(OptionList)
        options.clear_options()
        for f in rows:
            prompt = st.literal(f.label, style="bold")
            prompt.append(f"  {f.category} · {st.count(f.claims, 'claims')} · {f.id}",
                          style="dim")
            options.add_option(Option(prompt, id=f.id))
        if typed.strip():
            prompt = Text("＋ new figure named ", style="bold cyan")
            prompt.append_text(st.literal(typed.strip()))
            options.add_option(Option(prompt, id=NEW))
        if options.option_count:
            options.highlighted = 0
        self.shown_for = typed
        if self._choose_when_shown:
            self._choose_when_shown = False
            self._choose_highlighted()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.shown_for = None
        self._find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown_for != event.value:
            self._choose_when_shown = True  # the options are still being found
        else:
            self._choose_highlighted()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

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
