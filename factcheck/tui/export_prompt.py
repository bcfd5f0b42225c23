"""The export dialog (E): which file the current view goes to, saying what goes out and where."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from factcheck.tui import safe_text as st
from factcheck.tui.text_prompt import TextPrompt
from factcheck.view_export import ExportError, check_path


class ExportPrompt(TextPrompt):
    """Ask for the CSV file of an export (``what`` says what goes out; a relative name is
    written in ``folder``). A path that cannot be written is refused in the dialog
    (``view_export.check_path``); an existing file is replaced only when enter is pressed
    again on the same name."""

    def __init__(self, what: Text, default: str, folder: Path) -> None:
        hint = Text("Writes ") + what + Text(".\n") + Text(
            "A name without a folder goes in ") + st.literal(str(folder), style="bold") + Text(
            ". UTF-8, a header row, safe in spreadsheets.")
        super().__init__("Export this view to a CSV file", value=default, ok="Export",
                         hint=hint)
        self.folder = folder
        self._replace: Path | None = None  # the existing file enter was pressed on once

    def check(self, value: str) -> str | Text | None:
        try:
            out = check_path(value)
        except ExportError as exc:
            return str(exc)
        full = out if out.is_absolute() else self.folder / out
        if full.exists() and full != self._replace:
            self._replace = full
            return Text("already exists: enter again replaces ", style="bold yellow") + (
                st.literal(str(full), style="bold yellow"))
        return None
