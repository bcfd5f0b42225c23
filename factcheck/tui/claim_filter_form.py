"""The claim filter dialog (/ on the Claims screen): category, source, status, dates, text."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from factcheck.extract.types import CATEGORIES
from factcheck.models import STATUSES
from factcheck.store.queries import ClaimFilters
from factcheck.tui import safe_text as st
from factcheck.tui.form_dialog import FormDialog, dialog_buttons, dialog_keys


def parse_day(text: str, field: str) -> date | None:
    """A date typed in the form (ISO, or anything dateutil reads); ``ValueError`` names it."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text).date()
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{field}: not a date: {text!r}") from exc


class ClaimFilterForm(FormDialog[ClaimFilters | None]):
    """Edit a ``ClaimFilters``; returns the new filters or ``None`` (cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "apply", "Apply"),
    ]

    def __init__(self, filters: ClaimFilters) -> None:
        super().__init__(classes="dialog-screen")
        self.filters = filters

    def compose(self) -> ComposeResult:
        f = self.filters
        category = f.category if isinstance(f.category, str) else None
        status = f.status if isinstance(f.status, str) else None
        with VerticalScroll(classes="dialog dialog-wide"):
            yield Label("Filter claims: only those matching every field filled in",
                        classes="dialog-title")
            yield dialog_keys("enter applies · escape cancels · tab moves · ↓ or space opens "
                              "a list")
            with Grid(classes="form-grid"):
                yield Label("text")
                yield Input(value=f.search or "", id="search",
                            placeholder="figure, sentence or subject contains…")
                yield Label("source")
                yield Input(value=f.source or "", id="source",
                            placeholder="attribution or outlet contains…")
                yield Label("status")
                yield Select([(s, s) for s in STATUSES], value=status or Select.NULL,
                             prompt="any status", id="status")
                yield Label("category")
                yield Select([(c, c) for c in CATEGORIES], value=category or Select.NULL,
                             prompt="any category", id="category")
                yield Label("from date")
                yield Input(value=f.since.isoformat() if f.since else "", id="since",
                            placeholder="YYYY-MM-DD (claim date)")
                yield Label("to date")
                yield Input(value=f.until.isoformat() if f.until else "", id="until",
                            placeholder="YYYY-MM-DD")
            yield Label("", id="filter-error", classes="dialog-error")
            yield from dialog_buttons(Button("Apply", variant="primary", id="ok"),
                                      Button("Clear all", id="clear"),
                                      Button("Cancel", id="cancel"))

    def on_mount(self) -> None:
        self.query_one("#search", Input).focus()

    def read(self) -> ClaimFilters:
        """The filters as filled in; ``ValueError`` for a bad date."""
        def text(name: str) -> str | None:
            return self.query_one(f"#{name}", Input).value.strip() or None

        def choice(name: str) -> str | None:
            value = self.query_one(f"#{name}", Select).value
            return None if value is Select.NULL else str(value)

        return ClaimFilters(
            category=choice("category"), status=choice("status"), source=text("source"),
            document=self.filters.document,
            since=parse_day(text("since") or "", "from date"),
            until=parse_day(text("until") or "", "to date"), search=text("search"),
        )

    def submit(self) -> None:
        try:
            filters = self.read()
        except ValueError as exc:
            self.query_one("#filter-error", Label).update(st.literal(str(exc)))
            return
        self.dismiss(filters)

    def action_apply(self) -> None:
        self.submit()

    def other_button(self, button_id: str | None) -> bool:
        if button_id != "clear":
            return False
        self.dismiss(ClaimFilters())
        return True
