"""A DataTable that holds one page of a long listing and asks for the next one at its edges.

The owner sets ``has_previous``/``has_next`` (attributes down); moving past the
first or last row posts ``PagedTable.EdgeReached`` (message up), and the owner
loads the neighbouring page. Only the visible page is ever in the widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist


class PagedTable(DataTable):
    """A row-cursor table showing one page; see the module docstring."""

    class EdgeReached(Message):
        """The cursor tried to leave the page: ``direction`` is +1 (down) or -1 (up)."""

        def __init__(self, table: PagedTable, direction: int) -> None:
            super().__init__()
            self.table = table
            self.direction = direction

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)
        self.has_previous = False
        self.has_next = False

    def set_columns(self, labels: Sequence[tuple[str, str]]) -> None:
        """Replace the columns: ``(key, label)`` pairs (labels are our own text)."""
        self.clear(columns=True)
        for key, label in labels:
            self.add_column(Text(label), key=key)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[Text | str]]], cursor: int = 0) -> None:
        """Replace the rows with ``(key, cells)`` and put the cursor on row ``cursor``."""
        self.clear()
        for key, cells in rows:
            self.add_row(*(c if isinstance(c, Text) else Text(str(c)) for c in cells), key=key)
        if rows:
            self.move_cursor(row=max(0, min(cursor, len(rows) - 1)), animate=False)

    def current_key(self) -> str | None:
        """The key of the row under the cursor."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except CellDoesNotExist:  # a stale coordinate while the table refills
            return None

    # Leaving the page asks the owner for the next one.

    def action_cursor_down(self) -> None:
        if self.has_next and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, 1))
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.has_previous and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, -1))
        else:
            super().action_cursor_up()

    def action_page_down(self) -> None:
        if self.has_next and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, 1))
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.has_previous and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, -1))
        else:
            super().action_page_up()
