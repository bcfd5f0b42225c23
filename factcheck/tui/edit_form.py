"""The edit dialog (e): correct a claim's value, qualifier, category, subject, attribution."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from factcheck.extract.types import CATEGORIES, QUALIFIERS
from factcheck.review_actions import parse_field
from factcheck.store.review import ReviewError
from factcheck.tui import safe_text as st
from factcheck.tui.form_dialog import FormDialog, dialog_buttons, dialog_keys

QUALIFIER_WORDS = {
    "exact": "exact", "at_least": "at least", "more_than": "more than", "at_most": "up to",
    "fewer_than": "fewer than", "about": "about", "range": "range (value to upper value)",
    "vague": "vague (hundreds, thousands…)",
}


def _plain_number(value: float) -> str:
    """A number as the value field shows it: ``1200``, ``2.5``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class EditForm(FormDialog[dict[str, Any] | None]):
    """Returns the form's fields (``review_actions.EDITABLE`` names) or ``None``; a value
    that is not a number is refused in the form, which stays open with what was typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, row: Mapping[str, Any]) -> None:
        super().__init__(classes="dialog-screen")
        self.row = row

    def compose(self) -> ComposeResult:
        row = self.row
        with VerticalScroll(classes="dialog dialog-wide"):
            yield Label(Text(f"Correct claim {row['id']}"), classes="dialog-title")
            yield dialog_keys("enter saves · escape cancels · tab moves · ↓ or space opens "
                              "a list")
            yield Label(st.sentence(row), classes="dialog-hint")
            with Grid(classes="form-grid"):
                yield Label("value")
                yield Input(value=_plain_number(row["value"]), id="value",
                            placeholder="a number, e.g. 1200")
                yield Label("qualifier")
                yield Select([(QUALIFIER_WORDS.get(q, q), q) for q in QUALIFIERS],
                             value=row["qualifier"], allow_blank=False, id="qualifier")
                yield Label("category")
                yield Select([(c, c) for c in CATEGORIES], value=row["category"],
                             allow_blank=False, id="category")
                yield Label("subject")
                yield Input(value=st.literal(row.get("subject")).plain, id="subject",
                            placeholder="who or what is counted (empty: none)")
                yield Label("attribution")
                yield Input(value=st.literal(row.get("attribution")).plain, id="attribution",
                            placeholder="who says so (empty: the article itself)")
            yield Label("", id="edit-error", classes="dialog-error")
            yield from dialog_buttons(Button("Save", variant="primary", id="ok"),
                                      Button("Cancel", id="cancel"))

    def on_mount(self) -> None:
        self.query_one("#value", Input).focus()

    def values(self) -> dict[str, Any]:
        """The fields as typed (text shown made safe and left alone counts as unchanged)."""
        out: dict[str, Any] = {
            "value": self.query_one("#value", Input).value,
            "qualifier": self.query_one("#qualifier", Select).value,
            "category": self.query_one("#category", Select).value,
        }
        for name in ("subject", "attribution"):
            typed = self.query_one(f"#{name}", Input).value
            original = self.row.get(name)
            shown = st.literal(original).plain
            out[name] = original if original is not None and typed == shown else typed
        return out

    def submit(self) -> None:
        fields = self.values()
        try:
            parse_field(int(self.row["id"]), "value", fields["value"])
        except ReviewError as exc:
            self.query_one("#edit-error", Label).update(st.literal(str(exc)))
            self.query_one("#value", Input).focus()
            return
        self.dismiss(fields)

    def action_save(self) -> None:
        self.submit()
